// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Vortex::Core::Store {

/// One schema step: the statements that take the schema from version - 1 to version.
struct Migration
{
    int version = 0;
    QStringList statements;
};

/// A SQLite file opened through Qt Sql: one named connection per thread (Qt Sql connections
/// must not cross threads), WAL journal, synchronous=FULL, a busy timeout, and a
/// schema_version table that migrate() keeps up to date inside one transaction.
class Database
{
public:
    /// \a name shows in connection names (with an instance number and the calling thread).
    Database(QString filePath, QString name);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (or reuses) this thread's connection and applies the pragmas. A file that is not
    /// a SQLite database gives an error and is left untouched.
    Result<Done, QString> open();
    /// This thread's connection; invalid until open() succeeded on this thread.
    QSqlDatabase connection() const;
    /// Applies every migration newer than the stored version, all in one transaction.
    Result<Done, QString> migrate(const QList<Migration> &migrations);
    /// The stored schema version (0 for a fresh file), or an error.
    Result<int, QString> schemaVersion() const;
    /// Closes and removes this thread's connection.
    void close();

    QString filePath() const { return m_filePath; }
    QString connectionName() const;

private:
    QString m_filePath;
    QString m_name;
    quint64 m_instance = 0;
};

} // namespace Vortex::Core::Store
