// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/twilio/credentials.h"

namespace Vortex::Core::Twilio {

Credentials::Credentials(const QString &accountSid, const QByteArray &authToken)
    : m_accountSid(accountSid)
    , m_username(accountSid)
    , m_secret(authToken)
{}

Credentials::Credentials(const QString &accountSid, const QString &apiKeySid,
                         const QByteArray &apiKeySecret)
    : m_accountSid(accountSid)
    , m_username(apiKeySid)
    , m_secret(apiKeySecret)
{}

bool Credentials::isApiKey() const
{
    return m_username.startsWith(QLatin1String("SK"));
}

bool Credentials::isValid() const
{
    return !m_accountSid.isEmpty() && !m_username.isEmpty() && !m_secret.isEmpty();
}

QByteArray Credentials::authorizationHeader() const
{
    // twilio-node builds the same header: Basic base64(username:password).
    const QByteArray pair = m_username.toUtf8() + ':' + m_secret;
    return QByteArrayLiteral("Basic ") + pair.toBase64();
}

} // namespace Vortex::Core::Twilio
