// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "core/twilio/formparams.h"
#include "twincall.h"
#include "twinerror.h"

#include <QJsonObject>
#include <QList>

#include <map>

namespace Vortex::Core::Twin {

/// The twin's in-memory calls, newest first in lists as Twilio returns them.
class TwinCallStore
{
public:
    TwinCall &add(TwinCall call);
    TwinCall *find(const QString &sid);
    bool remove(const QString &sid);
    qsizetype size() const { return m_order.size(); }
    quint64 nextIndex() const { return m_nextIndex; }
    QList<const TwinCall *> all() const;

    /// GET …/Calls.json: filters To, From, Status, ParentCallSid, StartTime, StartTime<,
    /// StartTime>, EndTime, EndTime<, EndTime>; PageSize, Page, PageToken; the 2010 envelope
    /// with `calls` and relative URIs.
    Result<QJsonObject, TwinError> list(const QString &accountSid,
                                        const Twilio::FormParams &query) const;

private:
    std::map<QString, TwinCall> m_bySid; // node-based: references stay valid
    QList<QString> m_order;              // creation order
    quint64 m_nextIndex = 0;
};

} // namespace Vortex::Core::Twin
