// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/relay/relayfeedclient.h"
#include "core/relay/relayserver.h"
#include "relaytestclient.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Vortex::Core::Relay;
using Vortex::Test::RelayTestClient;
using Vortex::Test::waitUntil;

namespace {

const QByteArray kAuthToken = QByteArrayLiteral("feed-test-auth-token");
const QByteArray kConsoleToken = QByteArrayLiteral("feed-test-console-token");

RelayConfig configFor(const QString &dataDir, quint16 port = 0)
{
    RelayConfig config;
    config.twilioAuthToken = kAuthToken;
    config.dataDirectory = dataDir;
    config.consoleTokens = {kConsoleToken};
    config.listenPort = port;
    return config;
}

int post(RelayTestClient &client, const RelayServer &server, int n, const QString &status)
{
    const QString url = server.statusCallbackUrl().toString();
    return client
        .postSigned(server.statusCallbackUrl(), url,
                    RelayTestClient::statusForm(RelayTestClient::messageSid(n), status), kAuthToken)
        .status;
}

struct Recorder
{
    QList<RelayEvent> events;
    QList<bool> online;
    QStringList details;
};

void record(RelayFeedClient &client, Recorder &recorder)
{
    QObject::connect(&client, &RelayFeedClient::eventsReceived, &client,
                     [&recorder](const QList<RelayEvent> &events) { recorder.events += events; });
    QObject::connect(&client, &RelayFeedClient::connectionChanged, &client,
                     [&recorder](bool online, const QString &detail) {
                         recorder.online.append(online);
                         recorder.details.append(detail);
                     });
}

} // namespace

TEST(RelayFeedClient, ReceivesEventsAfterItsCursorPromptly)
{
    QTemporaryDir dir;
    RelayServer server(configFor(dir.path()));
    ASSERT_TRUE(server.start());
    RelayTestClient http;
    ASSERT_EQ(post(http, server, 1, QStringLiteral("sent")), 204);

    RelayFeedClient feed(server.publicUrl(), kConsoleToken);
    feed.setWaitSeconds(20);
    Recorder recorder;
    record(feed, recorder);
    feed.start(0);
    ASSERT_TRUE(waitUntil([&] { return recorder.events.size() == 1; }, 5000));
    EXPECT_EQ(recorder.events.at(0).messageSid, RelayTestClient::messageSid(1));
    EXPECT_EQ(recorder.events.at(0).kind, RelayEvent::Kind::MessageStatus);
    EXPECT_TRUE(recorder.events.at(0).receivedAt.isValid());
    EXPECT_EQ(recorder.online, QList<bool>{true});
    const qint64 firstId = recorder.events.at(0).id;
    EXPECT_EQ(feed.cursor(), firstId);

    // The client is now parked in a long poll; a new event must arrive well under a second.
    waitUntil([] { return false; }, 300);
    QElapsedTimer timer;
    timer.start();
    ASSERT_EQ(post(http, server, 2, QStringLiteral("delivered")), 204);
    ASSERT_TRUE(waitUntil([&] { return recorder.events.size() == 2; }, 5000));
    EXPECT_LT(timer.elapsed(), 1000);
    EXPECT_EQ(recorder.events.at(1).status, QStringLiteral("delivered"));
    EXPECT_GT(recorder.events.at(1).id, firstId);
    feed.stop();
}

TEST(RelayFeedClient, WrongTokenReportsOffline)
{
    QTemporaryDir dir;
    RelayServer server(configFor(dir.path()));
    ASSERT_TRUE(server.start());
    RelayFeedClient feed(server.publicUrl(), QByteArrayLiteral("wrong"));
    feed.setBackoff(50, 200);
    Recorder recorder;
    record(feed, recorder);
    feed.start(0);
    ASSERT_TRUE(waitUntil([&] { return !recorder.online.isEmpty(); }, 5000));
    EXPECT_FALSE(recorder.online.at(0));
    EXPECT_TRUE(recorder.details.at(0).contains(QLatin1String("401")));
    EXPECT_TRUE(recorder.events.isEmpty());
}

TEST(RelayFeedClient, ReconnectsAfterTheRelayRestartsWithoutMissingEvents)
{
    QTemporaryDir dir;
    auto server = std::make_unique<RelayServer>(configFor(dir.path()));
    ASSERT_TRUE(server->start());
    const quint16 port = server->port();
    const QUrl base = server->publicUrl();
    RelayTestClient http;
    ASSERT_EQ(post(http, *server, 1, QStringLiteral("sent")), 204);

    RelayFeedClient feed(base, kConsoleToken);
    feed.setBackoff(50, 200);
    feed.setWaitSeconds(2);
    Recorder recorder;
    record(feed, recorder);
    feed.start(0);
    ASSERT_TRUE(waitUntil([&] { return recorder.events.size() == 1; }, 5000));

    server.reset(); // relay goes away
    ASSERT_TRUE(waitUntil([&] { return recorder.online.contains(false); }, 8000));

    server = std::make_unique<RelayServer>(configFor(dir.path(), port));
    ASSERT_TRUE(server->start());
    ASSERT_EQ(post(http, *server, 2, QStringLiteral("delivered")), 204);
    ASSERT_TRUE(waitUntil([&] { return recorder.events.size() == 2; }, 8000));
    EXPECT_EQ(recorder.events.at(1).messageSid, RelayTestClient::messageSid(2));
    EXPECT_EQ(recorder.online.last(), true);
    feed.stop();
}

TEST(RelayFeedClient, AResetPageDeliversEveryEventOnIt)
{
    // A console whose cursor is ahead of the relay's store (the relay was replaced or restored)
    // gets a reset page: its events have ids at or below the old cursor and must still arrive.
    QTemporaryDir dir;
    RelayServer server(configFor(dir.path()));
    ASSERT_TRUE(server.start());
    RelayTestClient http;
    for (int n = 1; n <= 3; ++n)
        ASSERT_EQ(post(http, server, n, QStringLiteral("delivered")), 204);

    RelayFeedClient feed(server.publicUrl(), kConsoleToken);
    feed.setWaitSeconds(1);
    Recorder recorder;
    record(feed, recorder);
    feed.start(1000);
    ASSERT_TRUE(waitUntil([&] { return recorder.events.size() == 3; }, 5000));
    EXPECT_EQ(recorder.events.at(0).messageSid, RelayTestClient::messageSid(1));
    EXPECT_EQ(recorder.events.at(2).messageSid, RelayTestClient::messageSid(3));
    EXPECT_EQ(feed.cursor(), recorder.events.at(2).id) << "the cursor follows the new store";
    ASSERT_EQ(post(http, server, 4, QStringLiteral("delivered")), 204);
    ASSERT_TRUE(waitUntil([&] { return recorder.events.size() == 4; }, 5000));
    EXPECT_EQ(recorder.events.at(3).messageSid, RelayTestClient::messageSid(4));
}
