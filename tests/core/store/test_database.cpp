// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/store/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using Vortex::Core::Store::Database;
using Vortex::Core::Store::Migration;

namespace {

QList<Migration> sampleMigrations()
{
    return {
        {1, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")}},
        {2,
         {QStringLiteral("ALTER TABLE notes ADD COLUMN author TEXT"),
          QStringLiteral("CREATE INDEX notes_author ON notes (author)")}},
    };
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST(StoreDatabase, OpensWithWalFullSyncAndBusyTimeout)
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("a.sqlite")), QStringLiteral("test"));
    auto opened = db.open();
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
    QSqlQuery query(db.connection());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 2); // FULL
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA busy_timeout")) && query.next());
    EXPECT_GE(query.value(0).toInt(), 1000);
}

TEST(StoreDatabase, MigrationsAreRecordedAndIdempotent)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.sqlite"));
    {
        Database db(path, QStringLiteral("test"));
        ASSERT_TRUE(db.open().ok());
        EXPECT_EQ(db.schemaVersion().value(), 0);
        auto first = sampleMigrations();
        first.removeLast();
        ASSERT_TRUE(db.migrate(first).ok());
        EXPECT_EQ(db.schemaVersion().value(), 1);
        auto migrated = db.migrate(sampleMigrations());
        ASSERT_TRUE(migrated.ok()) << qPrintable(migrated.error());
        EXPECT_EQ(db.schemaVersion().value(), 2);
    }
    Database again(path, QStringLiteral("test"));
    ASSERT_TRUE(again.open().ok());
    // Running the same list again must not re-apply anything (ALTER TABLE would fail).
    ASSERT_TRUE(again.migrate(sampleMigrations()).ok());
    ASSERT_TRUE(again.migrate(sampleMigrations()).ok());
    QSqlQuery query(again.connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT COUNT(*), MAX(version) FROM schema_version")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), 2);
    EXPECT_EQ(query.value(1).toInt(), 2);
    EXPECT_TRUE(query.exec(QStringLiteral("INSERT INTO notes (text, author) VALUES ('x', 'y')")));
}

TEST(StoreDatabase, FailedMigrationLeavesNothingHalfDone)
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("f.sqlite")), QStringLiteral("test"));
    ASSERT_TRUE(db.open().ok());
    QList<Migration> broken = sampleMigrations();
    broken.append(
        {3,
         {QStringLiteral("CREATE TABLE extra (id INTEGER)"), QStringLiteral("THIS IS NOT SQL")}});
    auto result = db.migrate(broken);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QStringLiteral("migration 3")))
        << qPrintable(result.error());
    EXPECT_EQ(db.schemaVersion().value(), 0);
    QSqlQuery query(db.connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN "
                                          "('notes', 'extra')")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), 0);
}

TEST(StoreDatabase, CorruptFileGivesAClearErrorAndIsNotOverwritten)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        QByteArray junk;
        for (int i = 0; i < 4096; ++i)
            junk.append(char((i * 37) % 251));
        file.write(junk);
    }
    const QByteArray before = fileHash(path);
    Database db(path, QStringLiteral("test"));
    auto opened = db.open();
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("not a database")))
        << qPrintable(opened.error());
    EXPECT_TRUE(opened.error().contains(path));
    EXPECT_FALSE(db.migrate(sampleMigrations()).ok());
    EXPECT_EQ(fileHash(path), before);
}

TEST(StoreDatabase, EachThreadGetsItsOwnConnection)
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("t.sqlite")), QStringLiteral("test"));
    ASSERT_TRUE(db.open().ok());
    ASSERT_TRUE(db.migrate(sampleMigrations()).ok());
    const QString mainName = db.connectionName();
    QString workerName;
    int workerVersion = -1;
    QThread *worker = QThread::create([&] {
        workerName = db.connectionName();
        if (db.open().ok())
            workerVersion = db.schemaVersion().value();
        db.close();
    });
    worker->start();
    worker->wait();
    delete worker;
    EXPECT_NE(workerName, mainName);
    EXPECT_EQ(workerVersion, 2);
    EXPECT_TRUE(db.connection().isOpen());
}
