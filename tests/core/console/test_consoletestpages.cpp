// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Test pages over WhatsApp and voice from the console's engine, against the demo stack (twin +
// relay on loopback): the WhatsApp page gets Twilio's real answer for a freeform message outside
// the 24-hour window, the call rings, is answered, reads the text and completes.
#include "core/console/consoleengine.h"
#include "core/demo/demostack.h"
#include "support/testsupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

using namespace Vortex::Core;

namespace {

/// Nobody scripted this number in the demo: the twin's default person answers calls and has
/// never written on WhatsApp.
const QString Unscripted = QStringLiteral("+447400123458");

class ConsoleTestPages : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_stack = std::make_unique<Demo::DemoStack>(m_dir.path());
        std::optional<Demo::DemoEndpoints> endpoints;
        QObject::connect(m_stack.get(), &Demo::DemoStack::started, m_stack.get(),
                         [&](const Demo::DemoEndpoints &e) { endpoints = e; });
        m_stack->start();
        ASSERT_TRUE(Vortex::Test::waitUntil([&] { return endpoints.has_value(); }, 15000));
        ConsoleEngineOptions options
            = endpoints->engineOptions(m_dir.filePath(QStringLiteral("console.sqlite")));
        options.pagingDatabasePath.clear(); // the paging engine is not under test here
        m_engine = std::make_unique<ConsoleEngine>(options);
        QObject::connect(m_engine.get(), &ConsoleEngine::testPageFinished, m_engine.get(),
                         [this](const SendOutcome &outcome) { m_outcomes.append(outcome); });
        QObject::connect(m_engine.get(), &ConsoleEngine::messageChanged, m_engine.get(),
                         [this](const MessageRecord &record) { m_messages.append(record); });
        QObject::connect(m_engine.get(), &ConsoleEngine::testCallChanged, m_engine.get(),
                         [this](const MessageRecord &call) { m_calls.append(call); });
        m_engine->start();
    }

    void TearDown() override
    {
        if (m_engine)
            m_engine->stop();
        m_engine.reset();
        m_stack.reset();
    }

    std::optional<SendOutcome> outcome(quint64 requestId) const
    {
        for (const SendOutcome &o : m_outcomes) {
            if (o.requestId == requestId)
                return o;
        }
        return std::nullopt;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Demo::DemoStack> m_stack;
    std::unique_ptr<ConsoleEngine> m_engine;
    QList<SendOutcome> m_outcomes;
    QList<MessageRecord> m_messages;
    QList<MessageRecord> m_calls;
};

} // namespace

TEST_F(ConsoleTestPages, WhatsAppOutsideTheWindowFailsWithTwiliosReason)
{
    m_engine->sendTestWhatsApp(7, Unscripted, QStringLiteral("[TEST] WhatsApp page"));
    ASSERT_TRUE(Vortex::Test::waitUntil([&] { return outcome(7).has_value(); }, 10000));
    const SendOutcome sent = *outcome(7);
    ASSERT_TRUE(sent.ok) << sent.errorText.toStdString();
    ASSERT_TRUE(sent.sid.startsWith(QStringLiteral("SM")));
    auto final = [&]() -> std::optional<MessageRecord> {
        for (const MessageRecord &r : m_messages) {
            if (r.sid == sent.sid && r.isFinal())
                return r;
        }
        return std::nullopt;
    };
    ASSERT_TRUE(Vortex::Test::waitUntil([&] { return final().has_value(); }, 15000));
    EXPECT_EQ(final()->status, QStringLiteral("failed"));
    EXPECT_EQ(final()->errorCode, 63016) << "freeform WhatsApp outside the 24-hour window";
    EXPECT_EQ(final()->to, QStringLiteral("whatsapp:") + Unscripted);
}

TEST_F(ConsoleTestPages, VoiceTestCallRingsIsAnsweredAndCompletes)
{
    m_engine->sendTestCall(8, QStringLiteral("12345"), QStringLiteral("Hello"));
    ASSERT_TRUE(Vortex::Test::waitUntil([&] { return outcome(8).has_value(); }));
    EXPECT_FALSE(outcome(8)->ok);
    EXPECT_TRUE(outcome(8)->errorText.contains(QStringLiteral("not a valid phone number")));

    m_engine->sendTestCall(9, Unscripted,
                           QStringLiteral("This is a test call from the Vortex console."));
    ASSERT_TRUE(Vortex::Test::waitUntil([&] { return outcome(9).has_value(); }, 10000));
    const SendOutcome placed = *outcome(9);
    ASSERT_TRUE(placed.ok) << placed.errorText.toStdString();
    ASSERT_TRUE(placed.sid.startsWith(QStringLiteral("CA")));
    ASSERT_TRUE(Vortex::Test::waitUntil(
        [&] { return !m_calls.isEmpty() && m_calls.last().status == QLatin1String("completed"); },
        60000))
        << "last status: " << (m_calls.isEmpty() ? "none" : m_calls.last().status.toStdString());
    QStringList statuses;
    for (const MessageRecord &call : std::as_const(m_calls)) {
        EXPECT_EQ(call.sid, placed.sid);
        statuses << call.status;
    }
    // Only forward, each status once; the call was answered before it completed.
    EXPECT_EQ(statuses.removeDuplicates(), 0) << statuses.join(u',').toStdString();
    EXPECT_TRUE(statuses.contains(QStringLiteral("in-progress")))
        << statuses.join(u',').toStdString();
    // Calls are not messages: nothing with the call's SID reached the message store.
    for (const MessageRecord &r : std::as_const(m_messages))
        EXPECT_NE(r.sid, placed.sid);
}
