// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/paging/pagingtypes.h"

#include <QDateTime>
#include <QList>

namespace Vortex::Core::Paging {

/// Layered rate caps: "at most maxPages per windowMinutes", every cap at once. Caps delay pages,
/// they never drop them.
namespace RateCaps {

/// The earliest time >= \a at when one more page fits every cap: for each cap, fewer than
/// maxPages of \a submitted fall in the window (t - windowMinutes, t]. Layered caps all hold.
/// Caps with maxPages or windowMinutes <= 0 and invalid times are ignored.
QDateTime nextAllowed(const QList<RateCap> &caps, const QList<QDateTime> &submitted,
                      const QDateTime &at);

/// How many of \a submitted fall in the window (t - windowMinutes, t] of \a cap.
int countInWindow(const RateCap &cap, const QList<QDateTime> &submitted, const QDateTime &t);

} // namespace RateCaps

} // namespace Vortex::Core::Paging
