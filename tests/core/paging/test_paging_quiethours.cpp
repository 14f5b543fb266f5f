// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/paging/quiethours.h"

#include <QTimeZone>

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>

using namespace Vortex::Core::Paging;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

QuietWindow window(int day, int startH, int startM, int endH, int endM)
{
    return QuietWindow{day, QTime(startH, startM), QTime(endH, endM)};
}

RoutingPolicy quiet(QList<QuietWindow> windows, bool sev1Overrides = true)
{
    RoutingPolicy policy;
    policy.quietHours = std::move(windows);
    policy.sev1OverridesQuietHours = sev1Overrides;
    return policy;
}

const QString newYork = QStringLiteral("America/New_York");
const QString kolkata = QStringLiteral("Asia/Kolkata");
const QString lordHowe = QStringLiteral("Australia/Lord_Howe");
const QString london = QStringLiteral("Europe/London");

constexpr int Mon = 1, Tue = 2, Wed = 3, Sat = 6, Sun = 7;

} // namespace

TEST(QuietHours, CalendarAssumptions)
{
    // The dates below are picked for their weekday and their clock changes.
    EXPECT_EQ(QDate(2024, 1, 15).dayOfWeek(), Mon);
    EXPECT_EQ(QDate(2024, 3, 10).dayOfWeek(), Sun);
    EXPECT_EQ(QDate(2024, 3, 31).dayOfWeek(), Sun);
    EXPECT_EQ(QDate(2024, 4, 7).dayOfWeek(), Sun);
    EXPECT_EQ(QDate(2024, 10, 6).dayOfWeek(), Sun);
    EXPECT_EQ(QDate(2024, 10, 27).dayOfWeek(), Sun);
    for (const QString &id : {newYork, kolkata, lordHowe, london})
        EXPECT_TRUE(QTimeZone(id.toUtf8()).isValid()) << id.toStdString();
}

TEST(QuietHours, NoWindowsIsNeverQuiet)
{
    const RoutingPolicy policy = quiet({});
    const QDateTime at = utc(2024, 1, 15, 3, 0);
    EXPECT_FALSE(QuietHours::isQuiet(policy, newYork, at));
    EXPECT_EQ(QuietHours::nextAllowed(policy, newYork, Severity::Sev3, at), at);
}

TEST(QuietHours, OvernightWindowInNewYorkBoundaries)
{
    // Mon 22:00–07:00 New York (EST, UTC-5 in January) = Tue 03:00–12:00 UTC.
    const RoutingPolicy policy = quiet({window(Mon, 22, 0, 7, 0)});
    EXPECT_FALSE(QuietHours::isQuiet(policy, newYork, utc(2024, 1, 16, 2, 59, 59)));
    EXPECT_TRUE(QuietHours::isQuiet(policy, newYork, utc(2024, 1, 16, 3, 0))); // start inclusive
    EXPECT_TRUE(QuietHours::isQuiet(policy, newYork, utc(2024, 1, 16, 5, 0))); // past midnight
    EXPECT_TRUE(QuietHours::isQuiet(policy, newYork, utc(2024, 1, 16, 11, 59, 59)));
    EXPECT_FALSE(QuietHours::isQuiet(policy, newYork, utc(2024, 1, 16, 12, 0))); // end exclusive
    // The same instants are not quiet for someone in UTC: the zone matters.
    EXPECT_TRUE(QuietHours::isQuiet(policy, newYork, utc(2024, 1, 16, 11, 0)));
    EXPECT_FALSE(QuietHours::isQuiet(policy, QStringLiteral("UTC"), utc(2024, 1, 16, 11, 0)));
    // Only Mondays: Tuesday 23:00 New York is not quiet.
    EXPECT_FALSE(QuietHours::isQuiet(policy, newYork, utc(2024, 1, 17, 4, 0)));

    // Tuesday 01:00 local (the window started the day before) waits until Tuesday 07:00 local.
    EXPECT_EQ(QuietHours::nextAllowed(policy, newYork, Severity::Sev2, utc(2024, 1, 16, 6, 0)),
              utc(2024, 1, 16, 12, 0));
    // Outside the window a page goes at once.
    EXPECT_EQ(QuietHours::nextAllowed(policy, newYork, Severity::Sev4, utc(2024, 1, 16, 12, 0)),
              utc(2024, 1, 16, 12, 0));
}

TEST(QuietHours, SundayNightWrapsIntoMonday)
{
    const RoutingPolicy policy = quiet({window(Sun, 23, 0, 6, 30)});
    // Monday 2024-01-15 05:00 New York = 10:00 UTC: inside the window that started on Sunday.
    EXPECT_TRUE(QuietHours::isQuiet(policy, newYork, utc(2024, 1, 15, 10, 0)));
    EXPECT_EQ(QuietHours::nextAllowed(policy, newYork, Severity::Sev3, utc(2024, 1, 15, 10, 0)),
              utc(2024, 1, 15, 11, 30));
}

TEST(QuietHours, Sev1Override)
{
    const QDateTime at = utc(2024, 1, 16, 6, 0); // Tue 01:00 New York
    const QDateTime end = utc(2024, 1, 16, 12, 0);
    const RoutingPolicy overrides = quiet({window(Mon, 22, 0, 7, 0)}, true);
    EXPECT_EQ(QuietHours::nextAllowed(overrides, newYork, Severity::Sev1, at), at);
    EXPECT_EQ(QuietHours::nextAllowed(overrides, newYork, Severity::Sev2, at), end);
    // isQuiet reports the window either way; the override is about sending.
    EXPECT_TRUE(QuietHours::isQuiet(overrides, newYork, at));

    const RoutingPolicy strict = quiet({window(Mon, 22, 0, 7, 0)}, false);
    EXPECT_EQ(QuietHours::nextAllowed(strict, newYork, Severity::Sev1, at), end);
}

TEST(QuietHours, ChainedAndOverlappingWindows)
{
    // Mon 22:00–07:00 then Tue 07:00–09:00: one quiet period until Tue 09:00 (14:00 UTC).
    const RoutingPolicy chained = quiet({window(Mon, 22, 0, 7, 0), window(Tue, 7, 0, 9, 0)});
    EXPECT_EQ(QuietHours::nextAllowed(chained, newYork, Severity::Sev2, utc(2024, 1, 16, 4, 0)),
              utc(2024, 1, 16, 14, 0));

    // Overlaps, listed in any order, and a window inside another.
    const RoutingPolicy overlapping
        = quiet({window(Tue, 6, 0, 9, 30), window(Tue, 5, 0, 5, 30), window(Mon, 22, 0, 7, 0)});
    EXPECT_EQ(QuietHours::nextAllowed(overlapping, newYork, Severity::Sev3, utc(2024, 1, 16, 4, 0)),
              utc(2024, 1, 16, 14, 30));

    // A gap of one minute between two windows is a moment to send.
    const RoutingPolicy gap = quiet({window(Mon, 22, 0, 7, 0), window(Tue, 7, 1, 9, 0)});
    EXPECT_EQ(QuietHours::nextAllowed(gap, newYork, Severity::Sev3, utc(2024, 1, 16, 4, 0)),
              utc(2024, 1, 16, 12, 0));
    EXPECT_EQ(QuietHours::nextAllowed(gap, newYork, Severity::Sev3, utc(2024, 1, 16, 12, 1)),
              utc(2024, 1, 16, 14, 0));
}

TEST(QuietHours, WholeWeekNeverHoldsAPage)
{
    // Seven 24-hour windows (end == start runs to the next day) cover every moment.
    QList<QuietWindow> windows;
    for (int day = 1; day <= 7; ++day)
        windows.append(window(day, 0, 0, 0, 0));
    const RoutingPolicy policy = quiet(windows);
    const QDateTime at = utc(2024, 1, 16, 4, 0);
    EXPECT_TRUE(QuietHours::isQuiet(policy, kolkata, at));
    EXPECT_EQ(QuietHours::nextAllowed(policy, kolkata, Severity::Sev4, at), at);

    // Six days covered: the page waits until the free day begins (Sunday 00:00 Kolkata).
    windows.removeLast();
    const RoutingPolicy sixDays = quiet(windows);
    EXPECT_EQ(QuietHours::nextAllowed(sixDays, kolkata, Severity::Sev4, at),
              utc(2024, 1, 20, 18, 30));
}

TEST(QuietHours, HalfHourZoneWithoutDst)
{
    // Kolkata is UTC+05:30 all year: Wed 09:00–17:00 IST = 03:30–11:30 UTC.
    const RoutingPolicy policy = quiet({window(Wed, 9, 0, 17, 0)});
    EXPECT_FALSE(QuietHours::isQuiet(policy, kolkata, utc(2024, 1, 17, 3, 29)));
    EXPECT_TRUE(QuietHours::isQuiet(policy, kolkata, utc(2024, 1, 17, 3, 30)));
    EXPECT_EQ(QuietHours::nextAllowed(policy, kolkata, Severity::Sev2, utc(2024, 1, 17, 4, 0)),
              utc(2024, 1, 17, 11, 30));
    // The same in July: no clock change in India.
    EXPECT_EQ(QuietHours::nextAllowed(policy, kolkata, Severity::Sev2, utc(2024, 7, 17, 4, 0)),
              utc(2024, 7, 17, 11, 30));
}

TEST(QuietHours, LondonOvernightAcrossClockChanges)
{
    const RoutingPolicy policy = quiet({window(Sat, 22, 0, 8, 0)});
    // Spring: Sat 30 Mar 22:00 GMT until Sun 31 Mar 08:00 BST (07:00 UTC): nine hours.
    EXPECT_EQ(QuietHours::nextAllowed(policy, london, Severity::Sev2, utc(2024, 3, 30, 23, 0)),
              utc(2024, 3, 31, 7, 0));
    EXPECT_TRUE(QuietHours::isQuiet(policy, london, utc(2024, 3, 31, 6, 59)));
    EXPECT_FALSE(QuietHours::isQuiet(policy, london, utc(2024, 3, 31, 7, 0)));
    // Autumn: Sat 26 Oct 22:00 BST (21:00 UTC) until Sun 27 Oct 08:00 GMT (08:00 UTC): eleven.
    EXPECT_FALSE(QuietHours::isQuiet(policy, london, utc(2024, 10, 26, 20, 59)));
    EXPECT_TRUE(QuietHours::isQuiet(policy, london, utc(2024, 10, 26, 21, 0)));
    EXPECT_EQ(QuietHours::nextAllowed(policy, london, Severity::Sev2, utc(2024, 10, 26, 21, 0)),
              utc(2024, 10, 27, 8, 0));
}

TEST(QuietHours, WindowStartingInASkippedHour)
{
    // London skips 01:00–02:00 on 31 Mar 2024. A Sunday 01:30–03:00 window starts when the
    // clock jumps to 02:00 BST (01:00 UTC) and ends at 03:00 BST (02:00 UTC).
    const RoutingPolicy policy = quiet({window(Sun, 1, 30, 3, 0)});
    EXPECT_FALSE(QuietHours::isQuiet(policy, london, utc(2024, 3, 31, 0, 59, 59)));
    EXPECT_TRUE(QuietHours::isQuiet(policy, london, utc(2024, 3, 31, 1, 0)));
    EXPECT_EQ(QuietHours::nextAllowed(policy, london, Severity::Sev3, utc(2024, 3, 31, 1, 0)),
              utc(2024, 3, 31, 2, 0));
    // A normal Sunday: 01:30–03:00 GMT.
    EXPECT_TRUE(QuietHours::isQuiet(policy, london, utc(2024, 3, 24, 1, 30)));
    EXPECT_FALSE(QuietHours::isQuiet(policy, london, utc(2024, 3, 24, 1, 29)));

    // New York skips 02:00–03:00 on 10 Mar 2024: Sun 02:30–04:00 starts at 03:00 EDT (07:00 UTC).
    const RoutingPolicy ny = quiet({window(Sun, 2, 30, 4, 0)});
    EXPECT_FALSE(QuietHours::isQuiet(ny, newYork, utc(2024, 3, 10, 6, 59, 59)));
    EXPECT_TRUE(QuietHours::isQuiet(ny, newYork, utc(2024, 3, 10, 7, 0)));
    EXPECT_EQ(QuietHours::nextAllowed(ny, newYork, Severity::Sev2, utc(2024, 3, 10, 7, 0)),
              utc(2024, 3, 10, 8, 0));
}

TEST(QuietHours, LordHoweHalfHourClockChanges)
{
    // Lord Howe moves its clock by 30 minutes: +10:30 in winter, +11 in summer.
    // Spring, Sun 6 Oct 2024: 02:00 LHST jumps to 02:30 LHDT (15:30 UTC Saturday).
    const RoutingPolicy startsInGap = quiet({window(Sun, 2, 15, 6, 0)});
    EXPECT_FALSE(QuietHours::isQuiet(startsInGap, lordHowe, utc(2024, 10, 5, 15, 29, 59)));
    EXPECT_TRUE(QuietHours::isQuiet(startsInGap, lordHowe, utc(2024, 10, 5, 15, 30)));
    EXPECT_EQ(
        QuietHours::nextAllowed(startsInGap, lordHowe, Severity::Sev2, utc(2024, 10, 5, 15, 30)),
        utc(2024, 10, 5, 19, 0)); // 06:00 LHDT

    const RoutingPolicy endsInGap = quiet({window(Sat, 23, 0, 2, 15)});
    // Sat 23:00 LHST = 12:30 UTC; the window ends when the clock jumps past 02:15.
    EXPECT_EQ(
        QuietHours::nextAllowed(endsInGap, lordHowe, Severity::Sev2, utc(2024, 10, 5, 12, 30)),
        utc(2024, 10, 5, 15, 30));

    // Autumn, Sun 7 Apr 2024: 02:00 LHDT falls back to 01:30 LHST, so 01:30–02:00 happens
    // twice (first at +11 from 14:30 UTC, then at +10:30 from 15:00 UTC).
    const RoutingPolicy startsInOverlap = quiet({window(Sun, 1, 45, 5, 0)});
    EXPECT_FALSE(QuietHours::isQuiet(startsInOverlap, lordHowe, utc(2024, 4, 6, 14, 44)));
    EXPECT_TRUE(QuietHours::isQuiet(startsInOverlap, lordHowe, utc(2024, 4, 6, 14, 45)));
    EXPECT_TRUE(QuietHours::isQuiet(startsInOverlap, lordHowe, utc(2024, 4, 6, 15, 5)));
    EXPECT_EQ(
        QuietHours::nextAllowed(startsInOverlap, lordHowe, Severity::Sev3, utc(2024, 4, 6, 14, 45)),
        utc(2024, 4, 6, 18, 30)); // 05:00 LHST

    // A window ending at 01:45 ends the first time the clock reads 01:45.
    const RoutingPolicy endsInOverlap = quiet({window(Sat, 22, 0, 1, 45)});
    EXPECT_EQ(
        QuietHours::nextAllowed(endsInOverlap, lordHowe, Severity::Sev3, utc(2024, 4, 6, 12, 0)),
        utc(2024, 4, 6, 14, 45));
}

TEST(QuietHours, UnknownZoneIsUtcAndBadWindowsAreIgnored)
{
    const RoutingPolicy policy = quiet({window(Mon, 22, 0, 7, 0)});
    const QDateTime at = utc(2024, 1, 15, 23, 0);
    EXPECT_TRUE(QuietHours::isQuiet(policy, QStringLiteral("Mars/Olympus_Mons"), at));
    EXPECT_EQ(
        QuietHours::nextAllowed(policy, QStringLiteral("Mars/Olympus_Mons"), Severity::Sev2, at),
        utc(2024, 1, 16, 7, 0));
    EXPECT_EQ(QuietHours::nextAllowed(policy, QString(), Severity::Sev2, at),
              utc(2024, 1, 16, 7, 0));

    const RoutingPolicy bad = quiet({QuietWindow{0, QTime(0, 0), QTime(12, 0)},
                                     QuietWindow{8, QTime(0, 0), QTime(12, 0)},
                                     QuietWindow{Mon, QTime(), QTime(12, 0)}});
    EXPECT_FALSE(QuietHours::isQuiet(bad, QStringLiteral("UTC"), utc(2024, 1, 15, 6, 0)));
    EXPECT_EQ(
        QuietHours::nextAllowed(bad, QStringLiteral("UTC"), Severity::Sev2, utc(2024, 1, 15, 6, 0)),
        utc(2024, 1, 15, 6, 0));
}

TEST(QuietHours, InputInAnotherZoneComesBackAsTheSameInstant)
{
    const RoutingPolicy policy = quiet({window(Mon, 22, 0, 7, 0)});
    const QDateTime at = utc(2024, 1, 16, 6, 0).toTimeZone(QTimeZone(kolkata.toUtf8()));
    const QDateTime next = QuietHours::nextAllowed(policy, newYork, Severity::Sev2, at);
    EXPECT_EQ(next, utc(2024, 1, 16, 12, 0));
    EXPECT_EQ(next.timeZone(), at.timeZone());
}

namespace {

struct ProcessZone
{
    explicit ProcessZone(const char *zone)
    {
        const QByteArray previous = qgetenv("TZ");
        m_had = !previous.isNull();
        m_previous = previous;
        qputenv("TZ", zone);
        tzset();
    }
    ~ProcessZone()
    {
        if (m_had)
            qputenv("TZ", m_previous);
        else
            qunsetenv("TZ");
        tzset();
    }
    ProcessZone(const ProcessZone &) = delete;
    ProcessZone &operator=(const ProcessZone &) = delete;

private:
    bool m_had = false;
    QByteArray m_previous;
};

} // namespace

TEST(QuietHours, MachineZoneDoesNotMatter)
{
    const RoutingPolicy policy = quiet({window(Mon, 22, 0, 7, 0), window(Sun, 1, 30, 3, 0)});
    const QList<QPair<const char *, int>> machines{{"Pacific/Kiritimati", 14 * 3600},
                                                   {"America/Los_Angeles", -8 * 3600},
                                                   {"Australia/Lord_Howe", 11 * 3600}};
    for (const auto &[zone, offset] : machines) {
        SCOPED_TRACE(zone);
        const ProcessZone machine(zone);
        // Times handed over in the machine's local time, as a caller might.
        const QDateTime at = utc(2024, 1, 16, 6, 0).toLocalTime();
        ASSERT_EQ(at.offsetFromUtc(), offset); // the process really runs in that zone
        EXPECT_EQ(at.timeSpec(), Qt::LocalTime);
        EXPECT_TRUE(QuietHours::isQuiet(policy, newYork, at));
        EXPECT_EQ(QuietHours::nextAllowed(policy, newYork, Severity::Sev2, at),
                  utc(2024, 1, 16, 12, 0));
        EXPECT_FALSE(QuietHours::isQuiet(policy, newYork, utc(2024, 1, 16, 12, 0).toLocalTime()));
        EXPECT_TRUE(QuietHours::isQuiet(policy, london, utc(2024, 3, 31, 1, 0)));
        EXPECT_EQ(QuietHours::nextAllowed(policy, london, Severity::Sev3, utc(2024, 3, 31, 1, 0)),
                  utc(2024, 3, 31, 2, 0));
    }
}
