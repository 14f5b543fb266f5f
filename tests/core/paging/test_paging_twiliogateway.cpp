// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/paging/twiliogateway.h"
#include "core/paging/twiliogatewaycodec.h"
#include "core/relay/relayserver.h"
#include "core/twilio/signature.h"
#include "core/twilio/twilioclient.h"
#include "core/twin/twinclock.h"
#include "core/twin/twinmessage.h"
#include "core/twin/twinmessagestore.h"
#include "core/twin/twintestfixture.h" // tests/core/twin
#include "core/twin/webhookreceiver.h" // tests/core/twin
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Vortex;
using namespace Vortex::Core;
using namespace Vortex::Core::Paging;
using Vortex::Test::waitUntil;

namespace {

constexpr const char *UsHandset = "+12015550124";
constexpr const char *GbHandset = "+447400123457";

class TwilioGatewayTest : public Vortex::Test::TwinFixture
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_hooks.listen());
        TwinFixture::SetUp();
        m_twin->clock()->setMode(Twin::TwinClock::Mode::Manual);
        m_rest = makeClient(m_twin->baseUrl());
        m_gateway = std::make_unique<TwilioGateway>(m_rest.get(), gatewayOptions());
    }
    void TearDown() override
    {
        m_gateway.reset();
        TwinFixture::TearDown();
    }

    std::unique_ptr<Twilio::TwilioClient> makeClient(const QUrl &base) const
    {
        return std::make_unique<Twilio::TwilioClient>(
            Twilio::Credentials(m_twin->config().accountSid, m_twin->config().authToken),
            Twilio::Endpoints::forAll(base));
    }
    TwilioGatewayOptions gatewayOptions() const
    {
        TwilioGatewayOptions options;
        options.messageStatusCallback = m_hooks.url(QStringLiteral("/message-status"));
        options.callStatusCallback = m_hooks.url(QStringLiteral("/call-status"));
        options.voiceAnswerUrl = m_hooks.url(QStringLiteral("/voice-answer"));
        return options;
    }
    static void noRetries(Twilio::TwilioClient *client)
    {
        Twilio::RetryPolicy policy;
        policy.setMaxAttempts(1);
        client->setRetryPolicy(policy);
    }

    Delivery delivery(Channel channel, const QString &to, const QString &body,
                      Sender sender = {SenderKind::LongCode, QString::fromLatin1(UsNumber)}) const
    {
        Delivery d;
        d.id = 42;
        d.channel = channel;
        d.to = to;
        d.body = body;
        d.sender = sender;
        d.createdAt = m_twin->clock()->now();
        d.submitAttemptAt = m_twin->clock()->now();
        return d;
    }

    /// Submits and waits; the callback must not run inside submit().
    SubmitResult submit(const Delivery &d, TwilioGateway *gateway = nullptr)
    {
        std::optional<SubmitResult> result;
        (gateway ? gateway : m_gateway.get())->submit(d, [&](SubmitResult r) { result = r; });
        EXPECT_FALSE(result.has_value()) << "the callback ran inside submit()";
        EXPECT_TRUE(waitUntil([&] { return result.has_value(); }, 10000));
        return result.value_or(SubmitResult{});
    }
    std::optional<StatusReport> fetch(Channel channel, const QString &sid)
    {
        bool called = false;
        std::optional<StatusReport> report;
        m_gateway->fetch(channel, sid, [&](std::optional<StatusReport> r) {
            called = true;
            report = r;
        });
        EXPECT_FALSE(called);
        EXPECT_TRUE(waitUntil([&] { return called; }));
        return report;
    }
    std::pair<bool, std::optional<StatusReport>> find(const Delivery &d)
    {
        std::optional<std::pair<bool, std::optional<StatusReport>>> answer;
        m_gateway->findSubmitted(d, [&](bool ok, std::optional<StatusReport> found) {
            answer = std::make_pair(ok, found);
        });
        EXPECT_FALSE(answer.has_value());
        EXPECT_TRUE(waitUntil([&] { return answer.has_value(); }));
        return answer.value_or(std::make_pair(false, std::nullopt));
    }

    const Twin::TwinMessage *twinMessage(const QString &sid) const
    {
        return m_twin->context().messages->find(sid);
    }
    /// Waits until no webhook or TwiML request of the twin is on the wire.
    void settle()
    {
        EXPECT_TRUE(waitUntil([&] {
            return m_twin->pendingWebhooks() == 0
                   && m_client->get(QStringLiteral("/_twin/calls"))
                              .json.value(QLatin1String("pending_http"))
                              .toInt(-1)
                          == 0;
        }));
    }
    /// Moves the twin's manual clock in steps, letting HTTP finish between them.
    void advance(qint64 ms, qint64 stepMs = 250)
    {
        for (qint64 done = 0; done < ms; done += stepMs) {
            m_twin->clock()->advance(qMin(stepMs, ms - done));
            settle();
        }
    }
    QString createService()
    {
        const auto service
            = m_client->post(QStringLiteral("/v1/Services"),
                             {{QStringLiteral("FriendlyName"), QStringLiteral("Paging")}});
        EXPECT_EQ(service.status, 201);
        const QString sid = service.json.value(QLatin1String("sid")).toString();
        const QString numberSid = m_client->ownedSenderSid(QStringLiteral("phone_numbers"),
                                                           QStringLiteral("phone_number"),
                                                           QString::fromLatin1(GbNumber));
        EXPECT_FALSE(numberSid.isEmpty());
        const auto added = m_client->post(QStringLiteral("/v1/Services/%1/PhoneNumbers").arg(sid),
                                          {{QStringLiteral("PhoneNumberSid"), numberSid}});
        EXPECT_EQ(added.status, 201);
        return sid;
    }

    Vortex::Test::WebhookReceiver m_hooks;
    std::unique_ptr<Twilio::TwilioClient> m_rest;
    std::unique_ptr<TwilioGateway> m_gateway;
};

TEST_F(TwilioGatewayTest, SmsIsAcceptedAndFetchFollowsItsStatus)
{
    const Delivery d = delivery(Channel::Sms, QString::fromLatin1(UsHandset),
                                QStringLiteral("SEV1 #17 checkout down. Reply ACK 17"));
    const SubmitResult result = submit(d);
    ASSERT_TRUE(result.accepted.has_value()) << result.errorMessage.toStdString();
    EXPECT_FALSE(result.errorCode.has_value());
    EXPECT_FALSE(result.ambiguous);
    EXPECT_EQ(result.httpStatus, 201);
    const StatusReport &accepted = *result.accepted;
    EXPECT_TRUE(accepted.sid.startsWith(QLatin1String("SM")));
    EXPECT_EQ(accepted.status, QStringLiteral("queued"));
    EXPECT_EQ(accepted.from, QString::fromLatin1(UsNumber));
    EXPECT_EQ(accepted.createdAt.toSecsSinceEpoch(), m_twin->clock()->now().toSecsSinceEpoch());

    const Twin::TwinMessage *stored = twinMessage(accepted.sid);
    ASSERT_NE(stored, nullptr);
    EXPECT_EQ(stored->body, d.body);
    EXPECT_EQ(stored->statusCallback, gatewayOptions().messageStatusCallback.toString());
    EXPECT_EQ(stored->validityPeriodSeconds, 36000); // none sent: Twilio's default

    const auto queued = fetch(Channel::Sms, accepted.sid);
    ASSERT_TRUE(queued.has_value());
    EXPECT_EQ(queued->status, QStringLiteral("queued"));
    EXPECT_TRUE(queued->price.isEmpty());

    advance(2000); // test config: sent after 100–300 ms, delivered 200–600 ms later
    const auto delivered = fetch(Channel::Sms, accepted.sid);
    ASSERT_TRUE(delivered.has_value());
    EXPECT_EQ(delivered->sid, accepted.sid);
    EXPECT_EQ(delivered->status, QStringLiteral("delivered"));
    EXPECT_EQ(delivered->price, QStringLiteral("-0.00830"));
    EXPECT_FALSE(delivered->errorCode.has_value());
    // The status callbacks went to the relay's URL.
    EXPECT_FALSE(m_hooks.forSid(accepted.sid).isEmpty());

    EXPECT_FALSE(fetch(Channel::Sms, QStringLiteral("SM00000000000000000000000000000000")));
}

TEST_F(TwilioGatewayTest, ValidityPeriodIsSentWhenTheDeliveryHasOne)
{
    Delivery d = delivery(Channel::Sms, QString::fromLatin1(UsHandset), QStringLiteral("short"));
    d.validitySeconds = 120;
    const SubmitResult result = submit(d);
    ASSERT_TRUE(result.accepted.has_value()) << result.errorMessage.toStdString();
    const Twin::TwinMessage *stored = twinMessage(result.accepted->sid);
    ASSERT_NE(stored, nullptr);
    EXPECT_EQ(stored->validityPeriodSeconds, 120);
}

TEST_F(TwilioGatewayTest, WhatsAppAddressesCarryThePrefix)
{
    const Sender whatsapp{SenderKind::WhatsApp,
                          QStringLiteral("whatsapp:") + QString::fromLatin1(UsNumber)};
    const Delivery d = delivery(Channel::WhatsApp, QString::fromLatin1(GbHandset),
                                QStringLiteral("wa page"), whatsapp);
    const SubmitResult result = submit(d);
    ASSERT_TRUE(result.accepted.has_value()) << result.errorMessage.toStdString();
    EXPECT_EQ(result.accepted->from, whatsapp.address);
    const Twin::TwinMessage *stored = twinMessage(result.accepted->sid);
    ASSERT_NE(stored, nullptr);
    EXPECT_EQ(stored->to, QStringLiteral("whatsapp:") + QString::fromLatin1(GbHandset));
    EXPECT_EQ(stored->from, whatsapp.address);

    // A plain number as the sender of a WhatsApp delivery gets the prefix too.
    const Delivery plain
        = delivery(Channel::WhatsApp, QString::fromLatin1(GbHandset), QStringLiteral("wa page 2"));
    const SubmitResult second = submit(plain);
    ASSERT_TRUE(second.accepted.has_value()) << second.errorMessage.toStdString();
    EXPECT_EQ(second.accepted->from, whatsapp.address);

    // Reconciliation lists To=whatsapp:+… and matches the prefixed sender.
    const auto [ok, found] = find(d);
    EXPECT_TRUE(ok);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->sid, result.accepted->sid);
}

TEST_F(TwilioGatewayTest, MessagingServiceSenderSendsTheServiceSid)
{
    const QString service = createService();
    const Delivery d
        = delivery(Channel::Sms, QString::fromLatin1(GbHandset), QStringLiteral("via service"),
                   {SenderKind::MessagingService, service});
    const SubmitResult result = submit(d);
    ASSERT_TRUE(result.accepted.has_value()) << result.errorMessage.toStdString();
    EXPECT_EQ(result.accepted->status, QStringLiteral("accepted"));
    EXPECT_TRUE(result.accepted->from.isEmpty()); // the service picks the sender later
    const Twin::TwinMessage *stored = twinMessage(result.accepted->sid);
    ASSERT_NE(stored, nullptr);
    EXPECT_EQ(stored->messagingServiceSid, service);

    advance(1000);
    const auto fetched = fetch(Channel::Sms, result.accepted->sid);
    ASSERT_TRUE(fetched.has_value());
    EXPECT_EQ(fetched->from, QString::fromLatin1(GbNumber)); // the pool's only number

    const auto [ok, found] = find(d);
    EXPECT_TRUE(ok);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->sid, result.accepted->sid);
}

TEST_F(TwilioGatewayTest, OptedOutRecipientIsRefusedPermanently)
{
    const auto stop = m_client->post(QStringLiteral("/_twin/inbound"),
                                     {{QStringLiteral("From"), QString::fromLatin1(UsHandset)},
                                      {QStringLiteral("To"), QString::fromLatin1(UsNumber)},
                                      {QStringLiteral("Body"), QStringLiteral("STOP")}});
    ASSERT_EQ(stop.status, 201);
    const SubmitResult result
        = submit(delivery(Channel::Sms, QString::fromLatin1(UsHandset), QStringLiteral("page")));
    EXPECT_FALSE(result.accepted.has_value());
    EXPECT_EQ(result.errorCode, 21610);
    EXPECT_EQ(result.httpStatus, 400);
    EXPECT_FALSE(result.transient);
    EXPECT_FALSE(result.ambiguous);
    EXPECT_TRUE(result.errorMessage.contains(QLatin1String("21610")))
        << result.errorMessage.toStdString();
}

TEST_F(TwilioGatewayTest, InvalidRecipientIs21211)
{
    const SubmitResult result
        = submit(delivery(Channel::Sms, QStringLiteral("+15551234567"), QStringLiteral("page")));
    EXPECT_FALSE(result.accepted.has_value());
    EXPECT_EQ(result.errorCode, 21211);
    EXPECT_FALSE(result.transient);
    EXPECT_FALSE(result.ambiguous);
    EXPECT_EQ(m_twin->messageCount(), 0);
}

TEST_F(TwilioGatewayTest, ThrottledSubmissionIsTransientAndNotAmbiguous)
{
    noRetries(m_rest.get());
    Twin::FaultProfile faults = m_twin->faults();
    faults.next429 = 1;
    m_twin->setFaults(faults);
    const Delivery d
        = delivery(Channel::Sms, QString::fromLatin1(UsHandset), QStringLiteral("page"));
    const SubmitResult throttled = submit(d);
    EXPECT_FALSE(throttled.accepted.has_value());
    EXPECT_EQ(throttled.httpStatus, 429);
    EXPECT_EQ(throttled.errorCode, 20429);
    EXPECT_TRUE(throttled.transient);
    EXPECT_FALSE(throttled.ambiguous);
    EXPECT_EQ(m_twin->messageCount(), 0);

    const SubmitResult retried = submit(d);
    EXPECT_TRUE(retried.accepted.has_value());
    EXPECT_EQ(m_twin->messageCount(), 1);
}

TEST_F(TwilioGatewayTest, ServerErrorOnCreateIsAmbiguous)
{
    noRetries(m_rest.get());
    Twin::FaultProfile faults = m_twin->faults();
    faults.next500 = 1;
    m_twin->setFaults(faults);
    const SubmitResult result
        = submit(delivery(Channel::Sms, QString::fromLatin1(UsHandset), QStringLiteral("page")));
    EXPECT_FALSE(result.accepted.has_value());
    EXPECT_EQ(result.httpStatus, 500);
    EXPECT_TRUE(result.transient);
    EXPECT_TRUE(result.ambiguous);
}

TEST_F(TwilioGatewayTest, UnreachableApiIsTransientAndNotAmbiguous)
{
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    auto client = makeClient(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort)));
    Twilio::RetryPolicy policy;
    policy.setMaxAttempts(2);
    policy.setBaseDelayMs(10);
    client->setRetryPolicy(policy);
    TwilioGateway gateway(client.get(), gatewayOptions());

    const SubmitResult result = submit(
        delivery(Channel::Sms, QString::fromLatin1(UsHandset), QStringLiteral("page")), &gateway);
    EXPECT_FALSE(result.accepted.has_value());
    EXPECT_EQ(result.httpStatus, 0);
    EXPECT_FALSE(result.errorCode.has_value());
    EXPECT_TRUE(result.transient);
    EXPECT_FALSE(result.ambiguous) << result.errorMessage.toStdString();
    // The client repeated the POST because no connection was ever made.
    EXPECT_EQ(client->requestsSent(), 2);

    bool ok = true;
    bool called = false;
    gateway.findSubmitted(
        delivery(Channel::Sms, QString::fromLatin1(UsHandset), QStringLiteral("page")),
        [&](bool lookedUp, std::optional<StatusReport>) {
            ok = lookedUp;
            called = true;
        });
    ASSERT_TRUE(waitUntil([&] { return called; }));
    EXPECT_FALSE(ok); // the lookup itself failed: try again later
}

TEST_F(TwilioGatewayTest, TimeoutAfterTheRequestLeftIsAmbiguousAndReconciled)
{
    noRetries(m_rest.get());
    m_rest->setTransferTimeoutMs(300);
    Twin::FaultProfile faults = m_twin->faults();
    faults.latencyMs = 1500;
    m_twin->setFaults(faults);
    QStringList created;
    QObject::connect(m_twin.get(), &Twin::TwinServer::messageCreated, m_twin.get(),
                     [&created](const QString &sid) { created.append(sid); });

    const Delivery d = delivery(Channel::Sms, QString::fromLatin1(UsHandset),
                                QStringLiteral("SEV1 #18 payments slow. Reply ACK 18"));
    const SubmitResult result = submit(d);
    EXPECT_FALSE(result.accepted.has_value());
    EXPECT_EQ(result.httpStatus, 0);
    EXPECT_TRUE(result.ambiguous);
    EXPECT_TRUE(result.transient);
    ASSERT_EQ(created.size(), 1); // the twin did create it

    // The engine "crashed" between submit and record; on restart it reconciles.
    faults.latencyMs = 0;
    m_twin->setFaults(faults);
    const auto [ok, found] = find(d);
    EXPECT_TRUE(ok);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->sid, created.first());
    EXPECT_EQ(found->status, QStringLiteral("queued"));

    // A delivery that was never sent is not found: same recipient, other body…
    const auto [ok2, other] = find(
        delivery(Channel::Sms, QString::fromLatin1(UsHandset), QStringLiteral("never sent")));
    EXPECT_TRUE(ok2);
    EXPECT_FALSE(other.has_value());
    // …or the same body from another sender…
    Delivery otherSender = d;
    otherSender.sender.address = QString::fromLatin1(GbNumber);
    EXPECT_FALSE(find(otherSender).second.has_value());
    // …or the same page attempted ten minutes after that message was created.
    Delivery later = d;
    later.submitAttemptAt = d.submitAttemptAt.addSecs(600);
    const auto [ok3, stale] = find(later);
    EXPECT_TRUE(ok3);
    EXPECT_FALSE(stale.has_value());
}

TEST_F(TwilioGatewayTest, CallIsPlacedWithTheScriptUrlAndFollowed)
{
    const QString script = QStringLiteral("vs-42-a1B2");
    const Delivery d = delivery(Channel::Voice, QString::fromLatin1(UsHandset), script);
    const SubmitResult result = submit(d);
    ASSERT_TRUE(result.accepted.has_value()) << result.errorMessage.toStdString();
    EXPECT_EQ(result.httpStatus, 201);
    const StatusReport &call = *result.accepted;
    EXPECT_TRUE(call.sid.startsWith(QLatin1String("CA")));
    EXPECT_EQ(call.status, QStringLiteral("queued"));
    EXPECT_EQ(call.from, QString::fromLatin1(UsNumber));
    EXPECT_TRUE(call.createdAt.isValid());

    advance(20000, 500); // dialled, ringing, answered after 8 s, machine detection, TwiML
    const auto fetched = fetch(Channel::Voice, call.sid);
    ASSERT_TRUE(fetched.has_value());
    EXPECT_EQ(fetched->sid, call.sid);
    EXPECT_NE(fetched->status, QStringLiteral("queued"));
    EXPECT_EQ(fetched->answeredBy, QStringLiteral("human")); // MachineDetection=Enable

    // Twilio fetched the answer URL with ?script=<id>, signed over exactly that URL.
    const QString answerUrl = m_hooks.url(QStringLiteral("/voice-answer")).toString()
                              + QStringLiteral("?script=") + script;
    bool answered = false;
    QStringList statuses;
    for (const auto &hook : m_hooks.received()) {
        if (hook.path == QLatin1String("/voice-answer")) {
            answered = true;
            EXPECT_TRUE(Twilio::RequestSignature::validate(m_twin->config().authToken, answerUrl,
                                                           hook.params, hook.signature));
        } else if (hook.path == QLatin1String("/call-status")) {
            statuses.append(hook.params.value(QStringLiteral("CallStatus")));
        }
    }
    EXPECT_TRUE(answered);
    // Subscribed events (completed is always sent, the others only when asked for).
    EXPECT_TRUE(statuses.contains(QStringLiteral("initiated")))
        << statuses.join(u',').toStdString();
    EXPECT_TRUE(statuses.contains(QStringLiteral("ringing")));
    EXPECT_TRUE(statuses.contains(QStringLiteral("in-progress")));

    const auto [ok, found] = find(d);
    EXPECT_TRUE(ok);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->sid, call.sid);
    Delivery otherSender = d;
    otherSender.sender.address = QString::fromLatin1(GbNumber);
    const auto [ok2, none] = find(otherSender);
    EXPECT_TRUE(ok2);
    EXPECT_FALSE(none.has_value());

    EXPECT_FALSE(fetch(Channel::Voice, QStringLiteral("CA00000000000000000000000000000000")));
}

TEST_F(TwilioGatewayTest, CallWithATimeoutAndNoMachineDetection)
{
    TwilioGatewayOptions options = gatewayOptions();
    options.machineDetection = false;
    options.callTimeoutSeconds = 5;
    TwilioGateway gateway(m_rest.get(), options);
    // Nobody scripted answers after 8 s: with Timeout=5 the call ends no-answer.
    const SubmitResult result = submit(
        delivery(Channel::Voice, QString::fromLatin1(UsHandset), QStringLiteral("vs-1")), &gateway);
    ASSERT_TRUE(result.accepted.has_value()) << result.errorMessage.toStdString();
    advance(15000, 500);
    const auto fetched = fetch(Channel::Voice, result.accepted->sid);
    ASSERT_TRUE(fetched.has_value());
    EXPECT_EQ(fetched->status, QStringLiteral("no-answer"));
    EXPECT_TRUE(fetched->answeredBy.isEmpty());
}

TEST_F(TwilioGatewayTest, CallThatCannotBePlacedIsRefusedLocally)
{
    const int before = m_rest->requestsSent();
    const SubmitResult badSender
        = submit(delivery(Channel::Voice, QString::fromLatin1(UsHandset), QStringLiteral("vs-1"),
                          {SenderKind::Alphanumeric, QStringLiteral("VORTEX")}));
    EXPECT_FALSE(badSender.accepted.has_value());
    EXPECT_FALSE(badSender.transient);
    EXPECT_FALSE(badSender.ambiguous);
    EXPECT_FALSE(badSender.errorMessage.isEmpty());
    const SubmitResult badScript = submit(
        delivery(Channel::Voice, QString::fromLatin1(UsHandset), QStringLiteral("no spaces")));
    EXPECT_FALSE(badScript.accepted.has_value());
    EXPECT_FALSE(badScript.transient);
    EXPECT_EQ(m_rest->requestsSent(), before);
}

TEST_F(TwilioGatewayTest, VoiceScriptWithoutAReachableRelayFails)
{
    VoiceScript script;
    script.id = QStringLiteral("vs-42-a1B2");
    script.prompt = QStringLiteral("Severity one. Press 1 to acknowledge.");
    const auto publish = [](TwilioGateway &gateway, const VoiceScript &s) {
        std::optional<QString> error;
        gateway.publishVoiceScript(s, [&error](QString e) { error = e; });
        EXPECT_FALSE(error.has_value()) << "the callback ran inside publishVoiceScript()";
        EXPECT_TRUE(waitUntil([&] { return error.has_value(); }));
        return error.value_or(QString());
    };

    // No relay configured.
    EXPECT_FALSE(publish(*m_gateway, script).isEmpty());

    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    TwilioGatewayOptions options = gatewayOptions();
    options.relayBase = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    options.relayToken = QByteArrayLiteral("token");
    probe.close();
    TwilioGateway gateway(m_rest.get(), options);
    const QString unreachable = publish(gateway, script);
    EXPECT_FALSE(unreachable.isEmpty());

    VoiceScript badId = script;
    badId.id = QStringLiteral("../../etc");
    EXPECT_FALSE(publish(gateway, badId).isEmpty());
}

class TwilioGatewayRelayTest : public TwilioGatewayTest
{
protected:
    static constexpr const char *Token = "relay-console-token";

    void SetUp() override
    {
        TwilioGatewayTest::SetUp();
        ASSERT_TRUE(m_dir.isValid());
        Relay::RelayConfig config;
        config.publicUrl = QUrl(QStringLiteral("http://127.0.0.1"));
        config.twilioAuthToken = m_twin->config().authToken;
        config.dataDirectory = m_dir.filePath(QStringLiteral("relay"));
        config.consoleTokens = {QByteArray(Token)};
        m_relay = std::make_unique<Relay::RelayServer>(config);
        ASSERT_TRUE(m_relay->start()) << m_relay->errorString().toStdString();
        m_relayBase = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_relay->port()));
        m_relay->setPublicUrl(m_relayBase);
        TwilioGatewayOptions options = gatewayOptions();
        options.relayBase = m_relayBase;
        options.relayToken = QByteArray(Token);
        options.voiceAnswerUrl = m_relayBase.resolved(QUrl(QStringLiteral("/twilio/voice/answer")));
        options.callStatusCallback
            = m_relayBase.resolved(QUrl(QStringLiteral("/twilio/calls/status")));
        m_gateway = std::make_unique<TwilioGateway>(m_rest.get(), options);
    }
    void TearDown() override
    {
        TwilioGatewayTest::TearDown();
        m_relay.reset();
    }

    QString publish(const VoiceScript &script, TwilioGateway *gateway = nullptr)
    {
        std::optional<QString> error;
        (gateway ? gateway : m_gateway.get())->publishVoiceScript(script, [&error](QString e) {
            error = e;
        });
        EXPECT_FALSE(error.has_value()) << "the callback ran inside publishVoiceScript()";
        EXPECT_TRUE(waitUntil([&] { return error.has_value(); }));
        return error.value_or(QStringLiteral("no answer"));
    }
    /// GET /v1/voice/scripts/{id} with the console token: status and body.
    std::pair<int, QByteArray> stored(const QString &id)
    {
        QNetworkRequest request(
            m_relayBase.resolved(QUrl(QStringLiteral("/v1/voice/scripts/") + id)));
        request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + Token);
        QNetworkReply *reply = m_network.get(request);
        EXPECT_TRUE(waitUntil([reply] { return reply->isFinished(); }));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return {status, body};
    }
    static VoiceScript pageScript()
    {
        VoiceScript script;
        script.id = QStringLiteral("vs-42-k9Z");
        script.prompt = QStringLiteral("Severity one. Checkout is down. Press 1 to acknowledge.");
        script.confirmations.insert(QStringLiteral("1"), QStringLiteral("Acknowledged."));
        script.invalidKey = QStringLiteral("That key does nothing.");
        script.noInput = QStringLiteral("No key pressed. Goodbye.");
        return script;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Relay::RelayServer> m_relay;
    QUrl m_relayBase;
    QNetworkAccessManager m_network;
};

TEST_F(TwilioGatewayRelayTest, PublishedScriptIsStoredAndSpokenOnTheCall)
{
    const VoiceScript script = pageScript();
    EXPECT_EQ(publish(script), QString());
    const auto [status, body] = stored(script.id);
    ASSERT_EQ(status, 200) << body.toStdString();
    const auto back = VoiceScript::fromJson(QJsonDocument::fromJson(body).object());
    ASSERT_TRUE(back) << back.error().toStdString();
    EXPECT_EQ(back->prompt, script.prompt);
    EXPECT_EQ(back->confirmations, script.confirmations);

    // The call the gateway places fetches that script from the relay's answer URL.
    const SubmitResult call
        = submit(delivery(Channel::Voice, QString::fromLatin1(UsHandset), script.id));
    ASSERT_TRUE(call.accepted.has_value()) << call.errorMessage.toStdString();
    advance(20000, 500);
    const QJsonObject twinCall
        = m_client->get(QStringLiteral("/_twin/calls/") + call.accepted->sid).json;
    const QJsonArray spoken = twinCall.value(QLatin1String("spoken")).toArray();
    EXPECT_TRUE(spoken.contains(QJsonValue(script.prompt)))
        << QJsonDocument(twinCall).toJson().toStdString();
}

TEST_F(TwilioGatewayRelayTest, RelayRefusalsComeBackAsErrors)
{
    TwilioGatewayOptions options = m_gateway->options();
    options.relayToken = QByteArrayLiteral("not-the-token");
    TwilioGateway wrongToken(m_rest.get(), options);
    EXPECT_EQ(publish(pageScript(), &wrongToken), QStringLiteral("unauthorized"));

    VoiceScript empty = pageScript();
    empty.prompt.clear();
    const QString refused = publish(empty);
    EXPECT_FALSE(refused.isEmpty());
    EXPECT_FALSE(refused.contains(QLatin1String("HTTP"))) << refused.toStdString();
    EXPECT_EQ(stored(empty.id).first, 404);
}

TEST(TwilioGatewayCodecTest, AnswerUrlKeepsItsQuery)
{
    const QUrl url = TwilioGatewayCodec::voiceUrl(
        QUrl(QStringLiteral("https://relay.example.com/p/twilio/voice/answer?team=ops")),
        QStringLiteral("vs-1"));
    EXPECT_EQ(
        url.toString(),
        QStringLiteral("https://relay.example.com/p/twilio/voice/answer?team=ops&script=vs-1"));
    EXPECT_EQ(TwilioGatewayCodec::voiceScriptUrl(
                  QUrl(QStringLiteral("https://relay.example.com/p/")), QStringLiteral("vs-1"))
                  .toString(),
              QStringLiteral("https://relay.example.com/p/v1/voice/scripts/vs-1"));
    EXPECT_FALSE(TwilioGatewayCodec::voiceScriptUrl(QUrl(QStringLiteral("https://r.example")),
                                                    QStringLiteral("../x"))
                     .isValid());
}

TEST(TwilioGatewayCodecTest, FailuresAreClassified)
{
    using Twilio::TwilioError;
    const QString host = QStringLiteral("api.twilio.com");
    const SubmitResult timeout = TwilioGatewayCodec::submitFailure(TwilioError::timeout(), host);
    EXPECT_TRUE(timeout.ambiguous);
    EXPECT_TRUE(timeout.transient);
    const SubmitResult reset = TwilioGatewayCodec::submitFailure(
        TwilioError::network(QStringLiteral("Connection closed")), host);
    EXPECT_TRUE(reset.ambiguous);
    EXPECT_TRUE(reset.transient);
    const SubmitResult unavailable = TwilioGatewayCodec::submitFailure(
        TwilioError::fromHttpReply(503, R"({"code":20503,"message":"x","status":503})"), host);
    EXPECT_TRUE(unavailable.transient);
    EXPECT_FALSE(unavailable.ambiguous);
    EXPECT_EQ(unavailable.errorCode, 20503);
    const SubmitResult badGateway
        = TwilioGatewayCodec::submitFailure(TwilioError::fromHttpReply(502, "<html/>"), host);
    EXPECT_TRUE(badGateway.transient);
    EXPECT_TRUE(badGateway.ambiguous);
    EXPECT_FALSE(badGateway.errorCode.has_value());
    const SubmitResult unauthorized = TwilioGatewayCodec::submitFailure(
        TwilioError::fromHttpReply(401, R"({"code":20003,"message":"Authenticate","status":401})"),
        host);
    EXPECT_FALSE(unauthorized.transient);
    EXPECT_FALSE(unauthorized.ambiguous);
    EXPECT_EQ(unauthorized.errorCode, 20003);
}

TEST(TwilioGatewayCodecTest, RelayErrorsNameTheProblem)
{
    EXPECT_EQ(TwilioGatewayCodec::relayError(400, R"({"error":"prompt is empty"})"),
              QStringLiteral("prompt is empty"));
    EXPECT_TRUE(TwilioGatewayCodec::relayError(502, "<html/>").contains(QLatin1String("502")));
}

} // namespace
