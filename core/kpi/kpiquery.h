// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "kpitypes.h"

#include "core/common/result.h"

#include <QSqlDatabase>

namespace Vortex::Core::Kpi {

/// Computes every dashboard KPI from the rollups in kpi.sqlite (never from the raw stores).
class KpiQuery
{
public:
    /// \a kpiDatabase: an open connection to kpi.sqlite on the calling thread.
    explicit KpiQuery(QSqlDatabase kpiDatabase);

    Result<KpiSnapshot, QString> snapshot(const KpiRequest &request) const;

private:
    Result<Done, QString> totals(KpiSnapshot &s, qint64 firstHour, qint64 lastHour) const;
    Result<Done, QString> trends(KpiSnapshot &s, qint64 firstHour, qint64 lastHour) const;
    Result<Done, QString> latency(KpiSnapshot &s, qint64 firstHour, qint64 lastHour) const;
    Result<Done, QString> budget(KpiSnapshot &s, const KpiRequest &request) const;
    Result<Done, QString> acknowledgements(KpiSnapshot &s, qint64 firstHour, qint64 lastHour) const;
    Result<Done, QString> blocked(KpiSnapshot &s, qint64 firstHour, qint64 lastHour) const;

    QSqlDatabase m_db;
};

} // namespace Vortex::Core::Kpi
