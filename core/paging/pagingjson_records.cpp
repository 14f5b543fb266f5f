// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The JSON forms of the paging records: incidents, timeline entries, escalation steps and
// deliveries (docs/paging-store.md).
#include "pagingjson.h"

#include "pagingjson_p.h"

#include <cmath>

namespace Vortex::Core::Paging {

using namespace JsonDetail;

namespace {

Incident readIncident(const QJsonObject &json, const QString &path, Errors &errors)
{
    Reader reader(json, path, errors,
                  {"id", "code", "severity", "title", "summary", "link", "runbook", "source",
                   "dedupKey", "policyId", "state", "createdAt", "updatedAt", "acknowledgedAt",
                   "resolvedAt", "snoozedUntil", "actor"});
    Incident incident;
    incident.id = reader.int64("id", 0);
    incident.code = reader.string("code");
    incident.severity = enumValue(reader, "severity", incident.severity, &severityFromName,
                                  QStringLiteral("sev1, sev2, sev3, sev4"));
    incident.title = reader.string("title");
    incident.summary = reader.string("summary");
    incident.link = reader.string("link");
    incident.runbook = reader.string("runbook");
    incident.source = reader.string("source");
    incident.dedupKey = reader.string("dedupKey");
    incident.policyId = reader.string("policyId");
    incident.state = enumValue(reader, "state", incident.state, &incidentStateFromName,
                               QStringLiteral("triggered, acknowledged, snoozed, resolved"));
    incident.createdAt = reader.dateTime("createdAt");
    incident.updatedAt = reader.dateTime("updatedAt");
    incident.acknowledgedAt = reader.dateTime("acknowledgedAt");
    incident.resolvedAt = reader.dateTime("resolvedAt");
    incident.snoozedUntil = reader.dateTime("snoozedUntil");
    incident.actor = reader.string("actor");
    return incident;
}

TimelineEntry readTimelineEntry(const QJsonObject &json, const QString &path, Errors &errors)
{
    Reader reader(json, path, errors,
                  {"id", "incidentId", "at", "kind", "recipientId", "channel", "sid", "status",
                   "errorCode", "detail"});
    TimelineEntry entry;
    entry.id = reader.int64("id", 0);
    entry.incidentId = reader.int64("incidentId", 0);
    entry.at = reader.dateTime("at");
    entry.kind = reader.string("kind");
    entry.recipientId = reader.string("recipientId");
    entry.channel = reader.string("channel");
    entry.sid = reader.string("sid");
    entry.status = reader.string("status");
    entry.errorCode = reader.optionalInteger("errorCode");
    entry.detail = reader.string("detail");
    return entry;
}

EscalationStep readStep(const QJsonObject &json, const QString &path, Errors &errors)
{
    Reader reader(
        json, path, errors,
        {"id", "incidentId", "kind", "round", "tier", "recipientId", "dueAt", "done", "cancelled"});
    EscalationStep step;
    step.id = reader.int64("id", 0);
    step.incidentId = reader.int64("incidentId", 0);
    step.kind = enumValue(reader, "kind", step.kind, &stepKindFromName,
                          QStringLiteral("page_tier, voice_follow_up, snooze_expiry"));
    step.round = reader.integer("round", 0);
    step.tier = reader.integer("tier", 0);
    step.recipientId = reader.string("recipientId");
    step.dueAt = reader.dateTime("dueAt");
    step.done = reader.boolean("done", false);
    step.cancelled = reader.boolean("cancelled", false);
    return step;
}

Delivery readDelivery(const QJsonObject &json, const QString &path, Errors &errors)
{
    Reader reader(json, path, errors,
                  {"id",
                   "incidentIds",
                   "recipientId",
                   "channel",
                   "to",
                   "sender",
                   "senderIndex",
                   "body",
                   "contentSid",
                   "contentVariables",
                   "validitySeconds",
                   "state",
                   "createdAt",
                   "notBefore",
                   "submitAttemptAt",
                   "submittedAt",
                   "lastCheckedAt",
                   "attempts",
                   "sid",
                   "status",
                   "errorCode",
                   "answeredBy",
                   "delayReason"});
    Delivery delivery;
    delivery.id = reader.int64("id", 0);
    const QJsonArray ids = reader.array("incidentIds");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QJsonValue value = ids.at(i);
        const double number = value.toDouble(-1);
        if (!value.isDouble() || std::floor(number) != number || number < 0
            || number > MaxSafeInteger) {
            errors.add(itemPath(reader.pathOf(QStringLiteral("incidentIds")), i),
                       QCoreApplication::translate("PagingJson", "expected an incident id"));
            continue;
        }
        delivery.incidentIds.append(static_cast<qint64>(number));
    }
    delivery.recipientId = reader.string("recipientId");
    delivery.channel
        = enumValue(reader, "channel", delivery.channel, &channelFromName, channelChoices());
    delivery.to = reader.string("to");
    if (reader.has("sender")) {
        const QString at = reader.pathOf(QStringLiteral("sender"));
        delivery.sender
            = readSender(objectItem(json.value(QStringLiteral("sender")), at, errors), at, errors);
    }
    delivery.senderIndex = reader.integer("senderIndex", 0);
    delivery.body = reader.string("body");
    delivery.contentSid = reader.string("contentSid");
    if (const QJsonValue variables = json.value(QStringLiteral("contentVariables"));
        variables.isObject())
        delivery.contentVariables = variables.toObject();
    else if (!variables.isUndefined())
        reader.expected("contentVariables",
                        QCoreApplication::translate("PagingJson", "expected an object"));
    delivery.validitySeconds = reader.integer("validitySeconds", 0);
    delivery.state = enumValue(reader, "state", delivery.state, &deliveryStateFromName,
                               QStringLiteral("pending, submitting, submitted, failed, cancelled"));
    delivery.createdAt = reader.dateTime("createdAt");
    delivery.notBefore = reader.dateTime("notBefore");
    delivery.submitAttemptAt = reader.dateTime("submitAttemptAt");
    delivery.submittedAt = reader.dateTime("submittedAt");
    delivery.lastCheckedAt = reader.dateTime("lastCheckedAt");
    delivery.attempts = reader.integer("attempts", 0);
    delivery.sid = reader.string("sid");
    delivery.status = reader.string("status");
    delivery.errorCode = reader.optionalInteger("errorCode");
    delivery.answeredBy = reader.string("answeredBy");
    delivery.delayReason = reader.string("delayReason");
    return delivery;
}

} // namespace

QJsonObject toJson(const Incident &incident)
{
    return {{QStringLiteral("id"), incident.id},
            {QStringLiteral("code"), incident.code},
            {QStringLiteral("severity"), severityName(incident.severity)},
            {QStringLiteral("title"), incident.title},
            {QStringLiteral("summary"), incident.summary},
            {QStringLiteral("link"), incident.link},
            {QStringLiteral("runbook"), incident.runbook},
            {QStringLiteral("source"), incident.source},
            {QStringLiteral("dedupKey"), incident.dedupKey},
            {QStringLiteral("policyId"), incident.policyId},
            {QStringLiteral("state"), incidentStateName(incident.state)},
            {QStringLiteral("createdAt"), dateToJson(incident.createdAt)},
            {QStringLiteral("updatedAt"), dateToJson(incident.updatedAt)},
            {QStringLiteral("acknowledgedAt"), dateToJson(incident.acknowledgedAt)},
            {QStringLiteral("resolvedAt"), dateToJson(incident.resolvedAt)},
            {QStringLiteral("snoozedUntil"), dateToJson(incident.snoozedUntil)},
            {QStringLiteral("actor"), incident.actor}};
}

Result<Incident, QString> incidentFromJson(const QJsonObject &json)
{
    return parseObject<Incident>(json, &readIncident);
}

QJsonObject toJson(const TimelineEntry &entry)
{
    return {{QStringLiteral("id"), entry.id},
            {QStringLiteral("incidentId"), entry.incidentId},
            {QStringLiteral("at"), dateToJson(entry.at)},
            {QStringLiteral("kind"), entry.kind},
            {QStringLiteral("recipientId"), entry.recipientId},
            {QStringLiteral("channel"), entry.channel},
            {QStringLiteral("sid"), entry.sid},
            {QStringLiteral("status"), entry.status},
            {QStringLiteral("errorCode"), optionalToJson(entry.errorCode)},
            {QStringLiteral("detail"), entry.detail}};
}

Result<TimelineEntry, QString> timelineEntryFromJson(const QJsonObject &json)
{
    return parseObject<TimelineEntry>(json, &readTimelineEntry);
}

QJsonObject toJson(const EscalationStep &step)
{
    return {{QStringLiteral("id"), step.id},
            {QStringLiteral("incidentId"), step.incidentId},
            {QStringLiteral("kind"), stepKindName(step.kind)},
            {QStringLiteral("round"), step.round},
            {QStringLiteral("tier"), step.tier},
            {QStringLiteral("recipientId"), step.recipientId},
            {QStringLiteral("dueAt"), dateToJson(step.dueAt)},
            {QStringLiteral("done"), step.done},
            {QStringLiteral("cancelled"), step.cancelled}};
}

Result<EscalationStep, QString> escalationStepFromJson(const QJsonObject &json)
{
    return parseObject<EscalationStep>(json, &readStep);
}

QJsonObject toJson(const Delivery &delivery)
{
    QJsonArray ids;
    for (qint64 id : delivery.incidentIds)
        ids.append(id);
    return {{QStringLiteral("id"), delivery.id},
            {QStringLiteral("incidentIds"), ids},
            {QStringLiteral("recipientId"), delivery.recipientId},
            {QStringLiteral("channel"), channelName(delivery.channel)},
            {QStringLiteral("to"), delivery.to},
            {QStringLiteral("sender"), senderToJson(delivery.sender)},
            {QStringLiteral("senderIndex"), delivery.senderIndex},
            {QStringLiteral("body"), delivery.body},
            {QStringLiteral("contentSid"), delivery.contentSid},
            {QStringLiteral("contentVariables"), delivery.contentVariables},
            {QStringLiteral("validitySeconds"), delivery.validitySeconds},
            {QStringLiteral("state"), deliveryStateName(delivery.state)},
            {QStringLiteral("createdAt"), dateToJson(delivery.createdAt)},
            {QStringLiteral("notBefore"), dateToJson(delivery.notBefore)},
            {QStringLiteral("submitAttemptAt"), dateToJson(delivery.submitAttemptAt)},
            {QStringLiteral("submittedAt"), dateToJson(delivery.submittedAt)},
            {QStringLiteral("lastCheckedAt"), dateToJson(delivery.lastCheckedAt)},
            {QStringLiteral("attempts"), delivery.attempts},
            {QStringLiteral("sid"), delivery.sid},
            {QStringLiteral("status"), delivery.status},
            {QStringLiteral("errorCode"), optionalToJson(delivery.errorCode)},
            {QStringLiteral("answeredBy"), delivery.answeredBy},
            {QStringLiteral("delayReason"), delivery.delayReason}};
}

Result<Delivery, QString> deliveryFromJson(const QJsonObject &json)
{
    return parseObject<Delivery>(json, &readDelivery);
}

} // namespace Vortex::Core::Paging
