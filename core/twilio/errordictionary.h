// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QString>

namespace Vortex::Core::Twilio {

/// One entry of Twilio's error dictionary (resources/twilio/error-codes.json, embedded).
struct ErrorInfo
{
    int code = 0;
    QString message; ///< Twilio's title, e.g. "Unreachable destination handset"
    QString causes;
    QString solutions;
    QString product;
    bool known = false;
};

class ErrorDictionary
{
public:
    /// Thread-safe; the dictionary is loaded once on first use.
    static ErrorInfo lookup(int code);
    /// "https://www.twilio.com/docs/errors/<code>"
    static QString moreInfoUrl(int code);
    static int size();
};

} // namespace Vortex::Core::Twilio
