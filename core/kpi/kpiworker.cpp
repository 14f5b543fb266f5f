// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "kpiworker.h"

#include "kpiquery.h"

#include <QElapsedTimer>

namespace Vortex::Core::Kpi {

KpiWorker::KpiWorker(KpiSources sources, QObject *parent)
    : QObject(parent)
    , m_sources(std::move(sources))
{
    qRegisterMetaType<KpiRequest>();
    qRegisterMetaType<KpiSnapshot>();
}

KpiWorker::~KpiWorker() = default;

void KpiWorker::refresh(const KpiRequest &request)
{
    if (!m_rollup) {
        // Created here, on the worker's thread: SQLite connections belong to their thread.
        auto rollup = std::make_unique<KpiRollup>(m_sources);
        if (auto opened = rollup->open(); !opened) {
            Q_EMIT refreshFailed(opened.error());
            return;
        }
        m_rollup = std::move(rollup);
    }
    QElapsedTimer timer;
    timer.start();
    auto updated = m_rollup->update();
    if (!updated) {
        Q_EMIT refreshFailed(updated.error());
        return;
    }
    const qint64 updateMs = timer.elapsed();
    auto snapshot = KpiQuery(m_rollup->connection()).snapshot(request);
    if (!snapshot) {
        Q_EMIT refreshFailed(snapshot.error());
        return;
    }
    KpiSnapshot result = std::move(snapshot).value();
    result.updateMs = updateMs;
    Q_EMIT refreshed(result);
}

} // namespace Vortex::Core::Kpi
