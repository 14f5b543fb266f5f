// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The console's engine runs the paging engine in-process: against the demo stack (twin + relay on
// loopback, the embedded demo recipients) an incident raised in the console pages its first tier
// and can be acknowledged from the console, with the timeline following.
#include "core/console/consoleengine.h"
#include "core/demo/demostack.h"
#include "support/testsupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Vortex::Core;

TEST(ConsolePaging, RaiseAndAcknowledgeFromTheConsoleAgainstTheDemoStack)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Demo::DemoStack stack(dir.path());
    std::optional<Demo::DemoEndpoints> endpoints;
    QObject::connect(&stack, &Demo::DemoStack::started, &stack,
                     [&](const Demo::DemoEndpoints &e) { endpoints = e; });
    stack.start();
    ASSERT_TRUE(Vortex::Test::waitUntil([&] { return endpoints.has_value(); }, 10000));

    ConsoleEngine engine(endpoints->engineOptions(dir.filePath(QStringLiteral("console.sqlite"))));
    QList<QList<Paging::Incident>> loaded;
    struct Finished
    {
        quint64 id;
        bool ok;
        QString message;
    };
    QList<Finished> finished;
    QStringList unavailable;
    QObject::connect(&engine, &ConsoleEngine::incidentsLoaded, &engine,
                     [&](const QList<Paging::Incident> &list) { loaded.append(list); });
    QObject::connect(&engine, &ConsoleEngine::incidentActionFinished, &engine,
                     [&](quint64 id, bool ok, const QString &message) {
                         finished.append({id, ok, message});
                     });
    QObject::connect(&engine, &ConsoleEngine::pagingUnavailable, &engine,
                     [&](const QString &message) { unavailable.append(message); });
    QList<Paging::Incident> changes;
    QList<Paging::TimelineEntry> entries;
    QObject::connect(&engine, &ConsoleEngine::incidentChanged, &engine,
                     [&](const Paging::Incident &incident) { changes.append(incident); });
    QObject::connect(&engine, &ConsoleEngine::timelineAppended, &engine,
                     [&](const Paging::TimelineEntry &entry) { entries.append(entry); });
    engine.start();
    ASSERT_EQ(loaded.count(), 1) << unavailable.join(u'\n').toStdString();
    EXPECT_TRUE(loaded.first().isEmpty());

    // Sev1: the demo recipients' quiet hours (Alice: 22:00-07:00 London) never hold it.
    engine.raiseIncident(1, 1, QStringLiteral("Checkout slow"), QStringLiteral("p95 above 4 s"),
                         QStringLiteral("https://status.example.com/i/7"), QString());
    ASSERT_EQ(finished.count(), 1);
    EXPECT_TRUE(finished.first().ok) << finished.first().message.toStdString();
    ASSERT_FALSE(changes.isEmpty());
    const Paging::Incident raised = changes.last();
    EXPECT_EQ(raised.source, QStringLiteral("console"));
    // The first tier is paged through the twin: the SMS gets a SID.
    ASSERT_TRUE(Vortex::Test::waitUntil(
        [&] {
            return std::any_of(entries.begin(), entries.end(), [](const Paging::TimelineEntry &e) {
                return e.kind == QStringLiteral("page.submitted")
                       && e.sid.startsWith(QStringLiteral("SM"));
            });
        },
        10000));

    engine.incidentAction(2, raised.id, QStringLiteral("acknowledge"), 0);
    ASSERT_EQ(finished.count(), 2);
    EXPECT_TRUE(finished.last().ok) << finished.last().message.toStdString();
    EXPECT_EQ(changes.last().state, Paging::IncidentState::Acknowledged);
    EXPECT_EQ(changes.last().actor, QStringLiteral("console"));

    engine.incidentAction(3, raised.id, QStringLiteral("bogus"), 0);
    EXPECT_FALSE(finished.last().ok);

    QList<Paging::TimelineEntry> loadedEntries;
    QObject::connect(
        &engine, &ConsoleEngine::timelineLoaded, &engine,
        [&](qint64, const QList<Paging::TimelineEntry> &list) { loadedEntries = list; });
    engine.loadTimeline(raised.id);
    QStringList kinds;
    for (const Paging::TimelineEntry &e : loadedEntries)
        kinds << e.kind;
    EXPECT_TRUE(kinds.contains(QStringLiteral("incident.triggered")));
    EXPECT_TRUE(kinds.contains(QStringLiteral("incident.acknowledged")));
    engine.stop();
}
