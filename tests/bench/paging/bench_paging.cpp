// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The paging engine's acceptance figures (issue 4):
//  1. status events applied per second (goal >= 10,000/s): relay feed pages of message statuses
//     (in order, duplicated and out of order) applied to a SQLite store with open pages;
//  2. the lag from an inbound "ACK <code>" reaching the relay to the incident's state change in
//     the engine (goal p99 < 250 ms): twin -> signed webhook -> relay (own thread, durable) ->
//     long-poll feed -> engine.
// Exit status 0 only when both goals hold. Usage: bench_paging [--deliveries N] [--acks N]
#include "core/common/eventclock.h"
#include "core/paging/intakerequest.h"
#include "core/paging/pagingengine.h"
#include "core/paging/pagingjson.h"
#include "core/paging/pagingservice.h"
#include "core/paging/sqlitepagingstore.h"
#include "core/paging/twiliogateway.h"
#include "core/relay/relayevent.h"
#include "core/relay/relayserver.h"
#include "core/twilio/twilioclient.h"
#include "core/twin/twinserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Vortex::Core;
using namespace Vortex::Core::Paging;

namespace {

constexpr double GoalEventsPerSecond = 10000;
constexpr double GoalAckP99Ms = 250;
const char *const Alice = "+447400123457";
const char *const Sender = "+447400123456";

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    }
    return true;
}

Twin::TwinConfig calmTwin()
{
    Twin::TwinConfig config = Twin::TwinConfig::defaults();
    for (auto it = config.countries.begin(); it != config.countries.end(); ++it) {
        it->failed = 0;
        it->filtered = 0;
        it->undelivered = 0;
    }
    return config;
}

QByteArray pagingConfig()
{
    const QJsonObject route{
        {QStringLiteral("region"), QStringLiteral("*")},
        {QStringLiteral("senders"),
         QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("long_code")},
                                {QStringLiteral("address"), QString::fromLatin1(Sender)}}}}};
    const QJsonObject alice{
        {QStringLiteral("id"), QStringLiteral("alice")},
        {QStringLiteral("name"), QStringLiteral("Alice")},
        {QStringLiteral("smsNumber"), QString::fromLatin1(Alice)},
        {QStringLiteral("routing"),
         QJsonObject{{QStringLiteral("channelOrder"), QJsonArray{QStringLiteral("sms")}},
                     {QStringLiteral("senders"), QJsonArray{route}}}}};
    const QJsonObject policy{
        {QStringLiteral("id"), QStringLiteral("ops")},
        {QStringLiteral("name"), QStringLiteral("Operations")},
        {QStringLiteral("tiers"),
         QJsonArray{QJsonObject{{QStringLiteral("recipients"), QJsonArray{QStringLiteral("alice")}},
                                {QStringLiteral("waitMinutes"), 60}}}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("defaultPolicy"), QStringLiteral("ops")},
                                     {QStringLiteral("recipients"), QJsonArray{alice}},
                                     {QStringLiteral("policies"), QJsonArray{policy}}})
        .toJson();
}

/// Part 1: statuses per second.
double statusThroughput(const QString &dir, int deliveries)
{
    Twin::TwinServer twin(calmTwin());
    twin.listen();
    SqlitePagingStore store(dir + QStringLiteral("/status.sqlite"));
    if (!store.open())
        return 0;
    auto config = PagingConfig::fromJson(pagingConfig());
    if (!config || !config->saveTo(store))
        return 0;
    Twilio::TwilioClient client(
        Twilio::Credentials(twin.context().config->accountSid, twin.context().config->authToken),
        Twilio::Endpoints::forAll(twin.baseUrl()));
    TwilioGateway gateway(&client, {});
    EventClock clock;
    clock.setMode(EventClock::Mode::Manual);
    PagingEngine engine(&store, &clock, &gateway, {});
    engine.start();

    // Incidents acknowledged up front, so that statuses only record (no escalation work).
    QList<qint64> incidents;
    for (int i = 0; i < 100; ++i) {
        Incident incident;
        incident.code = QString::number(i + 1);
        incident.severity = Severity::Sev2;
        incident.title = QStringLiteral("Bench incident %1").arg(i);
        incident.state = IncidentState::Acknowledged;
        incident.createdAt = clock.now();
        incident.updatedAt = incident.createdAt;
        store.insertIncident(incident);
        incidents.append(incident.id);
    }
    constexpr int Wave = 500; // pages in flight at once
    qint64 nextEventId = 1;
    qint64 events = 0;
    qint64 elapsedNs = 0;
    for (int first = 0; first < deliveries; first += Wave) {
        QList<QString> sids;
        store.begin();
        for (int i = first; i < std::min(deliveries, first + Wave); ++i) {
            Delivery delivery;
            delivery.incidentIds = {incidents.at(i % incidents.size())};
            delivery.recipientId = QStringLiteral("alice");
            delivery.to = QString::fromLatin1(Alice);
            delivery.sender = {SenderKind::LongCode, QString::fromLatin1(Sender)};
            delivery.body = QStringLiteral("bench");
            delivery.state = DeliveryState::Submitted;
            delivery.createdAt = clock.now();
            delivery.submittedAt = clock.now();
            delivery.sid = QStringLiteral("SM%1").arg(i, 32, 16, QLatin1Char('0'));
            delivery.status = QStringLiteral("queued");
            store.insertDelivery(delivery);
            sids.append(delivery.sid);
        }
        store.commit();
        // What the feed serves: each page's statuses, one duplicate and one late "sent".
        QList<Relay::RelayEvent> feed;
        for (const QString &status :
             {QStringLiteral("sending"), QStringLiteral("sent"), QStringLiteral("delivered"),
              QStringLiteral("delivered"), QStringLiteral("sent")}) {
            for (const QString &sid : sids) {
                Relay::RelayEvent event;
                event.id = nextEventId++;
                event.kind = Relay::RelayEvent::Kind::MessageStatus;
                event.messageSid = sid;
                event.status = status;
                feed.append(event);
            }
        }
        QElapsedTimer timer;
        timer.start();
        for (qsizetype at = 0; at < feed.size(); at += 500) {
            auto applied = engine.applyRelayEvents(feed.mid(at, 500));
            if (!applied) {
                print(QStringLiteral("apply failed: %1").arg(applied.error()));
                return 0;
            }
        }
        elapsedNs += timer.nsecsElapsed();
        events += feed.size();
    }
    auto delivered = store.openDeliveries();
    if (!delivered || !delivered->isEmpty()) {
        print(QStringLiteral("some pages did not reach delivered"));
        return 0;
    }
    const double perSecond = double(events) / (double(elapsedNs) / 1e9);
    print(QStringLiteral("status events applied: %1 in %2 ms -> %3 events/s (goal >= %4)")
              .arg(events)
              .arg(double(elapsedNs) / 1e6, 0, 'f', 1)
              .arg(perSecond, 0, 'f', 0)
              .arg(GoalEventsPerSecond, 0, 'f', 0));
    return perSecond;
}

/// Part 2: ACK at the relay -> state change in the engine.
double ackLagP99(const QString &dir, int acks)
{
    Twin::TwinConfig twinConfig = calmTwin();
    Twin::TwinServer twin(twinConfig);
    twin.listen();

    QThread relayThread;
    relayThread.start();
    QObject relayHost;
    relayHost.moveToThread(&relayThread);
    Relay::RelayServer *relay = nullptr;
    quint16 relayPort = 0;
    QMetaObject::invokeMethod(
        &relayHost,
        [&] {
            Relay::RelayConfig config;
            config.twilioAuthToken = twinConfig.authToken;
            config.consoleTokens = {QByteArrayLiteral("bench-console")};
            config.dataDirectory = dir + QStringLiteral("/relay");
            config.publicUrl = QUrl(QStringLiteral("http://127.0.0.1"));
            relay = new Relay::RelayServer(config);
            if (relay->start()) {
                relayPort = relay->port();
                relay->setPublicUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(relayPort)));
            }
        },
        Qt::BlockingQueuedConnection);
    const QUrl relayUrl(QStringLiteral("http://127.0.0.1:%1").arg(relayPort));
    twin.setInboundUrl(QString::fromLatin1(Sender),
                       relayUrl.toString() + QStringLiteral("/twilio/messages/inbound"));

    QFile configFile(dir + QStringLiteral("/paging.json"));
    configFile.open(QIODevice::WriteOnly);
    configFile.write(pagingConfig());
    configFile.close();
    PagingServiceOptions options;
    options.databasePath = dir + QStringLiteral("/ack.sqlite");
    options.configPath = configFile.fileName();
    options.twilioApiBase = twin.baseUrl();
    options.accountSid = twinConfig.accountSid;
    options.apiSecret = twinConfig.authToken;
    options.relayBase = relayUrl;
    options.relayToken = QByteArrayLiteral("bench-console");
    PagingService service(options);
    if (auto started = service.start(); !started) {
        print(QStringLiteral("service: %1").arg(started.error()));
        return 1e9;
    }
    qint64 ackedId = 0;
    QElapsedTimer lag;
    QList<double> lags;
    QObject::connect(
        service.engine(), &PagingEngine::incidentChanged, &service, [&](const Incident &incident) {
            if (incident.id == ackedId && incident.state == IncidentState::Acknowledged) {
                lags.append(double(lag.nsecsElapsed()) / 1e6);
                ackedId = 0;
            }
        });
    for (int i = 0; i < acks; ++i) {
        IntakeRequest raise;
        raise.action = IntakeRequest::Action::Raise;
        raise.severity = Severity::Sev2;
        raise.title = QStringLiteral("Bench incident %1").arg(i);
        raise.dedupKey = QStringLiteral("bench-%1").arg(i);
        auto incident = service.engine()->applyIntake(raise, QStringLiteral("bench"));
        if (!incident)
            return 1e9;
        // Wait until the page is at Twilio (only paged numbers may acknowledge).
        if (!spinUntil(
                [&] {
                    auto deliveries = service.store()->deliveriesForIncident(incident->id);
                    return deliveries && !deliveries->isEmpty()
                           && deliveries->first().state == DeliveryState::Submitted;
                },
                10000))
            return 1e9;
        ackedId = incident->id;
        lag.start();
        twin.injectInbound(QString::fromLatin1(Alice), QString::fromLatin1(Sender),
                           QStringLiteral("ACK %1").arg(incident->code));
        if (!spinUntil([&] { return ackedId == 0; }, 10000)) {
            print(QStringLiteral("ack %1 never arrived").arg(i));
            return 1e9;
        }
        service.engine()->resolve(incident->id, QStringLiteral("bench"));
    }
    service.stop();
    QMetaObject::invokeMethod(
        &relayHost, [&] { delete relay; }, Qt::BlockingQueuedConnection);
    relayThread.quit();
    relayThread.wait();

    std::sort(lags.begin(), lags.end());
    auto percentile = [&](double p) {
        return lags.at(std::min<qsizetype>(lags.size() - 1, qsizetype(p * double(lags.size()))));
    };
    const double p99 = percentile(0.99);
    print(QStringLiteral("ack lag over %1 acknowledgements: p50 %2 ms, p95 %3 ms, p99 %4 ms, max "
                         "%5 ms (goal p99 < %6 ms)")
              .arg(lags.size())
              .arg(percentile(0.5), 0, 'f', 1)
              .arg(percentile(0.95), 0, 'f', 1)
              .arg(p99, 0, 'f', 1)
              .arg(lags.last(), 0, 'f', 1)
              .arg(GoalAckP99Ms, 0, 'f', 0));
    return p99;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("vortex.*.info=false\nvortex.*.debug=false"));
    int deliveries = 20000;
    int acks = 200;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QStringLiteral("--deliveries"))
            deliveries = args.at(i + 1).toInt();
        if (args.at(i) == QStringLiteral("--acks"))
            acks = args.at(i + 1).toInt();
    }
    QTemporaryDir dir;
    const double perSecond = statusThroughput(dir.path(), deliveries);
    const double p99 = ackLagP99(dir.path(), acks);
    const bool ok = perSecond >= GoalEventsPerSecond && p99 < GoalAckP99Ms;
    print(ok ? QStringLiteral("paging benchmark: goals met")
             : QStringLiteral("paging benchmark: goals NOT met"));
    return ok ? 0 : 1;
}
