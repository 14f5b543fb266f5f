// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "mainwindow.h"

#include "enginebridge.h"
#include "panelhost.h"
#include "sev1watcher.h"
#include "themecontroller.h"
#include "traycontroller.h"

#include <ui/dashboard/dashboardpanel.h>
#include <ui/dialogs/sendtestpagedialog.h>
#include <ui/editors/routingpanel.h>
#include <ui/incidents/incidentspanel.h>
#include <ui/log/logpanel.h>
#include <ui/models/messagesmodel.h>
#include <ui/settings/settingsdialog.h>
#include <ui/templates/templatespanel.h>
#include <ui/views/connectivityindicator.h>
#include <ui/views/messagespanel.h>

#include <core/console/consolesettings.h>
#include <core/security/secretstore.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace Vortex::Ui {

namespace {

const QString settingsGroup = QStringLiteral("ui/mainWindow");
/// Bumped when the set of panels changes in a way an old saved layout cannot describe.
constexpr int LayoutVersion = 2;

PanelContext contextFrom(Vortex::Core::ConsoleEngine *engine, const MainWindowOptions &options)
{
    PanelContext context;
    context.engine = engine;
    context.messagesDatabasePath = options.messagesDatabasePath;
    context.pagingDatabasePath = options.pagingDatabasePath;
    context.demoMode = options.demoMode;
    return context;
}

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

    // Every panel is a dock; the central widget is an empty placeholder QMainWindow requires.
    auto *placeholder = new QWidget(this);
    placeholder->setObjectName(QStringLiteral("centralPlaceholder"));
    setCentralWidget(placeholder);
    placeholder->hide();

    m_theme = new ThemeController(this);
    m_bridge = new EngineBridge(engine, m_model, this);
    m_sev1 = new Sev1Watcher(engine, this);
    m_tray = new TrayController(this, this);
    connect(m_sev1, &Sev1Watcher::newSev1, m_tray, &TrayController::alertNewSev1);
    connect(m_tray, &TrayController::showWindowRequested, this, &MainWindow::showAndRaise);
    connect(m_tray, &TrayController::alerted, this,
            [this](const QString &alertTitle) { statusBar()->showMessage(alertTitle, 60000); });

    createMenus();
    m_panels = new PanelHost(this, contextFrom(engine, options), m_viewMenu);
    addPanels();
    createStatusBar();
    m_bridge->attachIndicators(m_twilioIndicator, m_relayIndicator);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPanels()
{
    // One line per panel: the id names it in the saved layout, the title is its tab and View
    // menu entry, Alt+<n> shows it. Board panels sit on the left, workspace panels are tabbed
    // on the right; the first of each is in front.
    using enum PanelHost::Placement;
    auto alt = [](int n) {
        return QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + n));
    };
    m_panels->add<IncidentsPanel>(QStringLiteral("incidents"), tr("&Incidents"), Board, alt(1));
    m_panel = new MessagesPanel(m_model);
    m_panels->add(QStringLiteral("messages"), tr("&Messages"), m_panel, Workspace, alt(2));
    m_panels->add<LogPanel>(QStringLiteral("log"), tr("&Log"), Workspace, alt(3));
    m_panels->add<DashboardPanel>(QStringLiteral("dashboard"), tr("&Dashboard"), Workspace, alt(4));
    m_panels->add<RoutingPanel>(QStringLiteral("routing"), tr("&Routing"), Workspace, alt(5));
    m_panels->add<TemplatesPanel>(QStringLiteral("templates"), tr("&Templates"), Workspace, alt(6));
}

void MainWindow::createMenus()
{
    m_sendTestPageAction = new QAction(tr("Send &test page\u2026"), this);
    m_sendTestPageAction->setObjectName(QStringLiteral("actionSendTestPage"));
    m_sendTestPageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_sendTestPageAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_sendTestPageAction->setStatusTip(
        tr("Send a test page by SMS, voice call or WhatsApp and follow its delivery"));
    connect(m_sendTestPageAction, &QAction::triggered, this, &MainWindow::openSendTestPage);

    m_settingsAction = new QAction(tr("&Settings\u2026"), this);
    m_settingsAction->setObjectName(QStringLiteral("actionSettings"));
    m_settingsAction->setShortcuts(
        {QKeySequence(QKeySequence::Preferences), QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setStatusTip(tr("Twilio accounts, Messaging Services, relay, budget"));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setObjectName(QStringLiteral("actionQuit"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto *aboutAction = new QAction(tr("&About Vortex Alert Console"), this);
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    auto *resetLayout = new QAction(tr("&Reset layout"), this);
    resetLayout->setObjectName(QStringLiteral("actionResetLayout"));
    resetLayout->setStatusTip(tr("Show every panel in its original place"));
    connect(resetLayout, &QAction::triggered, this, [this] { m_panels->resetLayout(); });

    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->addAction(m_sendTestPageAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quitAction);
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    // PanelHost puts the panel toggles above this part.
    m_viewMenu->addAction(resetLayout);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_tray->muteAction());
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(aboutAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_sendTestPageAction);
    if (m_options.demoMode) {
        addToolBarBreak();
        QToolBar *bannerBar = addToolBar(tr("Demo mode"));
        bannerBar->setObjectName(QStringLiteral("demoBannerBar"));
        bannerBar->setMovable(false);
        bannerBar->setFloatable(false);
        bannerBar->toggleViewAction()->setVisible(false); // cannot be switched off
        bannerBar->addWidget(createDemoBanner());
        // Styled once it sits in the tool bar (re-parenting resolves its palette again).
        styleDemoBanner(m_theme->isDark());
    }
}

void MainWindow::createStatusBar()
{
    m_twilioIndicator = new ConnectivityIndicator(tr("Twilio"), this);
    m_twilioIndicator->setObjectName(QStringLiteral("twilioIndicator"));
    m_relayIndicator = new ConnectivityIndicator(tr("Relay"), this);
    m_relayIndicator->setObjectName(QStringLiteral("relayIndicator"));
    statusBar()->addPermanentWidget(m_twilioIndicator);
    statusBar()->addPermanentWidget(m_relayIndicator);
}

QWidget *MainWindow::createDemoBanner()
{
    m_demoBanner
        = new QLabel(tr("Demo mode: messages go to a local Twilio twin, not real phones."), this);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setAlignment(Qt::AlignCenter);
    m_demoBanner->setWordWrap(true);
    m_demoBanner->setMargin(6);
    m_demoBanner->setAutoFillBackground(true);
    m_demoBanner->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    QFont font = m_demoBanner->font();
    font.setBold(true);
    m_demoBanner->setFont(font);
    m_demoBanner->setAccessibleName(m_demoBanner->text());
    connect(m_theme, &ThemeController::darkChanged, this, &MainWindow::styleDemoBanner);
    return m_demoBanner;
}

void MainWindow::styleDemoBanner(bool dark)
{
    if (!m_demoBanner)
        return;
    // Amber either way; dark text on light amber, light text on deep amber (both > 7:1).
    const QColor background = dark ? QColor(0x5d, 0x40, 0x00) : QColor(0xff, 0xf3, 0xc4);
    const QColor text = dark ? QColor(0xff, 0xe8, 0xa3) : QColor(0x5d, 0x40, 0x00);
    QPalette palette = m_demoBanner->palette();
    // A tool bar gives its widgets the Button role: both roles carry the banner's colours.
    for (auto role : {QPalette::Window, QPalette::Button})
        palette.setColor(role, background);
    for (auto role : {QPalette::WindowText, QPalette::ButtonText})
        palette.setColor(role, text);
    m_demoBanner->setPalette(palette);
}

SendTestPageDialog *MainWindow::sendTestPageDialog() const
{
    return m_dialog.data();
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return m_settingsDialog.data();
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

void MainWindow::openSettings()
{
    if (!m_settingsDialog) {
        if (!m_settings) {
            m_settings
                = m_options.settingsFile.isEmpty()
                      ? std::make_unique<Vortex::Core::ConsoleSettings>()
                      : std::make_unique<Vortex::Core::ConsoleSettings>(m_options.settingsFile);
        }
        Vortex::Core::Security::SecretStore *secrets = m_options.secretStore;
        if (!secrets) {
            if (!m_ownSecretStore)
                m_ownSecretStore = std::make_unique<Vortex::Core::Security::KeychainSecretStore>();
            secrets = m_ownSecretStore.get();
        }
        m_settingsDialog = new SettingsDialog(m_settings.get(), secrets, this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settingsDialog, &SettingsDialog::saved, this, [this] {
            m_tray->reloadSettings();
            m_theme->reloadSettings();
            statusBar()->showMessage(
                tr("Settings saved. Account, relay and demo mode changes apply at the next start."),
                10000);
        });
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
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

void MainWindow::showAndRaise()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_panel->saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState(LayoutVersion));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 760);
    // A layout from another version is ignored: the panels then start in their default places.
    // Panels added since the layout was saved keep their default place.
    if (!restoreState(settings.value(QStringLiteral("state")).toByteArray(), LayoutVersion))
        m_panels->applyDefaultSizes(); // first start: proportions, not the docks' size hints
}

} // namespace Vortex::Ui

#include "moc_mainwindow.cpp"
