// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The twin's TwiML interpreter: the parser, and calls that run a TwiML app served by a loopback
// QHttpServer (signed requests, Say/Gather/Redirect/Hangup, digits from the scripted person or
// the control API, fetch and parse failures), driven through the real REST client.
#include "core/twilio/signature.h"
#include "core/twilio/twilioclient.h"
#include "core/twin/twinclock.h"
#include "core/twin/twintwiml.h"
#include "support/testsupport.h"
#include "twintestfixture.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Vortex::Core;
using namespace Vortex::Core::Twin;
using namespace Vortex::Test;
using Twilio::FormParams;

TEST(TwinTwimlParser, ReadsVerbsAttributesAndNesting)
{
    const auto verbs = TwinTwiml::parse(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>"
        "<Say voice=\"Polly.Amy\" language=\"en-GB\" loop=\"2\">Disk  full\n on db-1</Say>"
        "<Gather numDigits=\"1\" action=\"/ack\"><Say>Press 1</Say><Pause length=\"2\"/></Gather>"
        "<Redirect method=\"GET\"> https://example.com/next?a=1&amp;b=2 </Redirect>"
        "<Hangup/></Response>");
    ASSERT_TRUE(verbs) << verbs.error().toStdString();
    ASSERT_EQ(verbs->size(), 4);
    const TwimlVerb &say = verbs->at(0);
    EXPECT_EQ(say.name, QStringLiteral("Say"));
    EXPECT_EQ(say.text, QStringLiteral("Disk full on db-1"));
    EXPECT_EQ(say.attribute(QStringLiteral("voice")), QStringLiteral("Polly.Amy"));
    EXPECT_EQ(say.attribute(QStringLiteral("loop")), QStringLiteral("2"));
    const TwimlVerb &gather = verbs->at(1);
    ASSERT_EQ(gather.children.size(), 2);
    EXPECT_EQ(gather.children.at(0).text, QStringLiteral("Press 1"));
    EXPECT_EQ(gather.children.at(1).attribute(QStringLiteral("length")), QStringLiteral("2"));
    EXPECT_EQ(verbs->at(2).text, QStringLiteral("https://example.com/next?a=1&b=2"));
    EXPECT_EQ(verbs->at(3).name, QStringLiteral("Hangup"));
    EXPECT_TRUE(TwinTwiml::parse("<Response/>").value().isEmpty());
}

TEST(TwinTwimlParser, RejectsWhatTwilioCannotParse)
{
    EXPECT_FALSE(TwinTwiml::parse("<Response><Say>unclosed</Response>"));
    EXPECT_FALSE(TwinTwiml::parse("<Hello><Say>hi</Say></Hello>"));
    EXPECT_FALSE(TwinTwiml::parse(""));
    EXPECT_FALSE(TwinTwiml::parse("plain text, not XML"));
    EXPECT_FALSE(TwinTwiml::parse("<Response/><Response/>"));
}

TEST(TwinTwimlParser, SayTakesSpeakingTime)
{
    EXPECT_EQ(TwinTwiml::sayDurationMs(QStringLiteral("ok")), 1000);
    EXPECT_EQ(TwinTwiml::sayDurationMs(QStringLiteral("one two three four five")), 2000);
}

namespace {

/// One request the TwiML app received.
struct AppRequest
{
    QString method;
    QString path;
    QString url; ///< as the twin signed it (with the query for GET)
    FormParams params;
    QByteArray signature;
};

} // namespace

class TwinTwimlAppTest : public TwinFixture
{
protected:
    void SetUp() override
    {
        m_app.route(QStringLiteral("/<arg>"), [this](const QString &,
                                                     const QHttpServerRequest &request) {
            AppRequest seen;
            seen.method = request.method() == QHttpServerRequest::Method::Get
                              ? QStringLiteral("GET")
                              : QStringLiteral("POST");
            seen.path = request.url().path();
            seen.url = appUrl(seen.path);
            const QByteArray query = request.url().query(QUrl::FullyEncoded).toUtf8();
            if (seen.method == QLatin1String("GET") && !query.isEmpty())
                seen.url += QLatin1Char('?') + QString::fromUtf8(query);
            FormParams::decode(seen.method == QLatin1String("GET") ? query : request.body(),
                               &seen.params);
            seen.signature = request.value(QByteArrayLiteral("x-twilio-signature"));
            m_requests.append(seen);
            if (!m_documents.contains(seen.path))
                return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("no"),
                                           QHttpServerResponder::StatusCode::NotFound);
            return QHttpServerResponse(QByteArrayLiteral("text/xml"), m_documents.value(seen.path));
        });
        m_appPort = m_app.listen(QHostAddress(QHostAddress::LocalHost), 0);
        ASSERT_NE(m_appPort, 0);
        TwinFixture::SetUp();
        m_twin->clock()->setMode(TwinClock::Mode::Manual);
        m_rest = std::make_unique<Twilio::TwilioClient>(
            Twilio::Credentials(m_twin->config().accountSid, m_twin->config().authToken),
            Twilio::Endpoints::forAll(m_twin->baseUrl()));
    }

    QString appUrl(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_appPort).arg(path);
    }

    /// POST …/Calls.json through TwilioClient::createRestCall; returns the CallSid.
    QString call(const QString &key, const QString &value, const FormParams &extra = {})
    {
        FormParams form;
        form.add(QStringLiteral("To"), QString::fromLatin1(Handset));
        form.add(QStringLiteral("From"), QString::fromLatin1(UsNumber));
        form.add(key, value);
        for (const auto &[k, v] : extra.items())
            form.add(k, v);
        const QByteArray path = QStringLiteral("/2010-04-01/Accounts/%1/Calls.json")
                                    .arg(m_twin->config().accountSid)
                                    .toUtf8();
        Twilio::RestCall *rest = m_rest->createRestCall("POST", Twilio::Endpoints::Product::Api,
                                                        path, form.encode(), m_rest.get());
        std::optional<Twilio::RestResult> result;
        QObject::connect(rest, &Twilio::RestCall::finished, m_rest.get(),
                         [&result](const Twilio::RestResult &r) { result = r; });
        rest->start();
        EXPECT_TRUE(waitUntil([&] { return result.has_value(); }));
        rest->deleteLater();
        if (!result || !*result) {
            ADD_FAILURE() << "create failed";
            return {};
        }
        EXPECT_EQ(result->value().httpStatus, 201);
        return QJsonDocument::fromJson(result->value().body)
            .object()
            .value(QLatin1String("sid"))
            .toString();
    }

    QJsonObject control(const QString &sid)
    {
        return m_client->get(QStringLiteral("/_twin/calls/") + sid).json;
    }

    void settle()
    {
        EXPECT_TRUE(waitUntil([&] {
            return m_client->get(QStringLiteral("/_twin/calls"))
                       .json.value(QLatin1String("pending_http"))
                       .toInt(-1)
                   == 0;
        }));
    }

    void advance(qint64 ms)
    {
        for (qint64 done = 0; done < ms; done += 250) {
            m_twin->clock()->advance(qMin<qint64>(250, ms - done));
            settle();
        }
    }

    void addPerson(const QString &digits)
    {
        Person person;
        person.name = QStringLiteral("Ada");
        person.number = QString::fromLatin1(Handset);
        person.call = CallBehaviour{true, 4000, false, digits, false};
        m_twin->people().upsert(person);
    }

    QList<AppRequest> requestsTo(const QString &path) const
    {
        QList<AppRequest> result;
        for (const AppRequest &request : m_requests) {
            if (request.path == path)
                result.append(request);
        }
        return result;
    }

    bool signedCorrectly(const AppRequest &request) const
    {
        return Twilio::RequestSignature::validate(
            m_twin->config().authToken, request.url,
            request.method == QLatin1String("GET") ? FormParams() : request.params,
            request.signature);
    }

    QStringList spoken(const QString &sid)
    {
        QStringList texts;
        for (const QJsonValue &text : control(sid).value(QLatin1String("spoken")).toArray())
            texts.append(text.toString());
        return texts;
    }

    QList<int> errorCodes(const QString &sid) const
    {
        QList<int> codes;
        for (const TwinEvent &event : m_twin->events().after(0, 100000)) {
            if (event.sid == sid && event.kind == QLatin1String("call.error"))
                codes.append(event.fields.value(QLatin1String("error_code")).toInt());
        }
        return codes;
    }

    QHttpServer m_app;
    quint16 m_appPort = 0;
    QHash<QString, QByteArray> m_documents;
    QList<AppRequest> m_requests;
    std::unique_ptr<Twilio::TwilioClient> m_rest;
};

TEST_F(TwinTwimlAppTest, RunbookIsReadAndTheKeypressAcknowledges)
{
    const QString runbook
        = QStringLiteral("Incident 42: database primary down. Fail over to the replica.");
    m_documents.insert(QStringLiteral("/voice"),
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say>"
                           + runbook.toUtf8()
                           + "</Say><Gather numDigits=\"1\" action=\"/ack\">"
                             "<Say>Press 1 to acknowledge.</Say></Gather>"
                             "<Say>We did not get your answer.</Say></Response>");
    m_documents.insert(QStringLiteral("/ack"),
                       "<Response><Say>acknowledged</Say><Hangup/></Response>");
    addPerson(QStringLiteral("1"));
    const QString sid = call(QStringLiteral("Url"), appUrl(QStringLiteral("/voice")));
    advance(60000);

    // The TwiML request: signed POST with the standard voice parameters.
    const QList<AppRequest> voice = requestsTo(QStringLiteral("/voice"));
    ASSERT_EQ(voice.size(), 1);
    EXPECT_EQ(voice.first().method, QStringLiteral("POST"));
    EXPECT_TRUE(signedCorrectly(voice.first()));
    EXPECT_EQ(voice.first().params.value(QStringLiteral("CallSid")), sid);
    EXPECT_EQ(voice.first().params.value(QStringLiteral("CallStatus")),
              QStringLiteral("in-progress"));
    EXPECT_EQ(voice.first().params.value(QStringLiteral("Direction")),
              QStringLiteral("outbound-api"));
    EXPECT_EQ(voice.first().params.value(QStringLiteral("To")), QString::fromLatin1(Handset));
    EXPECT_EQ(voice.first().params.value(QStringLiteral("AccountSid")),
              m_twin->config().accountSid);
    EXPECT_EQ(voice.first().params.value(QStringLiteral("ApiVersion")),
              QStringLiteral("2010-04-01"));

    // The person pressed 1: Digits posted, signed, to the action.
    const QList<AppRequest> ack = requestsTo(QStringLiteral("/ack"));
    ASSERT_EQ(ack.size(), 1);
    EXPECT_TRUE(signedCorrectly(ack.first()));
    EXPECT_EQ(ack.first().params.value(QStringLiteral("Digits")), QStringLiteral("1"));
    EXPECT_TRUE(ack.first().params.contains(QStringLiteral("FinishedOnKey")));
    EXPECT_EQ(ack.first().params.value(QStringLiteral("FinishedOnKey")), QString());

    // The transcript, readable through the control API, and the phone's inbox.
    EXPECT_EQ(spoken(sid), QStringList({runbook, QStringLiteral("Press 1 to acknowledge."),
                                        QStringLiteral("acknowledged")}));
    const QJsonObject state = control(sid);
    EXPECT_EQ(state.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    const auto heard = m_twin->people().received(QString::fromLatin1(Handset));
    ASSERT_EQ(heard.size(), 3);
    EXPECT_EQ(heard.last().text, QStringLiteral("acknowledged"));
    EXPECT_EQ(heard.last().channel, QStringLiteral("call"));
    EXPECT_EQ(heard.last().sid, sid);
    EXPECT_TRUE(errorCodes(sid).isEmpty());
}

TEST_F(TwinTwimlAppTest, DigitsFromTheControlApiFinishOnHashAndFollowGetAction)
{
    m_documents.insert(QStringLiteral("/voice"),
                       "<Response><Gather timeout=\"10\" action=\"/menu?step=2\" method=\"GET\">"
                       "<Say>Enter the incident number, then hash.</Say></Gather></Response>");
    m_documents.insert(QStringLiteral("/menu"),
                       "<Response><Say>Incident 42 opened.</Say></Response>");
    const QString sid = call(QStringLiteral("Url"), appUrl(QStringLiteral("/voice")));
    // Nobody scripted: answered after 8 s; the prompt is read, then the Gather waits.
    for (int i = 0; i < 120 && !control(sid).value(QLatin1String("in_gather")).toBool(); ++i)
        advance(250);
    ASSERT_TRUE(control(sid).value(QLatin1String("in_gather")).toBool());
    FormParams keys{{QStringLiteral("Digits"), QStringLiteral("42#")}};
    const TwinReply pressed
        = m_client->post(QStringLiteral("/_twin/calls/") + sid + QStringLiteral("/digits"), keys);
    EXPECT_EQ(pressed.status, 200) << pressed.body.constData();
    advance(10000);

    const QList<AppRequest> menu = requestsTo(QStringLiteral("/menu"));
    ASSERT_EQ(menu.size(), 1);
    EXPECT_EQ(menu.first().method, QStringLiteral("GET"));
    EXPECT_TRUE(signedCorrectly(menu.first()));
    EXPECT_EQ(menu.first().params.value(QStringLiteral("step")), QStringLiteral("2"));
    EXPECT_EQ(menu.first().params.value(QStringLiteral("Digits")), QStringLiteral("42"));
    EXPECT_EQ(menu.first().params.value(QStringLiteral("FinishedOnKey")), QStringLiteral("#"));
    EXPECT_EQ(spoken(sid).last(), QStringLiteral("Incident 42 opened."));
    EXPECT_EQ(control(sid).value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    // A finished call takes no more keys.
    EXPECT_EQ(
        m_client->post(QStringLiteral("/_twin/calls/") + sid + QStringLiteral("/digits"), keys)
            .status,
        409);
}

TEST_F(TwinTwimlAppTest, NoInputFallsThroughToRedirect)
{
    m_documents.insert(QStringLiteral("/next"), "<Response><Say>Nobody pressed.</Say></Response>");
    const QString twiml
        = QStringLiteral("<Response><Gather timeout=\"3\"><Say>Press any key.</Say></Gather>"
                         "<Redirect method=\"GET\">%1</Redirect><Say>never</Say></Response>")
              .arg(appUrl(QStringLiteral("/next")));
    const QString sid = call(QStringLiteral("Twiml"), twiml);
    advance(40000);
    EXPECT_EQ(spoken(sid),
              QStringList({QStringLiteral("Press any key."), QStringLiteral("Nobody pressed.")}));
    ASSERT_EQ(requestsTo(QStringLiteral("/next")).size(), 1);
    EXPECT_EQ(requestsTo(QStringLiteral("/next")).first().method, QStringLiteral("GET"));
    bool timedOut = false;
    for (const QJsonValue &entry : control(sid).value(QLatin1String("transcript")).toArray()) {
        const QJsonObject o = entry.toObject();
        if (o.value(QLatin1String("kind")) == QLatin1String("gather"))
            timedOut = o.value(QLatin1String("result")) == QLatin1String("timeout");
    }
    EXPECT_TRUE(timedOut);
    EXPECT_EQ(control(sid).value(QLatin1String("status")).toString(), QStringLiteral("completed"));
}

TEST_F(TwinTwimlAppTest, BrokenDocumentsEndTheCallWithTwilioCodes)
{
    m_documents.insert(QStringLiteral("/broken"), "<Response><Say>half a document</Response>");
    const QString unparsable = call(QStringLiteral("Url"), appUrl(QStringLiteral("/broken")));
    const QString missing = call(QStringLiteral("Url"), appUrl(QStringLiteral("/missing")));
    advance(30000);
    EXPECT_EQ(errorCodes(unparsable), QList<int>{12100});
    EXPECT_EQ(errorCodes(missing), QList<int>{11200});
    EXPECT_EQ(control(unparsable).value(QLatin1String("status")).toString(),
              QStringLiteral("completed"));
    EXPECT_EQ(control(missing).value(QLatin1String("status")).toString(),
              QStringLiteral("completed"));
    EXPECT_TRUE(spoken(unparsable).isEmpty());
}

TEST_F(TwinTwimlAppTest, SameSeedSameEventLog)
{
    const auto run = [this] {
        TwinConfig config = testConfig();
        config.deterministicSids = true;
        startTwin(config);
        m_twin->clock()->setMode(TwinClock::Mode::Manual);
        // The same start time too: event times are part of the log.
        m_twin->clock()->resetTo(QDateTime(QDate(2030, 1, 1), QTime(9, 0), Qt::UTC));
        m_rest = std::make_unique<Twilio::TwilioClient>(
            Twilio::Credentials(config.accountSid, config.authToken),
            Twilio::Endpoints::forAll(m_twin->baseUrl()));
        addPerson(QStringLiteral("7"));
        call(QStringLiteral("Twiml"),
             QStringLiteral("<Response><Say loop=\"2\">Page one.</Say><Gather numDigits=\"1\">"
                            "<Say>Press.</Say></Gather><Pause length=\"2\"/></Response>"));
        call(QStringLiteral("Twiml"), QStringLiteral("<Response><Hangup/></Response>"));
        advance(40000);
        return m_twin->events().digest();
    };
    const QByteArray first = run();
    const QByteArray second = run();
    EXPECT_FALSE(first.isEmpty());
    EXPECT_EQ(first, second);
    EXPECT_GT(m_twin->events().size(), 10);
}

TEST_F(TwinTwimlAppTest, StatusCallbackByGetIsSignedOverTheQuery)
{
    FormParams extra{{QStringLiteral("StatusCallback"), appUrl(QStringLiteral("/status"))},
                     {QStringLiteral("StatusCallbackMethod"), QStringLiteral("GET")},
                     {QStringLiteral("StatusCallbackEvent"), QStringLiteral("ringing")}};
    const QString sid = call(QStringLiteral("Twiml"),
                             QStringLiteral("<Response><Say>Hi.</Say></Response>"), extra);
    advance(30000);
    const QList<AppRequest> hooks = requestsTo(QStringLiteral("/status"));
    ASSERT_EQ(hooks.size(), 2);
    for (const AppRequest &hook : hooks) {
        EXPECT_EQ(hook.method, QStringLiteral("GET"));
        EXPECT_TRUE(signedCorrectly(hook));
        EXPECT_EQ(hook.params.value(QStringLiteral("CallSid")), sid);
    }
    EXPECT_EQ(hooks.at(0).params.value(QStringLiteral("CallStatus")), QStringLiteral("ringing"));
    EXPECT_EQ(hooks.at(1).params.value(QStringLiteral("CallStatus")), QStringLiteral("completed"));
    EXPECT_EQ(hooks.at(1).params.value(QStringLiteral("SequenceNumber")), QStringLiteral("1"));
}
