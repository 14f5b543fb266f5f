// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

namespace Vortex::Core::Twin {

class TwinServer;

/// Adds every product module (Calls, Verify, Lookup, Messaging Services, Content, Usage, …) to a
/// freshly built server. The one place that lists them.
void installDefaultModules(TwinServer &server);

} // namespace Vortex::Core::Twin
