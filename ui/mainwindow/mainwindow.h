// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QMenu;

namespace Vortex::Core {
class ConsoleEngine;
class ConsoleSettings;
namespace Security {
class SecretStore;
}
} // namespace Vortex::Core

namespace Vortex::Ui {

class ConnectivityIndicator;
class EngineBridge;
class MessagesModel;
class MessagesPanel;
class PanelHost;
class SendTestPageDialog;
class SettingsDialog;
class Sev1Watcher;
class ThemeController;
class TrayController;

struct MainWindowOptions
{
    bool demoMode = false;        ///< messages go to the local Twilio twin
    QString dataLocation;         ///< where the console keeps its data (shown in About)
    QString messagesDatabasePath; ///< for panels that read the message store themselves
    QString pagingDatabasePath;   ///< for panels that read the paging store themselves
    /// The console's settings file for the Settings dialog ("" = the user's default).
    QString settingsFile;
    /// Where the Settings dialog stores secrets (not owned; null = the system keychain).
    Vortex::Core::Security::SecretStore *secretStore = nullptr;
};

/// The console's window: a shell that hosts the panels as docks (PanelHost), with controllers
/// for each concern — EngineBridge (engine ↔ widgets), Sev1Watcher + TrayController (alerts),
/// ThemeController (palettes). The window itself only creates them, its menus and the status
/// bar, and remembers its layout ("ui/mainWindow/geometry", "ui/mainWindow/state").
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Vortex::Core::ConsoleEngine *engine, const MainWindowOptions &options,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    MessagesModel *messagesModel() const { return m_model; }
    MessagesPanel *messagesPanel() const { return m_panel; }
    PanelHost *panels() const { return m_panels; }
    TrayController *tray() const { return m_tray; }
    ThemeController *theme() const { return m_theme; }
    Sev1Watcher *sev1Watcher() const { return m_sev1; }
    QAction *sendTestPageAction() const { return m_sendTestPageAction; }
    QAction *settingsAction() const { return m_settingsAction; }
    /// The open "Send test page" dialog, if any.
    SendTestPageDialog *sendTestPageDialog() const;
    /// The open Settings dialog, if any.
    SettingsDialog *settingsDialog() const;

public Q_SLOTS:
    void openSendTestPage();
    void openSettings();
    void showAbout();
    void showAndRaise();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPanels();
    void createMenus();
    void createStatusBar();
    QWidget *createDemoBanner();
    void styleDemoBanner(bool dark);
    void saveLayout() const;
    void restoreLayout();

    MainWindowOptions m_options;
    MessagesModel *m_model = nullptr;
    MessagesPanel *m_panel = nullptr;
    EngineBridge *m_bridge = nullptr;
    PanelHost *m_panels = nullptr;
    Sev1Watcher *m_sev1 = nullptr;
    TrayController *m_tray = nullptr;
    ThemeController *m_theme = nullptr;
    ConnectivityIndicator *m_twilioIndicator = nullptr;
    ConnectivityIndicator *m_relayIndicator = nullptr;
    QLabel *m_demoBanner = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_sendTestPageAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QPointer<SendTestPageDialog> m_dialog;
    QPointer<SettingsDialog> m_settingsDialog;
    std::unique_ptr<Vortex::Core::ConsoleSettings> m_settings;
    std::unique_ptr<Vortex::Core::Security::SecretStore> m_ownSecretStore;
};

} // namespace Vortex::Ui
