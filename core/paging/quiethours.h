// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/paging/pagingtypes.h"

#include <QDateTime>
#include <QString>

namespace Vortex::Core::Paging {

/// Quiet hours: weekly windows in the recipient's time zone during which pages wait.
///
/// A window occurrence is the span of real time from the first moment the recipient's clock
/// reads its start (on its day) to the first moment the clock reads its end (the same day, or the
/// next day when end <= start). A time the clock skips (spring forward) counts from the end of
/// the gap; a time the clock shows twice (fall back) counts from its first occurrence. The
/// results do not depend on the machine's time zone.
namespace QuietHours {

/// True when \a at falls inside one of \a policy.quietHours, evaluated in \a timeZone (IANA;
/// an unknown zone is treated as UTC).
bool isQuiet(const RoutingPolicy &policy, const QString &timeZone, const QDateTime &at);

/// The earliest time >= \a at at which a page of \a severity may go out: \a at itself when not
/// quiet, or when severity is Sev1 and policy.sev1OverridesQuietHours; otherwise the end of the
/// quiet period (chained windows: Mon 22:00–07:00 followed by Tue 07:00–09:00 ends at 09:00).
/// If the windows cover the whole week, returns \a at (never hold a page forever).
QDateTime nextAllowed(const RoutingPolicy &policy, const QString &timeZone, Severity severity,
                      const QDateTime &at);

} // namespace QuietHours

} // namespace Vortex::Core::Paging
