// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinusage.h"

#include "twinapi.h"
#include "twinclock.h"
#include "twinconfig.h"
#include "twinledger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace Vortex::Core::Twin {

namespace {

const QString DateFormat = QStringLiteral("yyyy-MM-dd");

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// "12" for whole numbers, otherwise up to four decimals without trailing zeros.
QString countString(double value)
{
    if (std::fabs(value - std::round(value)) < 1e-9)
        return QString::number(static_cast<qint64>(std::llround(value)));
    QString text = QString::number(value, 'f', 4);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    return text;
}

/// Money with five decimals, trailing zeros dropped down to two ("19.9917", "20.00").
QString moneyString(double value)
{
    QString text = QString::number(value, 'f', 5);
    while (text.endsWith(QLatin1Char('0')) && text.size() - text.indexOf(QLatin1Char('.')) > 3)
        text.chop(1);
    return text == QLatin1String("-0.00") ? QStringLiteral("0.00") : text;
}

bool isMoney(const QString &text)
{
    static const QRegularExpression money(QStringLiteral("^[0-9]{1,9}(\\.[0-9]{1,5})?$"));
    return money.match(text).hasMatch();
}

} // namespace

TwinUsage::TwinUsage(const TwinContext &context)
    : m_context(context)
{}

bool TwinUsage::setStartingBalance(const QString &usd)
{
    if (!isMoney(usd))
        return false;
    m_startingBalance = usd;
    return true;
}

QString TwinUsage::balance() const
{
    double charged = 0;
    for (const LedgerEntry &entry : m_context.ledger->entries())
        charged += entry.priceUsd;
    return moneyString(m_startingBalance.toDouble() - charged);
}

QString TwinUsage::recordsPath(const QString &subresource) const
{
    const QString base
        = QStringLiteral("/2010-04-01/Accounts/%1/Usage/Records").arg(m_context.config->accountSid);
    if (subresource.isEmpty())
        return base + QStringLiteral(".json");
    return base + QLatin1Char('/') + subresource + QStringLiteral(".json");
}

std::optional<TwinResponse> TwinUsage::handleApi(const TwinRequest &request)
{
    static const QRegularExpression route(QStringLiteral(
        "^/2010-04-01/Accounts/([^/]+)/(?:Usage/Records(?:/([A-Za-z]+))?|(Balance))\\.json$"));
    const QRegularExpressionMatch match = route.match(request.path);
    if (!match.hasMatch())
        return std::nullopt;
    // Credentials of one account never open another account's usage (no sub-accounts).
    if (match.captured(1) != m_context.config->accountSid)
        return TwinApi::errorResponse({401, 20003, {}});
    const QString subresource = match.captured(2);
    if (!subresource.isEmpty()) {
        bool known = false;
        for (const auto &sub : UsageQuery::subresources())
            known = known || sub.first == subresource;
        if (!known)
            return TwinApi::errorResponse(
                {404, 20404,
                 QStringLiteral("The requested resource %1 was not found").arg(request.path)});
    }
    if (request.method != QLatin1String("GET"))
        return TwinApi::errorResponse({405, 20004, {}});
    if (!match.captured(3).isEmpty()) {
        QJsonObject o;
        o.insert(QLatin1String("account_sid"), m_context.config->accountSid);
        o.insert(QLatin1String("balance"), balance());
        o.insert(QLatin1String("currency"), QStringLiteral("USD"));
        return TwinApi::jsonResponse(200, compact(o));
    }
    return records(subresource, request.query);
}

TwinResponse TwinUsage::records(const QString &subresource, const QByteArray &query) const
{
    Twilio::FormParams params;
    if (!Twilio::FormParams::decode(query, &params))
        return TwinApi::errorResponse({400, 20001, QStringLiteral("Malformed query")});
    const QDate today = m_context.clock->now().toUTC().date();
    const QList<LedgerEntry> &entries = m_context.ledger->entries();
    QDate firstUsage = today;
    for (const LedgerEntry &entry : entries)
        firstUsage
            = qMin(firstUsage, QDateTime::fromMSecsSinceEpoch(entry.atMs, QTimeZone::utc()).date());
    const auto parsed = UsageQuery::parse(subresource, params, today, firstUsage);
    if (!parsed)
        return TwinApi::errorResponse(parsed.error());
    const UsageQuery &q = parsed.value();
    const QList<UsageRecord> all = TwinUsageRecords::compute(entries, q.periods(), q.category);

    QJsonArray items;
    const qsizetype startIndex = qsizetype(q.page) * q.pageSize;
    for (qsizetype i = startIndex; i < all.size() && items.size() < q.pageSize; ++i)
        items.append(recordJson(all.at(i), subresource));

    const auto pageUri = [&](int page) -> QString {
        Twilio::FormParams p;
        p.addIfSet(QStringLiteral("Category"), q.category);
        p.addIfSet(QStringLiteral("StartDate"), q.startParam);
        p.addIfSet(QStringLiteral("EndDate"), q.endParam);
        p.add(QStringLiteral("PageSize"), QString::number(q.pageSize));
        p.add(QStringLiteral("Page"), QString::number(page));
        return recordsPath(subresource) + QLatin1Char('?') + QString::fromUtf8(p.encode());
    };
    const qsizetype shown = items.size();
    QJsonObject envelope;
    envelope.insert(QLatin1String("usage_records"), items);
    envelope.insert(QLatin1String("first_page_uri"), pageUri(0));
    envelope.insert(QLatin1String("next_page_uri"), startIndex + shown < all.size()
                                                        ? QJsonValue(pageUri(q.page + 1))
                                                        : QJsonValue(QJsonValue::Null));
    envelope.insert(QLatin1String("previous_page_uri"),
                    q.page > 0 ? QJsonValue(pageUri(q.page - 1)) : QJsonValue(QJsonValue::Null));
    envelope.insert(QLatin1String("uri"), pageUri(q.page));
    envelope.insert(QLatin1String("page"), q.page);
    envelope.insert(QLatin1String("page_size"), q.pageSize);
    const qsizetype start = shown == 0 ? 0 : startIndex;
    envelope.insert(QLatin1String("start"), static_cast<qint64>(start));
    envelope.insert(QLatin1String("end"),
                    static_cast<qint64>(shown == 0 ? start : start + shown - 1));
    return TwinApi::jsonResponse(200, compact(envelope));
}

QJsonObject TwinUsage::recordJson(const UsageRecord &record, const QString &subresource) const
{
    const QString start = record.period.start.toString(DateFormat);
    const QString end = record.period.end.toString(DateFormat);
    Twilio::FormParams selfQuery;
    selfQuery.add(QStringLiteral("Category"), record.category);
    selfQuery.add(QStringLiteral("StartDate"), start);
    selfQuery.add(QStringLiteral("EndDate"), end);
    QJsonObject subresources;
    for (const auto &sub : UsageQuery::subresources()) {
        Twilio::FormParams categoryOnly;
        categoryOnly.add(QStringLiteral("Category"), record.category);
        subresources.insert(sub.second, QString(recordsPath(sub.first) + QLatin1Char('?')
                                                + QString::fromUtf8(categoryOnly.encode())));
    }
    const bool total = record.category == QLatin1String("totalprice");
    QJsonObject o;
    o.insert(QLatin1String("account_sid"), m_context.config->accountSid);
    o.insert(QLatin1String("api_version"), QStringLiteral("2010-04-01"));
    o.insert(QLatin1String("as_of"),
             m_context.clock->now().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+00:00")));
    o.insert(QLatin1String("category"), record.category);
    o.insert(QLatin1String("count"), countString(record.count));
    o.insert(QLatin1String("count_unit"), record.unit);
    o.insert(QLatin1String("description"), TwinUsageRecords::description(record.category));
    o.insert(QLatin1String("end_date"), end);
    o.insert(QLatin1String("price"), QString::number(record.price, 'f', 5));
    o.insert(QLatin1String("price_unit"), QStringLiteral("usd"));
    o.insert(QLatin1String("start_date"), start);
    o.insert(QLatin1String("subresource_uris"), subresources);
    o.insert(QLatin1String("uri"), QString(recordsPath(subresource) + QLatin1Char('?')
                                           + QString::fromUtf8(selfQuery.encode())));
    o.insert(QLatin1String("usage"),
             total ? QString::number(record.price, 'f', 5) : countString(record.count));
    o.insert(QLatin1String("usage_unit"), total ? QStringLiteral("usd") : record.unit);
    return o;
}

std::optional<TwinResponse> TwinUsage::handleControl(const TwinRequest &request)
{
    if (request.path != QLatin1String("/_twin/usage"))
        return std::nullopt;
    if (request.method == QLatin1String("POST")) {
        Twilio::FormParams params;
        if (!Twilio::FormParams::decode(request.body, &params))
            return TwinApi::errorResponse(
                {400, 20001, QStringLiteral("Malformed form parameters")});
        if (params.contains(QStringLiteral("StartingBalance"))
            && !setStartingBalance(params.value(QStringLiteral("StartingBalance"))))
            return TwinApi::errorResponse(
                {400, 20001, QStringLiteral("StartingBalance must be a decimal such as 20.00")});
    }
    QJsonObject o;
    o.insert(QLatin1String("starting_balance"), m_startingBalance);
    o.insert(QLatin1String("balance"), balance());
    o.insert(QLatin1String("ledger_entries"),
             static_cast<qint64>(m_context.ledger->entries().size()));
    return TwinApi::jsonResponse(200, compact(o));
}

} // namespace Vortex::Core::Twin
