// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "consolesettings.h"

namespace Vortex::Core {

namespace {
const QString AccountSid = QStringLiteral("twilio/accountSid");
const QString ApiKeySid = QStringLiteral("twilio/apiKeySid");
const QString FromNumber = QStringLiteral("twilio/fromNumber");
const QString ApiBase = QStringLiteral("twilio/apiBaseUrl");
const QString RelayBase = QStringLiteral("relay/baseUrl");
const QString StatusCallback = QStringLiteral("relay/statusCallbackUrl");
} // namespace

ConsoleSettings::ConsoleSettings()
    : m_settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("VortexIQ"),
                 QStringLiteral("vortex-console"))
{}

ConsoleSettings::ConsoleSettings(const QString &iniFile)
    : m_settings(iniFile, QSettings::IniFormat)
{}

QString ConsoleSettings::accountSid() const
{
    return m_settings.value(AccountSid).toString();
}

void ConsoleSettings::setAccountSid(const QString &sid)
{
    m_settings.setValue(AccountSid, sid);
}

QString ConsoleSettings::apiKeySid() const
{
    return m_settings.value(ApiKeySid).toString();
}

void ConsoleSettings::setApiKeySid(const QString &sid)
{
    m_settings.setValue(ApiKeySid, sid);
}

QString ConsoleSettings::fromNumber() const
{
    return m_settings.value(FromNumber).toString();
}

void ConsoleSettings::setFromNumber(const QString &number)
{
    m_settings.setValue(FromNumber, number);
}

QUrl ConsoleSettings::apiBaseUrl() const
{
    return m_settings.value(ApiBase, QStringLiteral("https://api.twilio.com")).toUrl();
}

void ConsoleSettings::setApiBaseUrl(const QUrl &url)
{
    m_settings.setValue(ApiBase, url);
}

QUrl ConsoleSettings::relayBaseUrl() const
{
    return m_settings.value(RelayBase).toUrl();
}

void ConsoleSettings::setRelayBaseUrl(const QUrl &url)
{
    m_settings.setValue(RelayBase, url);
}

QUrl ConsoleSettings::statusCallbackUrl() const
{
    const QUrl stored = m_settings.value(StatusCallback).toUrl();
    if (!stored.isEmpty())
        return stored;
    QUrl base = relayBaseUrl();
    if (base.isEmpty())
        return {};
    QString prefix = base.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1); // "https://relay.example.com/" must not become "…//twilio/…"
    base.setPath(prefix + QStringLiteral("/twilio/messages/status"));
    return base;
}

void ConsoleSettings::setStatusCallbackUrl(const QUrl &url)
{
    m_settings.setValue(StatusCallback, url);
}

bool ConsoleSettings::hasTwilioAccount() const
{
    return !accountSid().isEmpty();
}

QString ConsoleSettings::twilioSecretKey() const
{
    const QString user = apiKeySid().isEmpty() ? accountSid() : apiKeySid();
    return QStringLiteral("twilio/") + user;
}

void ConsoleSettings::clear()
{
    m_settings.remove(QStringLiteral("twilio"));
    m_settings.remove(QStringLiteral("relay"));
}

} // namespace Vortex::Core
