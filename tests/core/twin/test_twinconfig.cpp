// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/twin/twinconfig.h"
#include "support/testsupport.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Vortex::Core::Twin;

TEST(TwinConfigTest, DefaultsAreValid)
{
    const TwinConfig config = TwinConfig::defaults();
    EXPECT_TRUE(config.validate().isEmpty()) << qPrintable(config.validate());
    EXPECT_EQ(config.profileFor(QStringLiteral("US")).pricePerSegment, QStringLiteral("0.00830"));
    EXPECT_EQ(config.profileFor(QStringLiteral("US")).priceUnit, QStringLiteral("USD"));
    for (const char *region : {"GB", "DE", "IN", "BR"})
        EXPECT_TRUE(config.countries.contains(QString::fromLatin1(region))) << region;
    // Unknown countries fall back to "*".
    EXPECT_EQ(config.profileFor(QStringLiteral("FR")).pricePerSegment,
              config.countries.value(QStringLiteral("*")).pricePerSegment);
    EXPECT_NE(config.findNumber(QStringLiteral("+12015550123")), nullptr);
}

TEST(TwinConfigTest, ParsesJson)
{
    const QByteArray json = R"({
        "accountSid": "AC0123456789abcdef0123456789abcdef",
        "authToken": "secret",
        "apiKeys": [{"sid": "SK0123456789abcdef0123456789abcdef", "secret": "k"}],
        "numbers": [{"number": "+447400123456", "smsUrl": "http://127.0.0.1:9/sms"}, "+12015550123"],
        "seed": 99,
        "senderMps": 2,
        "countries": {"gb": {"price": "0.04000", "undelivered": 0.5, "failed": 0.1,
                             "filtered": 0.1, "undeliveredCodes": [30003],
                             "queuedToSentMs": [10, 20], "sentToDeliveredMs": [30, 40]}},
        "faults": {"rate429": 0.25, "latencyMs": 5, "retryAfterSeconds": 3}
    })";
    const auto parsed = TwinConfig::fromJson(json);
    ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error());
    const TwinConfig &c = parsed.value();
    EXPECT_EQ(c.accountSid, QStringLiteral("AC0123456789abcdef0123456789abcdef"));
    EXPECT_EQ(c.authToken, QByteArrayLiteral("secret"));
    ASSERT_EQ(c.apiKeys.size(), 1);
    ASSERT_EQ(c.numbers.size(), 2);
    EXPECT_EQ(c.numbers.at(0).smsUrl, QStringLiteral("http://127.0.0.1:9/sms"));
    EXPECT_EQ(c.numbers.at(1).number, QStringLiteral("+12015550123"));
    EXPECT_EQ(c.seed, 99u);
    EXPECT_EQ(c.senderMps, 2);
    const CountryProfile &gb = c.profileFor(QStringLiteral("GB"));
    EXPECT_EQ(gb.pricePerSegment, QStringLiteral("0.04000"));
    EXPECT_DOUBLE_EQ(gb.undelivered, 0.5);
    EXPECT_EQ(gb.undeliveredCodes, QList<int>{30003});
    EXPECT_EQ(gb.queuedToSent.maxMs, 20);
    EXPECT_EQ(gb.sentToDelivered.minMs, 30);
    EXPECT_EQ(c.profileFor(QStringLiteral("US")).pricePerSegment, QStringLiteral("0.00830"));
    EXPECT_DOUBLE_EQ(c.faults.rate429, 0.25);
    EXPECT_EQ(c.faults.latencyMs, 5);
    EXPECT_EQ(c.faults.retryAfterSeconds, 3);
}

TEST(TwinConfigTest, RejectsBadValues)
{
    EXPECT_FALSE(TwinConfig::fromJson("[1, 2]").ok());
    EXPECT_FALSE(TwinConfig::fromJson("{").ok());
    EXPECT_FALSE(TwinConfig::fromJson(R"({"accountSid": "AC123"})").ok());
    EXPECT_FALSE(TwinConfig::fromJson(R"({"authToken": ""})").ok());
    // Not valid for libphonenumber: the fictional 555-01xx range of +1 555 and the UK drama range.
    EXPECT_FALSE(TwinConfig::fromJson(R"({"numbers": ["+15551234567"]})").ok());
    EXPECT_FALSE(TwinConfig::fromJson(R"({"numbers": ["+447700900123"]})").ok());
    EXPECT_FALSE(
        TwinConfig::fromJson(R"({"countries": {"US": {"failed": 0.7, "undelivered": 0.5}}})").ok());
    EXPECT_FALSE(
        TwinConfig::fromJson(R"({"countries": {"US": {"queuedToSentMs": [10, 5]}}})").ok());
    EXPECT_FALSE(TwinConfig::fromJson(R"({"faults": {"rate500": 2}})").ok());
    EXPECT_TRUE(TwinConfig::fromJson("{}").ok());
}

TEST(TwinConfigTest, ShippedDemoConfigParses)
{
    QFile file(Vortex::Test::sourceDir() + QStringLiteral("/resources/twin/twin-demo.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(file.fileName());
    const auto parsed = TwinConfig::fromJson(file.readAll());
    ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error());
    EXPECT_EQ(parsed.value().numbers.size(), 2);
    EXPECT_EQ(parsed.value().profileFor(QStringLiteral("GB")).pricePerSegment,
              QStringLiteral("0.05240"));
}
