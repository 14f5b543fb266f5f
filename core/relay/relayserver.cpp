// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "relayserver.h"

#include "core/common/logging.h"
#include "core/paging/voicescript.h"
#include "core/relay/relayeventstore.h"
#include "core/relay/relayeventwriter.h"
#include "core/relay/relayintake.h"
#include "core/relay/relayvoice.h"
#include "core/relay/webhookparser.h"
#include "core/twilio/signature.h"

#include <QCryptographicHash>
#include <QDir>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

namespace Vortex::Core::Relay {

using StatusCode = QHttpServerResponder::StatusCode;

namespace {

constexpr int kMaxWaitSeconds = 30;
constexpr int kDefaultFeedLimit = 100;
constexpr int kMaxFeedLimit = 1000;
constexpr std::size_t kMaxWaiters = 512;

const QByteArray kEmptyTwiml
    = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>");

QByteArray jsonError(const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), message}})
        .toJson(QJsonDocument::Compact);
}

QByteArray feedBody(const QList<RelayEvent> &events, qint64 cursor, bool reset = false)
{
    QJsonArray array;
    for (const RelayEvent &event : events)
        array.append(event.toJson());
    QJsonObject body{{QStringLiteral("events"), array}, {QStringLiteral("cursor"), cursor}};
    if (reset)
        body.insert(QStringLiteral("reset"), true);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

/// The public URL's path (a proxy's prefix, maybe empty) followed by \a path.
QUrl withPath(QUrl base, const QString &path)
{
    QString prefix = base.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    base.setPath(prefix + path);
    base.setQuery(QString());
    base.setFragment(QString());
    return base;
}

} // namespace

// A webhook waiting for its batch to commit. In Qt 6.4 the responder only holds a raw
// QTcpSocket pointer and the server deletes sockets (deleteLater) when the peer disconnects,
// so every deferred answer first checks the QPointer.
struct RelayServer::Pending
{
    RelayEvent event;
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    Answer answer;
};

struct RelayServer::ScriptWrite
{
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
};

struct RelayServer::Waiter
{
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    qint64 after = 0;
    int limit = kDefaultFeedLimit;
    QTimer *timer = nullptr;
};

RelayServer::RelayServer(RelayConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_http(new QHttpServer(this))
    , m_batchTimer(new QTimer(this))
{
    m_batchTimer->setSingleShot(true);
    m_batchTimer->setInterval(qBound(0, m_config.batchDelayMs, 2));
    connect(m_batchTimer, &QTimer::timeout, this, &RelayServer::dispatchBatch);
}

RelayServer::~RelayServer()
{
    if (m_writerThread) {
        // Whatever was accepted is still written; requests not yet answered get no answer
        // (their connections close with us) and Twilio's retry then finds a duplicate.
        m_batchTimer->stop();
        if (!m_pending.empty()) {
            QList<RelayEvent> events;
            for (const auto &pending : m_pending)
                events.append(pending->event);
            RelayEventWriter *writer = m_writer;
            QMetaObject::invokeMethod(writer, [writer, events] { writer->commit(0, events); });
        }
        // Joining the owned thread is the one wait we cannot avoid; the queued commits run
        // before the no-op below returns.
        QMetaObject::invokeMethod(
            m_writer, [] {}, Qt::BlockingQueuedConnection);
        m_writerThread->quit();
        m_writerThread->wait();
    }
    for (auto &[id, waiter] : m_waiters) {
        if (waiter->socket)
            waiter->responder.write(feedBody({}, waiter->after), "application/json");
    }
    m_waiters.clear();
    if (m_store)
        m_store->close();
}

bool RelayServer::start()
{
    if (!QDir().mkpath(m_config.dataDirectory)) {
        m_error = tr("cannot create data directory %1").arg(m_config.dataDirectory);
        return false;
    }
    m_store = std::make_unique<RelayEventStore>(
        QDir(m_config.dataDirectory).filePath(QStringLiteral("relay.sqlite")));
    auto opened = m_store->open();
    if (!opened) {
        m_error = opened.error();
        m_store.reset();
        return false;
    }
    m_eventCount = m_store->count().ok() ? m_store->count().value() : 0;
    m_lastId = m_store->lastId().ok() ? m_store->lastId().value() : 0;

    m_writerThread = new QThread(this);
    m_writerThread->setObjectName(QStringLiteral("relay-writer"));
    m_writer = new RelayEventWriter(
        QDir(m_config.dataDirectory).filePath(QStringLiteral("relay.sqlite")));
    m_writer->moveToThread(m_writerThread);
    connect(m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &RelayEventWriter::committed, this, &RelayServer::onBatchCommitted);
    connect(m_writer, &RelayEventWriter::voiceScriptStored, this,
            &RelayServer::onVoiceScriptStored);
    m_writerThread->start();

    using Kind = RelayEvent::Kind;
    m_http->route(QStringLiteral("/twilio/messages/status"),
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      handleWebhook(Kind::MessageStatus, request, std::move(responder));
                  });
    m_http->route(QStringLiteral("/twilio/messages/inbound"),
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      handleWebhook(Kind::InboundMessage, request, std::move(responder));
                  });
    m_http->route(QStringLiteral("/twilio/calls/status"),
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      handleWebhook(Kind::CallStatus, request, std::move(responder));
                  });
    m_http->route(QStringLiteral("/twilio/voice/answer"),
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      handleVoiceAnswer(request, std::move(responder));
                  });
    m_http->route(QStringLiteral("/twilio/voice/gather"),
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      handleVoiceGather(request, std::move(responder));
                  });
    m_http->route(QStringLiteral("/v1/voice/scripts/<arg>"),
                  [this](const QString &id, const QHttpServerRequest &request,
                         QHttpServerResponder &&responder) {
                      handleVoiceScript(id, request, std::move(responder));
                  });
    m_http->route(QStringLiteral("/v1/intake/incidents"),
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      handleIntake(request, std::move(responder));
                  });
    m_http->route(QStringLiteral("/v1/events"),
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      handleFeed(request, std::move(responder));
                  });
    m_http->route(QStringLiteral("/healthz"),
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      handleHealth(request, std::move(responder));
                  });
    m_port = m_http->listen(m_config.listenAddress, m_config.listenPort);
    if (m_port == 0) {
        m_error = tr("cannot listen on %1:%2")
                      .arg(m_config.listenAddress.toString())
                      .arg(m_config.listenPort);
        return false;
    }
    if (m_config.publicUrl.isEmpty()) {
        m_config.publicUrl = QUrl(
            QStringLiteral("http://%1:%2").arg(m_config.listenAddress.toString()).arg(m_port));
    }
    qCInfo(lcRelay) << "relay listening on port" << m_port << "with" << m_eventCount << "events";
    return true;
}

void RelayServer::setPublicUrl(const QUrl &url)
{
    m_config.publicUrl = url;
}

QUrl RelayServer::statusCallbackUrl() const
{
    return withPath(m_config.publicUrl, QStringLiteral("/twilio/messages/status"));
}

QUrl RelayServer::inboundUrl() const
{
    return withPath(m_config.publicUrl, QStringLiteral("/twilio/messages/inbound"));
}

QUrl RelayServer::callStatusUrl() const
{
    return withPath(m_config.publicUrl, QStringLiteral("/twilio/calls/status"));
}

QUrl RelayServer::intakeUrl() const
{
    return withPath(m_config.publicUrl, QStringLiteral("/v1/intake/incidents"));
}

QUrl RelayServer::voiceAnswerUrl(const QString &scriptId) const
{
    QUrl url = withPath(m_config.publicUrl, QStringLiteral("/twilio/voice/answer"));
    url.setQuery(QStringLiteral("script=") + scriptId);
    return url;
}

QUrl RelayServer::voiceGatherUrl(const QString &scriptId) const
{
    QUrl url = withPath(m_config.publicUrl, QStringLiteral("/twilio/voice/gather"));
    url.setQuery(QStringLiteral("script=") + scriptId);
    return url;
}

QString RelayServer::signedUrlFor(const QHttpServerRequest &request) const
{
    // Twilio signs the URL it was configured with; behind a proxy the Host header is not it, so
    // the configured public base is combined with the path and query actually requested.
    // A path in the public URL is a proxy's prefix (https://host/relay → /twilio/… here).
    QString base = m_config.publicUrl.toString(QUrl::FullyEncoded | QUrl::RemoveQuery
                                               | QUrl::RemoveFragment);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QUrl requested = request.url();
    QString url = base + requested.path(QUrl::FullyEncoded);
    if (requested.hasQuery())
        url += QLatin1Char('?') + requested.query(QUrl::FullyEncoded);
    return url;
}

bool RelayServer::acceptTwilioRequest(const QHttpServerRequest &request,
                                      QHttpServerResponder &responder, bool allowGet,
                                      Twilio::FormParams *params)
{
    const bool isGet = request.method() == QHttpServerRequest::Method::Get;
    if (request.method() != QHttpServerRequest::Method::Post && !(allowGet && isGet)) {
        responder.write(
            jsonError(QStringLiteral("method not allowed")),
            {{"Content-Type", "application/json"}, {"Allow", allowGet ? "GET, POST" : "POST"}},
            StatusCode::MethodNotAllowed);
        return false;
    }
    const QByteArray body = request.body();
    if (body.size() > m_config.maxBodyBytes) {
        responder.write(jsonError(QStringLiteral("body too large")), "application/json",
                        StatusCode::PayloadTooLarge);
        return false;
    }
    Twilio::FormParams form;
    if (isGet) {
        // Twilio's GET requests carry their parameters in the signed URL's query.
        if (!Twilio::FormParams::decode(request.url().query(QUrl::FullyEncoded).toUtf8(), params)) {
            responder.write(jsonError(QStringLiteral("broken query")), "application/json",
                            StatusCode::BadRequest);
            return false;
        }
    } else {
        const QByteArray contentType = request.value("Content-Type").trimmed().toLower();
        if (!contentType.startsWith("application/x-www-form-urlencoded")
            || !Twilio::FormParams::decode(body, &form)) {
            responder.write(jsonError(QStringLiteral("expected a form body")), "application/json",
                            StatusCode::BadRequest);
            return false;
        }
    }
    const QByteArray signature = request.value("X-Twilio-Signature");
    if (signature.isEmpty()
        || !Twilio::RequestSignature::validate(m_config.twilioAuthToken, signedUrlFor(request),
                                               form, signature)) {
        qCWarning(lcRelay) << "rejected webhook with a missing or invalid signature from"
                           << request.remoteAddress().toString();
        responder.write(jsonError(QStringLiteral("invalid signature")), "application/json",
                        StatusCode::Forbidden);
        return false;
    }
    if (!isGet)
        *params = std::move(form);
    return true;
}

void RelayServer::handleWebhook(RelayEvent::Kind kind, const QHttpServerRequest &request,
                                QHttpServerResponder &&responder)
{
    Twilio::FormParams params;
    if (!acceptTwilioRequest(request, responder, false, &params))
        return;
    auto parsed = WebhookParser::parse(kind, params);
    if (!parsed) {
        responder.write(jsonError(parsed.error()), "application/json", StatusCode::BadRequest);
        return;
    }
    enqueue(std::move(parsed).value(), std::move(responder));
}

void RelayServer::handleIntake(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    if (m_config.intakeSecret.isEmpty()) {
        responder.write(jsonError(QStringLiteral("intake is disabled on this relay (no intake "
                                                 "secret configured)")),
                        "application/json", StatusCode::NotFound);
        return;
    }
    if (request.method() != QHttpServerRequest::Method::Post) {
        responder.write(jsonError(QStringLiteral("method not allowed")),
                        {{"Content-Type", "application/json"}, {"Allow", "POST"}},
                        StatusCode::MethodNotAllowed);
        return;
    }
    const QByteArray body = request.body();
    if (body.size() > m_config.maxBodyBytes) {
        responder.write(jsonError(QStringLiteral("body too large")), "application/json",
                        StatusCode::PayloadTooLarge);
        return;
    }
    auto event = RelayIntake::toEvent(m_config.intakeSecret, request.value("X-Vortex-Timestamp"),
                                      request.value("X-Vortex-Signature"), body,
                                      QDateTime::currentSecsSinceEpoch());
    if (!event) {
        const IntakeRejection &rejection = event.error();
        if (rejection.httpStatus == 401) {
            // The reason, never the signature or the secret.
            qCWarning(lcRelay) << "rejected intake request from"
                               << request.remoteAddress().toString() << ":" << rejection.message;
            responder.write(
                jsonError(rejection.message),
                {{"Content-Type", "application/json"}, {"WWW-Authenticate", "X-Vortex-Signature"}},
                StatusCode::Unauthorized);
        } else {
            responder.write(jsonError(rejection.message), "application/json",
                            StatusCode::BadRequest);
        }
        return;
    }
    enqueue(std::move(event).value(), std::move(responder),
            [](QHttpServerResponder &r, const RelayEvent &stored) {
                r.write(QJsonDocument(QJsonObject{{QStringLiteral("event_id"), stored.id}})
                            .toJson(QJsonDocument::Compact),
                        "application/json", StatusCode::Accepted);
            });
}

void RelayServer::handleVoiceAnswer(const QHttpServerRequest &request,
                                    QHttpServerResponder &&responder)
{
    Twilio::FormParams params;
    if (!acceptTwilioRequest(request, responder, true, &params))
        return;
    // Nothing is stored: the call's progress arrives on /twilio/calls/status.
    const QByteArray twiml
        = RelayVoice::twiml(*m_store, request.query().queryItemValue(QStringLiteral("script")),
                            [this](const Paging::VoiceScript &script) {
                                return script.answerTwiml(voiceGatherUrl(script.id));
                            });
    if (twiml.isEmpty()) {
        responder.write(jsonError(QStringLiteral("storage failure")), "application/json",
                        StatusCode::InternalServerError);
        return;
    }
    responder.write(twiml, "text/xml", StatusCode::Ok);
}

void RelayServer::handleVoiceGather(const QHttpServerRequest &request,
                                    QHttpServerResponder &&responder)
{
    Twilio::FormParams params;
    if (!acceptTwilioRequest(request, responder, true, &params))
        return;
    auto parsed = WebhookParser::parse(RelayEvent::Kind::VoiceGather, params);
    if (!parsed) {
        responder.write(jsonError(parsed.error()), "application/json", StatusCode::BadRequest);
        return;
    }
    RelayEvent event = std::move(parsed).value();
    const QString scriptId = request.query().queryItemValue(QStringLiteral("script"));
    event.params.insert(QStringLiteral("script"), scriptId);
    const QByteArray twiml
        = RelayVoice::twiml(*m_store, scriptId, [this, &event](const Paging::VoiceScript &script) {
              return script.gatherTwiml(event.body, voiceGatherUrl(script.id));
          });
    if (twiml.isEmpty()) {
        responder.write(jsonError(QStringLiteral("storage failure")), "application/json",
                        StatusCode::InternalServerError);
        return;
    }
    // The keys reach the engine only through the store: the confirmation is said once they
    // are committed, so a caller never hears "acknowledged" for a key the relay lost.
    enqueue(std::move(event), std::move(responder),
            [twiml](QHttpServerResponder &r, const RelayEvent &) {
                r.write(twiml, "text/xml", StatusCode::Ok);
            });
}

void RelayServer::handleVoiceScript(const QString &id, const QHttpServerRequest &request,
                                    QHttpServerResponder &&responder)
{
    const auto method = request.method();
    if (method != QHttpServerRequest::Method::Put && method != QHttpServerRequest::Method::Get) {
        responder.write(jsonError(QStringLiteral("method not allowed")),
                        {{"Content-Type", "application/json"}, {"Allow", "GET, PUT"}},
                        StatusCode::MethodNotAllowed);
        return;
    }
    if (!isAuthorized(request)) {
        responder.write(jsonError(QStringLiteral("unauthorized")),
                        {{"Content-Type", "application/json"}, {"WWW-Authenticate", "Bearer"}},
                        StatusCode::Unauthorized);
        return;
    }
    if (!RelayVoice::isScriptId(id)) {
        responder.write(jsonError(QStringLiteral("no such voice script")), "application/json",
                        StatusCode::NotFound);
        return;
    }
    if (method == QHttpServerRequest::Method::Get) {
        auto stored = m_store->voiceScript(id);
        if (!stored)
            responder.write(jsonError(QStringLiteral("storage failure")), "application/json",
                            StatusCode::InternalServerError);
        else if (!stored.value())
            responder.write(jsonError(QStringLiteral("no such voice script")), "application/json",
                            StatusCode::NotFound);
        else
            responder.write(*stored.value(), "application/json", StatusCode::Ok);
        return;
    }
    const QByteArray body = request.body();
    if (body.size() > m_config.maxBodyBytes) {
        responder.write(jsonError(QStringLiteral("body too large")), "application/json",
                        StatusCode::PayloadTooLarge);
        return;
    }
    auto json = RelayVoice::scriptToStore(id, body);
    if (!json) {
        responder.write(jsonError(json.error()), "application/json", StatusCode::BadRequest);
        return;
    }
    // Stored on the writer thread, in order with the event batches; 204 once committed.
    const quint64 requestId = m_nextScriptWrite++;
    auto write = std::unique_ptr<ScriptWrite>(new ScriptWrite{std::move(responder), nullptr});
    write->socket = write->responder.socket();
    m_scriptWrites.emplace(requestId, std::move(write));
    RelayEventWriter *writer = m_writer;
    QMetaObject::invokeMethod(writer, [writer, requestId, id, json = json.value()] {
        writer->storeVoiceScript(requestId, id, json);
    });
}

void RelayServer::onVoiceScriptStored(quint64 requestId, const QString &error)
{
    auto it = m_scriptWrites.find(requestId);
    if (it == m_scriptWrites.end())
        return;
    std::unique_ptr<ScriptWrite> write = std::move(it->second);
    m_scriptWrites.erase(it);
    if (!error.isEmpty())
        qCWarning(lcRelay) << "voice script not stored:" << error;
    if (write->socket) {
        if (error.isEmpty())
            write->responder.write(StatusCode::NoContent);
        else
            write->responder.write(jsonError(QStringLiteral("storage failure")), "application/json",
                                   StatusCode::InternalServerError);
    }
    finishDrainIfIdle();
}

void RelayServer::enqueue(RelayEvent event, QHttpServerResponder &&responder, Answer answer)
{
    auto pending = std::unique_ptr<Pending>(
        new Pending{std::move(event), std::move(responder), nullptr, std::move(answer)});
    pending->socket = pending->responder.socket();
    pending->event.receivedAt = QDateTime::currentDateTimeUtc();
    m_pending.push_back(std::move(pending));
    // While a batch is being committed, new webhooks simply queue up: they form the next
    // batch as soon as the writer is done (that is where the group commit gains).
    if (!m_inFlight.empty())
        return;
    if (m_pending.size() >= std::size_t(qMax(1, m_config.maxBatchSize)))
        dispatchBatch();
    else if (!m_batchTimer->isActive())
        m_batchTimer->start();
}

void RelayServer::flush()
{
    m_drainRequested = true;
    m_batchTimer->stop();
    if (m_inFlight.empty() && !m_pending.empty())
        dispatchBatch();
    if (m_inFlight.empty() && m_scriptWrites.empty())
        QMetaObject::invokeMethod(this, &RelayServer::drained, Qt::QueuedConnection);
}

void RelayServer::finishDrainIfIdle()
{
    if (m_drainRequested && m_inFlight.empty() && m_pending.empty() && m_scriptWrites.empty())
        Q_EMIT drained();
}

void RelayServer::dispatchBatch()
{
    m_batchTimer->stop();
    if (!m_inFlight.empty() || m_pending.empty() || !m_writer)
        return;
    const std::size_t count
        = std::min(m_pending.size(), std::size_t(qMax(1, m_config.maxBatchSize)));
    m_inFlight.assign(std::make_move_iterator(m_pending.begin()),
                      std::make_move_iterator(m_pending.begin() + std::ptrdiff_t(count)));
    m_pending.erase(m_pending.begin(), m_pending.begin() + std::ptrdiff_t(count));
    QList<RelayEvent> events;
    events.reserve(qsizetype(count));
    for (const auto &pending : m_inFlight)
        events.append(pending->event);
    m_inFlightBatch = m_nextBatchId++;
    const quint64 batchId = m_inFlightBatch;
    RelayEventWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, batchId, events = std::move(events)] { writer->commit(batchId, events); });
}

void RelayServer::onBatchCommitted(const RelayBatchOutcome &outcome)
{
    if (outcome.batchId != m_inFlightBatch || m_inFlight.empty())
        return;
    std::vector<std::unique_ptr<Pending>> batch;
    batch.swap(m_inFlight);
    if (!outcome.ok() || outcome.fresh.size() != qsizetype(batch.size())) {
        // Nothing of the batch was kept: Twilio retries on 5xx.
        qCWarning(lcRelay) << "batch of" << batch.size() << "events not stored:" << outcome.error;
        for (const auto &pending : batch) {
            if (pending->socket)
                pending->responder.write(jsonError(QStringLiteral("storage failure")),
                                         "application/json", StatusCode::InternalServerError);
        }
    } else {
        int fresh = 0;
        for (qsizetype i = 0; i < outcome.events.size(); ++i) {
            if (outcome.fresh.at(i)) {
                ++fresh;
                m_lastId = qMax(m_lastId, outcome.events.at(i).id);
            }
        }
        m_eventCount += fresh;
        for (std::size_t i = 0; i < batch.size(); ++i) {
            const auto &pending = batch.at(i);
            if (!pending->socket) {
                // The caller hung up; the event is stored and a Twilio retry is a duplicate.
                qCDebug(lcRelay) << "webhook caller disconnected before its answer";
                continue;
            }
            if (pending->answer)
                pending->answer(pending->responder, outcome.events.at(qsizetype(i)));
            else if (pending->event.kind == RelayEvent::Kind::InboundMessage)
                pending->responder.write(kEmptyTwiml, "text/xml", StatusCode::Ok);
            else
                pending->responder.write(StatusCode::NoContent);
        }
        if (fresh > 0) {
            Q_EMIT batchCommitted(fresh, m_lastId);
            wakeWaiters();
        }
    }
    if (!m_pending.empty())
        dispatchBatch();
    else
        finishDrainIfIdle();
}

bool RelayServer::isAuthorized(const QHttpServerRequest &request) const
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer "))
        return false;
    // Comparing digests keeps the comparison constant-time regardless of token lengths, and
    // every configured token is checked so timing does not reveal which one matched.
    const QByteArray presented
        = QCryptographicHash::hash(header.mid(7).trimmed(), QCryptographicHash::Sha256);
    bool match = false;
    for (const QByteArray &token : m_config.consoleTokens) {
        if (token.isEmpty())
            continue;
        const QByteArray expected = QCryptographicHash::hash(token, QCryptographicHash::Sha256);
        match |= Twilio::RequestSignature::constantTimeEquals(presented, expected);
    }
    return match;
}

void RelayServer::handleFeed(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    if (request.method() != QHttpServerRequest::Method::Get) {
        responder.write(jsonError(QStringLiteral("method not allowed")),
                        {{"Content-Type", "application/json"}, {"Allow", "GET"}},
                        StatusCode::MethodNotAllowed);
        return;
    }
    if (!isAuthorized(request)) {
        responder.write(jsonError(QStringLiteral("unauthorized")),
                        {{"Content-Type", "application/json"}, {"WWW-Authenticate", "Bearer"}},
                        StatusCode::Unauthorized);
        return;
    }
    const QUrlQuery query = request.query();
    auto number = [&query](const QString &key, qint64 fallback, bool *ok) {
        const QString text = query.queryItemValue(key);
        if (text.isEmpty())
            return fallback;
        bool valid = false;
        const qint64 value = text.toLongLong(&valid);
        if (!valid || value < 0)
            *ok = false;
        return value;
    };
    bool ok = true;
    const qint64 after = number(QStringLiteral("after"), 0, &ok);
    const qint64 limit = number(QStringLiteral("limit"), kDefaultFeedLimit, &ok);
    const qint64 wait = number(QStringLiteral("wait"), 0, &ok);
    if (!ok || wait > kMaxWaitSeconds) {
        responder.write(jsonError(QStringLiteral("bad after/limit/wait")), "application/json",
                        StatusCode::BadRequest);
        return;
    }
    const int boundedLimit = int(qBound(qint64(1), limit, qint64(kMaxFeedLimit)));
    if (after > m_lastId) {
        // The writer thread may have committed a batch whose completion this thread has not
        // handled yet (a reader sees it at once): ask the store before calling it a reset.
        if (auto stored = m_store->lastId(); stored)
            m_lastId = qMax(m_lastId, stored.value());
    }
    if (after > m_lastId) {
        // The console has seen ids this store never issued: the store was replaced or
        // restored. Start it again from the beginning instead of waiting for ids to catch up.
        auto fromStart = m_store->eventsAfter(0, boundedLimit);
        if (fromStart) {
            const qint64 cursor
                = fromStart.value().isEmpty() ? 0 : fromStart.value().constLast().id;
            responder.write(feedBody(fromStart.value(), cursor, true), "application/json");
            return;
        }
    }
    auto events = m_store->eventsAfter(after, boundedLimit);
    if (!events) {
        responder.write(jsonError(QStringLiteral("storage failure")), "application/json",
                        StatusCode::InternalServerError);
        return;
    }
    if (!events.value().isEmpty() || wait == 0) {
        const qint64 cursor = events.value().isEmpty() ? after : events.value().constLast().id;
        responder.write(feedBody(events.value(), cursor), "application/json");
        return;
    }
    if (m_waiters.size() >= kMaxWaiters) {
        responder.write(jsonError(QStringLiteral("too many waiting consoles")), "application/json",
                        StatusCode::ServiceUnavailable);
        return;
    }
    // Long poll: hold the responder until an event arrives or the wait runs out.
    const quint64 id = m_nextWaiterId++;
    auto waiter = std::unique_ptr<Waiter>(
        new Waiter{std::move(responder), nullptr, after, boundedLimit, new QTimer(this)});
    waiter->socket = waiter->responder.socket();
    waiter->timer->setSingleShot(true);
    connect(waiter->timer, &QTimer::timeout, this, [this, id] { answerWaiter(id, true); });
    waiter->timer->start(int(wait) * 1000);
    m_waiters.emplace(id, std::move(waiter));
}

void RelayServer::wakeWaiters()
{
    std::vector<quint64> ready;
    for (const auto &[id, waiter] : m_waiters) {
        if (waiter->after < m_lastId || !waiter->socket)
            ready.push_back(id);
    }
    for (quint64 id : ready)
        answerWaiter(id, false);
}

void RelayServer::answerWaiter(quint64 id, bool timedOut)
{
    auto it = m_waiters.find(id);
    if (it == m_waiters.end())
        return;
    std::unique_ptr<Waiter> waiter = std::move(it->second);
    m_waiters.erase(it);
    waiter->timer->deleteLater();
    if (!waiter->socket) {
        qCDebug(lcRelay) << "feed client disconnected during its long poll";
        return;
    }
    QList<RelayEvent> events;
    if (!timedOut) {
        auto fetched = m_store->eventsAfter(waiter->after, waiter->limit);
        if (fetched)
            events = fetched.value();
    }
    const qint64 cursor = events.isEmpty() ? waiter->after : events.constLast().id;
    waiter->responder.write(feedBody(events, cursor), "application/json");
}

void RelayServer::handleHealth(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    if (request.method() != QHttpServerRequest::Method::Get) {
        responder.write(jsonError(QStringLiteral("method not allowed")),
                        {{"Content-Type", "application/json"}, {"Allow", "GET"}},
                        StatusCode::MethodNotAllowed);
        return;
    }
    const QJsonObject health{{QStringLiteral("status"), QStringLiteral("ok")},
                             {QStringLiteral("events"), m_eventCount}};
    responder.write(QJsonDocument(health).toJson(QJsonDocument::Compact), "application/json");
}

} // namespace Vortex::Core::Relay
