// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The Twilio client against the twin over real HTTP on 127.0.0.1.
#include "core/twilio/twilioclient.h"
#include "core/twin/twinresponsetap.h" // tests/core/twin: the conformance tap
#include "core/twin/twinserver.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QSet>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

using namespace Vortex::Core::Twilio;
using Vortex::Core::Twin::FaultProfile;
using Vortex::Core::Twin::TwinConfig;
using Vortex::Core::Twin::TwinServer;
using Vortex::Test::waitUntil;

namespace {

const QString kTo = QStringLiteral("+14155550100");

class TwilioClientTwin : public ::testing::Test
{
protected:
    void SetUp() override
    {
        twin = std::make_unique<TwinServer>(TwinConfig::defaults());
        ASSERT_TRUE(twin->listen(QHostAddress::LocalHost, 0));
        tap.attach(twin.get());
        twin->setClockSpeed(50);
        from = twin->config().numbers.first().number;
        client = makeClient(twin->config().authToken);
    }

    std::unique_ptr<TwilioClient> makeClient(const QByteArray &token)
    {
        auto c = std::make_unique<TwilioClient>(Credentials(twin->config().accountSid, token),
                                                Endpoints::forAll(twin->baseUrl()));
        RetryPolicy fast;
        fast.setBaseDelayMs(10);
        fast.setMaxDelayMs(50);
        c->setRetryPolicy(fast);
        return c;
    }

    CreateMessageRequest request(const QString &to, const QString &body) const
    {
        CreateMessageRequest r;
        r.to = to;
        r.from = from;
        r.body = body;
        return r;
    }

    template<typename Job, typename R>
    std::optional<R> run(Job *job, int *attempts = nullptr, int timeoutMs = 10000)
    {
        auto out = std::make_shared<std::optional<R>>();
        QObject::connect(job, &Job::finished, client.get(), [out, job, attempts](const R &r) {
            out->emplace(r);
            if (attempts)
                *attempts = job->attempts();
        });
        job->start();
        waitUntil([&] { return out->has_value(); }, timeoutMs);
        return *out;
    }

    // Every answer of the twin must conform to Twilio's specs (TwinResponseTap).
    void TearDown() override
    {
        const QStringList problems = tap.problems();
        EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
    }

    std::unique_ptr<TwinServer> twin;
    Vortex::Test::TwinResponseTap tap;
    std::unique_ptr<TwilioClient> client;
    QString from;
};

} // namespace

TEST_F(TwilioClientTwin, CreatesAndFetchesAMessage)
{
    int attempts = 0;
    const auto created = run<MessageJob, MessageResult>(
        client->createMessage(request(kTo, QStringLiteral("Sev1: checkout down"))), &attempts);
    ASSERT_TRUE(created.has_value());
    ASSERT_TRUE(created->ok()) << created->error().logTag().toStdString() << " "
                               << created->error().message.toStdString();
    const Message &m = created->value();
    EXPECT_TRUE(m.sid.startsWith(QLatin1String("SM")));
    EXPECT_EQ(m.sid.size(), 34);
    EXPECT_EQ(m.accountSid, twin->config().accountSid);
    EXPECT_EQ(m.to, kTo);
    EXPECT_EQ(m.from, from);
    EXPECT_EQ(m.body, QStringLiteral("Sev1: checkout down"));
    EXPECT_EQ(m.status, QStringLiteral("queued"));
    EXPECT_EQ(m.numSegments, 1);
    EXPECT_TRUE(m.dateCreated.isValid());
    EXPECT_EQ(attempts, 1);
    EXPECT_EQ(twin->messageCount(), 1);

    const auto fetched = run<MessageJob, MessageResult>(client->fetchMessage(m.sid));
    ASSERT_TRUE(fetched.has_value());
    ASSERT_TRUE(fetched->ok()) << fetched->error().logTag().toStdString();
    EXPECT_EQ(fetched->value().sid, m.sid);
    EXPECT_EQ(fetched->value().to, kTo);
    EXPECT_EQ(client->requestsSent(), 2);
}

TEST_F(TwilioClientTwin, ListsAcrossPages)
{
    QSet<QString> sids;
    for (int i = 0; i < 5; ++i) {
        const auto r = run<MessageJob, MessageResult>(
            client->createMessage(request(kTo, QStringLiteral("page test %1").arg(i))));
        ASSERT_TRUE(r.has_value() && r->ok());
        sids.insert(r->value().sid);
    }
    // A message to someone else must be filtered out.
    const auto other = run<MessageJob, MessageResult>(
        client->createMessage(request(QStringLiteral("+14155550111"), QStringLiteral("x"))));
    ASSERT_TRUE(other.has_value() && other->ok());

    MessageFilter filter;
    filter.to = kTo;
    filter.pageSize = 2;

    const auto first = run<MessagePageJob, MessagePageResult>(client->listMessagesPage(filter));
    ASSERT_TRUE(first.has_value());
    ASSERT_TRUE(first->ok()) << first->error().logTag().toStdString();
    EXPECT_EQ(first->value().messages.size(), 2);
    EXPECT_EQ(first->value().pageSize, 2);
    ASSERT_TRUE(first->value().hasNext());
    EXPECT_TRUE(first->value().nextPageUri.startsWith(QLatin1Char('/')));
    const auto second = run<MessagePageJob, MessagePageResult>(
        client->fetchMessagePage(first->value().nextPageUri));
    ASSERT_TRUE(second.has_value() && second->ok());
    EXPECT_EQ(second->value().page, 1);
    EXPECT_EQ(second->value().messages.size(), 2);

    auto *all = client->listMessages(filter, 100);
    int pages = 0;
    QObject::connect(all, &MessageListJob::pageReceived, client.get(), [&] { ++pages; });
    const auto listed = run<MessageListJob, MessageListResult>(all);
    ASSERT_TRUE(listed.has_value());
    ASSERT_TRUE(listed->ok()) << listed->error().logTag().toStdString();
    QSet<QString> seen;
    for (const Message &m : listed->value()) {
        EXPECT_EQ(m.to, kTo);
        seen.insert(m.sid);
    }
    EXPECT_EQ(seen, sids);
    EXPECT_EQ(pages, 3) << "2 + 2 + 1";

    const auto limited = run<MessageListJob, MessageListResult>(client->listMessages(filter, 3));
    ASSERT_TRUE(limited.has_value() && limited->ok());
    EXPECT_EQ(limited->value().size(), 3);
}

TEST_F(TwilioClientTwin, Retries429ThenSucceedsWithoutDuplicates)
{
    FaultProfile faults;
    faults.next429 = 1;
    faults.retryAfterSeconds = 1;
    twin->setFaults(faults);
    int attempts = 0;
    QElapsedTimer timer;
    timer.start();
    const auto r = run<MessageJob, MessageResult>(
        client->createMessage(request(kTo, QStringLiteral("after 429"))), &attempts);
    ASSERT_TRUE(r.has_value());
    ASSERT_TRUE(r->ok()) << r->error().logTag().toStdString();
    EXPECT_EQ(attempts, 2);
    EXPECT_GE(timer.elapsed(), 950) << "Retry-After: 1 honoured";
    EXPECT_EQ(twin->messageCount(), 1) << "a 429 was not processed, so no duplicate";
}

TEST_F(TwilioClientTwin, Retries500sOfAFetchThenSucceeds)
{
    const auto created = run<MessageJob, MessageResult>(
        client->createMessage(request(kTo, QStringLiteral("fetch after 500s"))));
    ASSERT_TRUE(created.has_value() && created->ok());
    FaultProfile faults;
    faults.next500 = 2;
    twin->setFaults(faults);
    int attempts = 0;
    const auto r
        = run<MessageJob, MessageResult>(client->fetchMessage(created->value().sid), &attempts);
    ASSERT_TRUE(r.has_value() && r->ok());
    EXPECT_EQ(attempts, 3);
}

TEST_F(TwilioClientTwin, ACreateIsNotRepeatedAfterA500)
{
    // Twilio may have created the message before failing: a retry could page twice.
    FaultProfile faults;
    faults.next500 = 1;
    twin->setFaults(faults);
    int attempts = 0;
    const auto r = run<MessageJob, MessageResult>(
        client->createMessage(request(kTo, QStringLiteral("once only"))), &attempts);
    ASSERT_TRUE(r.has_value());
    ASSERT_FALSE(r->ok());
    EXPECT_EQ(r->error().httpStatus, 500);
    EXPECT_EQ(attempts, 1);
}

TEST_F(TwilioClientTwin, GivesUpOnPersistent500)
{
    FaultProfile faults;
    faults.next500 = 10;
    twin->setFaults(faults);
    int attempts = 0;
    const auto r
        = run<MessageJob, MessageResult>(client->fetchMessage(QStringLiteral("SMx")), &attempts);
    ASSERT_TRUE(r.has_value());
    ASSERT_FALSE(r->ok());
    EXPECT_EQ(r->error().httpStatus, 500);
    EXPECT_EQ(r->error().code, 20500);
    EXPECT_EQ(attempts, client->retryPolicy().maxAttempts());
}

TEST_F(TwilioClientTwin, InvalidToIsNotRetried)
{
    int attempts = 0;
    const auto r = run<MessageJob, MessageResult>(
        client->createMessage(request(QStringLiteral("+1555"), QStringLiteral("x"))), &attempts);
    ASSERT_TRUE(r.has_value());
    ASSERT_FALSE(r->ok());
    EXPECT_EQ(r->error().kind, TwilioError::Kind::Api);
    EXPECT_EQ(r->error().httpStatus, 400);
    EXPECT_EQ(r->error().code, 21211);
    EXPECT_FALSE(r->error().moreInfo.isEmpty());
    EXPECT_FALSE(r->error().isTransient());
    EXPECT_EQ(attempts, 1);
    EXPECT_EQ(client->requestsSent(), 1) << "exactly one request";
    EXPECT_EQ(twin->messageCount(), 0);
}

TEST_F(TwilioClientTwin, WrongTokenIs401AndNotRetried)
{
    auto wrong = makeClient("not-the-token");
    auto *job = wrong->createMessage(request(kTo, QStringLiteral("x")));
    std::optional<MessageResult> out;
    int attempts = 0;
    QObject::connect(job, &MessageJob::finished, wrong.get(), [&](const MessageResult &r) {
        out = r;
        attempts = job->attempts();
    });
    job->start();
    ASSERT_TRUE(waitUntil([&] { return out.has_value(); }));
    ASSERT_FALSE(out->ok());
    EXPECT_EQ(out->error().httpStatus, 401);
    EXPECT_EQ(out->error().code, 20003);
    EXPECT_EQ(attempts, 1);
    EXPECT_EQ(wrong->requestsSent(), 1);
    EXPECT_EQ(twin->messageCount(), 0);
}

TEST_F(TwilioClientTwin, UnknownMessageIs404)
{
    int attempts = 0;
    const auto r = run<MessageJob, MessageResult>(
        client->fetchMessage(QStringLiteral("SM00000000000000000000000000000000")), &attempts);
    ASSERT_TRUE(r.has_value());
    ASSERT_FALSE(r->ok());
    EXPECT_EQ(r->error().httpStatus, 404);
    EXPECT_EQ(r->error().code, 20404);
    EXPECT_EQ(attempts, 1);
}

TEST_F(TwilioClientTwin, RespectsTheInFlightCap)
{
    FaultProfile faults;
    faults.latencyMs = 150;
    twin->setFaults(faults);
    client->setMaxInFlight(2);
    int done = 0;
    int failed = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 6; ++i) {
        auto *job = client->createMessage(request(kTo, QStringLiteral("burst %1").arg(i)));
        QObject::connect(job, &MessageJob::finished, client.get(), [&](const MessageResult &r) {
            ++done;
            failed += r.ok() ? 0 : 1;
        });
        job->start();
    }
    EXPECT_EQ(client->inFlight(), 2);
    EXPECT_EQ(client->queued(), 4);
    ASSERT_TRUE(waitUntil([&] { return done == 6; }, 10000));
    EXPECT_EQ(failed, 0);
    EXPECT_EQ(client->peakInFlight(), 2);
    EXPECT_GE(timer.elapsed(), 3 * 150 - 20) << "six requests, two at a time";
    EXPECT_EQ(twin->messageCount(), 6);
}
