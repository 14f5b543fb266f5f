// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Transport unit tests against an in-process fault-injecting server: retries, timeouts, aborts,
// the in-flight cap, headers and paging mechanics. The end-to-end behaviour against the twin
// lives in test_twilioclient_twin.cpp.
#include "core/twilio/twilioclient.h"
#include "faultserver.h"
#include "support/testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <optional>

using namespace Vortex::Core::Twilio;
using Vortex::Test::FaultServer;
using Vortex::Test::waitUntil;

namespace {

const QString kAccount = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QByteArray kToken = "s3cr3t-token";

QByteArray messageJson(const QString &sid, const QString &status = QStringLiteral("queued"))
{
    return QStringLiteral(R"({"sid": "%1", "account_sid": "%2", "to": "+14155550100",
        "from": "+14155550199", "body": "hi", "status": "%3", "num_segments": "1",
        "num_media": "0", "price": null, "error_code": null,
        "date_created": "Thu, 24 Aug 2023 05:01:45 +0000", "date_sent": null})")
        .arg(sid, kAccount, status)
        .toUtf8();
}

QString sid(int n)
{
    return QStringLiteral("SM%1").arg(n, 32, 10, QLatin1Char('0'));
}

const QByteArray k429 = R"({"code": 20429, "message": "Too Many Requests", "status": 429})";
const QByteArray k503 = R"({"code": 20503, "message": "Service unavailable", "status": 503})";

class TwilioClientFaults : public ::testing::Test
{
protected:
    void SetUp() override
    {
        base = server.start();
        ASSERT_TRUE(base.isValid());
        client = std::make_unique<TwilioClient>(Credentials(kAccount, kToken),
                                                Endpoints::forAll(base));
        RetryPolicy fast;
        fast.setBaseDelayMs(10);
        fast.setMaxDelayMs(40);
        client->setRetryPolicy(fast);
    }

    template<typename Job, typename R>
    std::optional<R> run(Job *job, int timeoutMs = 8000)
    {
        auto out = std::make_shared<std::optional<R>>();
        auto count = std::make_shared<int>(0);
        QObject::connect(job, &Job::finished, client.get(), [out, count](const R &r) {
            out->emplace(r);
            ++*count;
        });
        job->start();
        waitUntil([&] { return out->has_value(); }, timeoutMs);
        EXPECT_LE(*count, 1);
        return *out;
    }

    FaultServer server;
    QUrl base;
    std::unique_ptr<TwilioClient> client;
};

} // namespace

TEST_F(TwilioClientFaults, SendsAuthAcceptUserAgentAndFormBody)
{
    server.script(FaultServer::reply(201, messageJson(sid(1))));
    CreateMessageRequest request;
    request.to = QStringLiteral("+14155550100");
    request.from = QStringLiteral("+14155550199");
    request.body = QStringLiteral("Sev1 & 50% errors");
    const auto r = run<MessageJob, MessageResult>(client->createMessage(request));
    ASSERT_TRUE(r.has_value());
    ASSERT_TRUE(r->ok()) << r->error().message.toStdString();
    EXPECT_EQ(r->value().sid, sid(1));
    ASSERT_EQ(server.seen().size(), 1);
    const auto &seen = server.seen().first();
    EXPECT_EQ(seen.method, "POST");
    EXPECT_EQ(seen.url.path(),
              QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(kAccount));
    EXPECT_EQ(seen.header("Authorization"),
              "Basic " + QByteArray(kAccount.toUtf8() + ':' + kToken).toBase64());
    EXPECT_EQ(seen.header("Accept"), "application/json");
    EXPECT_EQ(seen.header("User-Agent"), "vortex-alert-console/" VORTEX_VERSION);
    EXPECT_EQ(seen.header("Content-Type"), "application/x-www-form-urlencoded");
    FormParams form;
    ASSERT_TRUE(FormParams::decode(seen.body, &form));
    EXPECT_EQ(form.value(QStringLiteral("Body")), QStringLiteral("Sev1 & 50% errors"));
    EXPECT_EQ(form.value(QStringLiteral("To")), QStringLiteral("+14155550100"));
}

TEST_F(TwilioClientFaults, ApiKeyAuthKeepsTheAccountInThePath)
{
    const Credentials key(kAccount, QStringLiteral("SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
                          "keysecret");
    EXPECT_TRUE(key.isApiKey());
    EXPECT_FALSE(Credentials(kAccount, kToken).isApiKey());
    TwilioClient keyed(key, Endpoints::forAll(base));
    server.script(FaultServer::reply(200, messageJson(sid(2))));
    auto *job = keyed.fetchMessage(sid(2));
    std::optional<MessageResult> out;
    QObject::connect(job, &MessageJob::finished, &keyed, [&](const MessageResult &r) { out = r; });
    job->start();
    ASSERT_TRUE(waitUntil([&] { return out.has_value(); }));
    ASSERT_TRUE(out->ok());
    const auto &seen = server.seen().first();
    EXPECT_EQ(seen.url.path(),
              QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json").arg(kAccount, sid(2)));
    EXPECT_EQ(seen.header("Authorization"),
              "Basic " + QByteArray("SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:keysecret").toBase64());
}

TEST_F(TwilioClientFaults, RetriesTransientFailuresThenSucceeds)
{
    server.script(FaultServer::reply(503, k503));
    server.script(FaultServer::reply(429, k429, {{"Retry-After", "0"}}));
    server.script(FaultServer::reply(200, messageJson(sid(3))));
    auto *job = client->fetchMessage(sid(3));
    int job_attempts = 0;
    QObject::connect(job, &MessageJob::finished, client.get(),
                     [&] { job_attempts = job->attempts(); });
    const auto r = run<MessageJob, MessageResult>(job);
    ASSERT_TRUE(r.has_value());
    ASSERT_TRUE(r->ok()) << r->error().logTag().toStdString();
    EXPECT_EQ(server.seen().size(), 3);
    EXPECT_EQ(client->requestsSent(), 3);
    EXPECT_EQ(job_attempts, 3);
}

TEST_F(TwilioClientFaults, NeverRetriesOther4xx)
{
    server.script(FaultServer::reply(
        400,
        R"({"code": 21211, "message": "Invalid 'To' Phone Number", "more_info": "https://www.twilio.com/docs/errors/21211", "status": 400})"));
    server.setFallback(FaultServer::reply(201, messageJson(sid(4))));
    CreateMessageRequest request;
    request.to = QStringLiteral("+1555");
    request.from = QStringLiteral("+14155550199");
    request.body = QStringLiteral("x");
    const auto r = run<MessageJob, MessageResult>(client->createMessage(request));
    ASSERT_TRUE(r.has_value());
    ASSERT_FALSE(r->ok());
    EXPECT_EQ(r->error().kind, TwilioError::Kind::Api);
    EXPECT_EQ(r->error().code, 21211);
    EXPECT_EQ(r->error().httpStatus, 400);
    EXPECT_EQ(server.seen().size(), 1);
}

TEST_F(TwilioClientFaults, GivesUpAfterMaxAttempts)
{
    RetryPolicy p = client->retryPolicy();
    p.setMaxAttempts(3);
    client->setRetryPolicy(p);
    server.setFallback(FaultServer::reply(500, "<html>oops</html>"));
    const auto r = run<MessageJob, MessageResult>(client->fetchMessage(sid(5)));
    ASSERT_TRUE(r.has_value());
    ASSERT_FALSE(r->ok());
    EXPECT_EQ(r->error().kind, TwilioError::Kind::Http);
    EXPECT_EQ(r->error().httpStatus, 500);
    EXPECT_EQ(server.seen().size(), 3);
}

TEST_F(TwilioClientFaults, HonoursRetryAfter)
{
    server.script(FaultServer::reply(429, k429, {{"Retry-After", "1"}}));
    server.script(FaultServer::reply(200, messageJson(sid(6))));
    QElapsedTimer timer;
    timer.start();
    const auto r = run<MessageJob, MessageResult>(client->fetchMessage(sid(6)));
    ASSERT_TRUE(r.has_value() && r->ok());
    EXPECT_GE(timer.elapsed(), 950) << "jitter alone would be <= 40 ms";
    EXPECT_EQ(server.seen().size(), 2);
}

TEST_F(TwilioClientFaults, TransferTimeoutIsATransientTimeout)
{
    RetryPolicy p = client->retryPolicy();
    p.setMaxAttempts(2);
    client->setRetryPolicy(p);
    client->setTransferTimeoutMs(200);
    server.script(FaultServer::stall());
    server.script(FaultServer::stall());
    const auto r = run<MessageJob, MessageResult>(client->fetchMessage(sid(7)));
    ASSERT_TRUE(r.has_value());
    ASSERT_FALSE(r->ok());
    EXPECT_EQ(r->error().kind, TwilioError::Kind::Timeout);
    EXPECT_EQ(server.seen().size(), 2) << "the timeout was retried once";
}

TEST_F(TwilioClientFaults, ACreateThatTimedOutIsNotRepeated)
{
    client->setTransferTimeoutMs(200);
    server.script(FaultServer::stall());
    server.setFallback(FaultServer::reply(201, messageJson(sid(8))));
    CreateMessageRequest request;
    request.to = QStringLiteral("+12015550124");
    request.from = QStringLiteral("+12015550123");
    request.body = QStringLiteral("page");
    const auto r = run<MessageJob, MessageResult>(client->createMessage(request));
    ASSERT_TRUE(r.has_value());
    ASSERT_FALSE(r->ok());
    EXPECT_EQ(r->error().kind, TwilioError::Kind::Timeout);
    EXPECT_EQ(server.seen().size(), 1) << "Twilio may have sent the first one";
}

TEST_F(TwilioClientFaults, AbortReportsAbortedOnceWhereverTheJobIs)
{
    // On the wire.
    server.script(FaultServer::hold(200, messageJson(sid(8))));
    auto *running = client->fetchMessage(sid(8));
    int runningCount = 0;
    std::optional<MessageResult> runningResult;
    QObject::connect(running, &MessageJob::finished, client.get(), [&](const MessageResult &r) {
        runningResult = r;
        ++runningCount;
    });
    running->start();
    ASSERT_TRUE(waitUntil([&] { return server.held() == 1; }));
    running->abort();
    ASSERT_TRUE(waitUntil([&] { return runningResult.has_value(); }));
    EXPECT_EQ(runningResult->error().kind, TwilioError::Kind::Aborted);
    const QPointer<MessageJob> guard(running);
    EXPECT_TRUE(waitUntil([&] {
        // processEvents() alone never runs deferred deletes.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return guard.isNull();
    })) << "jobs delete themselves";

    // Waiting for a retry.
    server.script(FaultServer::reply(503, k503, {{"Retry-After", "5"}}));
    auto *waiting = client->fetchMessage(sid(9));
    std::optional<MessageResult> waitingResult;
    QObject::connect(waiting, &MessageJob::finished, client.get(),
                     [&](const MessageResult &r) { waitingResult = r; });
    waiting->start();
    ASSERT_TRUE(waitUntil([&] { return server.seen().size() == 2; }));
    waitUntil([] { return false; }, 100);
    waiting->abort();
    ASSERT_TRUE(waitingResult.has_value());
    EXPECT_EQ(waitingResult->error().kind, TwilioError::Kind::Aborted);
    waitUntil([] { return false; }, 200);
    EXPECT_EQ(server.seen().size(), 2) << "no retry after abort";
    EXPECT_EQ(runningCount, 1);

    // Still queued behind the cap.
    client->setMaxInFlight(1);
    server.script(FaultServer::hold(200, messageJson(sid(40))));
    auto *first = client->fetchMessage(sid(40));
    auto *queued = client->fetchMessage(sid(41));
    std::optional<MessageResult> firstResult;
    std::optional<MessageResult> queuedResult;
    QObject::connect(first, &MessageJob::finished, client.get(),
                     [&](const MessageResult &r) { firstResult = r; });
    QObject::connect(queued, &MessageJob::finished, client.get(),
                     [&](const MessageResult &r) { queuedResult = r; });
    first->start();
    queued->start();
    EXPECT_EQ(client->queued(), 1);
    queued->abort();
    ASSERT_TRUE(queuedResult.has_value());
    EXPECT_EQ(queuedResult->error().kind, TwilioError::Kind::Aborted);
    EXPECT_EQ(client->queued(), 0);
    ASSERT_TRUE(waitUntil([&] { return server.held() == 2; }));
    server.releaseOne(); // the aborted sid(8) request: its client hung up
    server.releaseOne();
    ASSERT_TRUE(waitUntil([&] { return firstResult.has_value(); }));
    EXPECT_TRUE(firstResult->ok());
    EXPECT_EQ(server.seen().size(), 3) << "the queued job never reached the wire";
}

TEST_F(TwilioClientFaults, InFlightCapQueuesFifo)
{
    client->setMaxInFlight(2);
    for (int i = 0; i < 5; ++i)
        server.script(FaultServer::hold(200, messageJson(sid(10 + i))));
    QList<QString> order;
    for (int i = 0; i < 5; ++i) {
        auto *job = client->fetchMessage(sid(10 + i));
        QObject::connect(job, &MessageJob::finished, client.get(), [&](const MessageResult &r) {
            if (r.ok())
                order.append(r->sid);
        });
        job->start();
    }
    EXPECT_EQ(client->inFlight(), 2);
    EXPECT_EQ(client->queued(), 3);
    ASSERT_TRUE(waitUntil([&] { return server.held() == 2; }));
    waitUntil([] { return false; }, 150);
    EXPECT_EQ(server.held(), 2) << "the cap holds the rest back";
    while (order.size() < 5) {
        const int before = int(order.size());
        server.releaseOne();
        ASSERT_TRUE(waitUntil([&] { return order.size() > before; }));
        EXPECT_LE(server.held(), 2);
    }
    EXPECT_EQ(client->peakInFlight(), 2);
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(order.at(i), sid(10 + i)) << "FIFO";
        EXPECT_TRUE(server.seen().at(i).url.path().contains(sid(10 + i)));
    }
}

TEST_F(TwilioClientFaults, ListFollowsRelativeNextPageUris)
{
    const QString path = QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(kAccount);
    const QString next
        = path + QStringLiteral("?To=%2B14155550100&PageSize=2&Page=1&PageToken=PA42");
    server.script(FaultServer::reply(
        200, QStringLiteral(R"({"messages": [%1, %2], "next_page_uri": "%3", "page": 0,
            "page_size": 2, "start": 0, "end": 1, "uri": "%4", "first_page_uri": "%4",
            "previous_page_uri": null})")
                 .arg(QString::fromUtf8(messageJson(sid(20))),
                      QString::fromUtf8(messageJson(sid(21))), next, path)
                 .toUtf8()));
    server.script(FaultServer::reply(503, k503));
    server.script(FaultServer::reply(
        200, QStringLiteral(R"({"messages": [%1], "next_page_uri": null, "page": 1,
            "page_size": 2, "start": 2, "end": 2, "uri": "%2", "first_page_uri": "%2",
            "previous_page_uri": "%2"})")
                 .arg(QString::fromUtf8(messageJson(sid(22))), path)
                 .toUtf8()));
    MessageFilter filter;
    filter.to = QStringLiteral("+14155550100");
    filter.sentOnOrAfter = QDate(2026, 1, 1);
    filter.pageSize = 2;
    auto *job = client->listMessages(filter, 10);
    const auto r = run<MessageListJob, MessageListResult>(job);
    ASSERT_TRUE(r.has_value());
    ASSERT_TRUE(r->ok()) << r->error().logTag().toStdString();
    ASSERT_EQ(r->value().size(), 3);
    EXPECT_EQ(r->value().at(2).sid, sid(22));
    ASSERT_EQ(server.seen().size(), 3);
    const QUrlQuery first(server.seen().at(0).url);
    EXPECT_EQ(first.queryItemValue(QStringLiteral("To"), QUrl::FullyDecoded),
              QStringLiteral("+14155550100"));
    EXPECT_EQ(first.queryItemValue(QStringLiteral("DateSent>"), QUrl::FullyDecoded),
              QStringLiteral("2026-01-01"));
    EXPECT_EQ(QUrlQuery(server.seen().at(2).url).queryItemValue(QStringLiteral("PageToken")),
              QStringLiteral("PA42"));
}

TEST_F(TwilioClientFaults, RefusesAbsoluteNextPageUris)
{
    server.script(FaultServer::reply(
        200, QStringLiteral(R"({"messages": [%1], "next_page_uri": "http://198.51.100.7/steal",
            "page": 0, "page_size": 1, "start": 0, "end": 0})")
                 .arg(QString::fromUtf8(messageJson(sid(30))))
                 .toUtf8()));
    const auto r = run<MessageListJob, MessageListResult>(client->listMessages(MessageFilter{}, 5));
    ASSERT_TRUE(r.has_value());
    ASSERT_FALSE(r->ok());
    EXPECT_EQ(r->error().kind, TwilioError::Kind::Parse);
    EXPECT_EQ(server.seen().size(), 1);
}

TEST_F(TwilioClientFaults, ConnectionRefusedIsANetworkError)
{
    QUrl dead = base;
    dead.setPort(1); // nothing listens on 127.0.0.1:1
    TwilioClient deadClient(Credentials(kAccount, kToken), Endpoints::forAll(dead));
    RetryPolicy p;
    p.setMaxAttempts(2);
    p.setBaseDelayMs(5);
    deadClient.setRetryPolicy(p);
    auto *job = deadClient.fetchMessage(sid(31));
    std::optional<MessageResult> out;
    QObject::connect(job, &MessageJob::finished, &deadClient,
                     [&](const MessageResult &r) { out = r; });
    job->start();
    ASSERT_TRUE(waitUntil([&] { return out.has_value(); }));
    ASSERT_FALSE(out->ok());
    EXPECT_EQ(out->error().kind, TwilioError::Kind::Network);
    EXPECT_TRUE(out->error().isTransient());
    EXPECT_EQ(deadClient.requestsSent(), 2);
}

TEST_F(TwilioClientFaults, UsesASharedManagerAndNeverFollowsRedirects)
{
    QNetworkAccessManager shared;
    int seenByShared = 0;
    QObject::connect(&shared, &QNetworkAccessManager::finished, client.get(),
                     [&] { ++seenByShared; });
    client->setNetworkAccessManager(&shared);
    QUrl elsewhere = base;
    elsewhere.setPath(QStringLiteral("/elsewhere"));
    server.script(FaultServer::reply(302, QByteArray(), {{"Location", elsewhere.toEncoded()}}));
    const auto r = run<MessageJob, MessageResult>(client->fetchMessage(sid(50)));
    ASSERT_TRUE(r.has_value());
    ASSERT_FALSE(r->ok());
    EXPECT_EQ(r->error().kind, TwilioError::Kind::Http);
    EXPECT_EQ(r->error().httpStatus, 302);
    EXPECT_FALSE(r->error().isTransient());
    EXPECT_EQ(server.seen().size(), 1) << "the redirect (and our credentials) went nowhere";
    EXPECT_EQ(seenByShared, 1);
}
