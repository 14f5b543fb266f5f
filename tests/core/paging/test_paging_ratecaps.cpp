// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/paging/ratecaps.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Vortex::Core::Paging;

namespace {

QDateTime at(int h, int m, int s = 0, int ms = 0)
{
    return QDateTime(QDate(2024, 5, 6), QTime(h, m, s, ms), Qt::UTC);
}

const QList<RateCap> layered{{3, 15}, {6, 60}, {10, 180}};

} // namespace

TEST(RateCaps, NoCapsOrNoHistorySendAtOnce)
{
    EXPECT_EQ(RateCaps::nextAllowed({}, {at(10, 0), at(10, 0), at(10, 0)}, at(10, 1)), at(10, 1));
    EXPECT_EQ(RateCaps::nextAllowed(layered, {}, at(10, 1)), at(10, 1));
    // Two of three in the window: one more fits.
    EXPECT_EQ(RateCaps::nextAllowed({{3, 15}}, {at(10, 0), at(10, 5)}, at(10, 6)), at(10, 6));
}

TEST(RateCaps, WindowIsOpenOnTheLeftClosedOnTheRight)
{
    const RateCap cap{3, 15};
    const QList<QDateTime> sent{at(10, 0), at(10, 5), at(10, 10)};
    // (t - 15 min, t]: the 10:00 page counts until 10:15 exclusive.
    EXPECT_EQ(RateCaps::countInWindow(cap, sent, at(10, 14, 59, 999)), 3);
    EXPECT_EQ(RateCaps::countInWindow(cap, sent, at(10, 15)), 2);
    // A page exactly at t counts; one just after does not.
    EXPECT_EQ(RateCaps::countInWindow(cap, sent, at(10, 10)), 3);
    EXPECT_EQ(RateCaps::countInWindow(cap, sent, at(10, 9, 59, 999)), 2);

    EXPECT_EQ(RateCaps::nextAllowed({cap}, sent, at(10, 10)), at(10, 15));
    EXPECT_EQ(RateCaps::nextAllowed({cap}, sent, at(10, 12)), at(10, 15));
    EXPECT_EQ(RateCaps::nextAllowed({cap}, sent, at(10, 14, 59, 999)), at(10, 15));
    EXPECT_EQ(RateCaps::nextAllowed({cap}, sent, at(10, 15)), at(10, 15));
    EXPECT_EQ(RateCaps::nextAllowed({cap}, sent, at(10, 20)), at(10, 20));
}

TEST(RateCaps, MillisecondsCount)
{
    const QList<QDateTime> sent{at(10, 0, 0, 500)};
    EXPECT_EQ(RateCaps::nextAllowed({{1, 15}}, sent, at(10, 1)), at(10, 15, 0, 500));
}

TEST(RateCaps, LayeredFifteenMinuteCap)
{
    EXPECT_EQ(RateCaps::nextAllowed(layered, {at(10, 0), at(10, 1), at(10, 2)}, at(10, 3)),
              at(10, 15));
}

TEST(RateCaps, LayeredHourCapOutlastsTheFifteenMinuteCap)
{
    const QList<QDateTime> sent{at(10, 0),  at(10, 1),  at(10, 2),
                                at(10, 15), at(10, 16), at(10, 17)};
    // The 15-minute cap would free a slot at 10:30, but six pages in the hour hold until the
    // first leaves the hour: 11:00.
    EXPECT_EQ(RateCaps::nextAllowed({{3, 15}}, sent, at(10, 18)), at(10, 30));
    EXPECT_EQ(RateCaps::nextAllowed(layered, sent, at(10, 18)), at(11, 0));
    EXPECT_EQ(RateCaps::countInWindow({6, 60}, sent, at(10, 59, 59, 999)), 6);
}

TEST(RateCaps, LayeredThreeHourCap)
{
    const QList<QDateTime> sent{at(8, 0),  at(8, 1),   at(8, 2),   at(9, 10),  at(9, 11),
                                at(9, 12), at(10, 20), at(10, 21), at(10, 22), at(10, 50)};
    // 15 min: 1, hour: 4, three hours: 10 → blocked until 08:00 leaves the 3 h window.
    EXPECT_EQ(RateCaps::countInWindow({3, 15}, sent, at(10, 55)), 1);
    EXPECT_EQ(RateCaps::countInWindow({6, 60}, sent, at(10, 55)), 4);
    EXPECT_EQ(RateCaps::countInWindow({10, 180}, sent, at(10, 55)), 10);
    EXPECT_EQ(RateCaps::nextAllowed(layered, sent, at(10, 55)), at(11, 0));
}

TEST(RateCaps, EveryCapMustHoldAtTheSameMoment)
{
    // 2 per 10 min and 3 per 30 min. At 10:10 the 10-minute cap frees (10:00 leaves) but the
    // 30-minute one still holds three until 10:30; meanwhile nothing else frees.
    const QList<RateCap> caps{{2, 10}, {3, 30}};
    const QList<QDateTime> sent{at(10, 0), at(10, 5), at(10, 6)};
    EXPECT_EQ(RateCaps::nextAllowed(caps, sent, at(10, 7)), at(10, 30));
    // Order of caps and of history does not matter.
    EXPECT_EQ(
        RateCaps::nextAllowed({{3, 30}, {2, 10}}, {at(10, 6), at(10, 0), at(10, 5)}, at(10, 7)),
        at(10, 30));
}

TEST(RateCaps, InvalidCapsAndTimesAreIgnored)
{
    const QList<QDateTime> sent{at(10, 0), QDateTime(), at(10, 1)};
    EXPECT_EQ(RateCaps::nextAllowed({{0, 15}, {2, 0}, {-1, 60}}, sent, at(10, 2)), at(10, 2));
    EXPECT_EQ(RateCaps::nextAllowed({{3, 15}}, sent, at(10, 2)), at(10, 2));
    EXPECT_EQ(RateCaps::nextAllowed({{2, 15}}, sent, at(10, 2)), at(10, 15));
}

TEST(RateCaps, ResultKeepsTheCallersZone)
{
    const QTimeZone kolkata("Asia/Kolkata");
    const QDateTime now = at(10, 3).toTimeZone(kolkata);
    const QDateTime next = RateCaps::nextAllowed({{1, 15}}, {at(10, 0)}, now);
    EXPECT_EQ(next, at(10, 15));
    EXPECT_EQ(next.timeZone(), kolkata);
}
