// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The relay's incident intake (POST /v1/intake/incidents, HMAC-signed JSON) and call status
// callbacks (POST /twilio/calls/status), over loopback HTTP into a real SQLite store.
#include "core/paging/intakesignature.h"
#include "core/relay/relayserver.h"
#include "core/twilio/signature.h"
#include "relaytestclient.h"
#include "support/testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Vortex::Core;
using Vortex::Test::HttpReply;
using Vortex::Test::RelayTestClient;

namespace {

const QByteArray kAuthToken = QByteArrayLiteral("intake-test-auth-token");
const QByteArray kConsoleToken = QByteArrayLiteral("intake-test-console-token");
const QByteArray kIntakeSecret = QByteArrayLiteral("intake-hmac-secret-0123456789");
const QByteArray kRaise = R"({"action":"raise","dedup_key":"db-1/disk","severity":"sev1",)"
                          R"("title":"Disk full on db-1","link":"https://iq.example.com/i/9",)"
                          R"("source":"vortex-iq"})";

class RelayIntakeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_config.publicUrl = QUrl(QStringLiteral("https://relay.example.com"));
        m_config.twilioAuthToken = kAuthToken;
        m_config.dataDirectory = m_dir.filePath(QStringLiteral("data"));
        m_config.consoleTokens = {kConsoleToken};
        m_config.intakeSecret = kIntakeSecret;
        m_config.maxBodyBytes = 4096;
        startServer();
    }

    void startServer()
    {
        m_server = std::make_unique<Relay::RelayServer>(m_config);
        ASSERT_TRUE(m_server->start()) << qPrintable(m_server->errorString());
    }

    QUrl local(const QString &pathAndQuery) const
    {
        return QUrl(
            QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(pathAndQuery));
    }

    HttpReply postIntake(const QByteArray &body, const QByteArray &secret = kIntakeSecret,
                         qint64 timestamp = QDateTime::currentSecsSinceEpoch())
    {
        return m_client.post(
            local(QStringLiteral("/v1/intake/incidents")), body,
            {{"Content-Type", "application/json"},
             {"X-Vortex-Timestamp", QByteArray::number(timestamp)},
             {"X-Vortex-Signature", Paging::IntakeSignature::sign(secret, timestamp, body)}});
    }

    HttpReply postCallStatus(const Twilio::FormParams &form)
    {
        return m_client.postSigned(local(QStringLiteral("/twilio/calls/status")),
                                   QStringLiteral("https://relay.example.com/twilio/calls/status"),
                                   form, kAuthToken);
    }

    QJsonArray feedEvents()
    {
        const HttpReply reply
            = m_client.get(local(QStringLiteral("/v1/events?after=0&limit=1000")), kConsoleToken);
        EXPECT_EQ(reply.status, 200);
        return QJsonDocument::fromJson(reply.body)
            .object()
            .value(QLatin1String("events"))
            .toArray();
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

    static QString errorOf(const HttpReply &reply)
    {
        return QJsonDocument::fromJson(reply.body)
            .object()
            .value(QLatin1String("error"))
            .toString();
    }

    QTemporaryDir m_dir;
    Relay::RelayConfig m_config;
    RelayTestClient m_client;
    std::unique_ptr<Relay::RelayServer> m_server;
};

} // namespace

TEST_F(RelayIntakeTest, AcceptedRaiseIsStoredThenAnsweredWithItsEventId)
{
    const HttpReply reply = postIntake(kRaise);
    ASSERT_EQ(reply.status, 202) << reply.body.constData();
    EXPECT_TRUE(reply.contentType.startsWith("application/json"));
    const qint64 eventId
        = QJsonDocument::fromJson(reply.body).object().value(QLatin1String("event_id")).toInteger();
    EXPECT_GT(eventId, 0);
    // Answered only after the commit: the row is in the file by now.
    EXPECT_EQ(storedRows(QStringLiteral("kind='intake' AND id=%1").arg(eventId)), 1);

    const QJsonArray events = feedEvents();
    ASSERT_EQ(events.size(), 1);
    const QJsonObject event = events.at(0).toObject();
    EXPECT_EQ(event.value(QLatin1String("id")).toInteger(), eventId);
    EXPECT_EQ(event.value(QLatin1String("kind")).toString(), QStringLiteral("intake"));
    EXPECT_EQ(event.value(QLatin1String("status")).toString(), QStringLiteral("raise"));
    EXPECT_EQ(event.value(QLatin1String("body")).toString(), QString::fromUtf8(kRaise));
    const QJsonObject params = event.value(QLatin1String("params")).toObject();
    EXPECT_EQ(params.value(QLatin1String("action")).toString(), QStringLiteral("raise"));
    EXPECT_EQ(params.value(QLatin1String("dedup_key")).toString(), QStringLiteral("db-1/disk"));
    EXPECT_EQ(params.value(QLatin1String("severity")).toString(), QStringLiteral("sev1"));
    EXPECT_EQ(params.value(QLatin1String("title")).toString(), QStringLiteral("Disk full on db-1"));
    EXPECT_EQ(params.value(QLatin1String("link")).toString(),
              QStringLiteral("https://iq.example.com/i/9"));
    EXPECT_EQ(params.value(QLatin1String("source")).toString(), QStringLiteral("vortex-iq"));
    // The event round-trips through the feed client's parser.
    const auto parsed = Relay::RelayEvent::fromJson(event);
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->kind, Relay::RelayEvent::Kind::Intake);
}

TEST_F(RelayIntakeTest, TheSameSignedRequestAgainIsStoredOnceAndGetsTheSameId)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const HttpReply first = postIntake(kRaise, kIntakeSecret, now);
    const HttpReply retry = postIntake(kRaise, kIntakeSecret, now);
    ASSERT_EQ(first.status, 202);
    ASSERT_EQ(retry.status, 202);
    EXPECT_EQ(first.body, retry.body);
    EXPECT_EQ(storedRows(), 1);
    // A new request (new timestamp) with the same content is a new event.
    const HttpReply again = postIntake(kRaise, kIntakeSecret, now - 1);
    ASSERT_EQ(again.status, 202);
    EXPECT_NE(again.body, first.body);
    EXPECT_EQ(storedRows(), 2);
}

TEST_F(RelayIntakeTest, BadSignaturesAre401AndNothingIsStored)
{
    const QUrl target = local(QStringLiteral("/v1/intake/incidents"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray ts = QByteArray::number(now);
    const QByteArray good = Paging::IntakeSignature::sign(kIntakeSecret, now, kRaise);

    const HttpReply wrongSecret = postIntake(kRaise, "some-other-secret");
    EXPECT_EQ(wrongSecret.status, 401);
    EXPECT_EQ(errorOf(wrongSecret), QStringLiteral("X-Vortex-Signature does not match"));

    const HttpReply stale = postIntake(kRaise, kIntakeSecret, now - 3600);
    EXPECT_EQ(stale.status, 401);
    EXPECT_TRUE(errorOf(stale).contains(QLatin1String("X-Vortex-Timestamp")))
        << stale.body.constData();
    EXPECT_EQ(postIntake(kRaise, kIntakeSecret, now + 3600).status, 401);

    // Signed, then tampered with.
    QByteArray tampered = kRaise;
    tampered.replace("sev1", "sev4");
    const HttpReply changed = m_client.post(
        target, tampered, {{"X-Vortex-Timestamp", ts}, {"X-Vortex-Signature", good}});
    EXPECT_EQ(changed.status, 401);
    // Signed for another timestamp than the one sent.
    EXPECT_EQ(m_client
                  .post(target, kRaise,
                        {{"X-Vortex-Timestamp", QByteArray::number(now - 1)},
                         {"X-Vortex-Signature", good}})
                  .status,
              401);

    const HttpReply noSignature = m_client.post(target, kRaise, {{"X-Vortex-Timestamp", ts}});
    EXPECT_EQ(noSignature.status, 401);
    EXPECT_EQ(errorOf(noSignature), QStringLiteral("X-Vortex-Signature is missing"));
    const HttpReply noTimestamp = m_client.post(target, kRaise, {{"X-Vortex-Signature", good}});
    EXPECT_EQ(noTimestamp.status, 401);
    EXPECT_EQ(errorOf(noTimestamp), QStringLiteral("X-Vortex-Timestamp is missing"));
    EXPECT_EQ(m_client.post(target, kRaise, {}).status, 401);
    // The answer never echoes the signature.
    EXPECT_FALSE(changed.body.contains(good.mid(3)));

    EXPECT_EQ(storedRows(), 0);
    EXPECT_TRUE(feedEvents().isEmpty());
}

TEST_F(RelayIntakeTest, MalformedRequestsAre400WithTheReason)
{
    struct Case
    {
        QByteArray body;
        QString error;
    };
    const QList<Case> cases = {
        {"not json at all", QString()},
        {"[1,2,3]", QStringLiteral("the body must be a JSON object")},
        {R"({"action":"raise","dedup_key":"k","severity":"sev1"})",
         QStringLiteral("title is required to raise")},
        {R"({"action":"raise","dedup_key":"k","severity":"critical","title":"t"})",
         QStringLiteral("severity must be one of sev1, sev2, sev3, sev4")},
        {R"({"action":"raise","dedup_key":"k","severity":"sev1","title":"t","link":"ftp://x/y"})",
         QStringLiteral("link must be an absolute http(s) URL")},
        {R"({"action":"snooze","code":"17","minutes":5000})",
         QStringLiteral("minutes must be between 1 and 1440")},
        {R"({"action":"resolve"})", QStringLiteral("dedup_key or code is required to resolve")},
    };
    for (const Case &c : cases) {
        const HttpReply reply = postIntake(c.body);
        EXPECT_EQ(reply.status, 400) << c.body.constData();
        if (c.error.isEmpty())
            EXPECT_TRUE(errorOf(reply).startsWith(QLatin1String("the body is not valid JSON")))
                << reply.body.constData();
        else
            EXPECT_EQ(errorOf(reply), c.error) << c.body.constData();
    }
    EXPECT_EQ(storedRows(), 0);
}

TEST_F(RelayIntakeTest, OversizedBodiesAre413AndOtherMethods405)
{
    QByteArray big
        = R"({"action":"update","dedup_key":"k","summary":")" + QByteArray(5000, 'x') + R"("})";
    EXPECT_EQ(postIntake(big).status, 413);
    EXPECT_EQ(m_client.get(local(QStringLiteral("/v1/intake/incidents"))).status, 405);
    EXPECT_EQ(storedRows(), 0);
}

TEST_F(RelayIntakeTest, WithoutASecretTheIntakeIsDisabled)
{
    m_server.reset();
    m_config.intakeSecret.clear();
    startServer();
    // Even a request signed with an empty secret is refused: there is no intake.
    const HttpReply reply = postIntake(kRaise, QByteArray());
    EXPECT_EQ(reply.status, 404);
    EXPECT_TRUE(errorOf(reply).contains(QLatin1String("intake is disabled")))
        << reply.body.constData();
    EXPECT_EQ(postIntake(kRaise).status, 404);
    EXPECT_EQ(storedRows(), 0);
}

TEST_F(RelayIntakeTest, CallStatusCallbacksAreStoredOncePerSequenceNumber)
{
    const QString sid = RelayTestClient::callSid(1);
    EXPECT_EQ(
        postCallStatus(RelayTestClient::callStatusForm(sid, QStringLiteral("initiated"), 0)).status,
        204);
    EXPECT_EQ(
        postCallStatus(RelayTestClient::callStatusForm(sid, QStringLiteral("ringing"), 1)).status,
        204);
    const auto completed = RelayTestClient::callStatusForm(sid, QStringLiteral("completed"), 2);
    EXPECT_EQ(postCallStatus(completed).status, 204);
    EXPECT_EQ(postCallStatus(completed).status, 204); // Twilio's retry
    EXPECT_EQ(storedRows(QStringLiteral("kind='call-status'")), 3);
    EXPECT_EQ(storedRows(QStringLiteral("message_sid='%1' AND status='completed'").arg(sid)), 1);

    const QJsonArray events = feedEvents();
    ASSERT_EQ(events.size(), 3);
    const QJsonObject last = events.at(2).toObject();
    EXPECT_EQ(last.value(QLatin1String("kind")).toString(), QStringLiteral("call-status"));
    EXPECT_EQ(last.value(QLatin1String("messageSid")).toString(), sid);
    EXPECT_EQ(last.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    EXPECT_EQ(last.value(QLatin1String("to")).toString(), QStringLiteral("+447400123456"));
    EXPECT_EQ(last.value(QLatin1String("params")).toObject().value(QLatin1String("CallDuration")),
              QStringLiteral("14"));
    EXPECT_EQ(last.value(QLatin1String("params")).toObject().value(QLatin1String("SequenceNumber")),
              QStringLiteral("2"));
}

TEST_F(RelayIntakeTest, UnsignedOrMalformedCallStatusIsRefused)
{
    const auto form
        = RelayTestClient::callStatusForm(RelayTestClient::callSid(2), QStringLiteral("busy"), 3);
    const QUrl target = local(QStringLiteral("/twilio/calls/status"));
    EXPECT_EQ(
        m_client
            .post(target, form.encode(), {{"Content-Type", "application/x-www-form-urlencoded"}})
            .status,
        403);
    EXPECT_EQ(m_client
                  .postSigned(target,
                              QStringLiteral("https://relay.example.com/twilio/calls/status"), form,
                              "another-token")
                  .status,
              403);
    // A message status URL signature does not cover the call status URL.
    EXPECT_EQ(m_client
                  .postSigned(target,
                              QStringLiteral("https://relay.example.com/twilio/messages/status"),
                              form, kAuthToken)
                  .status,
              403);
    Twilio::FormParams noSid{{QStringLiteral("CallStatus"), QStringLiteral("busy")}};
    const HttpReply missing = postCallStatus(noSid);
    EXPECT_EQ(missing.status, 400);
    EXPECT_EQ(errorOf(missing), QStringLiteral("CallSid is missing"));
    EXPECT_EQ(postCallStatus(RelayTestClient::callStatusForm(QStringLiteral("CA123"),
                                                             QStringLiteral("busy"), 0))
                  .status,
              400);
    Twilio::FormParams noStatus{{QStringLiteral("CallSid"), RelayTestClient::callSid(2)}};
    EXPECT_EQ(postCallStatus(noStatus).status, 400);
    EXPECT_EQ(m_client.get(target).status, 405);
    EXPECT_EQ(storedRows(), 0);
    EXPECT_EQ(m_server->callStatusUrl().toString(),
              QStringLiteral("https://relay.example.com/twilio/calls/status"));
    EXPECT_EQ(m_server->intakeUrl().toString(),
              QStringLiteral("https://relay.example.com/v1/intake/incidents"));
}
