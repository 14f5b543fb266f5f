// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/twilio/formparams.h"
#include "twinmodule.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace Vortex::Core::Twin {

class TwinCallStore;
class TwinTwimlFetcher;
class TwinTwimlSession;
struct TwinCall;

/// Walks calls on the twin clock: queued → (initiated) → ringing → in-progress → completed, or
/// busy / no-answer (after Timeout) / failed (invalid number) / canceled, as the scripted person
/// at To behaves. 1 call per second per account (the rest waits, queue_time). Posts the
/// subscribed status callbacks (completed always), runs the TwiML once answered, bills started
/// minutes to the ledger.
class TwinCallLifecycle : public QObject
{
    Q_OBJECT

public:
    TwinCallLifecycle(const TwinContext &context, TwinCallStore *store, QObject *parent = nullptr);

    /// A call was just created (status queued): sets its queue_time and schedules dialing.
    void start(TwinCall &call);
    /// Status=canceled (queued/ringing) or Status=completed (in-progress); false otherwise.
    bool end(TwinCall &call, const QString &requested);
    /// Url/Twiml update of an in-progress call: its TwiML is replaced at once.
    bool redirect(TwinCall &call);
    /// DTMF from the control API; false when the call is not in progress.
    bool pressDigits(const QString &sid, const QString &digits);
    TwinTwimlSession *session(const QString &sid) const;
    /// TwiML requests and GET callbacks on the wire.
    int pendingHttp() const;

    static constexpr quint64 SeedSalt = 0x766f696365ULL; // "voice"
    static constexpr int CallsPerSecond = 1;
    static constexpr int BusyAfterMs = 2000;   ///< ringing → busy signal
    static constexpr int FailAfterMs = 500;    ///< initiated → failed (invalid number)
    static constexpr int HumanDetectMs = 2400; ///< AMD deciding "human"
    static constexpr int MachineStartMs = 3500;
    static constexpr int GreetingMs = 12000; ///< a voicemail greeting before the beep

private:
    void initiated(const QString &sid);
    void ringing(const QString &sid);
    void answered(const QString &sid, bool machine);
    void runTwiml(const QString &sid, bool machine);
    void finish(const QString &sid, const QString &status, int errorCode = 0);
    void schedule(const QString &sid, qint64 delayMs, std::function<void()> fn);
    void notify(TwinCall &call, const QString &event);
    Twilio::FormParams voiceParams(const TwinCall &call) const;
    void setStatus(TwinCall &call, const QString &status, QJsonObject fields = {});

    const TwinContext &m_context;
    TwinCallStore *m_store;
    TwinTwimlFetcher *m_fetcher;
    QHash<QString, QList<quint64>> m_timers; // per call: clock events still due
    QHash<QString, QPointer<TwinTwimlSession>> m_sessions;
    qint64 m_nextDialMs = 0;
};

} // namespace Vortex::Core::Twin
