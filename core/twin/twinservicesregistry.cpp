// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinservicesregistry.h"

#include "core/phone/phonenumbers.h"
#include "twinclock.h"
#include "twinconfig.h"
#include "twinmodule.h"
#include "twinserver.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace Vortex::Core::Twin {

namespace {

const QLatin1String WhatsAppPrefix("whatsapp:");

bool isNanp(const QString &region)
{
    return region == QLatin1String("US") || region == QLatin1String("CA");
}

QString areaCode(const QString &e164)
{
    return e164.mid(2, 3); // "+1" then the three-digit NPA
}

QString regionOf(const QString &number)
{
    PhoneNumber parsed;
    return PhoneNumbers::parseE164(PhoneNumbers::stripChannel(number), &parsed) ? parsed.regionCode
                                                                                : QString();
}

} // namespace

TwinServicesRegistry::TwinServicesRegistry(const TwinContext &context)
    : m_context(context)
{}

QString TwinServicesRegistry::isoDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString TwinServicesRegistry::derivedSid(const QString &prefix, const QString &address) const
{
    // Owned senders exist before any request, so their sids are derived, not drawn: stable for
    // one account and address, whatever the seed.
    const QByteArray key = (m_context.config->accountSid + QLatin1Char('/') + address).toUtf8();
    return prefix
           + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Md5).toHex());
}

MessagingService &TwinServicesRegistry::create()
{
    MessagingService service;
    service.sid = m_context.newSid(QStringLiteral("MG"));
    service.created = m_context.clock->now();
    service.updated = service.created;
    m_order.append(service.sid);
    const QString sid = service.sid;
    return m_services.insert_or_assign(sid, std::move(service)).first->second;
}

MessagingService *TwinServicesRegistry::find(const QString &sid)
{
    const auto it = m_services.find(sid);
    return it == m_services.end() ? nullptr : &it->second;
}

bool TwinServicesRegistry::remove(const QString &sid)
{
    m_order.removeOne(sid);
    return m_services.erase(sid) > 0;
}

QList<const MessagingService *> TwinServicesRegistry::all() const
{
    QList<const MessagingService *> list;
    for (const QString &sid : m_order)
        list.append(&m_services.at(sid));
    return list;
}

QString TwinServicesRegistry::phoneNumberSid(const QString &number) const
{
    return derivedSid(QStringLiteral("PN"), number);
}

QString TwinServicesRegistry::channelSenderSid(const QString &number) const
{
    return derivedSid(QStringLiteral("XE"), WhatsAppPrefix + PhoneNumbers::stripChannel(number));
}

QString TwinServicesRegistry::ownedNumberForSid(const QString &sid) const
{
    for (const OwnedNumber &owned : m_context.config->numbers) {
        if (phoneNumberSid(owned.number) == sid)
            return owned.number;
    }
    return {};
}

QString TwinServicesRegistry::ownedWhatsAppForSid(const QString &sid) const
{
    for (const OwnedNumber &owned : m_context.config->numbers) {
        if (channelSenderSid(owned.number) == sid)
            return WhatsAppPrefix + owned.number;
    }
    return {};
}

QString TwinServicesRegistry::addShortCode(const QString &code, const QString &country)
{
    const QString sid = derivedSid(QStringLiteral("SC"), country + QLatin1Char(':') + code);
    m_shortCodes.insert(sid, {code, country.toUpper()});
    return sid;
}

bool TwinServicesRegistry::isShortCode(const QString &address) const
{
    for (const ShortCode &shortCode : m_shortCodes) {
        if (shortCode.code == address)
            return true;
    }
    return false;
}

QString TwinServicesRegistry::shortCodeCountry(const QString &sid, QString *code) const
{
    const auto it = m_shortCodes.constFind(sid);
    if (it == m_shortCodes.constEnd())
        return {};
    *code = it->code;
    return it->country;
}

QJsonObject TwinServicesRegistry::ownedSendersJson() const
{
    QJsonArray numbers;
    QJsonArray channels;
    for (const OwnedNumber &owned : m_context.config->numbers) {
        numbers.append(QJsonObject{{QLatin1String("sid"), phoneNumberSid(owned.number)},
                                   {QLatin1String("phone_number"), owned.number},
                                   {QLatin1String("country_code"), regionOf(owned.number)}});
        channels.append(
            QJsonObject{{QLatin1String("sid"), channelSenderSid(owned.number)},
                        {QLatin1String("sender"), QString(WhatsAppPrefix + owned.number)}});
    }
    QJsonArray shortCodes;
    for (auto it = m_shortCodes.constBegin(); it != m_shortCodes.constEnd(); ++it)
        shortCodes.append(QJsonObject{{QLatin1String("sid"), it.key()},
                                      {QLatin1String("short_code"), it->code},
                                      {QLatin1String("country_code"), it->country}});
    return {{QLatin1String("phone_numbers"), numbers},
            {QLatin1String("channel_senders"), channels},
            {QLatin1String("short_codes"), shortCodes}};
}

QStringList TwinServicesRegistry::servicesWith(const QString &address) const
{
    QStringList sids;
    for (const QString &sid : m_order) {
        for (const ServiceSender &sender : m_services.at(sid).senders) {
            if (sender.address == address) {
                sids.append(sid);
                break;
            }
        }
    }
    return sids;
}

bool TwinServicesRegistry::reaches(const ServiceSender &sender, const QString &toRegion,
                                   bool whatsapp)
{
    if (whatsapp)
        return sender.kind == ServiceSender::Kind::Channel;
    switch (sender.kind) {
    case ServiceSender::Kind::Channel:
        return false;
    case ServiceSender::Kind::ShortCode:
        return sender.country == toRegion; // short codes are country-bound
    case ServiceSender::Kind::Alpha:
        return !isNanp(toRegion); // no alphanumeric sender IDs in the US or Canada
    case ServiceSender::Kind::PhoneNumber:
        // US/CA handsets are reachable only from NANP numbers; elsewhere any long code works.
        return !isNanp(toRegion) || isNanp(sender.country);
    }
    return false;
}

SenderPick TwinServicesRegistry::pick(MessagingService &service, const QString &to) const
{
    if (service.senders.isEmpty())
        return {{}, 21704};
    const bool whatsapp = to.startsWith(WhatsAppPrefix);
    const QString toBare = PhoneNumbers::stripChannel(to);
    const QString toRegion = regionOf(toBare);

    const auto chosen = [&](const QString &from) {
        if (service.stickySender)
            service.sticky.insert(to, from);
        return SenderPick{from, 0};
    };
    // 1. Sticky Sender: the same recipient keeps the sender it had, while that sender can reach it.
    if (service.stickySender && service.sticky.contains(to)) {
        const QString previous = service.sticky.value(to);
        for (const ServiceSender &sender : std::as_const(service.senders)) {
            if (sender.address == previous && reaches(sender, toRegion, whatsapp))
                return {previous, 0};
        }
    }
    const auto first = [&](auto predicate) -> const ServiceSender * {
        for (const ServiceSender &sender : std::as_const(service.senders)) {
            if (reaches(sender, toRegion, whatsapp) && predicate(sender))
                return &sender;
        }
        return nullptr;
    };
    using Kind = ServiceSender::Kind;
    if (whatsapp) {
        const ServiceSender *channel = first([](const ServiceSender &) { return true; });
        return channel ? chosen(channel->address) : SenderPick{{}, 21703};
    }
    // 2. A short code provisioned for the recipient's country.
    if (const ServiceSender *s
        = first([](const ServiceSender &x) { return x.kind == Kind::ShortCode; }))
        return chosen(s->address);
    // Short codes in the pool cannot reach this country: fall back to long codes only when the
    // service allows it (FallbackToLongCode, obsolete but honoured).
    const bool hasShortCodes
        = std::any_of(service.senders.cbegin(), service.senders.cend(),
                      [](const ServiceSender &x) { return x.kind == Kind::ShortCode; });
    if (hasShortCodes && !service.fallbackToLongCode)
        return {{}, 21703};
    // 3. An alphanumeric sender ID where the country allows them.
    if (const ServiceSender *s
        = first([](const ServiceSender &x) { return x.kind == Kind::Alpha; }))
        return chosen(s->address);
    // 4. A long code of the recipient's country; in the US/Canada one with their area code first.
    const auto longCode = [](const ServiceSender &x) {
        return x.kind == Kind::PhoneNumber;
    };
    if (service.areaCodeGeomatch && isNanp(toRegion)) {
        if (const ServiceSender *s = first([&](const ServiceSender &x) {
                return longCode(x) && isNanp(x.country) && areaCode(x.address) == areaCode(toBare);
            }))
            return chosen(s->address);
    }
    if (const ServiceSender *s
        = first([&](const ServiceSender &x) { return longCode(x) && x.country == toRegion; }))
        return chosen(s->address);
    // 5. Any long code that can reach the recipient (NANP peers, international from abroad).
    if (const ServiceSender *s = first(longCode))
        return chosen(s->address);
    return {{}, 21703};
}

QString TwinServicesRegistry::collection(ServiceSender::Kind kind)
{
    switch (kind) {
    case ServiceSender::Kind::PhoneNumber:
        return QStringLiteral("PhoneNumbers");
    case ServiceSender::Kind::ShortCode:
        return QStringLiteral("ShortCodes");
    case ServiceSender::Kind::Alpha:
        return QStringLiteral("AlphaSenders");
    case ServiceSender::Kind::Channel:
        return QStringLiteral("ChannelSenders");
    }
    return {};
}

QJsonObject TwinServicesRegistry::toJson(const MessagingService &s) const
{
    const QString url
        = m_context.server->baseUrl().toString() + QStringLiteral("/v1/Services/") + s.sid;
    const auto orNull = [](const QString &v) {
        return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
    };
    QJsonObject links;
    const char *const names[][2] = {{"phone_numbers", "/PhoneNumbers"},
                                    {"short_codes", "/ShortCodes"},
                                    {"alpha_senders", "/AlphaSenders"},
                                    {"messages", "/Messages"},
                                    {"us_app_to_person", "/Compliance/Usa2p"},
                                    {"us_app_to_person_usecases", "/Compliance/Usa2p/Usecases"},
                                    {"channel_senders", "/ChannelSenders"},
                                    {"destination_alpha_senders", "/DestinationAlphaSenders"}};
    for (const auto &name : names)
        links.insert(QLatin1String(name[0]), QString(url + QLatin1String(name[1])));
    return {{QLatin1String("account_sid"), m_context.config->accountSid},
            {QLatin1String("sid"), s.sid},
            {QLatin1String("date_created"), isoDate(s.created)},
            {QLatin1String("date_updated"), isoDate(s.updated)},
            {QLatin1String("friendly_name"), s.friendlyName},
            {QLatin1String("inbound_request_url"), orNull(s.inboundRequestUrl)},
            {QLatin1String("inbound_method"), s.inboundMethod},
            {QLatin1String("fallback_url"), orNull(s.fallbackUrl)},
            {QLatin1String("fallback_method"), s.fallbackMethod},
            {QLatin1String("status_callback"), orNull(s.statusCallback)},
            {QLatin1String("sticky_sender"), s.stickySender},
            {QLatin1String("smart_encoding"), s.smartEncoding},
            {QLatin1String("mms_converter"), s.mmsConverter},
            {QLatin1String("fallback_to_long_code"), s.fallbackToLongCode},
            {QLatin1String("scan_message_content"), s.scanMessageContent},
            {QLatin1String("area_code_geomatch"), s.areaCodeGeomatch},
            {QLatin1String("validity_period"), s.validityPeriod},
            {QLatin1String("synchronous_validation"), s.synchronousValidation},
            {QLatin1String("usecase"), s.usecase},
            {QLatin1String("us_app_to_person_registered"), false},
            {QLatin1String("use_inbound_webhook_on_number"), s.useInboundWebhookOnNumber},
            {QLatin1String("links"), links},
            {QLatin1String("url"), url}};
}

QJsonObject TwinServicesRegistry::toJson(const MessagingService &service,
                                         const ServiceSender &sender) const
{
    const QString url = m_context.server->baseUrl().toString() + QStringLiteral("/v1/Services/")
                        + service.sid + QLatin1Char('/') + collection(sender.kind)
                        + QLatin1Char('/') + sender.sid;
    QJsonObject o{{QLatin1String("sid"), sender.sid},
                  {QLatin1String("account_sid"), m_context.config->accountSid},
                  {QLatin1String("date_created"), isoDate(sender.created)},
                  {QLatin1String("date_updated"), isoDate(sender.created)},
                  {QLatin1String("url"), url}};
    const QJsonArray sms{QStringLiteral("SMS")};
    switch (sender.kind) {
    case ServiceSender::Kind::PhoneNumber:
        o.insert(QLatin1String("service_sid"), service.sid);
        o.insert(QLatin1String("phone_number"), sender.address);
        o.insert(QLatin1String("country_code"), sender.country);
        o.insert(QLatin1String("capabilities"),
                 QJsonArray{QStringLiteral("MMS"), QStringLiteral("SMS"), QStringLiteral("Voice")});
        break;
    case ServiceSender::Kind::ShortCode:
        o.insert(QLatin1String("service_sid"), service.sid);
        o.insert(QLatin1String("short_code"), sender.address);
        o.insert(QLatin1String("country_code"), sender.country);
        o.insert(QLatin1String("capabilities"), sms);
        break;
    case ServiceSender::Kind::Alpha:
        o.insert(QLatin1String("service_sid"), service.sid);
        o.insert(QLatin1String("alpha_sender"), sender.address);
        o.insert(QLatin1String("capabilities"), sms);
        break;
    case ServiceSender::Kind::Channel:
        o.insert(QLatin1String("messaging_service_sid"), service.sid);
        o.insert(QLatin1String("sender"), sender.address);
        o.insert(QLatin1String("sender_type"), QStringLiteral("WhatsApp"));
        o.insert(QLatin1String("country_code"), sender.country);
        break;
    }
    return o;
}

} // namespace Vortex::Core::Twin
