// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "core/console/consoletypes.h"
#include "database.h"

#include <optional>

namespace Vortex::Core::Store {

/// What upsert() did with an incoming record.
struct UpsertOutcome
{
    MessageRecord record; ///< the stored record after merging
    bool changed = false; ///< false when the incoming data added nothing (duplicate, older status)
};

/// The console's messages in SQLite. Used from the engine thread only (never the UI thread).
/// Merging is order-proof: a status never moves backwards, so a late or duplicated callback is
/// harmless.
class MessageStore
{
public:
    explicit MessageStore(const QString &filePath);

    Result<Done, QString> open();
    void close();

    Result<QList<MessageRecord>, QString> recent(int limit) const;
    Result<std::optional<MessageRecord>, QString> find(const QString &sid) const;
    Result<UpsertOutcome, QString> upsert(const MessageRecord &incoming);
    /// Applies \a records and, with them, moves the relay cursor to \a relayCursor — all in one
    /// transaction, so a cursor never runs ahead of what is stored.
    Result<QList<UpsertOutcome>, QString> applyRelayBatch(const QList<MessageRecord> &records,
                                                          qint64 relayCursor);
    /// Up to \a limit non-final messages to reconcile by polling: outbound ones created after
    /// \a since, and rows a callback created before the REST answer filled them in.
    Result<QList<MessageRecord>, QString> pending(const QDateTime &since, int limit = 50) const;

    /// The relay feed cursor: the last event id applied to this store.
    Result<qint64, QString> relayCursor() const;
    Result<Done, QString> setRelayCursor(qint64 cursor);

    /// Merges \a incoming into \a existing (pure; exposed for tests).
    static MessageRecord merge(const MessageRecord &existing, const MessageRecord &incoming);

private:
    Database m_db;
};

} // namespace Vortex::Core::Store
