// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "twinconfig.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace Vortex::Core::Twin {

class TwinClock;
class TwinMessageStore;

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

    /// Twin time runs \a factor times faster than wall-clock time (delays are divided by it).

    /// Starts the clock for a freshly created message (status queued or accepted).
    void start(const QString &sid);

    static MessageOutcome decide(const CountryProfile &profile, quint64 seed, quint64 index);

Q_SIGNALS:
    /// The message has moved to \a status (never emitted for the initial status).
    void transitioned(const QString &sid, const QString &status);

private:
    void after(qint64 twinMs, const QString &sid, const std::function<void()> &step);
    void moveTo(const QString &sid, const QString &status, int errorCode = 0);
    void markSent(const QString &sid);

    const TwinConfig *m_config;
    TwinMessageStore *m_store;
    TwinClock *m_clock;
    QHash<QString, qint64> m_senderFreeAt; // twin-clock ms when a sender may send again (MPS)
};

} // namespace Vortex::Core::Twin
