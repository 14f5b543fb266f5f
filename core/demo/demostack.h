// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "demoendpoints.h"
#include "demoseeder.h"
#include "demotraffic.h"

#include <QObject>
#include <QStringList>
#include <QThread>

namespace Vortex::Core::Twin {
class TwinServer;
}

namespace Vortex::Core::Demo {

struct HistoryResult;

/// What the demo does besides serving: a week of history on the first start of its data folder
/// and live traffic afterwards. Both off by default (a bare twin + relay, as `vortexctl` and
/// most tests want); the console's demo mode uses full().
struct DemoOptions
{
    /// On the first start of the data folder (no demo-history.json yet), play the scenario on
    /// the twin so that it ends now, and write what happened into console.sqlite and
    /// paging.sqlite before started() is emitted. Never again on later starts.
    bool history = false;
    /// The scenario for the history and the customers of the live traffic.
    QString scenarioPath = QStringLiteral(":/demo/demo-week.json");
    /// After started(): customer notifications and incidents (DemoTraffic).
    bool liveTraffic = false;
    DemoTrafficOptions traffic;

    /// History and live traffic: the console's demo mode.
    static DemoOptions full();
};

/// How long the parts of a demo start took and what the history seeded (DemoSeedReport).
struct DemoStartReport
{
    DemoSeedReport seed;
    qint64 startedMs = 0;  ///< start() to started(), wall clock
    QStringList customers; ///< the numbers the live traffic notifies
};

/// Starts a Twilio twin and a relay, each on its own thread, on free loopback ports. The twin
/// signs callbacks with the same (random) auth token the relay validates against, and its number's
/// inbound SMS URL points at the relay. Used by the console in demo mode and by `vortexctl demo`.
/// With DemoOptions it also seeds a week of history (DemoHistory, DemoSeeder) and keeps live
/// traffic going (DemoTraffic), both on a worker thread of their own.
class DemoStack : public QObject
{
    Q_OBJECT

public:
    explicit DemoStack(QString dataDir, QObject *parent = nullptr);
    DemoStack(QString dataDir, DemoOptions options, QObject *parent = nullptr);
    ~DemoStack() override;

    /// Asynchronous: emits started() or failed().
    void start();
    const DemoEndpoints &endpoints() const { return m_endpoints; }
    bool isRunning() const { return m_running; }
    /// Valid once started() was emitted.
    const DemoStartReport &report() const { return m_report; }

Q_SIGNALS:
    void started(const Vortex::Core::Demo::DemoEndpoints &endpoints);
    void failed(const QString &reason);

private:
    void startRelay();
    void startTwin();
    void seed(const HistoryResult &history, qint64 playMs);
    void finishStart();
    void stopThreads();

    QString m_dataDir;
    DemoOptions m_options;
    DemoStartReport m_report;
    qint64 m_startedAtMs = 0;
    QThread m_workerThread;
    QObject *m_workerHost = nullptr;    ///< lives on m_workerThread; owns the seeder and traffic
    Twin::TwinServer *m_twin = nullptr; ///< lives on m_twinThread (a child of m_twinHost)
    QUrl m_relayInbound;
    DemoEndpoints m_endpoints;
    QThread m_relayThread;
    QThread m_twinThread;
    QObject *m_relayHost = nullptr; ///< lives on m_relayThread; owns the relay
    QObject *m_twinHost = nullptr;  ///< lives on m_twinThread; owns the twin
    bool m_running = false;
};

} // namespace Vortex::Core::Demo
