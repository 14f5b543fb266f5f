// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <core/paging/pagingtypes.h>

#include <QObject>
#include <QSet>

namespace Vortex::Core {
class ConsoleEngine;
}

namespace Vortex::Ui {

/// Tells when a sev1 incident is new: once per incident, the first time it is seen triggered
/// at sev1. Sev1 incidents already there when the engine starts (incidentsLoaded) are not news,
/// nor is an incident paging again after a snooze. Listens to the engine directly, so alerts
/// do not depend on whether the incidents panel is open.
class Sev1Watcher : public QObject
{
    Q_OBJECT

public:
    explicit Sev1Watcher(Vortex::Core::ConsoleEngine *engine, QObject *parent = nullptr);

public Q_SLOTS:
    void onIncidentsLoaded(const QList<Vortex::Core::Paging::Incident> &incidents);
    void onIncidentChanged(const Vortex::Core::Paging::Incident &incident);

Q_SIGNALS:
    void newSev1(const Vortex::Core::Paging::Incident &incident);

private:
    QSet<qint64> m_alerted;
};

} // namespace Vortex::Ui
