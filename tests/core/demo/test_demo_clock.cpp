// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// EventClock::startAt: the one way to put a clock in the past (the demo's week of history), and
// only while nothing is scheduled.
#include "core/common/eventclock.h"

#include <QDateTime>
#include <QObject>

#include <gtest/gtest.h>

using Vortex::Core::EventClock;

namespace {

const QDateTime WeekAgo = QDateTime::currentDateTimeUtc().addDays(-7);

} // namespace

TEST(DemoClock, StartAtMovesAnIdleManualClockBackwards)
{
    EventClock clock;
    clock.setMode(EventClock::Mode::Manual);
    ASSERT_TRUE(clock.startAt(WeekAgo));
    EXPECT_EQ(clock.nowMs(), WeekAgo.toMSecsSinceEpoch());
    // resetTo still refuses to go back, and goes forward.
    clock.resetTo(WeekAgo.addDays(-1));
    EXPECT_EQ(clock.now(), WeekAgo);
    clock.resetTo(WeekAgo.addSecs(60));
    EXPECT_EQ(clock.now(), WeekAgo.addSecs(60));
}

TEST(DemoClock, EventsScheduledAfterStartAtFireAtTheirTimeInThePast)
{
    EventClock clock;
    clock.setMode(EventClock::Mode::Manual);
    ASSERT_TRUE(clock.startAt(WeekAgo));
    QObject context;
    QList<qint64> firedAt;
    clock.schedule(3600000, &context, [&] { firedAt.append(clock.nowMs()); });
    clock.schedule(60000, &context, [&] { firedAt.append(clock.nowMs()); });
    clock.runUntil(WeekAgo.toMSecsSinceEpoch() + 2 * 3600000);
    ASSERT_EQ(firedAt.size(), 2);
    EXPECT_EQ(firedAt.at(0), WeekAgo.toMSecsSinceEpoch() + 60000);
    EXPECT_EQ(firedAt.at(1), WeekAgo.toMSecsSinceEpoch() + 3600000);
    EXPECT_EQ(clock.nowMs(), WeekAgo.toMSecsSinceEpoch() + 2 * 3600000);
}

TEST(DemoClock, StartAtIsRefusedWhileAnythingIsScheduled)
{
    EventClock clock;
    clock.setMode(EventClock::Mode::Manual);
    const qint64 before = clock.nowMs();
    QObject context;
    bool fired = false;
    const quint64 id = clock.schedule(1000, &context, [&] { fired = true; });
    EXPECT_FALSE(clock.startAt(WeekAgo));
    EXPECT_EQ(clock.nowMs(), before);
    EXPECT_EQ(clock.nextDueMs(), before + 1000);
    // Once the queue is empty again it is allowed.
    clock.cancel(id);
    EXPECT_TRUE(clock.startAt(WeekAgo));
    EXPECT_FALSE(fired);
    EXPECT_FALSE(clock.startAt(QDateTime()));
    EXPECT_EQ(clock.now(), WeekAgo);
}

TEST(DemoClock, StartAtInRealTimeModeRunsOnFromThatTime)
{
    EventClock clock; // RealTime by default
    ASSERT_TRUE(clock.startAt(WeekAgo));
    const qint64 now = clock.nowMs();
    EXPECT_GE(now, WeekAgo.toMSecsSinceEpoch());
    // Nowhere near the wall clock: a week behind it.
    EXPECT_LT(now, QDateTime::currentMSecsSinceEpoch() - 6LL * 24 * 3600 * 1000);
    // Switching to Manual keeps the time.
    clock.setMode(EventClock::Mode::Manual);
    EXPECT_GE(clock.nowMs(), now);
    EXPECT_LT(clock.nowMs(), QDateTime::currentMSecsSinceEpoch() - 6LL * 24 * 3600 * 1000);
}
