// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QString>

namespace Vortex::Core {

/// What libphonenumber says a number is.
enum class LineKind { Unknown, Mobile, FixedLine, FixedLineOrMobile, TollFree, Voip, Other };

struct PhoneNumber
{
    QString e164;       ///< "+447700900123"
    QString regionCode; ///< ISO 3166-1 alpha-2, "GB"
    int countryCode = 0;
    LineKind kind = LineKind::Unknown;
};

enum class PhoneError { Empty, NotE164, NotANumber, InvalidForRegion };

/// Every phone number in the product goes through here (libphonenumber underneath).
class PhoneNumbers
{
public:
    /// Parses strict E.164 ("+" and digits, no spaces): what Twilio's API accepts.
    static bool parseE164(const QString &input, PhoneNumber *out, PhoneError *error = nullptr);
    /// Parses what a person types ("+44 7700 900123", "07700 900123" with defaultRegion "GB").
    static bool parseLoose(const QString &input, const QString &defaultRegion, PhoneNumber *out,
                           PhoneError *error = nullptr);
    /// "+4477…23": safe to log at info level.
    static QString masked(const QString &number);
    /// Strips a channel prefix such as "whatsapp:"; returns the prefix through \a channel.
    static QString stripChannel(const QString &address, QString *channel = nullptr);
};

} // namespace Vortex::Core
