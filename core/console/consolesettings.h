// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QSettings>
#include <QString>
#include <QUrl>

namespace Vortex::Core {

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

    /// True when an account is configured (the console then starts in live mode).
    bool hasTwilioAccount() const;
    /// The keychain key of the Auth Token or API Key secret.
    QString twilioSecretKey() const;
    static QString relayTokenKey() { return QStringLiteral("relay/console-token"); }
    void clear();
    void sync() { m_settings.sync(); }
    QString fileName() const { return m_settings.fileName(); }

private:
    QSettings m_settings;
};

} // namespace Vortex::Core
