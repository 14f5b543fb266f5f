// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinapi.h"

#include "core/phone/phonenumbers.h"
#include "core/twilio/errordictionary.h"
#include "core/twilio/segments.h"
#include "core/twilio/signature.h"
#include "twinclock.h"
#include "twinmessagestore.h"
#include "twinservices.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

namespace Vortex::Core::Twin {

namespace {

constexpr int MaxMediaUrls = 10;
constexpr int MaxValidityPeriod = 36000;

QString notFoundMessage(const QString &path)
{
    return QStringLiteral("The requested resource %1 was not found").arg(path);
}

bool isValidCallbackUrl(const QString &text)
{
    // Twilio wants an absolute http(s) URL with a valid host name; underscores are refused.
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
           && !url.host().isEmpty() && !url.host().contains(QLatin1Char('_'));
}

qsizetype codePointCount(const QString &text)
{
    return static_cast<qsizetype>(text.toUcs4().size());
}

} // namespace

TwinApi::TwinApi(const TwinConfig *config, TwinMessageStore *store, const TwinClock *clock,
                 CreatedHook onCreated)
    : m_config(config)
    , m_store(store)
    , m_clock(clock)
    , m_onCreated(std::move(onCreated))
{}

QString TwinApi::newSid(QLatin1String prefix)
{
    QString sid = prefix;
    for (int i = 0; i < 4; ++i)
        sid += QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16,
                                        QLatin1Char('0'));
    return sid;
}

TwinResponse TwinApi::jsonResponse(int status, const QByteArray &json)
{
    TwinResponse response;
    response.status = status;
    response.body = json;
    response.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    response.headers.append(
        {QByteArrayLiteral("Twilio-Request-Id"), newSid(QLatin1String("RQ")).toLatin1()});
    response.headers.append(
        {QByteArrayLiteral("Twilio-Concurrent-Requests"), QByteArrayLiteral("1")});
    return response;
}

TwinResponse TwinApi::errorResponse(const TwinError &error)
{
    QJsonObject body;
    body.insert(QLatin1String("code"), error.code);
    body.insert(QLatin1String("message"), error.message.isEmpty()
                                              ? Twilio::ErrorDictionary::lookup(error.code).message
                                              : error.message);
    body.insert(QLatin1String("more_info"), Twilio::ErrorDictionary::moreInfoUrl(error.code));
    body.insert(QLatin1String("status"), error.httpStatus);
    if (error.code == 20003) {
        body.insert(QLatin1String("detail"),
                    QStringLiteral("Your AccountSid or AuthToken was incorrect."));
        body.insert(QLatin1String("message"), QStringLiteral("Authenticate"));
    }
    TwinResponse response
        = jsonResponse(error.httpStatus, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (error.code == 20003)
        response.headers.append({QByteArrayLiteral("WWW-Authenticate"),
                                 QByteArrayLiteral("Basic realm=\"Twilio API\"")});
    return response;
}

bool TwinApi::authenticate(const QByteArray &authorization) const
{
    if (!authorization.startsWith("Basic "))
        return false;
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon <= 0)
        return false;
    const QString user = QString::fromUtf8(decoded.left(colon));
    const QByteArray secret = decoded.mid(colon + 1);
    if (user == m_config->accountSid)
        return Twilio::RequestSignature::constantTimeEquals(secret, m_config->authToken);
    for (const ApiKey &key : m_config->apiKeys) {
        if (user == key.sid)
            return Twilio::RequestSignature::constantTimeEquals(secret, key.secret);
    }
    return false;
}

TwinResponse TwinApi::handle(const TwinRequest &request)
{
    static const QRegularExpression route(
        QStringLiteral("^/2010-04-01/Accounts/([^/]+)/Messages(?:/([^/]+))?\\.json$"));
    const TwinError authError{401, 20003, {}};
    if (!authenticate(request.authorization))
        return errorResponse(authError);
    const QRegularExpressionMatch match = route.match(request.path);
    if (!match.hasMatch())
        return errorResponse({404, 20404, notFoundMessage(request.path)});
    // Twilio authenticates against the account in the path: credentials of one account do not
    // open another account's resources (no sub-accounts in the twin).
    if (match.captured(1) != m_config->accountSid)
        return errorResponse(authError);

    const QString sid = match.captured(2);
    Twilio::FormParams params;
    const QByteArray &raw = request.method == QLatin1String("GET") ? request.query : request.body;
    if (!Twilio::FormParams::decode(raw, &params))
        return errorResponse({400, 20001, QStringLiteral("Malformed form-encoded parameters")});

    if (sid.isEmpty()) {
        if (request.method == QLatin1String("POST"))
            return create(params);
        if (request.method == QLatin1String("GET")) {
            const auto page = m_store->list(m_config->accountSid, params);
            if (!page)
                return errorResponse(page.error());
            return jsonResponse(200, QJsonDocument(page.value()).toJson(QJsonDocument::Compact));
        }
        return errorResponse({405, 20004, {}});
    }

    TwinMessage *message = m_store->find(sid);
    if (!message)
        return errorResponse({404, 20404, notFoundMessage(request.path)});
    if (request.method == QLatin1String("GET"))
        return jsonResponse(200, QJsonDocument(message->toJson()).toJson(QJsonDocument::Compact));
    if (request.method == QLatin1String("POST"))
        return update(*message, params);
    if (request.method == QLatin1String("DELETE"))
        return remove(sid);
    return errorResponse({405, 20004, {}});
}

Result<TwinMessage, TwinError> TwinApi::validateCreate(const Twilio::FormParams &params) const
{
    const QString toRaw = params.value(QStringLiteral("To")).trimmed();
    const QString fromRaw = params.value(QStringLiteral("From")).trimmed();
    const QString service = params.value(QStringLiteral("MessagingServiceSid")).trimmed();
    const QString body = params.value(QStringLiteral("Body"));
    const QStringList media = params.values(QStringLiteral("MediaUrl"));
    const QString contentSid = params.value(QStringLiteral("ContentSid"));

    if (toRaw.isEmpty())
        return fail(TwinError{400, 21604, {}});
    if (fromRaw.isEmpty() && service.isEmpty())
        return fail(TwinError{400, 21603, {}});
    if (body.isEmpty() && media.isEmpty() && contentSid.isEmpty())
        return fail(TwinError{400, 21602, {}});
    if (codePointCount(body) > Twilio::SmsSegments::MaxBodyLength)
        return fail(TwinError{400, 21617, {}});
    if (media.size() > MaxMediaUrls)
        return fail(TwinError{400, 21623, {}});

    PhoneNumber to;
    if (!PhoneNumbers::parseE164(PhoneNumbers::stripChannel(toRaw), &to))
        return fail(TwinError{
            400, 21211,
            QStringLiteral("The 'To' number %1 is not a valid phone number.").arg(toRaw)});
    const QString callback = params.value(QStringLiteral("StatusCallback"));
    if (!callback.isEmpty() && !isValidCallbackUrl(callback))
        return fail(TwinError{
            400, 21609,
            QStringLiteral("The StatusCallback URL %1 is not a valid URL.").arg(callback)});
    int validity = MaxValidityPeriod;
    if (params.contains(QStringLiteral("ValidityPeriod"))) {
        bool ok = false;
        validity = params.value(QStringLiteral("ValidityPeriod")).toInt(&ok);
        if (!ok || validity < 1 || validity > MaxValidityPeriod)
            return fail(TwinError{400, 21624, {}});
    }

    TwinMessage message;
    const QLatin1String prefix = media.isEmpty() ? QLatin1String("SM") : QLatin1String("MM");
    message.accountSid = m_config->accountSid;
    message.messagingServiceSid = service;
    message.from = fromRaw;
    message.to = toRaw;
    message.toRegion = to.regionCode;
    message.body = body;
    message.mediaUrls = media;
    message.statusCallback = callback;
    message.validityPeriodSeconds = validity;
    message.channel = toRaw.startsWith(QLatin1String("whatsapp:")) ? QStringLiteral("whatsapp")
                                                                   : QStringLiteral("sms");
    if (const auto error = validateSender(params, &message))
        return fail(*error);
    if (PhoneNumbers::stripChannel(message.from) == to.e164)
        return fail(TwinError{400, 21211,
                              QStringLiteral("The 'To' number %1 is not a valid phone number: "
                                             "'To' and 'From' are the same.")
                                  .arg(toRaw)});
    // With a Messaging Service no sender is picked yet: num_segments is "0" until then.
    message.numSegments = message.from.isEmpty() ? 0
                          : message.channel == QLatin1String("whatsapp")
                              ? 1
                              : qMax(1, Twilio::SmsSegments::count(message.body).segments);
    message.sid = m_sidSource ? m_sidSource(prefix) : newSid(prefix);
    message.status = service.isEmpty() ? QStringLiteral("queued") : QStringLiteral("accepted");
    message.dateCreated = m_clock->now();
    message.dateUpdated = message.dateCreated;
    return message;
}

std::optional<TwinError> TwinApi::validateSender(const Twilio::FormParams &params,
                                                 TwinMessage *message) const
{
    const QString from = message->from;
    const QString service = message->messagingServiceSid;
    const bool whatsapp = message->channel == QLatin1String("whatsapp");
    if (!service.isEmpty()) {
        static const QRegularExpression mg(QStringLiteral("^MG[0-9a-fA-F]{32}$"));
        if (!mg.match(service).hasMatch())
            return TwinError{400, 21705, {}};
        const MessagingService *s = m_services ? m_services->registry().find(service) : nullptr;
        if (!s)
            return TwinError{400, 21701, {}};
        // The service's callback and validity apply unless the message brings its own.
        if (message->statusCallback.isEmpty())
            message->statusCallback = s->statusCallback;
        if (!params.contains(QStringLiteral("ValidityPeriod")))
            message->validityPeriodSeconds = s->validityPeriod;
    }
    if (!from.isEmpty()) {
        const bool fromWhatsApp = from.startsWith(QLatin1String("whatsapp:"));
        if (fromWhatsApp != whatsapp)
            return TwinError{400, 21910, {}};
        const bool owned = m_config->findNumber(PhoneNumbers::stripChannel(from)) != nullptr;
        if (fromWhatsApp && !owned)
            return TwinError{400, 63007, {}};
        if (!owned && !(m_services && m_services->registry().isShortCode(from)))
            return TwinError{400, 21606,
                             QStringLiteral("The From phone number %1 is not a valid, SMS-capable "
                                            "inbound phone number or short code for your account.")
                                 .arg(from)};
    }
    if (m_services && !whatsapp) {
        // Opt-out (21610) is checked synchronously and the attempt is not charged. A STOP to a
        // number in a service blocks the whole service, also for sends From that number.
        QStringList scopes{TwinServices::optOutScope(from, service)};
        if (!from.isEmpty())
            scopes += m_services->registry().servicesWith(from);
        for (const QString &scope : std::as_const(scopes)) {
            if (!scope.isEmpty() && m_services->optOut().isBlocked(scope, message->to))
                return TwinError{400, 21610, {}};
        }
    }
    const QString contentSid = params.value(QStringLiteral("ContentSid"));
    if (!contentSid.isEmpty()) {
        if (!m_services)
            return TwinError{400, 21655, {}};
        const ContentRender render = m_services->content().render(
            contentSid, params.value(QStringLiteral("ContentVariables")));
        if (render.syncError != 0)
            return TwinError{400, render.syncError, {}};
        message->contentSid = contentSid;
        message->pendingError = render.asyncError;
        message->templateCategory = render.category;
        message->body = render.body;
    }
    return std::nullopt;
}

void TwinApi::inboundReceived(const TwinMessage &message, Twilio::FormParams *webhookParams)
{
    if (m_services)
        m_services->onInbound(message, webhookParams);
}

void TwinApi::addStatusFields(const TwinMessage &message, const QString &status,
                              Twilio::FormParams *params) const
{
    if (m_services)
        m_services->addStatusFields(message, status, params);
}

TwinResponse TwinApi::create(const Twilio::FormParams &params)
{
    auto validated = validateCreate(params);
    if (!validated)
        return errorResponse(validated.error());
    const TwinMessage &message = m_store->add(std::move(validated).value());
    const QByteArray json = QJsonDocument(message.toJson()).toJson(QJsonDocument::Compact);
    const QString sid = message.sid;
    if (m_onCreated)
        m_onCreated(sid);
    return jsonResponse(201, json);
}

TwinResponse TwinApi::update(TwinMessage &message, const Twilio::FormParams &params)
{
    if (params.contains(QStringLiteral("Status"))) {
        const QString status = params.value(QStringLiteral("Status"));
        if (status != QLatin1String("canceled"))
            return errorResponse(
                {400, 20001, QStringLiteral("Status can only be set to 'canceled'")});
        if (message.status != QLatin1String("scheduled"))
            return errorResponse({400, 30409, {}});
        message.status = status;
    }
    if (params.contains(QStringLiteral("Body"))) {
        if (!params.value(QStringLiteral("Body")).isEmpty())
            return errorResponse(
                {400, 20001, QStringLiteral("Body can only be set to an empty string")});
        message.body.clear(); // redaction
    }
    message.dateUpdated = m_clock->now();
    return jsonResponse(200, QJsonDocument(message.toJson()).toJson(QJsonDocument::Compact));
}

TwinResponse TwinApi::remove(const QString &sid)
{
    const TwinMessage *message = m_store->find(sid);
    if (message && !message->isFinal())
        return errorResponse({400, 20009, {}});
    m_store->remove(sid);
    TwinResponse response = jsonResponse(204, {});
    response.headers.removeFirst(); // no body, no Content-Type
    return response;
}

} // namespace Vortex::Core::Twin
