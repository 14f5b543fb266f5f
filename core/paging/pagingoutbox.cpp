// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "pagingengine_p.h"

#include "core/twilio/errordictionary.h"
#include "pageformatter.h"
#include "pagingtemplates.h"
#include "senderrouting.h"

#include <QPointer>

#include <algorithm>

namespace Vortex::Core::Paging {

using namespace EngineDetail;

qint64 PagingEngine::Private::backoffSeconds(int attempts)
{
    const int exponent = std::clamp(attempts - 1, 0, 16);
    const qint64 ceiling
        = std::min<qint64>(qint64(options.retryBaseSeconds) << exponent, options.retryMaxSeconds);
    std::uniform_int_distribution<qint64> jitter(std::max<qint64>(1, ceiling / 2), ceiling);
    return jitter(rng);
}

Result<Done, QString> PagingEngine::Private::pumpOutbox()
{
    auto open = store->openDeliveries();
    if (!open)
        return fail(open.error());
    int polls = 0;
    const QDateTime at = now();
    for (const Delivery &delivery : open.value()) {
        if (inFlight.contains(delivery.id))
            continue;
        switch (delivery.state) {
        case DeliveryState::Pending:
            if (delivery.notBefore <= at)
                if (auto prepared = prepareSubmission(delivery); !prepared)
                    return prepared;
            break;
        case DeliveryState::Submitting:
            if (!delivery.lastCheckedAt.isValid()
                || delivery.lastCheckedAt.addSecs(options.reconcileAfterSeconds) <= at)
                lookUpSubmission(delivery);
            break;
        case DeliveryState::Submitted:
            if (polls < options.pollBatch && !delivery.sid.isEmpty()
                && delivery.submittedAt.addSecs(options.pollAfterSeconds) <= at
                && (!delivery.lastCheckedAt.isValid()
                    || delivery.lastCheckedAt.addSecs(options.pollIntervalSeconds) <= at)) {
                ++polls;
                poll(delivery);
            }
            break;
        default:
            break;
        }
    }
    return Done{};
}

Result<Done, QString> PagingEngine::Private::prepareSubmission(Delivery delivery)
{
    std::optional<Recipient> recipient;
    std::optional<Incident> firstIncident;
    if (!delivery.recipientId.isEmpty()) {
        // A page: only for incidents that still need it, and only when allowed now.
        recipient = recipientById(delivery.recipientId);
        QList<qint64> stillOpen;
        Severity severity = Severity::Sev4;
        for (qint64 id : delivery.incidentIds) {
            auto found = store->incident(id);
            if (!found)
                return fail(found.error());
            if (found.value() && found.value()->state == IncidentState::Triggered) {
                stillOpen.append(id);
                severity = std::min(severity, found.value()->severity);
                if (!firstIncident)
                    firstIncident = *found.value();
            }
        }
        if (stillOpen.isEmpty() || !recipient) {
            return transaction([&]() -> Result<Done, QString> {
                delivery.state = DeliveryState::Cancelled;
                if (auto updated = store->updateDelivery(delivery); !updated)
                    return updated;
                return noteAll(
                    delivery, QStringLiteral("page.cancelled"),
                    QCoreApplication::translate("PagingEngine",
                                                "Page not sent: the incident no longer needs it."));
            });
        }
        auto allowed = allowedAt(*recipient, severity, delivery.channel);
        if (!allowed)
            return fail(allowed.error());
        if (allowed->first > now()) {
            return transaction([&]() -> Result<Done, QString> {
                delivery.notBefore = allowed->first;
                delivery.delayReason = allowed->second;
                return store->updateDelivery(delivery);
            });
        }
        if (stillOpen != delivery.incidentIds && isTextChannel(delivery.channel)) {
            delivery.incidentIds = stillOpen;
            if (auto text = refreshText(delivery, recipient->language); !text)
                return text;
        }
    }
    auto marked = transaction([&]() -> Result<Done, QString> {
        delivery.state = DeliveryState::Submitting;
        delivery.attempts += 1;
        delivery.submitAttemptAt = now();
        delivery.lastCheckedAt = now();
        return store->updateDelivery(delivery);
    });
    if (!marked)
        return marked;
    inFlight.insert(delivery.id);
    QPointer<PagingEngine> self(q);
    const qint64 id = delivery.id;
    if (delivery.channel == Channel::Voice && firstIncident && recipient) {
        const VoiceScript script
            = PagingTemplates::voiceScript(templates(), *firstIncident, *recipient, delivery.body);
        gateway->publishVoiceScript(script, [self, this, delivery](const QString &error) {
            if (!self)
                return;
            if (!error.isEmpty()) {
                SubmitResult result;
                result.transient = true;
                result.errorMessage
                    = QCoreApplication::translate("PagingEngine",
                                                  "The relay did not take the call script: %1")
                          .arg(error);
                onSubmitted(delivery.id, result);
                return;
            }
            gateway->submit(delivery, [self, this, id = delivery.id](SubmitResult result) {
                if (self)
                    onSubmitted(id, result);
            });
        });
    } else {
        gateway->submit(delivery, [self, this, id](SubmitResult result) {
            if (self)
                onSubmitted(id, result);
        });
    }
    return Done{};
}

void PagingEngine::Private::onSubmitted(qint64 id, const SubmitResult &result)
{
    inFlight.remove(id);
    auto outcome = transaction([&]() -> Result<Done, QString> {
        auto found = store->delivery(id);
        if (!found)
            return fail(found.error());
        if (!found.value())
            return Done{};
        Delivery delivery = *found.value();
        if (delivery.state != DeliveryState::Submitting)
            return Done{}; // a lookup settled it meanwhile
        if (result.accepted)
            return adopt(delivery, *result.accepted, QStringLiteral("submitted"));
        if (result.ambiguous) {
            delivery.lastCheckedAt = now();
            if (auto updated = store->updateDelivery(delivery); !updated)
                return updated;
            return noteAll(
                delivery, QStringLiteral("page.ambiguous"),
                QCoreApplication::translate("PagingEngine",
                                            "No answer from Twilio; checking whether the page went "
                                            "out before sending it again."));
        }
        const Verdict verdict
            = result.transient
                  ? Verdict::RetrySameSender
                  : DeliveryRules::classifySubmitError(delivery.channel, delivery.sender.kind,
                                                       result.httpStatus, result.errorCode);
        const QString detail = result.errorCode ? errorText(*result.errorCode, result.errorMessage)
                                                : result.errorMessage;
        if (auto noted
            = noteAll(delivery, QStringLiteral("page.rejected"), detail, {}, result.errorCode);
            !noted)
            return noted;
        if (verdict == Verdict::RetrySameSender) {
            if (delivery.attempts >= options.maxAttempts)
                return giveUp(delivery, result.errorCode);
            delivery.state = DeliveryState::Pending;
            delivery.notBefore = now().addSecs(backoffSeconds(delivery.attempts));
            delivery.delayReason = QStringLiteral("retry");
            return store->updateDelivery(delivery);
        }
        delivery.errorCode = result.errorCode;
        return reroute(delivery, verdict, /*sameRow=*/true);
    });
    if (!outcome)
        reportStoreError(outcome.error());
    scheduleWake(0);
}

QString PagingEngine::Private::errorText(int code, const QString &fallback) const
{
    const Twilio::ErrorInfo info = Twilio::ErrorDictionary::lookup(code);
    if (info.known && !info.message.isEmpty())
        return QStringLiteral("%1 %2").arg(code).arg(info.message);
    return fallback.isEmpty() ? QString::number(code) : fallback;
}

Result<Done, QString> PagingEngine::Private::giveUp(Delivery &delivery,
                                                    std::optional<int> errorCode)
{
    delivery.state = DeliveryState::Failed;
    delivery.errorCode = errorCode;
    if (auto updated = store->updateDelivery(delivery); !updated)
        return updated;
    return noteAll(delivery, QStringLiteral("page.failed"),
                   QCoreApplication::translate("PagingEngine",
                                               "Gave up on this %1 page to %2 after %3 attempt(s).")
                       .arg(channelName(delivery.channel), PhoneNumbers::masked(delivery.to))
                       .arg(delivery.attempts),
                   {}, errorCode);
}

Result<Done, QString> PagingEngine::Private::reroute(Delivery &delivery, Verdict verdict,
                                                     bool sameRow)
{
    if (delivery.recipientId.isEmpty()) // a reply: never rerouted
        return giveUp(delivery, delivery.errorCode);
    const std::optional<Recipient> recipient = recipientById(delivery.recipientId);
    if (!recipient)
        return giveUp(delivery, delivery.errorCode);
    if (verdict == Verdict::DisablePairNextSender) {
        if (auto opted = store->setOptedOut(delivery.sender.address, delivery.to, true, now());
            !opted)
            return opted;
        if (auto noted
            = noteAll(delivery, QStringLiteral("page.opted-out"),
                      QCoreApplication::translate("PagingEngine",
                                                  "%1 opted out of %2; that sender is not used for "
                                                  "them until they reply START.")
                          .arg(PhoneNumbers::masked(delivery.to), delivery.sender.address));
            !noted)
            return noted;
    }
    Delivery next = delivery;
    bool found = false;
    if (verdict == Verdict::NextSender || verdict == Verdict::DisablePairNextSender) {
        auto excluded = store->optedOutSenders(delivery.to);
        if (!excluded)
            return fail(excluded.error());
        if (auto choice = SenderRouting::choose(recipient->routing, delivery.channel, delivery.to,
                                                delivery.senderIndex + 1, excluded.value())) {
            next.sender = choice->sender;
            next.senderIndex = choice->index;
            found = true;
        }
    }
    if (!found && verdict != Verdict::Permanent && isTextChannel(delivery.channel)) {
        // The next text channel in the recipient's order.
        const QList<Channel> order = recipient->routing.channelOrder;
        const qsizetype at = order.indexOf(delivery.channel);
        for (qsizetype i = at + 1; i < order.size() && !found; ++i) {
            const Channel channel = order.at(i);
            if (!isTextChannel(channel) || recipient->numberFor(channel).isEmpty())
                continue;
            auto excluded = store->optedOutSenders(recipient->numberFor(channel));
            if (!excluded)
                return fail(excluded.error());
            if (auto choice
                = SenderRouting::choose(recipient->routing, channel, recipient->numberFor(channel),
                                        0, excluded.value())) {
                next.channel = channel;
                next.to = recipient->numberFor(channel);
                next.sender = choice->sender;
                next.senderIndex = choice->index;
                found = true;
                // Another channel, other words (a WhatsApp Content template is not an SMS).
                if (auto text = refreshText(next, recipient->language); !text)
                    return text;
            }
        }
    }
    if (!found && verdict == Verdict::NextChannel && isTextChannel(delivery.channel))
        return fallBackToVoice(delivery, *recipient, sameRow);
    if (!found)
        return giveUp(delivery, delivery.errorCode);
    workQueued = true;
    next.state = DeliveryState::Pending;
    next.notBefore = now();
    next.delayReason.clear();
    next.sid.clear();
    next.status.clear();
    next.errorCode.reset();
    next.answeredBy.clear();
    next.submittedAt = {};
    next.lastCheckedAt = {};
    if (sameRow) {
        if (auto updated = store->updateDelivery(next); !updated)
            return updated;
    } else {
        next.id = 0;
        next.createdAt = now();
        next.attempts = 0;
        if (auto inserted = store->insertDelivery(next); !inserted)
            return inserted;
    }
    return noteAll(next, QStringLiteral("page.fallback"),
                   QCoreApplication::translate("PagingEngine", "Falling back to %1 via %2.")
                       .arg(channelName(next.channel), next.sender.address));
}

Result<Done, QString>
PagingEngine::Private::fallBackToVoice(Delivery &delivery, const Recipient &recipient, bool sameRow)
{
    // No text channel can reach the number: a call may still ring (docs/paging-routing.md,
    // next_channel), as for a recipient who has no text channel at all.
    if (!recipient.routing.channelOrder.contains(Channel::Voice)
        || recipient.numberFor(Channel::Voice).isEmpty())
        return giveUp(delivery, delivery.errorCode);
    std::optional<Incident> target;
    for (qint64 id : delivery.incidentIds) {
        auto found = store->incident(id);
        if (!found)
            return fail(found.error());
        if (found.value() && found.value()->state == IncidentState::Triggered
            && (!target || found.value()->severity < target->severity))
            target = *found.value();
    }
    // Voice is for sev1 only (PRODUCT.md): a lower severity that no text reaches is given up.
    if (!target || target->severity != Severity::Sev1)
        return giveUp(delivery, delivery.errorCode);
    if (sameRow) {
        delivery.state = DeliveryState::Failed;
        if (auto updated = store->updateDelivery(delivery); !updated)
            return updated;
    }
    if (auto noted = noteAll(delivery, QStringLiteral("page.fallback"),
                             QCoreApplication::translate(
                                 "PagingEngine", "The %1 page cannot reach %2; calling instead.")
                                 .arg(channelName(delivery.channel), recipient.name),
                             {}, delivery.errorCode);
        !noted)
        return noted;
    // The call replaces a sev1 follow-up call still waiting for this recipient.
    auto steps = store->steps(target->id);
    if (!steps)
        return fail(steps.error());
    for (EscalationStep step : steps.value()) {
        if (step.kind != StepKind::VoiceFollowUp || step.recipientId != recipient.id || step.done
            || step.cancelled)
            continue;
        step.cancelled = true;
        if (auto updated = store->updateStep(step); !updated)
            return updated;
    }
    return voiceFollowUp(*target, recipient.id);
}

Result<Done, QString> PagingEngine::Private::adopt(Delivery &delivery, const StatusReport &report,
                                                   const QString &how)
{
    delivery.state = DeliveryState::Submitted;
    delivery.sid = report.sid;
    delivery.submittedAt = now();
    delivery.lastCheckedAt = now();
    if (DeliveryRules::advances(delivery.channel, delivery.status, report.status)
        || delivery.status.isEmpty())
        delivery.status = report.status;
    if (auto updated = store->updateDelivery(delivery); !updated)
        return updated;
    const bool reply = delivery.recipientId.isEmpty();
    const QString kind = reply                                ? QStringLiteral("reply.sent")
                         : delivery.channel == Channel::Voice ? QStringLiteral("call.submitted")
                                                              : QStringLiteral("page.submitted");
    const QString detail
        = how == QStringLiteral("found")
              ? QCoreApplication::translate("PagingEngine",
                                            "Twilio already had it (found by listing): %1.")
                    .arg(report.sid)
              : QCoreApplication::translate("PagingEngine", "Twilio accepted it: %1 (%2).")
                    .arg(report.sid, report.status);
    if (auto noted = noteAll(delivery, kind, detail, report.status); !noted)
        return noted;
    // A status may have raced ahead of the REST answer.
    if (!report.status.isEmpty() && DeliveryRules::isFinal(delivery.channel, report.status))
        return settle(delivery, report.status, report.errorCode, report.answeredBy);
    return Done{};
}

void PagingEngine::Private::lookUpSubmission(const Delivery &delivery)
{
    inFlight.insert(delivery.id);
    QPointer<PagingEngine> self(q);
    gateway->findSubmitted(
        delivery, [self, this, id = delivery.id](bool ok, std::optional<StatusReport> found) {
            if (!self)
                return;
            inFlight.remove(id);
            auto outcome = transaction([&]() -> Result<Done, QString> {
                auto stored = store->delivery(id);
                if (!stored)
                    return fail(stored.error());
                if (!stored.value() || stored.value()->state != DeliveryState::Submitting)
                    return Done{};
                Delivery delivery = *stored.value();
                delivery.lastCheckedAt = now();
                if (!ok)
                    return store->updateDelivery(delivery);
                if (found) {
                    // A call is matched by To, From and time only: another delivery's call (a
                    // second incident paging the same person) must not be taken for this one.
                    auto owner = store->deliveryBySid(found->sid);
                    if (!owner)
                        return fail(owner.error());
                    if (!owner.value() || owner.value()->id == delivery.id)
                        return adopt(delivery, *found, QStringLiteral("found"));
                }
                // Twilio never got it: send it again.
                delivery.state = DeliveryState::Pending;
                delivery.notBefore = now();
                if (auto updated = store->updateDelivery(delivery); !updated)
                    return updated;
                return noteAll(delivery, QStringLiteral("page.resubmit"),
                               QCoreApplication::translate(
                                   "PagingEngine",
                                   "Twilio has no record of the interrupted submission; "
                                   "sending it again."));
            });
            if (!outcome)
                reportStoreError(outcome.error());
            scheduleWake(0);
        });
}

void PagingEngine::Private::poll(const Delivery &delivery)
{
    inFlight.insert(delivery.id);
    QPointer<PagingEngine> self(q);
    gateway->fetch(delivery.channel, delivery.sid,
                   [self, this, id = delivery.id](std::optional<StatusReport> report) {
                       if (!self)
                           return;
                       inFlight.remove(id);
                       auto outcome = transaction([&]() -> Result<Done, QString> {
                           auto stored = store->delivery(id);
                           if (!stored)
                               return fail(stored.error());
                           if (!stored.value())
                               return Done{};
                           Delivery delivery = *stored.value();
                           delivery.lastCheckedAt = now();
                           if (auto updated = store->updateDelivery(delivery); !updated)
                               return updated;
                           if (!report)
                               return Done{};
                           return applyStatus(delivery, report->status, report->errorCode,
                                              report->answeredBy, QStringLiteral("poll"));
                       });
                       if (!outcome)
                           reportStoreError(outcome.error());
                   });
}

Result<Done, QString> PagingEngine::Private::applyStatus(Delivery &delivery, const QString &status,
                                                         std::optional<int> errorCode,
                                                         const QString &answeredBy,
                                                         const QString &source)
{
    if (!DeliveryRules::advances(delivery.channel, delivery.status, status))
        return Done{};
    delivery.status = status;
    if (errorCode)
        delivery.errorCode = errorCode;
    if (!answeredBy.isEmpty())
        delivery.answeredBy = answeredBy;
    if (auto updated = store->updateDelivery(delivery); !updated)
        return updated;
    if (delivery.recipientId.isEmpty())
        return Done{}; // replies: the timeline shows them sent, statuses are not paged on
    QString detail
        = source == QStringLiteral("poll")
              ? QCoreApplication::translate("PagingEngine", "%1 (polled from Twilio)").arg(status)
              : status;
    if (errorCode)
        detail += QStringLiteral(": ") + errorText(*errorCode, {});
    if (!answeredBy.isEmpty())
        detail += QStringLiteral(" (") + answeredBy + QLatin1Char(')');
    const QString kind = delivery.channel == Channel::Voice ? QStringLiteral("call.status")
                                                            : QStringLiteral("page.status");
    if (auto noted = noteAll(delivery, kind, detail, status, errorCode); !noted)
        return noted;
    if (DeliveryRules::isFinal(delivery.channel, status))
        return settle(delivery, status, delivery.errorCode, delivery.answeredBy);
    return Done{};
}

Result<Done, QString> PagingEngine::Private::settle(Delivery &delivery, const QString &status,
                                                    std::optional<int> errorCode,
                                                    const QString &answeredBy)
{
    if (delivery.recipientId.isEmpty())
        return Done{};
    const Verdict verdict = DeliveryRules::classify(delivery.channel, delivery.sender.kind, status,
                                                    errorCode, answeredBy);
    switch (verdict) {
    case Verdict::InFlight:
    case Verdict::Delivered:
        return Done{};
    case Verdict::NotAnswered:
        return noteAll(delivery, QStringLiteral("call.unanswered"),
                       QCoreApplication::translate(
                           "PagingEngine", "The call was not answered by a person (%1); escalation "
                                           "continues.")
                           .arg(answeredBy.startsWith(QStringLiteral("machine"))
                                    ? QCoreApplication::translate("PagingEngine", "voicemail")
                                    : status));
    case Verdict::Permanent:
        return Done{};
    case Verdict::RetrySameSender: {
        if (!anyIncidentTriggered(delivery))
            return Done{};
        if (delivery.attempts >= options.maxAttempts)
            return giveUp(delivery, errorCode); // never dropped without a word
        Delivery next = delivery;
        next.id = 0;
        next.state = DeliveryState::Pending;
        next.createdAt = now();
        next.notBefore = now().addSecs(backoffSeconds(delivery.attempts));
        next.delayReason = QStringLiteral("retry");
        // A sev1 text must never land after its voice call: a retry expires before the call is
        // due, and none is sent once the call is placed or too close.
        auto callDue = followUpCallDue(delivery);
        if (!callDue)
            return fail(callDue.error());
        if (callDue->has_value()) {
            const qint64 left = next.notBefore.secsTo(**callDue);
            if (left < 60)
                return noteAll(delivery, QStringLiteral("page.retry-skipped"),
                               QCoreApplication::translate(
                                   "PagingEngine", "Not retried: the voice call follows instead."),
                               {}, errorCode);
            next.validitySeconds = int(
                std::min<qint64>(next.validitySeconds > 0 ? next.validitySeconds : left, left));
        }
        next.sid.clear();
        next.status.clear();
        next.errorCode.reset();
        next.answeredBy.clear();
        next.submittedAt = {};
        next.lastCheckedAt = {};
        if (auto inserted = store->insertDelivery(next); !inserted)
            return inserted;
        workQueued = true;
        return noteAll(
            next, QStringLiteral("page.retry"),
            QCoreApplication::translate("PagingEngine", "Retrying at %1 through the same sender.")
                .arg(next.notBefore.toString(Qt::ISODate)));
    }
    case Verdict::NextSender:
    case Verdict::DisablePairNextSender:
    case Verdict::NextChannel:
        if (!anyIncidentTriggered(delivery))
            return Done{};
        return reroute(delivery, verdict, /*sameRow=*/false);
    }
    return Done{};
}

bool PagingEngine::Private::anyIncidentTriggered(const Delivery &delivery) const
{
    for (qint64 id : delivery.incidentIds) {
        auto found = store->incident(id);
        if (found && found.value() && found.value()->state == IncidentState::Triggered)
            return true;
    }
    return false;
}

Result<std::optional<QDateTime>, QString>
PagingEngine::Private::followUpCallDue(const Delivery &delivery) const
{
    // Only text pages of recipients with a sev1 voice follow-up: the step says when the call is
    // due; a step already run means the call is out (due "now").
    if (!isTextChannel(delivery.channel) || delivery.recipientId.isEmpty())
        return std::optional<QDateTime>{};
    for (qint64 id : delivery.incidentIds) {
        auto steps = store->steps(id);
        if (!steps)
            return fail(steps.error());
        for (const EscalationStep &step : steps.value()) {
            if (step.kind != StepKind::VoiceFollowUp || step.recipientId != delivery.recipientId
                || step.cancelled)
                continue;
            return std::optional<QDateTime>(step.done ? now() : step.dueAt);
        }
    }
    return std::optional<QDateTime>{};
}

} // namespace Vortex::Core::Paging
