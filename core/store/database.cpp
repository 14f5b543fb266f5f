// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "database.h"

#include "core/common/logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

namespace Vortex::Core::Store {

namespace {

QString describe(const QSqlError &error)
{
    const QString text = error.text().trimmed();
    return text.isEmpty() ? QStringLiteral("unknown SQLite error") : text;
}

Result<Done, QString> exec(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return fail(statement.section(QLatin1Char(' '), 0, 2) + QStringLiteral(": ")
                    + describe(query.lastError()));
    return Done{};
}

} // namespace

Database::Database(QString filePath, QString name)
    : m_filePath(std::move(filePath))
    , m_name(std::move(name))
{
    // Two Database objects on one thread (two files, or a reader beside a writer) must not
    // share a Qt Sql connection, so each instance gets its own number.
    static std::atomic<quint64> instances{0};
    m_instance = ++instances;
}

Database::~Database()
{
    close();
}

QString Database::connectionName() const
{
    // Qt Sql connections belong to the thread that opened them, so each thread gets its own.
    return QStringLiteral("vortex:%1#%2@%3")
        .arg(m_name)
        .arg(m_instance)
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(connectionName(), false);
}

Result<Done, QString> Database::open()
{
    const QString name = connectionName();
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (db.isValid() && db.isOpen())
        return Done{};
    if (!db.isValid())
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString error = describe(db.lastError());
        close();
        return fail(QStringLiteral("cannot open database %1: %2").arg(m_filePath, error));
    }
    // SQLite opens lazily: the first statement is what detects a file that is not a database.
    // None of these pragmas writes to a file it cannot parse, so a corrupt file stays as it is.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA busy_timeout=5000"),
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
    };
    for (const QString &pragma : pragmas) {
        auto done = exec(db, pragma);
        if (!done) {
            close();
            return fail(QStringLiteral("cannot use database %1: %2").arg(m_filePath, done.error()));
        }
    }
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA journal_mode")) || !check.next()
        || check.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        close();
        return fail(QStringLiteral("database %1 does not accept WAL mode").arg(m_filePath));
    }
    return Done{};
}

Result<int, QString> Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return fail(QStringLiteral("database is not open"));
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' AND "
                                   "name='schema_version'")))
        return fail(describe(query.lastError()));
    if (!query.next())
        return 0;
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")))
        return fail(describe(query.lastError()));
    return query.next() ? query.value(0).toInt() : 0;
}

Result<Done, QString> Database::migrate(const QList<Migration> &migrations)
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return fail(QStringLiteral("database is not open"));
    if (!db.transaction())
        return fail(QStringLiteral("cannot begin migration: ") + describe(db.lastError()));
    auto rollback = [&db](const QString &error) -> Result<Done, QString> {
        db.rollback();
        qCWarning(lcStore) << "migration failed:" << error;
        return fail(error);
    };
    auto created
        = exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                  "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"));
    if (!created)
        return rollback(created.error());
    const auto current = schemaVersion();
    if (!current)
        return rollback(current.error());
    int version = current.value();
    for (const Migration &migration : migrations) {
        if (migration.version <= version)
            continue;
        for (const QString &statement : migration.statements) {
            auto done = exec(db, statement);
            if (!done)
                return rollback(
                    QStringLiteral("migration %1: %2").arg(migration.version).arg(done.error()));
        }
        QSqlQuery record(db);
        record.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) "
                                      "VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))"));
        record.addBindValue(migration.version);
        if (!record.exec())
            return rollback(describe(record.lastError()));
        version = migration.version;
    }
    if (!db.commit())
        return rollback(QStringLiteral("cannot commit migration: ") + describe(db.lastError()));
    return Done{};
}

void Database::close()
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace Vortex::Core::Store
