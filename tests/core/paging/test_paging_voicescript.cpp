// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The paging call: the voice script (JSON, validation), its TwiML read by the twin's parser,
// and a real call on the twin that fetches the TwiML and posts its keys to the Gather action.
#include "../twin/twintestfixture.h"
#include "core/paging/pagevoice.h"
#include "core/paging/pagingtext.h"
#include "core/paging/voicescript.h"
#include "core/twilio/twilioclient.h"
#include "core/twin/twinclock.h"
#include "core/twin/twintwiml.h"
#include "support/testsupport.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Vortex::Core;
using namespace Vortex::Core::Paging;
using namespace Vortex::Test;
using Twin::TwimlVerb;
using Twin::TwinTwiml;

namespace {

Incident checkout()
{
    Incident i;
    i.id = 17;
    i.code = QStringLiteral("17");
    i.severity = Severity::Sev1;
    i.title = QStringLiteral("Checkout API down");
    i.summary = QStringLiteral("Error rate 45% on checkout-api.");
    i.runbook = QStringLiteral("Fail over to eu-central-1 & page the DB team <now>.");
    i.link = QStringLiteral("https://vx.example.com/i/17");
    return i;
}

Recipient recipient(const QString &language)
{
    Recipient r;
    r.id = QStringLiteral("alice");
    r.name = QStringLiteral("Alice");
    r.smsNumber = QStringLiteral("+12015550124");
    r.language = language;
    return r;
}

const QUrl
    GatherUrl(QStringLiteral("https://relay.example.com/v1/voice/gather?script=vs-1-ab&x=1"));

QList<TwimlVerb> parsed(const QByteArray &xml)
{
    const auto verbs = TwinTwiml::parse(xml);
    EXPECT_TRUE(verbs) << (verbs ? std::string() : verbs.error().toStdString()) << xml.constData();
    return verbs ? *verbs : QList<TwimlVerb>();
}

/// The menu part of a document: two Gathers around the prompt, the no-input text, a hang-up.
void expectMenu(const VoiceScript &script, const QList<TwimlVerb> &verbs, qsizetype from)
{
    ASSERT_EQ(verbs.size(), from + 4);
    for (qsizetype i = from; i < from + 2; ++i) {
        const TwimlVerb &gather = verbs.at(i);
        EXPECT_EQ(gather.name, QStringLiteral("Gather"));
        EXPECT_EQ(gather.attribute(QStringLiteral("input")), QStringLiteral("dtmf"));
        EXPECT_EQ(gather.attribute(QStringLiteral("numDigits")), QStringLiteral("1"));
        EXPECT_EQ(gather.attribute(QStringLiteral("timeout")), QStringLiteral("8"));
        EXPECT_TRUE(gather.attributes.contains(QStringLiteral("finishOnKey")));
        EXPECT_EQ(gather.attribute(QStringLiteral("finishOnKey"), QStringLiteral("#")), QString());
        EXPECT_EQ(gather.attribute(QStringLiteral("method")), QStringLiteral("POST"));
        EXPECT_EQ(QUrl(gather.attribute(QStringLiteral("action"))), GatherUrl);
        ASSERT_EQ(gather.children.size(), 1);
        EXPECT_EQ(gather.children.first().name, QStringLiteral("Say"));
        EXPECT_EQ(gather.children.first().text, script.prompt.simplified());
        EXPECT_EQ(gather.children.first().attribute(QStringLiteral("voice")), script.voice);
        EXPECT_EQ(gather.children.first().attribute(QStringLiteral("language")), script.language);
    }
    EXPECT_EQ(verbs.at(from + 2).name, QStringLiteral("Say"));
    EXPECT_EQ(verbs.at(from + 2).text, script.noInput);
    EXPECT_EQ(verbs.at(from + 3).name, QStringLiteral("Hangup"));
}

} // namespace

TEST(PageVoice, EnglishScriptReadsSeverityTitleSummaryRunbookAndMenu)
{
    const VoiceScript script
        = PageVoice::script(checkout(), recipient(QStringLiteral("en")), QStringLiteral("vs-1-ab"));
    EXPECT_EQ(script.id, QStringLiteral("vs-1-ab"));
    EXPECT_EQ(script.language, QStringLiteral("en-US"));
    EXPECT_EQ(script.voice, QStringLiteral("Polly.Joanna"));
    EXPECT_EQ(
        script.prompt,
        QStringLiteral("Vortex alert, severity 1, incident 17. Checkout API down. Error rate "
                       "45% on checkout-api. Runbook: Fail over to eu-central-1 & page the DB "
                       "team <now>. Press 1 to acknowledge, 2 to resolve, 3 to snooze for 30 "
                       "minutes, 9 to escalate now, star to repeat."));
    EXPECT_EQ(script.confirmations.keys(), QStringList({QStringLiteral("1"), QStringLiteral("2"),
                                                        QStringLiteral("3"), QStringLiteral("9")}));
    EXPECT_EQ(script.confirmations.value(QStringLiteral("1")),
              QStringLiteral("Incident 17 acknowledged. The escalation stops. Goodbye."));
    EXPECT_EQ(script.confirmations.value(QStringLiteral("3")),
              QStringLiteral("Incident 17 snoozed for 30 minutes. Goodbye."));
    EXPECT_FALSE(script.invalidKey.isEmpty());
    EXPECT_FALSE(script.noInput.isEmpty());
    EXPECT_TRUE(VoiceScript::fromJson(script.toJson())) << "the engine's script is publishable";
}

TEST(PageVoice, LanguageAndVoiceAlwaysMatchTheWords)
{
    const VoiceScript english
        = PageVoice::script(checkout(), recipient(QStringLiteral("en")), QStringLiteral("a"));
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("xx"), QString()}) {
        const VoiceScript other
            = PageVoice::script(checkout(), recipient(language), QStringLiteral("a"));
        EXPECT_EQ(other.toJson(), english.toJson()) << language.toStdString();
    }
    // German: German words in a German voice (Marlene), never one without the other.
    EXPECT_EQ(PagingText::catalogLanguage(QStringLiteral("de-DE")), QStringLiteral("de"));
    for (const QString &language :
         {QStringLiteral("de-DE"), QStringLiteral("de"), QStringLiteral("de_AT")}) {
        const VoiceScript german
            = PageVoice::script(checkout(), recipient(language), QStringLiteral("a"));
        EXPECT_EQ(german.language, QStringLiteral("de-DE")) << language.toStdString();
        EXPECT_EQ(german.voice, QStringLiteral("Polly.Marlene")) << language.toStdString();
        EXPECT_EQ(german.prompt,
                  QStringLiteral("Vortex-Alarm, Schweregrad 1, Vorfall 17. Checkout API down. "
                                 "Error rate 45% on checkout-api. Handlungsanweisung: Fail over to "
                                 "eu-central-1 & page the DB team <now>. Dr\u00FCcken Sie 1, um zu "
                                 "best\u00E4tigen, 2, um den Vorfall als behoben zu markieren, 3, "
                                 "um ihn f\u00FCr 30 Minuten zur\u00FCckzustellen, 9, um sofort zu "
                                 "eskalieren, und die Sterntaste, um die Ansage zu wiederholen."));
        EXPECT_EQ(german.confirmations.keys(), english.confirmations.keys());
        EXPECT_EQ(german.confirmations.value(QStringLiteral("1")),
                  QStringLiteral("Vorfall 17 best\u00E4tigt. Die Eskalation wird beendet. Auf "
                                 "Wiederh\u00F6ren."));
        EXPECT_EQ(german.confirmations.value(QStringLiteral("3")),
                  QStringLiteral("Vorfall 17 f\u00FCr 30 Minuten zur\u00FCckgestellt. Auf "
                                 "Wiederh\u00F6ren."));
        for (const QString &key : german.confirmations.keys())
            EXPECT_NE(german.confirmations.value(key), english.confirmations.value(key))
                << "still English: " << key.toStdString();
        EXPECT_NE(german.invalidKey, english.invalidKey);
        EXPECT_NE(german.noInput, english.noInput);
        EXPECT_TRUE(VoiceScript::fromJson(german.toJson())) << "the German script is publishable";
    }
}

TEST(PageVoice, HugeFieldsStayWithinTheScriptLimits)
{
    Incident i = checkout();
    i.title = QStringLiteral("title ").repeated(400);
    i.summary = QStringLiteral("summary ").repeated(800);
    i.runbook = QStringLiteral("step ").repeated(3000);
    const VoiceScript script
        = PageVoice::script(i, recipient(QStringLiteral("en")), QStringLiteral("vs-9"));
    EXPECT_LE(script.prompt.size(), 4000);
    EXPECT_TRUE(script.prompt.endsWith(QStringLiteral("star to repeat.")));
    EXPECT_TRUE(VoiceScript::fromJson(script.toJson()));
}

TEST(VoiceScript, JsonRoundTrip)
{
    VoiceScript script
        = PageVoice::script(checkout(), recipient(QStringLiteral("en")), QStringLiteral("vs-42_x"));
    script.language = QStringLiteral("de-DE");
    script.voice = QStringLiteral("Polly.Marlene");
    const QJsonObject json = script.toJson();
    const auto back
        = VoiceScript::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
    ASSERT_TRUE(back) << back.error().toStdString();
    EXPECT_EQ(back->id, script.id);
    EXPECT_EQ(back->language, script.language);
    EXPECT_EQ(back->voice, script.voice);
    EXPECT_EQ(back->prompt, script.prompt);
    EXPECT_EQ(back->confirmations, script.confirmations);
    EXPECT_EQ(back->invalidKey, script.invalidKey);
    EXPECT_EQ(back->noInput, script.noInput);
    EXPECT_EQ(back->toJson(), json);

    // Optional members take their defaults.
    const auto minimal = VoiceScript::fromJson({{QStringLiteral("id"), QStringLiteral("m")},
                                                {QStringLiteral("prompt"), QStringLiteral("Hi")}});
    ASSERT_TRUE(minimal) << minimal.error().toStdString();
    EXPECT_EQ(minimal->language, QStringLiteral("en-US"));
    EXPECT_EQ(minimal->voice, QStringLiteral("Polly.Joanna"));
    EXPECT_TRUE(minimal->confirmations.isEmpty());
}

TEST(VoiceScript, RejectsBadIdsAndBadFields)
{
    const QJsonObject good
        = PageVoice::script(checkout(), recipient(QStringLiteral("en")), QStringLiteral("vs-1"))
              .toJson();
    ASSERT_TRUE(VoiceScript::fromJson(good));
    const auto with = [&good](const QString &key, const QJsonValue &value) {
        QJsonObject o = good;
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return VoiceScript::fromJson(o);
    };
    const QString id = QStringLiteral("id");
    for (const QJsonValue &bad :
         {QJsonValue(QJsonValue::Undefined), QJsonValue(QString()), QJsonValue(42),
          QJsonValue(QStringLiteral("vs 1")), QJsonValue(QStringLiteral("../etc/passwd")),
          QJsonValue(QStringLiteral("vs-1?x=1")), QJsonValue(QStringLiteral("\u00E9t\u00E9")),
          QJsonValue(QStringLiteral("a").repeated(65))}) {
        const auto result = with(id, bad);
        EXPECT_FALSE(result) << QJsonDocument(QJsonObject{{id, bad}}).toJson().constData();
        if (!result) {
            EXPECT_TRUE(result.error().contains(QStringLiteral("id")))
                << result.error().toStdString();
        }
    }
    EXPECT_TRUE(with(id, QStringLiteral("a").repeated(64)));
    const QString prompt = QStringLiteral("prompt");
    EXPECT_FALSE(with(prompt, QJsonValue(QJsonValue::Undefined)));
    EXPECT_FALSE(with(prompt, QStringLiteral("   ")));
    EXPECT_FALSE(with(prompt, QJsonValue(7)));
    EXPECT_FALSE(with(prompt, QStringLiteral("x").repeated(4001)));
    EXPECT_TRUE(with(prompt, QStringLiteral("x").repeated(4000)));
    EXPECT_FALSE(with(QStringLiteral("noInput"), QStringLiteral("x").repeated(4001)));
    EXPECT_FALSE(with(QStringLiteral("invalidKey"), QJsonValue(true)));
    EXPECT_FALSE(with(QStringLiteral("language"), QStringLiteral("en US\"")));
    EXPECT_FALSE(with(QStringLiteral("voice"), QStringLiteral("Polly Joanna")));
    EXPECT_FALSE(with(QStringLiteral("confirmations"), QJsonValue(QJsonArray())));
    EXPECT_FALSE(with(QStringLiteral("confirmations"),
                      QJsonObject{{QStringLiteral("12"), QStringLiteral("twelve")}}));
    EXPECT_FALSE(with(QStringLiteral("confirmations"),
                      QJsonObject{{QStringLiteral("*"), QStringLiteral("star")}}));
    EXPECT_FALSE(with(QStringLiteral("confirmations"), QJsonObject{{QStringLiteral("1"), 1}}));
    EXPECT_FALSE(with(QStringLiteral("confirmations"),
                      QJsonObject{{QStringLiteral("1"), QStringLiteral("x").repeated(4001)}}));
}

TEST(VoiceScript, AnswerTwimlIsAMenuTheTwinParses)
{
    const VoiceScript script
        = PageVoice::script(checkout(), recipient(QStringLiteral("en")), QStringLiteral("vs-1-ab"));
    const QByteArray xml = script.answerTwiml(GatherUrl);
    EXPECT_TRUE(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>"))
        << xml.constData();
    EXPECT_TRUE(xml.contains("&amp; page the DB team &lt;now&gt;")) << "text is escaped";
    EXPECT_TRUE(xml.contains("gather?script=vs-1-ab&amp;x=1")) << "attributes are escaped";
    expectMenu(script, parsed(xml), 0);
}

TEST(VoiceScript, GatherTwimlConfirmsRepeatsOrSaysInvalid)
{
    const VoiceScript script
        = PageVoice::script(checkout(), recipient(QStringLiteral("en")), QStringLiteral("vs-1-ab"));
    for (const QString &key :
         {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("9")}) {
        const QList<TwimlVerb> verbs = parsed(script.gatherTwiml(key, GatherUrl));
        ASSERT_EQ(verbs.size(), 2) << key.toStdString();
        EXPECT_EQ(verbs.at(0).name, QStringLiteral("Say"));
        EXPECT_EQ(verbs.at(0).text, script.confirmations.value(key));
        EXPECT_EQ(verbs.at(0).attribute(QStringLiteral("voice")), script.voice);
        EXPECT_EQ(verbs.at(1).name, QStringLiteral("Hangup"));
    }
    EXPECT_EQ(script.gatherTwiml(QStringLiteral("*"), GatherUrl), script.answerTwiml(GatherUrl));
    EXPECT_EQ(script.gatherTwiml(QStringLiteral(" 2 "), GatherUrl),
              script.gatherTwiml(QStringLiteral("2"), GatherUrl));
    for (const QString &other : {QStringLiteral("0"), QStringLiteral("4"), QStringLiteral("#"),
                                 QStringLiteral("12"), QString(), QStringLiteral("<x>")}) {
        const QList<TwimlVerb> verbs = parsed(script.gatherTwiml(other, GatherUrl));
        ASSERT_GE(verbs.size(), 1) << other.toStdString();
        EXPECT_EQ(verbs.first().name, QStringLiteral("Say"));
        EXPECT_EQ(verbs.first().text, script.invalidKey);
        expectMenu(script, verbs, 1);
    }
}

TEST(VoiceScript, TextsThatXmlCannotCarryAreDroppedNotServedBroken)
{
    VoiceScript script;
    script.id = QStringLiteral("vs-x");
    script.prompt = QStringLiteral("Alarm\u0001 \u0007on \"db\" ]]> <Say>x</Say> \U0001F525 done");
    script.noInput = QStringLiteral("bye\u001F");
    const QList<TwimlVerb> verbs = parsed(script.answerTwiml(QUrl()));
    ASSERT_EQ(verbs.size(), 4);
    EXPECT_EQ(verbs.first().children.first().text,
              QStringLiteral("Alarm on \"db\" ]]> <Say>x</Say> \U0001F525 done"));
    EXPECT_FALSE(verbs.first().attributes.contains(QStringLiteral("action")))
        << "no URL: Twilio posts to the document's own URL";
    EXPECT_EQ(verbs.at(2).text, QStringLiteral("bye"));
}

// A real call on the twin: it fetches the answer TwiML from a loopback server that plays the
// relay's part, the scripted callee presses keys, and every Gather posts its digits back.
class PageVoiceCallTest : public TwinFixture
{
protected:
    void SetUp() override
    {
        m_script = PageVoice::script(checkout(), recipient(QStringLiteral("en")),
                                     QStringLiteral("vs-7-call"));
        m_app.route(QStringLiteral("/<arg>"), [this](const QString &,
                                                     const QHttpServerRequest &request) {
            Twilio::FormParams params;
            Twilio::FormParams::decode(request.body(), &params);
            const QString path = request.url().path();
            QByteArray twiml;
            if (path == QLatin1String("/voice")) {
                twiml = m_script.answerTwiml(gatherUrl());
            } else {
                m_digits.append(params.value(QStringLiteral("Digits")));
                twiml = m_script.gatherTwiml(params.value(QStringLiteral("Digits")), gatherUrl());
            }
            return QHttpServerResponse(QByteArrayLiteral("text/xml"), twiml);
        });
        m_port = m_app.listen(QHostAddress(QHostAddress::LocalHost), 0);
        ASSERT_NE(m_port, 0);
        TwinFixture::SetUp();
        m_twin->clock()->setMode(Twin::TwinClock::Mode::Manual);
        m_rest = std::make_unique<Twilio::TwilioClient>(
            Twilio::Credentials(m_twin->config().accountSid, m_twin->config().authToken),
            Twilio::Endpoints::forAll(m_twin->baseUrl()));
    }

    QUrl gatherUrl() const
    {
        return QUrl(
            QStringLiteral("http://127.0.0.1:%1/gather?script=vs-7-call&round=1").arg(m_port));
    }

    void addPerson(const QString &digits)
    {
        Twin::Person person;
        person.name = QStringLiteral("Alice");
        person.number = QString::fromLatin1(Handset);
        person.call = Twin::CallBehaviour{true, 3000, false, digits, false};
        m_twin->people().upsert(person);
    }

    QString call()
    {
        Twilio::FormParams form;
        form.add(QStringLiteral("To"), QString::fromLatin1(Handset));
        form.add(QStringLiteral("From"), QString::fromLatin1(UsNumber));
        form.add(QStringLiteral("Url"), QStringLiteral("http://127.0.0.1:%1/voice").arg(m_port));
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
        if (!result || !*result)
            return {};
        return QJsonDocument::fromJson(result->value().body)
            .object()
            .value(QLatin1String("sid"))
            .toString();
    }

    QJsonObject control(const QString &sid)
    {
        return m_client->get(QStringLiteral("/_twin/calls/") + sid).json;
    }

    /// Runs the twin's clock until the call is over (at most ten minutes of twin time).
    void runUntilCompleted(const QString &sid)
    {
        for (int step = 0; step < 2400; ++step) {
            if (control(sid).value(QLatin1String("status")).toString()
                == QLatin1String("completed"))
                return;
            m_twin->clock()->advance(250);
            EXPECT_TRUE(waitUntil([&] {
                return m_client->get(QStringLiteral("/_twin/calls"))
                           .json.value(QLatin1String("pending_http"))
                           .toInt(-1)
                       == 0;
            }));
        }
        ADD_FAILURE() << "the call did not end";
    }

    QStringList spoken(const QString &sid)
    {
        QStringList texts;
        for (const QJsonValue &text : control(sid).value(QLatin1String("spoken")).toArray())
            texts.append(text.toString());
        return texts;
    }

    QHttpServer m_app;
    quint16 m_port = 0;
    VoiceScript m_script;
    QStringList m_digits;
    std::unique_ptr<Twilio::TwilioClient> m_rest;
};

TEST_F(PageVoiceCallTest, StarRepeatsAnInvalidKeyIsNamedAndThreeSnoozes)
{
    addPerson(QStringLiteral("*,#,3"));
    const QString sid = call();
    ASSERT_FALSE(sid.isEmpty());
    runUntilCompleted(sid);
    EXPECT_EQ(m_digits,
              QStringList({QStringLiteral("*"), QStringLiteral("#"), QStringLiteral("3")}));
    const QStringList said = spoken(sid);
    ASSERT_FALSE(said.isEmpty());
    EXPECT_EQ(said.last(), m_script.confirmations.value(QStringLiteral("3")));
    EXPECT_TRUE(said.contains(m_script.invalidKey));
    EXPECT_FALSE(said.contains(m_script.noInput));
    EXPECT_EQ(control(sid).value(QLatin1String("status")).toString(), QStringLiteral("completed"));
}

TEST_F(PageVoiceCallTest, NoKeyAsksTwiceThenSaysNoInputAndHangsUp)
{
    addPerson(QString());
    const QString sid = call();
    ASSERT_FALSE(sid.isEmpty());
    runUntilCompleted(sid);
    EXPECT_TRUE(m_digits.isEmpty());
    const QStringList said = spoken(sid);
    EXPECT_EQ(said, QStringList({m_script.prompt, m_script.prompt, m_script.noInput}));
}
