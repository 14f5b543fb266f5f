// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "sev1watcher.h"

#include <core/console/consoleengine.h>

namespace Vortex::Ui {

using Vortex::Core::Paging::Incident;

Sev1Watcher::Sev1Watcher(Vortex::Core::ConsoleEngine *engine, QObject *parent)
    : QObject(parent)
{
    if (!engine)
        return;
    connect(engine, &Vortex::Core::ConsoleEngine::incidentsLoaded, this,
            &Sev1Watcher::onIncidentsLoaded, Qt::QueuedConnection);
    connect(engine, &Vortex::Core::ConsoleEngine::incidentChanged, this,
            &Sev1Watcher::onIncidentChanged, Qt::QueuedConnection);
}

void Sev1Watcher::onIncidentsLoaded(const QList<Incident> &incidents)
{
    // Whatever was already sev1 when the console started is not news.
    for (const Incident &incident : incidents) {
        if (incident.severity == Vortex::Core::Paging::Severity::Sev1)
            m_alerted.insert(incident.id);
    }
}

void Sev1Watcher::onIncidentChanged(const Incident &incident)
{
    // Once per incident: when it is first seen as a triggered sev1 (raised as one, or raised
    // lower and updated to sev1). Acks, snoozes and re-triggers of it stay quiet.
    if (incident.severity != Vortex::Core::Paging::Severity::Sev1
        || incident.state != Vortex::Core::Paging::IncidentState::Triggered
        || m_alerted.contains(incident.id))
        return;
    m_alerted.insert(incident.id);
    Q_EMIT newSev1(incident);
}

} // namespace Vortex::Ui

#include "moc_sev1watcher.cpp"
