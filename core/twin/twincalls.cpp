// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twincalls.h"

#include "twinapi.h"
#include "twincall.h"
#include "twincalllifecycle.h"
#include "twincallrequest.h"
#include "twincallstore.h"
#include "twinclock.h"
#include "twinconfig.h"
#include "twintwimlsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Vortex::Core::Twin {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

TwinResponse notFound(const QString &path)
{
    return TwinApi::errorResponse(
        {404, 20404, QStringLiteral("The requested resource %1 was not found").arg(path)});
}

} // namespace

TwinCalls::TwinCalls(const TwinContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_store(std::make_unique<TwinCallStore>())
    , m_lifecycle(new TwinCallLifecycle(context, m_store.get(), this))
{}

TwinCalls::~TwinCalls() = default;

std::optional<TwinResponse> TwinCalls::handleApi(const TwinRequest &request)
{
    static const QRegularExpression route(
        QStringLiteral("^/2010-04-01/Accounts/([^/]+)/Calls(?:/([^/]+))?\\.json$"));
    const QRegularExpressionMatch match = route.match(request.path);
    if (!match.hasMatch())
        return std::nullopt;
    // Credentials of one account do not open another account's calls.
    if (match.captured(1) != m_context.config->accountSid)
        return TwinApi::errorResponse({401, 20003, {}});
    Twilio::FormParams params;
    const QByteArray &raw = request.method == QLatin1String("GET") ? request.query : request.body;
    if (!Twilio::FormParams::decode(raw, &params))
        return TwinApi::errorResponse(
            {400, 20001, QStringLiteral("Malformed form-encoded parameters")});

    const QString sid = match.captured(2);
    if (sid.isEmpty()) {
        if (request.method == QLatin1String("POST"))
            return create(params);
        if (request.method == QLatin1String("GET")) {
            const auto page = m_store->list(m_context.config->accountSid, params);
            if (!page)
                return TwinApi::errorResponse(page.error());
            return TwinApi::jsonResponse(200, compact(page.value()));
        }
        return TwinApi::errorResponse({405, 20004, {}});
    }
    TwinCall *call = m_store->find(sid);
    if (!call)
        return notFound(request.path);
    if (request.method == QLatin1String("GET"))
        return TwinApi::jsonResponse(200, compact(call->toJson()));
    if (request.method == QLatin1String("POST"))
        return update(*call, params);
    if (request.method == QLatin1String("DELETE")) {
        if (!call->isFinal())
            return TwinApi::errorResponse({400, 21220, {}});
        m_store->remove(sid);
        TwinResponse response = TwinApi::jsonResponse(204, {});
        response.body.clear();
        return response;
    }
    return TwinApi::errorResponse({405, 20004, {}});
}

TwinResponse TwinCalls::create(const Twilio::FormParams &params)
{
    auto validated = TwinCallRequest::fromCreate(params, *m_context.config);
    if (!validated)
        return TwinApi::errorResponse(validated.error());
    TwinCall call = std::move(validated).value();
    call.sid = m_context.newSid(QStringLiteral("CA"));
    call.dateCreated = m_context.clock->now();
    call.dateUpdated = call.dateCreated;
    TwinCall &stored = m_store->add(std::move(call));
    m_lifecycle->start(stored);
    return TwinApi::jsonResponse(201, compact(stored.toJson()));
}

TwinResponse TwinCalls::update(TwinCall &call, const Twilio::FormParams &params)
{
    const QString status = params.value(QStringLiteral("Status")).trimmed();
    if (!status.isEmpty() && status != QLatin1String("canceled")
        && status != QLatin1String("completed"))
        return TwinApi::errorResponse({400, 20001, {}});
    const QString url = params.value(QStringLiteral("Url")).trimmed();
    const QString twiml = params.value(QStringLiteral("Twiml"));
    if (!url.isEmpty() && !twiml.isEmpty())
        return TwinApi::errorResponse({400, 21205, {}}); // mutually exclusive on update
    if (!url.isEmpty() && !TwinCallRequest::isValidUrl(url))
        return TwinApi::errorResponse({400, 21205, {}});
    const QString callback = params.value(QStringLiteral("StatusCallback")).trimmed();
    if (!callback.isEmpty() && !TwinCallRequest::isValidUrl(callback))
        return TwinApi::errorResponse({400, 21609, {}});
    const QString method = params.value(QStringLiteral("Method")).trimmed().toUpper();
    const QString callbackMethod
        = params.value(QStringLiteral("StatusCallbackMethod")).trimmed().toUpper();
    for (const QString &m : {method, callbackMethod}) {
        if (!m.isEmpty() && m != QLatin1String("GET") && m != QLatin1String("POST"))
            return TwinApi::errorResponse({400, 21209, {}});
    }
    if (call.isFinal()
        || (status.isEmpty() && url.isEmpty() && twiml.isEmpty()
            && call.status != QLatin1String("in-progress") && callback.isEmpty()))
        return TwinApi::errorResponse({400, 21220, {}});

    if (!callback.isEmpty())
        call.statusCallback = callback;
    if (!callbackMethod.isEmpty())
        call.statusCallbackMethod = callbackMethod;
    if (!status.isEmpty()) {
        if (!m_lifecycle->end(call, status))
            return TwinApi::errorResponse({400, 21220, {}});
    } else if (!url.isEmpty() || !twiml.isEmpty()) {
        // New instructions for a live call: the current TwiML stops, the new one runs.
        if (call.status != QLatin1String("in-progress"))
            return TwinApi::errorResponse({400, 21220, {}});
        call.url = url;
        call.twiml = url.isEmpty() ? twiml : QString();
        call.method = method.isEmpty() ? QStringLiteral("POST") : method;
        m_lifecycle->redirect(call);
    }
    call.dateUpdated = m_context.clock->now();
    return TwinApi::jsonResponse(200, compact(call.toJson()));
}

QJsonObject TwinCalls::controlJson(const TwinCall &call) const
{
    QJsonObject o;
    o.insert(QLatin1String("sid"), call.sid);
    o.insert(QLatin1String("to"), call.to);
    o.insert(QLatin1String("from"), call.from);
    o.insert(QLatin1String("status"), call.status);
    o.insert(QLatin1String("answered_by"), call.answeredBy);
    const TwinTwimlSession *session = m_lifecycle->session(call.sid);
    o.insert(QLatin1String("fetching"), session && session->isFetching());
    o.insert(QLatin1String("in_gather"), session && session->isRunning() && session->inGather());
    QJsonArray transcript = session ? session->transcript() : QJsonArray();
    QJsonArray spoken;
    for (const QJsonValue &entry : std::as_const(transcript)) {
        if (entry.toObject().value(QLatin1String("kind")) == QLatin1String("say"))
            spoken.append(entry.toObject().value(QLatin1String("text")));
    }
    o.insert(QLatin1String("spoken"), spoken);
    o.insert(QLatin1String("transcript"), transcript);
    return o;
}

std::optional<TwinResponse> TwinCalls::handleControl(const TwinRequest &request)
{
    static const QRegularExpression route(
        QStringLiteral("^/_twin/calls(?:/(CA[0-9a-fA-F]{32}))?(/digits)?$"));
    const QRegularExpressionMatch match = route.match(request.path);
    if (!match.hasMatch())
        return std::nullopt;
    const QString sid = match.captured(1);
    const bool digits = !match.captured(2).isEmpty();
    if (sid.isEmpty()) {
        if (digits || request.method != QLatin1String("GET"))
            return TwinApi::errorResponse({405, 20004, {}});
        QJsonArray calls;
        for (const TwinCall *call : m_store->all())
            calls.append(controlJson(*call));
        QJsonObject o;
        o.insert(QLatin1String("calls"), calls);
        o.insert(QLatin1String("pending_http"), m_lifecycle->pendingHttp());
        return TwinApi::jsonResponse(200, compact(o));
    }
    const TwinCall *call = m_store->find(sid);
    if (!call)
        return notFound(request.path);
    if (!digits) {
        if (request.method != QLatin1String("GET"))
            return TwinApi::errorResponse({405, 20004, {}});
        return TwinApi::jsonResponse(200, compact(controlJson(*call)));
    }
    if (request.method != QLatin1String("POST"))
        return TwinApi::errorResponse({405, 20004, {}});
    Twilio::FormParams params;
    if (!Twilio::FormParams::decode(request.body, &params))
        return TwinApi::errorResponse({400, 20001, {}});
    static const QRegularExpression keys(QStringLiteral("^[0-9*#]+$"));
    const QString pressed = params.value(QStringLiteral("Digits"));
    if (!keys.match(pressed).hasMatch())
        return TwinApi::errorResponse({400, 20001, QStringLiteral("Digits must be 0-9, * or #")});
    if (!m_lifecycle->pressDigits(sid, pressed))
        return TwinApi::errorResponse({409, 21220, {}});
    return TwinApi::jsonResponse(200, compact(controlJson(*call)));
}

} // namespace Vortex::Core::Twin
