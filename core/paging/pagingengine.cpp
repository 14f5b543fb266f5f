// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "pagingengine.h"

#include "pagingengine_p.h"

#include <QRandomGenerator>

namespace Vortex::Core::Paging {

using namespace EngineDetail;

void PagingEngine::Private::flushSignals()
{
    const QList<Incident> incidents = std::exchange(changed, {});
    const QList<TimelineEntry> entries = std::exchange(appended, {});
    for (const TimelineEntry &entry : entries)
        Q_EMIT q->timelineAppended(entry);
    for (const Incident &incident : incidents)
        Q_EMIT q->incidentChanged(incident);
}

Result<Done, QString> PagingEngine::Private::note(qint64 incidentId, const QString &kind,
                                                  const QString &detail, const Delivery *delivery,
                                                  const QString &status,
                                                  std::optional<int> errorCode)
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

Result<Done, QString> PagingEngine::Private::noteAll(const Delivery &delivery, const QString &kind,
                                                     const QString &detail, const QString &status,
                                                     std::optional<int> errorCode)
{
    for (qint64 id : delivery.incidentIds) {
        if (auto noted = note(id, kind, detail, &delivery, status, errorCode); !noted)
            return noted;
    }
    return Done{};
}

Result<Done, QString> PagingEngine::Private::saveIncident(Incident &incident)
{
    incident.updatedAt = now();
    if (auto saved = store->updateIncident(incident); !saved)
        return fail(saved.error());
    changed.append(incident);
    return Done{};
}

std::optional<EscalationPolicy> PagingEngine::Private::policyFor(const Incident &incident) const
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

std::optional<Recipient> PagingEngine::Private::recipientById(const QString &id) const
{
    auto found = store->recipient(id);
    if (found && found.value())
        return *found.value();
    return std::nullopt;
}

std::optional<Recipient> PagingEngine::Private::recipientByNumber(const QString &number) const
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

Result<QString, QString> PagingEngine::Private::allocateCode() const
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
    return fail(QCoreApplication::translate(
        "PagingEngine", "Every incident code is in use or closed less than 72 hours ago."));
}

void PagingEngine::Private::reportStoreError(const QString &message)
{
    qCWarning(lcPaging) << "paging store error:" << message;
    Q_EMIT q->storeError(message);
}

void PagingEngine::Private::scheduleWake(qint64 delayMs)
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
                    delay = std::min(delay, std::max<qint64>(0, at.msecsTo(delivery.notBefore)));
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
