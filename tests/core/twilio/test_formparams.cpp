// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/twilio/formparams.h"

#include <gtest/gtest.h>

using Vortex::Core::Twilio::FormParams;

TEST(FormParams, RoundTripsRepeatedKeysAndSpecialCharacters)
{
    FormParams p;
    p.add(QStringLiteral("To"), QStringLiteral("+14155550100"));
    p.add(QStringLiteral("Body"), QString::fromUtf8("Sev1: checkout down & 50% errors — ACK 42?"));
    p.add(QStringLiteral("DateSent>"), QStringLiteral("2026-01-01"));
    p.add(QStringLiteral("StatusCallbackEvent"), QStringLiteral("ringing"));
    p.add(QStringLiteral("StatusCallbackEvent"), QStringLiteral("answered"));
    FormParams back;
    ASSERT_TRUE(FormParams::decode(p.encode(), &back));
    EXPECT_EQ(back.items(), p.items());
    EXPECT_EQ(back.values(QStringLiteral("StatusCallbackEvent")).size(), 2);
    EXPECT_EQ(back.value(QStringLiteral("DateSent>")), QStringLiteral("2026-01-01"));
}

TEST(FormParams, DecodesPlusAsSpaceAndRejectsBrokenEscapes)
{
    FormParams p;
    ASSERT_TRUE(FormParams::decode("Body=Blah+blah&To=%2B14152001331&Empty=", &p));
    EXPECT_EQ(p.value(QStringLiteral("Body")), QStringLiteral("Blah blah"));
    EXPECT_EQ(p.value(QStringLiteral("To")), QStringLiteral("+14152001331"));
    EXPECT_TRUE(p.contains(QStringLiteral("Empty")));
    FormParams bad;
    EXPECT_FALSE(FormParams::decode("Body=%ZZ", &bad));
    EXPECT_FALSE(FormParams::decode("Body=%4", &bad));
    EXPECT_FALSE(FormParams::decode("=value", &bad));
    EXPECT_FALSE(FormParams::decode("Body=%FF%FE", &bad)) << "not UTF-8";
}
