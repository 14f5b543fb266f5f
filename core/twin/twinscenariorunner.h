// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "twinconfig.h"
#include "twinscenario.h"
#include "twinscenarioplan.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>

namespace Vortex::Core::Twin {

class TwinServer;
struct TwinResponse;

/// What a scenario run did: request outcomes by kind, events by kind, the event log's digest.
struct TwinScenarioSummary
{
    QMap<QString, qint64> counts; ///< "messages.created", "calls.rejected.20404", …
    QMap<QString, qint64> events; ///< event log entries by kind
    qint64 eventCount = 0;
    QByteArray digest;     ///< TwinEventLog::digest() after the run
    double chargedUsd = 0; ///< the ledger's total over the span
    qint64 count(const QString &key) const { return counts.value(key); }
    QJsonObject toJson() const;
};

/// Plays a TwinScenario against a TwinServer in-process: the clock in Manual mode, every planned
/// item scheduled on it and fired event by event (runUntil), traffic sent through the twin's
/// own request handling (TwinServer::handle: auth, faults, modules, Messages API) without a
/// socket. No StatusCallback and no inbound URL is set, so no webhook leaves the process.
/// Products whose module is missing answer 404/20404 and are counted as "<kind>.unavailable".
class TwinScenarioRunner : public QObject
{
    Q_OBJECT

public:
    /// \a twin must be built from configFor() (seeded, deterministic SIDs).
    explicit TwinScenarioRunner(TwinServer *twin, QObject *parent = nullptr);

    /// \a base with the scenario's seed, prices, deterministic SIDs and no faults.
    static TwinConfig configFor(const TwinScenario &scenario, TwinConfig base);

    /// Runs the whole span; returns the summary or why the scenario could not start.
    Result<TwinScenarioSummary, QString> run(const TwinScenario &scenario);

private:
    TwinResponse request(const QByteArray &method, const QString &path, const QByteArray &form);
    void count(const QString &kind, const TwinResponse &response, int successStatus);
    void execute(const PlannedItem &item);
    void sendNotification(const PlannedItem &item);
    void page(const PlannedItem &item);
    void call(int person);
    void startVerification(const PlannedItem &item);
    void check(int person, bool mistyped);
    QString senderFor(const QString &number) const;

    TwinServer *m_twin;
    QByteArray m_authorization;
    TwinScenario m_scenario;
    TwinScenarioPlan m_plan;
    QString m_verifyService;
    QStringList m_senders; ///< per person: the owned number that texts them
    TwinScenarioSummary m_summary;
};

} // namespace Vortex::Core::Twin
