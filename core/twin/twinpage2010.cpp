// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinpage2010.h"

#include <QJsonArray>

namespace Vortex::Core::Twin {

Result<Page2010, TwinError> Page2010::fromQuery(const Twilio::FormParams &query, QString path,
                                                QLatin1String listKey, Twilio::FormParams filters)
{
    constexpr int MaxPageSize = 1000;
    Page2010 paging{std::move(path),
                    listKey,
                    std::move(filters),
                    0,
                    50,
                    query.value(QStringLiteral("PageToken"))};
    bool ok = true;
    if (query.contains(QStringLiteral("PageSize"))) {
        paging.pageSize = query.value(QStringLiteral("PageSize")).toInt(&ok);
        if (!ok || paging.pageSize < 1 || paging.pageSize > MaxPageSize)
            return fail(TwinError{
                400, 20007, QStringLiteral("PageSize must be between 1 and %1").arg(MaxPageSize)});
    }
    if (query.contains(QStringLiteral("Page"))) {
        paging.page = query.value(QStringLiteral("Page")).toInt(&ok);
        if (!ok || paging.page < 0)
            return fail(TwinError{400, 20001, QStringLiteral("Page must be an integer >= 0")});
    }
    return paging;
}

Result<QJsonObject, TwinError>
Page2010::build(const QStringList &sids, const std::function<QJsonObject(qsizetype)> &json) const
{
    qsizetype startIndex = qsizetype(page) * pageSize;
    if (!token.isEmpty()) {
        const qsizetype at
            = token.startsWith(QLatin1String("PA")) ? sids.indexOf(token.mid(2)) : -1;
        if (at < 0)
            return fail(TwinError{400, 20001, QStringLiteral("Invalid PageToken")});
        startIndex = at + 1;
    }

    QJsonArray items;
    for (qsizetype i = startIndex; i < sids.size() && items.size() < pageSize; ++i)
        items.append(json(i));

    const auto pageUri = [this](int pageNumber, const QString &pageToken) -> QString {
        Twilio::FormParams params = filters;
        params.add(QStringLiteral("PageSize"), QString::number(pageSize));
        params.add(QStringLiteral("Page"), QString::number(pageNumber));
        params.addIfSet(QStringLiteral("PageToken"), pageToken);
        return path + QLatin1Char('?') + QString::fromUtf8(params.encode());
    };

    const qsizetype shown = items.size();
    const bool hasNext = startIndex + shown < sids.size();
    QJsonObject envelope;
    envelope.insert(listKey, items);
    envelope.insert(QLatin1String("first_page_uri"), pageUri(0, {}));
    envelope.insert(QLatin1String("next_page_uri"),
                    hasNext ? QJsonValue(
                        pageUri(page + 1, QStringLiteral("PA") + sids.at(startIndex + shown - 1)))
                            : QJsonValue(QJsonValue::Null));
    QJsonValue previous(QJsonValue::Null);
    if (page > 0 && startIndex > 0) {
        const qsizetype prevStart = qMax<qsizetype>(0, startIndex - pageSize);
        previous = pageUri(
            page - 1, prevStart == 0 ? QString() : QStringLiteral("PA") + sids.at(prevStart - 1));
    }
    envelope.insert(QLatin1String("previous_page_uri"), previous);
    envelope.insert(QLatin1String("uri"), pageUri(page, token));
    envelope.insert(QLatin1String("page"), page);
    envelope.insert(QLatin1String("page_size"), pageSize);
    const qsizetype start = shown == 0 ? 0 : qsizetype(page) * pageSize;
    envelope.insert(QLatin1String("start"), static_cast<qint64>(start));
    envelope.insert(QLatin1String("end"),
                    static_cast<qint64>(shown == 0 ? start : start + shown - 1));
    return envelope;
}

} // namespace Vortex::Core::Twin
