// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "twinledger.h"
#include "twinusagequery.h"

#include <QList>
#include <QString>

namespace Vortex::Core::Twin {

/// One usage record before it becomes JSON: a category's sums over one period.
struct UsageRecord
{
    QString category;
    UsagePeriod period;
    double count = 0; ///< sum of the ledger counts (entries for totalprice)
    QString unit;     ///< the entries' countUnit; "" when they differ (and for totalprice)
    double price = 0; ///< sum of the ledger prices, USD
};

/// Sums the twin's ledger into Twilio usage records. A category covers the ledger entries of
/// that exact category; the rollups (sms, sms-outbound, calls, channels, mms, …) also cover
/// every "<rollup>-…" category, and totalprice covers everything.
class TwinUsageRecords
{
public:
    /// For each period: with \a category, that category's record (zero when unused); without,
    /// a record for every category and rollup with usage in the period plus totalprice.
    /// Periods in order, categories alphabetical within a period.
    static QList<UsageRecord> compute(const QList<LedgerEntry> &entries,
                                      const QList<UsagePeriod> &periods, const QString &category);
    static bool covers(const QString &category, const QString &entryCategory);
    /// A plain-language description ("SMS Outbound", "Total Price").
    static QString description(const QString &category);
};

} // namespace Vortex::Core::Twin
