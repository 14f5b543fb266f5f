// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "messagestore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Vortex::Core::Store {

namespace {

const QList<Migration> &migrations()
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
    };
    return list;
}

QString isoOrNull(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
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

} // namespace

MessageStore::MessageStore(const QString &filePath)
    : m_db(filePath, QStringLiteral("console-messages"))
{}

Result<Done, QString> MessageStore::open()
{
    auto opened = m_db.open();
    if (!opened)
        return opened;
    return m_db.migrate(migrations());
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
              + QStringLiteral(", status_rank) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
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
    q.addBindValue(isoOrNull(merged.dateCreated));
    q.addBindValue(isoOrNull(merged.dateUpdated));
    q.addBindValue(isoOrNull(merged.dateSent));
    q.addBindValue(statusRank(merged.status));
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
    q.addBindValue(isoOrNull(since));
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
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return fail(QStringLiteral("cannot begin a transaction: ") + db.lastError().text());
    QList<UpsertOutcome> outcomes;
    for (const MessageRecord &record : records) {
        auto outcome = upsert(record);
        if (!outcome) {
            db.rollback();
            return fail(outcome.error());
        }
        outcomes.append(outcome.value());
    }
    if (auto saved = setRelayCursor(relayCursor); !saved) {
        db.rollback();
        return fail(saved.error());
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return fail(QStringLiteral("cannot commit: ") + error);
    }
    return outcomes;
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
