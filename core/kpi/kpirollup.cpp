// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "kpirollup.h"

#include "kpidefinitions.h"

#include "core/phone/phonenumbers.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <map>
#include <tuple>

namespace Vortex::Core::Kpi {

namespace {

const QList<Store::Migration> &migrations()
{
    static const QList<Store::Migration> list = {
        {1,
         {QStringLiteral("CREATE TABLE kpi_rollup ("
                         " hour BIGINT NOT NULL,"
                         " region TEXT NOT NULL,"
                         " channel TEXT NOT NULL,"
                         " sender TEXT NOT NULL,"
                         " class INTEGER NOT NULL,"
                         " n BIGINT NOT NULL,"
                         " segments BIGINT NOT NULL,"
                         " priced BIGINT NOT NULL,"
                         " cost DOUBLE PRECISION NOT NULL,"
                         " PRIMARY KEY (hour, region, channel, sender, class))"),
          QStringLiteral("CREATE TABLE kpi_latency ("
                         " hour BIGINT NOT NULL,"
                         " channel TEXT NOT NULL,"
                         " bucket INTEGER NOT NULL,"
                         " n BIGINT NOT NULL,"
                         " PRIMARY KEY (hour, channel, bucket))"),
          QStringLiteral("CREATE TABLE kpi_blocked ("
                         " key TEXT PRIMARY KEY,"
                         " hour BIGINT NOT NULL,"
                         " code INTEGER NOT NULL,"
                         " who TEXT NOT NULL,"
                         " sender TEXT NOT NULL,"
                         " source TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX kpi_blocked_hour ON kpi_blocked (hour)"),
          QStringLiteral("CREATE TABLE kpi_ack ("
                         " incident_id BIGINT NOT NULL,"
                         " recipient_id TEXT NOT NULL,"
                         " first_paged_at BIGINT NOT NULL,"
                         " acked_at BIGINT,"
                         " PRIMARY KEY (incident_id, recipient_id))"),
          QStringLiteral("CREATE INDEX kpi_ack_paged ON kpi_ack (first_paged_at)"),
          QStringLiteral("CREATE TABLE kpi_state (name TEXT PRIMARY KEY, value TEXT NOT NULL)")}},
    };
    return list;
}

QString sqlError(const QString &what, const QSqlError &error)
{
    return what + QStringLiteral(": ") + error.text();
}

/// "2024-05-01T02" for hour number 473930 and back.
QString hourPrefix(qint64 hour)
{
    return QDateTime::fromSecsSinceEpoch(hour * 3600, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH"));
}

qint64 hourFromPrefix(const QString &prefix)
{
    const QDateTime dt = QDateTime::fromString(prefix + QStringLiteral(":00:00Z"), Qt::ISODate);
    return dt.isValid() ? dt.toSecsSinceEpoch() / 3600 : -1;
}

struct GroupKey
{
    qint64 hour;
    QString region;
    QString channel;
    QString sender;
    int cls;
    bool operator<(const GroupKey &o) const
    {
        return std::tie(hour, region, channel, sender, cls)
               < std::tie(o.hour, o.region, o.channel, o.sender, o.cls);
    }
};

struct GroupValue
{
    qint64 n = 0;
    qint64 segments = 0;
    qint64 priced = 0;
    double cost = 0;
};

struct LatencyKey
{
    qint64 hour;
    QString channel;
    int bucket;
    bool operator<(const LatencyKey &o) const
    {
        return std::tie(hour, channel, bucket) < std::tie(o.hour, o.channel, o.bucket);
    }
};

} // namespace

/// A source store opened read only on the calling thread.
struct KpiRollup::Source
{
    QString path;
    QString connectionName;
    QStringList columns;   ///< of the table the rollup reads
    bool hasCalls = false; ///< the console store's calls table (migration 2)

    Source(QString filePath, const QString &name)
        : path(std::move(filePath))
    {
        static std::atomic<quint64> instances{0};
        connectionName = QStringLiteral("vortex:kpi-%1#%2@%3")
                             .arg(name)
                             .arg(++instances)
                             .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    }
    ~Source() { close(); }

    /// False (no error) while the file does not exist: the KPIs are then empty.
    Result<bool, QString> open(const QString &table)
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid() && db.isOpen())
            return true;
        if (path.isEmpty() || !QFileInfo::exists(path))
            return false;
        if (!db.isValid())
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QString error = db.lastError().text();
            close();
            return fail(QStringLiteral("cannot open %1: %2").arg(path, error));
        }
        QSqlQuery q(db);
        columns.clear();
        if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
            return fail(sqlError(QStringLiteral("cannot read ") + path, q.lastError()));
        while (q.next())
            columns.append(q.value(1).toString());
        if (columns.isEmpty()) { // the owner has not created its schema yet
            close();
            return false;
        }
        hasCalls = q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND"
                                         " name = 'calls'"))
                   && q.next();
        return true;
    }
    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }
    void close()
    {
        if (!QSqlDatabase::contains(connectionName))
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
    }
};

QString KpiSources::defaultKpiPath(const QString &messagesPath)
{
    return QFileInfo(messagesPath).absoluteDir().filePath(QStringLiteral("kpi.sqlite"));
}

KpiRollup::KpiRollup(KpiSources sources)
    : m_sources(std::move(sources))
    , m_db(m_sources.kpiPath.isEmpty() ? KpiSources::defaultKpiPath(m_sources.messagesPath)
                                       : m_sources.kpiPath,
           QStringLiteral("kpi"))
{
    if (m_sources.kpiPath.isEmpty())
        m_sources.kpiPath = m_db.filePath();
}

KpiRollup::~KpiRollup()
{
    close();
}

Result<Done, QString> KpiRollup::open()
{
    QDir().mkpath(QFileInfo(m_sources.kpiPath).absolutePath());
    if (auto opened = m_db.open(); !opened)
        return opened;
    // Rollups are derived data that a rebuild restores, so commits need not wait for the disk.
    QSqlQuery relaxed(m_db.connection());
    relaxed.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    m_messages = std::make_unique<Source>(m_sources.messagesPath, QStringLiteral("messages"));
    m_paging = std::make_unique<Source>(m_sources.pagingPath, QStringLiteral("paging"));
    return m_db.migrate(migrations());
}

void KpiRollup::close()
{
    m_messages.reset();
    m_paging.reset();
    m_db.close();
}

QSqlDatabase KpiRollup::connection() const
{
    return m_db.connection();
}

Result<QString, QString> KpiRollup::state(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM kpi_state WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return fail(sqlError(QStringLiteral("cannot read KPI state"), q.lastError()));
    return q.next() ? q.value(0).toString() : QString();
}

Result<Done, QString> KpiRollup::setState(const QString &name, const QString &value)
{
    m_wrote = true;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO kpi_state (name, value) VALUES (?, ?) "
                             "ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
    q.addBindValue(name);
    q.addBindValue(value);
    if (!q.exec())
        return fail(sqlError(QStringLiteral("cannot store KPI state"), q.lastError()));
    return Done{};
}

Result<RollupUpdate, QString> KpiRollup::update()
{
    return run(false);
}

Result<RollupUpdate, QString> KpiRollup::rebuild()
{
    return run(true);
}

Result<RollupUpdate, QString> KpiRollup::run(bool full)
{
    if (!m_messages)
        return fail(QStringLiteral("the KPI store is not open"));
    RollupUpdate stats;
    auto version = state(QStringLiteral("definitions"));
    if (!version)
        return fail(version.error());
    if (version.value() != QString::number(KpiDefinitions::Version))
        full = true;
    stats.rebuilt = full;
    m_wrote = false;
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return fail(sqlError(QStringLiteral("cannot begin a KPI update"), db.lastError()));
    auto rollback = [&db](const QString &error) -> Result<RollupUpdate, QString> {
        db.rollback();
        return fail(error);
    };
    if (auto done = updateMessages(full, stats); !done)
        return rollback(done.error());
    if (auto done = updatePaging(full, stats); !done)
        return rollback(done.error());
    if (!m_wrote) {
        db.rollback(); // nothing changed: no commit, no write to the disk
        return stats;
    }
    if (auto done
        = setState(QStringLiteral("definitions"), QString::number(KpiDefinitions::Version));
        !done)
        return rollback(done.error());
    if (!db.commit())
        return rollback(sqlError(QStringLiteral("cannot commit a KPI update"), db.lastError()));
    return stats;
}

Result<Done, QString> KpiRollup::updateMessages(bool full, RollupUpdate &stats)
{
    auto opened = m_messages->open(QStringLiteral("messages"));
    if (!opened)
        return fail(opened.error());
    // Messages and (since the store's migration 2) calls, each with its own rowid watermark.
    struct Table
    {
        QString name;
        QString state;
        qint64 mark = 0;
        qint64 max = 0;
    };
    QList<Table> tables = {{QStringLiteral("messages"), QStringLiteral("messages_rowid")},
                           {QStringLiteral("calls"), QStringLiteral("calls_rowid")}};
    QSqlQuery q(m_messages->db());
    q.setForwardOnly(true);
    bool changed = false;
    for (Table &t : tables) {
        auto watermark = state(t.state);
        if (!watermark)
            return fail(watermark.error());
        t.mark = watermark.value().toLongLong();
        if (opened.value() && (t.name == QLatin1String("messages") || m_messages->hasCalls)) {
            if (!q.exec(QStringLiteral("SELECT IFNULL(MAX(rowid), 0) FROM %1").arg(t.name))
                || !q.next())
                return fail(sqlError(QStringLiteral("cannot read ") + t.name, q.lastError()));
            t.max = q.value(0).toLongLong();
        }
        // A store with fewer rows than we saw was replaced (or is gone): start again.
        if (t.max < t.mark)
            full = true;
        changed = changed || t.max != t.mark;
    }
    if (!full && !changed)
        return Done{};
    if (full) {
        stats.rebuilt = true;
        for (const QString &statement :
             {QStringLiteral("DELETE FROM kpi_rollup"), QStringLiteral("DELETE FROM kpi_latency"),
              QStringLiteral("DELETE FROM kpi_blocked WHERE source = 'messages'")}) {
            QSqlQuery del(m_db.connection());
            if (!del.exec(statement))
                return fail(sqlError(QStringLiteral("cannot clear the rollups"), del.lastError()));
        }
    }
    // The hours the new or changed rows belong to; each is recomputed from the source.
    QList<qint64> hours;
    for (const Table &t : std::as_const(tables)) {
        const qint64 from = full ? 0 : t.mark;
        if (t.max <= from)
            continue;
        q.prepare(QStringLiteral("SELECT DISTINCT substr(date_created, 1, 13) FROM %1"
                                 " WHERE rowid > ? AND rowid <= ? AND date_created > ''")
                      .arg(t.name));
        q.addBindValue(from);
        q.addBindValue(t.max);
        if (!q.exec())
            return fail(sqlError(QStringLiteral("cannot read ") + t.name, q.lastError()));
        while (q.next()) {
            const qint64 hour = hourFromPrefix(q.value(0).toString());
            if (hour >= 0)
                hours.append(hour);
        }
        q.finish();
    }
    std::sort(hours.begin(), hours.end());
    hours.erase(std::unique(hours.begin(), hours.end()), hours.end());
    // Neighbouring hours (gaps up to 6 h) are read in one range scan; recomputing an hour that
    // did not change is harmless.
    qsizetype i = 0;
    while (i < hours.size()) {
        const qint64 first = hours.at(i);
        qint64 last = first;
        while (i + 1 < hours.size() && hours.at(i + 1) - last <= 6)
            last = hours.at(++i);
        ++i;
        if (auto done = recomputeHours(first, last + 1, !full, stats); !done)
            return done;
    }
    for (const Table &t : std::as_const(tables)) {
        if (auto done = setState(t.state, QString::number(t.max)); !done)
            return done;
    }
    return Done{};
}

QString KpiRollup::regionOf(const QString &address)
{
    const QString number = PhoneNumbers::stripChannel(address);
    auto found = m_regions.constFind(number);
    if (found != m_regions.constEnd())
        return found.value();
    PhoneNumber parsed;
    QString region = QStringLiteral("??");
    if (PhoneNumbers::parseE164(number, &parsed) && !parsed.regionCode.isEmpty())
        region = parsed.regionCode;
    if (m_regions.size() > 200000) // bound the cache; it refills from libphonenumber
        m_regions.clear();
    m_regions.insert(number, region);
    return region;
}

Result<Done, QString> KpiRollup::recomputeHours(qint64 firstHour, qint64 endHour, bool clear,
                                                RollupUpdate &stats)
{
    const QStringList &cols = m_messages->columns;
    // Columns another part of the console may add; derived from the addresses when absent.
    const QString serviceCol = cols.contains(QLatin1String("messaging_service_sid"))
                                   ? QStringLiteral("messaging_service_sid")
                                   : QStringLiteral("''");
    const QString channelCol = cols.contains(QLatin1String("channel")) ? QStringLiteral("channel")
                                                                       : QStringLiteral("''");
    const QString regionCol
        = cols.contains(QLatin1String("region")) ? QStringLiteral("region") : QStringLiteral("''");
    QStringList keywords;
    for (const QString &word : KpiDefinitions::optOutKeywords())
        keywords.append(QLatin1Char('\'') + word + QLatin1Char('\''));
    QStringList blocked;
    for (int code : KpiDefinitions::blockedCodes())
        blocked.append(QString::number(code));
    QSqlQuery q(m_messages->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT CAST(strftime('%s', date_created) AS INTEGER) / 3600,"
                  " direction LIKE 'inbound%', from_address, to_address, status, error_code, price,"
                  " CASE WHEN status = 'delivered' AND date_updated > '' THEN"
                  "  (julianday(date_updated) - julianday(date_created)) * 86400.0 END,"
                  " CASE WHEN direction LIKE 'inbound%' THEN upper(trim(body)) IN (%1) ELSE 0 END,"
                  " CASE WHEN error_code IN (%2) THEN sid ELSE '' END,"
                  " num_segments, %3, %4, %5"
                  " FROM messages WHERE date_created >= ? AND date_created < ?")
                  .arg(keywords.join(QLatin1Char(',')), blocked.join(QLatin1Char(',')), serviceCol,
                       channelCol, regionCol));
    q.addBindValue(hourPrefix(firstHour));
    q.addBindValue(hourPrefix(endHour));
    if (!q.exec())
        return fail(sqlError(QStringLiteral("cannot read messages"), q.lastError()));

    std::map<GroupKey, GroupValue> groups;
    std::map<LatencyKey, qint64> latency;
    struct BlockedRow
    {
        QString sid;
        qint64 hour;
        int code;
        QString who;
        QString sender;
    };
    QList<BlockedRow> blockedRows;
    while (q.next()) {
        ++stats.messagesScanned;
        const QVariant hourValue = q.value(0);
        if (hourValue.isNull())
            continue;
        const qint64 hour = hourValue.toLongLong();
        const bool inbound = q.value(1).toBool();
        const QString from = q.value(2).toString();
        const QString to = q.value(3).toString();
        const int errorCode = q.value(5).toInt();
        const StatusClass cls = KpiDefinitions::classify(inbound, q.value(4).toString(), errorCode,
                                                         q.value(8).toBool());
        const QString service = q.value(11).toString();
        QString channel = q.value(12).toString();
        if (channel.isEmpty())
            channel = KpiDefinitions::channelOf(inbound ? from : to);
        QString region = q.value(13).toString();
        if (region.isEmpty())
            region = regionOf(inbound ? from : to);
        const QString sender = inbound ? to : (service.isEmpty() ? from : service);
        GroupValue &g = groups[GroupKey{hour, region, channel, sender, int(cls)}];
        ++g.n;
        g.segments += q.value(10).toLongLong();
        const QString price = q.value(6).toString();
        if (!price.isEmpty()) {
            bool ok = false;
            const double value = price.toDouble(&ok);
            if (ok) {
                ++g.priced;
                g.cost += std::abs(value); // Twilio's prices are negative amounts charged
            }
        }
        const QVariant seconds = q.value(7);
        if (!seconds.isNull())
            ++latency[LatencyKey{hour, channel, KpiDefinitions::latencyBucket(seconds.toDouble())}];
        if (cls == StatusClass::Blocked) {
            const QString sid = q.value(9).toString();
            if (!sid.isEmpty())
                blockedRows.append({sid, hour, errorCode, PhoneNumbers::stripChannel(to), sender});
        }
    }
    q.finish();
    if (m_messages->hasCalls) {
        // Calls: channel "voice"; a completed call counts as delivered (docs/kpi.md).
        q.prepare(QStringLiteral(
            "SELECT CAST(strftime('%s', date_created) AS INTEGER) / 3600,"
            " direction LIKE 'inbound%', from_address, to_address, status, error_code, price,"
            " region FROM calls WHERE date_created >= ? AND date_created < ?"));
        q.addBindValue(hourPrefix(firstHour));
        q.addBindValue(hourPrefix(endHour));
        if (!q.exec())
            return fail(sqlError(QStringLiteral("cannot read calls"), q.lastError()));
        while (q.next()) {
            ++stats.messagesScanned;
            if (q.value(0).isNull())
                continue;
            const bool inbound = q.value(1).toBool();
            const QString from = q.value(2).toString();
            const QString to = q.value(3).toString();
            QString region = q.value(7).toString();
            if (region.isEmpty())
                region = regionOf(inbound ? from : to);
            const StatusClass cls
                = KpiDefinitions::classifyCall(inbound, q.value(4).toString(), q.value(5).toInt());
            GroupValue &g
                = groups[GroupKey{q.value(0).toLongLong(), region, QStringLiteral("voice"),
                                  inbound ? to : from, int(cls)}];
            ++g.n;
            bool ok = false;
            const double value = q.value(6).toString().toDouble(&ok);
            if (ok) {
                ++g.priced;
                g.cost += std::abs(value);
            }
        }
        q.finish();
    }
    stats.hoursRecomputed += int(endHour - firstHour);

    QSqlDatabase db = m_db.connection();
    if (clear) {
        for (const QString &table : {QStringLiteral("kpi_rollup"), QStringLiteral("kpi_latency")}) {
            QSqlQuery del(db);
            del.prepare(QStringLiteral("DELETE FROM %1 WHERE hour >= ? AND hour < ?").arg(table));
            del.addBindValue(firstHour);
            del.addBindValue(endHour);
            if (!del.exec())
                return fail(sqlError(QStringLiteral("cannot update the rollups"), del.lastError()));
        }
        QSqlQuery del(db);
        del.prepare(QStringLiteral(
            "DELETE FROM kpi_blocked WHERE source = 'messages' AND hour >= ? AND hour < ?"));
        del.addBindValue(firstHour);
        del.addBindValue(endHour);
        if (!del.exec())
            return fail(sqlError(QStringLiteral("cannot update the rollups"), del.lastError()));
    }
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO kpi_rollup (hour, region, channel, sender, class, n,"
                               " segments, priced, cost) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const auto &[key, value] : groups) {
        ins.bindValue(0, key.hour);
        ins.bindValue(1, key.region);
        ins.bindValue(2, key.channel);
        ins.bindValue(3, key.sender);
        ins.bindValue(4, key.cls);
        ins.bindValue(5, value.n);
        ins.bindValue(6, value.segments);
        ins.bindValue(7, value.priced);
        ins.bindValue(8, value.cost);
        if (!ins.exec())
            return fail(sqlError(QStringLiteral("cannot store a rollup"), ins.lastError()));
    }
    QSqlQuery lat(db);
    lat.prepare(
        QStringLiteral("INSERT INTO kpi_latency (hour, channel, bucket, n) VALUES (?, ?, ?, ?)"));
    for (const auto &[key, n] : latency) {
        lat.bindValue(0, key.hour);
        lat.bindValue(1, key.channel);
        lat.bindValue(2, key.bucket);
        lat.bindValue(3, n);
        if (!lat.exec())
            return fail(sqlError(QStringLiteral("cannot store a rollup"), lat.lastError()));
    }
    QSqlQuery blk(db);
    blk.prepare(QStringLiteral("INSERT OR IGNORE INTO kpi_blocked (key, hour, code, who, sender,"
                               " source) VALUES (?, ?, ?, ?, ?, 'messages')"));
    for (const BlockedRow &row : blockedRows) {
        blk.bindValue(0, row.sid);
        blk.bindValue(1, row.hour);
        blk.bindValue(2, row.code);
        blk.bindValue(3, row.who);
        blk.bindValue(4, row.sender);
        if (!blk.exec())
            return fail(sqlError(QStringLiteral("cannot store a rollup"), blk.lastError()));
    }
    return Done{};
}

Result<Done, QString> KpiRollup::updatePaging(bool full, RollupUpdate &stats)
{
    auto opened = m_paging->open(QStringLiteral("timeline"));
    if (!opened)
        return fail(opened.error());
    auto watermark = state(QStringLiteral("timeline_id"));
    if (!watermark)
        return fail(watermark.error());
    qint64 mark = watermark.value().toLongLong();
    qint64 maxId = 0;
    QSqlQuery q(m_paging->db());
    q.setForwardOnly(true);
    if (opened.value()) {
        if (!q.exec(QStringLiteral("SELECT IFNULL(MAX(id), 0) FROM timeline")) || !q.next())
            return fail(sqlError(QStringLiteral("cannot read the timeline"), q.lastError()));
        maxId = q.value(0).toLongLong();
    }
    if (!full && maxId == mark)
        return Done{};
    QSqlDatabase db = m_db.connection();
    if (full || maxId < mark) {
        stats.rebuilt = true;
        mark = 0;
        for (const QString &statement :
             {QStringLiteral("DELETE FROM kpi_ack"),
              QStringLiteral("DELETE FROM kpi_blocked WHERE source = 'paging'")}) {
            QSqlQuery del(db);
            if (!del.exec(statement))
                return fail(sqlError(QStringLiteral("cannot clear the rollups"), del.lastError()));
        }
    }
    if (maxId > mark) {
        QStringList blocked;
        for (int code : KpiDefinitions::blockedCodes())
            blocked.append(QString::number(code));
        // Timeline ids only grow and rows are never changed: each row is applied once, in order.
        q.prepare(QStringLiteral("SELECT id, incident_id, happened_at, kind, recipient_id, sid,"
                                 " error_code FROM timeline WHERE id > ? AND id <= ? AND"
                                 " (kind IN ('page.submitted', 'call.submitted',"
                                 " 'incident.acknowledged') OR error_code IN (%1)) ORDER BY id")
                      .arg(blocked.join(QLatin1Char(','))));
        q.addBindValue(mark);
        q.addBindValue(maxId);
        if (!q.exec())
            return fail(sqlError(QStringLiteral("cannot read the timeline"), q.lastError()));
        QSqlQuery paged(db);
        paged.prepare(QStringLiteral(
            "INSERT INTO kpi_ack (incident_id, recipient_id, first_paged_at, acked_at)"
            " VALUES (?, ?, ?, NULL) ON CONFLICT (incident_id, recipient_id) DO NOTHING"));
        QSqlQuery acked(db);
        acked.prepare(QStringLiteral("UPDATE kpi_ack SET acked_at = ? WHERE incident_id = ? AND"
                                     " acked_at IS NULL AND first_paged_at <= ?"));
        QSqlQuery blk(db);
        blk.prepare(QStringLiteral("INSERT OR IGNORE INTO kpi_blocked (key, hour, code, who,"
                                   " sender, source) VALUES (?, ?, ?, ?, '', 'paging')"));
        while (q.next()) {
            ++stats.timelineScanned;
            const qint64 id = q.value(0).toLongLong();
            const qint64 incident = q.value(1).toLongLong();
            const qint64 at = q.value(2).toLongLong();
            const QString kind = q.value(3).toString();
            const QString recipient = q.value(4).toString();
            if ((kind == QLatin1String("page.submitted") || kind == QLatin1String("call.submitted"))
                && !recipient.isEmpty()) {
                paged.bindValue(0, incident);
                paged.bindValue(1, recipient);
                paged.bindValue(2, at);
                if (!paged.exec())
                    return fail(sqlError(QStringLiteral("cannot store a page"), paged.lastError()));
            } else if (kind == QLatin1String("incident.acknowledged")) {
                acked.bindValue(0, at);
                acked.bindValue(1, incident);
                acked.bindValue(2, at);
                if (!acked.exec())
                    return fail(sqlError(QStringLiteral("cannot store an ack"), acked.lastError()));
            }
            if (!q.value(6).isNull()
                && KpiDefinitions::blockedCodes().contains(q.value(6).toInt())) {
                const QString sid = q.value(5).toString();
                blk.bindValue(0, sid.isEmpty() ? QStringLiteral("timeline:%1").arg(id) : sid);
                blk.bindValue(1, at / 3600000);
                blk.bindValue(2, q.value(6).toInt());
                blk.bindValue(3, recipient);
                if (!blk.exec())
                    return fail(sqlError(QStringLiteral("cannot store a rollup"), blk.lastError()));
            }
        }
    }
    return setState(QStringLiteral("timeline_id"), QString::number(maxId));
}

} // namespace Vortex::Core::Kpi
