// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace Vortex::Ui {

enum class ChartKind {
    Bars,        ///< one bar per category and series
    StackedBars, ///< series stacked per category
    Lines,       ///< x = milliseconds since the epoch (UTC)
};

/// One series of a chart. Bars use values (one per category), lines use points.
struct ChartSeries
{
    QString name;
    QList<double> values;
    QList<QPointF> points;
    QColor colour;        ///< invalid: the chart theme's colour
    bool csvOnly = false; ///< exported and shown on hover, not drawn
};

/// What one dashboard chart shows, independent of the chart library (SeriesAdapter turns it
/// into Qt Charts series). Also the chart's CSV export.
struct ChartData
{
    QString id; ///< stable, for file names and tests: "delivery-region", …
    QString title;
    ChartKind kind = ChartKind::Bars;
    QString categoryLabel; ///< CSV header of the category column ("region"); lines: "time"
    QString unit;          ///< suffix of values on hover and on the axis ("%", "s", "USD")
    int decimals = 1;
    double maxValue = 0; ///< fixed axis maximum (0: from the data)
    QStringList categories;
    QList<ChartSeries> series;
    QString note; ///< shown under the chart (thresholds, totals)

    bool hasData() const;
    /// Header line and one line per category (bars) or per distinct x (lines, ISO 8601 UTC).
    QString toCsv() const;
    /// "12.5 %": a value with this chart's decimals and unit.
    QString formatValue(double value) const;
};

} // namespace Vortex::Ui
