// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "accountdialog.h"

#include <ui/models/messagestatusstyle.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Vortex::Ui {

AccountDialog::AccountDialog(const AccountDraft &draft, QWidget *parent)
    : QDialog(parent)
    , m_original(draft)
{
    setObjectName(QStringLiteral("accountDialog"));
    const bool adding = draft.account.accountSid.isEmpty();
    setWindowTitle(adding ? tr("Add Twilio account") : tr("Edit Twilio account"));

    auto line = [this](const QString &name, const QString &accessible, const QString &text) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::updateProblems);
        return edit;
    };
    m_labelEdit = line(QStringLiteral("accountLabelEdit"), tr("Account name"), draft.account.label);
    m_labelEdit->setPlaceholderText(tr("Production"));
    m_accountSidEdit
        = line(QStringLiteral("accountSidEdit"), tr("Account SID"), draft.account.accountSid);
    m_accountSidEdit->setPlaceholderText(QStringLiteral("AC…"));
    m_apiKeySidEdit
        = line(QStringLiteral("apiKeySidEdit"), tr("API Key SID"), draft.account.apiKeySid);
    m_apiKeySidEdit->setPlaceholderText(tr("SK… (optional: empty uses the Auth Token)"));
    m_secretEdit = line(QStringLiteral("secretEdit"), tr("Auth Token or API Key secret"),
                        QString::fromUtf8(draft.newSecret));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setPlaceholderText(adding ? tr("Stored in the system keychain")
                                            : tr("Unchanged (kept in the system keychain)"));
    m_fromEdit = line(QStringLiteral("fromNumberEdit"), tr("Sender for test pages"),
                      draft.account.fromNumber);
    m_fromEdit->setPlaceholderText(tr("+1 201 555 0123"));

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("accountProblems"));
    m_problems->setWordWrap(true);
    QPalette palette = m_problems->palette();
    palette.setColor(QPalette::WindowText,
                     MessageStatusStyle::colour(MessageStatusStyle::Tone::Bad));
    m_problems->setPalette(palette);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_labelEdit);
    form->addRow(tr("&Account SID:"), m_accountSidEdit);
    form->addRow(tr("API &Key SID:"), m_apiKeySidEdit);
    form->addRow(tr("&Secret:"), m_secretEdit);
    form->addRow(tr("&Test page sender:"), m_fromEdit);

    auto *note = new QLabel(tr("The secret goes only to the system keychain; the settings file "
                               "names the account but never holds its secret."),
                            this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("accountOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    m_problems->hide();
}

AccountDraft AccountDialog::draft() const
{
    AccountDraft out = m_original;
    out.account.label = m_labelEdit->text().trimmed();
    out.account.accountSid = m_accountSidEdit->text().trimmed();
    out.account.apiKeySid = m_apiKeySidEdit->text().trimmed();
    out.account.fromNumber = m_fromEdit->text().simplified().remove(u' ');
    out.newSecret = m_secretEdit->text().trimmed().toUtf8();
    return out;
}

void AccountDialog::updateProblems()
{
    // Problems are shown once the operator tried OK; afterwards they follow the typing.
    if (m_problems->isHidden())
        return;
    const QStringList problems = draft().validate();
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

void AccountDialog::accept()
{
    const QStringList problems = draft().validate();
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(u'\n'));
        m_problems->show();
        return;
    }
    QDialog::accept();
}

} // namespace Vortex::Ui

#include "moc_accountdialog.cpp"
