// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace Vortex::Core::Twilio {

/// Who talks to Twilio. The username is the account SID (AC…) or an API key SID (SK…); the
/// secret is the auth token or the API key secret. The account SID always fills the URL path.
/// The secret never appears in logs or in debug output.
class Credentials
{
public:
    Credentials() = default;
    /// Account SID + auth token.
    Credentials(const QString &accountSid, const QByteArray &authToken);
    /// API key (SK…) + its secret, acting on \a accountSid.
    Credentials(const QString &accountSid, const QString &apiKeySid,
                const QByteArray &apiKeySecret);

    QString accountSid() const { return m_accountSid; }
    QString username() const { return m_username; }
    QByteArray secret() const { return m_secret; }
    bool isApiKey() const;
    /// Both SIDs are set and the secret is not empty.
    bool isValid() const;

    /// "Basic base64(username:secret)"; the value for the Authorization header.
    QByteArray authorizationHeader() const;

private:
    QString m_accountSid;
    QString m_username;
    QByteArray m_secret;
};

} // namespace Vortex::Core::Twilio
