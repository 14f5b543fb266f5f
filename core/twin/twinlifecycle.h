// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/twin/twinclock.h"

#include "twinconfig.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace Vortex::Core::Twin {

class TwinChaos;
class TwinMessageStore;
class TwinServices;
struct TwinMessage;

/// What the seeded PRNG decided for one outbound message.
struct MessageOutcome
{
    QString finalStatus; ///< delivered | undelivered | failed
    int errorCode = 0;
    int queuedToSentMs = 0;    ///< twin-clock ms
    int sentToDeliveredMs = 0; ///< twin-clock ms
};

/// Walks outbound messages through queued → sending → sent → delivered | undelivered, or
/// queued → failed, on timers scaled by the clock speed. Outcomes come from
/// std::mt19937_64 seeded with (config seed + message index): same seed, same outcomes.
class TwinLifecycle : public QObject
{
    Q_OBJECT

public:
    TwinLifecycle(const TwinConfig *config, TwinMessageStore *store, TwinClock *clock,
                  QObject *parent = nullptr);

    static constexpr double WhatsAppMessageFeeUsd = 0.005; ///< Twilio's per-message fee
    static constexpr double FailedMessageFeeUsd = 0.001;   ///< failed-message processing fee
    static constexpr qint64 WhatsAppWindowMs = 24LL * 3600 * 1000;
    /// Meta's template fee by approval category (UTILITY, MARKETING, AUTHENTICATION; rough).
    static double whatsAppTemplateFeeUsd(const QString &category);

    /// Messaging Services (sender pick), the ledger and the event log come from \a services.
    void attach(TwinServices *services) { m_services = services; }

    /// Starts the clock for a freshly created message (status queued or accepted).
    void start(const QString &sid);

    /// A scripted person read a delivered WhatsApp message: delivered → read.
    void markRead(const QString &sid);

    /// The chaos profile's outcome hook (throttle 30001, 30034, 30007); may be null.
    void setChaos(TwinChaos *chaos) { m_chaos = chaos; }

    static MessageOutcome decide(const CountryProfile &profile, quint64 seed, quint64 index);

Q_SIGNALS:
    /// The message has moved to \a status (never emitted for the initial status).
    void transitioned(const QString &sid, const QString &status);

private:
    void after(qint64 twinMs, const QString &sid, const std::function<void()> &step);
    void moveTo(const QString &sid, const QString &status, int errorCode = 0);
    void markSent(const QString &sid);
    void pickSender(const QString &sid);
    /// 63016 for a freeform WhatsApp message outside the 24-hour window, else the message's
    /// pendingError (decided at create).
    int asyncError(const TwinMessage &message) const;
    void charge(const TwinMessage &message, const QString &category, double count,
                const QString &unit, double priceUsd);

    const TwinConfig *m_config;
    TwinMessageStore *m_store;
    TwinClock *m_clock;
    TwinServices *m_services = nullptr;
    TwinChaos *m_chaos = nullptr;
    QHash<QString, qint64> m_senderFreeAt; // twin-clock ms when a sender may send again (MPS)
};

} // namespace Vortex::Core::Twin
