// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "pagingengine_p.h"

namespace Vortex::Core::Paging {

using namespace EngineDetail;

Result<Incident, QString>
PagingEngine::Private::act(qint64 incidentId,
                           const std::function<Result<Done, QString>(Incident &)> &change)
{
    Incident result;
    auto outcome = transaction([&]() -> Result<Done, QString> {
        auto found = store->incident(incidentId);
        if (!found)
            return fail(found.error());
        if (!found.value())
            return fail(QCoreApplication::translate("PagingEngine", "There is no incident %1.")
                            .arg(incidentId));
        result = *found.value();
        return change(result);
    });
    if (!outcome)
        return fail(outcome.error());
    scheduleWake(0);
    return result;
}

Result<Done, QString> PagingEngine::Private::doAcknowledge(Incident &incident, const QString &actor,
                                                           const QString &sid)
{
    if (incident.state == IncidentState::Resolved)
        return fail(QCoreApplication::translate("PagingEngine", "Incident #%1 is already resolved.")
                        .arg(incident.code));
    if (incident.state == IncidentState::Acknowledged)
        return Done{};
    incident.state = IncidentState::Acknowledged;
    incident.acknowledgedAt = now();
    incident.snoozedUntil = {};
    incident.actor = actor;
    if (auto saved = saveIncident(incident); !saved)
        return saved;
    if (auto stopped = stopPaging(incident, false); !stopped)
        return stopped;
    return noteWithSid(
        incident.id, QStringLiteral("incident.acknowledged"),
        QCoreApplication::translate("PagingEngine", "Acknowledged by %1; escalation stopped.")
            .arg(actor),
        sid, actor);
}

Result<Done, QString> PagingEngine::Private::doResolve(Incident &incident, const QString &actor,
                                                       const QString &sid)
{
    if (incident.state == IncidentState::Resolved)
        return Done{};
    incident.state = IncidentState::Resolved;
    incident.resolvedAt = now();
    incident.snoozedUntil = {};
    incident.actor = actor;
    if (auto saved = saveIncident(incident); !saved)
        return saved;
    if (auto stopped = stopPaging(incident, false); !stopped)
        return stopped;
    return noteWithSid(incident.id, QStringLiteral("incident.resolved"),
                       QCoreApplication::translate("PagingEngine", "Resolved by %1.").arg(actor),
                       sid, actor);
}

Result<Done, QString> PagingEngine::Private::doSnooze(Incident &incident, int minutes,
                                                      const QString &actor, const QString &sid)
{
    if (incident.state == IncidentState::Resolved)
        return fail(QCoreApplication::translate("PagingEngine", "Incident #%1 is already resolved.")
                        .arg(incident.code));
    if (minutes < 1 || minutes > 1440)
        return fail(QCoreApplication::translate("PagingEngine", "Snooze for 1 to 1440 minutes."));
    incident.state = IncidentState::Snoozed;
    incident.snoozedUntil = now().addSecs(qint64(minutes) * 60);
    incident.actor = actor;
    if (auto saved = saveIncident(incident); !saved)
        return saved;
    if (auto stopped = stopPaging(incident, false); !stopped)
        return stopped;
    if (auto added = addStep(incident.id, StepKind::SnoozeExpiry, 0, 0, {}, incident.snoozedUntil);
        !added)
        return added;
    return noteWithSid(
        incident.id, QStringLiteral("incident.snoozed"),
        QCoreApplication::translate("PagingEngine", "Snoozed by %1 for %2 minutes, until %3.")
            .arg(actor)
            .arg(minutes)
            .arg(incident.snoozedUntil.toString(Qt::ISODate)),
        sid, actor);
}

Result<Done, QString> PagingEngine::Private::doEscalate(Incident &incident, const QString &actor,
                                                        const QString &sid)
{
    if (incident.state == IncidentState::Resolved)
        return fail(QCoreApplication::translate("PagingEngine", "Incident #%1 is already resolved.")
                        .arg(incident.code));
    const std::optional<EscalationPolicy> policy = policyFor(incident);
    if (!policy || policy->tiers.isEmpty())
        return fail(QCoreApplication::translate("PagingEngine",
                                                "No escalation policy with tiers is configured."));
    auto steps = store->steps(incident.id);
    if (!steps)
        return fail(steps.error());
    int round = 0;
    int tier = -1;
    for (EscalationStep step : steps.value()) {
        if (step.kind != StepKind::PageTier)
            continue;
        if (step.done && (step.round > round || (step.round == round && step.tier > tier))) {
            round = step.round;
            tier = step.tier;
        }
        if (!step.done && !step.cancelled) {
            step.cancelled = true;
            if (auto updated = store->updateStep(step); !updated)
                return updated;
        }
    }
    if (++tier >= policy->tiers.size()) {
        tier = 0;
        ++round;
    }
    if (incident.state != IncidentState::Triggered) {
        incident.state = IncidentState::Triggered;
        incident.snoozedUntil = {};
        if (auto stopped = stopPaging(incident, false); !stopped)
            return stopped;
    }
    incident.actor = actor;
    if (auto saved = saveIncident(incident); !saved)
        return saved;
    if (auto noted
        = noteWithSid(incident.id, QStringLiteral("escalation.manual"),
                      QCoreApplication::translate("PagingEngine", "%1 escalated to tier %2 now.")
                          .arg(actor)
                          .arg(tier + 1),
                      sid, actor);
        !noted)
        return noted;
    return addStep(incident.id, StepKind::PageTier, round, tier, {}, now());
}

Result<Done, QString> PagingEngine::Private::noteWithSid(qint64 incidentId, const QString &kind,
                                                         const QString &detail, const QString &sid,
                                                         const QString &actor)
{
    TimelineEntry entry;
    entry.incidentId = incidentId;
    entry.at = now();
    entry.kind = kind;
    entry.detail = detail;
    entry.sid = sid;
    // Who acted, when it was a recipient (KPIs count acknowledgements per recipient).
    if (!actor.isEmpty() && recipientById(actor))
        entry.recipientId = actor;
    if (auto stored = store->appendTimeline(entry); !stored)
        return fail(stored.error());
    appended.append(entry);
    return Done{};
}

Result<Done, QString> PagingEngine::Private::raise(const IntakeRequest &request,
                                                   const QString &source, Incident &out)
{
    if (!request.dedupKey.isEmpty()) {
        auto existing = store->openIncidentByDedupKey(request.dedupKey);
        if (!existing)
            return fail(existing.error());
        if (existing.value()) {
            out = *existing.value();
            return update(request, out, /*asDuplicate=*/true);
        }
    }
    auto code = allocateCode();
    if (!code)
        return fail(code.error());
    Incident incident;
    incident.code = code.value();
    incident.severity = request.severity.value_or(Severity::Sev2);
    incident.title = request.title;
    incident.summary = request.summary;
    incident.link = request.link;
    incident.runbook = request.runbook;
    incident.source = request.source.isEmpty() ? source : request.source;
    incident.dedupKey = request.dedupKey;
    incident.policyId = request.policyId.isEmpty() ? options.defaultPolicyId : request.policyId;
    incident.state = IncidentState::Triggered;
    incident.createdAt = now();
    incident.updatedAt = incident.createdAt;
    incident.actor = request.actor.isEmpty() ? source : request.actor;
    if (auto inserted = store->insertIncident(incident); !inserted)
        return inserted;
    changed.append(incident);
    out = incident;
    if (auto noted = note(incident.id, QStringLiteral("incident.triggered"),
                          QCoreApplication::translate("PagingEngine", "%1 #%2 raised by %3: %4")
                              .arg(severityName(incident.severity).toUpper(), incident.code,
                                   incident.source, incident.title));
        !noted)
        return noted;
    return addStep(incident.id, StepKind::PageTier, 0, 0, {}, now());
}

Result<Done, QString> PagingEngine::Private::update(const IntakeRequest &request,
                                                    Incident &incident, bool asDuplicate)
{
    if (request.severity)
        incident.severity = *request.severity;
    if (!request.title.isEmpty())
        incident.title = request.title;
    if (!request.summary.isEmpty())
        incident.summary = request.summary;
    if (!request.link.isEmpty())
        incident.link = request.link;
    if (!request.runbook.isEmpty())
        incident.runbook = request.runbook;
    if (auto saved = saveIncident(incident); !saved)
        return saved;
    return note(incident.id, QStringLiteral("incident.updated"),
                asDuplicate ? QCoreApplication::translate(
                    "PagingEngine", "Raised again with the same key; details updated, no new "
                                    "page.")
                            : QCoreApplication::translate("PagingEngine", "Details updated."));
}

Result<std::optional<Incident>, QString>
PagingEngine::Private::target(const IntakeRequest &request) const
{
    if (!request.code.isEmpty())
        return store->openIncidentByCode(request.code);
    return store->openIncidentByDedupKey(request.dedupKey);
}

} // namespace Vortex::Core::Paging
