// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "chartdata.h"

#include <QFrame>

class QChartView;
class QLabel;
class QToolButton;

namespace Vortex::Ui {

/// One dashboard chart: title, the chart (hover shows values), a note, and PNG / CSV export.
class ChartCard : public QFrame
{
    Q_OBJECT

public:
    explicit ChartCard(QWidget *parent = nullptr);

    void setData(const ChartData &data);
    const ChartData &data() const { return m_data; }
    QChartView *chartView() const { return m_view; }
    /// The text the last hover showed (empty when none).
    QString hoverText() const { return m_hoverText; }

    /// Renders the chart into a PNG file. False when it cannot be written.
    bool exportPng(const QString &path) const;
    /// Writes the chart's data as CSV (UTF-8). False when it cannot be written.
    bool exportCsv(const QString &path) const;

private:
    void chooseAndExportPng();
    void chooseAndExportCsv();
    void connectHover();
    void showHover(const QString &text);

    ChartData m_data;
    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_empty = nullptr;
    QChartView *m_view = nullptr;
    QToolButton *m_png = nullptr;
    QToolButton *m_csv = nullptr;
    QString m_hoverText;
};

} // namespace Vortex::Ui
