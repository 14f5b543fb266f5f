// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinusagequery.h"

#include <QRegularExpression>

namespace Vortex::Core::Twin {

namespace {

constexpr int MaxPageSize = 1000;

QDate monthStart(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

} // namespace

const QList<QPair<QString, QString>> &UsageQuery::subresources()
{
    static const QList<QPair<QString, QString>> list{
        {QStringLiteral("AllTime"), QStringLiteral("all_time")},
        {QStringLiteral("Daily"), QStringLiteral("daily")},
        {QStringLiteral("LastMonth"), QStringLiteral("last_month")},
        {QStringLiteral("Monthly"), QStringLiteral("monthly")},
        {QStringLiteral("ThisMonth"), QStringLiteral("this_month")},
        {QStringLiteral("Today"), QStringLiteral("today")},
        {QStringLiteral("Yearly"), QStringLiteral("yearly")},
        {QStringLiteral("Yesterday"), QStringLiteral("yesterday")},
    };
    return list;
}

QDate UsageQuery::parseDate(const QString &value, const QDate &today)
{
    static const QRegularExpression offset(QStringLiteral("^([+-])([0-9]{1,5})days$"));
    const QRegularExpressionMatch match = offset.match(value);
    if (match.hasMatch()) {
        const qint64 days = match.captured(2).toLongLong();
        return today.addDays(match.captured(1) == QLatin1String("-") ? -days : days);
    }
    static const QRegularExpression plain(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (!plain.match(value).hasMatch())
        return {};
    return QDate::fromString(value, Qt::ISODate);
}

Result<UsageQuery, TwinError> UsageQuery::parse(const QString &subresource,
                                                const Twilio::FormParams &params,
                                                const QDate &today, const QDate &firstUsage)
{
    UsageQuery q;
    q.subresource = subresource;
    q.category = params.value(QStringLiteral("Category"));
    q.startParam = params.value(QStringLiteral("StartDate"));
    q.endParam = params.value(QStringLiteral("EndDate"));

    if (params.contains(QStringLiteral("PageSize"))) {
        bool ok = false;
        q.pageSize = params.value(QStringLiteral("PageSize")).toInt(&ok);
        if (!ok || q.pageSize < 1 || q.pageSize > MaxPageSize)
            return fail(TwinError{
                400, 20007, QStringLiteral("PageSize must be between 1 and %1").arg(MaxPageSize)});
    }
    if (params.contains(QStringLiteral("Page"))) {
        bool ok = false;
        q.page = params.value(QStringLiteral("Page")).toInt(&ok);
        if (!ok || q.page < 0)
            return fail(TwinError{400, 20001, QStringLiteral("Page must be an integer >= 0")});
    }

    // Fixed windows first; the open lists default to [first usage, today].
    UsagePeriod range{qMin(firstUsage, today), today};
    if (subresource == QLatin1String("Today")) {
        range = {today, today};
    } else if (subresource == QLatin1String("Yesterday")) {
        range = {today.addDays(-1), today.addDays(-1)};
    } else if (subresource == QLatin1String("ThisMonth")) {
        range = {monthStart(today), today};
    } else if (subresource == QLatin1String("LastMonth")) {
        const QDate first = monthStart(today).addMonths(-1);
        range = {first, monthStart(today).addDays(-1)};
    } else {
        if (!q.startParam.isEmpty()) {
            range.start = parseDate(q.startParam, today);
            if (!range.start.isValid())
                return fail(TwinError{400, 20001,
                                      QStringLiteral("StartDate must be YYYY-MM-DD or an offset "
                                                     "such as -30days")});
        }
        if (!q.endParam.isEmpty()) {
            range.end = parseDate(q.endParam, today);
            if (!range.end.isValid())
                return fail(TwinError{
                    400, 20001,
                    QStringLiteral("EndDate must be YYYY-MM-DD or an offset such as +30days")});
        }
        if (range.end < range.start)
            return fail(TwinError{400, 20001, QStringLiteral("EndDate is before StartDate")});
    }
    q.range = range;
    if (subresource == QLatin1String("Daily"))
        q.granularity = Granularity::Daily;
    else if (subresource == QLatin1String("Monthly"))
        q.granularity = Granularity::Monthly;
    else if (subresource == QLatin1String("Yearly"))
        q.granularity = Granularity::Yearly;
    if (q.granularity == Granularity::Daily && range.start.daysTo(range.end) > 3660)
        return fail(TwinError{400, 20001, QStringLiteral("Daily usage covers at most ten years")});
    return q;
}

QList<UsagePeriod> UsageQuery::periods() const
{
    QList<UsagePeriod> out;
    if (granularity == Granularity::Whole) {
        out.append(range);
        return out;
    }
    QDate start = range.start;
    while (start <= range.end) {
        QDate next;
        if (granularity == Granularity::Daily)
            next = start.addDays(1);
        else if (granularity == Granularity::Monthly)
            next = monthStart(start).addMonths(1);
        else
            next = QDate(start.year() + 1, 1, 1);
        out.append({start, qMin(next.addDays(-1), range.end)});
        start = next;
    }
    return out;
}

} // namespace Vortex::Core::Twin
