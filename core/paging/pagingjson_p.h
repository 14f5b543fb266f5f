// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Private to the paging JSON format: the field readers and writers shared by pagingjson.cpp
// (recipients, routing, policies, the configuration file) and pagingjson_records.cpp
// (incidents, timeline entries, escalation steps, deliveries).
#pragma once

#include "core/common/result.h"
#include "pagingtypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <initializer_list>
#include <optional>

namespace Vortex::Core::Paging::JsonDetail {

// JSON numbers are doubles: integers beyond 2^53 do not survive, so ids stay below that.
inline constexpr double MaxSafeInteger = 9007199254740991.0;

/// "base.key", or "key" at the top level.
QString childPath(const QString &base, const QString &key);
/// "base[index]".
QString itemPath(const QString &base, qsizetype index);

/// ISO 8601 UTC with milliseconds, or null for an invalid date.
QJsonValue dateToJson(const QDateTime &value);
/// The number, or null when absent.
QJsonValue optionalToJson(const std::optional<int> &value);

/// Collects the first error while a parser walks a document, so every read can be written as
/// a plain assignment and checked once at the end of an object.
class Errors
{
public:
    void add(const QString &path, const QString &text)
    {
        if (m_error.isEmpty())
            m_error = path + QStringLiteral(": ") + text;
    }
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

private:
    QString m_error;
};

/// Typed reads of one JSON object's keys; absent keys give the fallback, wrong types an error.
class Reader
{
public:
    /// Reports every key of \a object that is not in \a known as an error.
    Reader(const QJsonObject &object, QString path, Errors &errors,
           std::initializer_list<const char *> known);

    QString pathOf(const QString &key) const { return childPath(m_path, key); }

    QString string(const char *key, const QString &fallback = {});
    bool boolean(const char *key, bool fallback);
    qint64 int64(const char *key, qint64 fallback);
    int integer(const char *key, int fallback);
    std::optional<int> optionalInteger(const char *key);
    /// A date with "Z" or an offset, in UTC; invalid when absent or null.
    QDateTime dateTime(const char *key);
    QJsonArray array(const char *key);

    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }

    void expected(const char *key, const QString &text);

private:
    static std::optional<qint64> integral(const QJsonValue &value, double min, double max);

    QJsonObject m_object;
    QString m_path;
    Errors &m_errors;
};

/// The object at \a path inside an array, or an error.
QJsonObject objectItem(const QJsonValue &value, const QString &path, Errors &errors);
/// The string at \a path inside an array, or an error.
QString stringItem(const QJsonValue &value, const QString &path, Errors &errors);

/// The enum named by \a key; an error listing \a choices for an unknown name.
template<typename E>
E enumValue(Reader &reader, const char *key, E fallback,
            std::optional<E> (*fromName)(const QString &), const QString &choices)
{
    if (!reader.has(key))
        return fallback;
    const QString name = reader.string(key);
    const std::optional<E> value = fromName(name);
    if (!value) {
        reader.expected(key,
                        QCoreApplication::translate("PagingJson", "expected one of %1, not \"%2\"")
                            .arg(choices, name));
        return fallback;
    }
    return *value;
}

/// Runs \a read on the whole object and turns the first error into a failure.
template<typename T, typename Read>
Result<T, QString> parseObject(const QJsonObject &json, Read read)
{
    Errors errors;
    T value = read(json, QString(), errors);
    if (errors.failed())
        return fail(errors.error());
    return value;
}

/// The channel names, for error texts.
QString channelChoices();

QJsonObject senderToJson(const Sender &sender);
Sender readSender(const QJsonObject &json, const QString &path, Errors &errors);

} // namespace Vortex::Core::Paging::JsonDetail
