// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "eventclock.h"

#include <QTimer>

#include <cmath>
#include <limits>

namespace Vortex::Core {

EventClock::EventClock(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, [this] {
        fireDue(nowMs());
        armTimer();
    });
    m_anchorWallMs = QDateTime::currentMSecsSinceEpoch();
    m_anchorTwinMs = m_anchorWallMs;
    m_manualNowMs = m_anchorTwinMs;
}

EventClock::~EventClock() = default;

qint64 EventClock::nowMs() const
{
    if (m_mode == Mode::Manual)
        return m_manualNowMs;
    const qint64 wallElapsed = QDateTime::currentMSecsSinceEpoch() - m_anchorWallMs;
    return m_anchorTwinMs + static_cast<qint64>(std::llround(double(wallElapsed) * m_speed));
}

QDateTime EventClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

void EventClock::reanchor()
{
    const qint64 twinNow = nowMs();
    m_anchorWallMs = QDateTime::currentMSecsSinceEpoch();
    m_anchorTwinMs = twinNow;
    m_manualNowMs = twinNow;
}

void EventClock::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    reanchor();
    m_mode = mode;
    armTimer();
}

void EventClock::setSpeed(double factor)
{
    if (!(factor > 0) || factor == m_speed)
        return;
    reanchor();
    m_speed = factor;
    armTimer();
    Q_EMIT speedChanged(factor);
}

void EventClock::resetTo(const QDateTime &time)
{
    const qint64 target = time.toMSecsSinceEpoch();
    if (target <= nowMs())
        return;
    // Everything already scheduled keeps its delay relative to the new "now".
    const qint64 shift = target - nowMs();
    std::map<Key, Entry> shifted;
    m_keys.clear();
    for (auto &[key, entry] : m_queue) {
        const Key moved{key.first + shift, key.second};
        m_keys[entry.id] = moved;
        shifted.emplace(moved, std::move(entry));
    }
    m_queue.swap(shifted);
    reanchor();
    m_anchorTwinMs = target;
    m_manualNowMs = target;
    armTimer();
}

bool EventClock::startAt(const QDateTime &time)
{
    if (!time.isValid() || !m_queue.empty() || m_firing)
        return false;
    m_anchorWallMs = QDateTime::currentMSecsSinceEpoch();
    m_anchorTwinMs = time.toMSecsSinceEpoch();
    m_manualNowMs = m_anchorTwinMs;
    armTimer();
    return true;
}

quint64 EventClock::schedule(qint64 delayMs, QObject *context, std::function<void()> fn)
{
    const quint64 id = ++m_sequence;
    const Key key{nowMs() + std::max<qint64>(0, delayMs), id};
    m_queue.emplace(key, Entry{id, context, std::move(fn)});
    m_keys.emplace(id, key);
    armTimer();
    return id;
}

void EventClock::cancel(quint64 id)
{
    const auto it = m_keys.find(id);
    if (it == m_keys.end())
        return;
    m_queue.erase(it->second);
    m_keys.erase(it);
    armTimer();
}

qint64 EventClock::nextDueMs() const
{
    return m_queue.empty() ? -1 : m_queue.begin()->first.first;
}

void EventClock::fireDue(qint64 untilMs)
{
    if (m_firing)
        return; // an event that advances the clock is handled by the outer loop
    m_firing = true;
    while (!m_queue.empty() && m_queue.begin()->first.first <= untilMs) {
        auto node = m_queue.extract(m_queue.begin());
        m_keys.erase(node.mapped().id);
        if (m_mode == Mode::Manual)
            m_manualNowMs = std::max(m_manualNowMs, node.key().first);
        if (node.mapped().context)
            node.mapped().fn();
    }
    m_firing = false;
}

void EventClock::advance(qint64 ms)
{
    if (ms < 0)
        return;
    const qint64 target = nowMs() + ms;
    if (m_mode == Mode::Manual) {
        fireDue(target);
        m_manualNowMs = std::max(m_manualNowMs, target);
    } else {
        m_anchorTwinMs += ms;
        fireDue(target);
    }
    armTimer();
}

void EventClock::runUntil(qint64 untilMs)
{
    if (m_mode != Mode::Manual) {
        advance(std::max<qint64>(0, untilMs - nowMs()));
        return;
    }
    fireDue(untilMs);
    m_manualNowMs = std::max(m_manualNowMs, untilMs);
}

void EventClock::armTimer()
{
    if (m_mode == Mode::Manual || m_queue.empty()) {
        m_timer->stop();
        return;
    }
    const qint64 twinDelay = std::max<qint64>(0, m_queue.begin()->first.first - nowMs());
    const double wall = std::ceil(double(twinDelay) / m_speed);
    const int wallMs = wall > double(std::numeric_limits<int>::max())
                           ? std::numeric_limits<int>::max()
                           : static_cast<int>(wall);
    m_timer->start(wallMs);
}

} // namespace Vortex::Core
