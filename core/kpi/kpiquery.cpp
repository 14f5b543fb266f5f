// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "kpiquery.h"

#include "kpidefinitions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>

namespace Vortex::Core::Kpi {

namespace {

QString sqlError(const QSqlError &error)
{
    return QStringLiteral("cannot read the KPI rollups: ") + error.text();
}

QDateTime hourStart(qint64 hour)
{
    return QDateTime::fromSecsSinceEpoch(hour * 3600, Qt::UTC);
}

/// Empty buckets for the window, so that every series has one point per bucket.
QList<TrendPoint> emptyTrend(const KpiSnapshot &s, qint64 firstHour)
{
    QList<TrendPoint> points;
    const int buckets = windowHours(s.window) / s.bucketHours;
    for (int b = 0; b < buckets; ++b)
        points.append(TrendPoint{hourStart(firstHour + qint64(b) * s.bucketHours), 0, 0});
    return points;
}

void sortByKey(QList<DeliveryRate> &rates)
{
    std::sort(rates.begin(), rates.end(), [](const DeliveryRate &a, const DeliveryRate &b) {
        return a.settled != b.settled ? a.settled > b.settled : a.key < b.key;
    });
}

} // namespace

KpiQuery::KpiQuery(QSqlDatabase kpiDatabase)
    : m_db(std::move(kpiDatabase))
{}

Result<KpiSnapshot, QString> KpiQuery::snapshot(const KpiRequest &request) const
{
    QElapsedTimer timer;
    timer.start();
    KpiSnapshot s;
    s.window = request.window;
    s.to = request.now.isValid() ? request.now.toUTC() : QDateTime::currentDateTimeUtc();
    s.bucketHours = trendBucketHours(request.window);
    s.thresholds = request.thresholds;
    // The window is the current (partial) hour and the whole hours before it.
    const qint64 lastHour = s.to.toSecsSinceEpoch() / 3600;
    const qint64 firstHour = lastHour - windowHours(request.window) + 1;
    s.from = hourStart(firstHour);
    for (auto step : {&KpiQuery::totals, &KpiQuery::trends, &KpiQuery::latency,
                      &KpiQuery::acknowledgements, &KpiQuery::blocked}) {
        if (auto done = (this->*step)(s, firstHour, lastHour); !done)
            return fail(done.error());
    }
    if (auto done = budget(s, request); !done)
        return fail(done.error());
    s.queryMs = timer.elapsed();
    return s;
}

Result<Done, QString> KpiQuery::totals(KpiSnapshot &s, qint64 firstHour, qint64 lastHour) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT region, channel, sender, class, SUM(n) FROM kpi_rollup"
                             " WHERE hour >= ? AND hour <= ?"
                             " GROUP BY region, channel, sender, class"));
    q.addBindValue(firstHour);
    q.addBindValue(lastHour);
    if (!q.exec())
        return fail(sqlError(q.lastError()));
    QMap<QString, DeliveryRate> regions;
    QMap<QString, DeliveryRate> channels;
    QMap<QString, SenderReputation> senders;
    while (q.next()) {
        const QString region = q.value(0).toString();
        const QString channel = q.value(1).toString();
        const QString sender = q.value(2).toString();
        const auto cls = StatusClass(q.value(3).toInt());
        const qint64 n = q.value(4).toLongLong();
        // Reputation is about messaging senders; a caller ID's calls do not count.
        SenderReputation scratch;
        SenderReputation &rep = channel == QLatin1String("voice") ? scratch : senders[sender];
        rep.sender = sender;
        if (cls == StatusClass::OptOut) {
            rep.optOuts += n;
            continue;
        }
        if (cls == StatusClass::Inbound)
            continue;
        s.outbound += n;
        if (!KpiDefinitions::isSettled(cls))
            continue;
        const qint64 delivered = cls == StatusClass::Delivered ? n : 0;
        for (auto *rate : {&regions[region], &channels[channel], &s.overall}) {
            rate->delivered += delivered;
            rate->settled += n;
        }
        regions[region].key = region;
        channels[channel].key = channel;
        rep.settled += n;
        if (cls == StatusClass::Filtered)
            rep.filtered += n;
        else if (cls == StatusClass::Blocked || cls == StatusClass::Failed)
            rep.errors += n;
    }
    s.byRegion = regions.values();
    s.byChannel = channels.values();
    sortByKey(s.byRegion);
    sortByKey(s.byChannel);
    for (SenderReputation rep : std::as_const(senders)) {
        if (rep.settled == 0 && rep.optOuts == 0)
            continue;
        KpiDefinitions::evaluate(rep, s.thresholds);
        s.reputation.append(rep);
    }
    std::sort(s.reputation.begin(), s.reputation.end(),
              [](const SenderReputation &a, const SenderReputation &b) {
                  return a.settled != b.settled ? a.settled > b.settled : a.sender < b.sender;
              });
    return Done{};
}

Result<Done, QString> KpiQuery::trends(KpiSnapshot &s, qint64 firstHour, qint64 lastHour) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT (hour - ?) / ?, class, SUM(n), SUM(priced), SUM(cost)"
                             " FROM kpi_rollup WHERE hour >= ? AND hour <= ? GROUP BY 1, 2"));
    q.addBindValue(firstHour);
    q.addBindValue(s.bucketHours);
    q.addBindValue(firstHour);
    q.addBindValue(lastHour);
    if (!q.exec())
        return fail(sqlError(q.lastError()));
    s.costPerMessage = emptyTrend(s, firstHour);
    s.filteringRate = emptyTrend(s, firstHour);
    QList<double> cost(s.costPerMessage.size(), 0.0);
    QList<qint64> filtered(s.filteringRate.size(), 0);
    while (q.next()) {
        const qsizetype b = q.value(0).toLongLong();
        if (b < 0 || b >= s.costPerMessage.size())
            continue;
        const auto cls = StatusClass(q.value(1).toInt());
        const qint64 n = q.value(2).toLongLong();
        s.costPerMessage[b].count += q.value(3).toLongLong();
        cost[b] += q.value(4).toDouble();
        s.cost += q.value(4).toDouble();
        if (KpiDefinitions::isSettled(cls)) {
            s.filteringRate[b].count += n;
            if (cls == StatusClass::Filtered)
                filtered[b] += n;
        }
    }
    for (qsizetype b = 0; b < s.costPerMessage.size(); ++b) {
        TrendPoint &c = s.costPerMessage[b];
        c.value = c.count > 0 ? cost.at(b) / double(c.count) : 0.0;
        TrendPoint &f = s.filteringRate[b];
        f.value = f.count > 0 ? double(filtered.at(b)) / double(f.count) : 0.0;
    }
    return Done{};
}

Result<Done, QString> KpiQuery::latency(KpiSnapshot &s, qint64 firstHour, qint64 lastHour) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT (hour - ?) / ?, bucket, SUM(n) FROM kpi_latency"
                             " WHERE hour >= ? AND hour <= ? GROUP BY 1, 2"));
    q.addBindValue(firstHour);
    q.addBindValue(s.bucketHours);
    q.addBindValue(firstHour);
    q.addBindValue(lastHour);
    if (!q.exec())
        return fail(sqlError(q.lastError()));
    s.medianDeliverySeconds = emptyTrend(s, firstHour);
    QList<QList<qint64>> histograms(s.medianDeliverySeconds.size(),
                                    QList<qint64>(KpiDefinitions::LatencyBuckets, 0));
    while (q.next()) {
        const qsizetype b = q.value(0).toLongLong();
        const int bucket = q.value(1).toInt();
        if (b < 0 || b >= histograms.size() || bucket < 0
            || bucket >= KpiDefinitions::LatencyBuckets)
            continue;
        histograms[b][bucket] += q.value(2).toLongLong();
    }
    for (qsizetype b = 0; b < histograms.size(); ++b) {
        TrendPoint &p = s.medianDeliverySeconds[b];
        for (qint64 n : histograms.at(b))
            p.count += n;
        p.value = KpiDefinitions::medianFromHistogram(histograms.at(b));
    }
    return Done{};
}

Result<Done, QString> KpiQuery::budget(KpiSnapshot &s, const KpiRequest &request) const
{
    BudgetStatus &b = s.budget;
    b.budget = request.monthlyBudget;
    b.currency = request.currency;
    const QDate today = s.to.date();
    b.monthStart = QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0), Qt::UTC);
    b.monthEnd = b.monthStart.addMonths(1);
    const double length = double(b.monthStart.msecsTo(b.monthEnd));
    b.elapsedFraction = std::clamp(double(b.monthStart.msecsTo(s.to)) / length, 0.0, 1.0);
    const qint64 firstHour = b.monthStart.toSecsSinceEpoch() / 3600;
    const qint64 lastHour = s.to.toSecsSinceEpoch() / 3600;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT (hour - ?) / 24, SUM(cost) FROM kpi_rollup"
                             " WHERE hour >= ? AND hour <= ? GROUP BY 1 ORDER BY 1"));
    q.addBindValue(firstHour);
    q.addBindValue(firstHour);
    q.addBindValue(lastHour);
    if (!q.exec())
        return fail(sqlError(q.lastError()));
    QList<double> perDay(today.day(), 0.0);
    while (q.next()) {
        const qsizetype day = q.value(0).toLongLong();
        if (day >= 0 && day < perDay.size())
            perDay[day] += q.value(1).toDouble();
    }
    double running = 0;
    for (qsizetype day = 0; day < perDay.size(); ++day) {
        running += perDay.at(day);
        b.cumulative.append(TrendPoint{b.monthStart.addDays(day), running, 1});
    }
    b.spent = running;
    b.projected = b.elapsedFraction > 0 ? b.spent / b.elapsedFraction : 0.0;
    return Done{};
}

Result<Done, QString> KpiQuery::acknowledgements(KpiSnapshot &s, qint64 firstHour,
                                                 qint64 lastHour) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT recipient_id, first_paged_at, acked_at FROM kpi_ack"
                             " WHERE first_paged_at >= ? AND first_paged_at < ?"));
    q.addBindValue(firstHour * 3600000);
    q.addBindValue((lastHour + 1) * 3600000);
    if (!q.exec())
        return fail(sqlError(q.lastError()));
    QMap<QString, AckStats> stats;
    QHash<QString, QList<double>> times;
    while (q.next()) {
        const QString recipient = q.value(0).toString();
        AckStats &a = stats[recipient];
        a.recipientId = recipient;
        ++a.paged;
        if (!q.value(2).isNull()) {
            ++a.acknowledged;
            times[recipient].append(double(q.value(2).toLongLong() - q.value(1).toLongLong())
                                    / 1000.0);
        }
    }
    for (AckStats a : std::as_const(stats)) {
        a.medianSeconds = KpiDefinitions::exactMedian(times.value(a.recipientId));
        s.acknowledgements.append(a);
    }
    return Done{};
}

Result<Done, QString> KpiQuery::blocked(KpiSnapshot &s, qint64 firstHour, qint64 lastHour) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT hour, code, who FROM kpi_blocked"
                             " WHERE hour >= ? AND hour <= ?"));
    q.addBindValue(firstHour);
    q.addBindValue(lastHour);
    if (!q.exec())
        return fail(sqlError(q.lastError()));
    BlockedSummary &b = s.blocked;
    b.perBucket = emptyTrend(s, firstHour);
    QSet<QString> who;
    while (q.next()) {
        const qsizetype bucket = (q.value(0).toLongLong() - firstHour) / s.bucketHours;
        if (bucket < 0 || bucket >= b.perBucket.size())
            continue;
        ++b.events;
        ++b.byCode[q.value(1).toInt()];
        who.insert(q.value(2).toString());
        b.perBucket[bucket].value += 1;
        ++b.perBucket[bucket].count;
    }
    b.numbers = who.size();
    return Done{};
}

} // namespace Vortex::Core::Kpi
