// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "consolesettings.h"

#include <QRegularExpression>

namespace Vortex::Core {

namespace {
const QString AccountSid = QStringLiteral("twilio/accountSid");
const QString ApiKeySid = QStringLiteral("twilio/apiKeySid");
const QString FromNumber = QStringLiteral("twilio/fromNumber");
const QString ApiBase = QStringLiteral("twilio/apiBaseUrl");
const QString RelayBase = QStringLiteral("relay/baseUrl");
const QString StatusCallback = QStringLiteral("relay/statusCallbackUrl");
const QString Accounts = QStringLiteral("twilio/accounts");
const QString Label = QStringLiteral("twilio/label");
const QString Services = QStringLiteral("messagingServices");
const QString MonthlyBudget = QStringLiteral("budget/monthlyUsd");
const QString DemoMode = QStringLiteral("console/demoMode");
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

QUrl ConsoleSettings::configuredStatusCallbackUrl() const
{
    return m_settings.value(StatusCallback).toUrl();
}

void ConsoleSettings::setStatusCallbackUrl(const QUrl &url)
{
    m_settings.setValue(StatusCallback, url);
}

QList<TwilioAccount> ConsoleSettings::twilioAccounts() const
{
    // The single-account keys describe the active account (older files and `vortexctl
    // credentials set` write only those); the list adds the others.
    TwilioAccount active;
    active.accountSid = accountSid();
    active.apiKeySid = apiKeySid();
    active.fromNumber = fromNumber();
    active.label = m_settings.value(Label).toString();

    QList<TwilioAccount> accounts;
    QSettings &settings = m_settings;
    const int size = settings.beginReadArray(Accounts);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        TwilioAccount account;
        account.accountSid = settings.value(QStringLiteral("accountSid")).toString();
        account.apiKeySid = settings.value(QStringLiteral("apiKeySid")).toString();
        account.label = settings.value(QStringLiteral("label")).toString();
        account.fromNumber = settings.value(QStringLiteral("fromNumber")).toString();
        if (!account.accountSid.isEmpty())
            accounts.append(account);
    }
    settings.endArray();

    if (active.accountSid.isEmpty())
        return accounts;
    for (TwilioAccount &account : accounts) {
        if (account.username() == active.username()) {
            account = active;
            return accounts;
        }
    }
    accounts.prepend(active);
    return accounts;
}

void ConsoleSettings::setTwilioAccounts(const QList<TwilioAccount> &accounts, int active)
{
    m_settings.remove(Accounts);
    m_settings.beginWriteArray(Accounts, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("accountSid"), accounts[i].accountSid);
        m_settings.setValue(QStringLiteral("apiKeySid"), accounts[i].apiKeySid);
        m_settings.setValue(QStringLiteral("label"), accounts[i].label);
        m_settings.setValue(QStringLiteral("fromNumber"), accounts[i].fromNumber);
    }
    m_settings.endArray();
    if (active < 0 || active >= accounts.size()) {
        for (const QString &key : {AccountSid, ApiKeySid, FromNumber, Label})
            m_settings.remove(key);
        return;
    }
    const TwilioAccount &chosen = accounts[active];
    setAccountSid(chosen.accountSid);
    setApiKeySid(chosen.apiKeySid);
    setFromNumber(chosen.fromNumber);
    m_settings.setValue(Label, chosen.label);
}

int ConsoleSettings::activeTwilioAccount() const
{
    if (accountSid().isEmpty())
        return -1;
    const QString user = apiKeySid().isEmpty() ? accountSid() : apiKeySid();
    const QList<TwilioAccount> accounts = twilioAccounts();
    for (int i = 0; i < accounts.size(); ++i) {
        if (accounts[i].username() == user)
            return i;
    }
    return -1;
}

QList<CustomerMessagingService> ConsoleSettings::messagingServices() const
{
    QList<CustomerMessagingService> services;
    QSettings &settings = m_settings;
    const int size = settings.beginReadArray(Services);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        services.append({settings.value(QStringLiteral("customer")).toString(),
                         settings.value(QStringLiteral("sid")).toString()});
    }
    settings.endArray();
    return services;
}

void ConsoleSettings::setMessagingServices(const QList<CustomerMessagingService> &services)
{
    m_settings.remove(Services);
    m_settings.beginWriteArray(Services, int(services.size()));
    for (int i = 0; i < services.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("customer"), services[i].customer);
        m_settings.setValue(QStringLiteral("sid"), services[i].messagingServiceSid);
    }
    m_settings.endArray();
}

bool ConsoleSettings::isValidMessagingServiceSid(const QString &sid)
{
    static const QRegularExpression pattern(QStringLiteral("^MG[0-9a-fA-F]{32}$"));
    return pattern.match(sid).hasMatch();
}

double ConsoleSettings::monthlyBudget() const
{
    return m_settings.value(MonthlyBudget, 0.0).toDouble();
}

void ConsoleSettings::setMonthlyBudget(double usd)
{
    m_settings.setValue(MonthlyBudget, usd);
}

bool ConsoleSettings::demoMode() const
{
    return m_settings.value(DemoMode, false).toBool();
}

void ConsoleSettings::setDemoMode(bool demo)
{
    m_settings.setValue(DemoMode, demo);
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
