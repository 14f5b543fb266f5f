// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QString>

#include <functional>

namespace Vortex::Test {

/// Runs the event loop until \a condition holds or \a timeoutMs passes; returns the condition.
/// For tests only: core code never spins nested event loops.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 5000);

/// The project's source tree and the shared/ folder beside it (set by CTest's environment).
QString sourceDir();
QString sharedDir();
QString binaryDir();

} // namespace Vortex::Test
