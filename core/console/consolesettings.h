// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QList>
#include <QSettings>
#include <QString>
#include <QUrl>

namespace Vortex::Core {

/// A Twilio account the console knows. Its secret (the Auth Token, or the API Key's secret)
/// lives only in the keychain, under secretKey().
struct TwilioAccount
{
    QString accountSid; ///< "AC…"
    QString apiKeySid;  ///< "SK…" when used through an API key; empty for the Auth Token
    QString label;      ///< what people call it ("Production"); may be empty
    QString fromNumber; ///< the sender for test pages (E.164)

    /// The HTTP Basic user name: the API Key SID, else the Account SID.
    QString username() const { return apiKeySid.isEmpty() ? accountSid : apiKeySid; }
    /// The keychain key of this account's secret: "twilio/<username>".
    QString secretKey() const { return QStringLiteral("twilio/") + username(); }

    friend bool operator==(const TwilioAccount &, const TwilioAccount &) = default;
};

/// The Messaging Service ("MG…") that pages for one customer are sent through.
struct CustomerMessagingService
{
    QString customer;
    QString messagingServiceSid;

    friend bool operator==(const CustomerMessagingService &, const CustomerMessagingService &)
        = default;
};

/// The console's non-secret settings (QSettings, "VortexIQ/vortex-console"). Secrets are never
/// stored here: only the names of the keychain entries that hold them.
class ConsoleSettings
{
public:
    ConsoleSettings();
    /// For tests: a specific settings file.
    explicit ConsoleSettings(const QString &iniFile);

    QString accountSid() const;
    void setAccountSid(const QString &sid);
    /// An API Key SID (SK…) when the account is used through an API key; empty for the token.
    QString apiKeySid() const;
    void setApiKeySid(const QString &sid);
    QString fromNumber() const;
    void setFromNumber(const QString &number);
    QUrl apiBaseUrl() const; ///< default https://api.twilio.com
    void setApiBaseUrl(const QUrl &url);
    QUrl relayBaseUrl() const;
    void setRelayBaseUrl(const QUrl &url);
    /// The relay's public status-callback URL (what Twilio calls); defaults to the relay base URL
    /// + /twilio/messages/status.
    QUrl statusCallbackUrl() const;
    void setStatusCallbackUrl(const QUrl &url);
    /// The status-callback URL as configured (empty when it follows the relay base URL).
    QUrl configuredStatusCallbackUrl() const;

    /// Every known account; the active one (the one the single-account getters above describe)
    /// is included. Files written before several accounts existed yield their one account.
    QList<TwilioAccount> twilioAccounts() const;
    /// Replaces the list; \a active (an index into it, or -1 for none) becomes the account the
    /// console uses, and the single-account keys above are set from it.
    void setTwilioAccounts(const QList<TwilioAccount> &accounts, int active);
    /// Index of the active account in twilioAccounts(), -1 when there is none.
    int activeTwilioAccount() const;

    QList<CustomerMessagingService> messagingServices() const;
    void setMessagingServices(const QList<CustomerMessagingService> &services);
    /// "MG" followed by 32 hexadecimal digits.
    static bool isValidMessagingServiceSid(const QString &sid);

    /// The monthly Twilio budget in USD (0 = none configured).
    double monthlyBudget() const;
    void setMonthlyBudget(double usd);

    /// Start against the local twin even when an account is configured (read at start-up).
    bool demoMode() const;
    void setDemoMode(bool demo);

    /// True when an account is configured (the console then starts in live mode).
    bool hasTwilioAccount() const;
    /// The keychain key of the Auth Token or API Key secret.
    QString twilioSecretKey() const;
    static QString relayTokenKey() { return QStringLiteral("relay/console-token"); }
    void clear();
    void sync() { m_settings.sync(); }
    QString fileName() const { return m_settings.fileName(); }

private:
    mutable QSettings m_settings; ///< mutable: reading arrays needs beginReadArray()
};

} // namespace Vortex::Core
