// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Vortex::Core::Twin {

/// One thing that happened in the twin, stamped with twin time.
struct TwinEvent
{
    qint64 seq = 0;     ///< 1, 2, 3… in the order events happened
    qint64 atMs = 0;    ///< twin clock, ms since the epoch
    QString kind;       ///< "message.created", "message.status", "call.status", "verify.check", …
    QString sid;        ///< the resource the event is about, when there is one
    QJsonObject fields; ///< kind-specific details (status, error_code, to, digits, …)

    QJsonObject toJson() const;
};

/// The twin's append-only event log: what the control API's /_twin/events serves and what makes
/// runs comparable (two runs with the same seed must produce the same digest()).
class TwinEventLog
{
public:
    void append(qint64 atMs, const QString &kind, const QString &sid, const QJsonObject &fields);
    QList<TwinEvent> after(qint64 seq, int limit = 1000) const;
    qint64 lastSeq() const { return m_events.isEmpty() ? 0 : m_events.last().seq; }
    int size() const { return static_cast<int>(m_events.size()); }
    /// Hex SHA-256 chained over every event's canonical JSON since the start, in order (also
    /// over events that capacity has dropped); O(1) to read.
    QByteArray digest() const { return m_digest.toHex(); }
    /// Bounded memory: keeps at most \a events (default 500,000); older ones are dropped.
    void setCapacity(int events) { m_capacity = events; }

private:
    QList<TwinEvent> m_events;
    qint64 m_nextSeq = 1;
    int m_capacity = 500000;
    QByteArray m_digest; ///< raw SHA-256 of the chain so far
};

} // namespace Vortex::Core::Twin
