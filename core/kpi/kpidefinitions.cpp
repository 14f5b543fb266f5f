// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "kpidefinitions.h"

#include <algorithm>
#include <cmath>

namespace Vortex::Core::Kpi {

namespace {
constexpr double Ratio = 1.25;
}

int windowHours(KpiWindow window)
{
    return window == KpiWindow::Day ? 24 : 24 * 7;
}

int trendBucketHours(KpiWindow window)
{
    return window == KpiWindow::Day ? 1 : 6;
}

QString healthName(Health health)
{
    switch (health) {
    case Health::Green:
        return QStringLiteral("green");
    case Health::Amber:
        return QStringLiteral("amber");
    case Health::Red:
        return QStringLiteral("red");
    case Health::Insufficient:
        break;
    }
    return QStringLiteral("insufficient");
}

const QList<int> &KpiDefinitions::filteringCodes()
{
    // 30007: filtered as spam; 30032: unverified toll-free; 30034: unregistered 10DLC. All three
    // are the carrier refusing the sender or content, which is what reputation is about.
    static const QList<int> codes = {30007, 30032, 30034};
    return codes;
}

const QList<int> &KpiDefinitions::blockedCodes()
{
    static const QList<int> codes = {21610, 30004};
    return codes;
}

const QStringList &KpiDefinitions::optOutKeywords()
{
    static const QStringList words
        = {QStringLiteral("STOP"),   QStringLiteral("STOPALL"), QStringLiteral("UNSUBSCRIBE"),
           QStringLiteral("CANCEL"), QStringLiteral("END"),     QStringLiteral("QUIT"),
           QStringLiteral("REVOKE"), QStringLiteral("OPTOUT")};
    return words;
}

bool KpiDefinitions::isOptOutBody(const QString &body)
{
    return optOutKeywords().contains(body.trimmed().toUpper());
}

StatusClass KpiDefinitions::classify(bool inbound, const QString &status, int errorCode,
                                     bool optOut)
{
    if (inbound)
        return optOut ? StatusClass::OptOut : StatusClass::Inbound;
    if (status == QLatin1String("delivered") || status == QLatin1String("read"))
        return StatusClass::Delivered;
    if (status == QLatin1String("canceled"))
        return StatusClass::Canceled;
    if (status == QLatin1String("undelivered") || status == QLatin1String("failed")) {
        if (filteringCodes().contains(errorCode))
            return StatusClass::Filtered;
        if (blockedCodes().contains(errorCode))
            return StatusClass::Blocked;
        return StatusClass::Failed;
    }
    return StatusClass::Pending;
}

StatusClass KpiDefinitions::classifyCall(bool inbound, const QString &status, int errorCode)
{
    if (inbound)
        return StatusClass::Inbound;
    if (status == QLatin1String("completed"))
        return StatusClass::Delivered;
    if (status == QLatin1String("canceled"))
        return StatusClass::Canceled;
    if (status == QLatin1String("busy") || status == QLatin1String("no-answer")
        || status == QLatin1String("failed"))
        return blockedCodes().contains(errorCode) ? StatusClass::Blocked : StatusClass::Failed;
    return StatusClass::Pending;
}

bool KpiDefinitions::isSettled(StatusClass c)
{
    return c == StatusClass::Delivered || c == StatusClass::Filtered || c == StatusClass::Blocked
           || c == StatusClass::Failed;
}

QString KpiDefinitions::channelOf(const QString &address)
{
    return address.startsWith(QLatin1String("whatsapp:"), Qt::CaseInsensitive)
               ? QStringLiteral("whatsapp")
               : QStringLiteral("sms");
}

int KpiDefinitions::latencyBucket(double seconds)
{
    if (!(seconds >= 1.0)) // also NaN and negative clock skew
        return 0;
    const int k = 1 + int(std::floor(std::log(seconds) / std::log(Ratio) + 1e-9));
    return std::clamp(k, 1, LatencyBuckets - 1);
}

double KpiDefinitions::bucketLower(int bucket)
{
    return bucket <= 0 ? 0.0 : std::pow(Ratio, bucket - 1);
}

double KpiDefinitions::bucketUpper(int bucket)
{
    return bucket <= 0 ? 1.0 : std::pow(Ratio, bucket);
}

double KpiDefinitions::medianFromHistogram(const QList<qint64> &counts)
{
    qint64 total = 0;
    for (qint64 n : counts)
        total += n;
    if (total <= 0)
        return 0;
    const double target = double(total) / 2.0;
    double before = 0;
    for (int b = 0; b < counts.size(); ++b) {
        const double n = double(counts.at(b));
        if (n > 0 && before + n >= target) {
            const double lo = bucketLower(b);
            const double hi = bucketUpper(b);
            return lo + (hi - lo) * (target - before) / n;
        }
        before += n;
    }
    return bucketLower(int(counts.size()) - 1);
}

double KpiDefinitions::exactMedian(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2.0;
}

void KpiDefinitions::evaluate(SenderReputation &s, const ReputationThresholds &t)
{
    const double settled = double(s.settled);
    s.filteringRate = s.settled > 0 ? double(s.filtered) / settled : 0.0;
    s.errorRate = s.settled > 0 ? double(s.errors) / settled : 0.0;
    s.optOutRate = s.settled > 0 ? double(s.optOuts) / settled : 0.0;
    const double worst = std::max(
        {s.filteringRate / t.filteringRed, s.errorRate / t.errorRed, s.optOutRate / t.optOutRed});
    s.score = 100.0 * std::clamp(1.0 - worst, 0.0, 1.0);
    if (s.settled < t.minimumSettled) {
        s.health = Health::Insufficient;
        return;
    }
    auto level = [](double rate, double amber, double red) {
        return rate >= red ? Health::Red : rate >= amber ? Health::Amber : Health::Green;
    };
    const Health levels[] = {level(s.filteringRate, t.filteringAmber, t.filteringRed),
                             level(s.errorRate, t.errorAmber, t.errorRed),
                             level(s.optOutRate, t.optOutAmber, t.optOutRed)};
    s.health = *std::max_element(std::begin(levels), std::end(levels));
}

} // namespace Vortex::Core::Kpi
