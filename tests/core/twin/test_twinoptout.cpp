// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/twilio/signature.h"
#include "core/twilio/twilioclient.h"
#include "core/twin/twinclock.h"
#include "support/testsupport.h"
#include "twintestfixture.h"
#include "webhookreceiver.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Vortex;
using namespace Vortex::Core;
using Vortex::Test::ReceivedWebhook;
using Vortex::Test::TwinFixture;

namespace {

constexpr const char *Us415 = "+14155552671"; // owned, in the service below

class TwinOptOutTest : public TwinFixture
{
protected:
    void SetUp() override
    {
        Twin::TwinConfig config = testConfig();
        config.numbers.append({QString::fromLatin1(Us415), {}});
        startTwin(config);
        m_twin->clock()->setMode(Twin::TwinClock::Mode::Manual);
        m_rest = std::make_unique<Twilio::TwilioClient>(
            Twilio::Credentials(config.accountSid, config.authToken),
            Twilio::Endpoints::forAll(m_twin->baseUrl()));
        ASSERT_TRUE(m_hooks.listen());
        m_inboundUrl = m_hooks.url(QStringLiteral("/sms")).toString();
        ASSERT_TRUE(m_twin->setInboundUrl(QString::fromLatin1(UsNumber), m_inboundUrl));
    }

    /// POST …/Messages.json through the real REST client over loopback.
    Twilio::RestResult send(const Twilio::FormParams &form)
    {
        Twilio::RestCall *call = m_rest->createRestCall("POST", Twilio::Endpoints::Product::Api,
                                                        m_client->messagesPath().toUtf8(),
                                                        form.encode(), m_rest.get());
        std::optional<Twilio::RestResult> result;
        QObject::connect(call, &Twilio::RestCall::finished, m_rest.get(),
                         [&result](const Twilio::RestResult &r) { result = r; });
        call->start();
        EXPECT_TRUE(Vortex::Test::waitUntil([&] { return result.has_value(); }));
        return result ? *result : Twilio::RestResult(fail(Twilio::TwilioError::timeout()));
    }
    Twilio::RestResult sendFrom(const char *from, const QString &body = QStringLiteral("x"))
    {
        const Twilio::FormParams form{{QStringLiteral("To"), QString::fromLatin1(Handset)},
                                      {QStringLiteral("From"), QString::fromLatin1(from)},
                                      {QStringLiteral("Body"), body}};
        return send(form);
    }
    /// The person texts \a body to \a to; waits for the inbound webhook when \a to has a URL.
    void reply(const QString &body, const char *to = UsNumber)
    {
        const auto sid
            = m_twin->injectInbound(QString::fromLatin1(Handset), QString::fromLatin1(to), body);
        ASSERT_TRUE(bool(sid));
        m_lastInbound = sid.value();
    }
    ReceivedWebhook waitForInbound(const QString &sid)
    {
        EXPECT_TRUE(Vortex::Test::waitUntil([&] { return !m_hooks.forSid(sid).isEmpty(); }));
        const auto hooks = m_hooks.forSid(sid);
        return hooks.isEmpty() ? ReceivedWebhook() : hooks.first();
    }
    QStringList inbox()
    {
        QStringList texts;
        const QJsonObject phone
            = m_client->get(QStringLiteral("/_twin/phones/") + QString::fromLatin1(Handset)).json;
        for (const QJsonValue &v : phone.value(QLatin1String("received")).toArray())
            texts.append(v.toObject().value(QLatin1String("text")).toString());
        return texts;
    }
    int events(const QString &kind) const
    {
        int n = 0;
        for (const Twin::TwinEvent &e : m_twin->events().after(0, 100000))
            n += e.kind == kind ? 1 : 0;
        return n;
    }

    std::unique_ptr<Twilio::TwilioClient> m_rest;
    Vortex::Test::WebhookReceiver m_hooks;
    QString m_inboundUrl;
    QString m_lastInbound;
};

TEST_F(TwinOptOutTest, StopBlocksThePairUntilStart)
{
    ASSERT_TRUE(bool(sendFrom(UsNumber)));
    reply(QStringLiteral("  Stop \n"));
    const ReceivedWebhook stop = waitForInbound(m_lastInbound);
    // The keyword still reaches the webhook, signed, with OptOutType.
    EXPECT_EQ(stop.params.value(QStringLiteral("OptOutType")), QStringLiteral("STOP"));
    EXPECT_EQ(stop.params.value(QStringLiteral("Body")), QStringLiteral("  Stop \n"));
    EXPECT_TRUE(Twilio::RequestSignature::validate(m_twin->config().authToken, m_inboundUrl,
                                                   stop.params, stop.signature));
    ASSERT_FALSE(inbox().isEmpty());
    EXPECT_TRUE(inbox().last().contains(QLatin1String("unsubscribed")));
    EXPECT_EQ(events(QStringLiteral("optout")), 1);

    const int before = m_twin->messageCount();
    const qsizetype charges = m_twin->ledger().entries().size();
    const auto blocked = sendFrom(UsNumber);
    ASSERT_FALSE(bool(blocked));
    EXPECT_EQ(blocked.error().httpStatus, 400);
    EXPECT_EQ(blocked.error().code, 21610);
    EXPECT_EQ(blocked.error().message, QStringLiteral("Attempt to send to unsubscribed recipient"));
    EXPECT_EQ(m_twin->messageCount(), before);             // not created …
    EXPECT_EQ(m_twin->ledger().entries().size(), charges); // … and not charged
    EXPECT_TRUE(bool(sendFrom(GbNumber)));                 // another sender is not blocked

    reply(QStringLiteral("start"));
    EXPECT_EQ(waitForInbound(m_lastInbound).params.value(QStringLiteral("OptOutType")),
              QStringLiteral("START"));
    EXPECT_TRUE(inbox().last().contains(QLatin1String("re-subscribed")));
    EXPECT_EQ(events(QStringLiteral("optin")), 1);
    EXPECT_TRUE(bool(sendFrom(UsNumber)));
}

TEST_F(TwinOptOutTest, SynonymsHelpAndNonKeywords)
{
    reply(QStringLiteral("stop please")); // not a single keyword
    EXPECT_TRUE(waitForInbound(m_lastInbound).params.value(QStringLiteral("OptOutType")).isEmpty());
    EXPECT_TRUE(bool(sendFrom(UsNumber)));

    reply(QStringLiteral("Info"));
    EXPECT_EQ(waitForInbound(m_lastInbound).params.value(QStringLiteral("OptOutType")),
              QStringLiteral("HELP"));
    EXPECT_TRUE(inbox().last().startsWith(QLatin1String("Reply STOP to unsubscribe")));
    EXPECT_TRUE(bool(sendFrom(UsNumber))); // HELP does not block

    for (const char *word :
         {"STOPALL", "unsubscribe", "CANCEL", "end", "QUIT", "revoke", "OptOut"}) {
        reply(QString::fromLatin1(word));
        EXPECT_EQ(sendFrom(UsNumber).error().code, 21610) << word;
        reply(word[0] == 'Q' ? QStringLiteral("UNSTOP") : QStringLiteral("yes"));
        EXPECT_TRUE(bool(sendFrom(UsNumber))) << word;
    }
}

TEST_F(TwinOptOutTest, OptOutCoversTheWholeService)
{
    const QJsonObject senders = m_client->get(QStringLiteral("/_twin/senders")).json;
    QStringList pns;
    for (const QJsonValue &v : senders.value(QLatin1String("phone_numbers")).toArray()) {
        const QString number = v.toObject().value(QLatin1String("phone_number")).toString();
        if (number == QLatin1String(UsNumber) || number == QLatin1String(Us415))
            pns.append(v.toObject().value(QLatin1String("sid")).toString());
    }
    ASSERT_EQ(pns.size(), 2);
    const auto service = m_client->post(QStringLiteral("/v1/Services"),
                                        {{QStringLiteral("FriendlyName"), QStringLiteral("Ops")}});
    const QString mg = service.json.value(QLatin1String("sid")).toString();
    for (const QString &pn : pns)
        ASSERT_EQ(m_client
                      ->post(QStringLiteral("/v1/Services/%1/PhoneNumbers").arg(mg),
                             {{QStringLiteral("PhoneNumberSid"), pn}})
                      .status,
                  201);

    reply(QStringLiteral("STOP"), Us415); // to the other number of the pool
    const Twilio::FormParams viaService{{QStringLiteral("To"), QString::fromLatin1(Handset)},
                                        {QStringLiteral("MessagingServiceSid"), mg},
                                        {QStringLiteral("Body"), QStringLiteral("x")}};
    EXPECT_EQ(send(viaService).error().code, 21610);
    EXPECT_EQ(sendFrom(UsNumber).error().code, 21610); // a pool number, even without the service
    EXPECT_TRUE(bool(sendFrom(GbNumber)));
    reply(QStringLiteral("START"), Us415);
    EXPECT_TRUE(bool(send(viaService)));
}

TEST_F(TwinOptOutTest, ScriptedPersonReadsAndRepliesAckWithTheIncidentCode)
{
    Twin::Person person;
    person.name = QStringLiteral("Dana");
    person.number = QString::fromLatin1(Handset);
    person.sms.readAfterMinMs = 1000;
    person.sms.readAfterMaxMs = 3000;
    person.sms.reply = QStringLiteral("ACK");
    person.sms.replyAfterMs = 5000;
    m_twin->people().upsert(person);

    const auto sent = sendFrom(UsNumber, QStringLiteral("DB down, incident #A7K"));
    ASSERT_TRUE(bool(sent));
    m_twin->clock()->advance(60000);
    ASSERT_TRUE(Vortex::Test::waitUntil([&] { return !m_hooks.received().isEmpty(); }));
    const ReceivedWebhook ack = m_hooks.received().last();
    EXPECT_EQ(ack.path, QStringLiteral("/sms"));
    EXPECT_EQ(ack.params.value(QStringLiteral("Body")), QStringLiteral("ACK A7K"));
    EXPECT_EQ(ack.params.value(QStringLiteral("From")), QString::fromLatin1(Handset));
    EXPECT_TRUE(Twilio::RequestSignature::validate(m_twin->config().authToken, m_inboundUrl,
                                                   ack.params, ack.signature));
    EXPECT_EQ(events(QStringLiteral("person.read")), 1);
    EXPECT_EQ(events(QStringLiteral("person.reply")), 1);
    ASSERT_FALSE(inbox().isEmpty());
    EXPECT_EQ(inbox().first(), QStringLiteral("DB down, incident #A7K"));

    // A person who answers STOP opts out through the same path.
    person.sms.reply = QStringLiteral("STOP");
    m_twin->people().upsert(person);
    ASSERT_TRUE(bool(sendFrom(UsNumber, QStringLiteral("second page"))));
    m_twin->clock()->advance(60000);
    EXPECT_EQ(events(QStringLiteral("optout")), 1);
    EXPECT_EQ(sendFrom(UsNumber).error().code, 21610);
}

TEST_F(TwinOptOutTest, ReadingDelaysComeFromTheSeed)
{
    // The same seed gives the same read times; another seed other ones.
    const auto readTimes = [this](quint64 seed) {
        Twin::TwinConfig config = testConfig();
        config.seed = seed;
        startTwin(config);
        m_twin->clock()->setMode(Twin::TwinClock::Mode::Manual);
        m_rest = std::make_unique<Twilio::TwilioClient>(
            Twilio::Credentials(config.accountSid, config.authToken),
            Twilio::Endpoints::forAll(m_twin->baseUrl()));
        Twin::Person person;
        person.number = QString::fromLatin1(Handset);
        person.sms.readAfterMinMs = 1000;
        person.sms.readAfterMaxMs = 120000;
        m_twin->people().upsert(person);
        const qint64 start = m_twin->clock()->nowMs();
        for (int i = 0; i < 5; ++i)
            EXPECT_TRUE(bool(sendFrom(UsNumber)));
        m_twin->clock()->advance(600000);
        QList<qint64> times;
        for (const Twin::TwinEvent &e : m_twin->events().after(0, 100000)) {
            if (e.kind == QLatin1String("person.read"))
                times.append(e.atMs - start);
        }
        return times;
    };
    const QList<qint64> first = readTimes(11);
    EXPECT_EQ(first.size(), 5);
    EXPECT_EQ(readTimes(11), first);
    EXPECT_NE(readTimes(12), first);
}

} // namespace
