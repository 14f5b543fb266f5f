// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/relay/relayserver.h"
#include "core/twilio/signature.h"
#include "relaytestclient.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace Vortex::Core;
using Vortex::Test::HttpReply;
using Vortex::Test::RelayTestClient;

namespace {

const QByteArray kAuthToken = QByteArrayLiteral("test-auth-token-0123456789abcdef");
const QByteArray kConsoleToken = QByteArrayLiteral("console-secret-token");

class RelayServerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        Relay::RelayConfig config;
        config.publicUrl = QUrl(QStringLiteral("https://relay.example.com"));
        config.twilioAuthToken = kAuthToken;
        config.dataDirectory = m_dir.filePath(QStringLiteral("data"));
        config.consoleTokens = {QByteArrayLiteral("other-console"), kConsoleToken};
        config.maxBodyBytes = 4096;
        m_config = config;
        m_server = std::make_unique<Relay::RelayServer>(config);
        ASSERT_TRUE(m_server->start()) << qPrintable(m_server->errorString());
    }

    QUrl local(const QString &pathAndQuery) const
    {
        return QUrl(
            QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(pathAndQuery));
    }

    HttpReply postStatus(const Twilio::FormParams &form,
                         const QString &signedUrl
                         = QStringLiteral("https://relay.example.com/twilio/messages/status"))
    {
        return m_client.postSigned(local(QStringLiteral("/twilio/messages/status")), signedUrl,
                                   form, kAuthToken);
    }

    /// Counts rows straight from the SQLite file, independently of the relay's own code.
    qint64 storedRows(const QString &where = QStringLiteral("1=1"))
    {
        qint64 rows = -1;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("verify"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("data/relay.sqlite")));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT COUNT(*) FROM relay_events WHERE ") + where)
                    && query.next())
                    rows = query.value(0).toLongLong();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("verify"));
        return rows;
    }

    QJsonObject feed(const QString &query, const QByteArray &token = kConsoleToken)
    {
        const HttpReply reply = m_client.get(local(QStringLiteral("/v1/events") + query), token);
        EXPECT_EQ(reply.status, 200) << reply.body.constData();
        return QJsonDocument::fromJson(reply.body).object();
    }

    QTemporaryDir m_dir;
    Relay::RelayConfig m_config;
    RelayTestClient m_client;
    std::unique_ptr<Relay::RelayServer> m_server;
};

} // namespace

TEST_F(RelayServerTest, SignedStatusCallbackIsStoredBeforeNoContent)
{
    const QString sid = RelayTestClient::messageSid(1);
    const HttpReply reply = postStatus(
        RelayTestClient::statusForm(sid, QStringLiteral("undelivered"), QStringLiteral("30034")));
    EXPECT_EQ(reply.status, 204);
    EXPECT_EQ(storedRows(QStringLiteral("message_sid='%1' AND error_code=30034").arg(sid)), 1);

    const QJsonArray events
        = feed(QStringLiteral("?after=0")).value(QStringLiteral("events")).toArray();
    ASSERT_EQ(events.size(), 1);
    const QJsonObject event = events.at(0).toObject();
    EXPECT_EQ(event.value(QStringLiteral("kind")).toString(), QStringLiteral("message-status"));
    EXPECT_EQ(event.value(QStringLiteral("messageSid")).toString(), sid);
    EXPECT_EQ(event.value(QStringLiteral("status")).toString(), QStringLiteral("undelivered"));
    EXPECT_EQ(event.value(QStringLiteral("errorCode")).toInt(), 30034);
    EXPECT_EQ(event.value(QStringLiteral("to")).toString(), QStringLiteral("+14155550100"));
    EXPECT_TRUE(event.value(QStringLiteral("receivedAt")).toString().endsWith(QLatin1Char('Z')));
    EXPECT_EQ(event.value(QStringLiteral("params")).toObject().value(QStringLiteral("SmsStatus")),
              QStringLiteral("undelivered"));
}

TEST_F(RelayServerTest, TamperedOrUnsignedCallbacksAreForbiddenAndNotStored)
{
    const auto form
        = RelayTestClient::statusForm(RelayTestClient::messageSid(2), QStringLiteral("delivered"));
    const QString url = QStringLiteral("https://relay.example.com/twilio/messages/status");
    const QByteArray signature = Twilio::RequestSignature::compute(kAuthToken, url, form);
    auto tampered
        = RelayTestClient::statusForm(RelayTestClient::messageSid(2), QStringLiteral("failed"));
    const QUrl target = local(QStringLiteral("/twilio/messages/status"));
    const QByteArray formType = "application/x-www-form-urlencoded";

    EXPECT_EQ(m_client
                  .post(target, tampered.encode(),
                        {{"Content-Type", formType}, {"X-Twilio-Signature", signature}})
                  .status,
              403);
    EXPECT_EQ(m_client
                  .post(target, form.encode(),
                        {{"Content-Type", formType},
                         {"X-Twilio-Signature", "NOTRSOYDt4T1cUTdK1PDd93/VVr8B8="}})
                  .status,
              403);
    EXPECT_EQ(m_client.post(target, form.encode(), {{"Content-Type", formType}}).status, 403);
    // Signed with another account's token.
    EXPECT_EQ(m_client.postSigned(target, url, form, QByteArrayLiteral("another-token")).status,
              403);
    // Signed for another host.
    EXPECT_EQ(
        postStatus(form, QStringLiteral("https://evil.example.com/twilio/messages/status")).status,
        403);
    EXPECT_EQ(storedRows(), 0);
}

TEST_F(RelayServerTest, SignaturesWithAndWithoutDefaultPortAreAccepted)
{
    EXPECT_EQ(postStatus(RelayTestClient::statusForm(RelayTestClient::messageSid(3),
                                                     QStringLiteral("sent")),
                         QStringLiteral("https://relay.example.com:443/twilio/messages/status"))
                  .status,
              204);
    m_server->setPublicUrl(QUrl(QStringLiteral("https://relay.example.com:443")));
    EXPECT_EQ(postStatus(RelayTestClient::statusForm(RelayTestClient::messageSid(3),
                                                     QStringLiteral("delivered")),
                         QStringLiteral("https://relay.example.com/twilio/messages/status"))
                  .status,
              204);
    EXPECT_EQ(storedRows(), 2);
}

TEST_F(RelayServerTest, QueryStringIsPartOfTheSignedUrl)
{
    const auto form
        = RelayTestClient::statusForm(RelayTestClient::messageSid(4), QStringLiteral("sent"));
    const QUrl target = local(QStringLiteral("/twilio/messages/status?tenant=7"));
    EXPECT_EQ(m_client
                  .postSigned(target,
                              QStringLiteral("https://relay.example.com/twilio/messages/status"),
                              form, kAuthToken)
                  .status,
              403);
    EXPECT_EQ(
        m_client
            .postSigned(target,
                        QStringLiteral("https://relay.example.com/twilio/messages/status?tenant=7"),
                        form, kAuthToken)
            .status,
        204);
    EXPECT_EQ(storedRows(), 1);
}

TEST_F(RelayServerTest, MalformedBodiesAreBadRequests)
{
    const QUrl target = local(QStringLiteral("/twilio/messages/status"));
    const QString url = QStringLiteral("https://relay.example.com/twilio/messages/status");
    // Broken percent-encoding.
    EXPECT_EQ(m_client
                  .post(target, "MessageSid=%zz&MessageStatus=sent",
                        {{"Content-Type", "application/x-www-form-urlencoded"},
                         {"X-Twilio-Signature", "x"}})
                  .status,
              400);
    // Not a form.
    EXPECT_EQ(m_client.post(target, "{}", {{"Content-Type", "application/json"}}).status, 400);
    // Signed, but without MessageSid / with a status that is not a status word / a
    // non-numeric ErrorCode.
    Twilio::FormParams noSid{{QStringLiteral("MessageStatus"), QStringLiteral("sent")}};
    EXPECT_EQ(postStatus(noSid).status, 400);
    EXPECT_EQ(postStatus(RelayTestClient::statusForm(RelayTestClient::messageSid(5),
                                                     QStringLiteral("Delivered!; DROP")))
                  .status,
              400);
    EXPECT_EQ(
        postStatus(RelayTestClient::statusForm(RelayTestClient::messageSid(5),
                                               QStringLiteral("failed"), QStringLiteral("x1")))
            .status,
        400);
    EXPECT_EQ(postStatus(RelayTestClient::statusForm(QStringLiteral("SM-not-a-sid"),
                                                     QStringLiteral("sent")))
                  .status,
              400);
    EXPECT_EQ(storedRows(), 0);
}

TEST_F(RelayServerTest, AStatusTwilioAddedLaterIsStoredNotRefused)
{
    // Twilio grows its status list; a signed callback with a new status must not be lost to a
    // 4xx (Twilio does not retry those).
    EXPECT_EQ(postStatus(RelayTestClient::statusForm(RelayTestClient::messageSid(6),
                                                     QStringLiteral("partially_rerouted")))
                  .status,
              204);
    EXPECT_EQ(storedRows(), 1);
}

TEST_F(RelayServerTest, OversizedBodyIsRejectedAndNothingStored)
{
    auto form = RelayTestClient::statusForm(RelayTestClient::messageSid(6), QStringLiteral("sent"));
    form.add(QStringLiteral("Padding"), QString(8000, QLatin1Char('a')));
    EXPECT_EQ(postStatus(form).status, 413);
    EXPECT_EQ(storedRows(), 0);
}

TEST_F(RelayServerTest, WrongMethodsAreNotAllowed)
{
    EXPECT_EQ(m_client.get(local(QStringLiteral("/twilio/messages/status"))).status, 405);
    EXPECT_EQ(m_client.get(local(QStringLiteral("/twilio/messages/inbound"))).status, 405);
    EXPECT_EQ(m_client.post(local(QStringLiteral("/v1/events")), "", {}).status, 405);
}

TEST_F(RelayServerTest, DuplicatesAreAcknowledgedButStoredOnce)
{
    const auto form
        = RelayTestClient::statusForm(RelayTestClient::messageSid(7), QStringLiteral("delivered"));
    EXPECT_EQ(postStatus(form).status, 204);
    EXPECT_EQ(postStatus(form).status, 204);
    const QString inboundUrl = QStringLiteral("https://relay.example.com/twilio/messages/inbound");
    const auto inbound
        = RelayTestClient::inboundForm(RelayTestClient::messageSid(8), QStringLiteral("ACK 42"));
    const QUrl inboundTarget = local(QStringLiteral("/twilio/messages/inbound"));
    EXPECT_EQ(m_client.postSigned(inboundTarget, inboundUrl, inbound, kAuthToken).status, 200);
    EXPECT_EQ(m_client.postSigned(inboundTarget, inboundUrl, inbound, kAuthToken).status, 200);
    EXPECT_EQ(storedRows(), 2);
    EXPECT_EQ(m_server->eventCount(), 2);
}

TEST_F(RelayServerTest, InboundMessageGetsEmptyTwimlAndIsOnTheFeed)
{
    const QString sid = RelayTestClient::messageSid(9);
    const HttpReply reply = m_client.postSigned(
        local(QStringLiteral("/twilio/messages/inbound")), m_server->inboundUrl().toString(),
        RelayTestClient::inboundForm(sid, QStringLiteral("ACK 1234 ✓")), kAuthToken);
    EXPECT_EQ(reply.status, 200);
    EXPECT_TRUE(reply.contentType.startsWith("text/xml")) << reply.contentType.constData();
    EXPECT_EQ(reply.body,
              QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>"));
    const QJsonObject event = feed(QStringLiteral("?after=0"))
                                  .value(QStringLiteral("events"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    EXPECT_EQ(event.value(QStringLiteral("kind")).toString(), QStringLiteral("inbound-message"));
    EXPECT_EQ(event.value(QStringLiteral("body")).toString(), QStringLiteral("ACK 1234 ✓"));
    EXPECT_EQ(event.value(QStringLiteral("from")).toString(), QStringLiteral("+14155550123"));
    EXPECT_TRUE(event.value(QStringLiteral("errorCode")).isNull());
}

TEST_F(RelayServerTest, FeedNeedsAValidBearerToken)
{
    EXPECT_EQ(m_client.get(local(QStringLiteral("/v1/events"))).status, 401);
    EXPECT_EQ(m_client.get(local(QStringLiteral("/v1/events")), "console-secret-tokeN").status,
              401);
    EXPECT_EQ(m_client.get(local(QStringLiteral("/v1/events")), "console").status, 401);
    EXPECT_EQ(m_client.get(local(QStringLiteral("/v1/events")), kConsoleToken).status, 200);
    EXPECT_EQ(m_client.get(local(QStringLiteral("/v1/events?wait=31")), kConsoleToken).status, 400);
}

TEST_F(RelayServerTest, FeedReturnsEventsAfterTheCursor)
{
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(postStatus(RelayTestClient::statusForm(RelayTestClient::messageSid(20 + i),
                                                         QStringLiteral("sent")))
                      .status,
                  204);
    const QJsonObject all = feed(QStringLiteral("?after=0"));
    const QJsonArray events = all.value(QStringLiteral("events")).toArray();
    ASSERT_EQ(events.size(), 3);
    const qint64 first = events.at(0).toObject().value(QStringLiteral("id")).toInteger();
    const qint64 last = events.at(2).toObject().value(QStringLiteral("id")).toInteger();
    EXPECT_LT(first, last);
    EXPECT_EQ(all.value(QStringLiteral("cursor")).toInteger(), last);

    const QJsonObject rest = feed(QStringLiteral("?after=%1&limit=1").arg(first));
    ASSERT_EQ(rest.value(QStringLiteral("events")).toArray().size(), 1);
    EXPECT_EQ(rest.value(QStringLiteral("events"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("messageSid")),
              RelayTestClient::messageSid(21));
    const QJsonObject none = feed(QStringLiteral("?after=%1").arg(last));
    EXPECT_TRUE(none.value(QStringLiteral("events")).toArray().isEmpty());
    EXPECT_EQ(none.value(QStringLiteral("cursor")).toInteger(), last);
}

TEST_F(RelayServerTest, LongPollWakesQuicklyOnANewEvent)
{
    QNetworkRequest request(local(QStringLiteral("/v1/events?after=0&wait=20")));
    request.setRawHeader("Authorization", "Bearer " + kConsoleToken);
    QNetworkReply *poll = m_client.network().get(request);
    Vortex::Test::waitUntil([] { return false; }, 300);
    ASSERT_FALSE(poll->isFinished()) << "the feed must hold the request while nothing is new";

    QElapsedTimer timer;
    timer.start();
    ASSERT_EQ(postStatus(RelayTestClient::statusForm(RelayTestClient::messageSid(30),
                                                     QStringLiteral("delivered")))
                  .status,
              204);
    ASSERT_TRUE(Vortex::Test::waitUntil([poll] { return poll->isFinished(); }, 5000));
    EXPECT_LT(timer.elapsed(), 1000);
    const QJsonObject page = QJsonDocument::fromJson(poll->readAll()).object();
    EXPECT_EQ(page.value(QStringLiteral("events")).toArray().size(), 1);
    poll->deleteLater();
}

TEST_F(RelayServerTest, LongPollTimesOutWithAnEmptyPage)
{
    QElapsedTimer timer;
    timer.start();
    const QJsonObject page = feed(QStringLiteral("?after=0&wait=1"));
    EXPECT_GE(timer.elapsed(), 900);
    EXPECT_TRUE(page.value(QStringLiteral("events")).toArray().isEmpty());
    EXPECT_EQ(page.value(QStringLiteral("cursor")).toInteger(), 0);
}

TEST_F(RelayServerTest, HealthReportsCountWithoutSecrets)
{
    ASSERT_EQ(postStatus(RelayTestClient::statusForm(RelayTestClient::messageSid(40),
                                                     QStringLiteral("sent")))
                  .status,
              204);
    const HttpReply reply = m_client.get(local(QStringLiteral("/healthz")));
    EXPECT_EQ(reply.status, 200);
    const QJsonObject health = QJsonDocument::fromJson(reply.body).object();
    EXPECT_EQ(health.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(health.value(QStringLiteral("events")).toInteger(), 1);
    EXPECT_FALSE(reply.body.contains(kAuthToken));
    EXPECT_FALSE(reply.body.contains(kConsoleToken));
}

TEST_F(RelayServerTest, ClientsThatHangUpEarlyDoNotCrashTheRelay)
{
    // Qt 6.4 deletes a socket (deleteLater) when its peer disconnects while our deferred
    // responder still refers to it: the relay must notice and still store the event. A 2 ms
    // batch delay gives the disconnect time to be processed before the answer.
    m_server.reset();
    m_config.batchDelayMs = 2;
    m_server = std::make_unique<Relay::RelayServer>(m_config);
    ASSERT_TRUE(m_server->start());
    const auto form
        = RelayTestClient::statusForm(RelayTestClient::messageSid(50), QStringLiteral("delivered"));
    const QByteArray body = form.encode();
    const QByteArray request
        = "POST /twilio/messages/status HTTP/1.1\r\nHost: relay.example.com\r\n"
          "Content-Type: application/x-www-form-urlencoded\r\nX-Twilio-Signature: "
          + Twilio::RequestSignature::compute(
              kAuthToken, QStringLiteral("https://relay.example.com/twilio/messages/status"), form)
          + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        ASSERT_TRUE(socket.waitForConnected(3000));
        socket.write(request);
        ASSERT_TRUE(socket.waitForBytesWritten(3000));
        socket.abort();
    }
    EXPECT_TRUE(Vortex::Test::waitUntil([this] { return storedRows() == 1; }, 3000));
    // A long poll whose client goes away before an event arrives.
    const qint64 cursor = feed(QString()).value(QStringLiteral("cursor")).toInteger();
    ASSERT_GT(cursor, 0);
    QNetworkRequest pollRequest(local(QStringLiteral("/v1/events?wait=20&after=%1").arg(cursor)));
    pollRequest.setRawHeader("Authorization", "Bearer " + kConsoleToken);
    QNetworkReply *poll = m_client.network().get(pollRequest);
    Vortex::Test::waitUntil([] { return false; }, 200);
    ASSERT_FALSE(poll->isFinished());
    poll->abort();
    poll->deleteLater();
    Vortex::Test::waitUntil([] { return false; }, 200);

    EXPECT_TRUE(Vortex::Test::waitUntil([this] { return storedRows() == 1; }, 3000));
    EXPECT_EQ(postStatus(RelayTestClient::statusForm(RelayTestClient::messageSid(51),
                                                     QStringLiteral("sent")))
                  .status,
              204);
    EXPECT_EQ(m_client.get(local(QStringLiteral("/healthz"))).status, 200);
    EXPECT_EQ(storedRows(), 2);
}

TEST_F(RelayServerTest, FailedCommitAnswers500AndKeepsNothing)
{
    // Another connection holds the write lock, so the relay's batch cannot commit (after the
    // busy timeout): Twilio must get a 5xx so that it retries, and no row may remain.
    QSqlDatabase locker
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
    locker.setDatabaseName(m_dir.filePath(QStringLiteral("data/relay.sqlite")));
    ASSERT_TRUE(locker.open());
    {
        QSqlQuery lock(locker);
        ASSERT_TRUE(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    }
    const auto form
        = RelayTestClient::statusForm(RelayTestClient::messageSid(80), QStringLiteral("delivered"));
    const HttpReply refused = m_client.postSigned(
        local(QStringLiteral("/twilio/messages/status")),
        QStringLiteral("https://relay.example.com/twilio/messages/status"), form, kAuthToken);
    EXPECT_EQ(refused.status, 500);
    {
        QSqlQuery unlock(locker);
        ASSERT_TRUE(unlock.exec(QStringLiteral("ROLLBACK")));
    }
    locker.close();
    locker = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    EXPECT_EQ(storedRows(), 0);
    EXPECT_EQ(m_server->eventCount(), 0);
    // Twilio's retry then succeeds and is stored exactly once.
    EXPECT_EQ(postStatus(form).status, 204);
    EXPECT_EQ(storedRows(), 1);
}

TEST_F(RelayServerTest, KeepAliveConnectionServesSeveralCallbacks)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    ASSERT_TRUE(socket.waitForConnected(3000));
    for (int i = 0; i < 3; ++i) {
        const auto form = RelayTestClient::statusForm(RelayTestClient::messageSid(60 + i),
                                                      QStringLiteral("sent"));
        const QByteArray body = form.encode();
        socket.write("POST /twilio/messages/status HTTP/1.1\r\nHost: relay.example.com\r\n"
                     "Content-Type: application/x-www-form-urlencoded\r\nX-Twilio-Signature: "
                     + Twilio::RequestSignature::compute(
                         kAuthToken,
                         QStringLiteral("https://relay.example.com/twilio/messages/status"), form)
                     + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
                     + body);
        QByteArray answer;
        ASSERT_TRUE(Vortex::Test::waitUntil(
            [&] {
                answer += socket.readAll();
                return answer.contains("\r\n\r\n");
            },
            3000))
            << "request " << i;
        EXPECT_TRUE(answer.startsWith("HTTP/1.1 204")) << answer.constData();
        EXPECT_EQ(socket.state(), QAbstractSocket::ConnectedState);
    }
    EXPECT_EQ(storedRows(), 3);
}

TEST(RelayServerThreadTest, RunsOnAWorkerThread)
{
    QTemporaryDir dir;
    Relay::RelayConfig config;
    config.twilioAuthToken = kAuthToken;
    config.dataDirectory = dir.path();
    QThread thread;
    thread.start();
    Relay::RelayServer *server = nullptr;
    std::atomic<quint16> port{0};
    QObject anchor;
    anchor.moveToThread(&thread);
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            server = new Relay::RelayServer(config);
            if (server->start())
                port = server->port();
        },
        Qt::BlockingQueuedConnection);
    ASSERT_NE(port.load(), 0);
    const QString url
        = QStringLiteral("http://127.0.0.1:%1/twilio/messages/status").arg(port.load());
    RelayTestClient client;
    EXPECT_EQ(client
                  .postSigned(QUrl(url), url,
                              RelayTestClient::statusForm(RelayTestClient::messageSid(70),
                                                          QStringLiteral("sent")),
                              kAuthToken)
                  .status,
              204);
    QMetaObject::invokeMethod(
        &anchor, [&] { delete server; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
}

TEST_F(RelayServerTest, PublicUrlPathIsAProxyPrefixOfTheSignedUrl)
{
    m_server->setPublicUrl(QUrl(QStringLiteral("https://ops.example.com/relay/")));
    EXPECT_EQ(m_server->statusCallbackUrl().toString(),
              QStringLiteral("https://ops.example.com/relay/twilio/messages/status"));
    const auto form
        = RelayTestClient::statusForm(RelayTestClient::messageSid(8), QStringLiteral("sent"));
    EXPECT_EQ(
        postStatus(form, QStringLiteral("https://ops.example.com/twilio/messages/status")).status,
        403)
        << "the prefix is part of what Twilio signs";
    EXPECT_EQ(
        postStatus(form, QStringLiteral("https://ops.example.com/relay/twilio/messages/status"))
            .status,
        204);
}

TEST_F(RelayServerTest, ACursorAheadOfTheStoreRestartsTheFeedFromTheBeginning)
{
    ASSERT_EQ(postStatus(RelayTestClient::statusForm(RelayTestClient::messageSid(9),
                                                     QStringLiteral("sent")))
                  .status,
              204);
    // A console that followed an older relay database (replaced or restored since).
    const QJsonObject page = feed(QStringLiteral("?after=5000"));
    EXPECT_TRUE(page.value(QStringLiteral("reset")).toBool());
    ASSERT_EQ(page.value(QStringLiteral("events")).toArray().size(), 1);
    EXPECT_EQ(page.value(QStringLiteral("cursor")).toInteger(), 1);
    EXPECT_FALSE(feed(QStringLiteral("?after=1")).value(QStringLiteral("reset")).toBool());
}
