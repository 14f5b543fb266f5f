// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "settingsdraft.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Vortex::Core::Security {
class SecretStore;
}

namespace Vortex::Ui {

class AccountDialog;
class SettingsSaver;

/// The console's settings: Twilio accounts (secrets to the keychain only), a Messaging Service
/// per customer, the relay's URL and token, the monthly budget, demo mode, sev1 alerts and the
/// palette. Saving is asynchronous (the keychain answers later): the dialog stays open, shows
/// progress, and closes once everything is stored.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a settings and \a secrets are not owned and must outlive the dialog.
    SettingsDialog(Vortex::Core::ConsoleSettings *settings,
                   Vortex::Core::Security::SecretStore *secrets, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// What the dialog's fields say now.
    SettingsDraft draft() const;
    /// The account editor while it is open (tests drive it).
    AccountDialog *accountDialog() const;
    QString statusText() const;

public Q_SLOTS:
    void addAccount();
    void editAccount();
    void removeAccount();
    void activateAccount();
    void save();

Q_SIGNALS:
    /// Everything was stored; the console re-reads what takes effect at once.
    void saved();

private:
    QWidget *createAccountsPage();
    QWidget *createServicesPage();
    QWidget *createRelayPage();
    QWidget *createGeneralPage();
    void refreshAccounts();
    void openAccountDialog(int row);
    void showStatus(const QString &text, bool error);
    void saveFinished(const QString &error);

    Vortex::Core::ConsoleSettings *m_settings = nullptr;
    SettingsSaver *m_saver = nullptr;
    SettingsDraft m_draft; ///< accounts and obsolete keys live here between edits
    QPointer<AccountDialog> m_accountDialog;

    QListWidget *m_accountList = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_activateButton = nullptr;
    QTableWidget *m_servicesTable = nullptr;
    QLineEdit *m_relayUrlEdit = nullptr;
    QLineEdit *m_callbackUrlEdit = nullptr;
    QLineEdit *m_relayTokenEdit = nullptr;
    QDoubleSpinBox *m_budgetSpin = nullptr;
    QCheckBox *m_demoCheck = nullptr;
    QCheckBox *m_muteCheck = nullptr;
    QComboBox *m_themeCombo = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace Vortex::Ui
