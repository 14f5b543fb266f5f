// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "senderrouting.h"

#include "core/phone/phonenumbers.h"

namespace Vortex::Core::Paging::SenderRouting {

namespace {

const QString anyRegion = QStringLiteral("*");

const SenderRoute *routeFor(const RoutingPolicy &policy, const QString &region)
{
    const SenderRoute *fallback = nullptr;
    for (const SenderRoute &route : policy.senders) {
        if (!region.isEmpty() && route.region.compare(region, Qt::CaseInsensitive) == 0)
            return &route;
        if (!fallback && route.region == anyRegion)
            fallback = &route;
    }
    return fallback;
}

} // namespace

QString regionOf(const QString &e164)
{
    PhoneNumber number;
    if (!PhoneNumbers::parseE164(PhoneNumbers::stripChannel(e164), &number))
        return {};
    return number.regionCode;
}

bool canCarry(SenderKind kind, Channel channel, const QString &region)
{
    switch (channel) {
    case Channel::Sms:
        switch (kind) {
        case SenderKind::ShortCode:
        case SenderKind::LongCode:
        case SenderKind::MessagingService:
            return true;
        case SenderKind::Alphanumeric:
            // US and Canadian carriers do not accept alphanumeric sender ids.
            return region != QStringLiteral("US") && region != QStringLiteral("CA");
        case SenderKind::WhatsApp:
            return false;
        }
        return false;
    case Channel::WhatsApp:
        return kind == SenderKind::WhatsApp || kind == SenderKind::MessagingService;
    case Channel::Voice:
        return kind == SenderKind::LongCode;
    }
    return false;
}

std::optional<SenderChoice> choose(const RoutingPolicy &policy, Channel channel,
                                   const QString &toE164, int fromIndex,
                                   const QStringList &excludedAddresses)
{
    const QString region = regionOf(toE164);
    const SenderRoute *route = routeFor(policy, region);
    if (!route)
        return std::nullopt;
    for (int i = std::max(fromIndex, 0); i < route->senders.size(); ++i) {
        const Sender &sender = route->senders.at(i);
        if (sender.address.isEmpty() || excludedAddresses.contains(sender.address))
            continue;
        if (!canCarry(sender.kind, channel, region))
            continue;
        return SenderChoice{sender, int(i), route->region};
    }
    return std::nullopt;
}

} // namespace Vortex::Core::Paging::SenderRouting
