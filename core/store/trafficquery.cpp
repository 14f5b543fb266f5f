// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "trafficquery.h"

#include "core/console/consoletypes.h"
#include "database.h"
#include "messagestore.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Vortex::Core::Store {

namespace {

/// A number prefix that matches at least this many rows of a table is searched by scanning in
/// date order rather than through the to/from indexes (whose matches would have to be sorted).
constexpr int DenseNumberRows = 2000;

const QString WhatsAppPrefix = QStringLiteral("whatsapp:");

/// A row's place in the log's order.
struct Key
{
    QString date;
    QString sid;
};

bool newer(const Key &a, const Key &b)
{
    return a.date != b.date ? a.date > b.date : a.sid > b.sid;
}

QString iso(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

QDateTime fromIso(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

/// Upper bound for a prefix range on ASCII text: '~' sorts after every digit and letter.
QString upperBound(const QString &prefix)
{
    return prefix + QLatin1Char('~');
}

QString stripWhatsApp(const QString &address)
{
    return address.startsWith(WhatsAppPrefix) ? address.mid(WhatsAppPrefix.size()) : address;
}

QString likeEscaped(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            out.append(QLatin1Char('\\'));
        out.append(c);
    }
    return out;
}

/// One table the log reads (messages or calls) with the WHERE clause a filter gives it.
struct Source
{
    QString table;
    bool calls = false;
    QStringList conditions;  ///< without the search condition
    QVariantList values;     ///< bound to conditions, in order
    QString searchCondition; ///< "" when the search does not narrow by itself
    QVariantList searchValues;
    bool bounded = false; ///< the search is checked during a bounded scan

    QString selectColumns() const
    {
        if (calls)
            return QStringLiteral(
                "sid, direction, from_address, to_address, '', status, error_code, "
                "error_message, 0, duration, price, price_unit, date_created, date_updated, '', "
                "'voice', region");
        return QStringLiteral(
            "sid, direction, from_address, to_address, body, status, error_code, error_message,"
            " num_segments, 0, price, price_unit, date_created, date_updated, date_sent, "
            "channel, region");
    }

    static TrafficRow read(const QSqlQuery &q, bool calls)
    {
        TrafficRow r;
        r.kind = calls ? TrafficRow::Kind::Call : TrafficRow::Kind::Message;
        r.sid = q.value(0).toString();
        r.direction = q.value(1).toString();
        r.from = q.value(2).toString();
        r.to = q.value(3).toString();
        r.body = q.value(4).toString();
        r.status = q.value(5).toString();
        r.errorCode = q.value(6).toInt();
        r.errorMessage = q.value(7).toString();
        r.numSegments = q.value(8).toInt();
        r.durationS = q.value(9).toInt();
        r.price = q.value(10).toString();
        r.priceUnit = q.value(11).toString();
        r.dateCreated = fromIso(q.value(12).toString());
        r.dateUpdated = fromIso(q.value(13).toString());
        r.dateSent = fromIso(q.value(14).toString());
        r.channel = q.value(15).toString();
        r.region = q.value(16).toString();
        return r;
    }
};

QString numberCondition(const QString &plus)
{
    return QStringLiteral("((%1to_address >= ? AND %1to_address < ?) OR "
                          "(%1to_address >= ? AND %1to_address < ?) OR "
                          "(%1from_address >= ? AND %1from_address < ?) OR "
                          "(%1from_address >= ? AND %1from_address < ?))")
        .arg(plus);
}

QVariantList numberValues(const QString &number)
{
    QVariantList values;
    for (int i = 0; i < 2; ++i)
        values << number << upperBound(number) << QString(WhatsAppPrefix + number)
               << upperBound(WhatsAppPrefix + number);
    return values;
}

void addAddressCondition(QStringList &conditions, QVariantList &values, const QString &column,
                         const QString &wanted)
{
    const QString w = wanted.trimmed();
    if (w.isEmpty())
        return;
    if (w.startsWith(WhatsAppPrefix)) {
        conditions.append(column + QStringLiteral(" = ?"));
        values.append(w);
        return;
    }
    conditions.append(column + QStringLiteral(" IN (?, ?)"));
    values.append(w);
    values.append(QString(WhatsAppPrefix + w));
}

/// The table's part of \a filter without the search text, or nothing when the filter rules the
/// table out (a channel, a SID prefix of the other kind, body text for calls).
std::optional<Source> sourceFor(bool calls, const TrafficFilter &filter,
                                TrafficFilter::SearchMode mode, const QString &needle)
{
    Source s;
    s.calls = calls;
    s.table = calls ? QStringLiteral("calls") : QStringLiteral("messages");
    if (!filter.channel.isEmpty()) {
        if ((filter.channel == QLatin1String("voice")) != calls)
            return std::nullopt;
        if (!calls) {
            s.conditions.append(QStringLiteral("channel = ?"));
            s.values.append(filter.channel);
        }
    }
    if (mode == TrafficFilter::SearchMode::Text && calls)
        return std::nullopt; // calls have no body
    if (mode == TrafficFilter::SearchMode::Sid && needle.startsWith(QLatin1String("CA")) != calls)
        return std::nullopt;
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &status : filter.statuses) {
            marks.append(QStringLiteral("?"));
            s.values.append(status);
        }
        s.conditions.append(QStringLiteral("status IN (") + marks.join(QLatin1Char(','))
                            + QLatin1Char(')'));
    }
    if (!filter.region.isEmpty()) {
        s.conditions.append(QStringLiteral("region = ?"));
        s.values.append(filter.region);
    }
    addAddressCondition(s.conditions, s.values, QStringLiteral("to_address"), filter.recipient);
    addAddressCondition(s.conditions, s.values, QStringLiteral("from_address"), filter.sender);
    if (filter.errorCode) {
        s.conditions.append(QStringLiteral("error_code = ?"));
        s.values.append(*filter.errorCode);
    }
    if (filter.since.isValid()) {
        s.conditions.append(QStringLiteral("date_created >= ?"));
        s.values.append(iso(filter.since));
    }
    if (filter.until.isValid()) {
        s.conditions.append(QStringLiteral("date_created < ?"));
        s.values.append(iso(filter.until));
    }
    return s;
}

} // namespace

// --- TrafficRow ----------------------------------------------------------------------------

TrafficRow TrafficRow::fromMessage(const MessageRecord &record)
{
    TrafficRow r;
    r.kind = Kind::Message;
    r.sid = record.sid;
    r.channel = MessageStore::channelOf(record.from, record.to);
    r.region = MessageStore::regionOf(record.direction, record.from, record.to);
    r.direction = record.direction;
    r.from = record.from;
    r.to = record.to;
    r.body = record.body;
    r.status = record.status;
    r.errorCode = record.errorCode;
    r.errorMessage = record.errorMessage;
    r.numSegments = record.numSegments;
    r.price = record.price;
    r.priceUnit = record.priceUnit;
    r.dateCreated = record.dateCreated;
    r.dateUpdated = record.dateUpdated;
    r.dateSent = record.dateSent;
    return r;
}

TrafficRow TrafficRow::fromCall(const CallRecord &record)
{
    TrafficRow r;
    r.kind = Kind::Call;
    r.sid = record.sid;
    r.channel = QStringLiteral("voice");
    r.region = MessageStore::regionOf(record.direction, record.from, record.to);
    r.direction = record.direction;
    r.from = record.from;
    r.to = record.to;
    r.status = record.status;
    r.errorCode = record.errorCode;
    r.errorMessage = record.errorMessage;
    r.durationS = record.durationS;
    r.price = record.price;
    r.priceUnit = record.priceUnit;
    r.dateCreated = record.dateCreated;
    r.dateUpdated = record.dateUpdated;
    return r;
}

// --- TrafficFilter -------------------------------------------------------------------------

TrafficFilter::SearchMode TrafficFilter::searchMode(const QString &search, QString *normalised)
{
    const QString text = search.trimmed();
    auto out = [normalised](SearchMode mode, const QString &value) {
        if (normalised)
            *normalised = value;
        return mode;
    };
    if (text.isEmpty())
        return out(SearchMode::None, QString());
    static const QRegularExpression sid(QStringLiteral("^(SM|MM|CA)[0-9a-fA-F]{2,32}$"));
    if (sid.match(text).hasMatch())
        return out(SearchMode::Sid, text.left(2) + text.mid(2).toLower());
    static const QRegularExpression number(QStringLiteral("^\\+?[0-9][0-9 ()\\-.]*$"));
    if (number.match(text).hasMatch()) {
        QString digits;
        for (const QChar c : text) {
            if (c.isDigit())
                digits.append(c);
        }
        if (digits.size() >= 3)
            return out(SearchMode::Number, QLatin1Char('+') + digits);
    }
    return out(SearchMode::Text, text);
}

bool TrafficFilter::matches(const TrafficRow &row) const
{
    if (!statuses.isEmpty() && !statuses.contains(row.status))
        return false;
    if (!channel.isEmpty() && row.channel != channel)
        return false;
    if (!region.isEmpty() && row.region != region)
        return false;
    auto sameAddress = [](const QString &wanted, const QString &address) {
        const QString w = wanted.trimmed();
        if (w.startsWith(WhatsAppPrefix))
            return address == w;
        return address == w || address == WhatsAppPrefix + w;
    };
    if (!recipient.trimmed().isEmpty() && !sameAddress(recipient, row.to))
        return false;
    if (!sender.trimmed().isEmpty() && !sameAddress(sender, row.from))
        return false;
    if (errorCode && row.errorCode != *errorCode)
        return false;
    if (since.isValid() && !(row.dateCreated.isValid() && row.dateCreated >= since))
        return false;
    if (until.isValid() && !(row.dateCreated.isValid() && row.dateCreated < until))
        return false;
    QString needle;
    switch (searchMode(search, &needle)) {
    case SearchMode::None:
        return true;
    case SearchMode::Sid:
        return row.sid.startsWith(needle);
    case SearchMode::Number:
        return stripWhatsApp(row.to).startsWith(needle)
               || stripWhatsApp(row.from).startsWith(needle);
    case SearchMode::Text:
        // SQLite's LIKE folds ASCII case only; the UI's live check folds all of Unicode.
        return row.kind == TrafficRow::Kind::Message
               && row.body.contains(needle, Qt::CaseInsensitive);
    }
    return true;
}

// --- TrafficQuery --------------------------------------------------------------------------

TrafficQuery::TrafficQuery(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    qRegisterMetaType<TrafficRow>();
    qRegisterMetaType<TrafficCursor>();
    qRegisterMetaType<TrafficFilter>();
    qRegisterMetaType<TrafficPage>();
    qRegisterMetaType<TrafficCount>();
}

TrafficQuery::~TrafficQuery() = default;

Result<Done, QString> TrafficQuery::ensureOpen()
{
    if (m_db && m_db->connection().isOpen())
        return Done{};
    m_db = std::make_unique<Database>(m_path, QStringLiteral("traffic-query"));
    if (auto opened = m_db->open(); !opened) {
        m_db.reset();
        return opened;
    }
    // The engine may not have created the schema yet (the log opens beside it at start-up);
    // the migrations run in one transaction, so whichever connection comes first applies them.
    if (auto migrated = m_db->migrate(MessageStore::migrations()); !migrated) {
        m_db.reset();
        return migrated;
    }
    return Done{};
}

Result<bool, QString> TrafficQuery::numberIsDense(const QString &table, const QString &number)
{
    const QString key = table + QLatin1Char('|') + number;
    if (auto it = m_denseNumbers.constFind(key); it != m_denseNumbers.constEnd())
        return *it;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %2 LIMIT %3)")
                  .arg(table, numberCondition(QString()))
                  .arg(DenseNumberRows));
    for (const QVariant &v : numberValues(number))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return fail(QStringLiteral("cannot probe the number search: ") + q.lastError().text());
    const bool dense = q.value(0).toInt() >= DenseNumberRows;
    if (m_denseNumbers.size() > 1000)
        m_denseNumbers.clear();
    m_denseNumbers.insert(key, dense);
    return dense;
}

namespace {

QString whereClause(const QStringList &conditions)
{
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

bool bindAndExec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

} // namespace

Result<TrafficPage, QString> TrafficQuery::page(const TrafficFilter &filter,
                                                const TrafficCursor &after, int limit)
{
    if (auto opened = ensureOpen(); !opened)
        return fail(opened.error());
    limit = std::max(1, limit);
    QString needle;
    const TrafficFilter::SearchMode mode = TrafficFilter::searchMode(filter.search, &needle);

    // Which tables take part, each with its conditions.
    QList<Source> sources;
    for (const bool calls : {false, true}) {
        std::optional<Source> source = sourceFor(calls, filter, mode, needle);
        if (!source)
            continue;
        Source &s = *source;
        switch (mode) {
        case TrafficFilter::SearchMode::None:
            break;
        case TrafficFilter::SearchMode::Sid:
            s.searchCondition = QStringLiteral("sid >= ? AND sid < ?");
            s.searchValues = {needle, upperBound(needle)};
            break;
        case TrafficFilter::SearchMode::Number: {
            auto dense = numberIsDense(s.table, needle);
            if (!dense)
                return fail(dense.error());
            s.bounded = dense.value();
            // A unary + keeps SQLite off the to/from indexes when the scan is the better plan.
            s.searchCondition = numberCondition(s.bounded ? QStringLiteral("+") : QString());
            s.searchValues = numberValues(needle);
            break;
        }
        case TrafficFilter::SearchMode::Text:
            s.bounded = true;
            s.searchCondition = QStringLiteral("body LIKE ? ESCAPE '\\'");
            s.searchValues = {QString(QLatin1Char('%') + likeEscaped(needle) + QLatin1Char('%'))};
            break;
        }
        sources.append(s);
    }

    const QString order = QStringLiteral(" ORDER BY date_created DESC, sid DESC");
    QList<QPair<Key, TrafficRow>> candidates;
    std::optional<Key> frontier; // rows at or newer than this are complete in every source
    for (const Source &s : std::as_const(sources)) {
        QStringList conditions = s.conditions;
        QVariantList values = s.values;
        if (!after.atTop) {
            conditions.append(QStringLiteral("(date_created, sid) < (?, ?)"));
            values << after.dateCreated << after.sid;
        }
        std::optional<Key> sourceFrontier;
        bool exhausted = false;
        if (s.bounded) {
            // How far this page's scan may go: the ScanBudget-th row in order without the
            // search condition (an index-only step on the log index).
            QSqlQuery edge(m_db->connection());
            if (!bindAndExec(edge,
                             QStringLiteral("SELECT date_created, sid FROM ") + s.table
                                 + whereClause(conditions) + order
                                 + QStringLiteral(" LIMIT 1 OFFSET %1").arg(m_scanBudget - 1),
                             values))
                return fail(QStringLiteral("cannot read the log: ") + edge.lastError().text());
            if (edge.next()) {
                sourceFrontier = Key{edge.value(0).toString(), edge.value(1).toString()};
                conditions.append(QStringLiteral("(date_created, sid) >= (?, ?)"));
                values << sourceFrontier->date << sourceFrontier->sid;
            } else {
                exhausted = true;
            }
        }
        if (!s.searchCondition.isEmpty()) {
            conditions.append(s.searchCondition);
            values += s.searchValues;
        }
        QSqlQuery q(m_db->connection());
        if (!bindAndExec(q,
                         QStringLiteral("SELECT ") + s.selectColumns() + QStringLiteral(" FROM ")
                             + s.table + whereClause(conditions) + order
                             + QStringLiteral(" LIMIT %1").arg(limit),
                         values))
            return fail(QStringLiteral("cannot read the log: ") + q.lastError().text());
        int rows = 0;
        Key last;
        while (q.next()) {
            last = Key{q.value(12).toString(), q.value(0).toString()};
            candidates.append({last, Source::read(q, s.calls)});
            ++rows;
        }
        if (rows == limit) {
            sourceFrontier = last;
            exhausted = false;
        } else if (!s.bounded) {
            exhausted = true;
        }
        if (!exhausted && sourceFrontier && (!frontier || newer(*sourceFrontier, *frontier)))
            frontier = sourceFrontier;
    }

    std::sort(candidates.begin(), candidates.end(),
              [](const auto &a, const auto &b) { return newer(a.first, b.first); });
    if (frontier) {
        const Key edge = *frontier;
        candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                        [&edge](const auto &c) { return newer(edge, c.first); }),
                         candidates.end());
    }
    TrafficPage result;
    if (candidates.size() > limit) {
        candidates.resize(limit);
        result.next = TrafficCursor::after(candidates.constLast().first.date,
                                           candidates.constLast().first.sid);
    } else if (frontier) {
        result.next = TrafficCursor::after(frontier->date, frontier->sid);
    } else {
        result.atEnd = true;
        result.next = candidates.isEmpty() ? after
                                           : TrafficCursor::after(candidates.constLast().first.date,
                                                                  candidates.constLast().first.sid);
    }
    result.rows.reserve(candidates.size());
    for (auto &c : candidates)
        result.rows.append(std::move(c.second));
    return result;
}

Result<TrafficCount, QString> TrafficQuery::count(const TrafficFilter &filter)
{
    if (auto opened = ensureOpen(); !opened)
        return fail(opened.error());
    QString needle;
    const TrafficFilter::SearchMode mode = TrafficFilter::searchMode(filter.search, &needle);
    const bool capped
        = mode == TrafficFilter::SearchMode::Number || mode == TrafficFilter::SearchMode::Text;
    TrafficCount result;
    for (const bool calls : {false, true}) {
        std::optional<Source> source = sourceFor(calls, filter, mode, needle);
        if (!source)
            continue;
        const QString table = source->table;
        QStringList conditions = source->conditions;
        QVariantList values = source->values;
        switch (mode) {
        case TrafficFilter::SearchMode::None:
            break;
        case TrafficFilter::SearchMode::Sid:
            conditions.append(QStringLiteral("sid >= ? AND sid < ?"));
            values << needle << upperBound(needle);
            break;
        case TrafficFilter::SearchMode::Number:
            conditions.append(numberCondition(QString()));
            values += numberValues(needle);
            break;
        case TrafficFilter::SearchMode::Text:
            conditions.append(QStringLiteral("body LIKE ? ESCAPE '\\'"));
            values.append(QString(QLatin1Char('%') + likeEscaped(needle) + QLatin1Char('%')));
            break;
        }
        QString sql = QStringLiteral("SELECT count(*) FROM ") + table + whereClause(conditions);
        if (capped)
            sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM ") + table
                  + whereClause(conditions) + QStringLiteral(" LIMIT %1)").arg(CountCap + 1);
        QSqlQuery q(m_db->connection());
        if (!bindAndExec(q, sql, values) || !q.next())
            return fail(QStringLiteral("cannot count the log: ") + q.lastError().text());
        result.count += q.value(0).toLongLong();
    }
    if (capped && result.count > CountCap) {
        result.count = CountCap;
        result.atLeast = true;
    }
    return result;
}

Result<std::optional<TrafficRow>, QString> TrafficQuery::row(const QString &sid)
{
    if (auto opened = ensureOpen(); !opened)
        return fail(opened.error());
    Source s;
    s.calls = sid.startsWith(QLatin1String("CA"));
    s.table = s.calls ? QStringLiteral("calls") : QStringLiteral("messages");
    QSqlQuery q(m_db->connection());
    if (!bindAndExec(q,
                     QStringLiteral("SELECT ") + s.selectColumns() + QStringLiteral(" FROM ")
                         + s.table + QStringLiteral(" WHERE sid = ?"),
                     {sid}))
        return fail(QStringLiteral("cannot read the log: ") + q.lastError().text());
    if (!q.next())
        return std::optional<TrafficRow>();
    return std::optional<TrafficRow>(Source::read(q, s.calls));
}

Result<QStringList, QString> TrafficQuery::distinct(const QString &column)
{
    if (column != QLatin1String("region") && column != QLatin1String("from_address")
        && column != QLatin1String("to_address"))
        return fail(QStringLiteral("no such log column: ") + column);
    if (auto opened = ensureOpen(); !opened)
        return fail(opened.error());
    QStringList values;
    for (const QString &table : {QStringLiteral("messages"), QStringLiteral("calls")}) {
        // A loose index scan: each step asks the column's index for the next larger value.
        QSqlQuery q(m_db->connection());
        q.setForwardOnly(true);
        const QString sql
            = QStringLiteral("WITH RECURSIVE v(x) AS (SELECT min(%1) FROM %2 WHERE %1 > '' "
                             "UNION ALL SELECT (SELECT min(%1) FROM %2 WHERE %1 > v.x) FROM v "
                             "WHERE v.x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL")
                  .arg(column, table);
        if (!q.exec(sql))
            return fail(QStringLiteral("cannot read the log: ") + q.lastError().text());
        while (q.next())
            values.append(q.value(0).toString());
    }
    values.sort();
    values.removeDuplicates();
    return values;
}

void TrafficQuery::requestPage(quint64 requestId, const TrafficFilter &filter,
                               const TrafficCursor &after, int limit)
{
    auto result = page(filter, after, limit);
    TrafficPage out;
    if (result)
        out = std::move(result).value();
    else {
        out.error = result.error();
        out.next = after;
    }
    out.requestId = requestId;
    Q_EMIT pageReady(out);
}

void TrafficQuery::requestCount(quint64 requestId, const TrafficFilter &filter)
{
    auto result = count(filter);
    TrafficCount out;
    if (result)
        out = result.value();
    else
        out.error = result.error();
    out.requestId = requestId;
    Q_EMIT countReady(out);
}

void TrafficQuery::requestRow(quint64 requestId, const QString &sid)
{
    auto result = row(sid);
    if (result && result.value())
        Q_EMIT rowReady(requestId, *result.value(), true);
    else
        Q_EMIT rowReady(requestId, TrafficRow(), false);
}

void TrafficQuery::requestDistinct(const QString &column)
{
    auto result = distinct(column);
    Q_EMIT distinctReady(column, result ? result.value() : QStringList());
}

} // namespace Vortex::Core::Store
