// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Helpers shared by the paging engine flow tests (test_paging_engine_flows_*.cpp): the
// harness's numbers, config edits and timeline/twin lookups.
#pragma once

#include "pagingharness.h"

#include "core/paging/pagingstore.h"
#include "core/paging/pagingtypes.h"
#include "core/twin/twinserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <algorithm>
#include <functional>
#include <optional>
#include <ostream>

// Readable QString values in failure messages.
inline void PrintTo(const QString &value, std::ostream *os)
{
    *os << '"' << value.toStdString() << '"';
}

namespace Vortex::Test::EngineFlows {

inline constexpr qint64 Second = 1000;
inline constexpr qint64 Minute = 60 * Second;

inline QString alice()
{
    return QString::fromLatin1(PagingHarness::Alice);
}
inline QString bob()
{
    return QString::fromLatin1(PagingHarness::Bob);
}
inline QString gbSender()
{
    return QString::fromLatin1(PagingHarness::GbSender);
}
inline QString usSender()
{
    return QString::fromLatin1(PagingHarness::UsSender);
}

inline QJsonObject
withRecipient(QJsonObject config, const QString &recipientId,
              const std::function<void(QJsonObject &recipient, QJsonObject &routing)> &edit)
{
    QJsonArray recipients = config.value(QStringLiteral("recipients")).toArray();
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        QJsonObject recipient = recipients.at(i).toObject();
        if (recipient.value(QStringLiteral("id")).toString() != recipientId)
            continue;
        QJsonObject routing = recipient.value(QStringLiteral("routing")).toObject();
        edit(recipient, routing);
        recipient.insert(QStringLiteral("routing"), routing);
        recipients[i] = recipient;
    }
    config.insert(QStringLiteral("recipients"), recipients);
    return config;
}

inline QJsonObject sender(const QString &kind, const QString &address)
{
    return {{QStringLiteral("kind"), kind}, {QStringLiteral("address"), address}};
}

/// Alice's GB route with these senders (in fallback order).
inline void setGbSenders(QJsonObject &routing, const QJsonArray &senders)
{
    QJsonArray routes = routing.value(QStringLiteral("senders")).toArray();
    QJsonObject gb = routes.at(0).toObject();
    gb.insert(QStringLiteral("senders"), senders);
    routes[0] = gb;
    routing.insert(QStringLiteral("senders"), routes);
}

inline QJsonObject withPolicy(QJsonObject config, const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray policies = config.value(QStringLiteral("policies")).toArray();
    QJsonObject policy = policies.at(0).toObject();
    edit(policy);
    policies[0] = policy;
    config.insert(QStringLiteral("policies"), policies);
    return config;
}

inline int countKind(const QList<Core::Paging::TimelineEntry> &entries, const QString &kind)
{
    return int(std::count_if(entries.begin(), entries.end(),
                             [&](const Core::Paging::TimelineEntry &e) { return e.kind == kind; }));
}

inline std::optional<Core::Paging::TimelineEntry>
firstOf(const QList<Core::Paging::TimelineEntry> &entries, const QString &kind)
{
    for (const Core::Paging::TimelineEntry &entry : entries) {
        if (entry.kind == kind)
            return entry;
    }
    return std::nullopt;
}

inline QString body(const QJsonObject &message)
{
    return message.value(QStringLiteral("body")).toString();
}

inline QString field(const QJsonObject &object, const char *key)
{
    return object.value(QString::fromLatin1(key)).toString();
}

inline QString kinds(PagingHarness &h, qint64 id)
{
    return h.timelineKinds(id).join(u' ');
}

inline int twinEvents(PagingHarness &h, const QString &kind)
{
    const auto events = h.twin()->events().after(0, 1000000);
    return int(std::count_if(events.begin(), events.end(),
                             [&](const Core::Twin::TwinEvent &e) { return e.kind == kind; }));
}

inline QList<Core::Paging::Delivery> deliveries(PagingHarness &h, qint64 incidentId)
{
    auto found = h.store()->deliveriesForIncident(incidentId);
    return found ? found.value() : QList<Core::Paging::Delivery>{};
}

} // namespace Vortex::Test::EngineFlows
