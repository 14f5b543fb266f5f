// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QStringList>

namespace Vortex::App {

/// `vortexctl send-test --to N --body B [--json] [--timeout S] [--demo] [--no-wait]`: the console's
/// own engine sends the page (through the demo stack when --demo or no account is configured) and
/// waits for its final status through the relay feed.
int runSendTest(const QStringList &arguments);

} // namespace Vortex::App
