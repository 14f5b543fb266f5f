// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "settingsdraft.h"

#include <core/phone/phonenumbers.h>

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Vortex::Ui {

using Vortex::Core::ConsoleSettings;

bool SettingsDraft::isValidAccountSid(const QString &sid)
{
    static const QRegularExpression pattern(QStringLiteral("^AC[0-9a-fA-F]{32}$"));
    return pattern.match(sid).hasMatch();
}

bool SettingsDraft::isValidApiKeySid(const QString &sid)
{
    static const QRegularExpression pattern(QStringLiteral("^SK[0-9a-fA-F]{32}$"));
    return pattern.match(sid).hasMatch();
}

QStringList AccountDraft::validate() const
{
    QStringList problems;
    const QString name = account.label.isEmpty() ? account.accountSid : account.label;
    if (!SettingsDraft::isValidAccountSid(account.accountSid))
        problems << SettingsDraft::tr("%1: the Account SID is \"AC\" followed by 32 hexadecimal "
                                      "digits (Twilio Console \u2192 Account info).")
                        .arg(name);
    if (!account.apiKeySid.isEmpty() && !SettingsDraft::isValidApiKeySid(account.apiKeySid))
        problems << SettingsDraft::tr(
                        "%1: an API Key SID is \"SK\" followed by 32 hexadecimal digits.")
                        .arg(name);
    // A new account, or one whose key changed, needs its secret typed (it is never read back).
    if (newSecret.isEmpty() && storedSecretKey != account.secretKey())
        problems << (account.apiKeySid.isEmpty()
                         ? SettingsDraft::tr("%1: enter the Auth Token.").arg(name)
                         : SettingsDraft::tr("%1: enter the API Key's secret.").arg(name));
    if (!account.fromNumber.isEmpty()) {
        Vortex::Core::PhoneNumber number;
        if (!Vortex::Core::PhoneNumbers::parseE164(account.fromNumber, &number))
            problems << SettingsDraft::tr("%1: the sender %2 is not a phone number in "
                                          "international format (+1\u2026, +44\u2026).")
                            .arg(name, account.fromNumber);
    }
    return problems;
}

SettingsDraft SettingsDraft::load(const ConsoleSettings &settings)
{
    SettingsDraft draft;
    for (const Vortex::Core::TwilioAccount &account : settings.twilioAccounts())
        draft.accounts.append({account, {}, account.secretKey()});
    draft.activeAccount = settings.activeTwilioAccount();
    draft.messagingServices = settings.messagingServices();
    draft.relayBaseUrl = settings.relayBaseUrl();
    // Only an explicitly configured callback URL is shown; the derived one follows the relay.
    draft.statusCallbackUrl = settings.configuredStatusCallbackUrl();
    draft.monthlyBudget = settings.monthlyBudget();
    draft.demoMode = settings.demoMode();
    return draft;
}

QStringList SettingsDraft::validate() const
{
    QStringList problems;
    QSet<QString> users;
    for (const AccountDraft &draft : accounts) {
        problems << draft.validate();
        if (users.contains(draft.account.username()))
            problems << tr("%1 is configured twice.").arg(draft.account.username());
        users.insert(draft.account.username());
    }
    QSet<QString> customers;
    for (const auto &service : messagingServices) {
        const QString customer = service.customer.trimmed();
        if (customer.isEmpty())
            problems << tr("A Messaging Service has no customer name.");
        else if (customers.contains(customer.toLower()))
            problems << tr("%1 has more than one Messaging Service.").arg(customer);
        customers.insert(customer.toLower());
        if (!ConsoleSettings::isValidMessagingServiceSid(service.messagingServiceSid))
            problems << tr("%1: a Messaging Service SID is \"MG\" followed by 32 hexadecimal "
                           "digits.")
                            .arg(customer.isEmpty() ? tr("(no name)") : customer);
    }
    auto checkUrl = [&problems](const QUrl &url, const QString &what) {
        if (url.isEmpty())
            return;
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            problems << tr("The %1 must be an http(s) address such as "
                           "https://relay.example.com.")
                            .arg(what);
    };
    checkUrl(relayBaseUrl, tr("relay URL"));
    checkUrl(statusCallbackUrl, tr("status callback URL"));
    if (!newRelayToken.isEmpty() && relayBaseUrl.isEmpty())
        problems << tr("A relay token needs the relay's URL.");
    if (monthlyBudget < 0)
        problems << tr("The monthly budget cannot be negative.");
    return problems;
}

void SettingsDraft::applyTo(ConsoleSettings &settings) const
{
    QList<Vortex::Core::TwilioAccount> list;
    for (const AccountDraft &draft : accounts)
        list.append(draft.account);
    settings.setTwilioAccounts(list, activeAccount);
    settings.setMessagingServices(messagingServices);
    settings.setRelayBaseUrl(relayBaseUrl);
    settings.setStatusCallbackUrl(statusCallbackUrl);
    settings.setMonthlyBudget(monthlyBudget);
    settings.setDemoMode(demoMode);
}

QStringList SettingsDraft::secretKeysToDelete() const
{
    QStringList keys;
    for (const QString &key : obsoleteSecretKeys) {
        const bool inUse
            = std::any_of(accounts.cbegin(), accounts.cend(), [&key](const AccountDraft &draft) {
                  return draft.account.secretKey() == key;
              });
        if (!inUse && !key.isEmpty() && !keys.contains(key))
            keys << key;
    }
    return keys;
}

} // namespace Vortex::Ui
