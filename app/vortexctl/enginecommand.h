// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QStringList>

namespace Vortex::App {

/// `vortexctl engine`: runs the paging engine headless until SIGINT/SIGTERM.
int runEngine(const QStringList &arguments);

/// `vortexctl incidents`: lists the incidents of an engine's store (read-only), or shows one
/// with its timeline.
int runIncidents(const QStringList &arguments);

} // namespace Vortex::App
