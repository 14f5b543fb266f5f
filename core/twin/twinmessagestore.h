// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "core/twilio/formparams.h"
#include "twinerror.h"
#include "twinmessage.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <map>

namespace Vortex::Core::Twin {

/// The twin's in-memory messages, newest first in lists as Twilio returns them.
class TwinMessageStore
{
public:
    TwinMessage &add(TwinMessage message);
    TwinMessage *find(const QString &sid);
    const TwinMessage *find(const QString &sid) const;
    bool remove(const QString &sid);
    qsizetype size() const { return m_order.size(); }
    quint64 nextIndex() const { return m_nextIndex; }
    /// Twin ms of the last inbound message \a from sent to \a to (addresses as stored, e.g.
    /// "whatsapp:+…"), or -1: what the WhatsApp 24-hour window is measured from.
    qint64 lastInboundMs(const QString &from, const QString &to) const;

    /// GET …/Messages.json: filters To, From, DateSent, DateSent<, DateSent>; PageSize, Page,
    /// PageToken; the 2010 envelope with `messages` and relative URIs.
    Result<QJsonObject, TwinError> list(const QString &accountSid,
                                        const Twilio::FormParams &query) const;

    /// Parses "2024-05-01", "2024-05-01T10:00:00Z" or an RFC 2822 date; \a dateOnly tells which.
    static QDateTime parseDate(const QString &text, bool *dateOnly);

private:
    std::map<QString, TwinMessage> m_bySid; // node-based: references stay valid
    QList<QString> m_order;                 // creation order
    quint64 m_nextIndex = 0;
    QHash<QString, qint64> m_lastInbound; // "from|to" → twin ms
};

} // namespace Vortex::Core::Twin
