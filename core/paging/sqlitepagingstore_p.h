// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Private to SqlitePagingStore: helpers shared by sqlitepagingstore.cpp (open, transactions,
// statements, configuration and templates), sqlitepagingstore_schema.cpp (migrations),
// sqlitepagingstore_incidents.cpp (incidents, timeline, escalation steps) and
// sqlitepagingstore_outbox.cpp (deliveries, opt-outs, passive replies, relay cursor).
#pragma once

#include "core/common/result.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>
#include <type_traits>

class QSqlError;

namespace Vortex::Core::Paging::StoreDetail {

/// Every schema version, oldest first (sqlitepagingstore_schema.cpp).
const QList<Store::Migration> &migrations();
/// The schema version this program writes.
int latestVersion();

/// The driver's text for \a error, never empty.
QString describe(const QSqlError &error);

/// Timestamps are BIGINT milliseconds since the epoch in UTC; NULL for an invalid QDateTime.
QVariant msOrNull(const QDateTime &value);
QDateTime fromMs(const QVariant &value);
/// An invalid "since" means no lower bound.
qint64 lowerBound(const QDateTime &since);

/// Optional integers are NULL when absent.
QVariant optionalInt(const std::optional<int> &value);
std::optional<int> toOptionalInt(const QVariant &value);

/// Compact JSON text of \a object, and back (an error for damaged text).
QString jsonText(const QJsonObject &object);
Result<QJsonObject, QString> jsonObject(const QString &text);

/// "?,?,?" with \a count marks.
QString placeholders(qsizetype count);

/// Resets a cached statement when a read is done, so it holds no snapshot or lock.
class Finish
{
public:
    explicit Finish(QSqlQuery *query)
        : m_query(query)
    {}
    ~Finish()
    {
        if (m_query)
            m_query->finish();
    }
    Finish(const Finish &) = delete;
    Finish &operator=(const Finish &) = delete;

private:
    QSqlQuery *m_query;
};

/// Every row of the executed \a query through \a read, then finishes it.
template<typename Read>
auto readRows(QSqlQuery *query, Read read) -> QList<std::invoke_result_t<Read, const QSqlQuery &>>
{
    Finish finish(query);
    QList<std::invoke_result_t<Read, const QSqlQuery &>> rows;
    while (query->next())
        rows.append(read(*query));
    return rows;
}

/// The first item of \a list, if any.
template<typename T>
Result<std::optional<T>, QString> firstOf(Result<QList<T>, QString> list)
{
    if (!list)
        return fail(list.error());
    if (list.value().isEmpty())
        return std::optional<T>();
    return std::optional<T>(list.value().constFirst());
}

} // namespace Vortex::Core::Paging::StoreDetail
