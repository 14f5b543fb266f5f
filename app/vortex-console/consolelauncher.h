// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/console/consoleengine.h"
#include "core/demo/demostack.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace Vortex::Ui {
class MainWindow;
}

namespace Vortex::App {

/// The console's composition root: decides demo or live mode, starts the demo stack or reads the
/// credentials from the keychain, puts the engine on its worker thread and opens the window.
class ConsoleLauncher : public QObject
{
    Q_OBJECT

public:
    ConsoleLauncher(bool forceDemo, QString dataDir, QObject *parent = nullptr);
    ~ConsoleLauncher() override;

    void launch();

private:
    void launchDemo();
    void launchLive();
    void openWindow(Core::ConsoleEngineOptions options, bool demo);
    void showFatal(const QString &message);

    bool m_forceDemo = false;
    QString m_dataDir;
    std::unique_ptr<Core::Demo::DemoStack> m_demo;
    QThread m_engineThread;
    Core::ConsoleEngine *m_engine = nullptr;
    std::unique_ptr<Ui::MainWindow> m_window;
};

} // namespace Vortex::App
