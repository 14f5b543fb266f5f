// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QString>

namespace Vortex::Core::Store {

/// What TrafficGenerator::fill() writes.
struct TrafficGeneratorOptions
{
    qint64 rows = 10000; ///< messages and calls together
    QDateTime start;     ///< oldest row (default: \a end minus 365 days)
    QDateTime end;       ///< newest row (default: now)
    quint32 seed = 20261127;
    double voiceShare = 0.05;    ///< share of rows that are calls
    double whatsappShare = 0.12; ///< share of messages sent over WhatsApp
    double inboundShare = 0.07;  ///< share of SMS that are replies from recipients
};

/// What TrafficGenerator::fill() wrote.
struct TrafficGeneratorSummary
{
    qint64 messages = 0;
    qint64 calls = 0;
    qint64 milliseconds = 0;
};

/// Fills a console store (MessageStore's schema) with realistic traffic for benchmarks, tests
/// and the demo: regions (US, GB, DE, FR, CA, IN, BR, AU) with numbers libphonenumber accepts,
/// channels SMS / WhatsApp / voice, statuses and error codes at the shares TWILIO.md §11 gives
/// for healthy notification traffic (≈ 96 % delivered, 1–3 % undelivered led by 30003/30005/
/// 30006, 30007 filtering, a few failures such as 30034 and 21610), senders per region, inbound
/// replies, prices and segments. Rows are spread evenly over [start, end] in date order.
/// Deterministic for a given seed. One transaction with prepared statements (1,000,000 rows
/// take a few seconds).
class TrafficGenerator
{
public:
    /// Creates or migrates the store at \a databasePath and appends the rows.
    static Result<TrafficGeneratorSummary, QString> fill(const QString &databasePath,
                                                         const TrafficGeneratorOptions &options);
};

} // namespace Vortex::Core::Store
