// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "relayeventstore.h"

#include "core/relay/webhookparser.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Vortex::Core::Relay {

namespace {

const QList<Store::Migration> &migrations()
{
    static const QList<Store::Migration> list = {
        {1,
         {QStringLiteral("CREATE TABLE relay_events ("
                         "id INTEGER PRIMARY KEY AUTOINCREMENT,"
                         "kind TEXT NOT NULL,"
                         "received_at TEXT NOT NULL,"
                         "message_sid TEXT NOT NULL,"
                         "status TEXT NOT NULL,"
                         "error_code INTEGER,"
                         "from_addr TEXT NOT NULL,"
                         "to_addr TEXT NOT NULL,"
                         "body TEXT NOT NULL,"
                         "account_sid TEXT NOT NULL,"
                         "params TEXT NOT NULL,"
                         "dedupe_key TEXT NOT NULL UNIQUE)"),
          QStringLiteral("CREATE INDEX relay_events_sid ON relay_events (message_sid)")}},
        {2,
         {QStringLiteral("CREATE TABLE voice_scripts ("
                         "id TEXT PRIMARY KEY,"
                         "script TEXT NOT NULL,"
                         "updated_at TEXT NOT NULL)")}},
    };
    return list;
}

/// A null QString binds as SQL NULL; the columns are NOT NULL, so bind "" instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

RelayEventStore::RelayEventStore(const QString &filePath)
    : m_database(filePath, QStringLiteral("relay-events"))
{}

Result<Done, QString> RelayEventStore::open()
{
    auto opened = m_database.open();
    if (!opened)
        return opened;
    return m_database.migrate(migrations());
}

void RelayEventStore::close()
{
    m_database.close();
}

Result<QList<bool>, QString> RelayEventStore::appendBatch(QList<RelayEvent> &events)
{
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return fail(QStringLiteral("event store is not open"));
    if (!db.transaction())
        return fail(QStringLiteral("begin: ") + db.lastError().text());
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO relay_events (kind, received_at, message_sid, status, error_code,"
        " from_addr, to_addr, body, account_sid, params, dedupe_key)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING"));
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT id FROM relay_events WHERE dedupe_key = ?"));
    QList<bool> fresh;
    fresh.reserve(events.size());
    for (RelayEvent &event : events) {
        insert.addBindValue(RelayEvent::kindName(event.kind));
        insert.addBindValue(event.receivedAt.toUTC().toString(Qt::ISODateWithMs));
        insert.addBindValue(text(event.messageSid));
        insert.addBindValue(text(event.status));
        insert.addBindValue(event.errorCode ? QVariant(*event.errorCode)
                                            : QVariant(QMetaType::fromType<int>()));
        insert.addBindValue(text(event.from));
        insert.addBindValue(text(event.to));
        insert.addBindValue(text(event.body));
        insert.addBindValue(text(event.accountSid));
        insert.addBindValue(
            QString::fromUtf8(QJsonDocument(event.params).toJson(QJsonDocument::Compact)));
        const QString dedupeKey = WebhookParser::dedupeKey(event);
        insert.addBindValue(dedupeKey);
        if (!insert.exec()) {
            const QString error = insert.lastError().text();
            db.rollback();
            return fail(QStringLiteral("insert: ") + error);
        }
        const bool isNew = insert.numRowsAffected() > 0;
        if (isNew) {
            event.id = insert.lastInsertId().toLongLong();
        } else {
            // A duplicate answers like the original (the intake returns its event id).
            existing.addBindValue(dedupeKey);
            if (existing.exec() && existing.next())
                event.id = existing.value(0).toLongLong();
            existing.finish();
        }
        fresh.append(isNew);
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        for (RelayEvent &event : events)
            event.id = 0;
        return fail(QStringLiteral("commit: ") + error);
    }
    return fresh;
}

Result<QList<RelayEvent>, QString> RelayEventStore::eventsAfter(qint64 afterId, int limit) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, kind, received_at, message_sid, status, error_code, from_addr, to_addr, body,"
        " account_sid, params FROM relay_events WHERE id > ? ORDER BY id LIMIT ?"));
    query.addBindValue(afterId);
    query.addBindValue(limit);
    if (!query.exec())
        return fail(query.lastError().text());
    QList<RelayEvent> events;
    while (query.next()) {
        RelayEvent event;
        event.id = query.value(0).toLongLong();
        event.kind = RelayEvent::kindFromName(query.value(1).toString())
                         .value_or(RelayEvent::Kind::MessageStatus);
        event.receivedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        event.messageSid = query.value(3).toString();
        event.status = query.value(4).toString();
        if (!query.value(5).isNull())
            event.errorCode = query.value(5).toInt();
        event.from = query.value(6).toString();
        event.to = query.value(7).toString();
        event.body = query.value(8).toString();
        event.accountSid = query.value(9).toString();
        event.params = QJsonDocument::fromJson(query.value(10).toByteArray()).object();
        events.append(std::move(event));
    }
    return events;
}

Result<Done, QString> RelayEventStore::putVoiceScript(const QString &id, const QByteArray &json)
{
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return fail(QStringLiteral("event store is not open"));
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO voice_scripts (id, script, updated_at) VALUES (?, ?, ?)"
                       " ON CONFLICT (id) DO UPDATE SET script = excluded.script,"
                       " updated_at = excluded.updated_at"));
    query.addBindValue(id);
    query.addBindValue(QString::fromUtf8(json));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec())
        return fail(QStringLiteral("voice script: ") + query.lastError().text());
    return Done{};
}

Result<std::optional<QByteArray>, QString> RelayEventStore::voiceScript(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT script FROM voice_scripts WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(query.lastError().text());
    if (!query.next())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(query.value(0).toString().toUtf8());
}

Result<qint64, QString> RelayEventStore::count() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM relay_events")) || !query.next())
        return fail(query.lastError().text());
    return query.value(0).toLongLong();
}

Result<qint64, QString> RelayEventStore::lastId() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM relay_events"))
        || !query.next())
        return fail(query.lastError().text());
    return query.value(0).toLongLong();
}

} // namespace Vortex::Core::Relay
