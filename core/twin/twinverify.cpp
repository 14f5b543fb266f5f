// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinverify.h"

#include "core/phone/phonenumbers.h"
#include "twinapi.h"
#include "twinclock.h"
#include "twinserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Vortex::Core::Twin {

namespace {

constexpr int MaxFriendlyName = 30; // the 60200 error text; the spec says 32
constexpr int DefaultPageSize = 50;
constexpr int MaxPageSize = 1000;

TwinResponse json(int status, const QJsonObject &object)
{
    return TwinApi::jsonResponse(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

TwinResponse invalid(const QString &parameter)
{
    return TwinApi::errorResponse(
        {400, 60200, QStringLiteral("Invalid parameter: %1").arg(parameter)});
}

TwinResponse notFound(const QString &resource)
{
    return TwinApi::errorResponse(
        {404, 20404, QStringLiteral("The requested resource %1 was not found").arg(resource)});
}

TwinResponse methodNotAllowed()
{
    return TwinApi::errorResponse({405, 20004, {}});
}

bool isEmail(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(text).hasMatch();
}

bool isSid(const QString &text, QLatin1String prefix)
{
    static const QRegularExpression hex(QStringLiteral("^[A-Z]{2}[0-9a-fA-F]{32}$"));
    return text.startsWith(prefix) && hex.match(text).hasMatch();
}

/// Reads an optional boolean ("true"/"false"); false when present but not a boolean.
bool readBool(const Twilio::FormParams &params, const QString &key, bool *target)
{
    if (!params.contains(key))
        return true;
    const QString value = params.value(key).toLower();
    if (value != QLatin1String("true") && value != QLatin1String("false"))
        return false;
    *target = value == QLatin1String("true");
    return true;
}

/// Applies the writable service fields; returns the first invalid parameter's name.
QString applyServiceParams(const Twilio::FormParams &params, TwinVerifyService *service)
{
    if (params.contains(QStringLiteral("FriendlyName"))) {
        const QString name = params.value(QStringLiteral("FriendlyName"));
        if (name.trimmed().isEmpty() || name.size() > MaxFriendlyName)
            return QStringLiteral("FriendlyName");
        service->friendlyName = name;
    }
    if (params.contains(QStringLiteral("CodeLength"))) {
        bool ok = false;
        const int length = params.value(QStringLiteral("CodeLength")).toInt(&ok);
        if (!ok || length < 4 || length > 10)
            return QStringLiteral("CodeLength");
        service->codeLength = length;
    }
    const std::pair<const char *, bool *> flags[] = {
        {"LookupEnabled", &service->lookupEnabled},
        {"Psd2Enabled", &service->psd2Enabled},
        {"SkipSmsToLandlines", &service->skipSmsToLandlines},
        {"DtmfInputRequired", &service->dtmfInputRequired},
        {"DoNotShareWarningEnabled", &service->doNotShareWarningEnabled},
        {"CustomCodeEnabled", &service->customCodeEnabled},
    };
    for (const auto &[key, target] : flags) {
        if (!readBool(params, QString::fromLatin1(key), target))
            return QString::fromLatin1(key);
    }
    if (params.contains(QStringLiteral("TtsName")))
        service->ttsName = params.value(QStringLiteral("TtsName"));
    return {};
}

} // namespace

TwinVerify::TwinVerify(const TwinContext &context)
    : m_context(context)
    , m_engine(context)
{}

QString TwinVerify::baseUrl() const
{
    return m_context.server->baseUrl().toString(QUrl::StripTrailingSlash);
}

std::optional<TwinResponse> TwinVerify::handleApi(const TwinRequest &request)
{
    // "", "v2", "Services", VA…, "Verifications" | "VerificationCheck", VE…
    const QStringList parts = request.path.split(QLatin1Char('/'));
    if (parts.size() < 3 || parts.size() > 6 || parts.at(1) != QLatin1String("v2")
        || parts.at(2) != QLatin1String("Services"))
        return std::nullopt;
    Twilio::FormParams params;
    const QByteArray &raw = request.method == QLatin1String("GET") ? request.query : request.body;
    if (!Twilio::FormParams::decode(raw, &params))
        return TwinApi::errorResponse({400, 20001, {}});
    const QString &method = request.method;
    const bool get = method == QLatin1String("GET");
    const bool post = method == QLatin1String("POST");
    const QString resource = request.path.mid(3); // Twilio names the path without "/v2"

    if (parts.size() == 3) {
        if (post)
            return createService(params);
        return get ? listServices(params) : methodNotAllowed();
    }
    TwinVerifyService *service = m_engine.service(parts.at(3));
    if (parts.size() == 4) {
        if (!get && !post && method != QLatin1String("DELETE"))
            return methodNotAllowed();
        if (!service)
            return notFound(resource);
        if (get)
            return json(200, service->toJson(baseUrl()));
        if (post)
            return updateService(*service, params);
        m_engine.removeService(service->sid);
        return TwinApi::jsonResponse(204, {});
    }
    const QString &collection = parts.at(4);
    if (collection != QLatin1String("Verifications")
        && !(collection == QLatin1String("VerificationCheck") && parts.size() == 5))
        return std::nullopt;
    if (parts.size() == 5 && !post)
        return methodNotAllowed();
    if (parts.size() == 6 && !get && !post)
        return methodNotAllowed();
    if (!service)
        return notFound(resource);
    if (parts.size() == 6)
        return verification(*service, parts.at(5), request, params, resource);
    if (collection == QLatin1String("Verifications"))
        return startVerification(*service, params);
    return checkVerification(*service, params, resource);
}

TwinResponse TwinVerify::createService(const Twilio::FormParams &params)
{
    if (!params.contains(QStringLiteral("FriendlyName")))
        return invalid(QStringLiteral("FriendlyName"));
    TwinVerifyService service;
    const QString bad = applyServiceParams(params, &service);
    if (!bad.isEmpty())
        return invalid(bad);
    return json(201, m_engine.addService(service).toJson(baseUrl()));
}

TwinResponse TwinVerify::updateService(TwinVerifyService &service, const Twilio::FormParams &params)
{
    TwinVerifyService changed = service;
    const QString bad = applyServiceParams(params, &changed);
    if (!bad.isEmpty())
        return invalid(bad);
    changed.updatedMs = m_context.clock->nowMs();
    service = changed;
    m_context.log(QStringLiteral("verify.service.updated"), service.sid,
                  {{QLatin1String("friendly_name"), service.friendlyName},
                   {QLatin1String("code_length"), service.codeLength}});
    return json(200, service.toJson(baseUrl()));
}

TwinResponse TwinVerify::listServices(const Twilio::FormParams &params)
{
    bool ok = true;
    const int pageSize = params.contains(QStringLiteral("PageSize"))
                             ? params.value(QStringLiteral("PageSize")).toInt(&ok)
                             : DefaultPageSize;
    if (!ok || pageSize < 1 || pageSize > MaxPageSize)
        return TwinApi::errorResponse({400, 20007, {}});
    const int page = params.contains(QStringLiteral("Page"))
                         ? params.value(QStringLiteral("Page")).toInt(&ok)
                         : 0;
    if (!ok || page < 0)
        return TwinApi::errorResponse({400, 20001, {}});

    const QList<TwinVerifyService> &all = m_engine.services();
    const qsizetype first = static_cast<qsizetype>(page) * pageSize;
    QJsonArray services;
    for (qsizetype i = first; i < all.size() && i < first + pageSize; ++i)
        services.append(all.at(i).toJson(baseUrl()));
    const auto pageUrl = [&](int number) -> QString {
        return baseUrl()
               + QStringLiteral("/v2/Services?PageSize=%1&Page=%2").arg(pageSize).arg(number);
    };
    QJsonObject meta;
    meta.insert(QLatin1String("page"), page);
    meta.insert(QLatin1String("page_size"), pageSize);
    meta.insert(QLatin1String("first_page_url"), pageUrl(0));
    meta.insert(QLatin1String("previous_page_url"),
                page > 0 ? QJsonValue(pageUrl(page - 1)) : QJsonValue(QJsonValue::Null));
    meta.insert(QLatin1String("next_page_url"), first + pageSize < all.size()
                                                    ? QJsonValue(pageUrl(page + 1))
                                                    : QJsonValue(QJsonValue::Null));
    meta.insert(QLatin1String("key"), QStringLiteral("services"));
    meta.insert(QLatin1String("url"), pageUrl(page));
    return json(200,
                QJsonObject{{QLatin1String("meta"), meta}, {QLatin1String("services"), services}});
}

TwinResponse TwinVerify::startVerification(const TwinVerifyService &service,
                                           const Twilio::FormParams &params)
{
    static const QStringList channels{QStringLiteral("sms"), QStringLiteral("call"),
                                      QStringLiteral("whatsapp"), QStringLiteral("email")};
    TwinVerifyStart request;
    request.to = params.value(QStringLiteral("To"));
    request.channel = params.value(QStringLiteral("Channel"));
    const bool email = request.channel == QLatin1String("email");
    if (email ? !isEmail(request.to) : !PhoneNumbers::parseE164(request.to, nullptr))
        return invalid(QStringLiteral("To"));
    if (!channels.contains(request.channel))
        return invalid(QStringLiteral("Channel"));
    request.customFriendlyName = params.value(QStringLiteral("CustomFriendlyName"));
    if (request.customFriendlyName.size() > MaxFriendlyName)
        return invalid(QStringLiteral("CustomFriendlyName"));
    request.amount = params.value(QStringLiteral("Amount"));
    request.payee = params.value(QStringLiteral("Payee"));
    const auto started = m_engine.start(service, request);
    if (!started)
        return TwinApi::errorResponse(started.error());
    return json(201, started->toJson(baseUrl()));
}

TwinResponse TwinVerify::checkVerification(const TwinVerifyService &service,
                                           const Twilio::FormParams &params,
                                           const QString &resource)
{
    const QString code = params.value(QStringLiteral("Code"));
    if (code.size() < 4 || code.size() > 10)
        return invalid(QStringLiteral("Code"));
    const QString sid = params.value(QStringLiteral("VerificationSid"));
    const QString to = params.value(QStringLiteral("To"));
    if (!sid.isEmpty()) {
        if (!isSid(sid, QLatin1String("VE")))
            return invalid(QStringLiteral("VerificationSid"));
    } else if (!isEmail(to) && !PhoneNumbers::parseE164(to, nullptr)) {
        return invalid(QStringLiteral("To"));
    }
    const auto checked = m_engine.check(service, code, to, sid, resource);
    if (!checked)
        return TwinApi::errorResponse(checked.error());
    return json(200, checked->checkJson());
}

TwinResponse TwinVerify::verification(const TwinVerifyService &service, const QString &sid,
                                      const TwinRequest &request, const Twilio::FormParams &params,
                                      const QString &resource)
{
    if (request.method == QLatin1String("GET")) {
        const TwinVerification *found = m_engine.find(service.sid, sid);
        if (!found)
            return notFound(resource);
        return json(200, found->toJson(baseUrl()));
    }
    const QString status = params.value(QStringLiteral("Status"));
    if (status != QLatin1String("canceled") && status != QLatin1String("approved"))
        return invalid(QStringLiteral("Status"));
    const auto updated = m_engine.update(service, sid, status, resource);
    if (!updated)
        return TwinApi::errorResponse(updated.error());
    return json(200, updated->toJson(baseUrl()));
}

} // namespace Vortex::Core::Twin
