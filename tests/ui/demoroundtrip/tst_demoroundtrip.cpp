// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The console window against the real demo stack (Twilio twin + relay on loopback) with the
// engine on its worker thread, as the application runs it.
#include <ui/dialogs/sendtestpagedialog.h>
#include <ui/mainwindow/mainwindow.h>
#include <ui/models/messagesmodel.h>

#include <core/console/consoleengine.h>
#include <core/demo/demostack.h>

#include <support/testsupport.h>

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

using Vortex::Core::ConsoleEngine;
using Vortex::Core::ConsoleEngineOptions;
using Vortex::Ui::MessagesModel;
using Vortex::Ui::SendTestPageDialog;

TEST(DemoRoundTrip, TestPageFromTheDialogIsDelivered)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Vortex::Core::Demo::DemoStack stack(dir.filePath(QStringLiteral("demo")));
    QSignalSpy started(&stack, &Vortex::Core::Demo::DemoStack::started);
    QSignalSpy failed(&stack, &Vortex::Core::Demo::DemoStack::failed);
    stack.start();
    ASSERT_TRUE(
        Vortex::Test::waitUntil([&] { return !started.isEmpty() || !failed.isEmpty(); }, 20000));
    ASSERT_TRUE(failed.isEmpty()) << qPrintable(failed.first().first().toString());
    const auto &endpoints = stack.endpoints();
    ASSERT_FALSE(endpoints.phoneBook.isEmpty());

    ConsoleEngineOptions options;
    options.twilioApiBase = endpoints.twinBase;
    options.accountSid = endpoints.accountSid;
    options.apiUsername = endpoints.accountSid;
    options.apiSecret = endpoints.authToken;
    options.fromNumber = endpoints.fromNumber;
    options.statusCallbackUrl = endpoints.statusCallbackUrl;
    options.relayBase = endpoints.relayBase;
    options.relayToken = endpoints.consoleToken;
    options.databasePath = dir.filePath(QStringLiteral("console.sqlite"));

    QThread engineThread;
    auto *engine = new ConsoleEngine(options);
    engine->moveToThread(&engineThread);
    engineThread.start();
    {
        Vortex::Ui::MainWindow window(engine, {true, dir.path()});
        window.show();
        QMetaObject::invokeMethod(
            engine, [engine] { engine->start(); }, Qt::QueuedConnection);

        window.sendTestPageAction()->trigger();
        SendTestPageDialog *dialog = window.sendTestPageDialog();
        ASSERT_TRUE(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("recipientEdit")),
                         endpoints.phoneBook.first());
        auto *send = dialog->findChild<QPushButton *>(QStringLiteral("sendButton"));
        ASSERT_TRUE(send && send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);

        ASSERT_TRUE(Vortex::Test::waitUntil(
            [&] { return dialog->phase() == SendTestPageDialog::Phase::Finished; }, 60000))
            << qPrintable(dialog->statusText());
        // The twin delivers most pages; its seeded lifecycle may also fail a few, which the
        // dialog must then report just as faithfully.
        const QString status = dialog->trackedStatus();
        EXPECT_TRUE(status == QLatin1String("delivered") || status == QLatin1String("undelivered")
                    || status == QLatin1String("failed"))
            << qPrintable(status);
        EXPECT_TRUE(dialog->statusText().contains(status, Qt::CaseInsensitive))
            << qPrintable(dialog->statusText());
        ASSERT_TRUE(dialog->trackedSid().startsWith(QStringLiteral("SM")));

        // The same message shows in the table, with the same final status.
        MessagesModel *model = window.messagesModel();
        ASSERT_TRUE(Vortex::Test::waitUntil(
            [&] {
                const int row = model->rowOfSid(dialog->trackedSid());
                return row >= 0 && model->record(row).status == status;
            },
            10000));
        EXPECT_EQ(model->record(model->rowOfSid(dialog->trackedSid())).to,
                  endpoints.phoneBook.first());
    }
    QMetaObject::invokeMethod(
        engine,
        [engine] {
            engine->stop();
            delete engine;
        },
        Qt::BlockingQueuedConnection);
    engineThread.quit();
    engineThread.wait();
}
