// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <core/console/incidentsquery.h>

#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace Vortex::Ui {

/// Runs an IncidentsQuery on its own worker thread for the incident panels and coalesces their
/// requests: however often they ask, at most one query of each kind is in flight and a new one
/// starts at most every minimumInterval() ms. Answers arrive as queued signals on the UI thread.
class IncidentsQueryRunner : public QObject
{
    Q_OBJECT

public:
    /// \a pagingDatabasePath: the paging engine's store ("" = no paging: every request fails).
    explicit IncidentsQueryRunner(const QString &pagingDatabasePath, QObject *parent = nullptr);
    /// Stops the worker (waits for a query still running).
    ~IncidentsQueryRunner() override;

    int minimumInterval() const { return m_interval; }
    void setMinimumInterval(int ms) { m_interval = ms; }

public Q_SLOTS:
    /// Asks for fresh summaries (incidentsReady()).
    void requestIncidents();
    /// Asks for \a incidentId's plan (planReady()); a newer request for another incident
    /// replaces one not started yet.
    void requestPlan(qint64 incidentId);

Q_SIGNALS:
    void incidentsReady(const QList<Vortex::Core::IncidentSummary> &summaries);
    void planReady(qint64 incidentId, const Vortex::Core::EscalationPlan &plan);
    void queryFailed(const QString &message);

private:
    void schedule();
    void dispatch();

    QThread m_thread;
    Core::IncidentsQuery *m_query = nullptr; ///< lives on m_thread
    QTimer m_timer;
    QElapsedTimer m_sinceDispatch;
    int m_interval = 250;
    bool m_incidentsWanted = false;
    bool m_incidentsInFlight = false;
    qint64 m_planWanted = 0;
    bool m_planInFlight = false;
};

} // namespace Vortex::Ui
