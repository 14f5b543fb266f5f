// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The console's demo mode end to end, without the widgets: the demo stack as the console starts
// it (history on the first start, live traffic) and the console's engine on it. The engine
// loads the week of messages and incidents, a live incident raised through the relay's intake
// reaches the board, an operator acknowledges it and its timeline follows live; the KPI rollups
// over the stores have acknowledgements and delivery data. The time from start to "every panel
// has data" is printed (the acceptance budget is 10 s on an idle machine; timings are not
// asserted here, tests/bench is where they belong).
#include "core/console/consoleengine.h"
#include "core/demo/demostack.h"
#include "core/kpi/kpirollup.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Vortex::Core;

TEST(E2eDemo, EveryPanelHasDataAndALiveIncidentIsAcknowledgedFromTheBoard)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QElapsedTimer sinceStart;
    sinceStart.start();
    Demo::DemoOptions options = Demo::DemoOptions::full();
    options.traffic.firstIncidentMs = 300;
    Demo::DemoStack stack(dir.filePath(QStringLiteral("demo")), options);
    std::optional<Demo::DemoEndpoints> endpoints;
    QString failure;
    QObject::connect(&stack, &Demo::DemoStack::started, &stack,
                     [&](const Demo::DemoEndpoints &e) { endpoints = e; });
    QObject::connect(&stack, &Demo::DemoStack::failed, &stack,
                     [&](const QString &reason) { failure = reason; });
    stack.start();
    ASSERT_TRUE(Vortex::Test::waitUntil([&] { return endpoints || !failure.isEmpty(); }, 120000));
    ASSERT_TRUE(endpoints.has_value()) << failure.toStdString();
    ASSERT_TRUE(stack.report().seed.seeded);
    const qint64 stackMs = sinceStart.elapsed();

    // As the console does it: the store in the demo folder.
    const QString consoleStore = Demo::DemoSeeder::consoleStorePath(endpoints->dataDir);
    ConsoleEngine engine(endpoints->engineOptions(consoleStore));
    QList<MessageRecord> messages;
    QList<Paging::Incident> history;
    bool incidentsLoaded = false;
    QList<Paging::Incident> changes;
    QList<Paging::TimelineEntry> appended;
    QStringList unavailable;
    struct Finished
    {
        quint64 id;
        bool ok;
        QString message;
    };
    QList<Finished> finished;
    QObject::connect(&engine, &ConsoleEngine::messagesLoaded, &engine,
                     [&](const QList<MessageRecord> &list) { messages = list; });
    QObject::connect(&engine, &ConsoleEngine::incidentsLoaded, &engine,
                     [&](const QList<Paging::Incident> &list) {
                         history = list;
                         incidentsLoaded = true;
                     });
    QObject::connect(&engine, &ConsoleEngine::incidentChanged, &engine,
                     [&](const Paging::Incident &incident) { changes.append(incident); });
    QObject::connect(&engine, &ConsoleEngine::timelineAppended, &engine,
                     [&](const Paging::TimelineEntry &entry) { appended.append(entry); });
    QObject::connect(&engine, &ConsoleEngine::pagingUnavailable, &engine,
                     [&](const QString &message) { unavailable.append(message); });
    QObject::connect(&engine, &ConsoleEngine::incidentActionFinished, &engine,
                     [&](quint64 id, bool ok, const QString &message) {
                         finished.append({id, ok, message});
                     });
    engine.start();

    // The messages log and the incidents board have the week at once.
    ASSERT_TRUE(incidentsLoaded) << unavailable.join(u'\n').toStdString();
    EXPECT_GE(messages.size(), 100);
    ASSERT_GE(history.size(), 20);
    for (const Paging::Incident &incident : std::as_const(history))
        EXPECT_EQ(incident.state, Paging::IncidentState::Resolved);

    // A live incident from the demo traffic reaches the board.
    auto live = [&]() -> std::optional<Paging::Incident> {
        for (const Paging::Incident &incident : std::as_const(changes)) {
            if (incident.dedupKey.startsWith(QStringLiteral("demo-live-")))
                return incident;
        }
        return std::nullopt;
    };
    ASSERT_TRUE(Vortex::Test::waitUntil([&] { return live().has_value(); }, 60000));
    const Paging::Incident raised = *live();
    const qint64 panelsMs = sinceStart.elapsed();
    std::printf("demo: stack started after %lld ms (play %lld ms, REST import %lld ms, stores %lld "
                "ms); messages, incidents and a live incident after %lld ms\n",
                stackMs, stack.report().seed.playMs, stack.report().seed.importMs,
                stack.report().seed.storeMs, panelsMs);
    EXPECT_EQ(raised.source, QStringLiteral("vortex-iq"));

    // Its first tier is paged through the twin (or held by Alice's quiet hours, for a sev2-4
    // at night in London).
    ASSERT_TRUE(Vortex::Test::waitUntil(
        [&] {
            return std::any_of(appended.begin(), appended.end(),
                               [&](const Paging::TimelineEntry &e) {
                                   return e.incidentId == raised.id
                                          && ((e.kind == QStringLiteral("page.submitted")
                                               && e.sid.startsWith(QStringLiteral("SM")))
                                              || e.kind == QStringLiteral("page.delayed"));
                               });
        },
        30000))
        << [&] {
               std::string kinds;
               for (const Paging::TimelineEntry &e : std::as_const(appended))
                   if (e.incidentId == raised.id)
                       kinds += e.kind.toStdString() + " ";
               return kinds;
           }();

    // Acknowledged from the board (unless Alice's phone was quicker): the timeline follows live.
    engine.incidentAction(7, raised.id, QStringLiteral("acknowledge"), 0);
    ASSERT_FALSE(finished.isEmpty());
    EXPECT_EQ(finished.last().id, 7u);
    ASSERT_TRUE(Vortex::Test::waitUntil(
        [&] {
            return std::any_of(appended.begin(), appended.end(),
                               [&](const Paging::TimelineEntry &e) {
                                   return e.incidentId == raised.id
                                          && e.kind == QStringLiteral("incident.acknowledged");
                               });
        },
        10000));
    ASSERT_FALSE(changes.isEmpty());
    const auto last = std::find_if(changes.crbegin(), changes.crend(),
                                   [&](const Paging::Incident &i) { return i.id == raised.id; });
    ASSERT_NE(last, changes.crend());
    EXPECT_EQ(last->state, Paging::IncidentState::Acknowledged);

    // The KPI dashboard's rollups over the two stores: deliveries by region and channel, cost,
    // acknowledgements per recipient.
    Kpi::KpiSources sources;
    sources.messagesPath = consoleStore;
    sources.pagingPath = Demo::DemoSeeder::pagingStorePath(endpoints->dataDir);
    sources.kpiPath = Kpi::KpiSources::defaultKpiPath(consoleStore);
    Kpi::KpiRollup rollup(sources);
    ASSERT_TRUE(rollup.open().ok());
    const auto update = rollup.update();
    ASSERT_TRUE(update.ok()) << update.error().toStdString();
    QSqlQuery q(rollup.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(DISTINCT region), COUNT(DISTINCT channel),"
                                      " SUM(cost) FROM kpi_rollup")));
    ASSERT_TRUE(q.next());
    EXPECT_GE(q.value(0).toInt(), 5);
    EXPECT_GE(q.value(1).toInt(), 2);
    EXPECT_GT(q.value(2).toDouble(), 10.0);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT recipient_id, COUNT(*), COUNT(acked_at) FROM kpi_ack"
                                      " GROUP BY recipient_id ORDER BY recipient_id")));
    QMap<QString, std::pair<int, int>> acks;
    while (q.next())
        acks.insert(q.value(0).toString(), {q.value(1).toInt(), q.value(2).toInt()});
    EXPECT_GE(acks.value(QStringLiteral("alice")).first, 20);
    EXPECT_GT(acks.value(QStringLiteral("alice")).second, 0);
    EXPECT_GT(acks.value(QStringLiteral("bob")).first, 0);
    q.finish();
    rollup.close();
    engine.stop();
}
