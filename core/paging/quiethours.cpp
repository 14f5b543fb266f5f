// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "quiethours.h"

#include <QTimeZone>

#include <algorithm>

namespace Vortex::Core::Paging::QuietHours {

namespace {

struct Span
{
    QDateTime start; // inclusive, UTC
    QDateTime end;   // exclusive, UTC

    bool contains(const QDateTime &t) const { return start <= t && t < end; }
};

QTimeZone zoneFor(const QString &timeZone)
{
    QTimeZone zone(timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

// The instant at which \a zone's clock first reads \a date \a time. Qt 6.4 leaves gaps and
// overlaps to the backend, so the offsets are checked here: a candidate offset is right when
// the zone really uses it at the instant it yields.
QDateTime firstInstant(QDate date, QTime time, const QTimeZone &zone)
{
    const QDateTime wall(date, time, Qt::UTC); // the wall-clock numbers, read as if UTC
    QList<int> offsets;
    for (qint64 probe : {-86400LL, 0LL, 86400LL}) {
        const int offset = zone.offsetFromUtc(wall.addSecs(probe));
        if (!offsets.contains(offset))
            offsets.append(offset);
    }
    QDateTime best;
    for (int offset : std::as_const(offsets)) {
        const QDateTime candidate = wall.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset && (!best.isValid() || candidate < best))
            best = candidate;
    }
    if (best.isValid())
        return best;

    // The clock skips this time: the window starts (or ends) when the clock jumps over it,
    // i.e. at the transition. It lies between wall - largest offset and wall - smallest.
    const auto [minIt, maxIt] = std::minmax_element(offsets.cbegin(), offsets.cend());
    qint64 lo = wall.addSecs(-*maxIt).toSecsSinceEpoch(); // still on the old offset
    qint64 hi = wall.addSecs(-*minIt).toSecsSinceEpoch(); // already on the new offset
    const int before = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(lo, Qt::UTC));
    while (hi - lo > 1) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(mid, Qt::UTC)) == before)
            lo = mid;
        else
            hi = mid;
    }
    return QDateTime::fromSecsSinceEpoch(hi, Qt::UTC);
}

bool isUsable(const QuietWindow &window)
{
    return window.dayOfWeek >= 1 && window.dayOfWeek <= 7 && window.start.isValid()
           && window.end.isValid();
}

// Every occurrence that could contain \a t: windows starting from two days before t's local
// date to the day after (a window lasts at most one day of wall-clock time; the margin covers
// zones whose clock steps back over midnight).
QList<Span> spansAround(const RoutingPolicy &policy, const QTimeZone &zone, const QDateTime &t)
{
    const QDate localDate = t.toTimeZone(zone).date();
    QList<Span> spans;
    for (const QuietWindow &window : policy.quietHours) {
        if (!isUsable(window))
            continue;
        for (int delta = -2; delta <= 1; ++delta) {
            const QDate day = localDate.addDays(delta);
            if (day.dayOfWeek() != window.dayOfWeek)
                continue;
            const QDate endDay = window.end <= window.start ? day.addDays(1) : day;
            Span span{firstInstant(day, window.start, zone),
                      firstInstant(endDay, window.end, zone)};
            if (span.start < span.end)
                spans.append(span);
        }
    }
    return spans;
}

// The same instant as \a t, expressed in \a like's time spec (callers get back what they gave).
QDateTime sameSpecAs(const QDateTime &like, const QDateTime &t)
{
    return like.addMSecs(like.msecsTo(t));
}

} // namespace

bool isQuiet(const RoutingPolicy &policy, const QString &timeZone, const QDateTime &at)
{
    if (!at.isValid() || policy.quietHours.isEmpty())
        return false;
    const QTimeZone zone = zoneFor(timeZone);
    const QDateTime t = at.toUTC();
    const QList<Span> spans = spansAround(policy, zone, t);
    return std::any_of(spans.cbegin(), spans.cend(), [&t](const Span &s) { return s.contains(t); });
}

QDateTime nextAllowed(const RoutingPolicy &policy, const QString &timeZone, Severity severity,
                      const QDateTime &at)
{
    if (!at.isValid() || policy.quietHours.isEmpty())
        return at;
    if (severity == Severity::Sev1 && policy.sev1OverridesQuietHours)
        return at;
    const QTimeZone zone = zoneFor(timeZone);
    // A free moment recurs every week of wall-clock time; two weeks also cover a free hour
    // that this week's clock change skips. Past that the windows cover everything.
    const QDateTime limit = at.toUTC().addDays(15);
    QDateTime t = at.toUTC();
    while (t <= limit) {
        QDateTime end;
        for (const Span &span : spansAround(policy, zone, t)) {
            if (span.contains(t) && (!end.isValid() || span.end > end))
                end = span.end;
        }
        if (!end.isValid())
            return sameSpecAs(at, t);
        t = end; // chained or overlapping windows: keep going from the end of this one
    }
    return at;
}

} // namespace Vortex::Core::Paging::QuietHours
