// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twineventlog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>

namespace Vortex::Core::Twin {

QJsonObject TwinEvent::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("seq"), seq);
    o.insert(QLatin1String("at"),
             QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODateWithMs));
    o.insert(QLatin1String("kind"), kind);
    o.insert(QLatin1String("sid"), sid);
    o.insert(QLatin1String("fields"), fields);
    return o;
}

void TwinEventLog::append(qint64 atMs, const QString &kind, const QString &sid,
                          const QJsonObject &fields)
{
    m_events.append(TwinEvent{m_nextSeq++, atMs, kind, sid, fields});
    // QJsonDocument sorts object keys, so the serialisation is canonical.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_digest);
    hash.addData(QJsonDocument(m_events.constLast().toJson()).toJson(QJsonDocument::Compact));
    m_digest = hash.result();
    if (m_events.size() > m_capacity)
        m_events.remove(0, m_events.size() - m_capacity);
}

QList<TwinEvent> TwinEventLog::after(qint64 seq, int limit) const
{
    // Sequence numbers are dense, so the position is a subtraction away.
    QList<TwinEvent> result;
    if (m_events.isEmpty())
        return result;
    const qint64 first = m_events.first().seq;
    qsizetype start = std::max<qint64>(0, seq + 1 - first);
    for (qsizetype i = start; i < m_events.size() && result.size() < limit; ++i)
        result.append(m_events.at(i));
    return result;
}

} // namespace Vortex::Core::Twin
