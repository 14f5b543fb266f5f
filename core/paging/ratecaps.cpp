// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "ratecaps.h"

#include <algorithm>

namespace Vortex::Core::Paging::RateCaps {

namespace {

bool isUsable(const RateCap &cap)
{
    return cap.maxPages > 0 && cap.windowMinutes > 0;
}

qint64 windowMSecs(const RateCap &cap)
{
    return qint64(cap.windowMinutes) * 60 * 1000;
}

bool fitsAll(const QList<RateCap> &caps, const QList<qint64> &times, qint64 t)
{
    return std::all_of(caps.cbegin(), caps.cend(), [&](const RateCap &cap) {
        const qint64 from = t - windowMSecs(cap);
        const auto count = std::count_if(times.cbegin(), times.cend(),
                                         [&](qint64 s) { return s > from && s <= t; });
        return count < cap.maxPages;
    });
}

} // namespace

int countInWindow(const RateCap &cap, const QList<QDateTime> &submitted, const QDateTime &t)
{
    const qint64 end = t.toMSecsSinceEpoch();
    const qint64 from = end - windowMSecs(cap);
    return int(std::count_if(submitted.cbegin(), submitted.cend(), [&](const QDateTime &s) {
        if (!s.isValid())
            return false;
        const qint64 ms = s.toMSecsSinceEpoch();
        return ms > from && ms <= end;
    }));
}

QDateTime nextAllowed(const QList<RateCap> &caps, const QList<QDateTime> &submitted,
                      const QDateTime &at)
{
    QList<RateCap> usable;
    std::copy_if(caps.cbegin(), caps.cend(), std::back_inserter(usable), isUsable);
    if (usable.isEmpty() || !at.isValid())
        return at;

    QList<qint64> times;
    for (const QDateTime &s : submitted) {
        if (s.isValid())
            times.append(s.toMSecsSinceEpoch());
    }

    // A window's count only drops when a page leaves it, at s + window exactly (the window is
    // open on the left), so the earliest free moment is at itself or one of those instants.
    const qint64 start = at.toMSecsSinceEpoch();
    QList<qint64> candidates{start};
    for (const RateCap &cap : std::as_const(usable)) {
        for (qint64 s : std::as_const(times)) {
            const qint64 leaves = s + windowMSecs(cap);
            if (leaves > start)
                candidates.append(leaves);
        }
    }
    std::sort(candidates.begin(), candidates.end());
    for (qint64 t : std::as_const(candidates)) {
        if (fitsAll(usable, times, t))
            return at.addMSecs(t - start);
    }
    return at; // unreachable: after the last page leaves the longest window every cap is empty
}

} // namespace Vortex::Core::Paging::RateCaps
