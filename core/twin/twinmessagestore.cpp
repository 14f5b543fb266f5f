// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinmessagestore.h"

#include "twinpage2010.h"

#include <QJsonArray>
#include <QLocale>
#include <QUrl>

namespace Vortex::Core::Twin {

namespace {

struct DateFilter
{
    QDateTime from; // inclusive, invalid = open
    QDateTime to;   // inclusive, invalid = open
};

bool applyDate(const QString &key, const QString &text, DateFilter *filter)
{
    bool dateOnly = false;
    const QDateTime when = TwinMessageStore::parseDate(text, &dateOnly);
    if (!when.isValid())
        return false;
    const QDateTime dayStart = when;
    const QDateTime dayEnd = dateOnly ? when.addDays(1).addMSecs(-1) : when;
    if (key == QLatin1String("DateSent")) {
        // A datetime given to the equality filter still means "sent on that day".
        const QDateTime start(when.date(), QTime(0, 0), Qt::UTC);
        filter->from = start;
        filter->to = start.addDays(1).addMSecs(-1);
    } else if (key == QLatin1String("DateSent<")) {
        filter->to = dayEnd;
    } else {
        filter->from = dayStart;
    }
    return true;
}

} // namespace

TwinMessage &TwinMessageStore::add(TwinMessage message)
{
    // Only outbound messages draw outcomes, so inbound traffic must not shift their seeds.
    if (message.direction != QLatin1String("inbound"))
        message.index = m_nextIndex++;
    else
        m_lastInbound.insert(message.from + QLatin1Char('|') + message.to,
                             message.dateCreated.toMSecsSinceEpoch());
    const QString sid = message.sid;
    m_order.append(sid);
    return m_bySid.insert_or_assign(sid, std::move(message)).first->second;
}

qint64 TwinMessageStore::lastInboundMs(const QString &from, const QString &to) const
{
    return m_lastInbound.value(from + QLatin1Char('|') + to, -1);
}

TwinMessage *TwinMessageStore::find(const QString &sid)
{
    const auto it = m_bySid.find(sid);
    return it == m_bySid.end() ? nullptr : &it->second;
}

const TwinMessage *TwinMessageStore::find(const QString &sid) const
{
    const auto it = m_bySid.find(sid);
    return it == m_bySid.end() ? nullptr : &it->second;
}

bool TwinMessageStore::remove(const QString &sid)
{
    if (m_bySid.erase(sid) == 0)
        return false;
    m_order.removeOne(sid);
    return true;
}

QDateTime TwinMessageStore::parseDate(const QString &text, bool *dateOnly)
{
    const QString t = text.trimmed();
    *dateOnly = false;
    QDate date = QDate::fromString(t, Qt::ISODate);
    if (date.isValid() && t.size() == 10) {
        *dateOnly = true;
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (dt.isValid()) {
        if (dt.timeSpec() == Qt::LocalTime) // no zone given: Twilio means UTC
            dt.setTimeSpec(Qt::UTC);
        return dt.toUTC();
    }
    dt = QDateTime::fromString(t, Qt::RFC2822Date);
    if (dt.isValid())
        return dt.toUTC();
    // "Fri, 24 May 2019 17:44:50 +0000" with English names regardless of the host locale.
    dt = QLocale::c().toDateTime(t.left(t.lastIndexOf(QLatin1Char(' '))),
                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (dt.isValid()) {
        dt.setTimeSpec(Qt::UTC);
        return dt;
    }
    return {};
}

Result<QJsonObject, TwinError> TwinMessageStore::list(const QString &accountSid,
                                                      const Twilio::FormParams &query) const
{
    const QString to = query.value(QStringLiteral("To"));
    const QString from = query.value(QStringLiteral("From"));
    DateFilter dates;
    Twilio::FormParams filters; // echoed in every page URI, in a stable order
    filters.addIfSet(QStringLiteral("To"), to);
    filters.addIfSet(QStringLiteral("From"), from);
    for (const char *key : {"DateSent", "DateSent<", "DateSent>"}) {
        const QString name = QString::fromLatin1(key);
        const QString value = query.value(name);
        if (value.isEmpty())
            continue;
        if (!applyDate(name, value, &dates))
            return fail(
                TwinError{400, 20001, QStringLiteral("Invalid value for %1: %2").arg(name, value)});
        filters.add(name, value);
    }

    auto paging = Page2010::fromQuery(
        query, QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(accountSid),
        QLatin1String("messages"), filters);
    if (!paging)
        return fail(paging.error());

    // Newest first, as Twilio lists messages.
    QList<const TwinMessage *> matches;
    for (auto it = m_order.crbegin(); it != m_order.crend(); ++it) {
        const TwinMessage &m = m_bySid.at(*it);
        if (!to.isEmpty() && m.to != to)
            continue;
        if (!from.isEmpty() && m.from != from)
            continue;
        if (dates.from.isValid() || dates.to.isValid()) {
            if (!m.dateSent.isValid())
                continue;
            if (dates.from.isValid() && m.dateSent < dates.from)
                continue;
            if (dates.to.isValid() && m.dateSent > dates.to)
                continue;
        }
        matches.append(&m);
    }

    QStringList sids;
    sids.reserve(matches.size());
    for (const auto *record : matches)
        sids.append(record->sid);
    return paging->build(sids, [&matches](qsizetype i) { return matches.at(i)->toJson(); });
}

} // namespace Vortex::Core::Twin
