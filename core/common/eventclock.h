// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <map>

class QTimer;

namespace Vortex::Core {

/// A schedulable clock shared by the twin and the paging engine. Whatever runs on it reads and
/// schedules on this clock, never on the wall clock, so that
/// - in RealTime mode a ten-minute escalation can play out at N× speed, and
/// - in Manual mode (tests, the scenario engine) time moves only through advance()/runUntil(),
///   events fire in a fixed order (due time, then scheduling order) and runs are reproducible.
class EventClock : public QObject
{
    Q_OBJECT

public:
    enum class Mode { RealTime, Manual };

    explicit EventClock(QObject *parent = nullptr);
    ~EventClock() override;

    QDateTime now() const;
    qint64 nowMs() const; ///< milliseconds since the epoch, twin time

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    double speed() const { return m_speed; }
    /// RealTime mode: twin time runs \a factor times faster than the wall clock.
    void setSpeed(double factor);
    /// Jumps to \a time (only forward; earlier times are ignored) without firing anything due in
    /// between — for setting up a scenario's start. Use advance() to move through time.
    void resetTo(const QDateTime &time);
    /// Sets the clock to \a time, earlier or later, for a clock that will replay the past (the
    /// demo's week of history). Allowed only while nothing is scheduled, so no event can see
    /// time run backwards; returns false (and changes nothing) otherwise or for an invalid time.
    bool startAt(const QDateTime &time);

    /// Moves twin time forward by \a ms, firing everything that falls due, in order.
    void advance(qint64 ms);
    /// Manual mode: fires events in order until \a untilMs or until nothing is left.
    void runUntil(qint64 untilMs);

    /// Runs \a fn once \a delayMs of twin time have passed (0: on the next turn of the event loop
    /// in RealTime mode, or at the current time's turn in Manual mode). Dropped if \a context is
    /// destroyed first. Returns an id for cancel().
    quint64 schedule(qint64 delayMs, QObject *context, std::function<void()> fn);
    void cancel(quint64 id);
    int pendingCount() const { return static_cast<int>(m_queue.size()); }
    /// Twin time of the next scheduled event, or -1.
    qint64 nextDueMs() const;

Q_SIGNALS:
    void speedChanged(double factor);

private:
    struct Entry
    {
        quint64 id;
        QPointer<QObject> context;
        std::function<void()> fn;
    };
    using Key = std::pair<qint64, quint64>; // due time, sequence

    void reanchor();
    void fireDue(qint64 untilMs);
    void armTimer();

    Mode m_mode = Mode::RealTime;
    double m_speed = 1.0;
    qint64 m_anchorTwinMs = 0; ///< twin time at the anchor
    qint64 m_anchorWallMs = 0; ///< wall time at the anchor (RealTime mode)
    qint64 m_manualNowMs = 0;  ///< twin time in Manual mode
    quint64 m_sequence = 0;
    std::map<Key, Entry> m_queue;
    std::map<quint64, Key> m_keys; ///< id → queue key, for cancel()
    QTimer *m_timer = nullptr;
    bool m_firing = false;
};

} // namespace Vortex::Core
