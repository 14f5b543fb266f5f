// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QString>

namespace Vortex::Core::Twin {

/// Outbound voice prices per started minute, by destination (TWILIO.md §11: US ≈ $0.014; the
/// others are rough estimates to tune, like the SMS table).
class TwinCallPrices
{
public:
    /// USD per started minute for the ISO region \a regionCode ("" or unknown: the fallback).
    static double perMinuteUsd(const QString &regionCode);
    /// Started minutes billed for \a seconds of talk: at least one once answered.
    static int billedMinutes(int seconds) { return qMax(1, (seconds + 59) / 60); }
};

} // namespace Vortex::Core::Twin
