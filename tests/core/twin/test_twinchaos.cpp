// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The chaos profile on the API and on status callbacks, through the real Twilio REST client and
// a real webhook receiver over loopback: 429 with Retry-After, 5xx, slow responses, dropped,
// duplicated and out-of-order callbacks (messages and calls), and one seed, one event log.
#include "core/twilio/signature.h"
#include "core/twilio/twilioclient.h"
#include "core/twin/twinchaos.h"
#include "core/twin/twinclock.h"
#include "core/twin/twinmessagestore.h"
#include "core/twin/twinpeople.h"
#include "support/testsupport.h"
#include "twintestfixture.h"
#include "webhookreceiver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <memory>
#include <optional>

using namespace Vortex::Core;
using namespace Vortex::Core::Twin;
using namespace Vortex::Test;
using Twilio::FormParams;

namespace {

class TwinChaosTest : public TwinFixture
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_receiver.listen());
        startTwin();
        m_rest = std::make_unique<Twilio::TwilioClient>(
            Twilio::Credentials(m_twin->config().accountSid, m_twin->config().authToken),
            Twilio::Endpoints::forAll(m_twin->baseUrl()));
        Twilio::RetryPolicy fast;
        fast.setBaseDelayMs(10);
        fast.setMaxDelayMs(50);
        fast.setMaxAttempts(10);
        m_rest->setRetryPolicy(fast);
    }

    void setChaos(const FormParams &form)
    {
        const TwinReply reply = m_client->post(QStringLiteral("/_twin/chaos"), form);
        ASSERT_EQ(reply.status, 200) << reply.body.constData();
    }

    QList<TwinEvent> events(const QString &kind) const
    {
        QList<TwinEvent> out;
        for (const TwinEvent &event : m_twin->events().after(0, 1000000)) {
            if (event.kind == kind)
                out.append(event);
        }
        return out;
    }

    /// A GET through the real client (its retry rule included); the call's attempts.
    Twilio::RestResult restGet(const QByteArray &path, int *attempts)
    {
        auto *call = m_rest->createRestCall("GET", Twilio::Endpoints::Product::Api, path, {},
                                            m_rest.get());
        std::optional<Twilio::RestResult> result;
        QObject::connect(call, &Twilio::RestCall::finished, m_rest.get(),
                         [&](const Twilio::RestResult &r) {
                             result.emplace(r);
                             *attempts = call->attempts();
                         });
        call->start();
        EXPECT_TRUE(waitUntil([&] { return result.has_value(); }, 30000));
        return result.value_or(Twilio::RestResult(fail(Twilio::TwilioError{})));
    }

    QByteArray balancePath() const
    {
        return "/2010-04-01/Accounts/" + m_twin->config().accountSid.toLatin1() + "/Balance.json";
    }

    /// Manual clock; creates \a count messages with a StatusCallback, walks them to their final
    /// status and waits until every callback has been posted.
    QStringList sendAndSettle(int count)
    {
        m_twin->clock()->setMode(TwinClock::Mode::Manual);
        QStringList sids;
        for (int i = 0; i < count; ++i) {
            FormParams form = sms(QStringLiteral("chaos %1").arg(i));
            form.add(QStringLiteral("StatusCallback"),
                     m_receiver.url(QStringLiteral("/status")).toString());
            const TwinReply created = m_client->create(form);
            EXPECT_EQ(created.status, 201) << created.body.constData();
            sids.append(created.json.value(QLatin1String("sid")).toString());
        }
        m_twin->clock()->advance(60000);
        EXPECT_TRUE(waitUntil([&] { return m_twin->pendingWebhooks() == 0; }, 15000));
        for (const QString &sid : sids)
            EXPECT_TRUE(m_twin->context().messages->find(sid)->isFinal());
        return sids;
    }

    QStringList receivedStatuses(const QString &sid) const
    {
        QStringList out;
        for (const ReceivedWebhook &hook : m_receiver.forSid(sid))
            out.append(hook.params.value(QStringLiteral("MessageStatus")));
        return out;
    }

    QStringList transitions(const QString &sid) const
    {
        QStringList out;
        for (const TwinEvent &event : events(QStringLiteral("message.status"))) {
            if (event.sid == sid)
                out.append(event.fields.value(QLatin1String("status")).toString());
        }
        return out;
    }

    WebhookReceiver m_receiver;
    std::unique_ptr<Twilio::TwilioClient> m_rest;
};

} // namespace

TEST_F(TwinChaosTest, TooManyRequestsCarryRetryAfterAndTheClientsRetrySucceeds)
{
    setChaos({{QStringLiteral("Rate429"), QStringLiteral("1")},
              {QStringLiteral("RetryAfter"), QStringLiteral("1")}});
    const TwinReply limited = m_client->get(QString::fromLatin1(balancePath()));
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(limited.json.value(QLatin1String("code")).toInt(), 20429);
    EXPECT_EQ(limited.header("Retry-After"), QByteArrayLiteral("1"));

    // 60 % of requests limited: three calls through the client, each retried until it passes.
    setChaos({{QStringLiteral("Rate429"), QStringLiteral("0.6")}});
    const int before = static_cast<int>(events(QStringLiteral("chaos.429")).size());
    int totalAttempts = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 3; ++i) {
        int attempts = 0;
        const Twilio::RestResult result = restGet(balancePath(), &attempts);
        ASSERT_TRUE(result) << result.error().message.toStdString();
        EXPECT_EQ(result.value().httpStatus, 200);
        totalAttempts += attempts;
    }
    const int limitedNow = static_cast<int>(events(QStringLiteral("chaos.429")).size()) - before;
    EXPECT_GE(limitedNow, 1);
    EXPECT_EQ(totalAttempts, limitedNow + 3);
    // The client honoured Retry-After: 1 s before each retry.
    EXPECT_GE(timer.elapsed(), 1000LL * limitedNow - 50);
}

TEST_F(TwinChaosTest, ServerErrorsAre500And503AndRetried)
{
    setChaos({{QStringLiteral("Rate500"), QStringLiteral("0.5")},
              {QStringLiteral("Rate503"), QStringLiteral("0.5")}});
    QSet<int> seen;
    for (int i = 0; i < 12; ++i) {
        const TwinReply reply = m_client->get(QString::fromLatin1(balancePath()));
        ASSERT_TRUE(reply.status == 500 || reply.status == 503) << reply.status;
        EXPECT_EQ(reply.json.value(QLatin1String("code")).toInt(),
                  reply.status == 500 ? 20500 : 20503);
        seen.insert(reply.status);
    }
    EXPECT_EQ(seen.size(), 2) << "both kinds show up in twelve draws";
    EXPECT_EQ(events(QStringLiteral("chaos.500")).size()
                  + events(QStringLiteral("chaos.503")).size(),
              12);

    setChaos({{QStringLiteral("Rate500"), QStringLiteral("0.3")},
              {QStringLiteral("Rate503"), QStringLiteral("0.3")}});
    const qsizetype before
        = events(QStringLiteral("chaos.500")).size() + events(QStringLiteral("chaos.503")).size();
    int attempts = 0;
    const Twilio::RestResult result = restGet(balancePath(), &attempts);
    ASSERT_TRUE(result);
    const qsizetype failures = events(QStringLiteral("chaos.500")).size()
                               + events(QStringLiteral("chaos.503")).size() - before;
    EXPECT_EQ(attempts, failures + 1);
}

TEST_F(TwinChaosTest, SlowResponsesTakeTheDrawnDelay)
{
    setChaos({{QStringLiteral("SlowRate"), QStringLiteral("1")},
              {QStringLiteral("SlowMinMs"), QStringLiteral("300")},
              {QStringLiteral("SlowMaxMs"), QStringLiteral("400")}});
    QElapsedTimer timer;
    timer.start();
    int attempts = 0;
    ASSERT_TRUE(restGet(balancePath(), &attempts));
    EXPECT_GE(timer.elapsed(), 300);
    const QList<TwinEvent> slow = events(QStringLiteral("chaos.slow"));
    ASSERT_EQ(slow.size(), 1);
    const int delay = slow.first().fields.value(QLatin1String("delay_ms")).toInt();
    EXPECT_GE(delay, 300);
    EXPECT_LE(delay, 400);

    setChaos({{QStringLiteral("SlowRate"), QStringLiteral("0")}});
    timer.restart();
    ASSERT_TRUE(restGet(balancePath(), &attempts));
    EXPECT_LT(timer.elapsed(), 300);
}

TEST_F(TwinChaosTest, DroppedCallbacksNeverArriveWhileMessagesReachTheirFinalStatus)
{
    setChaos({{QStringLiteral("DropRate"), QStringLiteral("0.5")}});
    const QStringList sids = sendAndSettle(4);
    waitUntil([] { return false; }, 300); // anything still on its way would land now
    int dropped = 0;
    for (const QString &sid : sids) {
        QStringList expected = transitions(sid);
        for (const TwinEvent &event : events(QStringLiteral("chaos.drop"))) {
            if (event.sid == sid) {
                expected.removeOne(event.fields.value(QLatin1String("status")).toString());
                ++dropped;
            }
        }
        EXPECT_EQ(receivedStatuses(sid), expected) << sid.toStdString();
        EXPECT_EQ(transitions(sid).constLast(), QStringLiteral("delivered"));
    }
    EXPECT_GT(dropped, 0);
    EXPECT_LT(dropped, 12);
}

TEST_F(TwinChaosTest, DuplicatedCallbacksArriveTwiceWithTheSameSignature)
{
    setChaos({{QStringLiteral("DuplicateRate"), QStringLiteral("1")}});
    const QString sid = sendAndSettle(1).first();
    const QList<ReceivedWebhook> hooks = m_receiver.forSid(sid);
    ASSERT_EQ(hooks.size(), 6);
    const QString url = m_receiver.url(QStringLiteral("/status")).toString();
    for (int i = 0; i < hooks.size(); i += 2) {
        EXPECT_EQ(hooks.at(i).params.encode(), hooks.at(i + 1).params.encode());
        EXPECT_EQ(hooks.at(i).signature, hooks.at(i + 1).signature);
        EXPECT_TRUE(Twilio::RequestSignature::validate(m_twin->config().authToken, url,
                                                       hooks.at(i).params, hooks.at(i).signature));
    }
    EXPECT_EQ(events(QStringLiteral("chaos.duplicate")).size(), 3);
}

TEST_F(TwinChaosTest, ReorderedCallbacksDeliverDeliveredBeforeSent)
{
    setChaos({{QStringLiteral("ReorderRate"), QStringLiteral("1")}});
    const QString sid = sendAndSettle(1).first();
    EXPECT_EQ(transitions(sid), (QStringList{QStringLiteral("sending"), QStringLiteral("sent"),
                                             QStringLiteral("delivered")}));
    const QStringList received = receivedStatuses(sid);
    ASSERT_EQ(received.size(), 3);
    EXPECT_LT(received.indexOf(QStringLiteral("delivered")),
              received.indexOf(QStringLiteral("sent")));
    EXPECT_EQ(events(QStringLiteral("chaos.reorder")).size(), 2) << "sending and sent held";
}

TEST_F(TwinChaosTest, ReorderedCallCallbacksKeepTheirSequenceNumbers)
{
    Person person;
    person.name = QStringLiteral("On-call");
    person.number = QString::fromLatin1(Handset);
    person.call = CallBehaviour{true, 2000, false, {}, false};
    m_twin->people().upsert(person);
    m_twin->clock()->setMode(TwinClock::Mode::Manual);
    setChaos({{QStringLiteral("ReorderRate"), QStringLiteral("1")}});

    FormParams form;
    form.add(QStringLiteral("To"), QString::fromLatin1(Handset));
    form.add(QStringLiteral("From"), QString::fromLatin1(UsNumber));
    form.add(QStringLiteral("Twiml"), QStringLiteral("<Response><Say>Disk full.</Say></Response>"));
    form.add(QStringLiteral("StatusCallback"), m_receiver.url(QStringLiteral("/calls")).toString());
    for (const char *event : {"initiated", "ringing", "answered"})
        form.add(QStringLiteral("StatusCallbackEvent"), QString::fromLatin1(event));
    auto *call = m_rest->createRestCall(
        "POST", Twilio::Endpoints::Product::Api,
        "/2010-04-01/Accounts/" + m_twin->config().accountSid.toLatin1() + "/Calls.json",
        form.encode(), m_rest.get());
    std::optional<Twilio::RestResult> created;
    QObject::connect(call, &Twilio::RestCall::finished, m_rest.get(),
                     [&](const Twilio::RestResult &r) { created.emplace(r); });
    call->start();
    ASSERT_TRUE(waitUntil([&] { return created.has_value(); }, 10000));
    ASSERT_TRUE(created.value());
    const QString sid = QJsonDocument::fromJson(created->value().body)
                            .object()
                            .value(QLatin1String("sid"))
                            .toString();
    // Held callbacks count as pending until the call's next one goes out, so step the clock
    // with short pauses for HTTP, then wait for everything to land.
    for (int step = 0; step < 120; ++step) {
        m_twin->clock()->advance(500);
        waitUntil([] { return false; }, 5);
    }
    ASSERT_TRUE(waitUntil([&] { return m_twin->pendingWebhooks() == 0; }, 10000));

    QStringList statuses;
    QStringList sequence;
    for (const ReceivedWebhook &hook : m_receiver.received()) {
        if (hook.params.value(QStringLiteral("CallSid")) != sid)
            continue;
        statuses.append(hook.params.value(QStringLiteral("CallStatus")));
        sequence.append(hook.params.value(QStringLiteral("SequenceNumber")));
    }
    EXPECT_EQ(statuses, (QStringList{QStringLiteral("completed"), QStringLiteral("initiated"),
                                     QStringLiteral("ringing"), QStringLiteral("in-progress")}));
    EXPECT_EQ(sequence, (QStringList{QStringLiteral("3"), QStringLiteral("0"), QStringLiteral("1"),
                                     QStringLiteral("2")}));
}

TEST_F(TwinChaosTest, SameSeedSameEventLog)
{
    const auto run = [this](quint64 seed) {
        TwinConfig config = testConfig();
        config.seed = seed;
        config.deterministicSids = true;
        startTwin(config);
        m_twin->clock()->setMode(TwinClock::Mode::Manual);
        m_twin->clock()->resetTo(QDateTime(QDate(2027, 3, 1), QTime(9, 0), QTimeZone::utc()));
        setChaos({{QStringLiteral("DropRate"), QStringLiteral("0.2")},
                  {QStringLiteral("DuplicateRate"), QStringLiteral("0.2")},
                  {QStringLiteral("ReorderRate"), QStringLiteral("0.2")},
                  {QStringLiteral("SenderMps"), QStringLiteral("1")},
                  {QStringLiteral("IncidentRegion"), QStringLiteral("US")},
                  {QStringLiteral("IncidentShare"), QStringLiteral("0.3")}});
        sendAndSettle(12);
        return QPair<QByteArray, int>(m_twin->events().digest(), m_twin->events().size());
    };
    const auto first = run(7);
    const auto second = run(7);
    EXPECT_EQ(first.first, second.first);
    EXPECT_EQ(first.second, second.second);
    EXPECT_GT(first.second, 12 * 4);
    EXPECT_NE(run(8).first, first.first) << "another seed, another history";
}
