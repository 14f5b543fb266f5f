// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "core/paging/pagingtypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Vortex::Core::Paging {

/// One incident action sent to the relay's intake (POST /v1/intake/incidents) by Vortex IQ,
/// the console or vortexctl. JSON keys: action ("raise", "update", "resolve", "acknowledge",
/// "snooze"), dedup_key, severity ("sev1"…"sev4"), title, summary, link, runbook, source,
/// policy, code, actor, minutes. Only valid requests can be built from JSON.
struct IntakeRequest
{
    enum class Action { Raise, Update, Resolve, Acknowledge, Snooze };

    Action action = Action::Raise;
    QString dedupKey; ///< the sender's key for the incident (1–200 characters)
    std::optional<Severity> severity;
    QString title;   ///< 1–200 characters
    QString summary; ///< ≤ 2000 characters
    QString link;    ///< absolute http(s) URL
    QString runbook; ///< ≤ 4000 characters
    QString source;
    QString policyId; ///< JSON "policy"
    QString code;     ///< the incident's short reply code (instead of dedup_key)
    QString actor;
    std::optional<int> minutes; ///< snooze: 1–1440

    static QString actionName(Action action);
    static std::optional<Action> actionFromName(const QString &name);

    /// Parses and validates a raw JSON body; the error names the field at fault.
    static Result<IntakeRequest, QString> fromJson(const QByteArray &body);
    static Result<IntakeRequest, QString> fromJsonObject(const QJsonObject &o);
    /// Empty when the request is valid, else what is wrong (naming the field).
    QString validate() const;
    /// Only the fields that are set; fromJsonObject(toJson()) gives the same request.
    QJsonObject toJson() const;
};

} // namespace Vortex::Core::Paging
