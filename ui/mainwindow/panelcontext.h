// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QString>

namespace Vortex::Core {
class ConsoleEngine;
}

namespace Vortex::Ui {

/// What every panel of the main window is given. The engine lives on its own thread: reach it
/// only through queued connections and QMetaObject::invokeMethod. Panels that read stores do so
/// on a worker thread with their own SQLite connection (WAL allows readers beside the engine);
/// the UI thread never touches network or disk.
struct PanelContext
{
    Core::ConsoleEngine *engine = nullptr;
    QString messagesDatabasePath; ///< the console's message store (console.sqlite)
    QString pagingDatabasePath;   ///< the paging engine's store (paging.sqlite)
    bool demoMode = false;
};

} // namespace Vortex::Ui
