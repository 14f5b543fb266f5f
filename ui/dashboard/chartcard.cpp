// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "chartcard.h"

#include "seriesadapter.h"

#include <QCursor>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QStandardPaths>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>

namespace Vortex::Ui {

ChartCard::ChartCard(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_png = new QToolButton(this);
    m_png->setText(tr("PNG…"));
    m_png->setToolTip(tr("Export the chart as a PNG image"));
    m_png->setAccessibleName(tr("Export chart as PNG"));
    m_csv = new QToolButton(this);
    m_csv->setText(tr("CSV…"));
    m_csv->setToolTip(tr("Export the chart's data as CSV"));
    m_csv->setAccessibleName(tr("Export chart data as CSV"));
    header->addWidget(m_title, 1);
    header->addWidget(m_png);
    header->addWidget(m_csv);
    layout->addLayout(header);

    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Follow the palette: a dark window gets the dark chart theme.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    m_view = new QChartView(chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    layout->addWidget(m_view, 1);
    // With no data the card shows this instead of empty axes (same height as the chart).
    m_empty = new QLabel(tr("No data in this window"), this);
    m_empty->setObjectName(QStringLiteral("emptyChart"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_empty->setMinimumHeight(m_view->minimumHeight());
    m_empty->hide();
    layout->addWidget(m_empty, 1);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setEnabled(false); // the palette's dimmed text colour, light or dark
    layout->addWidget(m_note);

    connect(m_png, &QToolButton::clicked, this, &ChartCard::chooseAndExportPng);
    connect(m_csv, &QToolButton::clicked, this, &ChartCard::chooseAndExportCsv);
}

void ChartCard::setData(const ChartData &data)
{
    m_data = data;
    setObjectName(QStringLiteral("chart-") + data.id);
    m_title->setText(data.title);
    m_view->setAccessibleName(data.title);
    m_note->setText(data.note);
    m_note->setVisible(!data.note.isEmpty());
    m_empty->setVisible(!data.hasData());
    m_view->setVisible(data.hasData());
    SeriesAdapter::render(m_data, m_view->chart());
    connectHover();
}

void ChartCard::connectHover()
{
    int index = 0;
    for (QAbstractSeries *series : m_view->chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            connect(bars, &QAbstractBarSeries::hovered, this,
                    [this, bars](bool on, int category, QBarSet *set) {
                        if (!on) {
                            QToolTip::hideText();
                            return;
                        }
                        // The set's position among the drawn series names the data series.
                        const qsizetype drawn = bars->barSets().indexOf(set);
                        int seriesIndex = -1;
                        for (qsizetype i = 0, seen = 0; i < m_data.series.size(); ++i) {
                            if (m_data.series.at(i).csvOnly)
                                continue;
                            if (seen++ == drawn) {
                                seriesIndex = int(i);
                                break;
                            }
                        }
                        showHover(SeriesAdapter::describe(m_data, seriesIndex, category));
                    });
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            int seriesIndex = -1;
            for (qsizetype i = 0, seen = 0; i < m_data.series.size(); ++i) {
                if (!m_data.series.at(i).csvOnly && seen++ == index) {
                    seriesIndex = int(i);
                    break;
                }
            }
            connect(line, &QLineSeries::hovered, this,
                    [this, seriesIndex](const QPointF &point, bool on) {
                        if (!on || seriesIndex < 0) {
                            QToolTip::hideText();
                            return;
                        }
                        // The nearest point of the series to the cursor.
                        const QList<QPointF> &points = m_data.series.at(seriesIndex).points;
                        int nearest = -1;
                        double best = 0;
                        for (qsizetype i = 0; i < points.size(); ++i) {
                            const double distance = std::abs(points.at(i).x() - point.x());
                            if (nearest < 0 || distance < best) {
                                nearest = int(i);
                                best = distance;
                            }
                        }
                        showHover(SeriesAdapter::describe(m_data, seriesIndex, nearest));
                    });
        }
        ++index;
    }
}

void ChartCard::showHover(const QString &text)
{
    m_hoverText = text;
    if (!text.isEmpty())
        QToolTip::showText(QCursor::pos(), text, m_view);
}

bool ChartCard::exportPng(const QString &path) const
{
    return m_view->grab().save(path, "PNG");
}

bool ChartCard::exportCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray bytes = m_data.toCsv().toUtf8();
    return file.write(bytes) == bytes.size() && file.flush();
}

void ChartCard::chooseAndExportPng()
{
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                              .filePath(m_data.id + QStringLiteral(".png"));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export chart"), start, tr("PNG images (*.png)"));
    if (!path.isEmpty() && !exportPng(path))
        QMessageBox::warning(this, tr("Export chart"), tr("Cannot write %1.").arg(path));
}

void ChartCard::chooseAndExportCsv()
{
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(m_data.id + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart data"), start,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !exportCsv(path))
        QMessageBox::warning(this, tr("Export chart data"), tr("Cannot write %1.").arg(path));
}

} // namespace Vortex::Ui
