// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinlifecycle.h"

#include "core/twilio/segments.h"
#include "twinchaos.h"
#include "twinclock.h"
#include "twinledger.h"
#include "twinmessagestore.h"
#include "twinservices.h"

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
        after(AcceptedToQueuedMs, sid, [this, sid] { pickSender(sid); });
        return;
    }
    MessageOutcome outcome
        = decide(m_config->profileFor(message->toRegion), m_config->seed, message->index);
    if (m_chaos)
        m_chaos->overrideOutcome(*message, &outcome);

    // The sender's queue (MPS) may hold the message longer than the drawn delay.
    const qint64 now = m_clock->nowMs();
    qint64 sendAt = now + outcome.queuedToSentMs;
    if (m_config->senderMps > 0)
        sendAt = qMax(sendAt, m_senderFreeAt.value(message->from, 0));
    const qint64 waitTwinMs = sendAt - now;
    const qint64 validityMs = qint64(message->validityPeriodSeconds) * 1000;
    if (waitTwinMs > validityMs) {
        // Expired in the queue: it never takes a send slot, so the queue drains again.
        after(validityMs, sid, [this, sid] { moveTo(sid, QStringLiteral("failed"), 30001); });
        return;
    }
    if (m_config->senderMps > 0) {
        const qint64 slotMs = qMax<qint64>(1, qRound64(1000.0 / m_config->senderMps));
        m_senderFreeAt.insert(message->from, sendAt + slotMs);
    }
    if (const int error = asyncError(*message)) {
        after(waitTwinMs, sid,
              [this, sid, error] { moveTo(sid, QStringLiteral("failed"), error); });
        return;
    }
    if (outcome.finalStatus == QLatin1String("failed")) {
        after(waitTwinMs, sid,
              [this, sid, outcome] { moveTo(sid, outcome.finalStatus, outcome.errorCode); });
        return;
    }
    if (message->channel == QLatin1String("whatsapp")) {
        // WhatsApp reports queued → sent → delivered (no sending), then read by the person.
        after(waitTwinMs, sid, [this, sid, outcome] {
            markSent(sid);
            after(outcome.sentToDeliveredMs, sid,
                  [this, sid, outcome] { moveTo(sid, outcome.finalStatus, outcome.errorCode); });
        });
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
    if (status == QLatin1String("failed"))
        charge(*message, QStringLiteral("sms-messages-failed"), 1, QStringLiteral("messages"),
               FailedMessageFeeUsd);
    Q_EMIT transitioned(sid, status);
}

void TwinLifecycle::markRead(const QString &sid)
{
    TwinMessage *message = m_store->find(sid);
    if (!message || message->status != QLatin1String("delivered")
        || message->channel != QLatin1String("whatsapp"))
        return;
    message->status = QStringLiteral("read");
    message->dateUpdated = m_clock->now();
    Q_EMIT transitioned(sid, message->status);
}

double TwinLifecycle::whatsAppTemplateFeeUsd(const QString &category)
{
    // Meta's per-template fees vary by country; one rough table (TWILIO.md §11, [est]).
    if (category == QLatin1String("MARKETING"))
        return 0.025;
    if (category == QLatin1String("UTILITY"))
        return 0.004;
    if (category == QLatin1String("AUTHENTICATION"))
        return 0.0135;
    return 0.0;
}

void TwinLifecycle::charge(const TwinMessage &message, const QString &category, double count,
                           const QString &unit, double priceUsd)
{
    if (!m_services)
        return;
    LedgerEntry entry;
    entry.atMs = m_clock->nowMs();
    entry.category = category;
    entry.count = count;
    entry.countUnit = unit;
    entry.priceUsd = priceUsd;
    entry.sid = message.sid;
    m_services->context().ledger->charge(entry);
}

int TwinLifecycle::asyncError(const TwinMessage &message) const
{
    if (message.pendingError != 0)
        return message.pendingError;
    if (message.channel == QLatin1String("whatsapp") && message.contentSid.isEmpty()) {
        // Freeform WhatsApp needs the user's last inbound to this sender within 24 hours.
        const qint64 last = m_store->lastInboundMs(message.to, message.from);
        if (last < 0 || m_clock->nowMs() - last > WhatsAppWindowMs)
            return 63016;
    }
    return 0;
}

void TwinLifecycle::pickSender(const QString &sid)
{
    TwinMessage *message = m_store->find(sid);
    if (!message || message->isFinal())
        return;
    if (message->from.isEmpty()) {
        MessagingService *service
            = m_services ? m_services->registry().find(message->messagingServiceSid) : nullptr;
        if (!service) {
            moveTo(sid, QStringLiteral("failed"), 21701); // deleted since the message was accepted
            return;
        }
        const SenderPick pick = m_services->registry().pick(*service, message->to);
        if (pick.errorCode != 0) {
            moveTo(sid, QStringLiteral("failed"), pick.errorCode);
            return;
        }
        message->from = pick.from;
        message->numSegments = message->channel == QLatin1String("whatsapp")
                                   ? 1
                                   : qMax(1, Twilio::SmsSegments::count(message->body).segments);
        m_services->context().log(QStringLiteral("message.sender"), sid,
                                  {{QLatin1String("from"), message->from}});
    }
    moveTo(sid, QStringLiteral("queued"));
    start(sid);
}

void TwinLifecycle::markSent(const QString &sid)
{
    TwinMessage *message = m_store->find(sid);
    if (!message || message->isFinal())
        return;
    // Billed when the carrier accepts it: segments × the destination's per-segment price, or
    // for WhatsApp Twilio's per-message fee plus Meta's template fee.
    const CountryProfile &profile = m_config->profileFor(message->toRegion);
    if (message->channel == QLatin1String("whatsapp")) {
        const double price
            = WhatsAppMessageFeeUsd + whatsAppTemplateFeeUsd(message->templateCategory);
        message->price = QString::number(-price, 'f', 5);
        charge(*message, QStringLiteral("channels-whatsapp-outbound"), 1,
               QStringLiteral("messages"), price);
    } else {
        const double price = profile.pricePerSegment.toDouble() * message->numSegments;
        message->price = QString::number(-price, 'f', 5);
        charge(*message, QStringLiteral("sms-outbound"), message->numSegments,
               QStringLiteral("segments"), price);
    }
    message->priceUnit = profile.priceUnit;
    message->dateSent = m_clock->now();
    moveTo(sid, QStringLiteral("sent"));
}

} // namespace Vortex::Core::Twin
