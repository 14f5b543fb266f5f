// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// SqlitePagingStore: incidents, their timeline and their escalation steps.
#include "sqlitepagingstore.h"
#include "sqlitepagingstore_p.h"

namespace Vortex::Core::Paging {

using namespace StoreDetail;

namespace {

const QString IncidentColumns = QStringLiteral(
    "id, code, severity, title, summary, link, runbook, source, dedup_key, policy_id, state,"
    " created_at, updated_at, acknowledged_at, resolved_at, snoozed_until, actor");

QVariantList incidentValues(const Incident &incident)
{
    return {incident.code,
            static_cast<int>(incident.severity),
            incident.title,
            incident.summary,
            incident.link,
            incident.runbook,
            incident.source,
            incident.dedupKey,
            incident.policyId,
            incidentStateName(incident.state),
            msOrNull(incident.createdAt),
            msOrNull(incident.updatedAt),
            msOrNull(incident.acknowledgedAt),
            msOrNull(incident.resolvedAt),
            msOrNull(incident.snoozedUntil),
            incident.actor};
}

Incident readIncident(const QSqlQuery &q)
{
    Incident incident;
    incident.id = q.value(0).toLongLong();
    incident.code = q.value(1).toString();
    const int severity = q.value(2).toInt();
    if (severity >= 1 && severity <= 4)
        incident.severity = static_cast<Severity>(severity);
    incident.title = q.value(3).toString();
    incident.summary = q.value(4).toString();
    incident.link = q.value(5).toString();
    incident.runbook = q.value(6).toString();
    incident.source = q.value(7).toString();
    incident.dedupKey = q.value(8).toString();
    incident.policyId = q.value(9).toString();
    incident.state = incidentStateFromName(q.value(10).toString()).value_or(incident.state);
    incident.createdAt = fromMs(q.value(11));
    incident.updatedAt = fromMs(q.value(12));
    incident.acknowledgedAt = fromMs(q.value(13));
    incident.resolvedAt = fromMs(q.value(14));
    incident.snoozedUntil = fromMs(q.value(15));
    incident.actor = q.value(16).toString();
    return incident;
}

const QString TimelineColumns = QStringLiteral(
    "id, incident_id, happened_at, kind, recipient_id, channel, sid, status, error_code, detail");

TimelineEntry readTimelineEntry(const QSqlQuery &q)
{
    TimelineEntry entry;
    entry.id = q.value(0).toLongLong();
    entry.incidentId = q.value(1).toLongLong();
    entry.at = fromMs(q.value(2));
    entry.kind = q.value(3).toString();
    entry.recipientId = q.value(4).toString();
    entry.channel = q.value(5).toString();
    entry.sid = q.value(6).toString();
    entry.status = q.value(7).toString();
    entry.errorCode = toOptionalInt(q.value(8));
    entry.detail = q.value(9).toString();
    return entry;
}

const QString StepColumns = QStringLiteral(
    "id, incident_id, kind, round_no, tier_no, recipient_id, due_at, done, cancelled");

QVariantList stepValues(const EscalationStep &step)
{
    return {step.incidentId,  stepKindName(step.kind), step.round, step.tier,
            step.recipientId, msOrNull(step.dueAt),    step.done,  step.cancelled};
}

EscalationStep readStep(const QSqlQuery &q)
{
    EscalationStep step;
    step.id = q.value(0).toLongLong();
    step.incidentId = q.value(1).toLongLong();
    step.kind = stepKindFromName(q.value(2).toString()).value_or(step.kind);
    step.round = q.value(3).toInt();
    step.tier = q.value(4).toInt();
    step.recipientId = q.value(5).toString();
    step.dueAt = fromMs(q.value(6));
    step.done = q.value(7).toBool();
    step.cancelled = q.value(8).toBool();
    return step;
}

} // namespace

// --- Incidents -------------------------------------------------------------------------------

Result<Done, QString> SqlitePagingStore::insertIncident(Incident &incident)
{
    auto id = insertReturningId(
        QStringLiteral("INSERT INTO incidents (code, severity, title, summary, link, runbook, "
                       "source, dedup_key, policy_id, state, created_at, updated_at, "
                       "acknowledged_at, resolved_at, snoozed_until, actor) VALUES (")
            + placeholders(16) + QLatin1Char(')'),
        incidentValues(incident), QStringLiteral("store incident"));
    if (!id)
        return fail(id.error());
    incident.id = id.value();
    return Done{};
}

Result<Done, QString> SqlitePagingStore::updateIncident(const Incident &incident)
{
    QVariantList values = incidentValues(incident);
    values.append(incident.id);
    QString error;
    QSqlQuery *q = run(QStringLiteral("UPDATE incidents SET code = ?, severity = ?, title = ?, "
                                      "summary = ?, link = ?, runbook = ?, source = ?, "
                                      "dedup_key = ?, policy_id = ?, state = ?, created_at = ?, "
                                      "updated_at = ?, acknowledged_at = ?, resolved_at = ?, "
                                      "snoozed_until = ?, actor = ? WHERE id = ?"),
                       values, &error);
    if (!q)
        return fail(QStringLiteral("cannot update incident: ") + error);
    Finish finish(q);
    if (q->numRowsAffected() != 1)
        return fail(QStringLiteral("cannot update incident %1: no such incident").arg(incident.id));
    return Done{};
}

Result<QList<Incident>, QString>
SqlitePagingStore::selectIncidents(const QString &where, const QVariantList &values) const
{
    QString error;
    QSqlQuery *q = run(QStringLiteral("SELECT ") + IncidentColumns
                           + QStringLiteral(" FROM incidents ") + where,
                       values, &error);
    if (!q)
        return fail(QStringLiteral("cannot read incidents: ") + error);
    return readRows(q, &readIncident);
}

Result<std::optional<Incident>, QString> SqlitePagingStore::incident(qint64 id) const
{
    return firstOf(selectIncidents(QStringLiteral("WHERE id = ?"), {id}));
}

Result<std::optional<Incident>, QString>
SqlitePagingStore::openIncidentByCode(const QString &code) const
{
    return firstOf(selectIncidents(QStringLiteral("WHERE code = ? AND state <> ? ORDER BY id DESC"),
                                   {code, incidentStateName(IncidentState::Resolved)}));
}

Result<std::optional<Incident>, QString>
SqlitePagingStore::openIncidentByDedupKey(const QString &key) const
{
    if (key.isEmpty())
        return std::optional<Incident>();
    return firstOf(
        selectIncidents(QStringLiteral("WHERE dedup_key = ? AND state <> ? ORDER BY id DESC"),
                        {key, incidentStateName(IncidentState::Resolved)}));
}

Result<QList<Incident>, QString> SqlitePagingStore::openIncidents() const
{
    return selectIncidents(QStringLiteral("WHERE state <> ? ORDER BY id"),
                           {incidentStateName(IncidentState::Resolved)});
}

Result<QList<Incident>, QString> SqlitePagingStore::recentIncidents(int limit) const
{
    return selectIncidents(QStringLiteral("ORDER BY created_at DESC, id DESC LIMIT ?"),
                           {qMax(0, limit)});
}

Result<QStringList, QString> SqlitePagingStore::reservedCodes(const QDateTime &closedAfter) const
{
    // A resolved incident without a resolution time is treated as just resolved: better an
    // unused code than a reply that lands on the wrong incident.
    QString error;
    QSqlQuery *q
        = run(QStringLiteral("SELECT DISTINCT code FROM incidents WHERE state <> ? OR "
                             "resolved_at IS NULL OR resolved_at > ? ORDER BY code"),
              {incidentStateName(IncidentState::Resolved), lowerBound(closedAfter)}, &error);
    if (!q)
        return fail(QStringLiteral("cannot read incident codes: ") + error);
    return readRows(q, [](const QSqlQuery &row) { return row.value(0).toString(); });
}

// --- Timeline --------------------------------------------------------------------------------

Result<Done, QString> SqlitePagingStore::appendTimeline(TimelineEntry &entry)
{
    auto id = insertReturningId(
        QStringLiteral("INSERT INTO timeline (incident_id, happened_at, kind, recipient_id, "
                       "channel, sid, status, error_code, detail) VALUES (")
            + placeholders(9) + QLatin1Char(')'),
        {entry.incidentId, msOrNull(entry.at), entry.kind, entry.recipientId, entry.channel,
         entry.sid, entry.status, optionalInt(entry.errorCode), entry.detail},
        QStringLiteral("append to the timeline"));
    if (!id)
        return fail(id.error());
    entry.id = id.value();
    return Done{};
}

Result<QList<TimelineEntry>, QString> SqlitePagingStore::timeline(qint64 incidentId) const
{
    QString error;
    QSqlQuery *q = run(QStringLiteral("SELECT ") + TimelineColumns
                           + QStringLiteral(" FROM timeline WHERE incident_id = ? ORDER BY id"),
                       {incidentId}, &error);
    if (!q)
        return fail(QStringLiteral("cannot read the timeline: ") + error);
    return readRows(q, &readTimelineEntry);
}

// --- Escalation steps ------------------------------------------------------------------------

Result<Done, QString> SqlitePagingStore::insertStep(EscalationStep &step)
{
    auto id = insertReturningId(
        QStringLiteral("INSERT INTO escalation_steps (incident_id, kind, round_no, tier_no, "
                       "recipient_id, due_at, done, cancelled) VALUES (")
            + placeholders(8) + QLatin1Char(')'),
        stepValues(step), QStringLiteral("store escalation step"));
    if (!id)
        return fail(id.error());
    step.id = id.value();
    return Done{};
}

Result<Done, QString> SqlitePagingStore::updateStep(const EscalationStep &step)
{
    QVariantList values = stepValues(step);
    values.append(step.id);
    QString error;
    QSqlQuery *q = run(QStringLiteral("UPDATE escalation_steps SET incident_id = ?, kind = ?, "
                                      "round_no = ?, tier_no = ?, recipient_id = ?, due_at = ?, "
                                      "done = ?, cancelled = ? WHERE id = ?"),
                       values, &error);
    if (!q)
        return fail(QStringLiteral("cannot update escalation step: ") + error);
    Finish finish(q);
    if (q->numRowsAffected() != 1)
        return fail(QStringLiteral("cannot update escalation step %1: no such step").arg(step.id));
    return Done{};
}

Result<QList<EscalationStep>, QString> SqlitePagingStore::pendingSteps() const
{
    QString error;
    QSqlQuery *q = run(QStringLiteral("SELECT ") + StepColumns
                           + QStringLiteral(" FROM escalation_steps WHERE done = ? AND "
                                            "cancelled = ? ORDER BY due_at, id"),
                       {false, false}, &error);
    if (!q)
        return fail(QStringLiteral("cannot read escalation steps: ") + error);
    return readRows(q, &readStep);
}

Result<QList<EscalationStep>, QString> SqlitePagingStore::steps(qint64 incidentId) const
{
    QString error;
    QSqlQuery *q
        = run(QStringLiteral("SELECT ") + StepColumns
                  + QStringLiteral(" FROM escalation_steps WHERE incident_id = ? ORDER BY id"),
              {incidentId}, &error);
    if (!q)
        return fail(QStringLiteral("cannot read escalation steps: ") + error);
    return readRows(q, &readStep);
}

} // namespace Vortex::Core::Paging
