// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/phone/phonenumbers.h"

#include <gtest/gtest.h>

using namespace Vortex::Core;

TEST(PhoneNumbers, StrictE164)
{
    PhoneNumber n;
    ASSERT_TRUE(PhoneNumbers::parseE164(QStringLiteral("+447400123456"), &n));
    EXPECT_EQ(n.regionCode, QStringLiteral("GB"));
    EXPECT_EQ(n.countryCode, 44);
    EXPECT_EQ(n.kind, LineKind::Mobile);
    ASSERT_TRUE(PhoneNumbers::parseE164(QStringLiteral("+12015550123"), &n));
    EXPECT_EQ(n.regionCode, QStringLiteral("US"));

    PhoneError error{};
    EXPECT_FALSE(PhoneNumbers::parseE164(QStringLiteral("+44 7700 900123"), &n, &error));
    EXPECT_EQ(error, PhoneError::NotE164);
    EXPECT_FALSE(PhoneNumbers::parseE164(QStringLiteral("07700900123"), &n, &error));
    EXPECT_EQ(error, PhoneError::NotE164);
    EXPECT_FALSE(PhoneNumbers::parseE164(QStringLiteral("+4412"), &n, &error));
    EXPECT_EQ(error, PhoneError::InvalidForRegion);
    EXPECT_FALSE(PhoneNumbers::parseE164(QString(), &n, &error));
    EXPECT_EQ(error, PhoneError::Empty);
}

TEST(PhoneNumbers, LooseWithDefaultRegion)
{
    PhoneNumber n;
    ASSERT_TRUE(
        PhoneNumbers::parseLoose(QStringLiteral(" 07400 123456 "), QStringLiteral("GB"), &n));
    EXPECT_EQ(n.e164, QStringLiteral("+447400123456"));
    ASSERT_TRUE(PhoneNumbers::parseLoose(QStringLiteral("+49 30 901820"), QString(), &n));
    EXPECT_EQ(n.regionCode, QStringLiteral("DE"));
    EXPECT_FALSE(
        PhoneNumbers::parseLoose(QStringLiteral("not a number"), QStringLiteral("GB"), &n));
}

TEST(PhoneNumbers, MaskingAndChannels)
{
    EXPECT_EQ(PhoneNumbers::masked(QStringLiteral("+447400123456")), QString::fromUtf8("+447…56"));
    EXPECT_EQ(PhoneNumbers::masked(QStringLiteral("whatsapp:+447400123456")),
              QString::fromUtf8("whatsapp:+447…56"));
    QString channel;
    EXPECT_EQ(PhoneNumbers::stripChannel(QStringLiteral("whatsapp:+15551234567"), &channel),
              QStringLiteral("+15551234567"));
    EXPECT_EQ(channel, QStringLiteral("whatsapp:"));
}
