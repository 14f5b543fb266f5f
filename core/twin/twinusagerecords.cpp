// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinusagerecords.h"

#include <QDateTime>
#include <QSet>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>

namespace Vortex::Core::Twin {

namespace {

const QString TotalPrice = QStringLiteral("totalprice");

const QStringList &rollups()
{
    static const QStringList list{
        QStringLiteral("calls"),
        QStringLiteral("calls-inbound"),
        QStringLiteral("calls-outbound"),
        QStringLiteral("channels"),
        QStringLiteral("channels-whatsapp"),
        QStringLiteral("channels-whatsapp-inbound"),
        QStringLiteral("channels-whatsapp-outbound"),
        QStringLiteral("lookups"),
        QStringLiteral("mms"),
        QStringLiteral("mms-inbound"),
        QStringLiteral("mms-outbound"),
        QStringLiteral("sms"),
        QStringLiteral("sms-inbound"),
        QStringLiteral("sms-outbound"),
    };
    return list;
}

QDate entryDate(const LedgerEntry &entry)
{
    return QDateTime::fromMSecsSinceEpoch(entry.atMs, QTimeZone::utc()).date();
}

UsageRecord sum(const QList<const LedgerEntry *> &entries, const QString &category,
                const UsagePeriod &period)
{
    UsageRecord record;
    record.category = category;
    record.period = period;
    bool first = true;
    for (const LedgerEntry *entry : entries) {
        if (!TwinUsageRecords::covers(category, entry->category))
            continue;
        record.price += entry->priceUsd;
        if (category == TotalPrice) {
            record.count += 1;
            continue;
        }
        record.count += entry->count;
        if (first)
            record.unit = entry->countUnit;
        else if (record.unit != entry->countUnit)
            record.unit.clear();
        first = false;
    }
    return record;
}

} // namespace

bool TwinUsageRecords::covers(const QString &category, const QString &entryCategory)
{
    if (category == TotalPrice || category == entryCategory)
        return true;
    return rollups().contains(category) && entryCategory.startsWith(category + QLatin1Char('-'));
}

QString TwinUsageRecords::description(const QString &category)
{
    if (category == TotalPrice)
        return QStringLiteral("Total Price");
    QStringList words = category.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    for (QString &word : words) {
        if (word == QLatin1String("sms") || word == QLatin1String("mms"))
            word = word.toUpper();
        else if (!word.isEmpty())
            word[0] = word.at(0).toUpper();
    }
    return words.join(QLatin1Char(' '));
}

QList<UsageRecord> TwinUsageRecords::compute(const QList<LedgerEntry> &entries,
                                             const QList<UsagePeriod> &periods,
                                             const QString &category)
{
    QList<UsageRecord> out;
    for (const UsagePeriod &period : periods) {
        QList<const LedgerEntry *> inPeriod;
        for (const LedgerEntry &entry : entries) {
            const QDate date = entryDate(entry);
            if (date >= period.start && date <= period.end)
                inPeriod.append(&entry);
        }
        if (!category.isEmpty()) {
            out.append(sum(inPeriod, category, period));
            continue;
        }
        QSet<QString> names{TotalPrice};
        for (const LedgerEntry *entry : inPeriod) {
            names.insert(entry->category);
            for (const QString &rollup : rollups()) {
                if (covers(rollup, entry->category))
                    names.insert(rollup);
            }
        }
        QStringList sorted(names.cbegin(), names.cend());
        std::sort(sorted.begin(), sorted.end());
        for (const QString &name : sorted)
            out.append(sum(inPeriod, name, period));
    }
    return out;
}

} // namespace Vortex::Core::Twin
