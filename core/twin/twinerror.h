// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QString>

namespace Vortex::Core::Twin {

/// A Twilio API error as the twin returns it: {"code","message","more_info","status"}.
struct TwinError
{
    int httpStatus = 400;
    int code = 0;
    QString message; ///< empty: Twilio's dictionary title for code
};

} // namespace Vortex::Core::Twin
