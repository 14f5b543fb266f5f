// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "pagingengine_p.h"

#include "pageformatter.h"
#include "replyparser.h"

#include <algorithm>

namespace Vortex::Core::Paging {

using namespace EngineDetail;

Result<Done, QString> PagingEngine::Private::applyEvent(const Relay::RelayEvent &event)
{
    using Kind = Relay::RelayEvent::Kind;
    switch (event.kind) {
    case Kind::MessageStatus:
    case Kind::CallStatus: {
        auto found = store->deliveryBySid(event.messageSid);
        if (!found)
            return fail(found.error());
        if (!found.value())
            return Done{}; // not one of ours (a test page, another tool)
        Delivery delivery = *found.value();
        return applyStatus(delivery, event.status, event.errorCode,
                           event.params.value(QStringLiteral("AnsweredBy")).toString(),
                           QStringLiteral("relay"));
    }
    case Kind::InboundMessage:
        return handleReply(event);
    case Kind::VoiceGather:
        return handleGather(event);
    case Kind::Intake: {
        auto request = IntakeRequest::fromJsonObject(event.params);
        if (!request) {
            qCWarning(lcPaging) << "intake event" << event.id << "ignored:" << request.error();
            return Done{};
        }
        if (request->action != IntakeRequest::Action::Raise) {
            // A request that cannot apply (unknown key or code) is skipped; a store failure is
            // not: it rolls the batch back and the feed reads it again.
            auto found = target(request.value());
            if (!found)
                return fail(found.error());
            if (!found.value()) {
                qCWarning(lcPaging)
                    << "intake event" << event.id << "not applied: no open incident matches";
                return Done{};
            }
        }
        Incident incident;
        return applyIntakeIn(request.value(), QStringLiteral("vortex-iq"), incident);
    }
    }
    return Done{};
}

Result<Done, QString> PagingEngine::Private::applyIntakeIn(const IntakeRequest &request,
                                                           const QString &source,
                                                           Incident &incident)
{
    using Action = IntakeRequest::Action;
    const QString actor = request.actor.isEmpty() ? source : request.actor;
    if (request.action == Action::Raise)
        return raise(request, source, incident);
    auto found = target(request);
    if (!found)
        return fail(found.error());
    if (!found.value())
        return fail(
            QCoreApplication::translate("PagingEngine", "No open incident matches %1.")
                .arg(request.code.isEmpty() ? request.dedupKey : QLatin1Char('#') + request.code));
    incident = *found.value();
    switch (request.action) {
    case Action::Update:
        return update(request, incident, false);
    case Action::Resolve:
        return doResolve(incident, actor);
    case Action::Acknowledge:
        return doAcknowledge(incident, actor);
    case Action::Snooze:
        return doSnooze(incident, request.minutes.value_or(options.defaultSnoozeMinutes), actor);
    case Action::Raise:
        break;
    }
    return Done{};
}

Result<QList<Incident>, QString>
PagingEngine::Private::pagedOpenIncidents(const QString &number) const
{
    auto deliveries = store->deliveriesTo(number, now().addDays(-30));
    if (!deliveries)
        return fail(deliveries.error());
    QList<Incident> out;
    QSet<qint64> seen;
    for (const Delivery &delivery : deliveries.value()) {
        if (delivery.recipientId.isEmpty() || delivery.state == DeliveryState::Cancelled
            || delivery.state == DeliveryState::Pending)
            continue;
        for (qint64 id : delivery.incidentIds) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            auto found = store->incident(id);
            if (!found)
                return fail(found.error());
            if (found.value() && found.value()->isOpen())
                out.append(*found.value());
        }
    }
    return out;
}

Result<Done, QString> PagingEngine::Private::queueReply(const QString &to, const QString &wroteTo,
                                                        const QString &text,
                                                        const QList<qint64> &incidentIds,
                                                        bool passive)
{
    if (passive) {
        auto count = store->passiveRepliesSince(
            to, now().addSecs(-qint64(options.passiveReplyWindowMinutes) * 60));
        if (!count)
            return fail(count.error());
        if (count.value() >= options.passiveReplyCap) {
            qCInfo(lcPaging) << "passive reply cap reached for" << PhoneNumbers::masked(to);
            return Done{};
        }
        if (auto recorded = store->recordPassiveReply(to, now()); !recorded)
            return recorded;
    }
    Delivery reply;
    reply.incidentIds = incidentIds;
    reply.sender = replySenderFor(wroteTo);
    reply.channel = reply.sender.kind == SenderKind::WhatsApp ? Channel::WhatsApp : Channel::Sms;
    reply.to = PhoneNumbers::stripChannel(to);
    reply.body = text;
    reply.createdAt = now();
    reply.notBefore = now();
    workQueued = true;
    return store->insertDelivery(reply);
}

Result<Done, QString> PagingEngine::Private::handleReply(const Relay::RelayEvent &event)
{
    const QString from = PhoneNumbers::stripChannel(event.from);
    const std::optional<Recipient> recipient = recipientByNumber(from);
    if (!recipient) {
        qCInfo(lcPaging) << "reply from an unknown number ignored:" << PhoneNumbers::masked(from);
        return Done{}; // unknown senders get no reply
    }
    const ReplyCommand command = ReplyParser::parse(event.body);
    const QString language = recipient->language;
    using Action = ReplyCommand::Action;
    if (command.action == Action::Stop || command.action == Action::Start) {
        const bool stop = command.action == Action::Stop;
        const QString sender = replySenderFor(event.to).address;
        return store->setOptedOut(sender, from, stop, now());
    }
    auto paged = pagedOpenIncidents(from);
    if (!paged)
        return fail(paged.error());
    QList<qint64> pagedIds;
    for (const Incident &incident : paged.value())
        pagedIds.append(incident.id);
    for (qint64 id : pagedIds) {
        if (auto noted
            = noteWithSid(id, QStringLiteral("reply.received"),
                          QCoreApplication::translate("PagingEngine", "%1 replied: \"%2\"")
                              .arg(recipient->name, event.body.left(160)),
                          event.messageSid);
            !noted)
            return noted;
    }
    if (command.action == Action::Help)
        return queueReply(from, event.to, PageFormatter::help(language), pagedIds, true);
    if (!command.error.isEmpty())
        return queueReply(from, event.to, PageFormatter::replyError(command, language), pagedIds,
                          true);
    if (command.action == Action::Unknown)
        return queueReply(from, event.to, PageFormatter::help(language), pagedIds, true);

    // ACK / RESOLVE / SNOOZE: find the incident.
    QString code = command.code;
    std::optional<int> minutes = command.minutes;
    if (!command.bareNumber.isEmpty()) {
        const bool isCode = std::any_of(paged->begin(), paged->end(), [&](const Incident &i) {
            return i.code == command.bareNumber;
        });
        if (isCode)
            code = command.bareNumber;
        else
            minutes = command.bareNumber.toInt();
    }
    // A bare verb acts on the one incident it can apply to: ACK on those still paging.
    QList<Incident> candidates;
    for (const Incident &open : paged.value()) {
        if (command.action != Action::Ack || open.state != IncidentState::Acknowledged)
            candidates.append(open);
    }
    std::optional<Incident> incident;
    if (code.isEmpty()) {
        if (candidates.size() == 1) {
            incident = candidates.first();
        } else if (candidates.isEmpty()) {
            return queueReply(from, event.to, PageFormatter::noOpenIncident(language), {}, true);
        } else {
            const QString verb = command.action == Action::Ack       ? QStringLiteral("ACK")
                                 : command.action == Action::Resolve ? QStringLiteral("RESOLVE")
                                                                     : QStringLiteral("SNOOZE");
            return queueReply(from, event.to,
                              PageFormatter::whichIncident(candidates, verb, language), pagedIds,
                              true);
        }
    } else {
        for (const Incident &candidate : paged.value()) {
            if (candidate.code == code)
                incident = candidate;
        }
        if (!incident)
            return queueReply(from, event.to,
                              PageFormatter::notPagedFor(code, paged.value(), language), pagedIds,
                              true);
    }
    Incident target = *incident;
    Result<Done, QString> acted = Done{};
    QString confirmation;
    switch (command.action) {
    case Action::Ack:
        acted = doAcknowledge(target, recipient->id, event.messageSid);
        confirmation = PageFormatter::acknowledged(target, recipient->name, language);
        break;
    case Action::Resolve:
        acted = doResolve(target, recipient->id, event.messageSid);
        confirmation = PageFormatter::resolved(target, recipient->name, language);
        break;
    case Action::Snooze:
        acted = doSnooze(target, minutes.value_or(options.defaultSnoozeMinutes), recipient->id,
                         event.messageSid);
        confirmation
            = PageFormatter::snoozed(target, target.snoozedUntil, recipient->timeZone, language);
        break;
    default:
        break;
    }
    if (!acted) {
        // Not a store failure: the action does not apply (e.g. already resolved). Say why.
        if (auto noted = noteWithSid(target.id, QStringLiteral("reply.rejected"), acted.error(),
                                     event.messageSid);
            !noted)
            return noted;
        return queueReply(from, event.to, acted.error(), {target.id}, true);
    }
    return queueReply(from, event.to, confirmation, {target.id}, false);
}

Result<Done, QString> PagingEngine::Private::handleGather(const Relay::RelayEvent &event)
{
    auto found = store->deliveryBySid(event.messageSid);
    if (!found)
        return fail(found.error());
    if (!found.value() || found.value()->incidentIds.isEmpty())
        return Done{};
    const Delivery call = *found.value();
    const QString digits = event.body.trimmed();
    if (auto noted = noteAll(call, QStringLiteral("call.digits"),
                             QCoreApplication::translate("PagingEngine", "Keypad: %1").arg(digits));
        !noted)
        return noted;
    const std::optional<Recipient> recipient = recipientById(call.recipientId);
    const QString actor = recipient ? recipient->id : PhoneNumbers::masked(call.to);
    auto stored = store->incident(call.incidentIds.first());
    if (!stored)
        return fail(stored.error());
    if (!stored.value())
        return Done{};
    Incident incident = *stored.value();
    Result<Done, QString> acted = Done{};
    if (digits == QStringLiteral("1"))
        acted = doAcknowledge(incident, actor, call.sid);
    else if (digits == QStringLiteral("2"))
        acted = doResolve(incident, actor, call.sid);
    else if (digits == QStringLiteral("3"))
        acted = doSnooze(incident, 30, actor, call.sid);
    else if (digits == QStringLiteral("9"))
        acted = doEscalate(incident, actor, call.sid);
    if (!acted)
        return noteWithSid(incident.id, QStringLiteral("call.rejected"), acted.error(), call.sid);
    return Done{};
}

} // namespace Vortex::Core::Paging
