// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/twilio/errordictionary.h"

#include <gtest/gtest.h>

using Vortex::Core::Twilio::ErrorDictionary;

TEST(ErrorDictionary, KnowsTheCodesTheProductShows)
{
    EXPECT_GT(ErrorDictionary::size(), 1900);
    EXPECT_EQ(ErrorDictionary::lookup(30003).message,
              QStringLiteral("Unreachable destination handset"));
    EXPECT_EQ(ErrorDictionary::lookup(21610).message,
              QStringLiteral("Attempt to send to unsubscribed recipient"));
    EXPECT_TRUE(ErrorDictionary::lookup(30007).known);
    EXPECT_FALSE(ErrorDictionary::lookup(30007).causes.isEmpty());
    EXPECT_FALSE(ErrorDictionary::lookup(1).known);
    EXPECT_EQ(ErrorDictionary::moreInfoUrl(20003),
              QStringLiteral("https://www.twilio.com/docs/errors/20003"));
}
