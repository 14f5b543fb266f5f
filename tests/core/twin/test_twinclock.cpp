// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The twin's clock, event log, scripted people and the control API that steers them.
#include "core/twin/twinclock.h"
#include "core/twin/twineventlog.h"
#include "core/twin/twinmessage.h"
#include "core/twin/twinmessagestore.h"
#include "support/testsupport.h"
#include "twintestfixture.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Vortex::Core::Twin;
using Vortex::Core::Twilio::FormParams;

TEST(TwinClock, ManualModeFiresInDueOrderThenSchedulingOrder)
{
    TwinClock clock;
    clock.setMode(TwinClock::Mode::Manual);
    const qint64 start = clock.nowMs();
    QObject context;
    QStringList fired;
    clock.schedule(300, &context, [&] { fired << QStringLiteral("c"); });
    clock.schedule(100, &context, [&] { fired << QStringLiteral("a"); });
    clock.schedule(100, &context, [&] { fired << QStringLiteral("b"); });
    const quint64 cancelled = clock.schedule(200, &context, [&] { fired << QStringLiteral("x"); });
    clock.cancel(cancelled);
    clock.advance(150);
    EXPECT_EQ(fired, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_EQ(clock.nowMs(), start + 150);
    clock.runUntil(start + 1000);
    EXPECT_EQ(fired, QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    EXPECT_EQ(clock.pendingCount(), 0);
}

TEST(TwinClock, EventsScheduledWhileFiringRunAtTheirTime)
{
    TwinClock clock;
    clock.setMode(TwinClock::Mode::Manual);
    const qint64 start = clock.nowMs();
    QObject context;
    QList<qint64> times;
    clock.schedule(10, &context, [&] {
        times << clock.nowMs() - start;
        clock.schedule(5, &context, [&] { times << clock.nowMs() - start; });
    });
    clock.advance(100);
    EXPECT_EQ(times, QList<qint64>({10, 15}));
}

TEST(TwinClock, DroppedWhenContextIsGoneAndRealTimeSpeedApplies)
{
    TwinClock clock;
    bool fired = false;
    {
        QObject shortLived;
        clock.schedule(0, &shortLived, [&] { fired = true; });
    }
    clock.advance(10);
    EXPECT_FALSE(fired);

    clock.setSpeed(1000); // a twin minute takes 60 ms of wall time
    QObject context;
    bool minute = false;
    clock.schedule(60000, &context, [&] { minute = true; });
    EXPECT_TRUE(Vortex::Test::waitUntil([&] { return minute; }, 3000));
}

TEST(TwinEventLog, DigestIsCanonicalAndPagingIsDense)
{
    TwinEventLog a;
    TwinEventLog b;
    for (TwinEventLog *log : {&a, &b}) {
        log->append(1000, QStringLiteral("message.created"), QStringLiteral("SM1"),
                    {{QStringLiteral("to"), QStringLiteral("+12015550124")},
                     {QStringLiteral("segments"), 1}});
        log->append(2000, QStringLiteral("message.status"), QStringLiteral("SM1"),
                    {{QStringLiteral("status"), QStringLiteral("sent")}});
    }
    EXPECT_EQ(a.digest(), b.digest());
    b.append(3000, QStringLiteral("message.status"), QStringLiteral("SM1"),
             {{QStringLiteral("status"), QStringLiteral("delivered")}});
    EXPECT_NE(a.digest(), b.digest());
    EXPECT_EQ(b.after(1).size(), 2);
    EXPECT_EQ(b.after(1).first().seq, 2);
    EXPECT_EQ(b.after(3).size(), 0);
}

namespace {

class TwinControlTest : public Vortex::Test::TwinFixture
{};

} // namespace

TEST_F(TwinControlTest, ManualClockAdvanceWalksAMessageToItsFinalStatus)
{
    ASSERT_EQ(m_client
                  ->post(QStringLiteral("/_twin/clock"),
                         {{QStringLiteral("Mode"), QStringLiteral("manual")}})
                  .status,
              200);
    const auto created = m_client->create(sms(QStringLiteral("manual clock")));
    ASSERT_EQ(created.status, 201);
    const QString sid = created.json.value(QStringLiteral("sid")).toString();
    Vortex::Test::waitUntil([] { return false; }, 200);
    EXPECT_EQ(m_twin->context().messages->find(sid)->status, QStringLiteral("queued"))
        << "nothing moves while the manual clock stands still";
    const auto advanced = m_client->post(QStringLiteral("/_twin/clock"),
                                         {{QStringLiteral("Advance"), QStringLiteral("600000")}});
    ASSERT_EQ(advanced.status, 200);
    EXPECT_EQ(advanced.json.value(QStringLiteral("mode")).toString(), QStringLiteral("manual"));
    EXPECT_TRUE(m_twin->context().messages->find(sid)->isFinal());

    const auto events = m_client->get(QStringLiteral("/_twin/events?After=0"));
    ASSERT_EQ(events.status, 200);
    const QJsonArray list = events.json.value(QStringLiteral("events")).toArray();
    ASSERT_GE(list.size(), 3);
    EXPECT_EQ(list.first().toObject().value(QStringLiteral("kind")).toString(),
              QStringLiteral("message.created"));
    EXPECT_EQ(list.last().toObject().value(QStringLiteral("sid")).toString(), sid);
    EXPECT_EQ(events.json.value(QStringLiteral("digest")).toString().size(), 64);
}

TEST_F(TwinControlTest, PeopleCanBeScriptedAndReadBack)
{
    const QByteArray people = R"({"people":[{"name":"Ana","number":"+447400123457",
        "timeZone":"Europe/London","sms":{"reply":"ACK","replyAfterMs":1000},
        "call":{"answers":true,"digits":"1"}}]})";
    const auto posted = m_client->send("POST", QStringLiteral("/_twin/people"), {}, false);
    EXPECT_EQ(posted.status, 400) << "an empty body is not a person";
    m_twin->people().setPeople(TwinPeople::listFromJson(people).value());
    const auto read = m_client->get(QStringLiteral("/_twin/people"));
    ASSERT_EQ(read.status, 200);
    const QJsonArray list = read.json.value(QStringLiteral("people")).toArray();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().toObject().value(QStringLiteral("timeZone")).toString(),
              QStringLiteral("Europe/London"));
    EXPECT_FALSE(TwinPeople::listFromJson(R"({"people":[{"number":"+4412"}]})").ok());
    EXPECT_FALSE(
        TwinPeople::listFromJson(R"([{"number":"+447400123457","timeZone":"Mars/Base"}])").ok());
}

TEST_F(TwinControlTest, ControlApiIsOffUnlessEnabled)
{
    auto config = testConfig();
    config.controlApi = false;
    startTwin(config);
    const auto reply = m_client->get(QStringLiteral("/_twin/health"));
    EXPECT_EQ(reply.status, 404);
    EXPECT_EQ(reply.json.value(QStringLiteral("code")).toInt(), 20404);
}
