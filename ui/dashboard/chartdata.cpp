// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "chartdata.h"

#include <QDateTime>
#include <QLocale>

#include <map>

namespace Vortex::Ui {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvNumber(double value)
{
    return QString::number(value, 'g', 12); // C locale: a dot, whatever the UI language
}

} // namespace

bool ChartData::hasData() const
{
    for (const ChartSeries &s : series) {
        if (s.csvOnly)
            continue;
        if (!s.points.isEmpty())
            return true;
        for (double v : s.values) {
            if (v != 0)
                return true;
        }
    }
    return false;
}

QString ChartData::formatValue(double value) const
{
    const QString number = QLocale().toString(value, 'f', decimals);
    if (unit.isEmpty())
        return number;
    if (unit == QLatin1String("%"))
        return number + QStringLiteral(" %");
    return number + QLatin1Char(' ') + unit;
}

QString ChartData::toCsv() const
{
    QStringList header{csvField(categoryLabel)};
    for (const ChartSeries &s : series)
        header.append(csvField(s.name));
    QStringList lines{header.join(QLatin1Char(','))};
    if (kind == ChartKind::Lines) {
        std::map<double, QStringList> rows;
        for (qsizetype i = 0; i < series.size(); ++i) {
            for (const QPointF &p : series.at(i).points) {
                QStringList &row = rows[p.x()];
                if (row.isEmpty())
                    row = QStringList(series.size(), QString());
                row[i] = csvNumber(p.y());
            }
        }
        for (const auto &[x, row] : rows) {
            const QString time
                = QDateTime::fromMSecsSinceEpoch(qint64(x), Qt::UTC).toString(Qt::ISODate);
            lines.append(time + QLatin1Char(',') + row.join(QLatin1Char(',')));
        }
    } else {
        for (qsizetype c = 0; c < categories.size(); ++c) {
            QStringList row{csvField(categories.at(c))};
            for (const ChartSeries &s : series)
                row.append(c < s.values.size() ? csvNumber(s.values.at(c)) : QString());
            lines.append(row.join(QLatin1Char(',')));
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Vortex::Ui
