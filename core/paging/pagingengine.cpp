// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "pagingengine.h"

#include "core/common/eventclock.h"
#include "core/common/logging.h"
#include "core/phone/phonenumbers.h"
#include "core/relay/relayevent.h"
#include "core/twilio/errordictionary.h"
#include "deliverygateway.h"
#include "deliveryrules.h"
#include "intakerequest.h"
#include "pageformatter.h"
#include "pagevoice.h"
#include "pagingstore.h"
#include "quiethours.h"
#include "ratecaps.h"
#include "replyparser.h"
#include "senderrouting.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRandomGenerator>

#include <algorithm>
#include <random>

namespace Vortex::Core::Paging {

namespace {

constexpr int kMaxCode = 9999;
constexpr int kHousekeepingMs = 15000;

QString trText(const char *source)
{
    return QCoreApplication::translate("PagingEngine", source);
}

bool isTextChannel(Channel channel)
{
    return channel == Channel::Sms || channel == Channel::WhatsApp;
}

QDateTime laterOf(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return a < b ? b : a;
}

/// The sender an inbound message was addressed to, as a Sender we can reply from.
Sender replySenderFor(const QString &address)
{
    QString channel;
    const QString bare = PhoneNumbers::stripChannel(address, &channel);
    if (channel == QStringLiteral("whatsapp"))
        return {SenderKind::WhatsApp, QStringLiteral("whatsapp:") + bare};
    if (bare.startsWith(QLatin1Char('+')))
        return {SenderKind::LongCode, bare};
    return {SenderKind::ShortCode, bare};
}

int maxCapWindowMinutes(const RoutingPolicy &routing)
{
    int longest = 0;
    for (const RateCap &cap : routing.rateCaps)
        longest = std::max(longest, cap.windowMinutes);
    return longest;
}

} // namespace

struct PagingEngine::Private
{
    PagingEngine *q = nullptr;
    PagingStore *store = nullptr;
    EventClock *clock = nullptr;
    DeliveryGateway *gateway = nullptr;
    PagingEngineOptions options;
    std::mt19937_64 rng;
    quint64 wakeId = 0;
    qint64 wakeAtMs = -1;
    bool running = false;
    bool inRunDue = false;
    bool workQueued = false; ///< a step or delivery was added since the last round
    QSet<qint64> inFlight;   ///< delivery ids with a submission or lookup on the wire
    QList<Incident> changed;
    QList<TimelineEntry> appended;

    QDateTime now() const { return clock->now().toUTC(); }

    // --- transactions ----------------------------------------------------------------------

    template<typename F>
    Result<Done, QString> transaction(F &&body)
    {
        if (auto begun = store->begin(); !begun)
            return fail(begun.error());
        Result<Done, QString> outcome = body();
        if (!outcome) {
            store->rollback();
            changed.clear();
            appended.clear();
            return outcome;
        }
        if (auto committed = store->commit(); !committed) {
            store->rollback();
            changed.clear();
            appended.clear();
            return fail(committed.error());
        }
        flushSignals();
        return Done{};
    }

    void flushSignals()
    {
        const QList<Incident> incidents = std::exchange(changed, {});
        const QList<TimelineEntry> entries = std::exchange(appended, {});
        for (const TimelineEntry &entry : entries)
            Q_EMIT q->timelineAppended(entry);
        for (const Incident &incident : incidents)
            Q_EMIT q->incidentChanged(incident);
    }

    Result<Done, QString> note(qint64 incidentId, const QString &kind, const QString &detail,
                               const Delivery *delivery = nullptr, const QString &status = {},
                               std::optional<int> errorCode = std::nullopt)
    {
        TimelineEntry entry;
        entry.incidentId = incidentId;
        entry.at = now();
        entry.kind = kind;
        entry.detail = detail;
        entry.status = status;
        entry.errorCode = errorCode;
        if (delivery) {
            entry.recipientId = delivery->recipientId;
            entry.channel = channelName(delivery->channel);
            entry.sid = delivery->sid;
        }
        if (auto stored = store->appendTimeline(entry); !stored)
            return fail(stored.error());
        appended.append(entry);
        return Done{};
    }

    Result<Done, QString> noteAll(const Delivery &delivery, const QString &kind,
                                  const QString &detail, const QString &status = {},
                                  std::optional<int> errorCode = std::nullopt)
    {
        for (qint64 id : delivery.incidentIds) {
            if (auto noted = note(id, kind, detail, &delivery, status, errorCode); !noted)
                return noted;
        }
        return Done{};
    }

    Result<Done, QString> saveIncident(Incident &incident)
    {
        incident.updatedAt = now();
        if (auto saved = store->updateIncident(incident); !saved)
            return fail(saved.error());
        changed.append(incident);
        return Done{};
    }

    // --- configuration lookups -------------------------------------------------------------

    std::optional<EscalationPolicy> policyFor(const Incident &incident) const
    {
        for (const QString &id : {incident.policyId, options.defaultPolicyId}) {
            if (id.isEmpty())
                continue;
            auto found = store->policy(id);
            if (found && found.value())
                return *found.value();
        }
        auto all = store->policies();
        if (all && !all->isEmpty())
            return all->first();
        return std::nullopt;
    }

    std::optional<Recipient> recipientById(const QString &id) const
    {
        auto found = store->recipient(id);
        if (found && found.value())
            return *found.value();
        return std::nullopt;
    }

    std::optional<Recipient> recipientByNumber(const QString &number) const
    {
        auto all = store->recipients();
        if (!all)
            return std::nullopt;
        for (const Recipient &recipient : all.value()) {
            for (Channel channel : {Channel::Sms, Channel::Voice, Channel::WhatsApp}) {
                if (recipient.numberFor(channel) == number)
                    return recipient;
            }
        }
        return std::nullopt;
    }

    // --- codes -----------------------------------------------------------------------------

    Result<QString, QString> allocateCode() const
    {
        auto reserved
            = store->reservedCodes(now().addSecs(-qint64(options.codeQuarantineHours) * 3600));
        if (!reserved)
            return fail(reserved.error());
        const QSet<QString> taken(reserved->begin(), reserved->end());
        for (int code = 1; code <= kMaxCode; ++code) {
            const QString candidate = QString::number(code);
            if (!taken.contains(candidate))
                return candidate;
        }
        return fail(trText("Every incident code is in use or closed less than 72 hours ago."));
    }

    // --- escalation steps ------------------------------------------------------------------

    Result<Done, QString> addStep(qint64 incidentId, StepKind kind, int round, int tier,
                                  const QString &recipientId, const QDateTime &dueAt)
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

    /// Cancels the incident's pending steps (of \a kinds, or all) and the pages not yet sent.
    Result<Done, QString> stopPaging(const Incident &incident, bool keepSnoozeExpiry)
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
            if (delivery.incidentIds.isEmpty())
                delivery.state = DeliveryState::Cancelled;
            if (auto updated = store->updateDelivery(delivery); !updated)
                return fail(updated.error());
            if (delivery.state == DeliveryState::Cancelled) {
                if (auto noted
                    = note(incident.id, QStringLiteral("page.cancelled"),
                           trText("Page not sent: the incident no longer needs it."), &delivery);
                    !noted)
                    return noted;
            }
        }
        return Done{};
    }

    Result<Done, QString> runStep(EscalationStep step)
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
            if (auto noted = note(incident.id, QStringLiteral("incident.snooze-ended"),
                                  trText("Snooze ended; paging again from the first tier."));
                !noted)
                return noted;
            return addStep(incident.id, StepKind::PageTier, 0, 0, {}, now());
        }
        return Done{};
    }

    Result<Done, QString> pageTier(const Incident &incident, int round, int tier)
    {
        const std::optional<EscalationPolicy> policy = policyFor(incident);
        if (!policy || policy->tiers.isEmpty())
            return note(incident.id, QStringLiteral("escalation.failed"),
                        trText("No escalation policy with tiers is configured; nobody was paged."));
        if (tier >= policy->tiers.size())
            return Done{};
        const EscalationTier &current = policy->tiers.at(tier);
        if (auto noted = note(incident.id, QStringLiteral("escalation.tier"),
                              trText("Round %1, tier %2: paging %3.")
                                  .arg(round + 1)
                                  .arg(tier + 1)
                                  .arg(current.recipientIds.join(QStringLiteral(", "))));
            !noted)
            return noted;
        for (const QString &recipientId : current.recipientIds) {
            const std::optional<Recipient> recipient = recipientById(recipientId);
            if (!recipient) {
                if (auto noted = note(incident.id, QStringLiteral("page.failed"),
                                      trText("Recipient %1 is not configured.").arg(recipientId));
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

    /// Pages one recipient on their first text channel (sev1: a call follows if unacknowledged);
    /// a recipient without a text channel is called at once.
    Result<Done, QString> pageRecipient(const Incident &incident, const Recipient &recipient,
                                        const EscalationPolicy &policy)
    {
        const bool voiceAllowed = recipient.routing.channelOrder.contains(Channel::Voice)
                                  && !recipient.numberFor(Channel::Voice).isEmpty();
        for (Channel channel : recipient.routing.channelOrder) {
            if (!isTextChannel(channel) || recipient.numberFor(channel).isEmpty())
                continue;
            auto created = createPage(incident, recipient, channel, policy);
            if (!created)
                return fail(created.error());
            if (!created.value())
                continue; // no sender for this channel: try the next one
            if (incident.severity == Severity::Sev1 && voiceAllowed)
                return addStep(incident.id, StepKind::VoiceFollowUp, 0, 0, recipient.id,
                               now().addSecs(qint64(policy.voiceAfterMinutes) * 60));
            return Done{};
        }
        if (voiceAllowed)
            return voiceFollowUp(incident, recipient.id);
        return note(incident.id, QStringLiteral("page.failed"),
                    trText("%1 cannot be reached: no channel with a number and a sender.")
                        .arg(recipient.name));
    }

    Result<Done, QString> voiceFollowUp(const Incident &incident, const QString &recipientId)
    {
        const std::optional<Recipient> recipient = recipientById(recipientId);
        const std::optional<EscalationPolicy> policy = policyFor(incident);
        if (!recipient || !policy)
            return Done{};
        auto created = createPage(incident, *recipient, Channel::Voice, *policy);
        if (!created)
            return fail(created.error());
        if (!created.value())
            return note(incident.id, QStringLiteral("page.failed"),
                        trText("No caller ID is configured to call %1.").arg(recipient->name));
        return Done{};
    }

    /// When a page to \a recipient may go out: quiet hours and the layered rate caps.
    Result<std::pair<QDateTime, QString>, QString> allowedAt(const Recipient &recipient,
                                                             Severity severity) const
    {
        const QDateTime at = now();
        const QDateTime quietEnd
            = QuietHours::nextAllowed(recipient.routing, recipient.timeZone, severity, at);
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

    /// Records a page (or adds the incident to a page already held for the same recipient and
    /// channel). Returns false when no sender can carry it.
    Result<bool, QString> createPage(const Incident &incident, const Recipient &recipient,
                                     Channel channel, const EscalationPolicy &policy)
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
            if (auto noted = note(incident.id, QStringLiteral("page.no-sender"),
                                  trText("No %1 sender for %2's region.")
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
            delivery.body = PageFormatter::page(incident, recipient.language);
            delivery.validitySeconds = incident.severity == Severity::Sev1
                                           ? std::clamp(policy.voiceAfterMinutes * 60, 60, 36000)
                                           : options.nonSev1ValiditySeconds;
        }
        auto allowed = allowedAt(recipient, incident.severity);
        if (!allowed)
            return fail(allowed.error());
        delivery.notBefore = allowed->first;
        delivery.delayReason = allowed->second;

        if (isTextChannel(channel) && delivery.notBefore > now()) {
            // Held back: join a page already waiting for this recipient on this channel.
            auto open = store->openDeliveries();
            if (!open)
                return fail(open.error());
            for (Delivery held : open.value()) {
                if (held.state != DeliveryState::Pending || held.recipientId != recipient.id
                    || held.channel != channel || held.notBefore <= now()
                    || inFlight.contains(held.id))
                    continue;
                if (!held.incidentIds.contains(incident.id))
                    held.incidentIds.append(incident.id);
                held.notBefore = laterOf(held.notBefore, delivery.notBefore);
                if (auto body = bundleBody(held, recipient.language); !body)
                    return fail(body.error());
                else
                    held.body = body.value();
                if (auto updated = store->updateDelivery(held); !updated)
                    return fail(updated.error());
                if (auto noted = note(incident.id, QStringLiteral("page.bundled"),
                                      trText("Held for %1 (%2) until %3, bundled with %4 other "
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
            = delayed ? trText("%1 to %2 held until %3 (%4).")
                            .arg(channelName(channel), recipient.name,
                                 delivery.notBefore.toString(Qt::ISODate),
                                 delayText(delivery.delayReason))
                      : trText("%1 to %2 (%3) via %4.")
                            .arg(channelName(channel), recipient.name,
                                 PhoneNumbers::masked(delivery.to), delivery.sender.address);
        if (auto noted = note(incident.id, kind, detail, &delivery); !noted)
            return fail(noted.error());
        return true;
    }

    static QString delayText(const QString &reason)
    {
        if (reason == QStringLiteral("quiet-hours"))
            return trText("quiet hours");
        if (reason == QStringLiteral("rate-cap"))
            return trText("rate cap");
        return reason;
    }

    Result<QString, QString> bundleBody(const Delivery &delivery, const QString &language) const
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
            return PageFormatter::page(incidents.first(), language);
        return PageFormatter::bundle(incidents, language);
    }

    // --- the outbox ------------------------------------------------------------------------

    qint64 backoffSeconds(int attempts)
    {
        const int exponent = std::clamp(attempts - 1, 0, 16);
        const qint64 ceiling = std::min<qint64>(qint64(options.retryBaseSeconds) << exponent,
                                                options.retryMaxSeconds);
        std::uniform_int_distribution<qint64> jitter(std::max<qint64>(1, ceiling / 2), ceiling);
        return jitter(rng);
    }

    /// Outbox round: submits what is due, looks up interrupted submissions, polls stale pages.
    Result<Done, QString> pumpOutbox()
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

    Result<Done, QString> prepareSubmission(Delivery delivery)
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
                    return noteAll(delivery, QStringLiteral("page.cancelled"),
                                   trText("Page not sent: the incident no longer needs it."));
                });
            }
            auto allowed = allowedAt(*recipient, severity);
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
                auto body = bundleBody(delivery, recipient->language);
                if (!body)
                    return fail(body.error());
                delivery.body = body.value();
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
            const VoiceScript script = PageVoice::script(*firstIncident, *recipient, delivery.body);
            gateway->publishVoiceScript(script, [self, this, delivery](const QString &error) {
                if (!self)
                    return;
                if (!error.isEmpty()) {
                    SubmitResult result;
                    result.transient = true;
                    result.errorMessage
                        = trText("The relay did not take the call script: %1").arg(error);
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

    void onSubmitted(qint64 id, const SubmitResult &result)
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
                return noteAll(delivery, QStringLiteral("page.ambiguous"),
                               trText("No answer from Twilio; checking whether the page went "
                                      "out before sending it again."));
            }
            const Verdict verdict
                = result.transient
                      ? Verdict::RetrySameSender
                      : DeliveryRules::classifySubmitError(delivery.channel, delivery.sender.kind,
                                                           result.httpStatus, result.errorCode);
            const QString detail = result.errorCode
                                       ? errorText(*result.errorCode, result.errorMessage)
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

    QString errorText(int code, const QString &fallback) const
    {
        const Twilio::ErrorInfo info = Twilio::ErrorDictionary::lookup(code);
        if (info.known && !info.message.isEmpty())
            return QStringLiteral("%1 %2").arg(code).arg(info.message);
        return fallback.isEmpty() ? QString::number(code) : fallback;
    }

    Result<Done, QString> giveUp(Delivery &delivery, std::optional<int> errorCode)
    {
        delivery.state = DeliveryState::Failed;
        delivery.errorCode = errorCode;
        if (auto updated = store->updateDelivery(delivery); !updated)
            return updated;
        return noteAll(delivery, QStringLiteral("page.failed"),
                       trText("Gave up on this %1 page to %2 after %3 attempt(s).")
                           .arg(channelName(delivery.channel), PhoneNumbers::masked(delivery.to))
                           .arg(delivery.attempts),
                       {}, errorCode);
    }

    /// A page that cannot go out as it is: next sender, next channel, or give up. \a sameRow:
    /// the delivery never reached Twilio, so it is re-used; otherwise a new delivery follows it.
    Result<Done, QString> reroute(Delivery &delivery, Verdict verdict, bool sameRow)
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
                          trText("%1 opted out of %2; that sender is not used for "
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
            if (auto choice
                = SenderRouting::choose(recipient->routing, delivery.channel, delivery.to,
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
                    = SenderRouting::choose(recipient->routing, channel,
                                            recipient->numberFor(channel), 0, excluded.value())) {
                    next.channel = channel;
                    next.to = recipient->numberFor(channel);
                    next.sender = choice->sender;
                    next.senderIndex = choice->index;
                    found = true;
                }
            }
        }
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
                       trText("Falling back to %1 via %2.")
                           .arg(channelName(next.channel), next.sender.address));
    }

    /// Twilio has the page: record its SID (the first answer or a lookup found it).
    Result<Done, QString> adopt(Delivery &delivery, const StatusReport &report, const QString &how)
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
        const QString kind = reply ? QStringLiteral("reply.sent")
                             : delivery.channel == Channel::Voice
                                 ? QStringLiteral("call.submitted")
                                 : QStringLiteral("page.submitted");
        const QString detail
            = how == QStringLiteral("found")
                  ? trText("Twilio already had it (found by listing): %1.").arg(report.sid)
                  : trText("Twilio accepted it: %1 (%2).").arg(report.sid, report.status);
        if (auto noted = noteAll(delivery, kind, detail, report.status); !noted)
            return noted;
        // A status may have raced ahead of the REST answer.
        if (!report.status.isEmpty() && DeliveryRules::isFinal(delivery.channel, report.status))
            return settle(delivery, report.status, report.errorCode, report.answeredBy);
        return Done{};
    }

    void lookUpSubmission(const Delivery &delivery)
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
                    if (found)
                        return adopt(delivery, *found, QStringLiteral("found"));
                    // Twilio never got it: send it again.
                    delivery.state = DeliveryState::Pending;
                    delivery.notBefore = now();
                    if (auto updated = store->updateDelivery(delivery); !updated)
                        return updated;
                    return noteAll(delivery, QStringLiteral("page.resubmit"),
                                   trText("Twilio has no record of the interrupted submission; "
                                          "sending it again."));
                });
                if (!outcome)
                    reportStoreError(outcome.error());
                scheduleWake(0);
            });
    }

    void poll(const Delivery &delivery)
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

    // --- statuses --------------------------------------------------------------------------

    /// Applies a status from the relay or a poll: never backwards; duplicates are no-ops.
    Result<Done, QString> applyStatus(Delivery &delivery, const QString &status,
                                      std::optional<int> errorCode, const QString &answeredBy,
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
        QString detail = source == QStringLiteral("poll")
                             ? trText("%1 (polled from Twilio)").arg(status)
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

    /// A page reached a final status: fall back, retry or record that it was not answered.
    Result<Done, QString> settle(Delivery &delivery, const QString &status,
                                 std::optional<int> errorCode, const QString &answeredBy)
    {
        if (delivery.recipientId.isEmpty())
            return Done{};
        const Verdict verdict = DeliveryRules::classify(delivery.channel, delivery.sender.kind,
                                                        status, errorCode, answeredBy);
        switch (verdict) {
        case Verdict::InFlight:
        case Verdict::Delivered:
            return Done{};
        case Verdict::NotAnswered:
            return noteAll(delivery, QStringLiteral("call.unanswered"),
                           trText("The call was not answered by a person (%1); escalation "
                                  "continues.")
                               .arg(answeredBy.startsWith(QStringLiteral("machine"))
                                        ? trText("voicemail")
                                        : status));
        case Verdict::Permanent:
            return Done{};
        case Verdict::RetrySameSender: {
            if (!anyIncidentTriggered(delivery) || delivery.attempts >= options.maxAttempts)
                return Done{};
            Delivery next = delivery;
            next.id = 0;
            next.state = DeliveryState::Pending;
            next.createdAt = now();
            next.notBefore = now().addSecs(backoffSeconds(delivery.attempts));
            next.delayReason = QStringLiteral("retry");
            next.sid.clear();
            next.status.clear();
            next.errorCode.reset();
            next.answeredBy.clear();
            next.submittedAt = {};
            next.lastCheckedAt = {};
            if (auto inserted = store->insertDelivery(next); !inserted)
                return inserted;
            workQueued = true;
            return noteAll(next, QStringLiteral("page.retry"),
                           trText("Retrying at %1 through the same sender.")
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

    bool anyIncidentTriggered(const Delivery &delivery) const
    {
        for (qint64 id : delivery.incidentIds) {
            auto found = store->incident(id);
            if (found && found.value() && found.value()->state == IncidentState::Triggered)
                return true;
        }
        return false;
    }

    // --- incident actions ------------------------------------------------------------------

    Result<Incident, QString> act(qint64 incidentId,
                                  const std::function<Result<Done, QString>(Incident &)> &change)
    {
        Incident result;
        auto outcome = transaction([&]() -> Result<Done, QString> {
            auto found = store->incident(incidentId);
            if (!found)
                return fail(found.error());
            if (!found.value())
                return fail(trText("There is no incident %1.").arg(incidentId));
            result = *found.value();
            return change(result);
        });
        if (!outcome)
            return fail(outcome.error());
        scheduleWake(0);
        return result;
    }

    Result<Done, QString> doAcknowledge(Incident &incident, const QString &actor,
                                        const QString &sid = {})
    {
        if (incident.state == IncidentState::Resolved)
            return fail(trText("Incident #%1 is already resolved.").arg(incident.code));
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
        return noteWithSid(incident.id, QStringLiteral("incident.acknowledged"),
                           trText("Acknowledged by %1; escalation stopped.").arg(actor), sid);
    }

    Result<Done, QString> doResolve(Incident &incident, const QString &actor,
                                    const QString &sid = {})
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
                           trText("Resolved by %1.").arg(actor), sid);
    }

    Result<Done, QString> doSnooze(Incident &incident, int minutes, const QString &actor,
                                   const QString &sid = {})
    {
        if (incident.state == IncidentState::Resolved)
            return fail(trText("Incident #%1 is already resolved.").arg(incident.code));
        if (minutes < 1 || minutes > 1440)
            return fail(trText("Snooze for 1 to 1440 minutes."));
        incident.state = IncidentState::Snoozed;
        incident.snoozedUntil = now().addSecs(qint64(minutes) * 60);
        incident.actor = actor;
        if (auto saved = saveIncident(incident); !saved)
            return saved;
        if (auto stopped = stopPaging(incident, false); !stopped)
            return stopped;
        if (auto added
            = addStep(incident.id, StepKind::SnoozeExpiry, 0, 0, {}, incident.snoozedUntil);
            !added)
            return added;
        return noteWithSid(incident.id, QStringLiteral("incident.snoozed"),
                           trText("Snoozed by %1 for %2 minutes, until %3.")
                               .arg(actor)
                               .arg(minutes)
                               .arg(incident.snoozedUntil.toString(Qt::ISODate)),
                           sid);
    }

    Result<Done, QString> doEscalate(Incident &incident, const QString &actor,
                                     const QString &sid = {})
    {
        if (incident.state == IncidentState::Resolved)
            return fail(trText("Incident #%1 is already resolved.").arg(incident.code));
        const std::optional<EscalationPolicy> policy = policyFor(incident);
        if (!policy || policy->tiers.isEmpty())
            return fail(trText("No escalation policy with tiers is configured."));
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
                          trText("%1 escalated to tier %2 now.").arg(actor).arg(tier + 1), sid);
            !noted)
            return noted;
        return addStep(incident.id, StepKind::PageTier, round, tier, {}, now());
    }

    Result<Done, QString> noteWithSid(qint64 incidentId, const QString &kind, const QString &detail,
                                      const QString &sid)
    {
        TimelineEntry entry;
        entry.incidentId = incidentId;
        entry.at = now();
        entry.kind = kind;
        entry.detail = detail;
        entry.sid = sid;
        if (auto stored = store->appendTimeline(entry); !stored)
            return fail(stored.error());
        appended.append(entry);
        return Done{};
    }

    Result<Done, QString> raise(const IntakeRequest &request, const QString &source, Incident &out)
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
                              trText("%1 #%2 raised by %3: %4")
                                  .arg(severityName(incident.severity).toUpper(), incident.code,
                                       incident.source, incident.title));
            !noted)
            return noted;
        return addStep(incident.id, StepKind::PageTier, 0, 0, {}, now());
    }

    Result<Done, QString> update(const IntakeRequest &request, Incident &incident, bool asDuplicate)
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
                    asDuplicate ? trText("Raised again with the same key; details updated, no new "
                                         "page.")
                                : trText("Details updated."));
    }

    Result<std::optional<Incident>, QString> target(const IntakeRequest &request) const
    {
        if (!request.code.isEmpty())
            return store->openIncidentByCode(request.code);
        return store->openIncidentByDedupKey(request.dedupKey);
    }

    // --- relay events ----------------------------------------------------------------------

    Result<Done, QString> applyEvent(const Relay::RelayEvent &event)
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
            Incident incident;
            auto applied = applyIntakeIn(request.value(), QStringLiteral("vortex-iq"), incident);
            if (!applied)
                qCWarning(lcPaging)
                    << "intake event" << event.id << "not applied:" << applied.error();
            return Done{}; // a request that cannot apply (unknown key) is not a store failure
        }
        }
        return Done{};
    }

    Result<Done, QString> applyIntakeIn(const IntakeRequest &request, const QString &source,
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
            return fail(trText("No open incident matches %1.")
                            .arg(request.code.isEmpty() ? request.dedupKey
                                                        : QLatin1Char('#') + request.code));
        incident = *found.value();
        switch (request.action) {
        case Action::Update:
            return update(request, incident, false);
        case Action::Resolve:
            return doResolve(incident, actor);
        case Action::Acknowledge:
            return doAcknowledge(incident, actor);
        case Action::Snooze:
            return doSnooze(incident, request.minutes.value_or(options.defaultSnoozeMinutes),
                            actor);
        case Action::Raise:
            break;
        }
        return Done{};
    }

    /// Open incidents this number was paged for (most recent first).
    Result<QList<Incident>, QString> pagedOpenIncidents(const QString &number) const
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

    /// Queues an SMS/WhatsApp answer to someone who wrote in (from the number they wrote to).
    Result<Done, QString> queueReply(const QString &to, const QString &wroteTo, const QString &text,
                                     const QList<qint64> &incidentIds, bool passive)
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
        reply.channel
            = reply.sender.kind == SenderKind::WhatsApp ? Channel::WhatsApp : Channel::Sms;
        reply.to = PhoneNumbers::stripChannel(to);
        reply.body = text;
        reply.createdAt = now();
        reply.notBefore = now();
        workQueued = true;
        return store->insertDelivery(reply);
    }

    Result<Done, QString> handleReply(const Relay::RelayEvent &event)
    {
        const QString from = PhoneNumbers::stripChannel(event.from);
        const std::optional<Recipient> recipient = recipientByNumber(from);
        if (!recipient) {
            qCInfo(lcPaging) << "reply from an unknown number ignored:"
                             << PhoneNumbers::masked(from);
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
            if (auto noted = noteWithSid(
                    id, QStringLiteral("reply.received"),
                    trText("%1 replied: \"%2\"").arg(recipient->name, event.body.left(160)),
                    event.messageSid);
                !noted)
                return noted;
        }
        if (command.action == Action::Help)
            return queueReply(from, event.to, PageFormatter::help(language), pagedIds, true);
        if (!command.error.isEmpty())
            return queueReply(from, event.to, PageFormatter::replyError(command, language),
                              pagedIds, true);
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
                return queueReply(from, event.to, PageFormatter::noOpenIncident(language), {},
                                  true);
            } else {
                const QString verb = command.action == Action::Ack       ? QStringLiteral("ACK")
                                     : command.action == Action::Resolve ? QStringLiteral("RESOLVE")
                                                                         : QStringLiteral("SNOOZE");
                return queueReply(from, event.to,
                                  PageFormatter::whichIncident(candidates, verb, language),
                                  pagedIds, true);
            }
        } else {
            for (const Incident &candidate : paged.value()) {
                if (candidate.code == code)
                    incident = candidate;
            }
            if (!incident)
                return queueReply(from, event.to,
                                  PageFormatter::notPagedFor(code, paged.value(), language),
                                  pagedIds, true);
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
            confirmation = PageFormatter::snoozed(target, target.snoozedUntil, recipient->timeZone,
                                                  language);
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

    Result<Done, QString> handleGather(const Relay::RelayEvent &event)
    {
        auto found = store->deliveryBySid(event.messageSid);
        if (!found)
            return fail(found.error());
        if (!found.value() || found.value()->incidentIds.isEmpty())
            return Done{};
        const Delivery call = *found.value();
        const QString digits = event.body.trimmed();
        if (auto noted
            = noteAll(call, QStringLiteral("call.digits"), trText("Keypad: %1").arg(digits));
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
            return noteWithSid(incident.id, QStringLiteral("call.rejected"), acted.error(),
                               call.sid);
        return Done{};
    }

    // --- scheduling ------------------------------------------------------------------------

    void reportStoreError(const QString &message)
    {
        qCWarning(lcPaging) << "paging store error:" << message;
        Q_EMIT q->storeError(message);
    }

    /// Arms the clock for the next due step or page (at most kHousekeepingMs away, for polls).
    void scheduleWake(qint64 delayMs = -1)
    {
        if (!running)
            return;
        qint64 delay = delayMs;
        if (delay < 0) {
            delay = kHousekeepingMs;
            const QDateTime at = now();
            auto steps = store->pendingSteps();
            if (steps && !steps->isEmpty())
                delay = std::min(delay, std::max<qint64>(0, at.msecsTo(steps->first().dueAt)));
            auto open = store->openDeliveries();
            if (open) {
                for (const Delivery &delivery : open.value()) {
                    if (delivery.state == DeliveryState::Pending && !inFlight.contains(delivery.id))
                        delay
                            = std::min(delay, std::max<qint64>(0, at.msecsTo(delivery.notBefore)));
                }
            }
        }
        const qint64 dueMs = clock->nowMs() + delay;
        if (wakeId != 0 && wakeAtMs >= 0 && wakeAtMs <= dueMs)
            return; // an earlier wake-up is already armed
        if (wakeId != 0)
            clock->cancel(wakeId);
        wakeAtMs = dueMs;
        wakeId = clock->schedule(delay, q, [this] {
            wakeId = 0;
            wakeAtMs = -1;
            q->runDue();
        });
    }
};

PagingEngine::PagingEngine(PagingStore *store, EventClock *clock, DeliveryGateway *gateway,
                           PagingEngineOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->store = store;
    d->clock = clock;
    d->gateway = gateway;
    d->options = options;
    d->rng.seed(options.seed != 0 ? options.seed : QRandomGenerator::system()->generate64());
}

PagingEngine::~PagingEngine()
{
    stop();
}

Result<Done, QString> PagingEngine::start()
{
    d->running = true;
    // Submissions a crash interrupted stay Submitting: the first round looks them up at Twilio
    // before anything is sent again.
    runDue();
    return Done{};
}

void PagingEngine::stop()
{
    d->running = false;
    if (d->wakeId != 0)
        d->clock->cancel(d->wakeId);
    d->wakeId = 0;
    d->wakeAtMs = -1;
}

int PagingEngine::submissionsInFlight() const
{
    return int(d->inFlight.size());
}

void PagingEngine::runDue()
{
    if (!d->running || d->inRunDue)
        return;
    d->inRunDue = true;
    d->workQueued = false;
    const QDateTime at = d->now();
    for (int guard = 0; guard < 1000; ++guard) {
        auto steps = d->store->pendingSteps();
        if (!steps) {
            d->reportStoreError(steps.error());
            break;
        }
        if (steps->isEmpty() || steps->first().dueAt > at)
            break;
        const EscalationStep step = steps->first();
        auto ran = d->transaction([&] { return d->runStep(step); });
        if (!ran) {
            d->reportStoreError(ran.error());
            break;
        }
    }
    if (auto pumped = d->pumpOutbox(); !pumped)
        d->reportStoreError(pumped.error());
    d->inRunDue = false;
    d->scheduleWake();
}

Result<Incident, QString> PagingEngine::applyIntake(const IntakeRequest &request,
                                                    const QString &source)
{
    Incident incident;
    auto outcome = d->transaction([&] { return d->applyIntakeIn(request, source, incident); });
    if (!outcome)
        return fail(outcome.error());
    runDue();
    return incident;
}

Result<Incident, QString> PagingEngine::acknowledge(qint64 incidentId, const QString &actor)
{
    return d->act(incidentId,
                  [&](Incident &incident) { return d->doAcknowledge(incident, actor); });
}

Result<Incident, QString> PagingEngine::resolve(qint64 incidentId, const QString &actor)
{
    return d->act(incidentId, [&](Incident &incident) { return d->doResolve(incident, actor); });
}

Result<Incident, QString> PagingEngine::snooze(qint64 incidentId, int minutes, const QString &actor)
{
    return d->act(incidentId,
                  [&](Incident &incident) { return d->doSnooze(incident, minutes, actor); });
}

Result<Incident, QString> PagingEngine::escalateNow(qint64 incidentId, const QString &actor)
{
    auto result
        = d->act(incidentId, [&](Incident &incident) { return d->doEscalate(incident, actor); });
    runDue();
    return result;
}

Result<Done, QString> PagingEngine::applyRelayEvents(const QList<Relay::RelayEvent> &events)
{
    if (events.isEmpty())
        return Done{};
    auto outcome = d->transaction([&]() -> Result<Done, QString> {
        for (const Relay::RelayEvent &event : events) {
            if (auto applied = d->applyEvent(event); !applied)
                return applied;
        }
        return d->store->setRelayCursor(events.last().id);
    });
    if (!outcome)
        return outcome;
    // Statuses alone queue no work; replies, keypad input and intake do.
    if (d->workQueued)
        runDue();
    return Done{};
}

} // namespace Vortex::Core::Paging
