// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <memory>
#include <optional>

namespace Vortex::Core {
struct MessageRecord;
}

namespace Vortex::Core::Store {

class Database;
struct CallRecord;

/// One row of the messages and calls log: a message or a call, with the columns the log
/// filters on (channel, region).
struct TrafficRow
{
    enum class Kind { Message, Call };

    Kind kind = Kind::Message;
    QString sid;
    QString channel; ///< "sms", "whatsapp" or "voice"
    QString region;  ///< ISO 3166-1 alpha-2 of the far end, "" when unknown
    QString direction;
    QString from;
    QString to;
    QString body; ///< messages only
    QString status;
    int errorCode = 0;
    QString errorMessage;
    int numSegments = 0; ///< messages only
    int durationS = 0;   ///< calls only
    QString price;
    QString priceUnit;
    QDateTime dateCreated;
    QDateTime dateUpdated;
    QDateTime dateSent;

    /// The row a live message update stands for (channel and region derived as the store does).
    static TrafficRow fromMessage(const MessageRecord &record);
    static TrafficRow fromCall(const CallRecord &record);
};

/// A position in the log's order, newest first: (date_created DESC, sid DESC). Pages continue
/// strictly after it (keyset pagination: a deep page costs what the first one costs).
struct TrafficCursor
{
    bool atTop = true;   ///< true: start with the newest row
    QString dateCreated; ///< ISO text as stored ("" for rows without a date)
    QString sid;

    static TrafficCursor after(const QString &dateCreated, const QString &sid)
    {
        return {false, dateCreated, sid};
    }
};

/// What the log shows. Empty fields do not filter. All conditions must hold.
struct TrafficFilter
{
    /// How the search text is applied (see TrafficQuery for the cost of each).
    enum class SearchMode { None, Sid, Number, Text };

    QStringList statuses;         ///< any of these Twilio statuses
    QString channel;              ///< "sms", "whatsapp" or "voice"
    QString region;               ///< ISO 3166-1 alpha-2 of the far end
    QString recipient;            ///< the To address, exactly (with or without "whatsapp:")
    QString sender;               ///< the From address, exactly (with or without "whatsapp:")
    std::optional<int> errorCode; ///< 0 selects rows without an error
    QString search;               ///< SID prefix, number prefix or text in the body
    QDateTime since;              ///< date_created >= since
    QDateTime until;              ///< date_created < until

    /// The mode \a search selects and its normalised form: "SM"/"MM"/"CA" followed by hex digits
    /// is a SID prefix; "+", digits, spaces, dashes and brackets with at least three digits is a
    /// number prefix ("+44 7400" → "+447400"); anything else is text in the body.
    static SearchMode searchMode(const QString &search, QString *normalised = nullptr);
    /// Whether \a row passes, with the same rules as the SQL (for live rows).
    bool matches(const TrafficRow &row) const;
    bool isEmpty() const { return *this == TrafficFilter(); }
    bool operator==(const TrafficFilter &other) const = default;
};

/// One page of the log.
struct TrafficPage
{
    quint64 requestId = 0;
    QList<TrafficRow> rows; ///< newest first
    TrafficCursor next;     ///< where the following page starts
    bool atEnd = false;     ///< nothing older matches
    QString error;          ///< empty when the query worked
};

/// How many rows match a filter.
struct TrafficCount
{
    quint64 requestId = 0;
    qint64 count = 0;
    bool atLeast = false; ///< a search count stopped at TrafficQuery::CountCap
    QString error;
};

/// Reads the console store's messages and calls for the log, with its own connection on the
/// thread it lives on (move it to a worker QThread; WAL lets it read beside the engine). Use the
/// request slots through queued calls and listen to the *Ready signals, or call the synchronous
/// functions on the object's own thread (tests, benchmarks).
///
/// Cost model on a store of 1,000,000 rows:
/// - every filter column (status, region, error code, recipient, sender) has an index ending in
///   the log's order (…, date_created, sid), and the log itself (date_created, sid): a page is a
///   range scan without a sort, wherever the cursor is; the channel is checked on the rows the
///   chosen index yields (WhatsApp is a tenth of the traffic);
/// - a SID prefix is a range on the primary key;
/// - a number prefix is a range on the to/from indexes when it matches few rows (a bounded
///   probe decides); one that matches many is checked during a date-ordered scan instead;
/// - text in the body has no index (a trigram index would double the file): each page examines
///   at most ScanBudget rows in date order and returns what matched, with a cursor after the
///   last examined row. A page may therefore hold fewer rows than asked for (even none) while
///   atEnd is false; callers fetch on. Counts of searches stop at CountCap.
class TrafficQuery : public QObject
{
    Q_OBJECT

public:
    static constexpr int ScanBudget = 50000;
    static constexpr int CountCap = 10000;

    explicit TrafficQuery(QString databasePath, QObject *parent = nullptr);
    ~TrafficQuery() override;

    /// Rows a search page examines at most (ScanBudget unless changed; tests use small ones).
    void setScanBudget(int rows) { m_scanBudget = std::max(1, rows); }

    /// Up to \a limit rows after \a after (the requestId of the result is 0).
    Result<TrafficPage, QString> page(const TrafficFilter &filter, const TrafficCursor &after,
                                      int limit);
    Result<TrafficCount, QString> count(const TrafficFilter &filter);
    /// The full row of a message or call ("CA…" are calls).
    Result<std::optional<TrafficRow>, QString> row(const QString &sid);
    /// Distinct values of "region", "from_address" or "to_address" over messages and calls,
    /// sorted, without "" (a loose index scan: one index step per value).
    Result<QStringList, QString> distinct(const QString &column);

public Q_SLOTS:
    void requestPage(quint64 requestId, const Vortex::Core::Store::TrafficFilter &filter,
                     const Vortex::Core::Store::TrafficCursor &after, int limit);
    void requestCount(quint64 requestId, const Vortex::Core::Store::TrafficFilter &filter);
    void requestRow(quint64 requestId, const QString &sid);
    void requestDistinct(const QString &column);

Q_SIGNALS:
    void pageReady(const Vortex::Core::Store::TrafficPage &page);
    void countReady(const Vortex::Core::Store::TrafficCount &count);
    /// \a found is false when the SID is not stored (or the query failed).
    void rowReady(quint64 requestId, const Vortex::Core::Store::TrafficRow &row, bool found);
    void distinctReady(const QString &column, const QStringList &values);

private:
    Result<Done, QString> ensureOpen();
    Result<bool, QString> numberIsDense(const QString &table, const QString &number);

    QString m_path;
    int m_scanBudget = ScanBudget;
    std::unique_ptr<Database> m_db;
    QHash<QString, bool> m_denseNumbers; ///< "table|+4474" → matches many rows
};

} // namespace Vortex::Core::Store

Q_DECLARE_METATYPE(Vortex::Core::Store::TrafficRow)
Q_DECLARE_METATYPE(Vortex::Core::Store::TrafficCursor)
Q_DECLARE_METATYPE(Vortex::Core::Store::TrafficFilter)
Q_DECLARE_METATYPE(Vortex::Core::Store::TrafficPage)
Q_DECLARE_METATYPE(Vortex::Core::Store::TrafficCount)
