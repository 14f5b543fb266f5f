// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// A test page typed into the real dialog of the real main window reaches "delivered" in the
// console's model, carried by the twin's signed callbacks through the relay's feed.
#include "core/console/consoleengine.h"
#include "core/demo/demostack.h"
#include "support/testsupport.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/models/messagesmodel.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QThread>

#include <gtest/gtest.h>

#include <optional>

using namespace Vortex;

namespace {

/// The demo stack and an engine on its own thread, as the console composes them.
class ConsoleFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_stack = std::make_unique<Core::Demo::DemoStack>(m_dir.filePath(QStringLiteral("demo")));
        std::optional<Core::Demo::DemoEndpoints> endpoints;
        QString failure;
        QObject::connect(m_stack.get(), &Core::Demo::DemoStack::started, m_stack.get(),
                         [&endpoints](const Core::Demo::DemoEndpoints &e) { endpoints = e; });
        QObject::connect(m_stack.get(), &Core::Demo::DemoStack::failed, m_stack.get(),
                         [&failure](const QString &why) { failure = why; });
        m_stack->start();
        ASSERT_TRUE(
            Vortex::Test::waitUntil([&] { return endpoints || !failure.isEmpty(); }, 10000));
        ASSERT_TRUE(endpoints.has_value()) << failure.toStdString();
        m_endpoints = *endpoints;

        Core::ConsoleEngineOptions options
            = m_endpoints.engineOptions(m_dir.filePath(QStringLiteral("console.sqlite")));
        m_engine = new Core::ConsoleEngine(options);
        m_engine->moveToThread(&m_engineThread);
        m_engineThread.start();
    }

    void TearDown() override
    {
        m_window.reset();
        if (m_engine) {
            QMetaObject::invokeMethod(m_engine, &Core::ConsoleEngine::stop,
                                      Qt::BlockingQueuedConnection);
            QMetaObject::invokeMethod(
                m_engine, [e = m_engine] { delete e; }, Qt::BlockingQueuedConnection);
        }
        m_engineThread.quit();
        m_engineThread.wait();
        m_stack.reset();
    }

    int relayEventCount()
    {
        QNetworkAccessManager nam;
        QUrl health = m_endpoints.relayBase;
        health.setPath(QStringLiteral("/healthz"));
        QNetworkReply *reply = nam.get(QNetworkRequest(health));
        Vortex::Test::waitUntil([reply] { return reply->isFinished(); }, 5000);
        const auto json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return json.value(QStringLiteral("events")).toInt(-1);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Core::Demo::DemoStack> m_stack;
    Core::Demo::DemoEndpoints m_endpoints;
    QThread m_engineThread;
    Core::ConsoleEngine *m_engine = nullptr;
    std::unique_ptr<Ui::MainWindow> m_window;
};

} // namespace

TEST_F(ConsoleFixture, TestPageFromTheDialogIsDeliveredInTheModelThroughTheRelay)
{
    Ui::MainWindowOptions windowOptions;
    windowOptions.demoMode = true;
    m_window = std::make_unique<Ui::MainWindow>(m_engine, windowOptions);
    m_window->show();
    QMetaObject::invokeMethod(m_engine, &Core::ConsoleEngine::start, Qt::QueuedConnection);
    EXPECT_TRUE(m_window->windowTitle().contains(QStringLiteral("DEMO")));

    m_window->openSendTestPage();
    QWidget *dialog = m_window->findChild<QWidget *>(QStringLiteral("sendTestPageDialog"));
    ASSERT_NE(dialog, nullptr);
    auto *recipient = dialog->findChild<QLineEdit *>(QStringLiteral("recipientEdit"));
    auto *send = dialog->findChild<QPushButton *>(QStringLiteral("sendButton"));
    ASSERT_NE(recipient, nullptr);
    ASSERT_NE(send, nullptr);
    recipient->setText(QStringLiteral("+447400123456"));
    const QString body = QStringLiteral("[TEST] e2e page — reply ACK");
    if (auto *plain = dialog->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit")))
        plain->setPlainText(body);
    else if (auto *rich = dialog->findChild<QTextEdit *>(QStringLiteral("bodyEdit")))
        rich->setPlainText(body);
    ASSERT_TRUE(send->isEnabled());

    QElapsedTimer elapsed;
    elapsed.start();
    send->click();

    Ui::MessagesModel *model = m_window->messagesModel();
    auto deliveredRow = [model]() -> int {
        for (int row = 0; row < model->rowCount(); ++row) {
            const Core::MessageRecord &r = model->record(row);
            if (r.status == QLatin1String("delivered") && !r.price.isEmpty())
                return row;
        }
        return -1;
    };
    ASSERT_TRUE(Vortex::Test::waitUntil([&] { return deliveredRow() >= 0; }, 10000))
        << "no delivered (and priced) message within 10 s; rows: " << model->rowCount();
    const qint64 ms = elapsed.elapsed();
    const Core::MessageRecord record = model->record(deliveredRow());
    EXPECT_TRUE(record.sid.startsWith(QStringLiteral("SM")));
    EXPECT_EQ(record.to, QStringLiteral("+447400123456"));
    EXPECT_EQ(record.body, body);
    EXPECT_EQ(record.numSegments, 1) << "the dash makes it UCS-2, still one segment";
    EXPECT_TRUE(record.price.startsWith(QLatin1Char('-'))) << "Twilio prices are negative strings";
    EXPECT_LT(ms, 10000);
    // The statuses came through the relay (reconciliation only starts after 20 s): it stored
    // at least sending/sent/delivered for this message.
    EXPECT_GE(relayEventCount(), 2);
    std::cout << "test page delivered in the model after " << ms << " ms" << std::endl;
}
