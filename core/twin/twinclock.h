// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/eventclock.h"

namespace Vortex::Core::Twin {

/// The twin's time is an EventClock: everything in the twin schedules on it, never on the wall
/// clock (see EventClock for the RealTime and Manual modes).
using TwinClock = Core::EventClock;

} // namespace Vortex::Core::Twin
