// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twincallstore.h"

#include "twinpage2010.h"

#include "twinmessagestore.h"

#include <QJsonArray>

namespace Vortex::Core::Twin {

namespace {

/// An inclusive time window; invalid ends are open.
struct Window
{
    QDateTime from;
    QDateTime to;

    bool active() const { return from.isValid() || to.isValid(); }
    bool contains(const QDateTime &when) const
    {
        if (!when.isValid())
            return false;
        return (!from.isValid() || when >= from) && (!to.isValid() || when <= to);
    }
};

/// StartTime=day (that whole day), StartTime<=…, StartTime>=… (Twilio's "<"/">" are inclusive).
bool applyDate(const QString &suffix, const QString &text, Window *window)
{
    bool dateOnly = false;
    const QDateTime when = TwinMessageStore::parseDate(text, &dateOnly);
    if (!when.isValid())
        return false;
    if (suffix.isEmpty()) {
        const QDateTime start(when.date(), QTime(0, 0), Qt::UTC);
        window->from = start;
        window->to = start.addDays(1).addMSecs(-1);
    } else if (suffix == QLatin1String("<")) {
        window->to = dateOnly ? when.addDays(1).addMSecs(-1) : when;
    } else {
        window->from = when;
    }
    return true;
}

} // namespace

TwinCall &TwinCallStore::add(TwinCall call)
{
    call.index = m_nextIndex++;
    const QString sid = call.sid;
    m_order.append(sid);
    return m_bySid.insert_or_assign(sid, std::move(call)).first->second;
}

TwinCall *TwinCallStore::find(const QString &sid)
{
    const auto it = m_bySid.find(sid);
    return it == m_bySid.end() ? nullptr : &it->second;
}

bool TwinCallStore::remove(const QString &sid)
{
    if (m_bySid.erase(sid) == 0)
        return false;
    m_order.removeOne(sid);
    return true;
}

QList<const TwinCall *> TwinCallStore::all() const
{
    QList<const TwinCall *> calls;
    for (const QString &sid : m_order)
        calls.append(&m_bySid.at(sid));
    return calls;
}

Result<QJsonObject, TwinError> TwinCallStore::list(const QString &accountSid,
                                                   const Twilio::FormParams &query) const
{
    Twilio::FormParams filters; // echoed in every page URI, in a stable order
    QHash<QString, QString> equal;
    for (const char *key : {"To", "From", "Status", "ParentCallSid"}) {
        const QString name = QString::fromLatin1(key);
        const QString value = query.value(name);
        if (!value.isEmpty()) {
            equal.insert(name, value);
            filters.add(name, value);
        }
    }
    Window started;
    Window ended;
    for (const char *base : {"StartTime", "EndTime"}) {
        for (const char *suffix : {"", "<", ">"}) {
            const QString name = QString::fromLatin1(base) + QString::fromLatin1(suffix);
            const QString value = query.value(name);
            if (value.isEmpty())
                continue;
            Window *window = qstrcmp(base, "StartTime") == 0 ? &started : &ended;
            if (!applyDate(QString::fromLatin1(suffix), value, window))
                return fail(TwinError{400, 20001,
                                      QStringLiteral("Invalid value for %1: %2").arg(name, value)});
            filters.add(name, value);
        }
    }

    auto paging = Page2010::fromQuery(
        query, QStringLiteral("/2010-04-01/Accounts/%1/Calls.json").arg(accountSid),
        QLatin1String("calls"), filters);
    if (!paging)
        return fail(paging.error());

    QList<const TwinCall *> matches;
    for (auto it = m_order.crbegin(); it != m_order.crend(); ++it) {
        const TwinCall &call = m_bySid.at(*it);
        if (equal.contains(QStringLiteral("To")) && call.to != equal.value(QStringLiteral("To")))
            continue;
        if (equal.contains(QStringLiteral("From"))
            && call.from != equal.value(QStringLiteral("From")))
            continue;
        if (equal.contains(QStringLiteral("Status"))
            && call.status != equal.value(QStringLiteral("Status")))
            continue;
        if (equal.contains(QStringLiteral("ParentCallSid")))
            continue; // the twin's calls have no parent
        if (started.active() && !started.contains(call.startTime))
            continue;
        if (ended.active() && !ended.contains(call.endTime))
            continue;
        matches.append(&call);
    }

    QStringList sids;
    sids.reserve(matches.size());
    for (const auto *record : matches)
        sids.append(record->sid);
    return paging->build(sids, [&matches](qsizetype i) { return matches.at(i)->toJson(); });
}

} // namespace Vortex::Core::Twin
