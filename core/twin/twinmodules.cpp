// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinmodules.h"

#include "twincalls.h"
#include "twinserver.h"
#include "twinservices.h"

namespace Vortex::Core::Twin {

void installDefaultModules(TwinServer &server)
{
    // One line per module, e.g.:
    //   server.addModule(std::make_unique<TwinCalls>(server.context()));
    server.addModule(std::make_unique<TwinCalls>(server.context()));
    server.addModule(TwinServices::install(server));
}

} // namespace Vortex::Core::Twin
