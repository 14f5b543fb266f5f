// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Message lifecycle on the twin clock: statuses, signed status callbacks, seeded outcomes,
// ValidityPeriod expiry, inbound webhooks, and running on a worker thread.
#include "core/twilio/signature.h"
#include "core/twin/twinlifecycle.h"
#include "support/testsupport.h"
#include "twintestfixture.h"
#include "webhookreceiver.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QThread>

using namespace Vortex::Core;
using namespace Vortex::Core::Twin;
using namespace Vortex::Test;
using Twilio::FormParams;

namespace {

TwinConfig withOutcomes(double undelivered, double failed, double filtered)
{
    TwinConfig config = TwinFixture::testConfig();
    for (auto it = config.countries.begin(); it != config.countries.end(); ++it) {
        it->undelivered = undelivered;
        it->failed = failed;
        it->filtered = filtered;
    }
    return config;
}

bool isFinal(const QString &status)
{
    return status == QLatin1String("delivered") || status == QLatin1String("undelivered")
           || status == QLatin1String("failed");
}

} // namespace

class TwinLifecycleTest : public TwinFixture
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_receiver.listen());
        startTwin();
        m_twin->setClockSpeed(10);
    }

    /// Creates a message with a StatusCallback and waits for its final status.
    QJsonObject sendAndSettle(const FormParams &form, QString *callbackUrl = nullptr)
    {
        FormParams withCallback = form;
        const QString url = m_receiver.url(QStringLiteral("/status")).toString()
                            + QStringLiteral("?tenant=ops&x=1");
        withCallback.add(QStringLiteral("StatusCallback"), url);
        if (callbackUrl)
            *callbackUrl = url;
        const TwinReply created = m_client->create(withCallback);
        EXPECT_EQ(created.status, 201) << created.body.constData();
        const QString uri = created.json.value(QLatin1String("uri")).toString();
        QJsonObject latest;
        EXPECT_TRUE(waitUntil(
            [&] {
                latest = m_client->get(uri).json;
                return isFinal(latest.value(QLatin1String("status")).toString());
            },
            15000));
        const QString sid = latest.value(QLatin1String("sid")).toString();
        // The last callback goes out right after the transition; wait for it to land.
        EXPECT_TRUE(waitUntil(
            [&] {
                const auto hooks = m_receiver.forSid(sid);
                return !hooks.isEmpty()
                       && hooks.constLast().params.value(QStringLiteral("MessageStatus"))
                              == latest.value(QLatin1String("status")).toString();
            },
            10000));
        return latest;
    }

    void expectSigned(const ReceivedWebhook &hook, const QString &url)
    {
        EXPECT_FALSE(hook.signature.isEmpty());
        EXPECT_TRUE(Twilio::RequestSignature::validate(m_twin->config().authToken, url, hook.params,
                                                       hook.signature));
        EXPECT_FALSE(Twilio::RequestSignature::validate(QByteArrayLiteral("other-token"), url,
                                                        hook.params, hook.signature));
        EXPECT_TRUE(hook.contentType.startsWith("application/x-www-form-urlencoded"));
    }

    WebhookReceiver m_receiver;
};

TEST_F(TwinLifecycleTest, DeliveredWithSignedCallbacksInOrder)
{
    QString url;
    const QJsonObject message = sendAndSettle(sms(QStringLiteral("CPU at 97%")), &url);
    EXPECT_EQ(message.value(QLatin1String("status")).toString(), QStringLiteral("delivered"));
    EXPECT_EQ(message.value(QLatin1String("price")).toString(), QStringLiteral("-0.00830"));
    EXPECT_EQ(message.value(QLatin1String("price_unit")).toString(), QStringLiteral("USD"));
    EXPECT_FALSE(message.value(QLatin1String("date_sent")).isNull());
    EXPECT_TRUE(message.value(QLatin1String("error_code")).isNull());

    const QString sid = message.value(QLatin1String("sid")).toString();
    const QList<ReceivedWebhook> hooks = m_receiver.forSid(sid);
    QStringList statuses;
    for (const ReceivedWebhook &hook : hooks) {
        statuses.append(hook.params.value(QStringLiteral("MessageStatus")));
        expectSigned(hook, url);
        EXPECT_EQ(hook.path, QStringLiteral("/status"));
        EXPECT_EQ(hook.params.value(QStringLiteral("SmsSid")), sid);
        EXPECT_EQ(hook.params.value(QStringLiteral("SmsStatus")),
                  hook.params.value(QStringLiteral("MessageStatus")));
        EXPECT_EQ(hook.params.value(QStringLiteral("AccountSid")), m_twin->config().accountSid);
        EXPECT_EQ(hook.params.value(QStringLiteral("From")), QString::fromLatin1(UsNumber));
        EXPECT_EQ(hook.params.value(QStringLiteral("To")), QString::fromLatin1(Handset));
        EXPECT_EQ(hook.params.value(QStringLiteral("ApiVersion")), QStringLiteral("2010-04-01"));
        EXPECT_FALSE(hook.params.contains(QStringLiteral("ErrorCode")));
    }
    // No callback for the initial status.
    EXPECT_EQ(statuses, (QStringList{QStringLiteral("sending"), QStringLiteral("sent"),
                                     QStringLiteral("delivered")}));
    const QString dlr = hooks.constLast().params.value(QStringLiteral("RawDlrDoneDate"));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{10}$")).match(dlr).hasMatch())
        << qPrintable(dlr);
    EXPECT_FALSE(hooks.constFirst().params.contains(QStringLiteral("RawDlrDoneDate")));
}

TEST_F(TwinLifecycleTest, PricesBySegmentsAndCountry)
{
    const QJsonObject message
        = sendAndSettle(sms(QString(200, QLatin1Char('a')), QStringLiteral("+447400123999")));
    EXPECT_EQ(message.value(QLatin1String("num_segments")).toString(), QStringLiteral("2"));
    EXPECT_EQ(message.value(QLatin1String("price")).toString(), QStringLiteral("-0.10480"));
}

TEST_F(TwinLifecycleTest, UndeliveredCarriesErrorCode)
{
    startTwin(withOutcomes(1.0, 0, 0));
    m_twin->setClockSpeed(10);
    const QJsonObject message = sendAndSettle(sms(QStringLiteral("x")));
    EXPECT_EQ(message.value(QLatin1String("status")).toString(), QStringLiteral("undelivered"));
    const int code = message.value(QLatin1String("error_code")).toInt();
    EXPECT_TRUE(code == 30003 || code == 30005 || code == 30006) << code;
    EXPECT_TRUE(message.value(QLatin1String("error_code")).isDouble());
    EXPECT_FALSE(message.value(QLatin1String("error_message")).toString().isEmpty());
    EXPECT_EQ(message.value(QLatin1String("price")).toString(), QStringLiteral("-0.00830"));
    const auto hooks = m_receiver.forSid(message.value(QLatin1String("sid")).toString());
    EXPECT_EQ(hooks.constLast().params.value(QStringLiteral("ErrorCode")), QString::number(code));
    EXPECT_TRUE(hooks.constLast().params.contains(QStringLiteral("RawDlrDoneDate")));
}

TEST_F(TwinLifecycleTest, FailedBeforeSendingIsNotBilled)
{
    startTwin(withOutcomes(0, 1.0, 0));
    m_twin->setClockSpeed(10);
    const QJsonObject message = sendAndSettle(sms(QStringLiteral("x")));
    EXPECT_EQ(message.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    EXPECT_EQ(message.value(QLatin1String("error_code")).toInt(), 30008);
    EXPECT_TRUE(message.value(QLatin1String("price")).isNull());
    const auto hooks = m_receiver.forSid(message.value(QLatin1String("sid")).toString());
    ASSERT_EQ(hooks.size(), 1); // queued → failed: one callback
    EXPECT_EQ(hooks.constFirst().params.value(QStringLiteral("ErrorCode")),
              QStringLiteral("30008"));
    EXPECT_FALSE(hooks.constFirst().params.contains(QStringLiteral("RawDlrDoneDate")));
}

TEST_F(TwinLifecycleTest, ValidityPeriodExpiryFailsWith30001)
{
    TwinConfig config = testConfig();
    for (auto it = config.countries.begin(); it != config.countries.end(); ++it)
        it->queuedToSent = {5000, 5000}; // stuck in the queue for 5 twin seconds
    startTwin(config);
    m_twin->setClockSpeed(10);
    FormParams form = sms(QStringLiteral("expires"));
    form.add(QStringLiteral("ValidityPeriod"), QStringLiteral("1"));
    QString url;
    const QJsonObject message = sendAndSettle(form, &url);
    EXPECT_EQ(message.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    EXPECT_EQ(message.value(QLatin1String("error_code")).toInt(), 30001);
    const auto hooks = m_receiver.forSid(message.value(QLatin1String("sid")).toString());
    ASSERT_EQ(hooks.size(), 1);
    EXPECT_EQ(hooks.constFirst().params.value(QStringLiteral("ErrorCode")),
              QStringLiteral("30001"));
    expectSigned(hooks.constFirst(), url);
}

TEST_F(TwinLifecycleTest, SameSeedSameOutcomes)
{
    const auto history = [this](quint64 seed) {
        TwinConfig config = withOutcomes(0.3, 0.2, 0.1);
        config.seed = seed;
        startTwin(config);
        m_twin->setClockSpeed(20);
        QStringList sids;
        for (int i = 0; i < 12; ++i)
            sids.append(m_client->create(sms(QStringLiteral("m%1").arg(i)))
                            .json.value(QLatin1String("sid"))
                            .toString());
        QStringList outcome;
        EXPECT_TRUE(waitUntil(
            [&] {
                outcome.clear();
                for (const QString &sid : sids) {
                    const QJsonObject m
                        = m_client
                              ->get(QStringLiteral("%1/%2.json")
                                        .arg(m_client->messagesPath().chopped(5), sid))
                              .json;
                    const QString status = m.value(QLatin1String("status")).toString();
                    if (!isFinal(status))
                        return false;
                    outcome.append(status + QLatin1Char('/')
                                   + QString::number(m.value(QLatin1String("error_code")).toInt()));
                }
                return true;
            },
            20000));
        return outcome;
    };
    const QStringList first = history(42);
    const QStringList second = history(42);
    const QStringList other = history(43);
    ASSERT_EQ(first.size(), 12);
    EXPECT_EQ(first, second);
    EXPECT_NE(first, other);
    EXPECT_GT(first.filter(QStringLiteral("delivered/0")).size(), 0);
    EXPECT_LT(first.filter(QStringLiteral("delivered/0")).size(), 12);
}

TEST(TwinLifecycleDecide, DeterministicAndRateShaped)
{
    CountryProfile profile;
    profile.undelivered = 0.1;
    profile.failed = 0.05;
    profile.filtered = 0.05;
    int delivered = 0;
    for (quint64 i = 0; i < 2000; ++i) {
        const MessageOutcome a = TwinLifecycle::decide(profile, 99, i);
        const MessageOutcome b = TwinLifecycle::decide(profile, 99, i);
        ASSERT_EQ(a.finalStatus, b.finalStatus);
        ASSERT_EQ(a.errorCode, b.errorCode);
        ASSERT_EQ(a.queuedToSentMs, b.queuedToSentMs);
        EXPECT_GE(a.queuedToSentMs, profile.queuedToSent.minMs);
        EXPECT_LE(a.queuedToSentMs, profile.queuedToSent.maxMs);
        delivered += a.finalStatus == QLatin1String("delivered") ? 1 : 0;
    }
    EXPECT_NEAR(delivered / 2000.0, 0.8, 0.04);
}

TEST_F(TwinLifecycleTest, InboundInjectionPostsSignedWebhook)
{
    const QString url = m_receiver.url(QStringLiteral("/sms")).toString();
    ASSERT_TRUE(m_twin->setInboundUrl(QString::fromLatin1(UsNumber), url));
    const TwinReply reply = m_client->send(
        "POST", QStringLiteral("/_twin/inbound"),
        {{QStringLiteral("From"), QString::fromLatin1(GbNumber).replace(QStringLiteral("123456"),
                                                                        QStringLiteral("123999"))},
         {QStringLiteral("To"), QString::fromLatin1(UsNumber)},
         {QStringLiteral("Body"), QStringLiteral("ACK 42")}},
        false);
    ASSERT_EQ(reply.status, 201) << reply.body.constData();
    const QString sid = reply.json.value(QLatin1String("sid")).toString();
    EXPECT_TRUE(sid.startsWith(QLatin1String("SM")));
    EXPECT_EQ(reply.json.value(QLatin1String("direction")).toString(), QStringLiteral("inbound"));
    EXPECT_EQ(reply.json.value(QLatin1String("status")).toString(), QStringLiteral("received"));

    ASSERT_TRUE(waitUntil([&] { return !m_receiver.forSid(sid).isEmpty(); }, 5000));
    const ReceivedWebhook hook = m_receiver.forSid(sid).constFirst();
    expectSigned(hook, url);
    EXPECT_EQ(hook.path, QStringLiteral("/sms"));
    const FormParams &p = hook.params;
    EXPECT_EQ(p.value(QStringLiteral("SmsSid")), sid);
    EXPECT_EQ(p.value(QStringLiteral("SmsMessageSid")), sid);
    EXPECT_EQ(p.value(QStringLiteral("Body")), QStringLiteral("ACK 42"));
    EXPECT_EQ(p.value(QStringLiteral("From")), QStringLiteral("+447400123999"));
    EXPECT_EQ(p.value(QStringLiteral("To")), QString::fromLatin1(UsNumber));
    EXPECT_EQ(p.value(QStringLiteral("NumMedia")), QStringLiteral("0"));
    EXPECT_EQ(p.value(QStringLiteral("NumSegments")), QStringLiteral("1"));
    EXPECT_EQ(p.value(QStringLiteral("SmsStatus")), QStringLiteral("received"));
    EXPECT_EQ(p.value(QStringLiteral("FromCountry")), QStringLiteral("GB"));
    EXPECT_EQ(p.value(QStringLiteral("ToCountry")), QStringLiteral("US"));
    EXPECT_TRUE(p.contains(QStringLiteral("FromCity")));
    EXPECT_EQ(p.value(QStringLiteral("AccountSid")), m_twin->config().accountSid);
    EXPECT_EQ(p.value(QStringLiteral("ApiVersion")), QStringLiteral("2010-04-01"));

    // Listed like any message; an unknown To is refused.
    const TwinReply list = m_client->get(m_client->messagesPath());
    EXPECT_EQ(list.json.value(QLatin1String("messages")).toArray().size(), 1);
    EXPECT_FALSE(m_twin->injectInbound(QString::fromLatin1(Handset), QStringLiteral("+12015550100"),
                                       QStringLiteral("x")));
}

TEST_F(TwinLifecycleTest, FailedCallbackIsRetriedInOrder)
{
    m_receiver.queueStatuses({500});
    int delivered = 0;
    int lastHttp = -1;
    QObject::connect(m_twin.get(), &TwinServer::callbackDelivered, m_twin.get(),
                     [&](const QString &, const QString &, int http) {
                         ++delivered;
                         lastHttp = http;
                     });
    const QJsonObject message = sendAndSettle(sms(QStringLiteral("retry me")));
    ASSERT_TRUE(waitUntil([&] { return delivered == 3; }, 10000));
    EXPECT_EQ(lastHttp, 200);
    QStringList statuses;
    for (const auto &hook : m_receiver.forSid(message.value(QLatin1String("sid")).toString()))
        statuses.append(hook.params.value(QStringLiteral("MessageStatus")));
    EXPECT_EQ(statuses, (QStringList{QStringLiteral("sending"), QStringLiteral("sending"),
                                     QStringLiteral("sent"), QStringLiteral("delivered")}));
}

TEST(TwinThreadTest, RunsOnAWorkerThread)
{
    QThread thread;
    thread.start();
    auto *context = new QObject;
    context->moveToThread(&thread);
    TwinServer *twin = nullptr;
    QUrl base;
    TwinConfig config = TwinFixture::testConfig();
    QMetaObject::invokeMethod(
        context,
        [&] {
            twin = new TwinServer(config);
            twin->setClockSpeed(10);
            if (twin->listen())
                base = twin->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    ASSERT_TRUE(base.isValid());
    TwinTestClient client(base, config.accountSid, config.authToken);
    const TwinReply created
        = client.create({{QStringLiteral("To"), QStringLiteral("+12015550199")},
                         {QStringLiteral("From"), QStringLiteral("+12015550123")},
                         {QStringLiteral("Body"), QStringLiteral("threaded")}});
    ASSERT_EQ(created.status, 201);
    const QString uri = created.json.value(QLatin1String("uri")).toString();
    EXPECT_TRUE(waitUntil(
        [&] {
            return client.get(uri).json.value(QLatin1String("status")).toString()
                   == QStringLiteral("delivered");
        },
        10000));
    QMetaObject::invokeMethod(
        context, [&] { delete twin; }, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        context, [context] { delete context; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
}
