// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "settingsdraft.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Vortex::Ui {

/// Adds or edits one Twilio account: label, Account SID, optional API Key SID, the secret
/// (the Auth Token or the key's secret; typed, never shown back) and the test-page sender.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a draft: the account to edit, or a default-constructed one to add.
    explicit AccountDialog(const AccountDraft &draft, QWidget *parent = nullptr);

    /// The account as entered (valid once the dialog was accepted).
    AccountDraft draft() const;

    void accept() override;

private:
    void updateProblems();

    AccountDraft m_original;
    QLineEdit *m_labelEdit = nullptr;
    QLineEdit *m_accountSidEdit = nullptr;
    QLineEdit *m_apiKeySidEdit = nullptr;
    QLineEdit *m_secretEdit = nullptr;
    QLineEdit *m_fromEdit = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_okButton = nullptr;
};

} // namespace Vortex::Ui
