// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "recipientform.h"

#include "editorstyle.h"

#include <ui/dialogs/recipientcheck.h>

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace Vortex::Ui {

using Core::Paging::Recipient;

namespace {
QLabel *makeErrorLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

QWidget *withLabelBelow(QWidget *field, QLabel *below)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(below);
    return box;
}
} // namespace

RecipientForm::RecipientForm(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_id = addLine(form, tr("&ID:"), QStringLiteral("idEdit"), &m_idError);
    m_id->setPlaceholderText(tr("lower case, e.g. alice"));
    m_id->setToolTip(tr("The stable key policies use; it cannot change once saved."));
    m_name = addLine(form, tr("&Name:"), QStringLiteral("nameEdit"), &m_nameError);
    m_role = addLine(form, tr("&Role:"), QStringLiteral("roleEdit"), &m_roleError);

    m_timeZone = new QComboBox;
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones.append(QString::fromUtf8(id));
    std::sort(zones.begin(), zones.end());
    m_timeZone->addItems(zones);
    auto *completer = new QCompleter(zones, m_timeZone);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_timeZone->setCompleter(completer);
    m_timeZoneError = makeErrorLabel(QStringLiteral("timeZoneError"));
    form->addRow(tr("&Time zone:"), withLabelBelow(m_timeZone, m_timeZoneError));

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setEditable(true);
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("German"), QStringLiteral("de"));
    m_languageError = makeErrorLabel(QStringLiteral("languageError"));
    form->addRow(tr("&Language:"), withLabelBelow(m_language, m_languageError));

    m_numbers.append(addNumber(form, tr("&SMS number:"), QStringLiteral("smsNumber")));
    m_numbers.append(addNumber(form, tr("&Voice number:"), QStringLiteral("voiceNumber")));
    m_numbers.append(addNumber(form, tr("&WhatsApp number:"), QStringLiteral("whatsappNumber")));
    m_numbers[1].edit->setPlaceholderText(tr("empty: calls go to the SMS number"));

    connect(m_id, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_value.id = text.trimmed();
        Q_EMIT edited();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_value.name = text;
        Q_EMIT edited();
    });
    connect(m_role, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_value.role = text;
        Q_EMIT edited();
    });
    connect(m_timeZone, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (m_loading || m_value.timeZone == text.trimmed())
            return;
        m_value.timeZone = text.trimmed();
        Q_EMIT timeZoneEdited(m_value.timeZone);
        Q_EMIT edited();
    });
    connect(m_language, &QComboBox::currentTextChanged, this, [this](const QString &) {
        if (m_loading)
            return;
        const int index = m_language->findText(m_language->currentText());
        const QString code = index >= 0 ? m_language->itemData(index).toString()
                                        : m_language->currentText().trimmed();
        if (m_value.language == code)
            return;
        m_value.language = code;
        Q_EMIT edited();
    });
}

QLineEdit *RecipientForm::addLine(QFormLayout *form, const QString &label,
                                  const QString &objectName, QLabel **error)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    *error = makeErrorLabel(objectName + QStringLiteral("Error"));
    form->addRow(label, withLabelBelow(edit, *error));
    return edit;
}

RecipientForm::NumberField RecipientForm::addNumber(QFormLayout *form, const QString &label,
                                                    const QString &field)
{
    NumberField number;
    number.field = field;
    number.edit = new QLineEdit;
    number.edit->setObjectName(field + QStringLiteral("Edit"));
    number.edit->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    number.edit->setPlaceholderText(tr("+44 7400 123456"));
    number.info = new QLabel;
    number.info->setObjectName(field + QStringLiteral("Info"));
    number.info->setWordWrap(true);
    number.info->hide();
    form->addRow(label, withLabelBelow(number.edit, number.info));
    connect(number.edit, &QLineEdit::textEdited, this,
            [this, number](const QString &) { numberEdited(number); });
    return number;
}

void RecipientForm::numberEdited(const NumberField &field)
{
    const QString typed = field.edit->text().trimmed();
    const RecipientCheck::Verdict verdict = RecipientCheck::check(typed);
    // Stored as E.164 when libphonenumber accepts it; otherwise as typed, so validation names it.
    const QString value = typed.isEmpty() ? QString() : verdict.valid ? verdict.number.e164 : typed;
    if (field.field == u"smsNumber")
        m_value.smsNumber = value;
    else if (field.field == u"voiceNumber")
        m_value.voiceNumber = value;
    else
        m_value.whatsappNumber = value;
    Q_EMIT edited();
}

void RecipientForm::showNumberInfo(const NumberField &field, const QList<FieldProblem> &problems)
{
    const QString typed = field.edit->text().trimmed();
    const QString problem = problemsFor(problems, field.field);
    if (typed.isEmpty()) {
        EditorStyle::showFieldError(field.info, problem);
        return;
    }
    const RecipientCheck::Verdict verdict = RecipientCheck::check(typed);
    if (!verdict.valid) {
        EditorStyle::showFieldError(field.info, verdict.message);
        return;
    }
    if (!problem.isEmpty()) {
        EditorStyle::showFieldError(field.info, problem);
        return;
    }
    field.info->setPalette(palette());
    field.info->setText(verdict.message);
    field.info->show();
}

void RecipientForm::setRecipient(const Recipient &recipient, bool idEditable)
{
    m_loading = true;
    m_value = recipient;
    m_id->setText(recipient.id);
    m_id->setReadOnly(!idEditable);
    m_name->setText(recipient.name);
    m_role->setText(recipient.role);
    m_timeZone->setCurrentText(recipient.timeZone);
    const int language = m_language->findData(recipient.language);
    if (language >= 0)
        m_language->setCurrentIndex(language);
    else
        m_language->setCurrentText(recipient.language);
    m_numbers[0].edit->setText(recipient.smsNumber);
    m_numbers[1].edit->setText(recipient.voiceNumber);
    m_numbers[2].edit->setText(recipient.whatsappNumber);
    m_loading = false;
    setProblems(m_problems);
}

void RecipientForm::setProblems(const QList<FieldProblem> &problems)
{
    m_problems = problems;
    EditorStyle::showFieldError(m_idError, problemsFor(problems, QStringLiteral("id")));
    EditorStyle::showFieldError(m_nameError, problemsFor(problems, QStringLiteral("name")));
    EditorStyle::showFieldError(m_roleError, problemsFor(problems, QStringLiteral("role")));
    EditorStyle::showFieldError(m_timeZoneError, problemsFor(problems, QStringLiteral("timeZone")));
    EditorStyle::showFieldError(m_languageError, problemsFor(problems, QStringLiteral("language")));
    for (const NumberField &field : std::as_const(m_numbers))
        showNumberInfo(field, problems);
}

} // namespace Vortex::Ui
