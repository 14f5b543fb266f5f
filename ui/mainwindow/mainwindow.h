// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;

namespace Vortex::Core {
class ConsoleEngine;
}

namespace Vortex::Ui {

class ConnectivityIndicator;
class EngineBridge;
class MessagesModel;
class MessagesPanel;
class SendTestPageDialog;

struct MainWindowOptions
{
    bool demoMode = false; ///< messages go to the local Twilio twin
    QString dataLocation;  ///< where the console keeps its data (shown in About)
    QString messagesDatabasePath; ///< for panels that read the message store themselves
    QString pagingDatabasePath;   ///< for panels that read the paging store themselves
};

/// The console's window: the message panel, connectivity in the status bar and the "Send test
/// page" action. Wiring to the engine lives in EngineBridge; the window only arranges widgets.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Vortex::Core::ConsoleEngine *engine, const MainWindowOptions &options,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    MessagesModel *messagesModel() const { return m_model; }
    MessagesPanel *messagesPanel() const { return m_panel; }
    QAction *sendTestPageAction() const { return m_sendTestPageAction; }
    /// The open "Send test page" dialog, if any.
    SendTestPageDialog *sendTestPageDialog() const;

public Q_SLOTS:
    void openSendTestPage();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QWidget *createDemoBanner();
    void saveSettings() const;
    void restoreSettings();

    MainWindowOptions m_options;
    MessagesModel *m_model = nullptr;
    MessagesPanel *m_panel = nullptr;
    EngineBridge *m_bridge = nullptr;
    ConnectivityIndicator *m_twilioIndicator = nullptr;
    ConnectivityIndicator *m_relayIndicator = nullptr;
    QAction *m_sendTestPageAction = nullptr;
    QPointer<SendTestPageDialog> m_dialog;
};

} // namespace Vortex::Ui
