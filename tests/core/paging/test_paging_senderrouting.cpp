// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/paging/senderrouting.h"

#include <gtest/gtest.h>

using namespace Vortex::Core::Paging;

namespace {

const QString us = QStringLiteral("+12015550123");
const QString gb = QStringLiteral("+447400123456");
const QString de = QStringLiteral("+4915112345678");
const QString ca = QStringLiteral("+16135550123");

Sender sender(SenderKind kind, const char *address)
{
    return Sender{kind, QString::fromLatin1(address)};
}

const Sender usShort = sender(SenderKind::ShortCode, "89898");
const Sender usLong = sender(SenderKind::LongCode, "+12015550199");
const Sender usService = sender(SenderKind::MessagingService, "MG00000000000000000000000000000001");
const Sender usWhatsApp = sender(SenderKind::WhatsApp, "whatsapp:+12015550198");
const Sender alpha = sender(SenderKind::Alphanumeric, "VORTEX");
const Sender gbLong = sender(SenderKind::LongCode, "+447400123999");
const Sender gbWhatsApp = sender(SenderKind::WhatsApp, "whatsapp:+447400123998");
const Sender anyLong = sender(SenderKind::LongCode, "+447400123997");
const Sender anyService
    = sender(SenderKind::MessagingService, "MG00000000000000000000000000000002");

RoutingPolicy policy()
{
    RoutingPolicy p;
    p.senders = {
        SenderRoute{QStringLiteral("US"), {usShort, usLong, usService, usWhatsApp}},
        SenderRoute{QStringLiteral("GB"), {alpha, gbLong, gbWhatsApp}},
        SenderRoute{QStringLiteral("*"), {alpha, anyLong, anyService}},
    };
    return p;
}

void expectChoice(const std::optional<SenderChoice> &choice, const Sender &sender, int index,
                  const char *region)
{
    ASSERT_TRUE(choice.has_value());
    EXPECT_EQ(choice->sender, sender);
    EXPECT_EQ(choice->index, index);
    EXPECT_EQ(choice->region, QString::fromLatin1(region));
}

} // namespace

TEST(SenderRouting, RegionOfUsesLibphonenumber)
{
    EXPECT_EQ(SenderRouting::regionOf(us), QStringLiteral("US"));
    EXPECT_EQ(SenderRouting::regionOf(gb), QStringLiteral("GB"));
    EXPECT_EQ(SenderRouting::regionOf(de), QStringLiteral("DE"));
    EXPECT_EQ(SenderRouting::regionOf(ca), QStringLiteral("CA"));
    EXPECT_EQ(SenderRouting::regionOf(QStringLiteral("whatsapp:+447400123456")),
              QStringLiteral("GB"));
    EXPECT_EQ(SenderRouting::regionOf(QStringLiteral("+15555550123")), QString());
    EXPECT_EQ(SenderRouting::regionOf(QStringLiteral("+447700900123")), QString());
    EXPECT_EQ(SenderRouting::regionOf(QStringLiteral("07400 123456")), QString());
    EXPECT_EQ(SenderRouting::regionOf(QString()), QString());
}

TEST(SenderRouting, SmsFollowsTheRegionsFallbackOrder)
{
    const RoutingPolicy p = policy();
    expectChoice(SenderRouting::choose(p, Channel::Sms, us, 0, {}), usShort, 0, "US");
    expectChoice(SenderRouting::choose(p, Channel::Sms, us, 1, {}), usLong, 1, "US");
    expectChoice(SenderRouting::choose(p, Channel::Sms, us, 2, {}), usService, 2, "US");
    // The WhatsApp sender cannot carry SMS, and nothing follows it.
    EXPECT_FALSE(SenderRouting::choose(p, Channel::Sms, us, 3, {}).has_value());
    EXPECT_FALSE(SenderRouting::choose(p, Channel::Sms, us, 4, {}).has_value());
    // A negative index starts at the top.
    expectChoice(SenderRouting::choose(p, Channel::Sms, us, -3, {}), usShort, 0, "US");
}

TEST(SenderRouting, ExactRegionElseStar)
{
    const RoutingPolicy p = policy();
    expectChoice(SenderRouting::choose(p, Channel::Sms, gb, 0, {}), alpha, 0, "GB");
    expectChoice(SenderRouting::choose(p, Channel::Sms, de, 0, {}), alpha, 0, "*");
    expectChoice(SenderRouting::choose(p, Channel::Sms, de, 1, {}), anyLong, 1, "*");
    // An exact route that has run out does not borrow from "*".
    EXPECT_FALSE(SenderRouting::choose(p, Channel::Sms, gb, 2, {}).has_value());

    // Region codes match whatever their case.
    RoutingPolicy lower = p;
    lower.senders[1].region = QStringLiteral("gb");
    expectChoice(SenderRouting::choose(lower, Channel::Sms, gb, 1, {}), gbLong, 1, "gb");

    // No "*" route: other regions have no sender.
    RoutingPolicy noStar = p;
    noStar.senders.removeLast();
    EXPECT_FALSE(SenderRouting::choose(noStar, Channel::Sms, de, 0, {}).has_value());
    EXPECT_FALSE(SenderRouting::choose(RoutingPolicy{}, Channel::Sms, us, 0, {}).has_value());
}

TEST(SenderRouting, ChannelCompatibility)
{
    const RoutingPolicy p = policy();
    // Voice: long codes only.
    expectChoice(SenderRouting::choose(p, Channel::Voice, us, 0, {}), usLong, 1, "US");
    EXPECT_FALSE(SenderRouting::choose(p, Channel::Voice, us, 2, {}).has_value());
    expectChoice(SenderRouting::choose(p, Channel::Voice, gb, 0, {}), gbLong, 1, "GB");
    expectChoice(SenderRouting::choose(p, Channel::Voice, de, 0, {}), anyLong, 1, "*");
    // WhatsApp: Messaging Service or WhatsApp sender.
    expectChoice(SenderRouting::choose(p, Channel::WhatsApp, us, 0, {}), usService, 2, "US");
    expectChoice(SenderRouting::choose(p, Channel::WhatsApp, us, 3, {}), usWhatsApp, 3, "US");
    expectChoice(SenderRouting::choose(p, Channel::WhatsApp, gb, 0, {}), gbWhatsApp, 2, "GB");
    expectChoice(SenderRouting::choose(p, Channel::WhatsApp, de, 0, {}), anyService, 2, "*");

    const QList<SenderKind> kinds{SenderKind::ShortCode, SenderKind::LongCode,
                                  SenderKind::Alphanumeric, SenderKind::MessagingService,
                                  SenderKind::WhatsApp};
    const QList<bool> sms{true, true, true, true, false};
    const QList<bool> voice{false, true, false, false, false};
    const QList<bool> whatsapp{false, false, false, true, true};
    for (int i = 0; i < kinds.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(SenderRouting::canCarry(kinds[i], Channel::Sms, QStringLiteral("GB")), sms[i]);
        EXPECT_EQ(SenderRouting::canCarry(kinds[i], Channel::Voice, QStringLiteral("GB")),
                  voice[i]);
        EXPECT_EQ(SenderRouting::canCarry(kinds[i], Channel::WhatsApp, QStringLiteral("GB")),
                  whatsapp[i]);
    }
}

TEST(SenderRouting, NoAlphanumericToUsOrCanada)
{
    RoutingPolicy p;
    p.senders = {SenderRoute{QStringLiteral("*"), {alpha, anyLong}}};
    expectChoice(SenderRouting::choose(p, Channel::Sms, us, 0, {}), anyLong, 1, "*");
    expectChoice(SenderRouting::choose(p, Channel::Sms, ca, 0, {}), anyLong, 1, "*");
    expectChoice(SenderRouting::choose(p, Channel::Sms, gb, 0, {}), alpha, 0, "*");
    expectChoice(SenderRouting::choose(p, Channel::Sms, de, 0, {}), alpha, 0, "*");
    // Even when someone lists one on the US route.
    p.senders.prepend(SenderRoute{QStringLiteral("US"), {alpha}});
    EXPECT_FALSE(SenderRouting::choose(p, Channel::Sms, us, 0, {}).has_value());
}

TEST(SenderRouting, ExcludedAddressesAreSkipped)
{
    const RoutingPolicy p = policy();
    // 21610 disabled the short code for this recipient: the long code is next.
    expectChoice(SenderRouting::choose(p, Channel::Sms, us, 0, {usShort.address}), usLong, 1, "US");
    expectChoice(SenderRouting::choose(p, Channel::Sms, us, 0, {usShort.address, usLong.address}),
                 usService, 2, "US");
    EXPECT_FALSE(SenderRouting::choose(p, Channel::Sms, us, 0,
                                       {usShort.address, usLong.address, usService.address})
                     .has_value());
    // Excluding a sender for SMS does not matter to a channel that never uses it.
    expectChoice(SenderRouting::choose(p, Channel::Voice, us, 0, {usShort.address}), usLong, 1,
                 "US");
}

TEST(SenderRouting, FallbackWalksTheWholeRoute)
{
    // The engine falls back by asking again from index + 1 until nothing is left.
    const RoutingPolicy p = policy();
    QList<int> visited;
    int from = 0;
    while (const auto choice = SenderRouting::choose(p, Channel::Sms, us, from, {})) {
        visited.append(choice->index);
        from = choice->index + 1;
    }
    EXPECT_EQ(visited, (QList<int>{0, 1, 2}));
}

TEST(SenderRouting, NumberWithoutRegionUsesStar)
{
    // libphonenumber knows no region for it; Twilio will answer 21211 and the engine moves on.
    expectChoice(
        SenderRouting::choose(policy(), Channel::Voice, QStringLiteral("+15555550123"), 0, {}),
        anyLong, 1, "*");
}
