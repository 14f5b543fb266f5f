// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <core/console/consolesettings.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace Vortex::Ui {

/// An account as edited: its settings, and a new secret if one was typed.
struct AccountDraft
{
    Vortex::Core::TwilioAccount account;
    QByteArray newSecret;    ///< empty: keep the secret stored under storedSecretKey
    QString storedSecretKey; ///< the keychain key its secret had when loaded ("" for new ones)

    /// Problems in plain words ("" when none).
    QStringList validate() const;
};

/// Everything the settings dialog edits, before it is saved. Secrets appear only as new values
/// typed by the operator (never read back from the keychain).
struct SettingsDraft
{
    Q_DECLARE_TR_FUNCTIONS(Vortex::Ui::SettingsDraft)

public:
    QList<AccountDraft> accounts;
    int activeAccount = -1;
    QList<Vortex::Core::CustomerMessagingService> messagingServices;
    QUrl relayBaseUrl;
    QUrl statusCallbackUrl;   ///< empty: derived from the relay URL
    QByteArray newRelayToken; ///< empty: keep the stored one
    double monthlyBudget = 0;
    bool demoMode = false;
    /// Keychain keys of accounts that were removed or now use another key.
    QStringList obsoleteSecretKeys;

    static SettingsDraft load(const Vortex::Core::ConsoleSettings &settings);
    QStringList validate() const;
    /// Writes the non-secret part.
    void applyTo(Vortex::Core::ConsoleSettings &settings) const;
    /// Keys to delete after a successful save: obsolete ones no account still uses.
    QStringList secretKeysToDelete() const;

    static bool isValidAccountSid(const QString &sid);
    static bool isValidApiKeySid(const QString &sid);
};

} // namespace Vortex::Ui
