// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The paging engine with stored templates, on real parts (twin, relay, SQLite over loopback): a
// template saved in the store words the next page at Twilio; WhatsApp pages go out as Content
// templates; the call speaks the voice template.
#include "pagingharness.h"

#include "core/paging/pagingengine.h"
#include "core/paging/pagingtemplates.h"
#include "core/twin/twinhttpserver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>

#include <gtest/gtest.h>

using namespace Vortex::Core;
using namespace Vortex::Core::Paging;
using Vortex::Test::PagingHarness;

namespace {

constexpr qint64 Minute = 60 * 1000;

QString alice()
{
    return QString::fromLatin1(PagingHarness::Alice);
}
QString chen()
{
    return QString::fromLatin1(PagingHarness::Chen);
}

QString body(const QJsonObject &message)
{
    return message.value(QStringLiteral("body")).toString();
}

QString hint(const QString &code)
{
    return QStringLiteral("Reply ACK %1, RESOLVE %1, SNOOZE %1 30").arg(code);
}

PagingTemplate smsTemplate(const QString &text, const QString &language = {})
{
    PagingTemplate t;
    t.kind = TemplateKind::SmsPage;
    t.language = language;
    t.body = text;
    return t;
}

/// The default config with \a tier1 paged first.
QJsonObject withFirstTier(const QStringList &tier1)
{
    QJsonObject config = PagingHarness::defaultConfig();
    QJsonArray policies = config.value(QStringLiteral("policies")).toArray();
    QJsonObject policy = policies.at(0).toObject();
    QJsonArray tiers = policy.value(QStringLiteral("tiers")).toArray();
    QJsonObject first = tiers.at(0).toObject();
    first.insert(QStringLiteral("recipients"), QJsonArray::fromStringList(tier1));
    tiers[0] = first;
    policy.insert(QStringLiteral("tiers"), tiers);
    policies[0] = policy;
    config.insert(QStringLiteral("policies"), policies);
    return config;
}

/// Alice on WhatsApp first (then SMS), from the twin's GB number.
QJsonObject aliceOnWhatsApp()
{
    QJsonObject config = PagingHarness::defaultConfig();
    QJsonArray recipients = config.value(QStringLiteral("recipients")).toArray();
    QJsonObject recipient = recipients.at(0).toObject();
    recipient.insert(QStringLiteral("whatsappNumber"), alice());
    QJsonObject routing = recipient.value(QStringLiteral("routing")).toObject();
    routing.insert(QStringLiteral("channelOrder"),
                   QJsonArray{QStringLiteral("whatsapp"), QStringLiteral("sms")});
    QJsonArray routes = routing.value(QStringLiteral("senders")).toArray();
    QJsonObject gb = routes.at(0).toObject();
    const QString gbSender = QString::fromLatin1(PagingHarness::GbSender);
    gb.insert(QStringLiteral("senders"),
              QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("whatsapp")},
                                     {QStringLiteral("address"),
                                      QString(QStringLiteral("whatsapp:") + gbSender)}},
                         QJsonObject{{QStringLiteral("kind"), QStringLiteral("long_code")},
                                     {QStringLiteral("address"), gbSender}}});
    routes[0] = gb;
    routing.insert(QStringLiteral("senders"), routes);
    recipient.insert(QStringLiteral("routing"), routing);
    recipients[0] = recipient;
    config.insert(QStringLiteral("recipients"), recipients);
    return config;
}

/// Registers a Content template with the twin's Content API; returns its HX sid.
QString createContent(PagingHarness &h, const QString &text)
{
    const Twin::TwinConfig &config = *h.twin()->context().config;
    Twin::TwinRequest request;
    request.method = QStringLiteral("POST");
    request.path = QStringLiteral("/v1/Content");
    request.contentType = "application/json";
    request.authorization
        = "Basic " + QByteArray(config.accountSid.toUtf8() + ':' + config.authToken).toBase64();
    request.body = QJsonDocument(
                       QJsonObject{{QStringLiteral("friendly_name"), QStringLiteral("vortex_page")},
                                   {QStringLiteral("language"), QStringLiteral("en")},
                                   {QStringLiteral("types"),
                                    QJsonObject{{QStringLiteral("twilio/text"),
                                                 QJsonObject{{QStringLiteral("body"), text}}}}}})
                       .toJson(QJsonDocument::Compact);
    const Twin::TwinResponse response = h.twin()->handle(request);
    EXPECT_EQ(response.status, 201) << response.body.constData();
    return QJsonDocument::fromJson(response.body).object().value(QStringLiteral("sid")).toString();
}

/// The voice script the engine published to the relay, as the relay serves it.
QJsonObject publishedScript(PagingHarness &h, const QString &id)
{
    QUrl url = h.options().relayBase;
    url.setPath(QStringLiteral("/v1/voice/scripts/") + id);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + h.options().relayToken);
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(request);
    for (int i = 0; i < 5000 && !reply->isFinished(); ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return QJsonDocument::fromJson(answer).object();
}

} // namespace

TEST(PagingTemplatesEngine, ASavedSmsTemplateWordsTheNextPage)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    const Incident before = h.raise(Severity::Sev2, QStringLiteral("Search slow"));
    auto texts = h.messagesTo(alice());
    ASSERT_EQ(texts.size(), 1);
    EXPECT_TRUE(body(texts.first()).startsWith(QStringLiteral("SEV2 #") + before.code))
        << "no template yet: the built-in page";

    ASSERT_TRUE(h.store()->upsertTemplate(
        smsTemplate(QStringLiteral("VX {severity} #{code} {title}\n{reply_hint}"))));
    const Incident after = h.raise(Severity::Sev2, QStringLiteral("Payments failing"));
    h.advance(5000);
    texts = h.messagesTo(alice());
    ASSERT_EQ(texts.size(), 2);
    EXPECT_EQ(body(texts.last()),
              QStringLiteral("VX SEV2 #%1 Payments failing\n").arg(after.code) + hint(after.code));
    EXPECT_EQ(texts.last().value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));

    // The reply hint still works: the template did not change how people answer.
    h.reply(alice(), QStringLiteral("ACK ") + after.code);
    EXPECT_EQ(h.incident(after.id).state, IncidentState::Acknowledged);
}

TEST(PagingTemplatesEngine, EachRecipientGetsTheTemplateOfTheirLanguage)
{
    PagingHarness h;
    ASSERT_TRUE(h.start(withFirstTier({QStringLiteral("alice"), QStringLiteral("chen")})));
    ASSERT_TRUE(h.store()->upsertTemplate(smsTemplate(QStringLiteral("ANY #{code} {title}"))));
    ASSERT_TRUE(h.store()->upsertTemplate(
        smsTemplate(QStringLiteral("ALARM #{code} {title}"), QStringLiteral("de"))));
    const Incident raised = h.raise(Severity::Sev2, QStringLiteral("Lager leer"));
    const auto english = h.messagesTo(alice());
    const auto german = h.messagesTo(chen());
    ASSERT_EQ(english.size(), 1);
    ASSERT_EQ(german.size(), 1);
    EXPECT_EQ(body(english.first()), QStringLiteral("ANY #%1 Lager leer").arg(raised.code));
    EXPECT_EQ(body(german.first()), QStringLiteral("ALARM #%1 Lager leer").arg(raised.code));
}

TEST(PagingTemplatesEngine, WhatsAppPagesGoOutAsTheContentTemplate)
{
    PagingHarness h;
    ASSERT_TRUE(h.start(aliceOnWhatsApp()));
    const QString text = QStringLiteral("Vortex {{1}} #{{2}}: {{3}}\n{{4}}");
    const QString sid = createContent(h, text);
    ASSERT_TRUE(sid.startsWith(QStringLiteral("HX"))) << sid.toStdString();
    PagingTemplate tmpl;
    tmpl.kind = TemplateKind::WhatsAppPage;
    tmpl.body = text;
    tmpl.contentSid = sid;
    tmpl.contentVariables = {QStringLiteral("severity"), QStringLiteral("code"),
                             QStringLiteral("title"), QStringLiteral("reply_hint")};
    ASSERT_TRUE(h.store()->upsertTemplate(tmpl));

    const Incident raised = h.raise(Severity::Sev2, QStringLiteral("Storefront slow"));
    h.advance(5000);
    const auto whatsapp = h.messagesTo(QStringLiteral("whatsapp:") + alice());
    ASSERT_EQ(whatsapp.size(), 1) << h.timelineKinds(raised.id).join(u' ').toStdString();
    const QString expected
        = QStringLiteral("Vortex SEV2 #%1: Storefront slow\n").arg(raised.code) + hint(raised.code);
    EXPECT_EQ(body(whatsapp.first()), expected) << "the twin filled in the Content template";
    EXPECT_NE(whatsapp.first().value(QStringLiteral("status")).toString(), QStringLiteral("failed"))
        << "a template may open the conversation (no 63016)";
    EXPECT_TRUE(h.messagesTo(alice()).isEmpty()) << "no fallback to SMS";

    auto deliveries = h.store()->deliveriesForIncident(raised.id);
    ASSERT_TRUE(deliveries);
    ASSERT_EQ(deliveries->size(), 1);
    EXPECT_EQ(deliveries->first().contentSid, sid);
    EXPECT_EQ(deliveries->first().body, expected) << "the log shows what the person reads";
    EXPECT_EQ(deliveries->first().contentVariables.value(QStringLiteral("2")).toString(),
              raised.code);
}

TEST(PagingTemplatesEngine, AWhatsAppPageThatFallsBackToSmsSaysTheSmsWords)
{
    PagingHarness h;
    ASSERT_TRUE(h.start(aliceOnWhatsApp()));
    const QString text = QStringLiteral("Vortex #{{1}}");
    PagingTemplate tmpl;
    tmpl.kind = TemplateKind::WhatsAppPage;
    tmpl.body = text;
    tmpl.contentSid = createContent(h, text);
    tmpl.contentVariables = {QStringLiteral("code")};
    ASSERT_TRUE(h.store()->upsertTemplate(tmpl));
    ASSERT_TRUE(h.store()->upsertTemplate(smsTemplate(QStringLiteral("SMS #{code} {title}"))));

    // The WhatsApp page cannot reach the handset (30003): the next channel is SMS, which must
    // not carry the WhatsApp Content template.
    Twin::CountryProfile &gb = h.twinCountry(QStringLiteral("GB"));
    gb.undelivered = 1.0;
    gb.undeliveredCodes = {30003};
    const Incident raised = h.raise(Severity::Sev2, QStringLiteral("Feeds late"));
    gb.undelivered = 0.0;
    h.advance(5000);
    const auto whatsapp = h.messagesTo(QStringLiteral("whatsapp:") + alice());
    ASSERT_EQ(whatsapp.size(), 1);
    EXPECT_EQ(body(whatsapp.first()), QStringLiteral("Vortex #") + raised.code);
    EXPECT_EQ(whatsapp.first().value(QStringLiteral("status")).toString(),
              QStringLiteral("undelivered"));
    const auto texts = h.messagesTo(alice());
    ASSERT_EQ(texts.size(), 1) << h.timelineKinds(raised.id).join(u' ').toStdString();
    EXPECT_EQ(body(texts.first()), QStringLiteral("SMS #%1 Feeds late").arg(raised.code));
    auto deliveries = h.store()->deliveriesForIncident(raised.id);
    ASSERT_TRUE(deliveries);
    ASSERT_FALSE(deliveries->isEmpty());
    EXPECT_EQ(deliveries->last().channel, Channel::Sms);
    EXPECT_TRUE(deliveries->last().contentSid.isEmpty());
    EXPECT_TRUE(deliveries->last().contentVariables.isEmpty());
}

TEST(PagingTemplatesEngine, TheCallSpeaksTheVoiceTemplateAndKeysStillWork)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    PagingTemplate tmpl;
    tmpl.kind = TemplateKind::VoicePrompt;
    tmpl.language = QStringLiteral("en");
    tmpl.body
        = QStringLiteral("This is Vortex calling about {title}, incident {code}. {reply_hint}");
    ASSERT_TRUE(h.store()->upsertTemplate(tmpl));
    h.scriptPerson(alice(), QString(), QStringLiteral("1"));
    const Incident raised = h.raise(Severity::Sev1, QStringLiteral("Checkout API down"));
    h.advance(7 * Minute);
    ASSERT_EQ(h.callsTo(alice()).size(), 1) << h.timelineKinds(raised.id).join(u' ').toStdString();
    EXPECT_EQ(h.incident(raised.id).state, IncidentState::Acknowledged)
        << "key 1 acknowledged: the menu is the built-in one";

    auto deliveries = h.store()->deliveriesForIncident(raised.id);
    ASSERT_TRUE(deliveries);
    QString scriptId;
    for (const Delivery &delivery : deliveries.value()) {
        if (delivery.channel == Channel::Voice)
            scriptId = delivery.body;
    }
    ASSERT_FALSE(scriptId.isEmpty());
    const QJsonObject script = publishedScript(h, scriptId);
    EXPECT_EQ(script.value(QStringLiteral("prompt")).toString(),
              QStringLiteral("This is Vortex calling about Checkout API down, incident %1. Press "
                             "1 to acknowledge, 2 to resolve, 3 to snooze for 30 minutes, 9 to "
                             "escalate now, star to repeat.")
                  .arg(raised.code));
}

TEST(PagingTemplatesEngine, WithoutTemplatesTheBuiltInTextsStay)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    const Incident raised = h.raise(Severity::Sev2, QStringLiteral("Search slow"));
    const auto texts = h.messagesTo(alice());
    ASSERT_EQ(texts.size(), 1);
    Incident stored = h.incident(raised.id);
    EXPECT_EQ(body(texts.first()),
              PagingTemplates::pageText({}, stored, Channel::Sms, QStringLiteral("en")).body);
}
