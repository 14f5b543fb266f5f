// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QDateTime>
#include <QString>

namespace Vortex::Core::Twilio {

/// Parses an RFC 2822 date as the 2010 API writes it ("Thu, 24 Aug 2023 05:01:45 +0000").
/// The weekday is optional, seconds are optional, zones may be numeric (+hhmm/-hhmm) or
/// GMT/UT/UTC/Z (also an HTTP-date). Returns a UTC QDateTime, or an invalid one on bad input.
/// Locale independent.
QDateTime parseRfc2822Date(const QString &text);

/// Formats \a dateTime in UTC the way Twilio does: "Thu, 24 Aug 2023 05:01:45 +0000".
QString formatRfc2822Date(const QDateTime &dateTime);

} // namespace Vortex::Core::Twilio
