// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "incidentsquery.h"

#include "core/paging/sqlitepagingstore.h"

#include <QSet>

#include <algorithm>

namespace Vortex::Core {

using namespace Paging;

namespace {

/// Projected steps stop here even for policies with many tiers and rounds.
constexpr int kMaxProjected = 64;

ActualEvent::Kind eventKind(const QString &kind)
{
    static const QHash<QString, ActualEvent::Kind> kinds{
        {QStringLiteral("incident.triggered"), ActualEvent::Kind::Triggered},
        {QStringLiteral("incident.snooze-ended"), ActualEvent::Kind::Triggered},
        {QStringLiteral("escalation.tier"), ActualEvent::Kind::TierPaged},
        {QStringLiteral("escalation.manual"), ActualEvent::Kind::TierPaged},
        {QStringLiteral("page.submitted"), ActualEvent::Kind::Page},
        {QStringLiteral("page.status"), ActualEvent::Kind::PageStatus},
        {QStringLiteral("call.submitted"), ActualEvent::Kind::Call},
        {QStringLiteral("call.status"), ActualEvent::Kind::CallStatus},
        {QStringLiteral("call.unanswered"), ActualEvent::Kind::CallStatus},
        {QStringLiteral("call.digits"), ActualEvent::Kind::Keypad},
        {QStringLiteral("reply.received"), ActualEvent::Kind::Reply},
        {QStringLiteral("page.failed"), ActualEvent::Kind::Failure},
        {QStringLiteral("page.no-sender"), ActualEvent::Kind::Failure},
        {QStringLiteral("page.rejected"), ActualEvent::Kind::Failure},
        {QStringLiteral("page.opted-out"), ActualEvent::Kind::Failure},
        {QStringLiteral("call.rejected"), ActualEvent::Kind::Failure},
        {QStringLiteral("escalation.failed"), ActualEvent::Kind::Failure},
        {QStringLiteral("incident.acknowledged"), ActualEvent::Kind::Acknowledged},
        {QStringLiteral("incident.snoozed"), ActualEvent::Kind::Snoozed},
        {QStringLiteral("incident.resolved"), ActualEvent::Kind::Resolved},
    };
    return kinds.value(kind, ActualEvent::Kind::Other);
}

int tierOf(const std::optional<EscalationPolicy> &policy, const QString &recipientId)
{
    if (!policy || recipientId.isEmpty())
        return -1;
    for (int i = 0; i < policy->tiers.size(); ++i) {
        if (policy->tiers.at(i).recipientIds.contains(recipientId))
            return i;
    }
    return -1;
}

bool reachableByVoice(const Recipient &recipient)
{
    return recipient.routing.channelOrder.contains(Channel::Voice)
           && !recipient.numberFor(Channel::Voice).isEmpty();
}

} // namespace

IncidentsQuery::IncidentsQuery(QString pagingDatabasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(pagingDatabasePath))
{
    qRegisterMetaType<IncidentSummary>();
    qRegisterMetaType<QList<IncidentSummary>>();
    qRegisterMetaType<EscalationPlan>();
}

IncidentsQuery::~IncidentsQuery()
{
    if (m_store)
        m_store->close();
}

Result<Done, QString> IncidentsQuery::ensureOpen()
{
    if (m_store)
        return Done{};
    if (m_path.isEmpty())
        return fail(tr("This console has no paging engine."));
    auto store = std::make_unique<SqlitePagingStore>(m_path);
    if (auto opened = store->open(); !opened)
        return fail(tr("The paging store could not be read: %1").arg(opened.error()));
    m_store = std::move(store);
    return Done{};
}

Result<Done, QString> IncidentsQuery::loadConfiguration()
{
    auto recipients = m_store->recipients();
    if (!recipients)
        return fail(recipients.error());
    auto policies = m_store->policies();
    if (!policies)
        return fail(policies.error());
    m_recipients.clear();
    for (const Recipient &recipient : recipients.value())
        m_recipients.insert(recipient.id, recipient);
    m_policies = policies.value();
    return Done{};
}

std::optional<EscalationPolicy> IncidentsQuery::policyFor(const Incident &incident) const
{
    // As the engine does: the incident's policy, else the first one configured.
    for (const EscalationPolicy &policy : m_policies) {
        if (policy.id == incident.policyId)
            return policy;
    }
    if (!m_policies.isEmpty())
        return m_policies.first();
    return std::nullopt;
}

QString IncidentsQuery::nameOf(const QString &recipientId) const
{
    const auto it = m_recipients.constFind(recipientId);
    if (it == m_recipients.constEnd() || it->name.trimmed().isEmpty())
        return recipientId;
    return it->name;
}

QStringList IncidentsQuery::namesOf(const QStringList &recipientIds) const
{
    QStringList names;
    names.reserve(recipientIds.size());
    for (const QString &id : recipientIds)
        names << nameOf(id);
    return names;
}

QString IncidentsQuery::stepText(const EscalationStep &step, const QStringList &recipientNames)
{
    const QString names = recipientNames.join(QStringLiteral(", "));
    switch (step.kind) {
    case StepKind::PageTier:
        if (step.round > 0) {
            return names.isEmpty() ? tr("round %1, tier %2").arg(step.round + 1).arg(step.tier + 1)
                                   : tr("round %1, tier %2: %3")
                                         .arg(step.round + 1)
                                         .arg(step.tier + 1)
                                         .arg(names);
        }
        return names.isEmpty() ? tr("tier %1").arg(step.tier + 1)
                               : tr("tier %1: %2").arg(step.tier + 1).arg(names);
    case StepKind::VoiceFollowUp:
        return tr("call %1").arg(names);
    case StepKind::SnoozeExpiry:
        return tr("snooze ends, paging again");
    }
    return {};
}

Result<QList<IncidentSummary>, QString> IncidentsQuery::summaries()
{
    if (auto opened = ensureOpen(); !opened)
        return fail(opened.error());
    if (auto loaded = loadConfiguration(); !loaded)
        return fail(loaded.error());
    auto open = m_store->openIncidents();
    if (!open)
        return fail(open.error());
    auto recent = m_store->recentIncidents(m_recentLimit);
    if (!recent)
        return fail(recent.error());
    auto pending = m_store->pendingSteps();
    if (!pending)
        return fail(pending.error());

    QList<Incident> incidents = recent.value();
    QSet<qint64> seen;
    for (const Incident &incident : incidents)
        seen.insert(incident.id);
    for (const Incident &incident : open.value()) {
        if (!seen.contains(incident.id))
            incidents.append(incident);
    }
    std::sort(incidents.begin(), incidents.end(), [](const Incident &a, const Incident &b) {
        if (a.createdAt != b.createdAt)
            return a.createdAt > b.createdAt;
        return a.id > b.id;
    });

    // pendingSteps() is ordered by due time: the first one per incident is the next.
    QHash<qint64, EscalationStep> next;
    for (const EscalationStep &step : pending.value()) {
        if (!next.contains(step.incidentId))
            next.insert(step.incidentId, step);
    }

    QList<IncidentSummary> result;
    result.reserve(incidents.size());
    for (const Incident &incident : incidents) {
        IncidentSummary summary;
        summary.incident = incident;
        auto deliveries = m_store->deliveriesForIncident(incident.id);
        if (!deliveries)
            return fail(deliveries.error());
        for (const Delivery &delivery : deliveries.value()) {
            if (delivery.recipientId.isEmpty())
                continue; // replies to the people who wrote in, not pages
            if (delivery.state != DeliveryState::Cancelled
                && delivery.state != DeliveryState::Failed) {
                const QString name = nameOf(delivery.recipientId);
                if (!summary.pagedRecipients.contains(name))
                    summary.pagedRecipients << name;
            }
            if (delivery.state != DeliveryState::Cancelled) {
                summary.lastPageStatus = delivery.status.isEmpty()
                                             ? deliveryStateName(delivery.state)
                                             : delivery.status;
            }
        }
        if (incident.isOpen() && next.contains(incident.id)) {
            const EscalationStep &step = next.value(incident.id);
            summary.nextEscalationAt = step.dueAt;
            QStringList ids;
            if (step.kind == StepKind::PageTier) {
                const std::optional<EscalationPolicy> policy = policyFor(incident);
                if (policy && step.tier >= 0 && step.tier < policy->tiers.size())
                    ids = policy->tiers.at(step.tier).recipientIds;
            } else if (step.kind == StepKind::VoiceFollowUp) {
                ids << step.recipientId;
            }
            summary.nextEscalationText = stepText(step, namesOf(ids));
        }
        result.append(summary);
    }
    return result;
}

Result<EscalationPlan, QString> IncidentsQuery::plan(qint64 incidentId)
{
    if (auto opened = ensureOpen(); !opened)
        return fail(opened.error());
    if (auto loaded = loadConfiguration(); !loaded)
        return fail(loaded.error());
    auto found = m_store->incident(incidentId);
    if (!found)
        return fail(found.error());
    if (!found.value())
        return fail(tr("There is no incident %1.").arg(incidentId));
    auto steps = m_store->steps(incidentId);
    if (!steps)
        return fail(steps.error());
    auto timeline = m_store->timeline(incidentId);
    if (!timeline)
        return fail(timeline.error());

    EscalationPlan plan;
    plan.incident = *found.value();
    plan.timeline = timeline.value();
    for (auto it = m_recipients.constBegin(); it != m_recipients.constEnd(); ++it)
        plan.recipientNames.insert(it.key(), nameOf(it.key()));
    const std::optional<EscalationPolicy> policy = policyFor(plan.incident);
    if (policy) {
        plan.policyName = policy->name.isEmpty() ? policy->id : policy->name;
        for (int i = 0; i < policy->tiers.size(); ++i) {
            plan.tierLabels
                << tr("Tier %1: %2")
                       .arg(i + 1)
                       .arg(namesOf(policy->tiers.at(i).recipientIds).join(QStringLiteral(", ")));
        }
    }
    const auto tierRecipients = [&](int tier) {
        return policy && tier >= 0 && tier < policy->tiers.size()
                   ? policy->tiers.at(tier).recipientIds
                   : QStringList{};
    };
    const auto tierWait = [&](int tier) {
        return policy && tier >= 0 && tier < policy->tiers.size()
                   ? policy->tiers.at(tier).waitMinutes
                   : 0;
    };

    const EscalationStep *pendingTier = nullptr;
    const EscalationStep *pendingSnooze = nullptr;
    for (const EscalationStep &step : steps.value()) {
        PlannedStep planned;
        planned.stepId = step.id;
        planned.kind = step.kind;
        planned.status = step.done        ? PlannedStep::Status::Done
                         : step.cancelled ? PlannedStep::Status::Cancelled
                                          : PlannedStep::Status::Pending;
        planned.round = step.round;
        planned.dueAt = step.dueAt;
        switch (step.kind) {
        case StepKind::PageTier:
            planned.tier = step.tier;
            planned.recipientIds = tierRecipients(step.tier);
            planned.waitMinutes = tierWait(step.tier);
            if (planned.status == PlannedStep::Status::Pending
                && (!pendingTier || step.dueAt > pendingTier->dueAt))
                pendingTier = &step;
            break;
        case StepKind::VoiceFollowUp:
            planned.tier = tierOf(policy, step.recipientId);
            planned.recipientIds << step.recipientId;
            break;
        case StepKind::SnoozeExpiry:
            planned.tier = 0;
            planned.recipientIds = tierRecipients(0);
            if (planned.status == PlannedStep::Status::Pending)
                pendingSnooze = &step;
            break;
        }
        planned.recipientNames = namesOf(planned.recipientIds);
        plan.planned.append(planned);
    }

    // What the policy will do if nobody acknowledges: the tiers after the pending one (or, for a
    // snoozed incident, every tier again from when the snooze ends).
    if (policy && !policy->tiers.isEmpty()) {
        int round = -1;
        int tier = 0;
        QDateTime due;
        if (plan.incident.state == IncidentState::Triggered && pendingTier) {
            // The pending tier itself is planned already; its calls are projected below.
            round = pendingTier->round;
            tier = pendingTier->tier;
            due = pendingTier->dueAt;
        } else if (plan.incident.state == IncidentState::Snoozed && pendingSnooze) {
            round = 0;
            tier = 0;
            due = pendingSnooze->dueAt;
        }
        bool first = plan.incident.state == IncidentState::Triggered;
        int added = 0;
        while (round >= 0 && round <= policy->repeatCount && tier < policy->tiers.size()
               && added < kMaxProjected) {
            if (!first) {
                PlannedStep projected;
                projected.kind = StepKind::PageTier;
                projected.status = PlannedStep::Status::Projected;
                projected.round = round;
                projected.tier = tier;
                projected.recipientIds = tierRecipients(tier);
                projected.recipientNames = namesOf(projected.recipientIds);
                projected.waitMinutes = tierWait(tier);
                projected.dueAt = due;
                plan.planned.append(projected);
                ++added;
            }
            if (plan.incident.severity == Severity::Sev1) {
                for (const QString &id : tierRecipients(tier)) {
                    const auto recipient = m_recipients.constFind(id);
                    if (recipient == m_recipients.constEnd() || !reachableByVoice(*recipient))
                        continue;
                    PlannedStep call;
                    call.kind = StepKind::VoiceFollowUp;
                    call.status = PlannedStep::Status::Projected;
                    call.round = round;
                    call.tier = tier;
                    call.recipientIds << id;
                    call.recipientNames << nameOf(id);
                    call.dueAt = due.addSecs(qint64(policy->voiceAfterMinutes) * 60);
                    plan.planned.append(call);
                    ++added;
                }
            }
            first = false;
            due = due.addSecs(qint64(tierWait(tier)) * 60);
            if (++tier >= policy->tiers.size()) {
                tier = 0;
                ++round;
            }
        }
    }
    std::stable_sort(plan.planned.begin(), plan.planned.end(),
                     [](const PlannedStep &a, const PlannedStep &b) {
                         if (a.dueAt != b.dueAt)
                             return a.dueAt < b.dueAt;
                         if ((a.stepId == 0) != (b.stepId == 0))
                             return a.stepId != 0;
                         return a.stepId < b.stepId;
                     });

    // The i-th "escalation.tier" entry is the i-th page tier step that ran.
    QList<int> ranTiers;
    for (const EscalationStep &step : steps.value()) {
        if (step.kind == StepKind::PageTier && step.done)
            ranTiers << step.tier;
    }
    int tierEntries = 0;
    for (const TimelineEntry &entry : plan.timeline) {
        ActualEvent event;
        event.timelineId = entry.id;
        event.kind = eventKind(entry.kind);
        event.timelineKind = entry.kind;
        event.at = entry.at;
        event.recipientId = entry.recipientId;
        event.recipientName = entry.recipientId.isEmpty() ? QString() : nameOf(entry.recipientId);
        event.channel = entry.channel;
        event.status = entry.status;
        event.errorCode = entry.errorCode;
        event.detail = entry.detail;
        event.tier = tierOf(policy, entry.recipientId);
        if (entry.kind == QLatin1String("escalation.tier")) {
            event.tier = tierEntries < ranTiers.size() ? ranTiers.at(tierEntries) : -1;
            ++tierEntries;
        }
        plan.actual.append(event);
    }
    return plan;
}

void IncidentsQuery::refreshIncidents()
{
    auto result = summaries();
    if (!result) {
        Q_EMIT queryFailed(result.error());
        return;
    }
    Q_EMIT incidentsReady(result.value());
}

void IncidentsQuery::loadPlan(qint64 incidentId)
{
    auto result = plan(incidentId);
    if (!result) {
        Q_EMIT queryFailed(result.error());
        return;
    }
    Q_EMIT planReady(incidentId, result.value());
}

} // namespace Vortex::Core
