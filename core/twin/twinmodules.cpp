// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinmodules.h"

#include "twinserver.h"

namespace Vortex::Core::Twin {

void installDefaultModules(TwinServer &server)
{
    // One line per module, e.g.:
    //   server.addModule(std::make_unique<TwinCalls>(server.context()));
    Q_UNUSED(server)
}

} // namespace Vortex::Core::Twin
