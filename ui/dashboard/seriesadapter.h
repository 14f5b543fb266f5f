// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "chartdata.h"

#include "core/kpi/kpitypes.h"

#include <QCoreApplication>
#include <QList>

class QChart;

namespace Vortex::Ui {

/// The only place that knows both the KPI value structs and the chart library: it turns a
/// KpiSnapshot into library-neutral ChartData, and ChartData into Qt Charts series and axes.
/// Swapping the chart library means rewriting render() alone.
class SeriesAdapter
{
    Q_DECLARE_TR_FUNCTIONS(Vortex::Ui::SeriesAdapter)

public:
    /// Chart ids, in the dashboard's order.
    static QStringList chartIds();
    /// Every dashboard chart for \a snapshot, in chartIds() order.
    static QList<ChartData> charts(const Core::Kpi::KpiSnapshot &snapshot);

    /// Replaces \a chart's series and axes with \a data's (QBarSeries, QStackedBarSeries or
    /// QLineSeries over a QDateTimeAxis).
    static void render(const ChartData &data, QChart *chart);
    /// The hover text of item \a index (category or point) of series \a series.
    static QString describe(const ChartData &data, int series, int index);

    static QString healthLabel(Core::Kpi::Health health);
    static QColor healthColour(Core::Kpi::Health health);
};

} // namespace Vortex::Ui
