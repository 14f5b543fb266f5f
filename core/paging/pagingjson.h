// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "pagingtypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Vortex::Core::Paging {

class PagingStore;

// JSON forms of the paging types (docs/paging-store.md lists every key). Dates are ISO 8601 UTC
// with milliseconds ("2024-05-01T02:00:00.000Z") or null; optional numbers are null when absent.
// The *FromJson functions check structure and formats only (types, enum names, HH:MM, dates);
// validate() checks meaning. Their errors name the offending key's path relative to the object
// ("routing.quietHours[0].start: expected HH:MM"); unknown keys are errors, missing keys take
// the type's defaults.

QJsonObject toJson(const Recipient &recipient);
Result<Recipient, QString> recipientFromJson(const QJsonObject &json);

QJsonObject toJson(const EscalationPolicy &policy);
Result<EscalationPolicy, QString> escalationPolicyFromJson(const QJsonObject &json);

QJsonObject toJson(const Incident &incident);
Result<Incident, QString> incidentFromJson(const QJsonObject &json);

QJsonObject toJson(const TimelineEntry &entry);
Result<TimelineEntry, QString> timelineEntryFromJson(const QJsonObject &json);

QJsonObject toJson(const EscalationStep &step);
Result<EscalationStep, QString> escalationStepFromJson(const QJsonObject &json);

QJsonObject toJson(const Delivery &delivery);
Result<Delivery, QString> deliveryFromJson(const QJsonObject &json);

/// The paging configuration file: `{"defaultPolicy": "ops", "recipients": […], "policies": […]}`.
struct PagingConfig
{
    QList<Recipient> recipients;
    QList<EscalationPolicy> policies;
    QString defaultPolicyId;

    /// Parses a configuration document; errors name the path ("recipients[2].timeZone: …").
    static Result<PagingConfig, QString> fromJson(const QByteArray &json);
    /// Reads and parses \a path; errors start with the file name.
    static Result<PagingConfig, QString> fromFile(const QString &path);
    QJsonObject toJson() const;
    /// Every problem, each as "path: text": both validate()s of every recipient and policy,
    /// duplicate ids, policy tiers naming unknown recipients, defaultPolicy naming no policy.
    QStringList validate() const;
    /// Validates, then upserts every recipient and policy in one transaction (begin/commit on
    /// \a store, which must not be inside a transaction already). Nothing is written when the
    /// configuration has problems or a write fails.
    Result<Done, QString> saveTo(PagingStore &store) const;
};

} // namespace Vortex::Core::Paging
