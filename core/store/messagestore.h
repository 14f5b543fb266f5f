// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "core/console/consoletypes.h"
#include "database.h"

#include <optional>

namespace Vortex::Core::Store {

/// One voice call as the console's log shows it, built from the relay's call-status callbacks.
struct CallRecord
{
    QString sid;       ///< "CA…"
    QString direction; ///< "outbound-api", "inbound", …
    QString from;
    QString to;
    QString status; ///< queued, initiated, ringing, in-progress, completed, busy, no-answer, …
    int errorCode = 0;
    QString errorMessage;
    int durationS = 0; ///< CallDuration once the call completed
    QString price;     ///< Twilio's negative decimal string, empty until billed
    QString priceUnit;
    QDateTime dateCreated; ///< the first callback's time when Twilio's is unknown
    QDateTime dateUpdated;
};

/// Ranks call statuses so that a late callback never moves a call backwards.
int callStatusRank(const QString &status);
/// The merge rule for call updates (same idea as mergeMessageRecords()).
CallRecord mergeCallRecords(const CallRecord &existing, const CallRecord &incoming);

/// What upsert() did with an incoming record.
struct UpsertOutcome
{
    MessageRecord record; ///< the stored record after merging
    bool changed = false; ///< false when the incoming data added nothing (duplicate, older status)
};

/// What upsertCall() did with an incoming call record.
struct CallUpsertOutcome
{
    CallRecord record;
    bool changed = false;
};

/// What applyRelayBatch() stored.
struct RelayBatchOutcome
{
    QList<UpsertOutcome> messages;
    QList<CallUpsertOutcome> calls;
};

/// The console's messages (and calls) in SQLite. Used from the engine thread only (never the UI
/// thread). Merging is order-proof: a status never moves backwards, so a late or duplicated
/// callback is harmless.
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
    /// The same for messages and calls together.
    Result<RelayBatchOutcome, QString> applyRelayBatch(const QList<MessageRecord> &records,
                                                       const QList<CallRecord> &calls,
                                                       qint64 relayCursor);

    Result<std::optional<CallRecord>, QString> findCall(const QString &sid) const;
    Result<CallUpsertOutcome, QString> upsertCall(const CallRecord &incoming);
    /// Up to \a limit non-final messages to reconcile by polling: outbound ones created after
    /// \a since, and rows a callback created before the REST answer filled them in.
    Result<QList<MessageRecord>, QString> pending(const QDateTime &since, int limit = 50) const;

    /// The relay feed cursor: the last event id applied to this store.
    Result<qint64, QString> relayCursor() const;
    Result<Done, QString> setRelayCursor(qint64 cursor);

    /// Merges \a incoming into \a existing (pure; exposed for tests).
    static MessageRecord merge(const MessageRecord &existing, const MessageRecord &incoming);

    /// "whatsapp" when either address carries the whatsapp: prefix, else "sms".
    static QString channelOf(const QString &from, const QString &to);
    /// The region (ISO 3166-1 alpha-2, libphonenumber) of the far end: the recipient of an
    /// outbound message or call, the sender of an inbound one; "" when it is not a valid number.
    static QString regionOf(const QString &direction, const QString &from, const QString &to);
    /// The schema steps (messages, calls, their log indexes); readers on other threads apply
    /// them too, so whichever connection comes first creates the schema.
    static const QList<Migration> &migrations();

private:
    Result<Done, QString> deriveRegions();

    Database m_db;
};

} // namespace Vortex::Core::Store
