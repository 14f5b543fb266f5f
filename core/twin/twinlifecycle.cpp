// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinlifecycle.h"

#include "twinmessagestore.h"

#include "twinclock.h"
#include <QDateTime>

#include <random>

namespace Vortex::Core::Twin {

namespace {

constexpr int SendingToSentMs = 100;
constexpr int AcceptedToQueuedMs = 50;

int drawDelay(std::mt19937_64 &rng, DelayRange range)
{
    std::uniform_int_distribution<int> dist(range.minMs, qMax(range.minMs, range.maxMs));
    return dist(rng);
}

} // namespace

TwinLifecycle::TwinLifecycle(const TwinConfig *config, TwinMessageStore *store, TwinClock *clock,
                             QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_store(store)
    , m_clock(clock)
{}

MessageOutcome TwinLifecycle::decide(const CountryProfile &profile, quint64 seed, quint64 index)
{
    // Draws always happen in the same order so that one seed gives one history.
    std::mt19937_64 rng(seed + index);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double u = unit(rng);
    const int codePick = static_cast<int>(rng() % 1024);
    MessageOutcome outcome;
    outcome.queuedToSentMs = drawDelay(rng, profile.queuedToSent);
    outcome.sentToDeliveredMs = drawDelay(rng, profile.sentToDelivered);
    if (u < profile.failed) {
        outcome.finalStatus = QStringLiteral("failed");
        outcome.errorCode = 30008;
    } else if (u < profile.failed + profile.filtered) {
        outcome.finalStatus = QStringLiteral("undelivered");
        outcome.errorCode = 30007;
    } else if (u < profile.failed + profile.filtered + profile.undelivered) {
        outcome.finalStatus = QStringLiteral("undelivered");
        const QList<int> &codes = profile.undeliveredCodes;
        outcome.errorCode = codes.isEmpty() ? 30003 : codes.at(codePick % codes.size());
    } else {
        outcome.finalStatus = QStringLiteral("delivered");
    }
    return outcome;
}

void TwinLifecycle::after(qint64 twinMs, const QString &sid, const std::function<void()> &step)
{
    // Each step is scheduled on the twin clock when the previous one fires. A deleted message
    // simply stops.
    m_clock->schedule(twinMs, this, [this, sid, step] {
        if (m_store->find(sid))
            step();
    });
}

void TwinLifecycle::start(const QString &sid)
{
    const TwinMessage *message = m_store->find(sid);
    if (!message)
        return;
    if (message->status == QLatin1String("accepted")) {
        after(AcceptedToQueuedMs, sid, [this, sid] {
            moveTo(sid, QStringLiteral("queued"));
            start(sid);
        });
        return;
    }
    const MessageOutcome outcome
        = decide(m_config->profileFor(message->toRegion), m_config->seed, message->index);

    // The sender's queue (MPS) may hold the message longer than the drawn delay.
    const qint64 now = m_clock->nowMs();
    qint64 sendAt = now + outcome.queuedToSentMs;
    if (m_config->senderMps > 0) {
        sendAt = qMax(sendAt, m_senderFreeAt.value(message->from, 0));
        m_senderFreeAt.insert(message->from, sendAt + 1000 / m_config->senderMps);
    }
    const qint64 waitTwinMs = sendAt - now;
    const qint64 validityMs = qint64(message->validityPeriodSeconds) * 1000;
    if (waitTwinMs > validityMs) {
        after(validityMs, sid, [this, sid] { moveTo(sid, QStringLiteral("failed"), 30001); });
        return;
    }
    if (outcome.finalStatus == QLatin1String("failed")) {
        after(waitTwinMs, sid,
              [this, sid, outcome] { moveTo(sid, outcome.finalStatus, outcome.errorCode); });
        return;
    }
    after(waitTwinMs, sid, [this, sid, outcome] {
        moveTo(sid, QStringLiteral("sending"));
        after(SendingToSentMs, sid, [this, sid, outcome] {
            markSent(sid);
            after(outcome.sentToDeliveredMs, sid,
                  [this, sid, outcome] { moveTo(sid, outcome.finalStatus, outcome.errorCode); });
        });
    });
}

void TwinLifecycle::moveTo(const QString &sid, const QString &status, int errorCode)
{
    TwinMessage *message = m_store->find(sid);
    if (!message || message->isFinal())
        return;
    message->status = status;
    message->errorCode = errorCode;
    message->dateUpdated = m_clock->now();
    Q_EMIT transitioned(sid, status);
}

void TwinLifecycle::markSent(const QString &sid)
{
    TwinMessage *message = m_store->find(sid);
    if (!message || message->isFinal())
        return;
    // Billed when the carrier accepts it: segments × the destination's per-segment price.
    const CountryProfile &profile = m_config->profileFor(message->toRegion);
    const double price = profile.pricePerSegment.toDouble() * message->numSegments;
    message->price = QString::number(-price, 'f', 5);
    message->priceUnit = profile.priceUnit;
    message->dateSent = m_clock->now();
    moveTo(sid, QStringLiteral("sent"));
}

} // namespace Vortex::Core::Twin
