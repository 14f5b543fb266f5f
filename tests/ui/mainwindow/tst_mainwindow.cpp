// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include <ui/dialogs/sendtestpagedialog.h>
#include <ui/mainwindow/mainwindow.h>
#include <ui/models/messagesmodel.h>
#include <ui/views/connectivityindicator.h>
#include <ui/views/messagespanel.h>

#include <core/console/consoleengine.h>

#include <support/testsupport.h>

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

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
