// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinservicespage.h"

#include <QDateTime>

namespace Vortex::Core::Twin {

Result<QJsonObject, TwinError> TwinServicesPage::build(const QJsonArray &items, const QString &key,
                                                       const QString &absoluteUrl,
                                                       const Twilio::FormParams &query)
{
    bool ok = true;
    const int pageSize = query.value(QStringLiteral("PageSize"), QStringLiteral("50")).toInt(&ok);
    if (!ok || pageSize < 1 || pageSize > 1000)
        return fail(TwinError{400, 20007, {}});
    const int page = query.value(QStringLiteral("Page"), QStringLiteral("0")).toInt(&ok);
    if (!ok || page < 0)
        return fail(TwinError{400, 20001, QStringLiteral("Invalid Page")});
    const auto pageUrl = [&](int n) {
        return QStringLiteral("%1?PageSize=%2&Page=%3").arg(absoluteUrl).arg(pageSize).arg(n);
    };
    QJsonArray slice;
    const qsizetype start = qsizetype(page) * pageSize;
    for (qsizetype i = start; i < items.size() && i < start + pageSize; ++i)
        slice.append(items.at(i));
    const bool more = start + pageSize < items.size();
    QJsonObject meta{{QLatin1String("page"), page},
                     {QLatin1String("page_size"), pageSize},
                     {QLatin1String("first_page_url"), pageUrl(0)},
                     {QLatin1String("previous_page_url"),
                      page > 0 ? QJsonValue(pageUrl(page - 1)) : QJsonValue(QJsonValue::Null)},
                     {QLatin1String("next_page_url"),
                      more ? QJsonValue(pageUrl(page + 1)) : QJsonValue(QJsonValue::Null)},
                     {QLatin1String("url"), pageUrl(page)},
                     {QLatin1String("key"), key}};
    return QJsonObject{{key, slice}, {QLatin1String("meta"), meta}};
}

QString TwinServicesPage::isoDate(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace Vortex::Core::Twin
