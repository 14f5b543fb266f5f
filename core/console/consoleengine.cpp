// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "consoleengine.h"

#include "core/common/logging.h"
#include "core/paging/intakerequest.h"
#include "core/paging/pagingservice.h"
#include "core/paging/pagingstore.h"
#include "core/paging/twiliogateway.h"
#include "core/paging/voicescript.h"
#include "core/phone/phonenumbers.h"
#include "core/relay/relayfeedclient.h"
#include "core/store/messagestore.h"
#include "core/twilio/segments.h"
#include "core/twilio/twilioclient.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

namespace Vortex::Core {

namespace {

constexpr int RecentOnStart = 500;
constexpr int RecentFromTwilio = 50;
/// A test page that Twilio could not send within ten minutes is stale: better failed (30001)
/// than landing long after the operator gave up on it.
constexpr int TestPageValidityS = 600;
constexpr int ReconcileIntervalMs = 15000;
constexpr int ReconcileAfterS = 20;
constexpr int ReconcileWindowS = 2 * 3600;
constexpr int ReconcilePerRound = 20;
constexpr int RetryApplyMs = 2000;

MessageRecord toRecord(const Twilio::Message &m)
{
    MessageRecord r;
    r.sid = m.sid;
    r.direction = m.direction;
    r.from = m.from;
    r.to = m.to;
    r.body = m.body;
    r.status = m.status;
    r.errorCode = m.errorCode;
    r.errorMessage = m.errorMessage;
    r.numSegments = m.numSegments;
    r.price = m.price;
    r.priceUnit = m.priceUnit;
    r.dateCreated = m.dateCreated;
    r.dateUpdated = m.dateUpdated;
    r.dateSent = m.dateSent;
    return r;
}

MessageRecord toRecord(const Relay::RelayEvent &e)
{
    MessageRecord r;
    r.sid = e.messageSid;
    r.status = e.status;
    r.errorCode = e.errorCode.value_or(0);
    r.dateUpdated = e.receivedAt;
    if (e.kind == Relay::RelayEvent::Kind::InboundMessage) {
        r.direction = QStringLiteral("inbound");
        r.from = e.from;
        r.to = e.to;
        r.body = e.body;
        r.status = QStringLiteral("received");
        r.dateCreated = e.receivedAt;
        r.numSegments = Twilio::SmsSegments::count(e.body).segments;
    }
    return r;
}

/// A call-status callback as a row of the console's calls log (the first callback's time
/// stands for the creation time until Twilio's is known).
Store::CallRecord toCallRecord(const Relay::RelayEvent &e)
{
    Store::CallRecord r;
    r.sid = e.messageSid;
    r.direction = e.params.value(QStringLiteral("Direction")).toString();
    r.from = e.from;
    r.to = e.to;
    r.status = e.status;
    r.errorCode = e.errorCode.value_or(0);
    r.durationS = e.params.value(QStringLiteral("CallDuration")).toString().toInt();
    r.dateCreated = e.receivedAt;
    r.dateUpdated = e.receivedAt;
    return r;
}

} // namespace

struct ConsoleEngine::Private
{
    ConsoleEngineOptions options;
    std::unique_ptr<Store::MessageStore> store;
    Twilio::TwilioClient *client = nullptr;
    Relay::RelayFeedClient *feed = nullptr;
    QTimer *reconcileTimer = nullptr;
    Connectivity twilioState = Connectivity::Unknown;
    bool started = false;
    QSet<QString> fetching; ///< SIDs with a fetch in flight (reconcile, price refresh)
    Paging::PagingService *paging = nullptr;
    /// Test calls: created on the first one, polled until final (relay callbacks come first).
    Paging::TwilioGateway *testGateway = nullptr;
    QTimer *testCallTimer = nullptr;
    QHash<QString, QString> testCalls; ///< open test call SID → its last status
};

ConsoleEngine::ConsoleEngine(ConsoleEngineOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<MessageRecord>();
    qRegisterMetaType<QList<MessageRecord>>();
    qRegisterMetaType<ConnectivityState>();
    qRegisterMetaType<SendOutcome>();
    qRegisterMetaType<Paging::Incident>();
    qRegisterMetaType<QList<Paging::Incident>>();
    qRegisterMetaType<Paging::TimelineEntry>();
    qRegisterMetaType<QList<Paging::TimelineEntry>>();
    d->options = std::move(options);
}

ConsoleEngine::~ConsoleEngine() = default;

void ConsoleEngine::start()
{
    if (d->started)
        return;
    d->started = true;
    // Everything is created here, on the engine's own thread.
    QDir().mkpath(QFileInfo(d->options.databasePath).absolutePath());
    d->store = std::make_unique<Store::MessageStore>(d->options.databasePath);
    if (auto opened = d->store->open(); !opened) {
        qCWarning(lcConsole) << "message store unavailable:" << opened.error();
        d->store.reset();
        Q_EMIT twilioConnectivityChanged(
            {Connectivity::Offline,
             tr("The message store cannot be opened: %1").arg(opened.error()),
             QDateTime::currentDateTimeUtc()});
    } else if (auto recent = d->store->recent(RecentOnStart); recent) {
        Q_EMIT messagesLoaded(recent.value());
    }

    const Twilio::Credentials credentials
        = d->options.apiUsername.isEmpty() || d->options.apiUsername == d->options.accountSid
              ? Twilio::Credentials(d->options.accountSid, d->options.apiSecret)
              : Twilio::Credentials(d->options.accountSid, d->options.apiUsername,
                                    d->options.apiSecret);
    Twilio::Endpoints endpoints = Twilio::Endpoints::defaults();
    if (d->options.twilioApiBase.isValid())
        endpoints.setBase(Twilio::Endpoints::Product::Api, d->options.twilioApiBase);
    d->client = new Twilio::TwilioClient(credentials, endpoints, this);
    Q_EMIT twilioConnectivityChanged({Connectivity::Connecting,
                                      tr("Twilio at %1").arg(endpoints.api().host()),
                                      QDateTime::currentDateTimeUtc()});

    if (d->options.relayBase.isValid() && !d->options.relayToken.isEmpty()) {
        d->feed = new Relay::RelayFeedClient(d->options.relayBase, d->options.relayToken, this);
        connect(d->feed, &Relay::RelayFeedClient::eventsReceived, this,
                [this](const QList<Relay::RelayEvent> &events) {
                    if (d->started)
                        applyRelayEvents(events);
                });
        connect(d->feed, &Relay::RelayFeedClient::connectionChanged, this,
                [this](bool online, const QString &detail) {
                    Q_EMIT relayConnectivityChanged(
                        {online ? Connectivity::Online : Connectivity::Offline, detail,
                         QDateTime::currentDateTimeUtc()});
                });
        const qint64 cursor
            = d->store ? d->store->relayCursor().ok() ? d->store->relayCursor().value() : 0 : 0;
        Q_EMIT relayConnectivityChanged({Connectivity::Connecting, d->options.relayBase.toString(),
                                         QDateTime::currentDateTimeUtc()});
        d->feed->start(cursor);
    } else {
        Q_EMIT relayConnectivityChanged(
            {Connectivity::Offline, tr("No relay is configured: statuses are polled from Twilio."),
             QDateTime::currentDateTimeUtc()});
    }
    startPaging();

    // First contact with Twilio: the most recent page of the account's messages. It tells the
    // operator at once whether Twilio answers (and with these credentials), and catches up on
    // whatever changed while the console was closed.
    Twilio::MessageFilter recentFilter;
    recentFilter.pageSize = RecentFromTwilio;
    Twilio::MessagePageJob *probe = d->client->listMessagesPage(recentFilter);
    connect(probe, &Twilio::MessagePageJob::finished, this,
            [this](const Twilio::MessagePageResult &result) {
                if (!d->started)
                    return;
                noteTwilioResult(result.ok() ? nullptr : &result.error(), true);
                if (!result)
                    return;
                for (const Twilio::Message &message : result.value().messages)
                    applyRecord(toRecord(message));
            });
    probe->start();

    d->reconcileTimer = new QTimer(this);
    d->reconcileTimer->setInterval(ReconcileIntervalMs);
    connect(d->reconcileTimer, &QTimer::timeout, this, [this] { reconcile(); });
    d->reconcileTimer->start();
}

void ConsoleEngine::stop()
{
    if (d->paging) {
        d->paging->stop();
        d->paging->deleteLater();
    }
    d->paging = nullptr;
    // Everything start() made goes, so a later start() begins afresh and nothing still in
    // flight writes into a closed store.
    // stop() may run inside one of these objects' own signals (a slot of messageChanged), so
    // they go with deleteLater(); results still arriving are ignored (d->started is false).
    if (d->feed) {
        d->feed->stop();
        d->feed->deleteLater();
    }
    d->feed = nullptr;
    if (d->reconcileTimer) {
        d->reconcileTimer->stop();
        d->reconcileTimer->deleteLater();
    }
    d->reconcileTimer = nullptr;
    if (d->client)
        d->client->deleteLater(); // its jobs are its children and go with it
    d->client = nullptr;
    d->fetching.clear();
    if (d->testCallTimer)
        d->testCallTimer->deleteLater();
    d->testCallTimer = nullptr;
    if (d->testGateway)
        d->testGateway->deleteLater();
    d->testGateway = nullptr;
    d->testCalls.clear();
    if (d->store)
        d->store->close();
    d->store.reset();
    d->started = false;
}

void ConsoleEngine::sendTestPage(quint64 requestId, const QString &to, const QString &body)
{
    sendTestMessage(requestId, to, body, false);
}

void ConsoleEngine::sendTestWhatsApp(quint64 requestId, const QString &to, const QString &text)
{
    sendTestMessage(requestId, to, text, true);
}

void ConsoleEngine::sendTestMessage(quint64 requestId, const QString &to, const QString &body,
                                    bool whatsApp)
{
    auto refuse = [this, requestId](const QString &why) {
        SendOutcome outcome;
        outcome.requestId = requestId;
        outcome.errorText = why;
        Q_EMIT testPageFinished(outcome);
    };
    PhoneNumber number;
    if (!PhoneNumbers::parseE164(to.trimmed(), &number))
        return refuse(
            tr("%1 is not a valid phone number in international format (+44…).").arg(to.trimmed()));
    if (body.trimmed().isEmpty())
        return refuse(tr("The message is empty."));
    if (body.size() > Twilio::SmsSegments::MaxBodyLength)
        return refuse(tr("The message is longer than Twilio's 1600-character limit."));
    if (d->options.fromNumber.isEmpty())
        return refuse(tr("No sender number is configured."));
    if (!d->client)
        return refuse(tr("The console is not connected yet."));

    Twilio::CreateMessageRequest request;
    const QString channelPrefix = whatsApp ? QStringLiteral("whatsapp:") : QString();
    request.to = channelPrefix + number.e164;
    request.from = channelPrefix + d->options.fromNumber;
    request.body = body;
    request.statusCallback = d->options.statusCallbackUrl;
    request.validityPeriodSeconds = TestPageValidityS;
    qCInfo(lcConsole) << "sending test page to" << PhoneNumbers::masked(number.e164);
    Twilio::MessageJob *job = d->client->createMessage(request);
    connect(job, &Twilio::MessageJob::finished, this,
            [this, requestId](const Twilio::MessageResult &result) {
                if (!d->started)
                    return;
                SendOutcome outcome;
                outcome.requestId = requestId;
                noteTwilioResult(result.ok() ? nullptr : &result.error());
                if (!result) {
                    outcome.twilioCode = result.error().code;
                    outcome.errorText = result.error().description();
                    if (result.error().kind == Twilio::TwilioError::Kind::Parse)
                        outcome.errorText = tr("Twilio answered, but its answer could not be "
                                               "read: the page may have been sent. Check the "
                                               "message log before sending again.");
                    else if (result.error().kind == Twilio::TwilioError::Kind::Timeout)
                        outcome.errorText = tr("%1 Twilio may have received the page; it was not "
                                               "sent again to avoid a duplicate.")
                                                .arg(result.error().description());
                    Q_EMIT testPageFinished(outcome);
                    return;
                }
                outcome.ok = true;
                outcome.sid = result.value().sid;
                applyRecord(toRecord(result.value()));
                Q_EMIT testPageFinished(outcome);
            });
    job->start();
}

void ConsoleEngine::applyRelayEvents(const QList<Relay::RelayEvent> &events)
{
    QList<MessageRecord> records;
    QList<Store::CallRecord> calls; // for the log; intake and gather events are not traffic
    qint64 last = 0;
    for (const Relay::RelayEvent &event : events) {
        last = std::max(last, event.id);
        if (event.messageSid.isEmpty())
            continue;
        // Calls are not messages: their statuses do not fit the message ranks (and the paging
        // engine follows its own calls). Only the console's test calls are followed here.
        if (event.kind == Relay::RelayEvent::Kind::CallStatus
            || event.kind == Relay::RelayEvent::Kind::VoiceGather) {
            if (event.kind == Relay::RelayEvent::Kind::CallStatus) {
                noteTestCall(event.messageSid, event.status, event.errorCode.value_or(0));
                calls.append(toCallRecord(event));
            }
            continue;
        }
        records.append(toRecord(event));
    }
    if (!d->store) {
        for (const MessageRecord &record : records)
            Q_EMIT messageChanged(record);
        return;
    }
    // The records and the cursor are stored together; if that fails nothing is lost: the feed
    // starts again from the stored cursor a little later and the relay serves the events again.
    auto applied = d->store->applyRelayBatch(records, calls, last);
    if (!applied) {
        qCWarning(lcConsole) << "relay events not stored, will fetch them again:"
                             << applied.error();
        const qint64 cursor = d->store->relayCursor().ok() ? d->store->relayCursor().value() : 0;
        d->feed->stop();
        QPointer<Relay::RelayFeedClient> feed = d->feed;
        QTimer::singleShot(RetryApplyMs, this, [feed, cursor] {
            if (feed)
                feed->start(cursor);
        });
        return;
    }
    for (const Store::UpsertOutcome &outcome : applied.value().messages)
        announce(outcome);
}

void ConsoleEngine::applyRecord(const MessageRecord &record)
{
    if (!d->store) {
        Q_EMIT messageChanged(record);
        return;
    }
    auto outcome = d->store->upsert(record);
    if (!outcome) {
        qCWarning(lcConsole) << "message not stored:" << outcome.error();
        return;
    }
    announce(outcome.value());
}

void ConsoleEngine::announce(const Store::UpsertOutcome &outcome)
{
    if (!outcome.changed)
        return;
    Q_EMIT messageChanged(outcome.record);
    // Status callbacks carry no price: once a message we sent is final, fetch it once from
    // Twilio for the price and the dates (the console's cost figures depend on them).
    const MessageRecord &stored = outcome.record;
    if (stored.isFinal() && stored.price.isEmpty() && stored.direction.startsWith(u"outbound"))
        fetchFromTwilio(stored.sid);
}

void ConsoleEngine::fetchFromTwilio(const QString &sid)
{
    if (!d->client || d->fetching.contains(sid))
        return;
    d->fetching.insert(sid);
    Twilio::MessageJob *job = d->client->fetchMessage(sid);
    connect(job, &Twilio::MessageJob::finished, this,
            [this, sid](const Twilio::MessageResult &result) {
                if (!d->started)
                    return;
                d->fetching.remove(sid);
                noteTwilioResult(result.ok() ? nullptr : &result.error());
                if (result)
                    applyRecord(toRecord(result.value()));
            });
    job->start();
}

void ConsoleEngine::reconcile()
{
    // Callbacks can be lost (relay down, network); a message still open after a while is
    // fetched from Twilio so the console converges anyway. Bounded: a few per round, never two
    // fetches of one message at once.
    if (!d->store || !d->client)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto pending = d->store->pending(now.addSecs(-ReconcileWindowS), ReconcilePerRound);
    if (!pending)
        return;
    for (const MessageRecord &record : pending.value()) {
        if (record.dateCreated.isValid() && record.dateCreated.secsTo(now) < ReconcileAfterS)
            continue;
        fetchFromTwilio(record.sid);
    }
}

void ConsoleEngine::noteTwilioResult(const Twilio::TwilioError *error, bool force)
{
    Connectivity state = Connectivity::Online;
    QString detail = tr("Twilio answered at %1").arg(d->client->endpoints().api().host());
    if (error) {
        switch (error->kind) {
        case Twilio::TwilioError::Kind::Network:
        case Twilio::TwilioError::Kind::Timeout:
            state = Connectivity::Offline;
            break;
        case Twilio::TwilioError::Kind::Api:
        case Twilio::TwilioError::Kind::Http:
            state = error->isTransient() || error->httpStatus == 401 ? Connectivity::Degraded
                                                                     : Connectivity::Online;
            break;
        default:
            state = Connectivity::Degraded;
        }
        detail = error->description();
    }
    if (!force && state == d->twilioState && state == Connectivity::Online)
        return;
    d->twilioState = state;
    Q_EMIT twilioConnectivityChanged({state, detail, QDateTime::currentDateTimeUtc()});
}

void ConsoleEngine::startPaging()
{
    if (d->options.pagingDatabasePath.isEmpty())
        return;
    QDir().mkpath(QFileInfo(d->options.pagingDatabasePath).absolutePath());
    Paging::PagingServiceOptions options;
    options.databasePath = d->options.pagingDatabasePath;
    options.configPath = d->options.pagingConfigPath;
    options.configSeedsEmptyStoreOnly = d->options.pagingConfigSeedsOnly;
    options.twilioApiBase = d->options.twilioApiBase;
    options.accountSid = d->options.accountSid;
    options.apiUsername = d->options.apiUsername;
    options.apiSecret = d->options.apiSecret;
    options.relayBase = d->options.relayBase;
    options.relayToken = d->options.relayToken;
    options.clockSpeed = d->options.pagingClockSpeed;
    // Twilio reaches the relay where the status callbacks go: the callback URL minus its path.
    QUrl publicUrl = d->options.statusCallbackUrl;
    const QString suffix = QStringLiteral("/twilio/messages/status");
    if (publicUrl.path().endsWith(suffix))
        publicUrl.setPath(publicUrl.path().chopped(suffix.size()));
    options.relayPublicUrl = publicUrl;
    d->paging = new Paging::PagingService(options, this);
    if (auto started = d->paging->start(); !started) {
        qCWarning(lcConsole) << "paging engine unavailable:" << started.error();
        d->paging->deleteLater();
        d->paging = nullptr;
        Q_EMIT pagingUnavailable(tr("The paging engine could not start: %1").arg(started.error()));
        return;
    }
    Paging::PagingEngine *engine = d->paging->engine();
    connect(engine, &Paging::PagingEngine::incidentChanged, this, &ConsoleEngine::incidentChanged);
    connect(engine, &Paging::PagingEngine::timelineAppended, this,
            &ConsoleEngine::timelineAppended);
    connect(engine, &Paging::PagingEngine::storeError, this, &ConsoleEngine::pagingUnavailable);
    auto recent = d->paging->store()->recentIncidents(RecentOnStart);
    Q_EMIT incidentsLoaded(recent ? recent.value() : QList<Paging::Incident>{});
}

void ConsoleEngine::raiseIncident(quint64 requestId, int severity, const QString &title,
                                  const QString &summary, const QString &link,
                                  const QString &runbook)
{
    if (!d->paging) {
        Q_EMIT incidentActionFinished(requestId, false, tr("The paging engine is not running."));
        return;
    }
    Paging::IntakeRequest request;
    request.action = Paging::IntakeRequest::Action::Raise;
    request.severity = Paging::Severity(std::clamp(severity, 1, 4));
    request.title = title.trimmed();
    request.summary = summary.trimmed();
    request.link = link.trimmed();
    request.runbook = runbook.trimmed();
    request.source = QStringLiteral("console");
    request.actor = QStringLiteral("console");
    request.dedupKey
        = QStringLiteral("console-%1-%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(requestId);
    if (const QString problem = request.validate(); !problem.isEmpty()) {
        Q_EMIT incidentActionFinished(requestId, false, problem);
        return;
    }
    auto raised = d->paging->engine()->applyIntake(request, QStringLiteral("console"));
    Q_EMIT incidentActionFinished(requestId, raised.ok(),
                                  raised ? tr("Incident #%1 raised.").arg(raised->code)
                                         : raised.error());
}

void ConsoleEngine::incidentAction(quint64 requestId, qint64 incidentId, const QString &action,
                                   int minutes)
{
    if (!d->paging) {
        Q_EMIT incidentActionFinished(requestId, false, tr("The paging engine is not running."));
        return;
    }
    Paging::PagingEngine *engine = d->paging->engine();
    const QString actor = QStringLiteral("console");
    Result<Paging::Incident, QString> result = fail(tr("Unknown action %1.").arg(action));
    if (action == QLatin1String("acknowledge"))
        result = engine->acknowledge(incidentId, actor);
    else if (action == QLatin1String("resolve"))
        result = engine->resolve(incidentId, actor);
    else if (action == QLatin1String("snooze"))
        result = engine->snooze(incidentId, minutes, actor);
    else if (action == QLatin1String("escalate"))
        result = engine->escalateNow(incidentId, actor);
    Q_EMIT incidentActionFinished(requestId, result.ok(), result ? QString() : result.error());
}

void ConsoleEngine::loadTimeline(qint64 incidentId)
{
    if (!d->paging)
        return;
    auto entries = d->paging->store()->timeline(incidentId);
    Q_EMIT timelineLoaded(incidentId, entries ? entries.value() : QList<Paging::TimelineEntry>{});
}

// --- Test calls -------------------------------------------------------------------------------

namespace {

constexpr int TestCallPollMs = 3000;

} // namespace

void ConsoleEngine::sendTestCall(quint64 requestId, const QString &to, const QString &text)
{
    auto refuse = [this, requestId](const QString &why) {
        SendOutcome outcome;
        outcome.requestId = requestId;
        outcome.errorText = why;
        Q_EMIT testPageFinished(outcome);
    };
    PhoneNumber number;
    if (!PhoneNumbers::parseE164(to.trimmed(), &number))
        return refuse(
            tr("%1 is not a valid phone number in international format (+44…).").arg(to.trimmed()));
    if (text.trimmed().isEmpty())
        return refuse(tr("The message is empty."));
    if (text.size() > 3000)
        return refuse(tr("The text is too long to be read out in a call (3000 characters)."));
    if (d->options.fromNumber.isEmpty())
        return refuse(tr("No sender number is configured."));
    if (!d->client)
        return refuse(tr("The console is not connected yet."));
    // Twilio fetches what to say from the relay: without one there is nothing to answer with.
    if (!d->options.relayBase.isValid() || d->options.relayToken.isEmpty()
        || !d->options.statusCallbackUrl.isValid())
        return refuse(tr("Test calls need the relay: configure its URL and token."));

    if (!d->testGateway) {
        QUrl publicUrl = d->options.statusCallbackUrl;
        const QString suffix = QStringLiteral("/twilio/messages/status");
        if (publicUrl.path().endsWith(suffix))
            publicUrl.setPath(publicUrl.path().chopped(suffix.size()));
        auto joined = [publicUrl](const QString &path) {
            QUrl url = publicUrl;
            QString prefix = url.path();
            while (prefix.endsWith(QLatin1Char('/')))
                prefix.chop(1);
            url.setPath(prefix + path);
            return url;
        };
        Paging::TwilioGatewayOptions options;
        options.messageStatusCallback = d->options.statusCallbackUrl;
        options.callStatusCallback = joined(QStringLiteral("/twilio/calls/status"));
        options.voiceAnswerUrl = joined(QStringLiteral("/twilio/voice/answer"));
        options.relayBase = d->options.relayBase;
        options.relayToken = d->options.relayToken;
        options.machineDetection = false; // a test call speaks to whoever answers
        d->testGateway = new Paging::TwilioGateway(d->client, options, this);
    }

    Paging::VoiceScript script;
    script.id = QStringLiteral("test-%1-%2")
                    .arg(requestId)
                    .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    script.prompt = text.trimmed();
    script.invalidKey = tr("This is a test call. No key is needed.");
    script.noInput = tr("This was a test call from the Vortex Alert Console. Goodbye.");

    Paging::Delivery delivery;
    delivery.channel = Paging::Channel::Voice;
    delivery.to = number.e164;
    delivery.sender = {Paging::SenderKind::LongCode, d->options.fromNumber};
    delivery.body = script.id;
    qCInfo(lcConsole) << "placing test call to" << PhoneNumbers::masked(number.e164);
    QPointer<Paging::TwilioGateway> gateway = d->testGateway;
    gateway->publishVoiceScript(
        script, [this, gateway, delivery, requestId, refuse](const QString &error) {
            if (!d->started || !gateway)
                return;
            if (!error.isEmpty())
                return refuse(tr("The relay did not take the call's script: %1").arg(error));
            gateway->submit(delivery, [this, requestId](const Paging::SubmitResult &result) {
                if (!d->started)
                    return;
                SendOutcome outcome;
                outcome.requestId = requestId;
                if (!result.accepted) {
                    outcome.twilioCode = result.errorCode.value_or(0);
                    outcome.errorText = result.errorMessage;
                    if (result.ambiguous)
                        outcome.errorText = tr("Twilio may have placed the call; it was not placed "
                                               "again to avoid a duplicate.");
                    Q_EMIT testPageFinished(outcome);
                    return;
                }
                outcome.ok = true;
                outcome.sid = result.accepted->sid;
                Q_EMIT testPageFinished(outcome);
                d->testCalls.insert(outcome.sid, QString());
                noteTestCall(outcome.sid, result.accepted->status, 0);
                if (!d->testCallTimer) {
                    d->testCallTimer = new QTimer(this);
                    d->testCallTimer->setInterval(TestCallPollMs);
                    connect(d->testCallTimer, &QTimer::timeout, this, [this] { pollTestCalls(); });
                }
                d->testCallTimer->start();
            });
        });
}

void ConsoleEngine::noteTestCall(const QString &sid, const QString &status, int errorCode)
{
    const auto it = d->testCalls.find(sid);
    if (it == d->testCalls.end()
        || Store::callStatusRank(status) <= Store::callStatusRank(it.value()))
        return;
    it.value() = status;
    MessageRecord call;
    call.sid = sid;
    call.direction = QStringLiteral("outbound-api");
    call.status = status;
    call.errorCode = errorCode;
    call.dateUpdated = QDateTime::currentDateTimeUtc();
    if (Store::callStatusRank(status) >= Store::callStatusRank(QStringLiteral("completed")))
        d->testCalls.erase(it);
    Q_EMIT testCallChanged(call);
    if (d->testCalls.isEmpty() && d->testCallTimer)
        d->testCallTimer->stop();
}

void ConsoleEngine::pollTestCalls()
{
    // Callbacks may never come (relay down): the open test calls are fetched from Twilio.
    if (!d->testGateway)
        return;
    const QStringList open = d->testCalls.keys();
    for (const QString &sid : open) {
        d->testGateway->fetch(
            Paging::Channel::Voice, sid, [this, sid](std::optional<Paging::StatusReport> report) {
                if (d->started && report)
                    noteTestCall(sid, report->status, report->errorCode.value_or(0));
            });
    }
}

} // namespace Vortex::Core
