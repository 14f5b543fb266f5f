// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "kpirollup.h"
#include "kpitypes.h"

#include <QObject>

#include <memory>

namespace Vortex::Core::Kpi {

/// Runs KPI refreshes on the thread it lives on (move it to a worker QThread): each refresh
/// brings the rollups up to date, then queries them. Results come back as signals.
class KpiWorker : public QObject
{
    Q_OBJECT

public:
    explicit KpiWorker(KpiSources sources, QObject *parent = nullptr);
    ~KpiWorker() override;

public Q_SLOTS:
    /// Updates the rollups and computes every KPI for \a request; emits refreshed or failed.
    void refresh(const Vortex::Core::Kpi::KpiRequest &request);

Q_SIGNALS:
    void refreshed(const Vortex::Core::Kpi::KpiSnapshot &snapshot);
    void refreshFailed(const QString &error);

private:
    KpiSources m_sources;
    std::unique_ptr<KpiRollup> m_rollup;
};

} // namespace Vortex::Core::Kpi
