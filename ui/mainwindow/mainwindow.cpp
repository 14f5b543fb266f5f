// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "mainwindow.h"

#include "enginebridge.h"

#include <ui/dialogs/sendtestpagedialog.h>
#include <ui/models/messagesmodel.h>
#include <ui/models/messagestatusstyle.h>
#include <ui/views/connectivityindicator.h>
#include <ui/views/messagespanel.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace Vortex::Ui {

namespace {

const QString settingsGroup = QStringLiteral("ui/mainWindow");

} // namespace

MainWindow::MainWindow(Vortex::Core::ConsoleEngine *engine, const MainWindowOptions &options,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_model(new MessagesModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    const QString title = tr("Vortex Alert Console");
    setWindowTitle(options.demoMode ? tr("%1 \u2014 DEMO").arg(title) : title);

    m_panel = new MessagesPanel(m_model, this);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    if (options.demoMode)
        layout->addWidget(createDemoBanner());
    layout->addWidget(m_panel, 1);
    setCentralWidget(central);

    m_twilioIndicator = new ConnectivityIndicator(tr("Twilio"), this);
    m_twilioIndicator->setObjectName(QStringLiteral("twilioIndicator"));
    m_relayIndicator = new ConnectivityIndicator(tr("Relay"), this);
    m_relayIndicator->setObjectName(QStringLiteral("relayIndicator"));
    statusBar()->addPermanentWidget(m_twilioIndicator);
    statusBar()->addPermanentWidget(m_relayIndicator);

    m_bridge = new EngineBridge(engine, m_model, this);
    m_bridge->attachIndicators(m_twilioIndicator, m_relayIndicator);

    createActions();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createDemoBanner()
{
    auto *banner
        = new QLabel(tr("Demo mode: messages go to a local Twilio twin, not real phones."), this);
    banner->setObjectName(QStringLiteral("demoBanner"));
    banner->setAlignment(Qt::AlignCenter);
    banner->setWordWrap(true);
    banner->setMargin(6);
    banner->setAutoFillBackground(true);
    QPalette palette = banner->palette();
    palette.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xc4));
    palette.setColor(QPalette::WindowText, QColor(0x5d, 0x40, 0x00));
    banner->setPalette(palette);
    QFont font = banner->font();
    font.setBold(true);
    banner->setFont(font);
    banner->setAccessibleName(banner->text());
    return banner;
}

void MainWindow::createActions()
{
    m_sendTestPageAction = new QAction(tr("Send &test page\u2026"), this);
    m_sendTestPageAction->setObjectName(QStringLiteral("actionSendTestPage"));
    m_sendTestPageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_sendTestPageAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_sendTestPageAction->setStatusTip(tr("Send a test page to a phone and follow its delivery"));
    connect(m_sendTestPageAction, &QAction::triggered, this, &MainWindow::openSendTestPage);

    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setObjectName(QStringLiteral("actionQuit"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto *aboutAction = new QAction(tr("&About Vortex Alert Console"), this);
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_sendTestPageAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(aboutAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_sendTestPageAction);
}

SendTestPageDialog *MainWindow::sendTestPageDialog() const
{
    return m_dialog.data();
}

void MainWindow::openSendTestPage()
{
    // One non-modal dialog at a time; it stays usable while the page is on its way.
    if (!m_dialog) {
        m_dialog = new SendTestPageDialog(this);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_bridge->attachDialog(m_dialog);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void MainWindow::showAbout()
{
    QString text = tr("<h3>Vortex Alert Console %1</h3>"
                      "<p>Pages people over Twilio for the ecommerce monitoring platform and "
                      "follows every message until it is delivered.</p>")
                       .arg(QStringLiteral(VORTEX_VERSION));
    if (m_options.demoMode)
        text += tr("<p><b>Demo mode:</b> messages go to a local Twilio twin.</p>");
    if (!m_options.dataLocation.isEmpty())
        text += tr("<p>Data folder: %1</p>").arg(m_options.dataLocation.toHtmlEscaped());
    // Opened, not exec()'d: no nested event loop in the window.
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Vortex Alert Console"), text,
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    m_panel->saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1100, 680);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
}

} // namespace Vortex::Ui

#include "moc_mainwindow.cpp"
