// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <core/demo/demostack.h>

#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace Vortex::Core {
class ConsoleEngine;
namespace Security {
class SecretStore;
}
} // namespace Vortex::Core

namespace Vortex::Ui {
class MainWindow;
}

namespace Vortex::Test {

/// The console in demo mode as app/vortex-console starts it, for the screenshot test and the
/// UI-stall benchmark: the demo stack (twin + relay, a week of history, live traffic), the
/// console engine on its own thread, and the real MainWindow on the calling (UI) thread.
/// Secrets of the Settings dialog go to an in-memory store; settings use the default file (keep
/// HOME/XDG_CONFIG_HOME isolated). Needs no test framework (the benchmark uses it too).
class DemoConsole
{
public:
    /// \a dataDir: the demo data folder (the history is seeded on its first start).
    DemoConsole(QString dataDir, Core::Demo::DemoOptions options);
    ~DemoConsole();

    DemoConsole(const DemoConsole &) = delete;
    DemoConsole &operator=(const DemoConsole &) = delete;

    /// Starts the stack, waits for it (up to \a timeoutMs, running the event loop), then creates
    /// the engine on its thread and the window (not shown), and starts the engine. Returns an
    /// empty string, or why it failed.
    QString start(int timeoutMs);

    Core::Demo::DemoStack *stack() const { return m_stack.get(); }
    const Core::Demo::DemoEndpoints &endpoints() const { return m_stack->endpoints(); }
    Core::ConsoleEngine *engine() const { return m_engine; }
    Ui::MainWindow *window() const { return m_window.get(); }
    QString consoleStorePath() const;
    QString pagingStorePath() const;

    /// Runs the event loop until \a condition holds or \a timeoutMs passes.
    static bool waitFor(const std::function<bool()> &condition, int timeoutMs);

private:
    QString m_dataDir;
    std::unique_ptr<Core::Demo::DemoStack> m_stack;
    std::unique_ptr<Core::Security::SecretStore> m_secrets; ///< in memory, for the Settings dialog
    QThread m_engineThread;
    Core::ConsoleEngine *m_engine = nullptr; ///< lives on m_engineThread
    std::unique_ptr<Ui::MainWindow> m_window;
};

} // namespace Vortex::Test
