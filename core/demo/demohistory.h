// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "core/paging/pagingtypes.h"
#include "core/twin/twinconfig.h"
#include "core/twin/twinscenario.h"
#include "core/twin/twinscenariorunner.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <random>

namespace Vortex::Core::Twin {
class TwinServer;
}

namespace Vortex::Core::Demo {

/// One incident of the demo's past as it was played on the twin: the incident in its final
/// state, its timeline and its pages and calls (with the twin's SIDs). Ids are not assigned.
struct HistoryIncident
{
    Paging::Incident incident;
    QList<Paging::TimelineEntry> timeline; ///< oldest first
    QList<Paging::Delivery> deliveries;
};

/// What a week of history did on the twin.
struct HistoryResult
{
    Twin::TwinScenarioSummary summary; ///< the scenario engine's counts and digest
    QList<HistoryIncident> incidents;  ///< the on-call team's incidents (paging-demo.json)
    QDateTime start;
    QDateTime end;
    QDateTime filteringFrom; ///< the carrier-filtering episode (30007)
    QDateTime filteringUntil;
    QString filteringCarrier;
};

/// Plays the demo's past on a twin before it goes live: the clock is set to `end - duration`
/// (EventClock::startAt), a carrier-filtering episode (chaos incident, 30007) and the on-call
/// team's incidents are scheduled on the twin clock, and the scenario engine
/// (TwinScenarioRunner) fires everything up to \a end on the manual clock. The on-call team's
/// pages, calls and SMS replies go through the twin's own request handling like the scenario's
/// traffic, so every SID in the history exists at the twin. Use on the twin's thread, before
/// the twin serves anything; afterwards the caller makes the twin live (random SIDs, real time).
class DemoHistory : public QObject
{
    Q_OBJECT

public:
    /// \a twin must be built from configFor().
    explicit DemoHistory(Twin::TwinServer *twin, QObject *parent = nullptr);

    /// \a base prepared for \a scenario (seed, prices, deterministic SIDs, no faults).
    static Twin::TwinConfig configFor(const Twin::TwinScenario &scenario, Twin::TwinConfig base);

    /// Plays \a scenario so that it ends at \a end. Fails when the twin's clock already has
    /// something scheduled or the scenario cannot run.
    Result<HistoryResult, QString> play(const Twin::TwinScenario &scenario, const QDateTime &end);

private:
    struct Planned;
    void scheduleIncident(int index);
    void pageBySms(int index, const QString &recipientId, qint64 atMs);
    void call(int index, const QString &recipientId, qint64 atMs);
    void replyAck(int index, const QString &recipientId);
    void acknowledge(int index, const QString &actor, const QString &sid, const QString &channel);
    void resolve(int index, const QString &actor);
    void add(int index, const QString &kind, const QString &recipientId, const QString &channel,
             const QString &sid, const QString &detail);
    void scheduleWhatsAppSessions(const Twin::TwinScenario &scenario, qint64 startMs,
                                  std::mt19937_64 &rng);
    void settle();
    QString post(const QString &path, const QList<std::pair<QString, QString>> &fields,
                 int *errorCode = nullptr);

    Twin::TwinServer *m_twin;
    QList<HistoryIncident> m_incidents;
    QList<Planned> *m_plan = nullptr;
};

} // namespace Vortex::Core::Demo
