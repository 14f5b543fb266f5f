// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Paging templates: validation, rendering (SMS, voice, WhatsApp), selection by language, the
// SQLite store (round trip, migration from schema 1) and what the gateway sends for them.
#include "core/paging/pageformatter.h"
#include "core/paging/pagevoice.h"
#include "core/paging/pagingjson.h"
#include "core/paging/pagingtemplates.h"
#include "core/paging/sqlitepagingstore.h"
#include "core/paging/twiliogatewaycodec.h"
#include "core/store/database.h"
#include "core/twilio/message.h"
#include "core/twilio/segments.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Vortex::Core;
using namespace Vortex::Core::Paging;
using Vortex::Core::Twilio::SmsEncoding;
using Vortex::Core::Twilio::SmsSegments;

namespace {

#define ASSERT_OK(expr) \
    do { \
        const auto &result_ = (expr); \
        ASSERT_TRUE(result_.ok()) << #expr << ": " << result_.error().toStdString(); \
    } while (false)

const QString Sid = QStringLiteral("HX0123456789abcdef0123456789abcdef");

PagingTemplate sms(const QString &body, const QString &language = {})
{
    PagingTemplate t;
    t.kind = TemplateKind::SmsPage;
    t.language = language;
    t.body = body;
    return t;
}

PagingTemplate voice(const QString &body, const QString &language = {})
{
    PagingTemplate t = sms(body, language);
    t.kind = TemplateKind::VoicePrompt;
    return t;
}

PagingTemplate whatsapp(const QString &body, const QStringList &variables, const QString &sid = Sid)
{
    PagingTemplate t;
    t.kind = TemplateKind::WhatsAppPage;
    t.body = body;
    t.contentSid = sid;
    t.contentVariables = variables;
    return t;
}

Recipient english()
{
    Recipient r;
    r.id = QStringLiteral("alice");
    r.name = QStringLiteral("Alice");
    r.smsNumber = QStringLiteral("+447400123457");
    r.language = QStringLiteral("en");
    return r;
}

std::string joined(const QStringList &problems)
{
    return problems.join(QStringLiteral(" | ")).toStdString();
}

} // namespace

// --- Validation ----------------------------------------------------------------------------------

TEST(PagingTemplates, ValidationTable)
{
    const QStringList all = PagingTemplates::variableNames();
    struct Case
    {
        const char *name;
        PagingTemplate tmpl;
        const char *problem; ///< a part of the first problem; nullptr = valid
    };
    const QList<Case> cases = {
        {"sms starter", PagingTemplates::starter(TemplateKind::SmsPage), nullptr},
        {"voice starter", PagingTemplates::starter(TemplateKind::VoicePrompt), nullptr},
        {"whatsapp starter without a SID", PagingTemplates::starter(TemplateKind::WhatsAppPage),
         "Content SID must be HX"},
        {"every variable",
         sms(QStringLiteral("{severity} {code} {title} {summary} {link} "
                            "{runbook} {reply_hint}")),
         nullptr},
        {"spaces inside braces", sms(QStringLiteral("{ code } {title}")), nullptr},
        {"escaped braces", sms(QStringLiteral("{{literal}} #{code}")), nullptr},
        {"unknown variable", sms(QStringLiteral("{code} {nope}")), "Unknown variable {nope}"},
        {"unclosed brace", sms(QStringLiteral("{code} {title")), "the { at character 8 is never"},
        {"brace across a line", sms(QStringLiteral("{code} {title\n}")), "never closed"},
        {"stray closing brace", sms(QStringLiteral("{code} title}")),
         "the } at character 13 has no {"},
        {"empty braces", sms(QStringLiteral("{code} {}")), "Empty {} at character 8"},
        {"no code", sms(QStringLiteral("{title}: {summary}")), "Put {code} in the page"},
        {"empty text", sms(QStringLiteral("  \n ")), "The text is empty"},
        {"numbered placeholder in an SMS", sms(QStringLiteral("{code} {{1}}")),
         "belong to WhatsApp templates"},
        {"too long for two segments", sms(QStringLiteral("{code} ") + QString(310, u'x')),
         "needs 3 segments (GSM-7)"},
        {"too long as UCS-2", sms(QStringLiteral("{code} ") + QString(140, QChar(0x0416))),
         "(UCS-2)"},
        {"fits exactly with a four-digit code",
         sms(QString(306 - 4, u'x') + QStringLiteral("{code}")), nullptr},
        {"bad language", sms(QStringLiteral("{code}"), QStringLiteral("EN")),
         "language must look like"},
        {"region language", sms(QStringLiteral("{code}"), QStringLiteral("de-AT")), nullptr},
        {"sms with a SID",
         [] {
             PagingTemplate t = sms(QStringLiteral("{code}"));
             t.contentSid = Sid;
             return t;
         }(),
         "Only WhatsApp templates"},
        {"voice without keys", voice(QStringLiteral("Incident {code}: {title}")),
         "Put {reply_hint} in the prompt"},
        {"voice with too many own words",
         voice(QString(1200, u'a') + QStringLiteral(" {reply_hint}")), "own words are 1201"},
        {"whatsapp valid",
         whatsapp(QStringLiteral("Alert {{1}}: {{2}}"),
                  {QStringLiteral("code"), QStringLiteral("title")}),
         nullptr},
        {"whatsapp spaced placeholder",
         whatsapp(QStringLiteral("Alert {{ 1 }}"), {QStringLiteral("code")}), nullptr},
        {"whatsapp short SID",
         whatsapp(QStringLiteral("Alert {{1}}"), {QStringLiteral("code")},
                  QStringLiteral("HX0123")),
         "Content SID must be HX"},
        {"whatsapp MG SID",
         whatsapp(QStringLiteral("Alert {{1}}"), {QStringLiteral("code")},
                  QStringLiteral("MG0123456789abcdef0123456789abcdef")),
         "Content SID must be HX"},
        {"whatsapp placeholder without mapping",
         whatsapp(QStringLiteral("{{1}} {{2}}"), {QStringLiteral("code")}),
         "{{2}} has no variable mapped"},
        {"whatsapp mapping not in the text",
         whatsapp(QStringLiteral("{{1}} {{3}}"),
                  {QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("summary")}),
         "{{2}} is mapped but not in the text"},
        {"whatsapp unknown variable",
         whatsapp(QStringLiteral("{{1}} {{2}}"), {QStringLiteral("code"), QStringLiteral("nope")}),
         "mapped to \"nope\", which is not a variable"},
        {"whatsapp named variable",
         whatsapp(QStringLiteral("{title} {{1}}"), {QStringLiteral("code")}),
         "number their placeholders"},
        {"whatsapp broken placeholder",
         whatsapp(QStringLiteral("{{1}} {{2}"), {QStringLiteral("code")}),
         "Unbalanced braces: a placeholder must look like {{1}}"},
        {"whatsapp without code", whatsapp(QStringLiteral("{{1}}"), {QStringLiteral("title")}),
         "Map one placeholder to code"},
        {"whatsapp without text", whatsapp(QString(), {}), "Paste the Content template's text"},
    };
    ASSERT_EQ(all.size(), 7);
    for (const Case &c : cases) {
        const QStringList problems = c.tmpl.validate();
        if (!c.problem) {
            EXPECT_TRUE(problems.isEmpty()) << c.name << ": " << joined(problems);
            continue;
        }
        ASSERT_FALSE(problems.isEmpty()) << c.name;
        EXPECT_TRUE(problems.constFirst().contains(QString::fromUtf8(c.problem)))
            << c.name << ": " << joined(problems);
    }
}

TEST(PagingTemplates, KindNamesRoundTrip)
{
    for (TemplateKind kind :
         {TemplateKind::SmsPage, TemplateKind::VoicePrompt, TemplateKind::WhatsAppPage})
        EXPECT_EQ(templateKindFromName(templateKindName(kind)), kind);
    EXPECT_EQ(templateKindName(TemplateKind::WhatsAppPage), QStringLiteral("whatsapp_page"));
    EXPECT_FALSE(templateKindFromName(QStringLiteral("sms")));
    EXPECT_EQ(templateChannel(TemplateKind::VoicePrompt), Channel::Voice);
    for (const QString &name : PagingTemplates::variableNames())
        EXPECT_FALSE(PagingTemplates::variableDescription(name).isEmpty()) << name.toStdString();
}

// --- SMS rendering -------------------------------------------------------------------------------

TEST(PagingTemplates, SmsStarterReadsLikeTheBuiltInPage)
{
    const Incident incident = PagingTemplates::sampleIncident();
    const auto text = PagingTemplates::renderSms(PagingTemplates::starter(TemplateKind::SmsPage),
                                                 incident, QStringLiteral("en"));
    ASSERT_OK(text);
    EXPECT_EQ(text.value(), PageFormatter::page(incident, QStringLiteral("en")));
    EXPECT_EQ(text.value(),
              QStringLiteral("SEV1 #17 Checkout API down: Error rate 45% on checkout-api in "
                             "eu-west-1 since 01:58 UTC.\nhttps://vx.example.com/i/17\nReply ACK "
                             "17, RESOLVE 17, SNOOZE 17 30"));
}

TEST(PagingTemplates, SmsFillsEveryVariable)
{
    const auto text = PagingTemplates::renderSms(
        sms(QStringLiteral("[{severity}] {{#{code}}} {title} | {runbook}\n{link}\n{reply_hint}")),
        PagingTemplates::sampleIncident(), QStringLiteral("en"));
    ASSERT_OK(text);
    EXPECT_EQ(text.value(), QStringLiteral("[SEV1] {#17} Checkout API down | Fail over to "
                                           "eu-central-1.\nhttps://vx.example.com/i/17\nReply ACK "
                                           "17, RESOLVE 17, SNOOZE 17 30"));
}

TEST(PagingTemplates, SmsEmptyFieldsLeaveNoDanglingSeparatorsOrLines)
{
    Incident incident = PagingTemplates::sampleIncident();
    incident.summary.clear();
    incident.runbook.clear();
    const auto text = PagingTemplates::renderSms(
        sms(QStringLiteral("{severity} #{code} {title}: {summary}\n{runbook}\n{reply_hint}")),
        incident, QStringLiteral("en"));
    ASSERT_OK(text);
    EXPECT_EQ(text.value(), QStringLiteral("SEV1 #17 Checkout API down\nReply ACK 17, RESOLVE "
                                           "17, SNOOZE 17 30"));
}

TEST(PagingTemplates, SmsShortensRunbookThenSummaryThenTitleButNeverCodeOrHint)
{
    Incident incident = PagingTemplates::sampleIncident();
    incident.title = QStringLiteral("Checkout API down in every region at once");
    incident.summary = QStringLiteral("Error rate rising quickly. ").repeated(12);
    incident.runbook = QStringLiteral("Fail over, then page the database team. ").repeated(6);
    const PagingTemplate tmpl = sms(QStringLiteral(
        "{severity} #{code} {title}: {summary}\nDo: {runbook}\n{link}\n{reply_hint}"));
    const auto text = PagingTemplates::renderSms(tmpl, incident, QStringLiteral("en"));
    ASSERT_OK(text);
    const auto count = SmsSegments::count(text.value());
    EXPECT_EQ(count.encoding, SmsEncoding::Gsm7);
    EXPECT_LE(count.segments, 2);
    EXPECT_GT(count.units, 280) << "the room is used, not wasted: " << text.value().toStdString();
    EXPECT_TRUE(text.value().startsWith(QStringLiteral("SEV1 #17 Checkout API down in every "
                                                       "region at once: Error rate")))
        << text.value().toStdString();
    EXPECT_TRUE(text.value().contains(QStringLiteral("https://vx.example.com/i/17")));
    EXPECT_TRUE(text.value().endsWith(QStringLiteral("Reply ACK 17, RESOLVE 17, SNOOZE 17 30")));
    EXPECT_FALSE(text.value().contains(QStringLiteral("page the database team")))
        << "the runbook gives way first: " << text.value().toStdString();
    EXPECT_TRUE(text.value().contains(QStringLiteral("...")));
}

TEST(PagingTemplates, SmsLeavesOutALinkTooLongToFitRatherThanCuttingIt)
{
    Incident incident = PagingTemplates::sampleIncident();
    incident.link = QStringLiteral("https://vx.example.com/i/17?") + QString(320, u'q');
    const auto text = PagingTemplates::renderSms(PagingTemplates::starter(TemplateKind::SmsPage),
                                                 incident, QStringLiteral("en"));
    ASSERT_OK(text);
    EXPECT_FALSE(text.value().contains(QStringLiteral("https://"))) << text.value().toStdString();
    EXPECT_TRUE(text.value().startsWith(QStringLiteral("SEV1 #17 Checkout API down: Error")));
    EXPECT_LE(SmsSegments::count(text.value()).segments, 2);
}

TEST(PagingTemplates, SmsIsGsmSafeWhenTheContentAllowsAndUcs2Otherwise)
{
    Incident incident = PagingTemplates::sampleIncident();
    incident.title = QStringLiteral("“Checkout” – down…");
    auto text = PagingTemplates::renderSms(sms(QStringLiteral("{code} {title}✅ {reply_hint}")),
                                           incident, QStringLiteral("en"));
    ASSERT_OK(text);
    EXPECT_EQ(text.value(),
              QStringLiteral("17 \"Checkout\" - down... Reply ACK 17, RESOLVE 17, SNOOZE 17 30"));
    EXPECT_EQ(SmsSegments::count(text.value()).encoding, SmsEncoding::Gsm7);

    incident.title = QStringLiteral("Оплата не работает");
    incident.summary = QStringLiteral("Ошибка ").repeated(40);
    text = PagingTemplates::renderSms(PagingTemplates::starter(TemplateKind::SmsPage), incident,
                                      QStringLiteral("en"));
    ASSERT_OK(text);
    const auto count = SmsSegments::count(text.value());
    EXPECT_EQ(count.encoding, SmsEncoding::Ucs2);
    EXPECT_LE(count.segments, 2);
    EXPECT_TRUE(text.value().contains(QStringLiteral("Оплата не работает")));
    EXPECT_TRUE(text.value().endsWith(QStringLiteral("SNOOZE 17 30")));
}

TEST(PagingTemplates, RenderRefusesTheWrongKindOrAnInvalidTemplate)
{
    const Incident incident = PagingTemplates::sampleIncident();
    EXPECT_FALSE(PagingTemplates::renderSms(PagingTemplates::starter(TemplateKind::VoicePrompt),
                                            incident, QStringLiteral("en")));
    const auto invalid
        = PagingTemplates::renderSms(sms(QStringLiteral("{nope}")), incident, QStringLiteral("en"));
    ASSERT_FALSE(invalid);
    EXPECT_TRUE(invalid.error().contains(QStringLiteral("{nope}")));
    EXPECT_FALSE(PagingTemplates::renderWhatsApp(PagingTemplates::starter(TemplateKind::SmsPage),
                                                 incident, QStringLiteral("en")));
    EXPECT_FALSE(PagingTemplates::renderVoicePrompt(sms(QStringLiteral("{code}")), incident,
                                                    english(), QStringLiteral("vs-1")));
}

// --- Voice ---------------------------------------------------------------------------------------

TEST(PagingTemplates, VoiceStarterSpeaksLikeTheBuiltInCall)
{
    const Incident incident = PagingTemplates::sampleIncident();
    const auto script
        = PagingTemplates::renderVoicePrompt(PagingTemplates::starter(TemplateKind::VoicePrompt),
                                             incident, english(), QStringLiteral("vs-17-a"));
    ASSERT_OK(script);
    const VoiceScript builtIn = PageVoice::script(incident, english(), QStringLiteral("vs-17-a"));
    EXPECT_EQ(script->prompt, builtIn.prompt);
    EXPECT_EQ(script->confirmations, builtIn.confirmations);
    EXPECT_EQ(script->voice, builtIn.voice);
    EXPECT_EQ(script->id, QStringLiteral("vs-17-a"));
}

TEST(PagingTemplates, VoicePromptUsesTheTemplateAndStaysWithinTheScriptLimit)
{
    Incident incident = PagingTemplates::sampleIncident();
    const auto script = PagingTemplates::renderVoicePrompt(
        voice(QStringLiteral("Hello, this is Vortex. {title}.\n{reply_hint}")), incident, english(),
        QStringLiteral("vs-1"));
    ASSERT_OK(script);
    EXPECT_EQ(script->prompt, QStringLiteral("Hello, this is Vortex. Checkout API down. Press 1 to "
                                             "acknowledge, 2 to resolve, 3 to snooze for 30 "
                                             "minutes, 9 to escalate now, star to repeat."));
    const QByteArray twiml = script->answerTwiml(QUrl(QStringLiteral("https://relay/gather")));
    EXPECT_TRUE(twiml.contains("Hello, this is Vortex. Checkout API down.")) << twiml.constData();

    incident.title = QStringLiteral("Title words ").repeated(40);
    incident.summary = QStringLiteral("Summary words ").repeated(100);
    incident.runbook = QStringLiteral("Runbook steps ").repeated(200);
    const auto longScript = PagingTemplates::renderVoicePrompt(
        voice(QString(900, u'w') + QStringLiteral(" {title}. {summary}. {runbook}. {reply_hint}")),
        incident, english(), QStringLiteral("vs-2"));
    ASSERT_OK(longScript);
    EXPECT_LE(longScript->prompt.size(), 4000);
    EXPECT_TRUE(longScript->prompt.endsWith(QStringLiteral("star to repeat.")));
    EXPECT_TRUE(longScript->prompt.contains(QStringLiteral("Summary words")));
    EXPECT_TRUE(VoiceScript::fromJson(longScript->toJson()).ok());
}

// --- WhatsApp ------------------------------------------------------------------------------------

TEST(PagingTemplates, WhatsAppMapsNumberedPlaceholdersToVariables)
{
    PagingTemplate tmpl = PagingTemplates::starter(TemplateKind::WhatsAppPage);
    tmpl.contentSid = Sid;
    const Incident incident = PagingTemplates::sampleIncident();
    const auto content = PagingTemplates::renderWhatsApp(tmpl, incident, QStringLiteral("en"));
    ASSERT_OK(content);
    EXPECT_EQ(content->contentSid, Sid);
    const QJsonObject expected{
        {QStringLiteral("1"), QStringLiteral("SEV1")},
        {QStringLiteral("2"), QStringLiteral("17")},
        {QStringLiteral("3"), QStringLiteral("Checkout API down")},
        {QStringLiteral("4"),
         QStringLiteral("Error rate 45% on checkout-api in eu-west-1 since 01:58 UTC.")},
        {QStringLiteral("5"), QStringLiteral("https://vx.example.com/i/17")},
        {QStringLiteral("6"), QStringLiteral("Reply ACK 17, RESOLVE 17, SNOOZE 17 30")}};
    EXPECT_EQ(content->variables, expected);
    EXPECT_EQ(content->body, PageFormatter::page(incident, QStringLiteral("en")));
}

TEST(PagingTemplates, WhatsAppValuesAreOneLineCappedAndNeverEmpty)
{
    Incident incident = PagingTemplates::sampleIncident();
    incident.title = QStringLiteral("Checkout\n\tdown");
    incident.runbook.clear();
    incident.summary = QStringLiteral("word ").repeated(200);
    const auto content = PagingTemplates::renderWhatsApp(
        whatsapp(QStringLiteral("#{{1}} {{2}} / {{3}} / {{4}}"),
                 {QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("runbook"),
                  QStringLiteral("summary")}),
        incident, QStringLiteral("en"));
    ASSERT_OK(content);
    EXPECT_EQ(content->variables.value(QStringLiteral("2")).toString(),
              QStringLiteral("Checkout down"));
    EXPECT_EQ(content->variables.value(QStringLiteral("3")).toString(), QStringLiteral("-"));
    const QString summary = content->variables.value(QStringLiteral("4")).toString();
    EXPECT_LE(summary.size(), 250);
    EXPECT_TRUE(summary.endsWith(QStringLiteral("...")));
    EXPECT_TRUE(content->body.startsWith(QStringLiteral("#17 Checkout down / - / word word")));
}

// --- Selection and the engine's texts ------------------------------------------------------------

TEST(PagingTemplates, SelectPrefersExactThenBaseLanguageThenAny)
{
    const QList<PagingTemplate> templates
        = {sms(QStringLiteral("any {code}")),
           sms(QStringLiteral("de-AT {code}"), QStringLiteral("de-AT")),
           sms(QStringLiteral("en {code}"), QStringLiteral("en")),
           voice(QStringLiteral("voice {reply_hint}"), QStringLiteral("de")),
           sms(QStringLiteral("broken {nope}"), QStringLiteral("fr"))};
    const auto bodyFor = [&](TemplateKind kind, const char *language) -> QString {
        const PagingTemplate *t
            = PagingTemplates::select(templates, kind, QString::fromLatin1(language));
        return t ? t->body : QStringLiteral("none");
    };
    EXPECT_EQ(bodyFor(TemplateKind::SmsPage, "de-AT"), QStringLiteral("de-AT {code}"));
    EXPECT_EQ(bodyFor(TemplateKind::SmsPage, "de_at"), QStringLiteral("de-AT {code}"));
    EXPECT_EQ(bodyFor(TemplateKind::SmsPage, "de"), QStringLiteral("de-AT {code}"));
    EXPECT_EQ(bodyFor(TemplateKind::SmsPage, "en-GB"), QStringLiteral("en {code}"));
    EXPECT_EQ(bodyFor(TemplateKind::SmsPage, "fr"), QStringLiteral("any {code}"))
        << "an invalid template is never used";
    EXPECT_EQ(bodyFor(TemplateKind::SmsPage, ""), QStringLiteral("any {code}"));
    EXPECT_EQ(bodyFor(TemplateKind::VoicePrompt, "en"), QStringLiteral("none"));
    EXPECT_EQ(bodyFor(TemplateKind::WhatsAppPage, "de"), QStringLiteral("none"));
}

TEST(PagingTemplates, PageTextUsesTemplatesElseTheBuiltInText)
{
    const Incident incident = PagingTemplates::sampleIncident();
    const QString builtIn = PageFormatter::page(incident, QStringLiteral("en"));
    PageText text = PagingTemplates::pageText({}, incident, Channel::Sms, QStringLiteral("en"));
    EXPECT_EQ(text.body, builtIn);
    EXPECT_TRUE(text.contentSid.isEmpty());

    QList<PagingTemplate> templates = {sms(QStringLiteral("VX {code} {title}"))};
    text = PagingTemplates::pageText(templates, incident, Channel::Sms, QStringLiteral("en"));
    EXPECT_EQ(text.body, QStringLiteral("VX 17 Checkout API down"));
    text = PagingTemplates::pageText(templates, incident, Channel::WhatsApp, QStringLiteral("en"));
    EXPECT_EQ(text.body, QStringLiteral("VX 17 Checkout API down"))
        << "WhatsApp without a Content template says what SMS says";
    EXPECT_TRUE(text.contentSid.isEmpty());

    templates.append(whatsapp(QStringLiteral("Alert {{1}}"), {QStringLiteral("code")}));
    text = PagingTemplates::pageText(templates, incident, Channel::WhatsApp, QStringLiteral("en"));
    EXPECT_EQ(text.body, QStringLiteral("Alert 17"));
    EXPECT_EQ(text.contentSid, Sid);
    EXPECT_EQ(text.contentVariables, QJsonObject({{QStringLiteral("1"), QStringLiteral("17")}}));

    const Recipient alice = english();
    EXPECT_EQ(
        PagingTemplates::voiceScript(templates, incident, alice, QStringLiteral("vs-1")).prompt,
        PageVoice::script(incident, alice, QStringLiteral("vs-1")).prompt);
    templates.append(voice(QStringLiteral("Alert {code}. {reply_hint}"), QStringLiteral("en")));
    EXPECT_TRUE(PagingTemplates::voiceScript(templates, incident, alice, QStringLiteral("vs-1"))
                    .prompt.startsWith(QStringLiteral("Alert 17. Press 1")));
}

// --- Gateway -------------------------------------------------------------------------------------

TEST(PagingTemplates, ContentDeliveriesSendContentSidAndVariablesInsteadOfBody)
{
    Delivery delivery;
    delivery.channel = Channel::WhatsApp;
    delivery.to = QStringLiteral("+447400123457");
    delivery.sender = {SenderKind::WhatsApp, QStringLiteral("whatsapp:+447400123456")};
    delivery.body = QStringLiteral("Alert 17");
    delivery.contentSid = Sid;
    delivery.contentVariables = {{QStringLiteral("1"), QStringLiteral("17")}};
    const auto form = TwilioGatewayCodec::messageRequest(delivery, {}).toForm();
    EXPECT_EQ(form.value(QStringLiteral("ContentSid")), Sid);
    EXPECT_EQ(form.value(QStringLiteral("ContentVariables")), QStringLiteral("{\"1\":\"17\"}"));
    EXPECT_FALSE(form.contains(QStringLiteral("Body")));

    Twilio::Message message;
    message.direction = QStringLiteral("outbound-api");
    message.to = QStringLiteral("whatsapp:+447400123457");
    message.from = QStringLiteral("whatsapp:+447400123456");
    message.body = QStringLiteral("Alert: 17"); // Twilio's text of the template
    message.dateCreated = QDateTime::currentDateTimeUtc();
    EXPECT_TRUE(TwilioGatewayCodec::isMessageOf(message, delivery));
    delivery.contentSid.clear();
    EXPECT_FALSE(TwilioGatewayCodec::isMessageOf(message, delivery));
    EXPECT_TRUE(
        TwilioGatewayCodec::messageRequest(delivery, {}).toForm().contains(QStringLiteral("Body")));
}

TEST(PagingTemplates, DeliveryJsonCarriesTheContentTemplate)
{
    Delivery delivery;
    delivery.channel = Channel::WhatsApp;
    delivery.contentSid = Sid;
    delivery.contentVariables = {{QStringLiteral("1"), QStringLiteral("SEV1")}};
    const auto back = deliveryFromJson(toJson(delivery));
    ASSERT_OK(back);
    EXPECT_EQ(back->contentSid, Sid);
    EXPECT_EQ(back->contentVariables, delivery.contentVariables);
    QJsonObject wrong = toJson(delivery);
    wrong.insert(QStringLiteral("contentVariables"), QStringLiteral("1=SEV1"));
    const auto refused = deliveryFromJson(wrong);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().startsWith(QStringLiteral("contentVariables: ")));
}

// --- Store ---------------------------------------------------------------------------------------

TEST(PagingTemplatesStore, TemplatesRoundTripUpdateAndRemove)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paging.sqlite"));
    const PagingTemplate german
        = sms(QStringLiteral("ALARM {code}: {title}"), QStringLiteral("de"));
    const PagingTemplate call = PagingTemplates::starter(TemplateKind::VoicePrompt);
    const PagingTemplate wa = whatsapp(QStringLiteral("Alert {{1}} {{2}}"),
                                       {QStringLiteral("severity"), QStringLiteral("code")});
    {
        SqlitePagingStore store(path);
        ASSERT_OK(store.open());
        auto none = store.templates();
        ASSERT_OK(none);
        EXPECT_TRUE(none->isEmpty());
        ASSERT_OK(store.upsertTemplate(wa));
        ASSERT_OK(store.upsertTemplate(call));
        ASSERT_OK(store.upsertTemplate(german));
        PagingTemplate changed = german;
        changed.body = QStringLiteral("ALARM #{code}");
        ASSERT_OK(store.upsertTemplate(changed));
        const auto invalid = store.upsertTemplate(sms(QStringLiteral("{title}")));
        ASSERT_FALSE(invalid);
        EXPECT_TRUE(invalid.error().contains(QStringLiteral("Put {code}")))
            << invalid.error().toStdString();
    }
    SqlitePagingStore store(path);
    ASSERT_OK(store.open());
    auto stored = store.templates();
    ASSERT_OK(stored);
    PagingTemplate changed = german;
    changed.body = QStringLiteral("ALARM #{code}");
    // Sorted by kind name, then language.
    EXPECT_EQ(stored.value(), (QList<PagingTemplate>{changed, call, wa}));
    ASSERT_OK(store.removeTemplate(TemplateKind::SmsPage, QStringLiteral("de")));
    ASSERT_OK(store.removeTemplate(TemplateKind::SmsPage, QStringLiteral("de")));
    stored = store.templates();
    ASSERT_OK(stored);
    EXPECT_EQ(stored.value(), (QList<PagingTemplate>{call, wa}));
}

TEST(PagingTemplatesStore, DeliveriesKeepTheirContentTemplate)
{
    QTemporaryDir dir;
    SqlitePagingStore store(dir.filePath(QStringLiteral("paging.sqlite")));
    ASSERT_OK(store.open());
    Incident incident = PagingTemplates::sampleIncident();
    incident.id = 0;
    incident.createdAt = QDateTime::currentDateTimeUtc();
    ASSERT_OK(store.insertIncident(incident));
    Delivery delivery;
    delivery.incidentIds = {incident.id};
    delivery.recipientId = QStringLiteral("alice");
    delivery.channel = Channel::WhatsApp;
    delivery.to = QStringLiteral("+447400123457");
    delivery.body = QStringLiteral("Alert 17");
    delivery.contentSid = Sid;
    delivery.contentVariables = {{QStringLiteral("1"), QStringLiteral("17")}};
    ASSERT_OK(store.insertDelivery(delivery));
    auto read = store.delivery(delivery.id);
    ASSERT_OK(read);
    ASSERT_TRUE(read.value());
    EXPECT_EQ(read.value()->contentSid, Sid);
    EXPECT_EQ(read.value()->contentVariables, delivery.contentVariables);

    delivery.contentSid.clear();
    delivery.contentVariables = {};
    delivery.body = QStringLiteral("SMS text");
    ASSERT_OK(store.updateDelivery(delivery));
    read = store.delivery(delivery.id);
    ASSERT_OK(read);
    EXPECT_TRUE(read.value()->contentSid.isEmpty());
    EXPECT_TRUE(read.value()->contentVariables.isEmpty());
    EXPECT_EQ(read.value()->body, QStringLiteral("SMS text"));
}

TEST(PagingTemplatesStore, MigrationFromSchemaOneKeepsEveryRow)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paging.sqlite"));
    qint64 incidentId = 0;
    qint64 deliveryId = 0;
    {
        SqlitePagingStore store(path);
        ASSERT_OK(store.open());
        Recipient alice = english();
        ASSERT_OK(store.upsertRecipient(alice));
        Incident incident = PagingTemplates::sampleIncident();
        incident.id = 0;
        incident.createdAt = QDateTime::currentDateTimeUtc();
        ASSERT_OK(store.insertIncident(incident));
        incidentId = incident.id;
        Delivery delivery;
        delivery.incidentIds = {incident.id};
        delivery.recipientId = alice.id;
        delivery.to = alice.smsNumber;
        delivery.body = QStringLiteral("SEV1 #17 Checkout API down");
        delivery.sid = QStringLiteral("SM0123456789abcdef0123456789abcdef");
        delivery.state = DeliveryState::Submitted;
        ASSERT_OK(store.insertDelivery(delivery));
        deliveryId = delivery.id;
        ASSERT_OK(store.setRelayCursor(42));
    }
    {
        // Take the file back to schema 1 as an older console left it: no templates table, no
        // content columns, schema_version 1.
        Store::Database raw(path, QStringLiteral("paging-templates-raw"));
        ASSERT_OK(raw.open());
        QSqlQuery q(raw.connection());
        for (const char *sql :
             {"DROP TABLE templates", "ALTER TABLE deliveries DROP COLUMN content_sid",
              "ALTER TABLE deliveries DROP COLUMN content_variables",
              "DELETE FROM schema_version WHERE version = 2"})
            ASSERT_TRUE(q.exec(QString::fromLatin1(sql))) << sql;
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 1);
    }
    SqlitePagingStore store(path);
    ASSERT_OK(store.open());
    auto recipients = store.recipients();
    ASSERT_OK(recipients);
    ASSERT_EQ(recipients->size(), 1);
    EXPECT_EQ(recipients->first(), english());
    auto incident = store.incident(incidentId);
    ASSERT_OK(incident);
    ASSERT_TRUE(incident.value());
    EXPECT_EQ(incident.value()->title, QStringLiteral("Checkout API down"));
    auto delivery = store.delivery(deliveryId);
    ASSERT_OK(delivery);
    ASSERT_TRUE(delivery.value());
    EXPECT_EQ(delivery.value()->body, QStringLiteral("SEV1 #17 Checkout API down"));
    EXPECT_EQ(delivery.value()->incidentIds, QList<qint64>{incidentId});
    EXPECT_TRUE(delivery.value()->contentSid.isEmpty());
    auto cursor = store.relayCursor();
    ASSERT_OK(cursor);
    EXPECT_EQ(cursor.value(), 42);
    auto templates = store.templates();
    ASSERT_OK(templates);
    EXPECT_TRUE(templates->isEmpty());
    ASSERT_OK(store.upsertTemplate(sms(QStringLiteral("{code} {title}"))));
}
