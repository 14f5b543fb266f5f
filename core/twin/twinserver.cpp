// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinserver.h"

#include "twinclock.h"
#include "twinmessage.h"
#include "twinmodules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include "core/common/logging.h"
#include "core/phone/phonenumbers.h"
#include "core/twilio/formparams.h"
#include "core/twilio/segments.h"
#include "twinapi.h"
#include "twinchaos.h"
#include "twinhttpserver.h"
#include "twinlifecycle.h"
#include "twinmessagestore.h"
#include "twinwebhooksender.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Vortex::Core::Twin {

namespace {

constexpr quint64 FaultSeedSalt = 0x7477696e6661756cULL; // keeps fault draws apart from outcomes

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

TwinServer::TwinServer(TwinConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(new TwinClock(this))
    , m_store(std::make_unique<TwinMessageStore>())
    , m_lifecycle(new TwinLifecycle(&m_config, m_store.get(), m_clock, this))
    , m_webhooks(new TwinWebhookSender(m_config.authToken, this))
    , m_http(new TwinHttpServer([this](const TwinRequest &r) { return route(r); }, this))
    , m_faultRng(m_config.seed ^ FaultSeedSalt)
{
    m_api
        = std::make_unique<TwinApi>(&m_config, m_store.get(), m_clock, [this](const QString &sid) {
              if (const TwinMessage *m = m_store->find(sid))
                  m_context.log(QStringLiteral("message.created"), sid,
                                {{QLatin1String("to"), m->to},
                                 {QLatin1String("from"), m->from},
                                 {QLatin1String("status"), m->status},
                                 {QLatin1String("segments"), m->numSegments}});
              Q_EMIT messageCreated(sid);
              m_lifecycle->start(sid);
          });
    m_context.server = this;
    m_context.config = &m_config;
    m_context.clock = m_clock;
    m_context.events = &m_events;
    m_context.people = &m_people;
    m_context.messages = m_store.get();
    m_context.webhooks = m_webhooks;
    m_context.ledger = &m_ledger;
    m_sidRng.seed(m_config.seed ^ 0x51D5EEDULL);
    m_context.sidRng = &m_sidRng;
    m_api->setSidSource([this](const QString &prefix) { return m_context.newSid(prefix); });
    m_chaos = std::make_unique<TwinChaos>(&m_context);
    m_webhooks->setChaos(m_chaos.get());
    m_lifecycle->setChaos(m_chaos.get());
    connect(m_lifecycle, &TwinLifecycle::transitioned, this, &TwinServer::onTransition);
    installDefaultModules(*this);
    connect(m_webhooks, &TwinWebhookSender::delivered, this, &TwinServer::callbackDelivered);
}

TwinServer::~TwinServer() = default;

void TwinServer::addModule(std::unique_ptr<TwinModule> module)
{
    m_modules.push_back(std::move(module));
}

void TwinContext::log(const QString &kind, const QString &sid, const QJsonObject &fields) const
{
    events->append(clock->nowMs(), kind, sid, fields);
}

QString TwinContext::newSid(const QString &prefix) const
{
    QString sid = prefix;
    if (config->deterministicSids && sidRng) {
        for (int i = 0; i < 2; ++i)
            sid += QStringLiteral("%1").arg((*sidRng)(), 16, 16, QLatin1Char('0'));
        return sid;
    }
    for (int i = 0; i < 4; ++i)
        sid += QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16,
                                        QLatin1Char('0'));
    return sid;
}

bool TwinServer::listen(const QHostAddress &address, quint16 port)
{
    m_port = m_http->listen(address, port);
    m_address = address;
    if (m_port == 0)
        qCWarning(lcTwin) << "twin could not listen on" << address.toString() << port;
    return m_port != 0;
}

QUrl TwinServer::baseUrl() const
{
    QString host = m_address.toString();
    if (m_address == QHostAddress(QHostAddress::LocalHost) || m_address.isNull()
        || m_address == QHostAddress(QHostAddress::Any))
        host = QStringLiteral("127.0.0.1");
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(m_port);
    return url;
}

void TwinServer::setFaults(const FaultProfile &faults)
{
    m_config.faults = faults;
}

void TwinServer::setClockSpeed(double factor)
{
    m_clock->setSpeed(factor);
}

double TwinServer::clockSpeed() const
{
    return m_clock->speed();
}

bool TwinServer::setInboundUrl(const QString &number, const QString &url)
{
    for (OwnedNumber &owned : m_config.numbers) {
        if (owned.number == number) {
            owned.smsUrl = url;
            return true;
        }
    }
    return false;
}

int TwinServer::messageCount() const
{
    return static_cast<int>(m_store->size());
}

int TwinServer::pendingWebhooks() const
{
    return m_webhooks->pendingCount();
}

Result<QString, TwinError> TwinServer::injectInbound(const QString &from, const QString &to,
                                                     const QString &body)
{
    PhoneNumber sender;
    if (!PhoneNumbers::parseE164(PhoneNumbers::stripChannel(from), &sender))
        return fail(TwinError{400, 21211, QStringLiteral("From is not a valid E.164 number")});
    const OwnedNumber *owned = m_config.findNumber(PhoneNumbers::stripChannel(to));
    PhoneNumber receiver;
    if (!owned || !PhoneNumbers::parseE164(PhoneNumbers::stripChannel(to), &receiver)
        || from.startsWith(QLatin1String("whatsapp:")) != to.startsWith(QLatin1String("whatsapp:")))
        return fail(TwinError{400, 21606, QStringLiteral("To is not one of the twin's numbers")});

    TwinMessage message;
    message.sid = m_context.newSid(QStringLiteral("SM"));
    message.accountSid = m_config.accountSid;
    message.from = from;
    message.to = to;
    message.toRegion = receiver.regionCode;
    message.body = body;
    message.direction = QStringLiteral("inbound");
    message.status = QStringLiteral("received");
    message.numSegments = qMax(1, Twilio::SmsSegments::count(body).segments);
    message.dateCreated = m_clock->now();
    message.dateUpdated = message.dateCreated;
    message.dateSent = message.dateCreated;
    const CountryProfile &profile = m_config.profileFor(receiver.regionCode);
    message.price
        = QString::number(-profile.pricePerSegment.toDouble() * message.numSegments, 'f', 5);
    message.priceUnit = profile.priceUnit;
    const TwinMessage &stored = m_store->add(message);
    qCInfo(lcTwin) << "inbound message" << stored.sid << "from" << PhoneNumbers::masked(from);
    Q_EMIT messageCreated(stored.sid);
    Twilio::FormParams extra; // billing, opt-out keywords (OptOutType), WhatsApp fields
    m_api->inboundReceived(stored, &extra);

    if (!owned->smsUrl.isEmpty()) {
        // Field set and order of a real inbound SMS webhook (TWILIO.md §5.1); geo fields that
        // libphonenumber cannot tell are empty, as Twilio sends them when unknown.
        Twilio::FormParams params;
        params.add(QStringLiteral("ToCountry"), receiver.regionCode);
        params.add(QStringLiteral("ToState"), {});
        params.add(QStringLiteral("SmsMessageSid"), stored.sid);
        params.add(QStringLiteral("NumMedia"), QStringLiteral("0"));
        params.add(QStringLiteral("ToCity"), {});
        params.add(QStringLiteral("FromZip"), {});
        params.add(QStringLiteral("SmsSid"), stored.sid);
        params.add(QStringLiteral("FromState"), {});
        params.add(QStringLiteral("SmsStatus"), QStringLiteral("received"));
        params.add(QStringLiteral("FromCity"), {});
        params.add(QStringLiteral("Body"), body);
        params.add(QStringLiteral("FromCountry"), sender.regionCode);
        params.add(QStringLiteral("To"), to);
        params.add(QStringLiteral("ToZip"), {});
        params.add(QStringLiteral("NumSegments"), QString::number(stored.numSegments));
        params.add(QStringLiteral("MessageSid"), stored.sid);
        params.add(QStringLiteral("AccountSid"), m_config.accountSid);
        params.add(QStringLiteral("From"), from);
        params.add(QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01"));
        for (const auto &[key, value] : extra.items())
            params.add(key, value);
        m_webhooks->post(stored.sid, stored.status, owned->smsUrl, params);
    }
    return stored.sid;
}

void TwinServer::onTransition(const QString &sid, const QString &status)
{
    const TwinMessage *message = m_store->find(sid);
    QJsonObject fields{{QLatin1String("status"), status}};
    if (message && message->errorCode != 0)
        fields.insert(QLatin1String("error_code"), message->errorCode);
    m_context.log(QStringLiteral("message.status"), sid, fields);
    // The callback is built and queued before anyone hears of the change: a listener may
    // delete the (now final) message, and nothing here may touch it afterwards.
    postStatusCallback(message, sid, status);
    Q_EMIT messageStatusChanged(sid, status);
}

void TwinServer::postStatusCallback(const TwinMessage *message, const QString &sid,
                                    const QString &status)
{
    if (!message || message->statusCallback.isEmpty())
        return;
    Twilio::FormParams params;
    params.add(QStringLiteral("SmsSid"), sid);
    params.add(QStringLiteral("SmsStatus"), status);
    params.add(QStringLiteral("MessageStatus"), status);
    params.add(QStringLiteral("To"), message->to);
    params.addIfSet(QStringLiteral("MessagingServiceSid"), message->messagingServiceSid);
    params.add(QStringLiteral("MessageSid"), sid);
    params.add(QStringLiteral("AccountSid"), message->accountSid);
    params.add(QStringLiteral("From"), message->from);
    params.add(QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01"));
    if (message->errorCode != 0)
        params.add(QStringLiteral("ErrorCode"), QString::number(message->errorCode));
    // RawDlrDoneDate is a carrier's delivery receipt: SMS/MMS only, never WhatsApp.
    if ((status == QLatin1String("delivered") || status == QLatin1String("undelivered"))
        && !message->to.startsWith(QLatin1String("whatsapp:")))
        params.add(QStringLiteral("RawDlrDoneDate"),
                   message->dateUpdated.toUTC().toString(QStringLiteral("yyMMddHHmm")));
    m_api->addStatusFields(*message, status, &params);
    m_webhooks->post(sid, status, message->statusCallback, params);
}

bool TwinServer::injectFault(TwinResponse *response, int *extraDelayMs)
{
    *extraDelayMs = 0;
    FaultProfile &f = m_config.faults;
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    // Always two draws, so that the fault sequence depends on the request count only.
    const double draw429 = unit(m_faultRng);
    const double draw500 = unit(m_faultRng);
    if (f.next429 > 0 || draw429 < f.rate429) {
        f.next429 = qMax(0, f.next429 - 1);
        *response = TwinApi::errorResponse({429, 20429, {}});
        response->headers.append(
            {QByteArrayLiteral("Retry-After"), QByteArray::number(qMax(0, f.retryAfterSeconds))});
        return true;
    }
    if (f.next500 > 0 || draw500 < f.rate500) {
        f.next500 = qMax(0, f.next500 - 1);
        *response = TwinApi::errorResponse({500, 20500, {}});
        return true;
    }
    // Then the chaos profile (its own seeded stream; see TwinChaos).
    return m_chaos->injectFault(response, extraDelayMs);
}

TwinResponse TwinServer::route(const TwinRequest &request)
{
    if (request.body.size() > m_config.maxBodyBytes)
        return TwinApi::errorResponse({413, 20413, {}});
    if (request.path.startsWith(QLatin1String("/_twin/"))) {
        if (!m_config.controlApi)
            return TwinApi::errorResponse(
                {404, 20404, QStringLiteral("The twin's control API is not enabled")});
        for (const auto &module : m_modules) {
            if (auto answer = module->handleControl(request))
                return *answer;
        }
        return control(request);
    }
    TwinResponse response;
    int chaosDelayMs = 0;
    if (injectFault(&response, &chaosDelayMs)) {
        response.delayMs = m_config.faults.latencyMs + chaosDelayMs;
        if (m_observer)
            m_observer(request, response);
        return response;
    }
    if (!m_api->authenticate(request.authorization)) {
        response = TwinApi::errorResponse({401, 20003, {}});
    } else if (request.path.startsWith(QLatin1String("/2010-04-01/Accounts/"))
               && request.path.contains(QLatin1String("/Messages"))) {
        response = m_api->handle(request);
    } else {
        response = TwinApi::errorResponse(
            {404, 20404,
             QStringLiteral("The requested resource %1 was not found").arg(request.path)});
        for (const auto &module : m_modules) {
            if (auto answer = module->handleApi(request)) {
                response = *answer;
                break;
            }
        }
    }
    response.delayMs = m_config.faults.latencyMs + chaosDelayMs;
    if (m_observer)
        m_observer(request, response);
    return response;
}

TwinResponse TwinServer::control(const TwinRequest &request)
{
    Twilio::FormParams params;
    const QByteArray &raw = request.method == QLatin1String("GET") ? request.query : request.body;
    if (!Twilio::FormParams::decode(raw, &params))
        return TwinApi::errorResponse({400, 20001, QStringLiteral("Malformed form parameters")});
    const bool post = request.method == QLatin1String("POST");

    if (request.path == QLatin1String("/_twin/health") && request.method == QLatin1String("GET")) {
        QJsonObject o;
        o.insert(QLatin1String("status"), QStringLiteral("ok"));
        o.insert(QLatin1String("account_sid"), m_config.accountSid);
        o.insert(QLatin1String("messages"), messageCount());
        o.insert(QLatin1String("pending_webhooks"), pendingWebhooks());
        o.insert(QLatin1String("clock_speed"), clockSpeed());
        return TwinApi::jsonResponse(200, toJson(o));
    }
    if (request.path == QLatin1String("/_twin/inbound") && post) {
        const auto sid = injectInbound(params.value(QStringLiteral("From")),
                                       params.value(QStringLiteral("To")),
                                       params.value(QStringLiteral("Body")));
        if (!sid)
            return TwinApi::errorResponse(sid.error());
        return TwinApi::jsonResponse(201, toJson(m_store->find(sid.value())->toJson()));
    }
    if (auto answer = m_chaos->handleControl(request))
        return *answer;
    if (request.path == QLatin1String("/_twin/faults") && post) {
        FaultProfile f = m_config.faults;
        bool ok = true;
        const auto number = [&](const char *key, double current) {
            const QString name = QString::fromLatin1(key);
            if (!params.contains(name))
                return current;
            bool valid = false;
            const double value = params.value(name).toDouble(&valid);
            // Bounded before any cast to int: a minute of latency, a day of Retry-After or a
            // million scripted failures is already more than any test needs.
            ok = ok && valid && value >= 0 && value <= 1e6;
            return ok ? value : current;
        };
        f.rate429 = number("Rate429", f.rate429);
        f.rate500 = number("Rate500", f.rate500);
        f.latencyMs = static_cast<int>(number("LatencyMs", f.latencyMs));
        f.retryAfterSeconds = static_cast<int>(number("RetryAfter", f.retryAfterSeconds));
        f.next429 = static_cast<int>(number("Next429", f.next429));
        f.next500 = static_cast<int>(number("Next500", f.next500));
        if (!ok || f.rate429 > 1 || f.rate500 > 1 || f.latencyMs > 60000
            || f.retryAfterSeconds > 86400)
            return TwinApi::errorResponse({400, 20001, QStringLiteral("Invalid fault values")});
        setFaults(f);
        QJsonObject o;
        o.insert(QLatin1String("rate_429"), f.rate429);
        o.insert(QLatin1String("rate_500"), f.rate500);
        o.insert(QLatin1String("latency_ms"), f.latencyMs);
        o.insert(QLatin1String("retry_after"), f.retryAfterSeconds);
        o.insert(QLatin1String("next_429"), f.next429);
        o.insert(QLatin1String("next_500"), f.next500);
        return TwinApi::jsonResponse(200, toJson(o));
    }
    if (request.path == QLatin1String("/_twin/clock")) {
        // Speed=N (RealTime ×N), Mode=manual|realtime, Advance=ms (fires what falls due).
        if (post && params.contains(QStringLiteral("Speed"))) {
            bool ok = false;
            const double speed = params.value(QStringLiteral("Speed")).toDouble(&ok);
            if (!ok || !(speed > 0) || speed > 1e6)
                return TwinApi::errorResponse(
                    {400, 20001, QStringLiteral("Speed must be > 0 and at most 1000000")});
            setClockSpeed(speed);
        }
        if (post && params.contains(QStringLiteral("Mode"))) {
            const QString mode = params.value(QStringLiteral("Mode")).toLower();
            if (mode != QLatin1String("manual") && mode != QLatin1String("realtime"))
                return TwinApi::errorResponse(
                    {400, 20001, QStringLiteral("Mode must be manual or realtime")});
            m_clock->setMode(mode == QLatin1String("manual") ? TwinClock::Mode::Manual
                                                             : TwinClock::Mode::RealTime);
        }
        if (post && params.contains(QStringLiteral("Advance"))) {
            bool ok = false;
            const qint64 ms = params.value(QStringLiteral("Advance")).toLongLong(&ok);
            constexpr qint64 TenYearsMs = 10LL * 366 * 24 * 3600 * 1000;
            if (!ok || ms < 0 || ms > TenYearsMs)
                return TwinApi::errorResponse(
                    {400, 20001,
                     QStringLiteral("Advance must be milliseconds from 0 to ten years")});
            m_clock->advance(ms);
        }
        QJsonObject o;
        o.insert(QLatin1String("clock_speed"), m_clock->speed());
        o.insert(QLatin1String("mode"), m_clock->mode() == TwinClock::Mode::Manual
                                            ? QStringLiteral("manual")
                                            : QStringLiteral("realtime"));
        o.insert(QLatin1String("now"), m_clock->now().toString(Qt::ISODateWithMs));
        o.insert(QLatin1String("pending"), m_clock->pendingCount());
        return TwinApi::jsonResponse(200, toJson(o));
    }
    if (request.path == QLatin1String("/_twin/events") && !post) {
        const qint64 after
            = params.value(QStringLiteral("After"), QStringLiteral("0")).toLongLong();
        const int limit = qBound(
            1, params.value(QStringLiteral("Limit"), QStringLiteral("1000")).toInt(), 10000);
        QJsonArray events;
        for (const TwinEvent &event : m_events.after(after, limit))
            events.append(event.toJson());
        QJsonObject o;
        o.insert(QLatin1String("events"), events);
        o.insert(QLatin1String("last_seq"), m_events.lastSeq());
        o.insert(QLatin1String("digest"), QString::fromLatin1(m_events.digest()));
        return TwinApi::jsonResponse(200, toJson(o));
    }
    if (request.path.startsWith(QLatin1String("/_twin/phones/")) && !post) {
        const QString number = request.path.mid(QStringLiteral("/_twin/phones/").size());
        QJsonArray items;
        for (const PhoneItem &item : m_people.received(number))
            items.append(item.toJson());
        QJsonObject o;
        o.insert(QLatin1String("number"), number);
        o.insert(QLatin1String("received"), items);
        return TwinApi::jsonResponse(200, toJson(o));
    }
    if (request.path == QLatin1String("/_twin/people")) {
        if (post) {
            // JSON body: {"people": [...]} (or one person object) — adds or replaces by number.
            auto people = TwinPeople::listFromJson(request.body);
            if (!people) {
                const auto one = Person::fromJson(QJsonDocument::fromJson(request.body).object());
                if (!one)
                    return TwinApi::errorResponse({400, 20001, people.error()});
                m_people.upsert(one.value());
            } else {
                for (const Person &person : people.value())
                    m_people.upsert(person);
            }
        }
        QJsonArray all;
        for (const Person &person : m_people.all())
            all.append(person.toJson());
        QJsonObject o;
        o.insert(QLatin1String("people"), all);
        return TwinApi::jsonResponse(200, toJson(o));
    }
    if (request.path == QLatin1String("/_twin/numbers") && post) {
        if (!setInboundUrl(params.value(QStringLiteral("Number")),
                           params.value(QStringLiteral("SmsUrl"))))
            return TwinApi::errorResponse({404, 20404, QStringLiteral("Unknown number")});
        return TwinApi::jsonResponse(200, QByteArrayLiteral("{}"));
    }
    return TwinApi::errorResponse(
        {404, 20404, QStringLiteral("The requested resource %1 was not found").arg(request.path)});
}

} // namespace Vortex::Core::Twin
