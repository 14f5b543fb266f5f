// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "messagestore.h"

#include "core/phone/phonenumbers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Vortex::Core::Store {

namespace {} // namespace

const QList<Migration> &MessageStore::migrations()
{
    static const QList<Migration> list = {
        {1,
         {QStringLiteral("CREATE TABLE messages ("
                         " sid TEXT PRIMARY KEY,"
                         " direction TEXT NOT NULL DEFAULT '',"
                         " from_address TEXT NOT NULL DEFAULT '',"
                         " to_address TEXT NOT NULL DEFAULT '',"
                         " body TEXT NOT NULL DEFAULT '',"
                         " status TEXT NOT NULL DEFAULT '',"
                         " status_rank INTEGER NOT NULL DEFAULT 0,"
                         " error_code INTEGER NOT NULL DEFAULT 0,"
                         " error_message TEXT NOT NULL DEFAULT '',"
                         " num_segments INTEGER NOT NULL DEFAULT 0,"
                         " price TEXT NOT NULL DEFAULT '',"
                         " price_unit TEXT NOT NULL DEFAULT '',"
                         " date_created TEXT,"
                         " date_updated TEXT,"
                         " date_sent TEXT)"),
          QStringLiteral("CREATE INDEX messages_created ON messages(date_created)"),
          QStringLiteral(
              "CREATE TABLE console_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")}},
        // The log over a year of traffic: channel and region as columns, calls beside messages,
        // and one index per filter that ends in the log's order (date_created, sid) so that a
        // filtered page is a range scan without a sort. A NULL region is derived on open().
        {2,
         {QStringLiteral("ALTER TABLE messages ADD COLUMN channel TEXT NOT NULL DEFAULT 'sms'"),
          QStringLiteral("ALTER TABLE messages ADD COLUMN region TEXT"),
          QStringLiteral("UPDATE messages SET channel = 'whatsapp' WHERE from_address LIKE "
                         "'whatsapp:%' OR to_address LIKE 'whatsapp:%'"),
          QStringLiteral("UPDATE messages SET date_created = '' WHERE date_created IS NULL"),
          QStringLiteral("DROP INDEX messages_created"),
          QStringLiteral("CREATE INDEX messages_log ON messages(date_created, sid)"),
          QStringLiteral("CREATE INDEX messages_status ON messages(status, date_created, sid)"),
          QStringLiteral("CREATE INDEX messages_region ON messages(region, date_created, sid)"),
          QStringLiteral("CREATE INDEX messages_error ON messages(error_code, date_created, sid)"),
          QStringLiteral("CREATE INDEX messages_to ON messages(to_address, date_created, sid)"),
          QStringLiteral("CREATE INDEX messages_from ON messages(from_address, date_created, sid)"),
          QStringLiteral("CREATE TABLE calls ("
                         " sid TEXT PRIMARY KEY,"
                         " direction TEXT NOT NULL DEFAULT '',"
                         " from_address TEXT NOT NULL DEFAULT '',"
                         " to_address TEXT NOT NULL DEFAULT '',"
                         " status TEXT NOT NULL DEFAULT '',"
                         " status_rank INTEGER NOT NULL DEFAULT 0,"
                         " error_code INTEGER NOT NULL DEFAULT 0,"
                         " error_message TEXT NOT NULL DEFAULT '',"
                         " duration INTEGER NOT NULL DEFAULT 0,"
                         " price TEXT NOT NULL DEFAULT '',"
                         " price_unit TEXT NOT NULL DEFAULT '',"
                         " region TEXT NOT NULL DEFAULT '',"
                         " date_created TEXT NOT NULL DEFAULT '',"
                         " date_updated TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE INDEX calls_log ON calls(date_created, sid)"),
          QStringLiteral("CREATE INDEX calls_status ON calls(status, date_created, sid)"),
          QStringLiteral("CREATE INDEX calls_region ON calls(region, date_created, sid)"),
          QStringLiteral("CREATE INDEX calls_error ON calls(error_code, date_created, sid)"),
          QStringLiteral("CREATE INDEX calls_to ON calls(to_address, date_created, sid)"),
          QStringLiteral("CREATE INDEX calls_from ON calls(from_address, date_created, sid)")}},
    };
    return list;
}

namespace {

/// Dates are stored as ISO text with milliseconds; an unknown date is '' (never NULL), so that
/// the log's keyset comparison (date_created, sid) < (?, ?) also works for such rows.
QString isoOrEmpty(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

QDateTime fromIso(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

const QString Columns = QStringLiteral(
    "sid, direction, from_address, to_address, body, status, error_code, error_message,"
    " num_segments, price, price_unit, date_created, date_updated, date_sent");

MessageRecord readRecord(const QSqlQuery &q)
{
    MessageRecord r;
    r.sid = q.value(0).toString();
    r.direction = q.value(1).toString();
    r.from = q.value(2).toString();
    r.to = q.value(3).toString();
    r.body = q.value(4).toString();
    r.status = q.value(5).toString();
    r.errorCode = q.value(6).toInt();
    r.errorMessage = q.value(7).toString();
    r.numSegments = q.value(8).toInt();
    r.price = q.value(9).toString();
    r.priceUnit = q.value(10).toString();
    r.dateCreated = fromIso(q.value(11));
    r.dateUpdated = fromIso(q.value(12));
    r.dateSent = fromIso(q.value(13));
    return r;
}

const QString CallColumns = QStringLiteral(
    "sid, direction, from_address, to_address, status, error_code, error_message, duration,"
    " price, price_unit, date_created, date_updated");

CallRecord readCall(const QSqlQuery &q)
{
    CallRecord r;
    r.sid = q.value(0).toString();
    r.direction = q.value(1).toString();
    r.from = q.value(2).toString();
    r.to = q.value(3).toString();
    r.status = q.value(4).toString();
    r.errorCode = q.value(5).toInt();
    r.errorMessage = q.value(6).toString();
    r.durationS = q.value(7).toInt();
    r.price = q.value(8).toString();
    r.priceUnit = q.value(9).toString();
    r.dateCreated = fromIso(q.value(10));
    r.dateUpdated = fromIso(q.value(11));
    return r;
}

} // namespace

int callStatusRank(const QString &status)
{
    // Twilio's call order; the final states share the top rank.
    static const QList<QPair<QString, int>> ranks
        = {{QStringLiteral("queued"), 1},    {QStringLiteral("initiated"), 2},
           {QStringLiteral("ringing"), 3},   {QStringLiteral("in-progress"), 4},
           {QStringLiteral("completed"), 7}, {QStringLiteral("busy"), 7},
           {QStringLiteral("no-answer"), 7}, {QStringLiteral("failed"), 7},
           {QStringLiteral("canceled"), 7}};
    for (const auto &entry : ranks) {
        if (entry.first == status)
            return entry.second;
    }
    return 0;
}

CallRecord mergeCallRecords(const CallRecord &existing, const CallRecord &incoming)
{
    CallRecord out = existing;
    mergeSharedFields(out, existing, incoming, &callStatusRank);
    takeIfSet(out.durationS, incoming.durationS);
    // A call keeps its earliest known creation time.
    if (!out.dateCreated.isValid()
        || (incoming.dateCreated.isValid() && incoming.dateCreated < out.dateCreated))
        out.dateCreated = incoming.dateCreated;
    return out;
}

QString MessageStore::channelOf(const QString &from, const QString &to)
{
    const auto whatsapp = QLatin1String("whatsapp:");
    return from.startsWith(whatsapp) || to.startsWith(whatsapp) ? QStringLiteral("whatsapp")
                                                                : QStringLiteral("sms");
}

QString MessageStore::regionOf(const QString &direction, const QString &from, const QString &to)
{
    const QString farEnd = direction.startsWith(QLatin1String("inbound")) ? from : to;
    PhoneNumber number;
    if (!PhoneNumbers::parseE164(PhoneNumbers::stripChannel(farEnd), &number))
        return QStringLiteral("");
    return number.regionCode;
}

MessageStore::MessageStore(const QString &filePath)
    : m_db(filePath, QStringLiteral("console-messages"))
{}

Result<Done, QString> MessageStore::open()
{
    auto opened = m_db.open();
    if (!opened)
        return opened;
    auto migrated = m_db.migrate(migrations());
    if (!migrated)
        return migrated;
    return deriveRegions();
}

Result<Done, QString> MessageStore::deriveRegions()
{
    // Rows stored before the region column existed get theirs once (libphonenumber is not
    // available inside SQL).
    QSqlDatabase db = m_db.connection();
    QSqlQuery rows(db);
    if (!rows.exec(QStringLiteral(
            "SELECT sid, direction, from_address, to_address FROM messages WHERE region IS NULL")))
        return fail(QStringLiteral("cannot read messages: ") + rows.lastError().text());
    QList<QPair<QString, QString>> regions;
    while (rows.next())
        regions.append(
            {rows.value(0).toString(), regionOf(rows.value(1).toString(), rows.value(2).toString(),
                                                rows.value(3).toString())});
    rows.finish();
    if (regions.isEmpty())
        return Done{};
    if (!db.transaction())
        return fail(QStringLiteral("cannot begin a transaction: ") + db.lastError().text());
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE messages SET region = ? WHERE sid = ?"));
    for (const auto &[sid, region] : std::as_const(regions)) {
        update.addBindValue(region);
        update.addBindValue(sid);
        if (!update.exec()) {
            db.rollback();
            return fail(QStringLiteral("cannot store regions: ") + update.lastError().text());
        }
    }
    if (!db.commit()) {
        db.rollback();
        return fail(QStringLiteral("cannot commit regions"));
    }
    return Done{};
}

void MessageStore::close()
{
    m_db.close();
}

MessageRecord MessageStore::merge(const MessageRecord &existing, const MessageRecord &incoming)
{
    return mergeMessageRecords(existing, incoming);
}

Result<UpsertOutcome, QString> MessageStore::upsert(const MessageRecord &incoming)
{
    if (incoming.sid.isEmpty())
        return fail(QStringLiteral("a message without a SID cannot be stored"));
    auto existing = find(incoming.sid);
    if (!existing)
        return fail(existing.error());
    const MessageRecord merged = existing.value() ? merge(*existing.value(), incoming) : incoming;
    const bool changed = !existing.value() || merged.status != existing.value()->status
                         || merged.errorCode != existing.value()->errorCode
                         || merged.price != existing.value()->price
                         || merged.dateSent != existing.value()->dateSent
                         || merged.numSegments != existing.value()->numSegments
                         || merged.body != existing.value()->body;
    if (!changed)
        return UpsertOutcome{merged, false};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO messages (") + Columns
              + QStringLiteral(", status_rank, channel, region) "
                               "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(merged.sid);
    q.addBindValue(merged.direction);
    q.addBindValue(merged.from);
    q.addBindValue(merged.to);
    q.addBindValue(merged.body);
    q.addBindValue(merged.status);
    q.addBindValue(merged.errorCode);
    q.addBindValue(merged.errorMessage);
    q.addBindValue(merged.numSegments);
    q.addBindValue(merged.price);
    q.addBindValue(merged.priceUnit);
    q.addBindValue(isoOrEmpty(merged.dateCreated));
    q.addBindValue(isoOrEmpty(merged.dateUpdated));
    q.addBindValue(isoOrEmpty(merged.dateSent));
    q.addBindValue(statusRank(merged.status));
    q.addBindValue(channelOf(merged.from, merged.to));
    q.addBindValue(regionOf(merged.direction, merged.from, merged.to));
    if (!q.exec())
        return fail(QStringLiteral("cannot store message: ") + q.lastError().text());
    return UpsertOutcome{merged, true};
}

Result<std::optional<MessageRecord>, QString> MessageStore::find(const QString &sid) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM messages WHERE sid = ?"));
    q.addBindValue(sid);
    if (!q.exec())
        return fail(QStringLiteral("cannot read message: ") + q.lastError().text());
    if (!q.next())
        return std::optional<MessageRecord>();
    return std::optional<MessageRecord>(readRecord(q));
}

Result<QList<MessageRecord>, QString> MessageStore::recent(int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + Columns
              + QStringLiteral(" FROM messages ORDER BY date_created DESC, sid LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return fail(QStringLiteral("cannot read messages: ") + q.lastError().text());
    QList<MessageRecord> records;
    while (q.next())
        records.append(readRecord(q));
    return records;
}

Result<QList<MessageRecord>, QString> MessageStore::pending(const QDateTime &since, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + Columns
              + QStringLiteral(" FROM messages WHERE status_rank < 7 AND ((direction LIKE "
                               "'outbound%' AND date_created >= ?) OR direction = '' OR "
                               "date_created IS NULL OR date_created = '') "
                               "ORDER BY date_created LIMIT ?"));
    q.addBindValue(isoOrEmpty(since));
    q.addBindValue(limit);
    if (!q.exec())
        return fail(QStringLiteral("cannot read pending messages: ") + q.lastError().text());
    QList<MessageRecord> records;
    while (q.next())
        records.append(readRecord(q));
    return records;
}

Result<QList<UpsertOutcome>, QString>
MessageStore::applyRelayBatch(const QList<MessageRecord> &records, qint64 relayCursor)
{
    auto applied = applyRelayBatch(records, {}, relayCursor);
    if (!applied)
        return fail(applied.error());
    return applied.value().messages;
}

Result<RelayBatchOutcome, QString>
MessageStore::applyRelayBatch(const QList<MessageRecord> &records, const QList<CallRecord> &calls,
                              qint64 relayCursor)
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return fail(QStringLiteral("cannot begin a transaction: ") + db.lastError().text());
    RelayBatchOutcome outcomes;
    auto abort = [&db](const QString &error) -> Result<RelayBatchOutcome, QString> {
        db.rollback();
        return fail(error);
    };
    for (const MessageRecord &record : records) {
        auto outcome = upsert(record);
        if (!outcome)
            return abort(outcome.error());
        outcomes.messages.append(outcome.value());
    }
    for (const CallRecord &call : calls) {
        auto outcome = upsertCall(call);
        if (!outcome)
            return abort(outcome.error());
        outcomes.calls.append(outcome.value());
    }
    if (auto saved = setRelayCursor(relayCursor); !saved)
        return abort(saved.error());
    if (!db.commit())
        return abort(QStringLiteral("cannot commit: ") + db.lastError().text());
    return outcomes;
}

Result<std::optional<CallRecord>, QString> MessageStore::findCall(const QString &sid) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + CallColumns
              + QStringLiteral(" FROM calls WHERE sid = ?"));
    q.addBindValue(sid);
    if (!q.exec())
        return fail(QStringLiteral("cannot read call: ") + q.lastError().text());
    if (!q.next())
        return std::optional<CallRecord>();
    return std::optional<CallRecord>(readCall(q));
}

Result<CallUpsertOutcome, QString> MessageStore::upsertCall(const CallRecord &incoming)
{
    if (incoming.sid.isEmpty())
        return fail(QStringLiteral("a call without a SID cannot be stored"));
    auto existing = findCall(incoming.sid);
    if (!existing)
        return fail(existing.error());
    const std::optional<CallRecord> &before = existing.value();
    const CallRecord merged = before ? mergeCallRecords(*before, incoming) : incoming;
    const bool changed = !before || merged.status != before->status
                         || merged.errorCode != before->errorCode
                         || merged.durationS != before->durationS || merged.price != before->price
                         || merged.dateCreated != before->dateCreated || merged.from != before->from
                         || merged.to != before->to || merged.direction != before->direction;
    if (!changed)
        return CallUpsertOutcome{merged, false};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO calls (") + CallColumns
              + QStringLiteral(", status_rank, region) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(merged.sid);
    q.addBindValue(merged.direction);
    q.addBindValue(merged.from);
    q.addBindValue(merged.to);
    q.addBindValue(merged.status);
    q.addBindValue(merged.errorCode);
    q.addBindValue(merged.errorMessage);
    q.addBindValue(merged.durationS);
    q.addBindValue(merged.price);
    q.addBindValue(merged.priceUnit);
    q.addBindValue(isoOrEmpty(merged.dateCreated));
    q.addBindValue(isoOrEmpty(merged.dateUpdated));
    q.addBindValue(callStatusRank(merged.status));
    q.addBindValue(regionOf(merged.direction, merged.from, merged.to));
    if (!q.exec())
        return fail(QStringLiteral("cannot store call: ") + q.lastError().text());
    return CallUpsertOutcome{merged, true};
}

Result<qint64, QString> MessageStore::relayCursor() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT value FROM console_state WHERE key = 'relay_cursor'")))
        return fail(QStringLiteral("cannot read relay cursor: ") + q.lastError().text());
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<Done, QString> MessageStore::setRelayCursor(qint64 cursor)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO console_state (key, value) VALUES ('relay_cursor', ?)"));
    q.addBindValue(QString::number(cursor));
    if (!q.exec())
        return fail(QStringLiteral("cannot store relay cursor: ") + q.lastError().text());
    return Done{};
}

} // namespace Vortex::Core::Store
