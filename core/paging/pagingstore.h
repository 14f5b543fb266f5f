// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "pagingtemplates.h"
#include "pagingtypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Vortex::Core::Paging {

/// Everything the paging engine persists, behind one interface (SQLite now, PostgreSQL later).
/// Used from one thread (the engine's). Every write happens inside begin()/commit() when the
/// caller needs several writes to land together; single calls outside a transaction commit on
/// their own. No state lives only in memory: an engine restarted on the same store resumes.
class PagingStore
{
public:
    virtual ~PagingStore() = default;

    virtual Result<Done, QString> open() = 0;
    virtual void close() = 0;

    virtual Result<Done, QString> begin() = 0;
    virtual Result<Done, QString> commit() = 0;
    virtual void rollback() = 0;

    // Configuration
    virtual Result<QList<Recipient>, QString> recipients() const = 0;
    virtual Result<std::optional<Recipient>, QString> recipient(const QString &id) const = 0;
    virtual Result<Done, QString> upsertRecipient(const Recipient &recipient) = 0;
    virtual Result<Done, QString> removeRecipient(const QString &id) = 0;
    virtual Result<QList<EscalationPolicy>, QString> policies() const = 0;
    virtual Result<std::optional<EscalationPolicy>, QString> policy(const QString &id) const = 0;
    virtual Result<Done, QString> upsertPolicy(const EscalationPolicy &policy) = 0;
    virtual Result<Done, QString> removePolicy(const QString &id) = 0;

    // Templates (docs/paging-texts.md, "Templates"): at most one per kind and language, sorted
    // by kind then language. upsertTemplate refuses a template that does not validate. A store
    // that keeps no templates has none and refuses writes (these defaults).
    virtual Result<QList<PagingTemplate>, QString> templates() const
    {
        return QList<PagingTemplate>();
    }
    virtual Result<Done, QString> upsertTemplate(const PagingTemplate &tmpl)
    {
        Q_UNUSED(tmpl);
        return fail(QStringLiteral("this paging store does not keep templates"));
    }
    /// Removing a template that does not exist is not an error.
    virtual Result<Done, QString> removeTemplate(TemplateKind kind, const QString &language)
    {
        Q_UNUSED(kind);
        Q_UNUSED(language);
        return fail(QStringLiteral("this paging store does not keep templates"));
    }

    // Incidents. insertIncident assigns incident.id.
    virtual Result<Done, QString> insertIncident(Incident &incident) = 0;
    virtual Result<Done, QString> updateIncident(const Incident &incident) = 0;
    virtual Result<std::optional<Incident>, QString> incident(qint64 id) const = 0;
    /// The open (not resolved) incident with this reply code.
    virtual Result<std::optional<Incident>, QString>
    openIncidentByCode(const QString &code) const = 0;
    /// The open incident raised with this intake dedup key.
    virtual Result<std::optional<Incident>, QString>
    openIncidentByDedupKey(const QString &key) const = 0;
    virtual Result<QList<Incident>, QString> openIncidents() const = 0;
    /// Newest first.
    virtual Result<QList<Incident>, QString> recentIncidents(int limit) const = 0;
    /// Codes that may not be handed out: those of open incidents and of incidents resolved after
    /// \a closedAfter.
    virtual Result<QStringList, QString> reservedCodes(const QDateTime &closedAfter) const = 0;

    // Timeline. appendTimeline assigns entry.id.
    virtual Result<Done, QString> appendTimeline(TimelineEntry &entry) = 0;
    /// Oldest first.
    virtual Result<QList<TimelineEntry>, QString> timeline(qint64 incidentId) const = 0;

    // Escalation steps. insertStep assigns step.id.
    virtual Result<Done, QString> insertStep(EscalationStep &step) = 0;
    virtual Result<Done, QString> updateStep(const EscalationStep &step) = 0;
    /// Not done and not cancelled, ordered by dueAt then id.
    virtual Result<QList<EscalationStep>, QString> pendingSteps() const = 0;
    virtual Result<QList<EscalationStep>, QString> steps(qint64 incidentId) const = 0;

    // Outbox. insertDelivery assigns delivery.id.
    virtual Result<Done, QString> insertDelivery(Delivery &delivery) = 0;
    virtual Result<Done, QString> updateDelivery(const Delivery &delivery) = 0;
    virtual Result<std::optional<Delivery>, QString> delivery(qint64 id) const = 0;
    virtual Result<std::optional<Delivery>, QString> deliveryBySid(const QString &sid) const = 0;
    /// Pending, Submitting, or Submitted without a final status: the outbox's work.
    virtual Result<QList<Delivery>, QString> openDeliveries() const = 0;
    virtual Result<QList<Delivery>, QString> deliveriesForIncident(qint64 incidentId) const = 0;
    /// Deliveries to \a number (any channel) created after \a since, newest first.
    virtual Result<QList<Delivery>, QString> deliveriesTo(const QString &number,
                                                          const QDateTime &since) const = 0;
    /// Submission times of \a recipientId's deliveries submitted after \a since (for rate caps;
    /// a bundle counts once).
    virtual Result<QList<QDateTime>, QString> submittedTimes(const QString &recipientId,
                                                             const QDateTime &since) const = 0;

    // Opt-outs: a STOP (or 21610) disables one sender → recipient number pair until START.
    virtual Result<Done, QString> setOptedOut(const QString &sender, const QString &number,
                                              bool optedOut, const QDateTime &at)
        = 0;
    /// Senders \a number opted out of.
    virtual Result<QStringList, QString> optedOutSenders(const QString &number) const = 0;

    // Passive replies (hints, errors) sent to a number, for the reply cap.
    virtual Result<Done, QString> recordPassiveReply(const QString &number, const QDateTime &at)
        = 0;
    virtual Result<int, QString> passiveRepliesSince(const QString &number,
                                                     const QDateTime &since) const = 0;

    // The relay feed cursor: the last relay event applied (stored in the same transaction as
    // the event's effects).
    virtual Result<qint64, QString> relayCursor() const = 0;
    virtual Result<Done, QString> setRelayCursor(qint64 cursor) = 0;
};

} // namespace Vortex::Core::Paging
