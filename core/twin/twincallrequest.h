// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "core/twilio/formparams.h"
#include "twincall.h"
#include "twinerror.h"

namespace Vortex::Core::Twin {

struct TwinConfig;

/// Validates POST …/Calls.json the way Twilio does (codes from its error dictionary) and turns
/// the parameters into a queued TwinCall (without sid, dates and index).
class TwinCallRequest
{
public:
    static Result<TwinCall, TwinError> fromCreate(const Twilio::FormParams &params,
                                                  const TwinConfig &config);
    /// An absolute http(s) URL with a host (Twilio's rule for Url and StatusCallback).
    static bool isValidUrl(const QString &text);

    static constexpr int DefaultTimeout = 60;
    static constexpr int MaxTimeout = 600;
    static constexpr int MaxTwimlChars = 4000;
};

} // namespace Vortex::Core::Twin
