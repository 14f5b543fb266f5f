// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "segments.h"

#include <QList>

#include <algorithm>
#include <array>

namespace Vortex::Core::Twilio {

namespace {

// GSM 03.38 default alphabet (basic table), as Unicode code points.
// clang-format off
constexpr std::array<char32_t, 127> BasicTable = {
    U'@',  U'£',    U'$',  U'¥',  U'è',  U'é', U'ù', U'ì', U'ò', U'Ç', U'\n', U'Ø', U'ø', U'\r',
    U'Å',  U'å',    U'Δ',  U'_',  U'Φ',  U'Γ', U'Λ', U'Ω', U'Π', U'Ψ', U'Σ',  U'Θ', U'Ξ', U'Æ',
    U'æ',  U'ß',    U'É',  U' ',  U'!',  U'"', U'#', U'¤', U'%', U'&', U'\'', U'(', U')', U'*',
    U'+',  U',',    U'-',  U'.',  U'/',  U'0', U'1', U'2', U'3', U'4', U'5',  U'6', U'7', U'8',
    U'9',  U':',    U';',  U'<',  U'=',  U'>', U'?', U'¡', U'A', U'B', U'C',  U'D', U'E', U'F',
    U'G',  U'H',    U'I',  U'J',  U'K',  U'L', U'M', U'N', U'O', U'P', U'Q',  U'R', U'S', U'T',
    U'U',  U'V',    U'W',  U'X',  U'Y',  U'Z', U'Ä', U'Ö', U'Ñ', U'Ü', U'§',  U'¿', U'a', U'b',
    U'c',  U'd',    U'e',  U'f',  U'g',  U'h', U'i', U'j', U'k', U'l', U'm',  U'n', U'o', U'p',
    U'q',  U'r',    U's',  U't',  U'u',  U'v', U'w', U'x', U'y', U'z', U'ä',  U'ö', U'ñ', U'ü',
    U'à'};

// Extension table: each costs an escape septet plus its own.
constexpr std::array<char32_t, 10> ExtensionTable = {U'\f', U'^', U'{', U'}', U'\\',
                                                     U'[',  U'~', U']', U'|', U'€'};
// clang-format on

constexpr int UdhBits = 48;

} // namespace

int SmsSegments::gsmSeptets(char32_t codePoint)
{
    if (std::find(BasicTable.begin(), BasicTable.end(), codePoint) != BasicTable.end())
        return 1;
    if (std::find(ExtensionTable.begin(), ExtensionTable.end(), codePoint) != ExtensionTable.end())
        return 2;
    return 0;
}

SegmentCount SmsSegments::count(const QString &body)
{
    SegmentCount result;
    const QList<uint> codePoints = body.toUcs4();
    // Cost of each character in the chosen encoding; a character is never split across segments.
    QList<int> costs;
    costs.reserve(codePoints.size());
    bool gsm = true;
    for (const uint cp : codePoints) {
        const int septets = gsmSeptets(static_cast<char32_t>(cp));
        if (septets == 0) {
            gsm = false;
            break;
        }
        costs.append(septets);
    }
    if (!gsm) {
        costs.clear();
        for (const uint cp : codePoints)
            costs.append(cp > 0xFFFF ? 2 : 1);
    }
    result.encoding = gsm ? SmsEncoding::Gsm7 : SmsEncoding::Ucs2;
    const int single = gsm ? 160 : 70;
    const int multi = gsm ? 153 : 67;
    const int bitsPerUnit = gsm ? 7 : 16;
    int units = 0;
    for (const int cost : costs)
        units += cost;
    result.units = units;
    result.messageSizeBits = units * bitsPerUnit;
    if (units == 0) {
        result.unitsPerSegment = single;
        result.remainingInLast = single;
        return result;
    }
    if (units <= single) {
        result.segments = 1;
        result.unitsPerSegment = single;
        result.remainingInLast = single - units;
        result.totalSizeBits = result.messageSizeBits;
        return result;
    }
    int segments = 1;
    int used = 0;
    for (const int cost : costs) {
        if (used + cost > multi) {
            ++segments;
            used = 0;
        }
        used += cost;
    }
    result.segments = segments;
    result.unitsPerSegment = multi;
    result.remainingInLast = multi - used;
    result.totalSizeBits = result.messageSizeBits + segments * UdhBits;
    return result;
}

} // namespace Vortex::Core::Twilio
