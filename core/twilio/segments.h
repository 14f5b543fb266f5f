// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QString>

namespace Vortex::Core::Twilio {

enum class SmsEncoding { Gsm7, Ucs2 };

/// How an SMS body is split on the wire (GSM 03.38 / UCS-2 concatenated SMS).
struct SegmentCount
{
    SmsEncoding encoding = SmsEncoding::Gsm7;
    int units = 0;           ///< septets (GSM-7) or UTF-16 code units (UCS-2)
    int segments = 0;        ///< 0 for an empty body
    int unitsPerSegment = 0; ///< 160/153 for GSM-7, 70/67 for UCS-2
    int remainingInLast = 0; ///< units still free in the last segment
    int messageSizeBits = 0; ///< payload bits, without headers
    int totalSizeBits = 0;   ///< payload bits plus the 48-bit UDH of each concatenated segment
};

class SmsSegments
{
public:
    static constexpr int MaxBodyLength = 1600; ///< Twilio rejects longer bodies with 21617

    static SegmentCount count(const QString &body);
    /// Septets the character costs in GSM-7 (1 basic, 2 extension), 0 if it is not GSM-7.
    static int gsmSeptets(char32_t codePoint);
};

} // namespace Vortex::Core::Twilio
