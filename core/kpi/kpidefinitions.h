// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "kpitypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Vortex::Core::Kpi {

/// The KPI definitions of docs/kpi.md as code: one place decides what counts as what.
class KpiDefinitions
{
public:
    /// Bump when a definition changes: kpi.sqlite is then rebuilt from the stores.
    static constexpr int Version = 1;

    /// Error codes that mean carrier filtering (30007 and kin).
    static const QList<int> &filteringCodes();
    /// Error codes that mean a blocked number (21610 opted out, 30004 blocked).
    static const QList<int> &blockedCodes();
    /// Twilio's opt-out keywords (single word, case-insensitive).
    static const QStringList &optOutKeywords();

    /// The class of one message. \a optOut: an inbound message whose body is an opt-out keyword.
    static StatusClass classify(bool inbound, const QString &status, int errorCode, bool optOut);
    /// The class of one call: completed is Delivered; busy, no-answer and failed are Failed.
    static StatusClass classifyCall(bool inbound, const QString &status, int errorCode);
    static bool isSettled(StatusClass c);
    static bool isOptOutBody(const QString &body);

    /// "whatsapp" for whatsapp: addresses, else "sms".
    static QString channelOf(const QString &address);

    // Latency histogram: bucket 0 is [0, 1) s, bucket k >= 1 is [1.25^(k-1), 1.25^k) s, the
    // last bucket is open. A median read from it lies within 25 % (1 s below 1 s) of the exact
    // median.
    static constexpr int LatencyBuckets = 64;
    static int latencyBucket(double seconds);
    static double bucketLower(int bucket);
    static double bucketUpper(int bucket); ///< the last bucket reports 1.25 × its lower bound
    /// The median of a histogram (counts per bucket), interpolated inside its bucket; 0 if empty.
    static double medianFromHistogram(const QList<qint64> &counts);
    /// The exact median of \a values (sorted copy); 0 if empty.
    static double exactMedian(QList<double> values);

    /// Rates, health and score of one sender (docs/kpi.md, "Sender reputation").
    static void evaluate(SenderReputation &sender, const ReputationThresholds &thresholds);
};

} // namespace Vortex::Core::Kpi
