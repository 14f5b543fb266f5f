// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Vectors from Twilio's segment calculator tests (TWILIO.md §2.5).
#include "core/twilio/segments.h"

#include <QList>

#include <gtest/gtest.h>

using namespace Vortex::Core::Twilio;

namespace {

QString digitsAfter(const QString &first, int totalCodePoints)
{
    QString s = first;
    int n = 2;
    while (s.toUcs4().size() < totalCodePoints) {
        s += QString::number(n % 10);
        ++n;
    }
    return s;
}

} // namespace

TEST(Segments, GsmWithExtensionCharFitsOneSegmentAt160Septets)
{
    const QString body = digitsAfter(QStringLiteral("{"), 159);
    const SegmentCount c = SmsSegments::count(body);
    EXPECT_EQ(c.encoding, SmsEncoding::Gsm7);
    EXPECT_EQ(c.units, 160);
    EXPECT_EQ(c.segments, 1);
    EXPECT_EQ(c.messageSizeBits, 1120);
}

TEST(Segments, GsmOneMoreCharNeedsTwoSegments)
{
    const QString body = digitsAfter(QStringLiteral("{"), 160);
    const SegmentCount c = SmsSegments::count(body);
    EXPECT_EQ(c.encoding, SmsEncoding::Gsm7);
    EXPECT_EQ(c.segments, 2);
    EXPECT_EQ(c.messageSizeBits, 1127);
    EXPECT_EQ(c.totalSizeBits, 1223);
}

TEST(Segments, EmojiSwitchesToUcs2)
{
    const QString one = digitsAfter(QString::fromUtf8("😜"), 69);
    SegmentCount c = SmsSegments::count(one);
    EXPECT_EQ(c.encoding, SmsEncoding::Ucs2);
    EXPECT_EQ(c.units, 70);
    EXPECT_EQ(c.segments, 1);

    const QString two = digitsAfter(QString::fromUtf8("😜"), 70);
    c = SmsSegments::count(two);
    EXPECT_EQ(c.segments, 2);
    EXPECT_EQ(c.messageSizeBits, 1136);
    EXPECT_EQ(c.totalSizeBits, 1232);
}

TEST(Segments, BoundariesAndTables)
{
    EXPECT_EQ(SmsSegments::count(QString()).segments, 0);
    EXPECT_EQ(SmsSegments::count(QString(160, QLatin1Char('a'))).segments, 1);
    EXPECT_EQ(SmsSegments::count(QString(161, QLatin1Char('a'))).segments, 2);
    EXPECT_EQ(SmsSegments::count(QString(306, QLatin1Char('a'))).segments, 2);
    EXPECT_EQ(SmsSegments::count(QString(307, QLatin1Char('a'))).segments, 3);
    EXPECT_EQ(SmsSegments::gsmSeptets(U'€'), 2);
    EXPECT_EQ(SmsSegments::gsmSeptets(U'@'), 1);
    EXPECT_EQ(SmsSegments::gsmSeptets(U'à'), 1);
    EXPECT_EQ(SmsSegments::gsmSeptets(U'á'), 0);
    EXPECT_EQ(SmsSegments::gsmSeptets(U'\0'), 0);
    EXPECT_EQ(SmsSegments::count(QString::fromUtf8("Grüße")).encoding, SmsEncoding::Gsm7);
    EXPECT_EQ(SmsSegments::count(QString::fromUtf8("Ação")).encoding, SmsEncoding::Ucs2);
}

TEST(Segments, ExtensionCharIsNotSplitAcrossSegments)
{
    // 152 septets then '€' (2): the euro does not fit the first 153-septet segment.
    const QString body
        = QString(152, QLatin1Char('a')) + QString::fromUtf8("€") + QString(10, QLatin1Char('b'));
    const SegmentCount c = SmsSegments::count(body);
    EXPECT_EQ(c.units, 164);
    EXPECT_EQ(c.segments, 2);
    EXPECT_EQ(c.remainingInLast, 153 - 12);
}
