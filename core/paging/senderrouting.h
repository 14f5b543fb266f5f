// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/paging/pagingtypes.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Vortex::Core::Paging {

/// A sender picked for one page: the sender, its position in its route and the route's region.
struct SenderChoice
{
    Sender sender;
    int index = 0;  ///< position in the route's senders (the fallback order)
    QString region; ///< the route it came from: an ISO region such as "US", or "*"
};

/// Which sender carries a page to a number: per destination region, in fallback order.
namespace SenderRouting {

/// ISO region of an E.164 number via libphonenumber ("" when invalid). A "whatsapp:" prefix is
/// ignored.
QString regionOf(const QString &e164);

/// True when a \a kind sender can carry \a channel to a number in \a region. Sms: short code,
/// long code, alphanumeric (not to US/CA numbers), Messaging Service. WhatsApp: WhatsApp sender,
/// Messaging Service. Voice: long codes only.
bool canCarry(SenderKind kind, Channel channel, const QString &region);

/// The first sender at or after \a fromIndex in the route for \a toE164's region (exact region,
/// else "*") that can carry \a channel and is not in \a excludedAddresses. Sms: short code, long
/// code, alphanumeric (not to US/CA numbers), Messaging Service. WhatsApp: WhatsApp sender,
/// Messaging Service. Voice: long codes only. std::nullopt when none is left.
std::optional<SenderChoice> choose(const RoutingPolicy &policy, Channel channel,
                                   const QString &toE164, int fromIndex,
                                   const QStringList &excludedAddresses);

} // namespace SenderRouting

} // namespace Vortex::Core::Paging
