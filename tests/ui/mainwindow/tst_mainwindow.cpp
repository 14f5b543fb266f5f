// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include <ui/dialogs/sendtestpagedialog.h>
#include <ui/mainwindow/mainwindow.h>
#include <ui/mainwindow/panelhost.h>
#include <ui/mainwindow/themecontroller.h>
#include <ui/mainwindow/traycontroller.h>
#include <ui/models/messagesmodel.h>
#include <ui/models/messagestatusstyle.h>
#include <ui/settings/settingsdialog.h>
#include <ui/views/connectivityindicator.h>
#include <ui/views/messagespanel.h>

#include <core/console/consoleengine.h>

#include <support/testsupport.h>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

using Vortex::Core::ConsoleEngine;
using Vortex::Core::ConsoleEngineOptions;
using Vortex::Ui::MainWindow;
using Vortex::Ui::MainWindowOptions;

namespace {

MainWindowOptions options(bool demo, const QString &dataLocation = {})
{
    MainWindowOptions o;
    o.demoMode = demo;
    o.dataLocation = dataLocation;
    return o;
}

} // namespace

TEST(MainWindow, DemoModeSaysSoInTitleAndBanner)
{
    ConsoleEngine engine{ConsoleEngineOptions{}}; // never started: no network, no disk
    MainWindow window(&engine, options(true, QStringLiteral("/tmp/vortex-demo")));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("DEMO")));
    auto *banner = window.findChild<QLabel *>(QStringLiteral("demoBanner"));
    ASSERT_TRUE(banner);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("not real phones")));
    EXPECT_TRUE(window.findChild<QTableView *>(QStringLiteral("messagesTable")));
    EXPECT_TRUE(
        window.findChild<Vortex::Ui::ConnectivityIndicator *>(QStringLiteral("twilioIndicator")));
    EXPECT_TRUE(
        window.findChild<Vortex::Ui::ConnectivityIndicator *>(QStringLiteral("relayIndicator")));
    // For people checking the shell's look: VORTEX_SHELL_SCREENSHOT=/tmp/shell.png.
    if (const QString path = qEnvironmentVariable("VORTEX_SHELL_SCREENSHOT"); !path.isEmpty())
        window.grab().save(path);
}

TEST(MainWindow, NormalModeHasNoBanner)
{
    ConsoleEngine engine{ConsoleEngineOptions{}};
    MainWindow window(&engine, options(false));
    EXPECT_FALSE(window.windowTitle().contains(QStringLiteral("DEMO")));
    EXPECT_FALSE(window.findChild<QLabel *>(QStringLiteral("demoBanner")));
}

TEST(MainWindow, EngineSignalsReachModelIndicatorsAndDialog)
{
    ConsoleEngine engine{ConsoleEngineOptions{}};
    MainWindow window(&engine, options(true));
    window.show();

    Vortex::Core::MessageRecord rec;
    rec.sid = QStringLiteral("SM00000000000000000000000000000001");
    rec.status = QStringLiteral("sent");
    rec.to = QStringLiteral("+14155552671");
    rec.dateCreated = QDateTime::currentDateTimeUtc();
    Q_EMIT engine.messagesLoaded({rec});
    // Queued: nothing happens until the event loop runs.
    EXPECT_EQ(window.messagesModel()->rowCount(), 0);
    ASSERT_TRUE(Vortex::Test::waitUntil([&] { return window.messagesModel()->rowCount() == 1; }));

    Vortex::Core::ConnectivityState online;
    online.state = Vortex::Core::Connectivity::Online;
    online.detail = QStringLiteral("twin at 127.0.0.1");
    Q_EMIT engine.twilioConnectivityChanged(online);
    auto *twilio
        = window.findChild<Vortex::Ui::ConnectivityIndicator *>(QStringLiteral("twilioIndicator"));
    ASSERT_TRUE(twilio);
    ASSERT_TRUE(Vortex::Test::waitUntil(
        [&] { return twilio->state().state == Vortex::Core::Connectivity::Online; }));
    EXPECT_TRUE(twilio->text().contains(QStringLiteral("online")));
    EXPECT_TRUE(twilio->toolTip().contains(QStringLiteral("127.0.0.1")));

    // Ctrl+T opens the dialog; the engine's answers reach it.
    window.sendTestPageAction()->trigger();
    Vortex::Ui::SendTestPageDialog *dialog = window.sendTestPageDialog();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(window.sendTestPageAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));
    dialog->setRecipient(QStringLiteral("+14155552671"));
    auto *send = dialog->findChild<QWidget *>(QStringLiteral("sendButton"));
    ASSERT_TRUE(send);

    // A real round trip through the engine: it has no sender configured and says so.
    QTest::mouseClick(send, Qt::LeftButton);
    ASSERT_EQ(dialog->phase(), Vortex::Ui::SendTestPageDialog::Phase::Sending);
    ASSERT_TRUE(Vortex::Test::waitUntil(
        [&] { return dialog->phase() == Vortex::Ui::SendTestPageDialog::Phase::Finished; }));
    EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("Not sent")))
        << qPrintable(dialog->statusText());

    // Then an accepted one, as the engine reports it, followed until delivered.
    QTest::mouseClick(send, Qt::LeftButton);
    ASSERT_EQ(dialog->phase(), Vortex::Ui::SendTestPageDialog::Phase::Sending);
    Vortex::Core::SendOutcome outcome;
    outcome.requestId = dialog->pendingRequestId();
    outcome.ok = true;
    outcome.sid = QStringLiteral("SM00000000000000000000000000000002");
    Q_EMIT engine.testPageFinished(outcome);
    rec.sid = outcome.sid;
    rec.status = QStringLiteral("delivered");
    Q_EMIT engine.messageChanged(rec);
    ASSERT_TRUE(Vortex::Test::waitUntil(
        [&] { return dialog->trackedStatus() == QLatin1String("delivered"); }));
    EXPECT_EQ(window.messagesModel()->rowCount(), 2);
}

namespace {

/// A standard panel as the other panels are built: it keeps what the shell gave it.
class ProbePanel : public QWidget
{
public:
    ProbePanel(const Vortex::Ui::PanelContext &context, QWidget *parent)
        : QWidget(parent)
        , context(context)
    {
        setObjectName(QStringLiteral("probePanel"));
    }
    Vortex::Ui::PanelContext context;
};

Vortex::Core::Paging::Incident incident(qint64 id, Vortex::Core::Paging::Severity severity,
                                        Vortex::Core::Paging::IncidentState state
                                        = Vortex::Core::Paging::IncidentState::Triggered)
{
    Vortex::Core::Paging::Incident i;
    i.id = id;
    i.code = QString::number(id);
    i.severity = severity;
    i.state = state;
    i.title = QStringLiteral("Checkout down %1").arg(id);
    return i;
}

double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
               + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

TEST(MainWindowShell, PanelsAreDocksShownFromTheViewMenu)
{
    ConsoleEngine engine{ConsoleEngineOptions{}};
    MainWindow window(&engine, options(false));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    QDockWidget *messages = window.panels()->dock(QStringLiteral("messages"));
    ASSERT_TRUE(messages);
    EXPECT_EQ(messages->widget(), window.messagesPanel());
    EXPECT_TRUE(messages->isVisible());
    auto *toggle = window.findChild<QAction *>(QStringLiteral("actionShow_messages"));
    ASSERT_TRUE(toggle);
    EXPECT_EQ(toggle->shortcut(), QKeySequence(Qt::ALT | Qt::Key_2));
    auto *viewMenu = window.findChild<QMenu *>(QStringLiteral("viewMenu"));
    ASSERT_TRUE(viewMenu);
    EXPECT_TRUE(viewMenu->actions().contains(toggle));

    toggle->trigger();
    EXPECT_FALSE(messages->isVisible());
    toggle->trigger();
    EXPECT_TRUE(messages->isVisible());

    messages->close();
    window.findChild<QAction *>(QStringLiteral("actionResetLayout"))->trigger();
    EXPECT_TRUE(messages->isVisible());
}

TEST(MainWindowShell, AStandardPanelIsOneLineAndGetsTheWindowsContext)
{
    ConsoleEngine engine{ConsoleEngineOptions{}};
    MainWindowOptions o = options(true);
    o.messagesDatabasePath = QStringLiteral("/data/console.sqlite");
    o.pagingDatabasePath = QStringLiteral("/data/paging.sqlite");
    MainWindow window(&engine, o);
    window.show();

    auto *probe
        = window.panels()->add<ProbePanel>(QStringLiteral("probe"), QStringLiteral("Probe"));
    ASSERT_TRUE(probe);
    EXPECT_EQ(probe->context.engine, &engine);
    EXPECT_EQ(probe->context.messagesDatabasePath, o.messagesDatabasePath);
    EXPECT_EQ(probe->context.pagingDatabasePath, o.pagingDatabasePath);
    EXPECT_TRUE(probe->context.demoMode);
    QDockWidget *dock = window.panels()->dock(QStringLiteral("probe"));
    ASSERT_TRUE(dock);
    EXPECT_EQ(dock->widget(), probe);
    // Workspace panels share one tabbed area; showing one brings it to the front.
    EXPECT_TRUE(window.tabifiedDockWidgets(window.panels()->dock(QStringLiteral("messages")))
                    .contains(dock));
    window.panels()->showPanel(QStringLiteral("probe"));
    EXPECT_TRUE(Vortex::Test::waitUntil([&] { return probe->isVisible(); }));
}

TEST(MainWindowShell, RemembersItsLayout)
{
    QSettings().remove(QStringLiteral("ui/mainWindow"));
    ConsoleEngine engine{ConsoleEngineOptions{}};
    {
        MainWindow window(&engine, options(false));
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.resize(1500, 820);
        ASSERT_TRUE(Vortex::Test::waitUntil([&] { return window.size() == QSize(1500, 820); }));
        window.panels()->dock(QStringLiteral("messages"))->close();
        window.close();
    }
    EXPECT_FALSE(QSettings().value(QStringLiteral("ui/mainWindow/state")).toByteArray().isEmpty());
    {
        MainWindow window(&engine, options(false));
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        EXPECT_EQ(window.size(), QSize(1500, 820));
        EXPECT_FALSE(window.panels()->dock(QStringLiteral("messages"))->isVisible());
        window.findChild<QAction *>(QStringLiteral("actionShow_messages"))->trigger();
        EXPECT_TRUE(window.panels()->dock(QStringLiteral("messages"))->isVisible());
        window.close();
    }
    MainWindow again(&engine, options(false));
    again.show();
    EXPECT_TRUE(again.panels()->dock(QStringLiteral("messages"))->isVisible());
}

TEST(MainWindowShell, NewSev1IncidentsAlertOnceUnlessMuted)
{
    QSettings().remove(Vortex::Ui::TrayController::settingsKey());
    using Vortex::Core::Paging::IncidentState;
    using Vortex::Core::Paging::Severity;
    ConsoleEngine engine{ConsoleEngineOptions{}};
    MainWindow window(&engine, options(false));
    Vortex::Ui::TrayController *tray = window.tray();
    ASSERT_TRUE(tray);
    // Offscreen has no system tray: no icon, and nothing fails.
    EXPECT_EQ(tray->trayIcon() != nullptr, QSystemTrayIcon::isSystemTrayAvailable());
    QSignalSpy alerts(tray, &Vortex::Ui::TrayController::alerted);

    Q_EMIT engine.incidentsLoaded({incident(1, Severity::Sev1)}); // already there: not news
    Q_EMIT engine.incidentChanged(incident(1, Severity::Sev1));
    Q_EMIT engine.incidentChanged(incident(2, Severity::Sev2));
    Q_EMIT engine.incidentChanged(incident(3, Severity::Sev1));
    Q_EMIT engine.incidentChanged(incident(3, Severity::Sev1, IncidentState::Acknowledged));
    Q_EMIT engine.incidentChanged(incident(3, Severity::Sev1)); // paging again after a snooze
    Q_EMIT engine.incidentChanged(incident(2, Severity::Sev1)); // raised to sev1: news
    ASSERT_TRUE(Vortex::Test::waitUntil([&] { return alerts.count() >= 2; }));
    QCoreApplication::processEvents();
    ASSERT_EQ(alerts.count(), 2);
    EXPECT_EQ(alerts.at(0).at(0).toString(), QStringLiteral("Sev1 incident #3"));
    EXPECT_TRUE(alerts.at(0).at(1).toString().contains(QStringLiteral("Checkout down 3")));
    EXPECT_EQ(alerts.at(1).at(0).toString(), QStringLiteral("Sev1 incident #2"));
    EXPECT_EQ(tray->alertCount(), 2);

    tray->muteAction()->trigger();
    EXPECT_TRUE(tray->isMuted());
    EXPECT_TRUE(QSettings().value(Vortex::Ui::TrayController::settingsKey()).toBool());
    Q_EMIT engine.incidentChanged(incident(4, Severity::Sev1));
    QTest::qWait(20);
    EXPECT_EQ(alerts.count(), 2) << "muted";
    // A new window (next start) is still muted.
    MainWindow next(&engine, options(false));
    EXPECT_TRUE(next.tray()->muteAction()->isChecked());
    next.tray()->setMuted(false);
}

TEST(MainWindowShell, DarkAndLightPalettesKeepStatusColoursReadable)
{
    using Vortex::Ui::MessageStatusStyle;
    using Vortex::Ui::ThemeController;
    ConsoleEngine engine{ConsoleEngineOptions{}};
    MainWindow window(&engine, options(true));
    window.show();
    ThemeController *theme = window.theme();
    ASSERT_TRUE(theme);
    ASSERT_EQ(theme->mode(), ThemeController::Mode::System);
    EXPECT_FALSE(theme->isDark()) << "the offscreen platform's palette is light";
    QSignalSpy changes(theme, &ThemeController::darkChanged);
    auto *banner = window.findChild<QLabel *>(QStringLiteral("demoBanner"));
    ASSERT_TRUE(banner);
    const QColor lightBanner = banner->palette().color(QPalette::Window);

    // The system turns dark (a platform palette change reaches the application).
    QApplication::setPalette(ThemeController::darkPalette());
    ASSERT_TRUE(Vortex::Test::waitUntil([&] { return theme->isDark(); }));
    EXPECT_EQ(changes.count(), 1);
    EXPECT_NE(banner->palette().color(QPalette::Window), lightBanner);
    EXPECT_GT(contrast(banner->palette().color(QPalette::Window),
                       banner->palette().color(QPalette::WindowText)),
              7.0);

    for (const QPalette &palette :
         {ThemeController::lightPalette(), ThemeController::darkPalette()}) {
        for (auto tone : {MessageStatusStyle::Tone::Good, MessageStatusStyle::Tone::Bad,
                          MessageStatusStyle::Tone::Warning, MessageStatusStyle::Tone::InFlight,
                          MessageStatusStyle::Tone::Neutral}) {
            const QColor colour = MessageStatusStyle::colour(tone, palette);
            EXPECT_GE(contrast(colour, palette.color(QPalette::Window)), 4.5)
                << qPrintable(colour.name()) << " on "
                << qPrintable(palette.color(QPalette::Window).name());
            EXPECT_GE(contrast(colour, palette.color(QPalette::Base)), 4.5)
                << qPrintable(colour.name()) << " on "
                << qPrintable(palette.color(QPalette::Base).name());
        }
    }
    // The status colours follow the application's palette.
    EXPECT_EQ(
        MessageStatusStyle::colour(QStringLiteral("delivered")),
        MessageStatusStyle::colour(MessageStatusStyle::Tone::Good, ThemeController::darkPalette()));

    // Back to the platform's palette; then forced dark and light are remembered.
    theme->setMode(ThemeController::Mode::Light);
    EXPECT_FALSE(theme->isDark());
    theme->setMode(ThemeController::Mode::Dark);
    EXPECT_TRUE(theme->isDark());
    EXPECT_EQ(QSettings().value(ThemeController::settingsKey()).toString(), QStringLiteral("dark"));
    theme->setMode(ThemeController::Mode::System);
    EXPECT_FALSE(theme->isDark());
    EXPECT_FALSE(ThemeController::isDark(QGuiApplication::palette()));
}

TEST(MainWindowShell, TestCallFromTheDialogReachesTheEngine)
{
    ConsoleEngine engine{ConsoleEngineOptions{}}; // never started: it refuses, for real
    MainWindow window(&engine, options(true));
    window.show();
    window.openSendTestPage();
    Vortex::Ui::SendTestPageDialog *dialog = window.sendTestPageDialog();
    ASSERT_TRUE(dialog);
    dialog->setChannel(Vortex::Core::Paging::Channel::Voice);
    dialog->setRecipient(QStringLiteral("+447400123456"));
    auto *send = dialog->findChild<QPushButton *>(QStringLiteral("sendButton"));
    ASSERT_TRUE(send && send->isEnabled());
    send->click();
    ASSERT_TRUE(Vortex::Test::waitUntil(
        [&] { return dialog->phase() == Vortex::Ui::SendTestPageDialog::Phase::Finished; }));
    EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("No sender number")))
        << qPrintable(dialog->statusText());

    // A call the engine accepted is followed through its statuses to the end.
    send->click();
    Vortex::Core::SendOutcome outcome;
    outcome.requestId = dialog->pendingRequestId();
    outcome.ok = true;
    outcome.sid = QStringLiteral("CA00000000000000000000000000000001");
    Q_EMIT engine.testPageFinished(outcome);
    Vortex::Core::MessageRecord call;
    call.sid = outcome.sid;
    for (const char *status : {"ringing", "in-progress", "completed"}) {
        call.status = QString::fromLatin1(status);
        Q_EMIT engine.testCallChanged(call);
    }
    ASSERT_TRUE(Vortex::Test::waitUntil(
        [&] { return dialog->trackedStatus() == QLatin1String("completed"); }));
    EXPECT_EQ(dialog->phase(), Vortex::Ui::SendTestPageDialog::Phase::Finished);
    EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("Completed")));
    EXPECT_EQ(window.messagesModel()->rowCount(), 0) << "calls are not messages";
}

TEST(MainWindowShell, SettingsOpenFromTheMenu)
{
    ConsoleEngine engine{ConsoleEngineOptions{}};
    QTemporaryDir dir;
    MainWindowOptions o = options(false);
    o.settingsFile = dir.filePath(QStringLiteral("console.ini"));
    MainWindow window(&engine, o);
    window.show();
    ASSERT_TRUE(window.settingsAction());
    EXPECT_TRUE(
        window.settingsAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    window.settingsAction()->trigger();
    ASSERT_TRUE(window.settingsDialog());
    EXPECT_TRUE(window.settingsDialog()->isVisible());
}
