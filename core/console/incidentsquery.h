// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "core/paging/pagingtypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Vortex::Core {

namespace Paging {
class SqlitePagingStore;
}

/// One row of the incidents board: the incident and what the outbox and the escalation steps
/// say about it.
struct IncidentSummary
{
    Paging::Incident incident;
    /// Names of the people paged for it (deliveries not cancelled and not failed before Twilio
    /// took them), in the order they were first paged; ids for recipients no longer configured.
    QStringList pagedRecipients;
    /// Twilio's status of the newest page that was not cancelled ("delivered", "failed", …), or
    /// its outbox state while it has none ("pending", "submitting", "failed"); "" when none.
    QString lastPageStatus;
    /// When the next pending escalation step is due (invalid when none is pending).
    QDateTime nextEscalationAt;
    /// What that step does, for people: "tier 2: Bob Carter", "call Alice Morgan", … ("" when
    /// none).
    QString nextEscalationText;
};

/// One step of an incident's escalation, as planned: a step row of the store (done, cancelled
/// or pending), or a step the policy will add later if nobody acknowledges (projected).
struct PlannedStep
{
    enum class Status { Done, Cancelled, Pending, Projected };

    qint64 stepId = 0; ///< 0 for projected steps
    Paging::StepKind kind = Paging::StepKind::PageTier;
    Status status = Status::Pending;
    int round = 0; ///< 0-based
    int tier = 0;  ///< 0-based; VoiceFollowUp: the tier of its recipient (-1 if in none)
    QStringList recipientIds;
    QStringList recipientNames;
    QDateTime dueAt;
    /// For page tiers: how long the policy waits before the next tier (0 if unknown).
    int waitMinutes = 0;
};

/// Something that did happen, from the incident's timeline.
struct ActualEvent
{
    enum class Kind {
        Triggered,
        TierPaged,  ///< escalation.tier / escalation.manual
        Page,       ///< an SMS or WhatsApp page Twilio accepted
        PageStatus, ///< its later status (delivered, failed, …)
        Call,       ///< a call Twilio accepted
        CallStatus,
        Keypad,
        Reply,
        Failure, ///< page.failed, page.no-sender, escalation.failed, page.rejected, …
        Acknowledged,
        Snoozed,
        Resolved,
        Other
    };

    qint64 timelineId = 0;
    Kind kind = Kind::Other;
    QString timelineKind; ///< the entry's own kind ("page.status")
    QDateTime at;
    QString recipientId;
    QString recipientName;
    QString channel;
    QString status;
    std::optional<int> errorCode;
    /// The policy tier of the recipient (-1 when the event has no recipient or the recipient is
    /// in no tier).
    int tier = -1;
    QString detail;
};

/// Planned versus actual escalation of one incident.
struct EscalationPlan
{
    Paging::Incident incident;
    QString policyName;
    /// One label per policy tier: "Tier 1: Alice Morgan, Bob Carter".
    QStringList tierLabels;
    QList<PlannedStep> planned; ///< by due time, then step id
    QList<ActualEvent> actual;  ///< in timeline order
    QList<Paging::TimelineEntry> timeline;
    QHash<QString, QString> recipientNames; ///< id → name of every configured recipient
};

/// Read-only questions about the paging store for the incident panels. Lives on a worker thread
/// (move it there before the first call) and opens its own connection to the paging store there
/// (WAL lets it read beside the engine). Call the slots through queued connections; answers come
/// back as signals with value types. The synchronous functions serve tests and the slots.
class IncidentsQuery : public QObject
{
    Q_OBJECT

public:
    /// \a pagingDatabasePath: the paging engine's SQLite file (opened on first use).
    explicit IncidentsQuery(QString pagingDatabasePath, QObject *parent = nullptr);
    /// Closes the store; destroy it on the thread that used it (QThread::finished → deleteLater).
    ~IncidentsQuery() override;

    /// How many recent (also resolved) incidents summaries() adds to the open ones.
    void setRecentLimit(int limit) { m_recentLimit = limit; }
    int recentLimit() const { return m_recentLimit; }

    /// Open incidents and the recentLimit() newest ones, newest first.
    Result<QList<IncidentSummary>, QString> summaries();
    /// Planned and actual escalation of \a incidentId. While the incident is triggered (or
    /// snoozed), the steps the policy will add if nobody acknowledges are projected from the
    /// pending one.
    Result<EscalationPlan, QString> plan(qint64 incidentId);

    /// "tier 2: Bob Carter", "round 2, tier 1: Alice Morgan", "call Alice Morgan", "snooze ends".
    static QString stepText(const Paging::EscalationStep &step, const QStringList &recipientNames);

public Q_SLOTS:
    /// Answers with incidentsReady() or queryFailed().
    void refreshIncidents();
    /// Answers with planReady() or queryFailed().
    void loadPlan(qint64 incidentId);

Q_SIGNALS:
    void incidentsReady(const QList<Vortex::Core::IncidentSummary> &summaries);
    void planReady(qint64 incidentId, const Vortex::Core::EscalationPlan &plan);
    void queryFailed(const QString &message);

private:
    Result<Done, QString> ensureOpen();
    Result<Done, QString> loadConfiguration();
    std::optional<Paging::EscalationPolicy> policyFor(const Paging::Incident &incident) const;
    QString nameOf(const QString &recipientId) const;
    QStringList namesOf(const QStringList &recipientIds) const;

    QString m_path;
    std::unique_ptr<Paging::SqlitePagingStore> m_store;
    QHash<QString, Paging::Recipient> m_recipients;
    QList<Paging::EscalationPolicy> m_policies;
    int m_recentLimit = 200;
};

} // namespace Vortex::Core

Q_DECLARE_METATYPE(Vortex::Core::IncidentSummary)
Q_DECLARE_METATYPE(Vortex::Core::EscalationPlan)
