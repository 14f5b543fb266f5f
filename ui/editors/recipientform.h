// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "fieldproblems.h"

#include <core/paging/pagingtypes.h>

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Vortex::Ui {

/// Who a recipient is and how to reach them: id, name, role, time zone, language and one number
/// per channel. Numbers are checked live with libphonenumber (what the number is, or what is
/// wrong with it, under the field) and stored as E.164.
class RecipientForm : public QWidget
{
    Q_OBJECT

public:
    explicit RecipientForm(QWidget *parent = nullptr);

    /// Shows \a recipient; the id can be typed only for a recipient not stored yet.
    void setRecipient(const Core::Paging::Recipient &recipient, bool idEditable);
    /// The person fields as edited (routing is not part of this form and stays as given).
    Core::Paging::Recipient recipient() const { return m_value; }
    /// Shows \a problems (core's validation) under their fields.
    void setProblems(const QList<FieldProblem> &problems);

Q_SIGNALS:
    void edited();
    void timeZoneEdited(const QString &zoneId);

private:
    struct NumberField
    {
        QLineEdit *edit = nullptr;
        QLabel *info = nullptr;
        QString field; ///< "smsNumber", …
    };

    QLineEdit *addLine(QFormLayout *form, const QString &label, const QString &objectName,
                       QLabel **error);
    NumberField addNumber(QFormLayout *form, const QString &label, const QString &field);
    void numberEdited(const NumberField &field);
    void showNumberInfo(const NumberField &field, const QList<FieldProblem> &problems);

    Core::Paging::Recipient m_value;
    bool m_loading = false;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_role = nullptr;
    QComboBox *m_timeZone = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_idError = nullptr;
    QLabel *m_nameError = nullptr;
    QLabel *m_roleError = nullptr;
    QLabel *m_timeZoneError = nullptr;
    QLabel *m_languageError = nullptr;
    QList<NumberField> m_numbers;
    QList<FieldProblem> m_problems;
};

} // namespace Vortex::Ui
