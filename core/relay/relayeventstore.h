// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "core/relay/relayevent.h"
#include "core/store/database.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Vortex::Core::Relay {

/// The relay's durable event log in SQLite (relay.sqlite in the data directory). Used from
/// one thread: the one that called open().
class RelayEventStore
{
public:
    explicit RelayEventStore(const QString &filePath);

    Result<Done, QString> open();
    void close();

    /// Stores all events in one transaction (group commit). For each event, in order, true if
    /// it was new and false if it was a duplicate; every event gets its id (a duplicate the
    /// id of the event it repeats). On error nothing of the batch is kept.
    Result<QList<bool>, QString> appendBatch(QList<RelayEvent> &events);
    /// Up to \a limit events with id > \a afterId, oldest first.
    Result<QList<RelayEvent>, QString> eventsAfter(qint64 afterId, int limit) const;
    Result<qint64, QString> count() const;

    /// Stores (or replaces) a voice script's JSON under \a id, committed before it returns.
    Result<Done, QString> putVoiceScript(const QString &id, const QByteArray &json);
    /// The JSON stored under \a id, or nullopt when there is none.
    Result<std::optional<QByteArray>, QString> voiceScript(const QString &id) const;
    Result<qint64, QString> lastId() const;

private:
    Store::Database m_database;
};

} // namespace Vortex::Core::Relay
