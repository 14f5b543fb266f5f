// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/twilio/retrypolicy.h"
#include "core/twilio/twilioerror.h"

#include <gtest/gtest.h>

using Vortex::Core::Twilio::RetryPolicy;
using Vortex::Core::Twilio::TwilioError;

namespace {

RetryPolicy fixedRandom(double value)
{
    RetryPolicy p;
    p.setRandomSource([value] { return value; });
    return p;
}

TwilioError http(int status, int code = 0)
{
    TwilioError e;
    e.kind = code ? TwilioError::Kind::Api : TwilioError::Kind::Http;
    e.httpStatus = status;
    e.code = code;
    return e;
}

} // namespace

TEST(RetryPolicy, DefaultsMatchTheContract)
{
    const RetryPolicy p;
    EXPECT_EQ(p.maxAttempts(), 4);
    EXPECT_EQ(p.baseDelayMs(), 250);
    EXPECT_EQ(p.maxDelayMs(), 8000);
}

TEST(RetryPolicy, CeilingGrowsExponentiallyUntilTheCap)
{
    const RetryPolicy p;
    EXPECT_EQ(p.ceilingMs(0), 250);
    EXPECT_EQ(p.ceilingMs(1), 500);
    EXPECT_EQ(p.ceilingMs(2), 1000);
    EXPECT_EQ(p.ceilingMs(4), 4000);
    EXPECT_EQ(p.ceilingMs(5), 8000);
    EXPECT_EQ(p.ceilingMs(6), 8000);
    EXPECT_EQ(p.ceilingMs(200), 8000) << "no overflow for huge exponents";
}

TEST(RetryPolicy, FullJitterScalesTheCeilingByTheRandomSource)
{
    // random = 0.999…: delays are (just under) the ceiling, doubling each time.
    const RetryPolicy high = fixedRandom(0.999);
    int previous = 0;
    for (int n = 0; n < 5; ++n) {
        const int d = high.delayMs(n);
        EXPECT_LE(d, high.ceilingMs(n));
        EXPECT_GE(d, int(high.ceilingMs(n) * 0.99));
        EXPECT_GT(d, previous);
        previous = d;
    }
    EXPECT_EQ(fixedRandom(0.5).delayMs(2), 500);
    EXPECT_EQ(fixedRandom(0.0).delayMs(3), 0) << "full jitter may retry immediately";
}

TEST(RetryPolicy, DelaysNeverExceedTheCapWhateverTheRandomSource)
{
    for (double r : {0.0, 0.1, 0.5, 0.9, 0.999999, 1.0, 7.0, -3.0}) {
        const RetryPolicy p = fixedRandom(r);
        for (int n = 0; n < 40; ++n) {
            const int d = p.delayMs(n);
            EXPECT_GE(d, 0);
            EXPECT_LE(d, p.maxDelayMs()) << "r=" << r << " n=" << n;
        }
    }
}

TEST(RetryPolicy, RetryAfterIsHonouredWhenLarger)
{
    const RetryPolicy p = fixedRandom(0.5);
    EXPECT_EQ(p.delayMs(0, 3000), 3000) << "server asks for 3 s, jitter would give 125 ms";
    EXPECT_EQ(p.delayMs(5, 1000), 4000) << "jitter larger than Retry-After wins";
    EXPECT_EQ(p.delayMs(0, -1), 125) << "no header";
    EXPECT_EQ(p.delayMs(0, 20000), 20000) << "Retry-After may exceed the jitter cap";
}

TEST(RetryPolicy, TooLongRetryAfterStopsRetrying)
{
    RetryPolicy p = fixedRandom(0.5);
    p.setMaxRetryAfterMs(10000);
    TwilioError e = http(429, 20429);
    e.retryAfterMs = 5000;
    EXPECT_TRUE(p.shouldRetry(e, 1));
    e.retryAfterMs = 10001;
    EXPECT_FALSE(p.shouldRetry(e, 1)) << "the caller reschedules instead of us sleeping";
}

TEST(RetryPolicy, AttemptsAreBounded)
{
    RetryPolicy p;
    const TwilioError e = TwilioError::network(QStringLiteral("refused"));
    EXPECT_TRUE(p.shouldRetry(e, 1));
    EXPECT_TRUE(p.shouldRetry(e, 3));
    EXPECT_FALSE(p.shouldRetry(e, 4)) << "4 attempts in total by default";
    p.setMaxAttempts(1);
    EXPECT_FALSE(p.shouldRetry(e, 1)) << "retries disabled";
    p.setMaxAttempts(0);
    EXPECT_EQ(p.maxAttempts(), 1) << "at least the first attempt";
}

TEST(RetryPolicy, OnlyTransientErrorsAreRetried)
{
    const RetryPolicy p;
    EXPECT_TRUE(p.shouldRetry(http(503, 20503), 1));
    EXPECT_TRUE(p.shouldRetry(TwilioError::timeout(), 1));
    EXPECT_FALSE(p.shouldRetry(http(400, 21211), 1));
    EXPECT_FALSE(p.shouldRetry(http(401, 20003), 1));
    EXPECT_FALSE(p.shouldRetry(TwilioError::aborted(), 1));
    EXPECT_FALSE(p.shouldRetry(TwilioError::parse(QStringLiteral("x")), 1));
}

TEST(RetryPolicy, DefaultRandomSourceStaysWithinBounds)
{
    const RetryPolicy p;
    for (int i = 0; i < 200; ++i) {
        const int d = p.delayMs(i % 8);
        EXPECT_GE(d, 0);
        EXPECT_LE(d, p.ceilingMs(i % 8));
    }
}
