// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "incidentsqueryrunner.h"

namespace Vortex::Ui {

using Core::EscalationPlan;
using Core::IncidentsQuery;
using Core::IncidentSummary;

IncidentsQueryRunner::IncidentsQueryRunner(const QString &pagingDatabasePath, QObject *parent)
    : QObject(parent)
    , m_query(new IncidentsQuery(pagingDatabasePath))
{
    m_thread.setObjectName(QStringLiteral("incidents-query"));
    m_query->moveToThread(&m_thread);
    // The query closes its store on its own thread when the thread ends.
    connect(&m_thread, &QThread::finished, m_query, &QObject::deleteLater);
    connect(
        m_query, &IncidentsQuery::incidentsReady, this,
        [this](const QList<IncidentSummary> &summaries) {
            m_incidentsInFlight = false;
            Q_EMIT incidentsReady(summaries);
            schedule();
        },
        Qt::QueuedConnection);
    connect(
        m_query, &IncidentsQuery::planReady, this,
        [this](qint64 incidentId, const EscalationPlan &plan) {
            m_planInFlight = false;
            Q_EMIT planReady(incidentId, plan);
            schedule();
        },
        Qt::QueuedConnection);
    connect(
        m_query, &IncidentsQuery::queryFailed, this,
        [this](const QString &message) {
            // Failures end whichever query was running; both flags are cleared (a request
            // answered twice is harmless, a request never answered would stall the panel).
            m_incidentsInFlight = false;
            m_planInFlight = false;
            Q_EMIT queryFailed(message);
            schedule();
        },
        Qt::QueuedConnection);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IncidentsQueryRunner::dispatch);
    m_thread.start();
}

IncidentsQueryRunner::~IncidentsQueryRunner()
{
    m_thread.quit();
    m_thread.wait();
}

void IncidentsQueryRunner::requestIncidents()
{
    m_incidentsWanted = true;
    schedule();
}

void IncidentsQueryRunner::requestPlan(qint64 incidentId)
{
    if (incidentId <= 0)
        return;
    m_planWanted = incidentId;
    schedule();
}

void IncidentsQueryRunner::schedule()
{
    if (m_timer.isActive())
        return;
    if (!(m_incidentsWanted && !m_incidentsInFlight) && !(m_planWanted && !m_planInFlight))
        return;
    const qint64 elapsed = m_sinceDispatch.isValid() ? m_sinceDispatch.elapsed() : m_interval;
    m_timer.start(int(std::max<qint64>(0, m_interval - elapsed)));
}

void IncidentsQueryRunner::dispatch()
{
    IncidentsQuery *query = m_query;
    bool sent = false;
    if (m_incidentsWanted && !m_incidentsInFlight) {
        m_incidentsWanted = false;
        m_incidentsInFlight = true;
        QMetaObject::invokeMethod(query, &IncidentsQuery::refreshIncidents, Qt::QueuedConnection);
        sent = true;
    }
    if (m_planWanted && !m_planInFlight) {
        const qint64 id = m_planWanted;
        m_planWanted = 0;
        m_planInFlight = true;
        QMetaObject::invokeMethod(
            query, [query, id] { query->loadPlan(id); }, Qt::QueuedConnection);
        sent = true;
    }
    if (sent)
        m_sinceDispatch.start();
}

} // namespace Vortex::Ui
