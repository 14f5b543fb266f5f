// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinservices.h"

#include "core/phone/phonenumbers.h"
#include "twinapi.h"
#include "twinclock.h"
#include "twinconfig.h"
#include "twinledger.h"
#include "twinlifecycle.h"
#include "twinmessage.h"
#include "twinpeople.h"
#include "twinreaders.h"
#include "twinserver.h"
#include "twinservicespage.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace Vortex::Core::Twin {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

TwinResponse invalid(const QString &message)
{
    return TwinApi::errorResponse({400, 20001, message});
}

TwinResponse notFound(const QString &path)
{
    return TwinApi::errorResponse(
        {404, 20404, QStringLiteral("The requested resource %1 was not found").arg(path)});
}

TwinResponse noContent()
{
    TwinResponse response = TwinApi::jsonResponse(204, {});
    response.headers.removeFirst(); // no body, no Content-Type
    return response;
}

bool parseBool(const QString &text, bool *out)
{
    const QString t = text.trimmed().toLower();
    if (t != QLatin1String("true") && t != QLatin1String("false"))
        return false;
    *out = t == QLatin1String("true");
    return true;
}

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
           && !url.host().isEmpty() && !url.host().contains(QLatin1Char('_'));
}

QString regionOf(const QString &address)
{
    PhoneNumber parsed;
    return PhoneNumbers::parseE164(PhoneNumbers::stripChannel(address), &parsed) ? parsed.regionCode
                                                                                 : QString();
}

} // namespace

TwinServices::TwinServices(const TwinContext &context)
    : m_context(context)
    , m_registry(context)
    , m_content(context)
{}

TwinServices::~TwinServices() = default;

std::unique_ptr<TwinModule> TwinServices::install(TwinServer &server)
{
    auto module = std::make_unique<TwinServices>(server.context());
    server.messagesApi().attach(module.get());
    server.lifecycle().attach(module.get());
    module->m_readers = new TwinReaders(server, &server);
    return module;
}

QString TwinServices::optOutScope(const QString &from, const QString &serviceSid)
{
    return serviceSid.isEmpty() ? PhoneNumbers::stripChannel(from) : serviceSid;
}

std::optional<TwinResponse> TwinServices::handleApi(const TwinRequest &request)
{
    if (request.path.startsWith(QLatin1String("/v1/Content")))
        return m_content.handle(request);
    static const QRegularExpression route(QStringLiteral(
        "^/v1/Services(?:/([^/]+)(?:/(PhoneNumbers|ShortCodes|AlphaSenders|ChannelSenders)"
        "(?:/([^/]+))?)?)?$"));
    const QRegularExpressionMatch match = route.match(request.path);
    if (!match.hasMatch())
        return std::nullopt;
    Twilio::FormParams params;
    const bool get = request.method == QLatin1String("GET");
    if (!Twilio::FormParams::decode(get ? request.query : request.body, &params))
        return invalid(QStringLiteral("Malformed form-encoded parameters"));
    const QString sid = match.captured(1);
    const QString method = request.method;
    if (sid.isEmpty()) {
        if (method == QLatin1String("POST")) {
            MessagingService draft;
            if (!params.contains(QStringLiteral("FriendlyName")))
                return invalid(
                    QStringLiteral("Missing required parameter FriendlyName in the post body"));
            TwinResponse check = applyServiceParams(draft, params, 201);
            if (check.status != 201)
                return check;
            MessagingService &service = m_registry.create();
            applyServiceParams(service, params, 201);
            m_context.log(QStringLiteral("service.created"), service.sid,
                          {{QLatin1String("friendly_name"), service.friendlyName}});
            return TwinApi::jsonResponse(201, compact(m_registry.toJson(service)));
        }
        if (!get)
            return TwinApi::errorResponse({405, 20004, {}});
        QJsonArray items;
        for (const MessagingService *service : m_registry.all())
            items.append(m_registry.toJson(*service));
        const auto page = TwinServicesPage::build(
            items, QStringLiteral("services"),
            m_context.server->baseUrl().toString() + QStringLiteral("/v1/Services"), params);
        return page ? TwinApi::jsonResponse(200, compact(page.value()))
                    : TwinApi::errorResponse(page.error());
    }
    MessagingService *service = m_registry.find(sid);
    if (!service)
        return notFound(request.path);
    if (!match.captured(2).isEmpty())
        return handleSenders(*service, match.captured(2), match.captured(3), request, params);
    if (get)
        return TwinApi::jsonResponse(200, compact(m_registry.toJson(*service)));
    if (method == QLatin1String("POST")) {
        MessagingService draft = *service;
        TwinResponse check = applyServiceParams(draft, params, 200);
        if (check.status != 200)
            return check;
        applyServiceParams(*service, params, 200);
        service->updated = m_context.clock->now();
        return TwinApi::jsonResponse(200, compact(m_registry.toJson(*service)));
    }
    if (method == QLatin1String("DELETE")) {
        m_registry.remove(sid);
        m_context.log(QStringLiteral("service.deleted"), sid);
        return noContent();
    }
    return TwinApi::errorResponse({405, 20004, {}});
}

TwinResponse TwinServices::applyServiceParams(MessagingService &s, const Twilio::FormParams &params,
                                              int successStatus)
{
    if (params.contains(QStringLiteral("FriendlyName"))) {
        const QString name = params.value(QStringLiteral("FriendlyName"));
        if (name.isEmpty() || name.size() > 64)
            return invalid(QStringLiteral("FriendlyName must be 1 to 64 characters"));
        s.friendlyName = name;
    }
    const struct
    {
        const char *key;
        bool *target;
    } flags[] = {{"StickySender", &s.stickySender},
                 {"MmsConverter", &s.mmsConverter},
                 {"SmartEncoding", &s.smartEncoding},
                 {"FallbackToLongCode", &s.fallbackToLongCode},
                 {"AreaCodeGeomatch", &s.areaCodeGeomatch},
                 {"SynchronousValidation", &s.synchronousValidation},
                 {"UseInboundWebhookOnNumber", &s.useInboundWebhookOnNumber}};
    for (const auto &flag : flags) {
        const QString key = QString::fromLatin1(flag.key);
        if (params.contains(key) && !parseBool(params.value(key), flag.target))
            return invalid(QStringLiteral("%1 must be true or false").arg(key));
    }
    const struct
    {
        const char *key;
        QString *target;
    } urls[] = {{"InboundRequestUrl", &s.inboundRequestUrl},
                {"FallbackUrl", &s.fallbackUrl},
                {"StatusCallback", &s.statusCallback}};
    for (const auto &url : urls) {
        const QString key = QString::fromLatin1(url.key);
        if (!params.contains(key))
            continue;
        const QString value = params.value(key);
        if (!value.isEmpty() && !isHttpUrl(value))
            return TwinApi::errorResponse(
                {400, 11100, QStringLiteral("%1 is not a valid URL: %2").arg(key, value)});
        *url.target = value;
    }
    for (const char *key : {"InboundMethod", "FallbackMethod"}) {
        const QString name = QString::fromLatin1(key);
        if (!params.contains(name))
            continue;
        const QString value = params.value(name).toUpper();
        if (value != QLatin1String("GET") && value != QLatin1String("POST"))
            return invalid(QStringLiteral("%1 must be GET or POST").arg(name));
        (name == QLatin1String("InboundMethod") ? s.inboundMethod : s.fallbackMethod) = value;
    }
    if (params.contains(QStringLiteral("ScanMessageContent"))) {
        const QString value = params.value(QStringLiteral("ScanMessageContent"));
        if (!QStringList{QStringLiteral("inherit"), QStringLiteral("enable"),
                         QStringLiteral("disable")}
                 .contains(value))
            return invalid(QStringLiteral("ScanMessageContent must be inherit, enable or disable"));
        s.scanMessageContent = value;
    }
    if (params.contains(QStringLiteral("ValidityPeriod"))) {
        bool ok = false;
        const int validity = params.value(QStringLiteral("ValidityPeriod")).toInt(&ok);
        if (!ok || validity < 1 || validity > 36000)
            return TwinApi::errorResponse({400, 21624, {}});
        s.validityPeriod = validity;
    }
    if (params.contains(QStringLiteral("Usecase"))) {
        const QString usecase = params.value(QStringLiteral("Usecase"));
        static const QStringList usecases{
            QStringLiteral("notifications"), QStringLiteral("marketing"),
            QStringLiteral("verification"),  QStringLiteral("discussion"),
            QStringLiteral("poll"),          QStringLiteral("undeclared")};
        if (!usecases.contains(usecase))
            return TwinApi::errorResponse({400, 21713, {}});
        s.usecase = usecase;
    }
    TwinResponse ok;
    ok.status = successStatus;
    return ok;
}

std::optional<TwinResponse> TwinServices::handleSenders(MessagingService &service,
                                                        const QString &kindName,
                                                        const QString &senderSid,
                                                        const TwinRequest &request,
                                                        const Twilio::FormParams &params)
{
    using Kind = ServiceSender::Kind;
    const Kind kind = kindName == QLatin1String("PhoneNumbers")   ? Kind::PhoneNumber
                      : kindName == QLatin1String("ShortCodes")   ? Kind::ShortCode
                      : kindName == QLatin1String("AlphaSenders") ? Kind::Alpha
                                                                  : Kind::Channel;
    const bool get = request.method == QLatin1String("GET");
    if (senderSid.isEmpty()) {
        if (request.method == QLatin1String("POST"))
            return addSender(service, kind, params);
        if (!get)
            return TwinApi::errorResponse({405, 20004, {}});
        QJsonArray items;
        for (const ServiceSender &sender : std::as_const(service.senders)) {
            if (sender.kind == kind)
                items.append(m_registry.toJson(service, sender));
        }
        const QString key = kind == Kind::PhoneNumber ? QStringLiteral("phone_numbers")
                            : kind == Kind::ShortCode ? QStringLiteral("short_codes")
                            : kind == Kind::Alpha     ? QStringLiteral("alpha_senders")
                                                      : QStringLiteral("senders");
        const auto page = TwinServicesPage::build(
            items, key, m_context.server->baseUrl().toString() + request.path, params);
        return page ? TwinApi::jsonResponse(200, compact(page.value()))
                    : TwinApi::errorResponse(page.error());
    }
    for (qsizetype i = 0; i < service.senders.size(); ++i) {
        const ServiceSender &sender = service.senders.at(i);
        if (sender.kind != kind || sender.sid != senderSid)
            continue;
        if (get)
            return TwinApi::jsonResponse(200, compact(m_registry.toJson(service, sender)));
        if (request.method == QLatin1String("DELETE")) {
            m_context.log(QStringLiteral("service.sender.removed"), service.sid,
                          {{QLatin1String("sender"), sender.address}});
            service.senders.removeAt(i);
            return noContent();
        }
        return TwinApi::errorResponse({405, 20004, {}});
    }
    return notFound(request.path);
}

TwinResponse TwinServices::addSender(MessagingService &service, ServiceSender::Kind kind,
                                     const Twilio::FormParams &params)
{
    using Kind = ServiceSender::Kind;
    ServiceSender sender;
    sender.kind = kind;
    sender.created = m_context.clock->now();
    switch (kind) {
    case Kind::PhoneNumber: {
        sender.sid = params.value(QStringLiteral("PhoneNumberSid"));
        sender.address = m_registry.ownedNumberForSid(sender.sid);
        if (sender.address.isEmpty())
            return invalid(QStringLiteral("PhoneNumberSid %1 is not a number of this account")
                               .arg(sender.sid));
        sender.country = regionOf(sender.address);
        break;
    }
    case Kind::ShortCode: {
        sender.sid = params.value(QStringLiteral("ShortCodeSid"));
        sender.country = m_registry.shortCodeCountry(sender.sid, &sender.address);
        if (sender.country.isEmpty())
            return invalid(QStringLiteral("ShortCodeSid %1 is not a short code of this account")
                               .arg(sender.sid));
        break;
    }
    case Kind::Alpha: {
        static const QRegularExpression alpha(QStringLiteral("^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$"));
        sender.address = params.value(QStringLiteral("AlphaSender"));
        if (!alpha.match(sender.address).hasMatch())
            return invalid(QStringLiteral("AlphaSender must be 1 to 11 letters, digits or spaces "
                                          "with at least one letter"));
        sender.sid = m_context.newSid(QStringLiteral("AI"));
        break;
    }
    case Kind::Channel: {
        sender.sid = params.value(QStringLiteral("Sid"));
        sender.address = m_registry.ownedWhatsAppForSid(sender.sid);
        if (sender.address.isEmpty())
            return TwinApi::errorResponse({400, 63007, {}});
        sender.country = regionOf(sender.address);
        break;
    }
    }
    for (const ServiceSender &existing : std::as_const(service.senders)) {
        if (existing.address == sender.address && existing.kind == kind)
            return TwinApi::errorResponse({409, 21710, {}});
    }
    if (kind != Kind::Alpha) {
        for (const QString &other : m_registry.servicesWith(sender.address)) {
            if (other != service.sid)
                return TwinApi::errorResponse({409, 21712, {}});
        }
    }
    service.senders.append(sender);
    m_context.log(QStringLiteral("service.sender.added"), service.sid,
                  {{QLatin1String("sender"), sender.address},
                   {QLatin1String("kind"), TwinServicesRegistry::collection(kind)}});
    return TwinApi::jsonResponse(201, compact(m_registry.toJson(service, sender)));
}

std::optional<TwinResponse> TwinServices::handleControl(const TwinRequest &request)
{
    if (request.path == QLatin1String("/_twin/senders") && request.method == QLatin1String("GET"))
        return TwinApi::jsonResponse(200, compact(m_registry.ownedSendersJson()));
    if (request.path != QLatin1String("/_twin/shortcodes")
        || request.method != QLatin1String("POST"))
        return std::nullopt;
    Twilio::FormParams params;
    Twilio::FormParams::decode(request.body, &params);
    static const QRegularExpression digits(QStringLiteral("^[0-9]{3,8}$"));
    static const QRegularExpression region(QStringLiteral("^[A-Za-z]{2}$"));
    const QString code = params.value(QStringLiteral("ShortCode"));
    const QString country = params.value(QStringLiteral("Country")).toUpper();
    if (!digits.match(code).hasMatch() || !region.match(country).hasMatch())
        return invalid(QStringLiteral("ShortCode (3-8 digits) and Country (ISO region) needed"));
    const QString sid = m_registry.addShortCode(code, country);
    return TwinApi::jsonResponse(201, compact({{QLatin1String("sid"), sid},
                                               {QLatin1String("short_code"), code},
                                               {QLatin1String("country_code"), country}}));
}

void TwinServices::onInbound(const TwinMessage &message, Twilio::FormParams *params)
{
    const bool whatsapp = message.from.startsWith(QLatin1String("whatsapp:"));
    const QString from = PhoneNumbers::stripChannel(message.from);
    LedgerEntry entry;
    entry.atMs = m_context.clock->nowMs();
    entry.sid = message.sid;
    if (whatsapp) {
        entry.category = QStringLiteral("channels-whatsapp-inbound");
        entry.countUnit = QStringLiteral("messages");
        entry.priceUsd = TwinLifecycle::WhatsAppMessageFeeUsd;
        const Person *person = m_context.people->find(from);
        params->add(QStringLiteral("ProfileName"), person ? person->name : QString());
        params->add(QStringLiteral("WaId"), from.mid(1));
    } else {
        entry.category = QStringLiteral("sms-inbound");
        entry.count = message.numSegments;
        entry.countUnit = QStringLiteral("segments");
        entry.priceUsd = qAbs(message.price.toDouble());
    }
    m_context.ledger->charge(entry);
    if (whatsapp)
        return; // keyword handling is an SMS feature
    const TwinOptOut::Keyword keyword = TwinOptOut::classify(message.body);
    if (keyword == TwinOptOut::Keyword::None)
        return;
    QStringList scopes = m_registry.servicesWith(message.to);
    if (scopes.isEmpty())
        scopes.append(message.to);
    for (const QString &scope : std::as_const(scopes)) {
        const QJsonObject fields{{QLatin1String("scope"), scope}, {QLatin1String("from"), from}};
        if (keyword == TwinOptOut::Keyword::OptOut && m_optOut.block(scope, from))
            m_context.log(QStringLiteral("optout"), message.sid, fields);
        else if (keyword == TwinOptOut::Keyword::OptIn && m_optOut.unblock(scope, from))
            m_context.log(QStringLiteral("optin"), message.sid, fields);
        else if (keyword == TwinOptOut::Keyword::Help)
            m_context.log(QStringLiteral("optout.help"), message.sid, fields);
    }
    // Twilio answers the keyword itself; the answer lands on the sender's phone.
    PhoneItem reply;
    reply.atMs = m_context.clock->nowMs();
    reply.channel = QStringLiteral("sms");
    reply.from = message.to;
    reply.text = TwinOptOut::autoReply(keyword);
    m_context.people->recordReceived(from, reply);
    params->add(QStringLiteral("OptOutType"), TwinOptOut::optOutType(keyword));
}

void TwinServices::addStatusFields(const TwinMessage &message, const QString &status,
                                   Twilio::FormParams *params) const
{
    if (message.channel != QLatin1String("whatsapp"))
        return;
    if (status == QLatin1String("delivered"))
        params->add(QStringLiteral("EventType"), QStringLiteral("DELIVERED"));
    else if (status == QLatin1String("read"))
        params->add(QStringLiteral("EventType"), QStringLiteral("READ"));
    params->add(QStringLiteral("ChannelPrefix"), QStringLiteral("whatsapp"));
    params->add(QStringLiteral("ChannelToAddress"), PhoneNumbers::stripChannel(message.to));
    params->add(QStringLiteral("ChannelInstallSid"), m_registry.channelSenderSid(message.from));
}

} // namespace Vortex::Core::Twin
