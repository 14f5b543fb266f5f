// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace Vortex::Core::Kpi {

/// How one message counts in the KPIs (docs/kpi.md, "Status classes"). The numbers are stored
/// in kpi.sqlite; never renumber them.
enum class StatusClass {
    Pending = 0,   ///< outbound, not final yet (queued, sending, sent without a receipt, …)
    Delivered = 1, ///< delivered or read
    Filtered = 2,  ///< undelivered/failed by carrier filtering (30007, 30032, 30034)
    Blocked = 3,   ///< undelivered/failed to a blocked number (21610, 30004)
    Failed = 4,    ///< every other undelivered/failed
    Canceled = 5,  ///< canceled before it was sent (not counted in rates)
    Inbound = 6,   ///< an inbound message that is not an opt-out
    OptOut = 7,    ///< an inbound opt-out keyword (STOP, …)
};

/// The dashboard's two windows, both ending now.
enum class KpiWindow { Day, Week };
int windowHours(KpiWindow window);      ///< 24 or 168
int trendBucketHours(KpiWindow window); ///< 1 (24 h) or 6 (7 d)

/// Thresholds of the sender reputation health (rates as fractions, 0.01 = 1 %). A rate below
/// the amber threshold is green, below the red threshold amber, otherwise red.
struct ReputationThresholds
{
    double filteringAmber = 0.01;
    double filteringRed = 0.03;
    double errorAmber = 0.05;
    double errorRed = 0.10;
    double optOutAmber = 0.005;
    double optOutRed = 0.01;
    qint64 minimumSettled = 20; ///< below this many settled messages: Insufficient
};

enum class Health { Insufficient, Green, Amber, Red };
QString healthName(Health health); ///< "insufficient", "green", "amber", "red"

/// What the dashboard asks for.
struct KpiRequest
{
    KpiWindow window = KpiWindow::Day;
    QDateTime now;            ///< invalid: the current time
    double monthlyBudget = 0; ///< 0: no budget configured
    QString currency = QStringLiteral("USD");
    ReputationThresholds thresholds;
};

/// Delivered over settled (delivered + filtered + blocked + failed) for one key.
struct DeliveryRate
{
    QString key; ///< region ("GB", "??" unknown), channel ("sms", "whatsapp") or sender
    qint64 delivered = 0;
    qint64 settled = 0;
    double rate() const { return settled > 0 ? double(delivered) / double(settled) : 0.0; }
};

/// One bucket of a time series. value means nothing when count is 0.
struct TrendPoint
{
    QDateTime start; ///< bucket start (UTC)
    double value = 0;
    qint64 count = 0; ///< how many items the value is computed from
};

struct AckStats
{
    QString recipientId;
    qint64 paged = 0;         ///< incidents this recipient was paged for (first page in window)
    qint64 acknowledged = 0;  ///< of those, acknowledged after the first page
    double medianSeconds = 0; ///< median time to ack; meaningful when acknowledged > 0
    double rate() const { return paged > 0 ? double(acknowledged) / double(paged) : 0.0; }
};

struct BudgetStatus
{
    double budget = 0; ///< 0: none configured
    QString currency;
    double spent = 0;     ///< this calendar month (UTC) so far
    double projected = 0; ///< spent / elapsedFraction
    double elapsedFraction = 0;
    QDateTime monthStart;
    QDateTime monthEnd;
    QList<TrendPoint> cumulative; ///< per day of the month so far: spend up to the day's end
    double consumed() const { return budget > 0 ? spent / budget : 0.0; }
    double projectedConsumption() const { return budget > 0 ? projected / budget : 0.0; }
};

struct BlockedSummary
{
    qint64 events = 0;           ///< blocked sends in the window
    qint64 numbers = 0;          ///< distinct numbers (or recipients) they went to
    QMap<int, qint64> byCode;    ///< error code → events
    QList<TrendPoint> perBucket; ///< value = events in the bucket
};

struct SenderReputation
{
    QString sender; ///< Messaging Service SID when known, else the From address
    qint64 settled = 0;
    qint64 filtered = 0;
    qint64 errors = 0; ///< blocked + failed
    qint64 optOuts = 0;
    double filteringRate = 0;
    double errorRate = 0;
    double optOutRate = 0;
    Health health = Health::Insufficient;
    double score = 0; ///< 0 … 100 (docs/kpi.md)
};

/// Every KPI of one dashboard refresh.
struct KpiSnapshot
{
    KpiWindow window = KpiWindow::Day;
    QDateTime from; ///< first hour of the window (UTC)
    QDateTime to;   ///< the request's now
    int bucketHours = 1;

    qint64 outbound = 0;
    DeliveryRate overall;
    QList<DeliveryRate> byRegion;
    QList<DeliveryRate> byChannel;
    QList<TrendPoint> medianDeliverySeconds; ///< value = median seconds to delivered
    QList<AckStats> acknowledgements;
    QList<TrendPoint> costPerMessage; ///< value = cost per billed message
    double cost = 0;                  ///< billed in the window
    BudgetStatus budget;
    QList<TrendPoint> filteringRate; ///< value = filtered / settled
    BlockedSummary blocked;
    QList<SenderReputation> reputation;
    ReputationThresholds thresholds;

    qint64 updateMs = 0; ///< time the rollup update took in this refresh
    qint64 queryMs = 0;  ///< time the rollup queries took
};

} // namespace Vortex::Core::Kpi

Q_DECLARE_METATYPE(Vortex::Core::Kpi::KpiRequest)
Q_DECLARE_METATYPE(Vortex::Core::Kpi::KpiSnapshot)
