// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "raiseincidentdialog.h"

#include "incidentstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Vortex::Ui {

using Core::Paging::Severity;

namespace {

// The intake's limits (core/paging/intakerequest.cpp).
constexpr int kMaxTitle = 200;
constexpr int kMaxSummary = 2000;
constexpr int kMaxLink = 2000;
constexpr int kMaxRunbook = 4000;

} // namespace

RaiseIncidentDialog::RaiseIncidentDialog(QWidget *parent)
    : QDialog(parent)
    , m_severity(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_link(new QLineEdit(this))
    , m_runbook(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("raiseIncidentDialog"));
    setWindowTitle(tr("Raise incident"));

    m_severity->setObjectName(QStringLiteral("severityCombo"));
    m_severity->setAccessibleName(tr("Severity"));
    for (Severity s : {Severity::Sev1, Severity::Sev2, Severity::Sev3, Severity::Sev4}) {
        m_severity->addItem(tr("%1 — %2").arg(IncidentStyle::severityLabel(s),
                                              IncidentStyle::severityDescription(s)),
                            int(s));
    }
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("What is broken, in a few words"));
    m_title->setMaxLength(kMaxTitle);
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setPlaceholderText(tr("What people see, since when, what is known"));
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 4 + 12);
    m_link->setObjectName(QStringLiteral("linkEdit"));
    m_link->setAccessibleName(tr("Tracking link"));
    m_link->setPlaceholderText(tr("https://…"));
    m_runbook->setObjectName(QStringLiteral("runbookEdit"));
    m_runbook->setAccessibleName(tr("Runbook"));
    m_runbook->setPlaceholderText(tr("Link or first steps"));
    m_runbook->setTabChangesFocus(true);
    m_runbook->setFixedHeight(m_runbook->fontMetrics().lineSpacing() * 3 + 12);
    m_error->setObjectName(QStringLiteral("raiseError"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem with the form"));
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText,
                          IncidentStyle::severityColour(Severity::Sev1, palette()));
    m_error->setPalette(errorPalette);

    m_raise = m_buttons->addButton(tr("Raise"), QDialogButtonBox::AcceptRole);
    m_raise->setObjectName(QStringLiteral("raiseButton"));
    m_raise->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("S&ummary:"), m_summary);
    form->addRow(tr("&Link:"), m_link);
    form->addRow(tr("&Runbook:"), m_runbook);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RaiseIncidentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RaiseIncidentDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &RaiseIncidentDialog::revalidate);
    connect(m_link, &QLineEdit::textChanged, this, &RaiseIncidentDialog::revalidate);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &RaiseIncidentDialog::revalidate);
    connect(m_runbook, &QPlainTextEdit::textChanged, this, &RaiseIncidentDialog::revalidate);
    reset();
}

int RaiseIncidentDialog::severity() const
{
    return m_severity->currentData().toInt();
}

QString RaiseIncidentDialog::title() const
{
    return m_title->text().trimmed();
}

QString RaiseIncidentDialog::summary() const
{
    return m_summary->toPlainText().trimmed();
}

QString RaiseIncidentDialog::link() const
{
    return m_link->text().trimmed();
}

QString RaiseIncidentDialog::runbook() const
{
    return m_runbook->toPlainText().trimmed();
}

QString RaiseIncidentDialog::problem() const
{
    if (title().isEmpty())
        return tr("Give the incident a title.");
    if (title().size() > kMaxTitle)
        return tr("The title is too long (at most %1 characters).").arg(kMaxTitle);
    if (summary().size() > kMaxSummary)
        return tr("The summary is too long (at most %1 characters).").arg(kMaxSummary);
    if (!link().isEmpty()) {
        const QUrl url(link(), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (link().size() > kMaxLink)
            return tr("The link is too long (at most %1 characters).").arg(kMaxLink);
        if (!url.isValid() || url.isRelative() || url.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return tr("The link must be a full web address starting with https:// or http://.");
    }
    if (runbook().size() > kMaxRunbook)
        return tr("The runbook is too long (at most %1 characters).").arg(kMaxRunbook);
    return {};
}

void RaiseIncidentDialog::revalidate()
{
    const QString why = problem();
    m_raise->setEnabled(why.isEmpty());
    // Say nothing about an empty title until the operator typed something.
    const bool untouched = m_title->text().isEmpty() && m_link->text().isEmpty()
                           && m_summary->toPlainText().isEmpty()
                           && m_runbook->toPlainText().isEmpty();
    m_error->setText(untouched ? QString() : why);
    m_error->setVisible(!m_error->text().isEmpty());
}

void RaiseIncidentDialog::reset()
{
    m_severity->setCurrentIndex(m_severity->findData(int(Severity::Sev2)));
    m_title->clear();
    m_summary->clear();
    m_link->clear();
    m_runbook->clear();
    revalidate();
    m_title->setFocus();
}

void RaiseIncidentDialog::accept()
{
    if (!problem().isEmpty()) {
        revalidate();
        return;
    }
    Q_EMIT raiseRequested(severity(), title(), summary(), link(), runbook());
    QDialog::accept();
}

} // namespace Vortex::Ui
