// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/twilio/rfc2822.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using Vortex::Core::Twilio::formatRfc2822Date;
using Vortex::Core::Twilio::parseRfc2822Date;

TEST(Rfc2822, ParsesTwilioDates)
{
    const QDateTime d = parseRfc2822Date(QStringLiteral("Thu, 24 Aug 2023 05:01:45 +0000"));
    ASSERT_TRUE(d.isValid());
    EXPECT_EQ(d.timeSpec(), Qt::UTC);
    EXPECT_EQ(d, QDateTime(QDate(2023, 8, 24), QTime(5, 1, 45), Qt::UTC));
    EXPECT_EQ(parseRfc2822Date(QStringLiteral("Fri, 24 May 2019 17:44:50 +0000")),
              QDateTime(QDate(2019, 5, 24), QTime(17, 44, 50), Qt::UTC));
}

TEST(Rfc2822, ConvertsOffsetsToUtc)
{
    EXPECT_EQ(parseRfc2822Date(QStringLiteral("Thu, 24 Aug 2023 07:31:45 +0230")),
              QDateTime(QDate(2023, 8, 24), QTime(5, 1, 45), Qt::UTC));
    EXPECT_EQ(parseRfc2822Date(QStringLiteral("Wed, 23 Aug 2023 23:01:45 -0600")),
              QDateTime(QDate(2023, 8, 24), QTime(5, 1, 45), Qt::UTC));
    EXPECT_EQ(parseRfc2822Date(QStringLiteral("Wed, 21 Oct 2015 07:28:00 GMT")),
              QDateTime(QDate(2015, 10, 21), QTime(7, 28), Qt::UTC));
}

TEST(Rfc2822, AcceptsOptionalParts)
{
    const QDateTime expected(QDate(2023, 8, 4), QTime(5, 1), Qt::UTC);
    EXPECT_EQ(parseRfc2822Date(QStringLiteral("4 Aug 2023 05:01 +0000")), expected);
    EXPECT_EQ(parseRfc2822Date(QStringLiteral("  fri,  4 aug 2023 05:01:00 UT ")), expected);
}

TEST(Rfc2822, RejectsGarbage)
{
    for (const char *bad :
         {"", "2023-08-24T05:01:45Z", "Thu, 24 Foo 2023 05:01:45 +0000",
          "Thu, 31 Feb 2023 05:01:45 +0000", "Thu, 24 Aug 2023 25:01:45 +0000",
          "Thu, 24 Aug 2023 05:01:45 +2500", "Fri, 24 Aug 2023 05:01:45 +0000" /* wrong day */,
          "Thu, 24 Aug 2023 05:01:45", "Thu, 24 Aug 2023 05:01:45 +0000 extra"}) {
        EXPECT_FALSE(parseRfc2822Date(QString::fromLatin1(bad)).isValid()) << bad;
    }
}

TEST(Rfc2822, FormatsLikeTwilioAndRoundTrips)
{
    const QDateTime utc(QDate(2023, 8, 24), QTime(5, 1, 45), Qt::UTC);
    EXPECT_EQ(formatRfc2822Date(utc), QStringLiteral("Thu, 24 Aug 2023 05:01:45 +0000"));
    const QDateTime offset(QDate(2026, 1, 2), QTime(1, 2, 3), Qt::OffsetFromUTC, 3600);
    EXPECT_EQ(formatRfc2822Date(offset), QStringLiteral("Fri, 02 Jan 2026 00:02:03 +0000"));
    EXPECT_EQ(parseRfc2822Date(formatRfc2822Date(offset)), offset);
    EXPECT_TRUE(formatRfc2822Date(QDateTime()).isEmpty());
}
