// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The relay's voice endpoints: scripts published by the engine (PUT/GET /v1/voice/scripts/{id},
// durable across restarts), the TwiML served when a call is answered and when a Gather posts
// its keys (stored before the confirmation is said), and a real call placed on the twin whose
// TwiML comes from the relay and whose scripted callee presses 1.
#include "../twin/twintestfixture.h"
#include "core/paging/voicescript.h"
#include "core/relay/relayserver.h"
#include "core/twilio/signature.h"
#include "core/twin/twinclock.h"
#include "relaytestclient.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace Vortex::Core;
using Vortex::Test::HttpReply;
using Vortex::Test::RelayTestClient;

namespace {

const QByteArray kAuthToken = QByteArrayLiteral("voice-test-auth-token");
const QByteArray kConsoleToken = QByteArrayLiteral("voice-test-console-token");
const QString kScriptId = QStringLiteral("vs-42-x7Yq");

Paging::VoiceScript script(const QString &id = kScriptId)
{
    Paging::VoiceScript s;
    s.id = id;
    s.prompt = QStringLiteral("Severity one: checkout API down. Press 1 to acknowledge, 2 to "
                              "resolve, star to repeat.");
    s.confirmations = {{QStringLiteral("1"), QStringLiteral("Acknowledged. Thank you.")},
                       {QStringLiteral("2"), QStringLiteral("Resolved.")}};
    s.invalidKey = QStringLiteral("That key does nothing.");
    s.noInput = QStringLiteral("No key pressed. Goodbye.");
    return s;
}

QByteArray scriptJson(const Paging::VoiceScript &s = script())
{
    return QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact);
}

/// What a TwiML document holds, read with an XML parser of its own.
struct Twiml
{
    bool wellFormed = false;
    QStringList said;          ///< every <Say> text, in order (also inside a Gather)
    QStringList gatherActions; ///< the action of every <Gather>
    bool hangsUp = false;
};

Twiml readTwiml(const QByteArray &xml)
{
    Twiml twiml;
    QXmlStreamReader reader(xml);
    bool inResponse = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const QStringView name = reader.name();
        if (name == QLatin1String("Response"))
            inResponse = true;
        else if (name == QLatin1String("Say"))
            twiml.said.append(reader.readElementText());
        else if (name == QLatin1String("Gather"))
            twiml.gatherActions.append(
                reader.attributes().value(QLatin1String("action")).toString());
        else if (name == QLatin1String("Hangup"))
            twiml.hangsUp = true;
    }
    twiml.wellFormed = inResponse && !reader.hasError();
    return twiml;
}

class RelayVoiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_config.publicUrl = QUrl(QStringLiteral("https://ops.example.com/relay"));
        m_config.twilioAuthToken = kAuthToken;
        m_config.dataDirectory = m_dir.filePath(QStringLiteral("data"));
        m_config.consoleTokens = {kConsoleToken};
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

    HttpReply putScript(const QString &id, const QByteArray &body,
                        const QByteArray &token = kConsoleToken)
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
        if (!token.isEmpty())
            headers.append({"Authorization", "Bearer " + token});
        return m_client.put(local(QStringLiteral("/v1/voice/scripts/") + id), body, headers);
    }

    /// A Twilio-signed POST to /twilio/voice/<what>?script=<id> (signed over the public URL).
    HttpReply postVoice(const QString &what, const QString &scriptId,
                        const Twilio::FormParams &form)
    {
        const QString pathAndQuery
            = QStringLiteral("/twilio/voice/%1?script=%2").arg(what, scriptId);
        return m_client.postSigned(local(pathAndQuery),
                                   QStringLiteral("https://ops.example.com/relay") + pathAndQuery,
                                   form, kAuthToken);
    }

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

    QString gatherUrl() const
    {
        return QStringLiteral("https://ops.example.com/relay/twilio/voice/gather?script=")
               + kScriptId;
    }

    QTemporaryDir m_dir;
    Relay::RelayConfig m_config;
    RelayTestClient m_client;
    std::unique_ptr<Relay::RelayServer> m_server;
};

} // namespace

TEST_F(RelayVoiceTest, ScriptsNeedTheConsoleTokenAndSurviveARestart)
{
    EXPECT_EQ(putScript(kScriptId, scriptJson(), QByteArray()).status, 401);
    EXPECT_EQ(putScript(kScriptId, scriptJson(), "wrong-token").status, 401);
    EXPECT_EQ(m_client.get(local(QStringLiteral("/v1/voice/scripts/") + kScriptId)).status, 401);
    EXPECT_EQ(
        m_client.get(local(QStringLiteral("/v1/voice/scripts/") + kScriptId), kConsoleToken).status,
        404);

    EXPECT_EQ(putScript(kScriptId, scriptJson()).status, 204);
    // Replacing is allowed (the engine republishes with new text).
    Paging::VoiceScript changed = script();
    changed.invalidKey = QStringLiteral("Unknown key.");
    EXPECT_EQ(putScript(kScriptId, scriptJson(changed)).status, 204);

    // A restart on the same data directory still has it.
    m_server.reset();
    startServer();
    const HttpReply fetched
        = m_client.get(local(QStringLiteral("/v1/voice/scripts/") + kScriptId), kConsoleToken);
    ASSERT_EQ(fetched.status, 200);
    const auto stored
        = Paging::VoiceScript::fromJson(QJsonDocument::fromJson(fetched.body).object());
    ASSERT_TRUE(stored) << fetched.body.constData();
    EXPECT_EQ(stored.value().prompt, script().prompt);
    EXPECT_EQ(stored.value().invalidKey, QStringLiteral("Unknown key."));
    EXPECT_EQ(stored.value().confirmations.value(QStringLiteral("1")),
              QStringLiteral("Acknowledged. Thank you."));
    // And serves it when Twilio asks.
    const HttpReply answer
        = postVoice(QStringLiteral("answer"), kScriptId,
                    RelayTestClient::gatherForm(RelayTestClient::callSid(1), {}));
    ASSERT_EQ(answer.status, 200);
    EXPECT_TRUE(readTwiml(answer.body).said.contains(script().prompt));
    EXPECT_EQ(storedRows(), 0) << "scripts and answers are not events";
}

TEST_F(RelayVoiceTest, MalformedScriptsAre400)
{
    auto errorOf = [](const HttpReply &reply) {
        return QJsonDocument::fromJson(reply.body)
            .object()
            .value(QLatin1String("error"))
            .toString();
    };
    const HttpReply notJson = putScript(kScriptId, "prompt=hello");
    EXPECT_EQ(notJson.status, 400);
    EXPECT_FALSE(errorOf(notJson).isEmpty());
    Paging::VoiceScript noPrompt = script();
    noPrompt.prompt.clear();
    const HttpReply empty = putScript(kScriptId, scriptJson(noPrompt));
    EXPECT_EQ(empty.status, 400);
    EXPECT_TRUE(errorOf(empty).contains(QLatin1String("prompt"))) << empty.body.constData();
    const HttpReply otherId = putScript(QStringLiteral("vs-other"), scriptJson());
    EXPECT_EQ(otherId.status, 400);
    EXPECT_EQ(errorOf(otherId), QStringLiteral("the body's id must match the URL"));
    EXPECT_EQ(putScript(QStringLiteral("bad%20id"), scriptJson()).status, 404);
    EXPECT_EQ(m_client
                  .post(local(QStringLiteral("/v1/voice/scripts/") + kScriptId), scriptJson(),
                        {{"Authorization", "Bearer " + kConsoleToken}})
                  .status,
              405);
    EXPECT_EQ(
        m_client.get(local(QStringLiteral("/v1/voice/scripts/") + kScriptId), kConsoleToken).status,
        404);
}

TEST_F(RelayVoiceTest, AnswerServesTheScriptWithTheGatherActionUnderThePublicUrl)
{
    ASSERT_EQ(putScript(kScriptId, scriptJson()).status, 204);
    EXPECT_EQ(m_server->voiceAnswerUrl(kScriptId).toString(),
              QStringLiteral("https://ops.example.com/relay/twilio/voice/answer?script=")
                  + kScriptId);
    EXPECT_EQ(m_server->voiceGatherUrl(kScriptId).toString(), gatherUrl());

    const HttpReply reply = postVoice(QStringLiteral("answer"), kScriptId,
                                      RelayTestClient::gatherForm(RelayTestClient::callSid(2), {}));
    ASSERT_EQ(reply.status, 200) << reply.body.constData();
    EXPECT_TRUE(reply.contentType.startsWith("text/xml")) << reply.contentType.constData();
    const Twiml twiml = readTwiml(reply.body);
    ASSERT_TRUE(twiml.wellFormed) << reply.body.constData();
    ASSERT_FALSE(twiml.gatherActions.isEmpty());
    for (const QString &action : twiml.gatherActions)
        EXPECT_EQ(action, gatherUrl());
    EXPECT_TRUE(twiml.said.contains(script().prompt));
    EXPECT_TRUE(twiml.hangsUp);

    // Twilio may fetch the Url with GET: the parameters are then part of the signed URL.
    const QString query = QStringLiteral("?script=%1&CallSid=%2&CallStatus=in-progress")
                              .arg(kScriptId, RelayTestClient::callSid(2));
    const QString signedUrl
        = QStringLiteral("https://ops.example.com/relay/twilio/voice/answer") + query;
    QNetworkRequest get(local(QStringLiteral("/twilio/voice/answer") + query));
    get.setRawHeader("X-Twilio-Signature",
                     Twilio::RequestSignature::compute(kAuthToken, signedUrl, {}));
    QNetworkReply *pending = m_client.network().get(get);
    ASSERT_TRUE(Vortex::Test::waitUntil([pending] { return pending->isFinished(); }));
    EXPECT_EQ(pending->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    EXPECT_EQ(readTwiml(pending->readAll()).gatherActions.value(0), gatherUrl());
    pending->deleteLater();
    EXPECT_EQ(storedRows(), 0);
}

TEST_F(RelayVoiceTest, UnsignedVoiceRequestsAreForbidden)
{
    ASSERT_EQ(putScript(kScriptId, scriptJson()).status, 204);
    const auto form = RelayTestClient::gatherForm(RelayTestClient::callSid(3), QStringLiteral("1"));
    for (const QString &what : {QStringLiteral("answer"), QStringLiteral("gather")}) {
        const QString pathAndQuery
            = QStringLiteral("/twilio/voice/%1?script=%2").arg(what, kScriptId);
        EXPECT_EQ(m_client
                      .post(local(pathAndQuery), form.encode(),
                            {{"Content-Type", "application/x-www-form-urlencoded"}})
                      .status,
                  403)
            << what.toStdString();
        // Signed for another script: the query is part of the signature.
        EXPECT_EQ(m_client
                      .postSigned(local(pathAndQuery),
                                  QStringLiteral("https://ops.example.com/relay/twilio/voice/%1"
                                                 "?script=vs-other")
                                      .arg(what),
                                  form, kAuthToken)
                      .status,
                  403);
        EXPECT_EQ(m_client
                      .postSigned(local(pathAndQuery),
                                  QStringLiteral("https://ops.example.com/relay") + pathAndQuery,
                                  form, "not-the-auth-token")
                      .status,
                  403);
    }
    EXPECT_EQ(storedRows(), 0);
}

TEST_F(RelayVoiceTest, GatherIsStoredThenConfirmedAndStarRepeats)
{
    ASSERT_EQ(putScript(kScriptId, scriptJson()).status, 204);
    const QString call = RelayTestClient::callSid(4);

    const HttpReply ack = postVoice(QStringLiteral("gather"), kScriptId,
                                    RelayTestClient::gatherForm(call, QStringLiteral("1")));
    ASSERT_EQ(ack.status, 200) << ack.body.constData();
    EXPECT_TRUE(ack.contentType.startsWith("text/xml"));
    const Twiml confirmation = readTwiml(ack.body);
    EXPECT_TRUE(confirmation.wellFormed);
    EXPECT_EQ(confirmation.said, QStringList{QStringLiteral("Acknowledged. Thank you.")});
    EXPECT_TRUE(confirmation.hangsUp);
    EXPECT_TRUE(confirmation.gatherActions.isEmpty());
    // Answered only after the commit: the row is already in the file.
    EXPECT_EQ(
        storedRows(
            QStringLiteral("kind='voice-gather' AND message_sid='%1' AND body='1'").arg(call)),
        1);

    // Twilio retries the same gather: answered again, stored once.
    const HttpReply retry = postVoice(QStringLiteral("gather"), kScriptId,
                                      RelayTestClient::gatherForm(call, QStringLiteral("1")));
    EXPECT_EQ(retry.status, 200);
    EXPECT_EQ(retry.body, ack.body);
    EXPECT_EQ(storedRows(QStringLiteral("kind='voice-gather'")), 1);

    // "*" repeats the menu; another key is "invalid" and repeats it too.
    const HttpReply star = postVoice(QStringLiteral("gather"), kScriptId,
                                     RelayTestClient::gatherForm(call, QStringLiteral("*")));
    ASSERT_EQ(star.status, 200);
    const Twiml repeated = readTwiml(star.body);
    EXPECT_TRUE(repeated.said.contains(script().prompt));
    ASSERT_FALSE(repeated.gatherActions.isEmpty());
    EXPECT_EQ(repeated.gatherActions.first(), gatherUrl());
    const HttpReply seven = postVoice(QStringLiteral("gather"), kScriptId,
                                      RelayTestClient::gatherForm(call, QStringLiteral("7")));
    const Twiml invalid = readTwiml(seven.body);
    EXPECT_EQ(invalid.said.value(0), QStringLiteral("That key does nothing."));
    EXPECT_TRUE(invalid.said.contains(script().prompt));

    // Every distinct key press is on the feed for the engine, with the script id.
    const QJsonArray events = feedEvents();
    ASSERT_EQ(events.size(), 3);
    const QJsonObject first = events.at(0).toObject();
    EXPECT_EQ(first.value(QLatin1String("kind")).toString(), QStringLiteral("voice-gather"));
    EXPECT_EQ(first.value(QLatin1String("messageSid")).toString(), call);
    EXPECT_EQ(first.value(QLatin1String("body")).toString(), QStringLiteral("1"));
    EXPECT_EQ(first.value(QLatin1String("status")).toString(), QStringLiteral("in-progress"));
    EXPECT_EQ(first.value(QLatin1String("params")).toObject().value(QLatin1String("script")),
              kScriptId);
    EXPECT_EQ(first.value(QLatin1String("params")).toObject().value(QLatin1String("Digits")),
              QStringLiteral("1"));
    EXPECT_EQ(events.at(1).toObject().value(QLatin1String("body")).toString(), QStringLiteral("*"));
}

TEST_F(RelayVoiceTest, AnUnknownScriptSaysTheAlertIsGone)
{
    for (const QString &id : {QStringLiteral("vs-unknown"), QStringLiteral("not%20an%20id")}) {
        const HttpReply reply
            = postVoice(QStringLiteral("answer"), id,
                        RelayTestClient::gatherForm(RelayTestClient::callSid(5), {}));
        ASSERT_EQ(reply.status, 200) << reply.body.constData();
        EXPECT_TRUE(reply.contentType.startsWith("text/xml"));
        const Twiml twiml = readTwiml(reply.body);
        EXPECT_TRUE(twiml.wellFormed);
        ASSERT_EQ(twiml.said.size(), 1);
        EXPECT_TRUE(twiml.said.first().contains(QLatin1String("no longer available")));
        EXPECT_TRUE(twiml.hangsUp);
        EXPECT_TRUE(twiml.gatherActions.isEmpty());
    }
    // A key pressed for a script that is gone is still kept for the engine, and the caller
    // hears the same message.
    const HttpReply gather
        = postVoice(QStringLiteral("gather"), QStringLiteral("vs-unknown"),
                    RelayTestClient::gatherForm(RelayTestClient::callSid(5), QStringLiteral("1")));
    EXPECT_EQ(gather.status, 200);
    EXPECT_TRUE(readTwiml(gather.body).hangsUp);
    EXPECT_EQ(storedRows(QStringLiteral("kind='voice-gather'")), 1);
    // A gather without a CallSid is malformed.
    EXPECT_EQ(postVoice(QStringLiteral("gather"), kScriptId,
                        Twilio::FormParams{{QStringLiteral("Digits"), QStringLiteral("1")}})
                  .status,
              400);
}

// The key integration test: the twin places a call whose Url is the relay's answer URL; the
// scripted callee hears the script's prompt and presses 1; the twin posts the keys (signed)
// to the Gather action the relay put in its TwiML; the relay stores a VoiceGather event
// before answering with the confirmation, which the callee hears.
class RelayVoiceTwinTest : public Vortex::Test::TwinFixture
{
protected:
    void SetUp() override
    {
        TwinFixture::SetUp();
        m_twin->clock()->setMode(Twin::TwinClock::Mode::Manual);
        ASSERT_TRUE(m_dir.isValid());
        Relay::RelayConfig config;
        config.twilioAuthToken = m_twin->config().authToken;
        config.dataDirectory = m_dir.path();
        config.consoleTokens = {kConsoleToken};
        m_relay = std::make_unique<Relay::RelayServer>(config); // public URL = its own address
        ASSERT_TRUE(m_relay->start()) << qPrintable(m_relay->errorString());
    }

    void TearDown() override
    {
        m_relay.reset();
        TwinFixture::TearDown();
    }

    void advance(qint64 ms)
    {
        for (qint64 done = 0; done < ms; done += 250) {
            m_twin->clock()->advance(qMin<qint64>(250, ms - done));
            ASSERT_TRUE(Vortex::Test::waitUntil([&] {
                return m_client->get(QStringLiteral("/_twin/calls"))
                           .json.value(QLatin1String("pending_http"))
                           .toInt(-1)
                       == 0;
            }));
        }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Relay::RelayServer> m_relay;
    RelayTestClient m_http;
};

TEST_F(RelayVoiceTwinTest, ACalleePressingOneReachesTheRelayAsAVoiceGatherEvent)
{
    const QString relay = m_relay->publicUrl().toString();
    ASSERT_EQ(m_http
                  .put(QUrl(relay + QStringLiteral("/v1/voice/scripts/") + kScriptId), scriptJson(),
                       {{"Content-Type", "application/json"},
                        {"Authorization", "Bearer " + kConsoleToken}})
                  .status,
              204);
    // The callee, scripted through the twin's control API: answers after 3 s, presses 1.
    const QByteArray person = R"({"people":[{"name":"Ada","number":")" + QByteArray(Handset)
                              + R"(","call":{"answers":true,"answerAfterMs":3000,"digits":"1"}}]})";
    const Vortex::Test::HttpReply added
        = m_http.post(QUrl(m_twin->baseUrl().toString() + QStringLiteral("/_twin/people")), person,
                      {{"Content-Type", "application/json"}});
    ASSERT_EQ(added.status, 200) << added.body.constData();

    Twilio::FormParams call;
    call.add(QStringLiteral("To"), QString::fromLatin1(Handset));
    call.add(QStringLiteral("From"), QString::fromLatin1(UsNumber));
    call.add(QStringLiteral("Url"), m_relay->voiceAnswerUrl(kScriptId).toString());
    call.add(QStringLiteral("StatusCallback"), m_relay->callStatusUrl().toString());
    call.add(QStringLiteral("StatusCallbackEvent"), QStringLiteral("initiated ringing answered"));
    const Vortex::Test::TwinReply created = m_client->post(
        QStringLiteral("/2010-04-01/Accounts/%1/Calls.json").arg(m_twin->config().accountSid),
        call);
    ASSERT_EQ(created.status, 201) << created.body.constData();
    const QString callSid = created.json.value(QLatin1String("sid")).toString();
    advance(60000);

    // The call ran the relay's TwiML: prompt, key 1, confirmation, hang-up.
    const QJsonObject state = m_client->get(QStringLiteral("/_twin/calls/") + callSid).json;
    EXPECT_EQ(state.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QStringList spoken;
    for (const QJsonValue &text : state.value(QLatin1String("spoken")).toArray())
        spoken.append(text.toString());
    EXPECT_EQ(spoken.value(0), script().prompt);
    EXPECT_EQ(spoken.value(spoken.size() - 1), QStringLiteral("Acknowledged. Thank you."))
        << spoken.join(QLatin1String(" | ")).toStdString();

    // The relay kept the keys (and the call's progress) for the engine.
    const Vortex::Test::HttpReply page
        = m_http.get(QUrl(relay + QStringLiteral("/v1/events?after=0&limit=100")), kConsoleToken);
    ASSERT_EQ(page.status, 200);
    QList<QJsonObject> gathers;
    QStringList statuses;
    for (const QJsonValue &value :
         QJsonDocument::fromJson(page.body).object().value(QLatin1String("events")).toArray()) {
        const QJsonObject event = value.toObject();
        EXPECT_EQ(event.value(QLatin1String("messageSid")).toString(), callSid);
        if (event.value(QLatin1String("kind")).toString() == QLatin1String("voice-gather"))
            gathers.append(event);
        else if (event.value(QLatin1String("kind")).toString() == QLatin1String("call-status"))
            statuses.append(event.value(QLatin1String("status")).toString());
    }
    ASSERT_EQ(gathers.size(), 1);
    EXPECT_EQ(gathers.first().value(QLatin1String("body")).toString(), QStringLiteral("1"));
    EXPECT_EQ(
        gathers.first().value(QLatin1String("params")).toObject().value(QLatin1String("script")),
        kScriptId);
    EXPECT_EQ(statuses, QStringList({QStringLiteral("initiated"), QStringLiteral("ringing"),
                                     QStringLiteral("in-progress"), QStringLiteral("completed")}));
}
