// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinmodules.h"

#include "twincalls.h"
#include "twinlookup.h"
#include "twinserver.h"
#include "twinservices.h"
#include "twinusage.h"
#include "twinverify.h"

namespace Vortex::Core::Twin {

void installDefaultModules(TwinServer &server)
{
    // One line per module, e.g.:
    //   server.addModule(std::make_unique<TwinCalls>(server.context()));
    server.addModule(std::make_unique<TwinCalls>(server.context()));
    server.addModule(TwinServices::install(server));
    server.addModule(std::make_unique<TwinVerify>(server.context()));
    server.addModule(std::make_unique<TwinLookup>(server.context()));
    server.addModule(std::make_unique<TwinUsage>(server.context()));
}

} // namespace Vortex::Core::Twin
