// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "pagingengine_p.h"

#include "pageformatter.h"
#include "pagingtemplates.h"
#include "quiethours.h"
#include "ratecaps.h"
#include "senderrouting.h"

#include <algorithm>

namespace Vortex::Core::Paging {

using namespace EngineDetail;

namespace {

void setText(Delivery &delivery, const PageText &text)
{
    delivery.body = text.body;
    delivery.contentSid = text.contentSid;
    delivery.contentVariables = text.contentVariables;
}

} // namespace

Result<Done, QString> PagingEngine::Private::addStep(qint64 incidentId, StepKind kind, int round,
                                                     int tier, const QString &recipientId,
                                                     const QDateTime &dueAt)
{
    EscalationStep step;
    step.incidentId = incidentId;
    step.kind = kind;
    step.round = round;
    step.tier = tier;
    step.recipientId = recipientId;
    step.dueAt = dueAt;
    if (auto inserted = store->insertStep(step); !inserted)
        return fail(inserted.error());
    workQueued = true;
    return Done{};
}

Result<Done, QString> PagingEngine::Private::stopPaging(const Incident &incident,
                                                        bool keepSnoozeExpiry)
{
    auto steps = store->steps(incident.id);
    if (!steps)
        return fail(steps.error());
    for (EscalationStep step : steps.value()) {
        if (step.done || step.cancelled)
            continue;
        if (keepSnoozeExpiry && step.kind == StepKind::SnoozeExpiry)
            continue;
        step.cancelled = true;
        if (auto updated = store->updateStep(step); !updated)
            return fail(updated.error());
    }
    auto deliveries = store->deliveriesForIncident(incident.id);
    if (!deliveries)
        return fail(deliveries.error());
    for (Delivery delivery : deliveries.value()) {
        if (delivery.state != DeliveryState::Pending || delivery.recipientId.isEmpty()
            || inFlight.contains(delivery.id))
            continue;
        delivery.incidentIds.removeAll(incident.id);
        if (delivery.incidentIds.isEmpty()) {
            delivery.state = DeliveryState::Cancelled;
        } else if (isTextChannel(delivery.channel)) {
            // A held bundle goes out for the incidents that still need it, and says only those.
            const std::optional<Recipient> recipient = recipientById(delivery.recipientId);
            if (auto text = refreshText(delivery, recipient ? recipient->language : QString());
                !text)
                return text;
        }
        if (auto updated = store->updateDelivery(delivery); !updated)
            return fail(updated.error());
        if (delivery.state == DeliveryState::Cancelled) {
            if (auto noted
                = note(incident.id, QStringLiteral("page.cancelled"),
                       QCoreApplication::translate(
                           "PagingEngine", "Page not sent: the incident no longer needs it."),
                       &delivery);
                !noted)
                return noted;
        }
    }
    return Done{};
}

Result<Done, QString> PagingEngine::Private::runStep(EscalationStep step)
{
    auto found = store->incident(step.incidentId);
    if (!found)
        return fail(found.error());
    step.done = true;
    if (!found.value() || found.value()->state == IncidentState::Resolved
        || (step.kind != StepKind::SnoozeExpiry
            && found.value()->state != IncidentState::Triggered)) {
        step.done = false;
        step.cancelled = true;
        return store->updateStep(step);
    }
    Incident incident = *found.value();
    if (auto updated = store->updateStep(step); !updated)
        return updated;
    switch (step.kind) {
    case StepKind::PageTier:
        return pageTier(incident, step.round, step.tier);
    case StepKind::VoiceFollowUp:
        return voiceFollowUp(incident, step.recipientId);
    case StepKind::SnoozeExpiry:
        if (incident.state != IncidentState::Snoozed || incident.snoozedUntil > now())
            return Done{};
        incident.state = IncidentState::Triggered;
        incident.snoozedUntil = {};
        if (auto saved = saveIncident(incident); !saved)
            return saved;
        if (auto noted
            = note(incident.id, QStringLiteral("incident.snooze-ended"),
                   QCoreApplication::translate("PagingEngine",
                                               "Snooze ended; paging again from the first tier."));
            !noted)
            return noted;
        return addStep(incident.id, StepKind::PageTier, 0, 0, {}, now());
    }
    return Done{};
}

Result<Done, QString> PagingEngine::Private::pageTier(const Incident &incident, int round, int tier)
{
    const std::optional<EscalationPolicy> policy = policyFor(incident);
    if (!policy || policy->tiers.isEmpty())
        return note(incident.id, QStringLiteral("escalation.failed"),
                    QCoreApplication::translate(
                        "PagingEngine",
                        "No escalation policy with tiers is configured; nobody was paged."));
    if (tier >= policy->tiers.size())
        return Done{};
    const EscalationTier &current = policy->tiers.at(tier);
    if (auto noted
        = note(incident.id, QStringLiteral("escalation.tier"),
               QCoreApplication::translate("PagingEngine", "Round %1, tier %2: paging %3.")
                   .arg(round + 1)
                   .arg(tier + 1)
                   .arg(current.recipientIds.join(QStringLiteral(", "))));
        !noted)
        return noted;
    for (const QString &recipientId : current.recipientIds) {
        const std::optional<Recipient> recipient = recipientById(recipientId);
        if (!recipient) {
            if (auto noted = note(
                    incident.id, QStringLiteral("page.failed"),
                    QCoreApplication::translate("PagingEngine", "Recipient %1 is not configured.")
                        .arg(recipientId));
                !noted)
                return noted;
            continue;
        }
        if (auto paged = pageRecipient(incident, *recipient, *policy); !paged)
            return paged;
    }
    const QDateTime next = now().addSecs(qint64(current.waitMinutes) * 60);
    if (tier + 1 < policy->tiers.size())
        return addStep(incident.id, StepKind::PageTier, round, tier + 1, {}, next);
    if (round < policy->repeatCount)
        return addStep(incident.id, StepKind::PageTier, round + 1, 0, {}, next);
    return Done{};
}

Result<Done, QString> PagingEngine::Private::pageRecipient(const Incident &incident,
                                                           const Recipient &recipient,
                                                           const EscalationPolicy &policy)
{
    const bool voiceAllowed = recipient.routing.channelOrder.contains(Channel::Voice)
                              && !recipient.numberFor(Channel::Voice).isEmpty();
    for (Channel channel : recipient.routing.channelOrder) {
        if (!isTextChannel(channel) || recipient.numberFor(channel).isEmpty())
            continue;
        QDateTime sendAt;
        auto created = createPage(incident, recipient, channel, policy, &sendAt);
        if (!created)
            return fail(created.error());
        if (!created.value())
            continue; // no sender for this channel: try the next one
        // The call follows once the text has been out, unacknowledged, for voiceAfterMinutes.
        if (incident.severity == Severity::Sev1 && voiceAllowed)
            return addStep(incident.id, StepKind::VoiceFollowUp, 0, 0, recipient.id,
                           laterOf(now(), sendAt).addSecs(qint64(policy.voiceAfterMinutes) * 60));
        return Done{};
    }
    // Voice is for sev1 only (and then at once, when there is no text channel to try first).
    if (voiceAllowed && incident.severity == Severity::Sev1)
        return voiceFollowUp(incident, recipient.id);
    return note(incident.id, QStringLiteral("page.failed"),
                QCoreApplication::translate(
                    "PagingEngine", "%1 cannot be reached: no channel with a number and a sender.")
                    .arg(recipient.name));
}

Result<Done, QString> PagingEngine::Private::voiceFollowUp(const Incident &incident,
                                                           const QString &recipientId)
{
    const std::optional<Recipient> recipient = recipientById(recipientId);
    const std::optional<EscalationPolicy> policy = policyFor(incident);
    if (!recipient || !policy)
        return Done{};
    auto created = createPage(incident, *recipient, Channel::Voice, *policy);
    if (!created)
        return fail(created.error());
    if (!created.value())
        return note(
            incident.id, QStringLiteral("page.failed"),
            QCoreApplication::translate("PagingEngine", "No caller ID is configured to call %1.")
                .arg(recipient->name));
    return Done{};
}

Result<std::pair<QDateTime, QString>, QString>
PagingEngine::Private::allowedAt(const Recipient &recipient, Severity severity,
                                 Channel channel) const
{
    const QDateTime at = now();
    const QDateTime quietEnd
        = QuietHours::nextAllowed(recipient.routing, recipient.timeZone, severity, at);
    // A call is the escalation of a text page that rate caps already paced (and counted): it is
    // not held behind its own SMS. It still counts towards the caps of later pages.
    if (channel == Channel::Voice)
        return std::pair{quietEnd, quietEnd > at ? QStringLiteral("quiet-hours") : QString()};
    auto submitted = store->submittedTimes(
        recipient.id, at.addSecs(-qint64(maxCapWindowMinutes(recipient.routing)) * 60 - 60));
    if (!submitted)
        return fail(submitted.error());
    QDateTime allowed = quietEnd;
    QString reason = quietEnd > at ? QStringLiteral("quiet-hours") : QString();
    for (int pass = 0; pass < 4; ++pass) {
        const QDateTime capped
            = RateCaps::nextAllowed(recipient.routing.rateCaps, submitted.value(), allowed);
        const QDateTime quiet
            = QuietHours::nextAllowed(recipient.routing, recipient.timeZone, severity, capped);
        if (capped > allowed && reason.isEmpty())
            reason = QStringLiteral("rate-cap");
        if (quiet == allowed)
            break;
        allowed = quiet;
    }
    return std::pair{allowed, reason};
}

Result<bool, QString> PagingEngine::Private::createPage(const Incident &incident,
                                                        const Recipient &recipient, Channel channel,
                                                        const EscalationPolicy &policy,
                                                        QDateTime *sendAt)
{
    Delivery delivery;
    delivery.incidentIds = {incident.id};
    delivery.recipientId = recipient.id;
    delivery.channel = channel;
    delivery.to = recipient.numberFor(channel);
    delivery.createdAt = now();
    auto excluded = store->optedOutSenders(delivery.to);
    if (!excluded)
        return fail(excluded.error());
    const std::optional<SenderChoice> choice
        = SenderRouting::choose(recipient.routing, channel, delivery.to, 0, excluded.value());
    if (!choice) {
        if (auto noted
            = note(incident.id, QStringLiteral("page.no-sender"),
                   QCoreApplication::translate("PagingEngine", "No %1 sender for %2's region.")
                       .arg(channelName(channel), recipient.name));
            !noted)
            return fail(noted.error());
        return false;
    }
    delivery.sender = choice->sender;
    delivery.senderIndex = choice->index;
    if (channel == Channel::Voice) {
        delivery.body = QStringLiteral("vs-%1-%2")
                            .arg(incident.id)
                            .arg(QString::number(rng() & 0xffffffffffULL, 16));
    } else {
        setText(delivery,
                PagingTemplates::pageText(templates(), incident, channel, recipient.language));
        delivery.validitySeconds = incident.severity == Severity::Sev1
                                       ? std::clamp(policy.voiceAfterMinutes * 60, 60, 36000)
                                       : options.nonSev1ValiditySeconds;
    }
    auto allowed = allowedAt(recipient, incident.severity, channel);
    if (!allowed)
        return fail(allowed.error());
    delivery.notBefore = allowed->first;
    delivery.delayReason = allowed->second;
    if (sendAt)
        *sendAt = delivery.notBefore;

    if (isTextChannel(channel) && delivery.notBefore > now()) {
        // Held back: join a page already waiting for this recipient on this channel.
        auto open = store->openDeliveries();
        if (!open)
            return fail(open.error());
        for (Delivery held : open.value()) {
            // Only a page held no longer than this one: a sev1 held by a rate cap must not wait
            // for the end of quiet hours that hold a sev2.
            if (held.state != DeliveryState::Pending || held.recipientId != recipient.id
                || held.channel != channel || held.notBefore <= now()
                || held.notBefore > delivery.notBefore || inFlight.contains(held.id))
                continue;
            if (!held.incidentIds.contains(incident.id))
                held.incidentIds.append(incident.id);
            held.notBefore = laterOf(held.notBefore, delivery.notBefore);
            if (auto text = refreshText(held, recipient.language); !text)
                return fail(text.error());
            if (auto updated = store->updateDelivery(held); !updated)
                return fail(updated.error());
            if (auto noted
                = note(incident.id, QStringLiteral("page.bundled"),
                       QCoreApplication::translate(
                           "PagingEngine", "Held for %1 (%2) until %3, bundled with %4 other "
                                           "incident(s).")
                           .arg(recipient.name, delayText(held.delayReason),
                                held.notBefore.toString(Qt::ISODate))
                           .arg(held.incidentIds.size() - 1),
                       &held);
                !noted)
                return fail(noted.error());
            return true;
        }
    }
    if (auto inserted = store->insertDelivery(delivery); !inserted)
        return fail(inserted.error());
    workQueued = true;
    const bool delayed = delivery.notBefore > now();
    const QString kind = delayed ? QStringLiteral("page.delayed")
                                 : (channel == Channel::Voice ? QStringLiteral("call.queued")
                                                              : QStringLiteral("page.queued"));
    const QString detail
        = delayed
              ? QCoreApplication::translate("PagingEngine", "%1 to %2 held until %3 (%4).")
                    .arg(channelName(channel), recipient.name,
                         delivery.notBefore.toString(Qt::ISODate), delayText(delivery.delayReason))
              : QCoreApplication::translate("PagingEngine", "%1 to %2 (%3) via %4.")
                    .arg(channelName(channel), recipient.name, PhoneNumbers::masked(delivery.to),
                         delivery.sender.address);
    if (auto noted = note(incident.id, kind, detail, &delivery); !noted)
        return fail(noted.error());
    return true;
}

QString PagingEngine::Private::delayText(const QString &reason)
{
    if (reason == QStringLiteral("quiet-hours"))
        return QCoreApplication::translate("PagingEngine", "quiet hours");
    if (reason == QStringLiteral("rate-cap"))
        return QCoreApplication::translate("PagingEngine", "rate cap");
    return reason;
}

QList<PagingTemplate> PagingEngine::Private::templates() const
{
    auto stored = store->templates();
    if (!stored) {
        qCWarning(lcPaging).noquote()
            << "templates cannot be read, built-in texts are used:" << stored.error();
        return {};
    }
    return stored.value();
}

Result<Done, QString> PagingEngine::Private::refreshText(Delivery &delivery,
                                                         const QString &language) const
{
    QList<Incident> incidents;
    for (qint64 id : delivery.incidentIds) {
        auto found = store->incident(id);
        if (!found)
            return fail(found.error());
        if (found.value() && found.value()->state == IncidentState::Triggered)
            incidents.append(*found.value());
    }
    if (incidents.size() == 1)
        setText(delivery, PagingTemplates::pageText(templates(), incidents.first(),
                                                    delivery.channel, language));
    else if (!incidents.isEmpty())
        setText(delivery, {PageFormatter::bundle(incidents, language), {}, {}});
    return Done{};
}

} // namespace Vortex::Core::Paging
