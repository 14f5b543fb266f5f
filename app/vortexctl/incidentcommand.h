// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QStringList>

namespace Vortex::App {

/// `vortexctl incident <raise|update|resolve|ack|snooze> --relay URL --intake-secret-file FILE
/// [--dedup-key K] [--code C] [--severity sevN] [--title T] [--summary S] [--link URL]
/// [--runbook R] [--policy P] [--minutes N] [--actor A] [--json] [--timeout S]`: validates the
/// request locally, signs it (X-Vortex-Timestamp / X-Vortex-Signature) and posts it to the
/// relay's intake; prints the relay's event id.
int runIncident(const QStringList &arguments);

} // namespace Vortex::App
