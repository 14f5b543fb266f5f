// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "seriesadapter.h"

#include "ui/models/messagestatusstyle.h"

#include <QDateTime>
#include <QLocale>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace Vortex::Ui {

using namespace Core::Kpi;

namespace {

double ms(const QDateTime &dt)
{
    return double(dt.toMSecsSinceEpoch());
}

/// A line of the trend's points that have data, placed mid-bucket.
ChartSeries trendLine(const QString &name, const QList<TrendPoint> &points, int bucketHours,
                      double scale = 1.0)
{
    ChartSeries s;
    s.name = name;
    const double half = double(bucketHours) * 1800000.0;
    for (const TrendPoint &p : points) {
        if (p.count > 0)
            s.points.append(QPointF(ms(p.start) + half, p.value * scale));
    }
    return s;
}

ChartData rateChart(const QString &id, const QString &title, const QString &categoryLabel,
                    const QList<DeliveryRate> &rates)
{
    ChartData d;
    d.id = id;
    d.title = title;
    d.categoryLabel = categoryLabel;
    d.unit = QStringLiteral("%");
    d.maxValue = 100;
    ChartSeries rate{SeriesAdapter::tr("Delivery rate (%)"), {}, {}, {}, false};
    ChartSeries delivered{SeriesAdapter::tr("Delivered"), {}, {}, {}, true};
    ChartSeries settled{SeriesAdapter::tr("Settled"), {}, {}, {}, true};
    for (const DeliveryRate &r : rates) {
        d.categories.append(r.key);
        rate.values.append(r.rate() * 100.0);
        delivered.values.append(double(r.delivered));
        settled.values.append(double(r.settled));
    }
    d.series = {rate, delivered, settled};
    return d;
}

QString channelLabel(const QString &channel)
{
    if (channel == QLatin1String("sms"))
        return SeriesAdapter::tr("SMS");
    if (channel == QLatin1String("whatsapp"))
        return SeriesAdapter::tr("WhatsApp");
    if (channel == QLatin1String("voice"))
        return SeriesAdapter::tr("Voice");
    return channel;
}

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', fraction < 0.01 ? 2 : 1)
           + QStringLiteral(" %");
}

} // namespace

QString SeriesAdapter::healthLabel(Health health)
{
    switch (health) {
    case Health::Green:
        return tr("Healthy");
    case Health::Amber:
        return tr("Watch");
    case Health::Red:
        return tr("At risk");
    case Health::Insufficient:
        break;
    }
    return tr("Too few messages");
}

QColor SeriesAdapter::healthColour(Health health)
{
    using Tone = MessageStatusStyle::Tone;
    switch (health) {
    case Health::Green:
        return MessageStatusStyle::colour(Tone::Good);
    case Health::Amber:
        return MessageStatusStyle::colour(Tone::Warning);
    case Health::Red:
        return MessageStatusStyle::colour(Tone::Bad);
    case Health::Insufficient:
        break;
    }
    return MessageStatusStyle::colour(Tone::Neutral);
}

QStringList SeriesAdapter::chartIds()
{
    return {QStringLiteral("delivery-region"), QStringLiteral("delivery-channel"),
            QStringLiteral("delivery-time"),   QStringLiteral("ack-rate"),
            QStringLiteral("ack-time"),        QStringLiteral("cost"),
            QStringLiteral("budget"),          QStringLiteral("filtering"),
            QStringLiteral("blocked"),         QStringLiteral("reputation")};
}

QList<ChartData> SeriesAdapter::charts(const KpiSnapshot &s)
{
    QList<ChartData> out;
    out.append(rateChart(QStringLiteral("delivery-region"), tr("Delivery rate by region"),
                         QStringLiteral("region"), s.byRegion));
    QList<DeliveryRate> channels = s.byChannel;
    for (DeliveryRate &r : channels)
        r.key = channelLabel(r.key);
    out.append(rateChart(QStringLiteral("delivery-channel"), tr("Delivery rate by channel"),
                         QStringLiteral("channel"), channels));
    out.last().note = tr("All channels: %1 of %2 settled messages delivered (%3).")
                          .arg(s.overall.delivered)
                          .arg(s.overall.settled)
                          .arg(percent(s.overall.rate()));

    ChartData latency;
    latency.id = QStringLiteral("delivery-time");
    latency.title = tr("Median time to delivered");
    latency.kind = ChartKind::Lines;
    latency.categoryLabel = QStringLiteral("time");
    latency.unit = tr("s");
    latency.series = {
        trendLine(tr("Median (s)"), s.medianDeliverySeconds, s.bucketHours),
    };
    ChartSeries delivered = trendLine(tr("Delivered"), s.medianDeliverySeconds, s.bucketHours);
    for (qsizetype i = 0, j = 0; i < s.medianDeliverySeconds.size(); ++i) {
        if (s.medianDeliverySeconds.at(i).count > 0)
            delivered.points[j++].setY(double(s.medianDeliverySeconds.at(i).count));
    }
    delivered.csvOnly = true;
    latency.series.append(delivered);
    out.append(latency);

    ChartData ackRate;
    ackRate.id = QStringLiteral("ack-rate");
    ackRate.title = tr("Acknowledgement rate per recipient");
    ackRate.categoryLabel = QStringLiteral("recipient");
    ackRate.unit = QStringLiteral("%");
    ackRate.maxValue = 100;
    ChartData ackTime;
    ackTime.id = QStringLiteral("ack-time");
    ackTime.title = tr("Median time to acknowledge per recipient");
    ackTime.categoryLabel = QStringLiteral("recipient");
    ackTime.unit = tr("min");
    ChartSeries rate{tr("Acknowledged (%)"), {}, {}, {}, false};
    ChartSeries paged{tr("Paged incidents"), {}, {}, {}, true};
    ChartSeries acked{tr("Acknowledged incidents"), {}, {}, {}, true};
    ChartSeries minutes{tr("Median (min)"), {}, {}, {}, false};
    for (const AckStats &a : s.acknowledgements) {
        ackRate.categories.append(a.recipientId);
        ackTime.categories.append(a.recipientId);
        rate.values.append(a.rate() * 100.0);
        paged.values.append(double(a.paged));
        acked.values.append(double(a.acknowledged));
        minutes.values.append(a.acknowledged > 0 ? a.medianSeconds / 60.0 : 0.0);
    }
    ackRate.series = {rate, paged, acked};
    ackTime.series = {minutes, acked};
    out.append(ackRate);
    out.append(ackTime);

    ChartData cost;
    cost.id = QStringLiteral("cost");
    cost.title = tr("Cost per message");
    cost.kind = ChartKind::Lines;
    cost.categoryLabel = QStringLiteral("time");
    cost.unit = s.budget.currency;
    cost.decimals = 4;
    cost.series = {trendLine(tr("Cost per billed message"), s.costPerMessage, s.bucketHours)};
    cost.note = tr("Billed in the window: %1 %2.")
                    .arg(QLocale().toString(s.cost, 'f', 2), s.budget.currency);
    out.append(cost);

    const BudgetStatus &b = s.budget;
    ChartData budget;
    budget.id = QStringLiteral("budget");
    budget.title = tr("Budget this month");
    budget.kind = ChartKind::Lines;
    budget.categoryLabel = QStringLiteral("time");
    budget.unit = b.currency;
    budget.decimals = 2;
    ChartSeries spent{tr("Spent"), {}, {}, {}, false};
    for (const TrendPoint &p : b.cumulative)
        spent.points.append(QPointF(std::min(ms(p.start.addDays(1)), ms(s.to)), p.value));
    ChartSeries projection{tr("Projection"), {}, {}, {}, false};
    projection.points = {QPointF(ms(s.to), b.spent), QPointF(ms(b.monthEnd), b.projected)};
    budget.series = {spent, projection};
    if (b.budget > 0) {
        ChartSeries limit{
            tr("Budget"), {}, {}, MessageStatusStyle::colour(MessageStatusStyle::Tone::Bad), false};
        limit.points = {QPointF(ms(b.monthStart), b.budget), QPointF(ms(b.monthEnd), b.budget)};
        budget.series.append(limit);
        budget.note
            = tr("Spent %1 of %2 %3 (%4); projected %5 (%6) by the end of the month.")
                  .arg(QLocale().toString(b.spent, 'f', 2), QLocale().toString(b.budget, 'f', 2),
                       b.currency, percent(b.consumed()), QLocale().toString(b.projected, 'f', 2),
                       percent(b.projectedConsumption()));
    } else {
        budget.note = tr("Spent %1 %2; projected %3 by the end of the month. No monthly budget "
                         "is configured (Settings).")
                          .arg(QLocale().toString(b.spent, 'f', 2), b.currency,
                               QLocale().toString(b.projected, 'f', 2));
    }
    out.append(budget);

    ChartData filtering;
    filtering.id = QStringLiteral("filtering");
    filtering.title = tr("Carrier filtering rate");
    filtering.kind = ChartKind::Lines;
    filtering.categoryLabel = QStringLiteral("time");
    filtering.unit = QStringLiteral("%");
    filtering.decimals = 2;
    filtering.series = {trendLine(tr("Filtered (%)"), s.filteringRate, s.bucketHours, 100.0)};
    filtering.note = tr("Filtered: undelivered with 30007, 30032 or 30034, of settled messages.");
    out.append(filtering);

    ChartData blocked;
    blocked.id = QStringLiteral("blocked");
    blocked.title = tr("Blocked-number incidents");
    blocked.categoryLabel = QStringLiteral("time");
    blocked.decimals = 0;
    ChartSeries events{tr("Blocked sends"), {}, {}, {}, false};
    const QString format
        = s.bucketHours == 1 ? QStringLiteral("HH:mm") : QStringLiteral("ddd HH:mm");
    for (const TrendPoint &p : s.blocked.perBucket) {
        blocked.categories.append(QLocale().toString(p.start.toLocalTime(), format));
        events.values.append(p.value);
    }
    blocked.series = {events};
    QStringList codes;
    for (auto it = s.blocked.byCode.cbegin(); it != s.blocked.byCode.cend(); ++it)
        codes.append(tr("%1: %2").arg(it.key()).arg(it.value()));
    blocked.note = tr("%n blocked send(s) to %1 number(s)", nullptr, int(s.blocked.events))
                       .arg(s.blocked.numbers)
                   + (codes.isEmpty() ? QString()
                                      : QStringLiteral(" (") + codes.join(QStringLiteral(", "))
                                            + QLatin1Char(')'))
                   + tr(". 21610: opted out; 30004: blocked by the recipient or carrier.");
    out.append(blocked);

    ChartData reputation;
    reputation.id = QStringLiteral("reputation");
    reputation.title = tr("Sender reputation health");
    reputation.kind = ChartKind::StackedBars;
    reputation.categoryLabel = QStringLiteral("sender");
    reputation.unit = tr("pts");
    reputation.decimals = 0;
    reputation.maxValue = 100;
    const QList<Health> levels = {Health::Green, Health::Amber, Health::Red, Health::Insufficient};
    for (Health level : levels)
        reputation.series.append({healthLabel(level), {}, {}, healthColour(level), false});
    ChartSeries filteringRate{tr("Filtering (%)"), {}, {}, {}, true};
    ChartSeries errorRate{tr("Errors (%)"), {}, {}, {}, true};
    ChartSeries optOutRate{tr("Opt-outs (%)"), {}, {}, {}, true};
    ChartSeries settled{tr("Settled"), {}, {}, {}, true};
    for (const SenderReputation &r : s.reputation) {
        reputation.categories.append(r.sender);
        for (qsizetype i = 0; i < levels.size(); ++i)
            reputation.series[i].values.append(levels.at(i) == r.health ? r.score : 0.0);
        filteringRate.values.append(r.filteringRate * 100.0);
        errorRate.values.append(r.errorRate * 100.0);
        optOutRate.values.append(r.optOutRate * 100.0);
        settled.values.append(double(r.settled));
    }
    reputation.series.append({filteringRate, errorRate, optOutRate, settled});
    const ReputationThresholds &t = s.thresholds;
    reputation.note
        = tr("Score = 100 × (1 − worst rate ÷ its red threshold). Amber / red at: filtering %1 / "
             "%2, errors %3 / %4, opt-outs %5 / %6; fewer than %7 settled messages: not judged.")
              .arg(percent(t.filteringAmber), percent(t.filteringRed), percent(t.errorAmber),
                   percent(t.errorRed), percent(t.optOutAmber), percent(t.optOutRed))
              .arg(t.minimumSettled);
    out.append(reputation);
    return out;
}

QString SeriesAdapter::describe(const ChartData &data, int series, int index)
{
    if (series < 0 || series >= data.series.size())
        return {};
    if (data.kind == ChartKind::Lines) {
        const ChartSeries &s = data.series.at(series);
        if (index < 0 || index >= s.points.size())
            return {};
        const QPointF p = s.points.at(index);
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(qint64(p.x()), Qt::UTC);
        return tr("%1 — %2: %3")
            .arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat), s.name,
                 data.formatValue(p.y()));
    }
    if (index < 0 || index >= data.categories.size())
        return {};
    QStringList parts;
    for (const ChartSeries &s : data.series) {
        if (index >= s.values.size())
            continue;
        const double v = s.values.at(index);
        if (data.kind == ChartKind::StackedBars && !s.csvOnly && v == 0)
            continue; // the sender's other health levels
        parts.append(tr("%1: %2").arg(s.name, s.csvOnly
                                                  ? QLocale().toString(v, 'f', v == int(v) ? 0 : 2)
                                                  : data.formatValue(v)));
    }
    return data.categories.at(index) + QLatin1Char('\n') + parts.join(QLatin1Char('\n'));
}

void SeriesAdapter::render(const ChartData &data, QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(data.unit);
    valueAxis->setLabelFormat(data.decimals > 2 ? QStringLiteral("%.4f") : QStringLiteral("%.0f"));
    double top = 0;
    if (data.kind == ChartKind::Lines) {
        auto *timeAxis = new QDateTimeAxis;
        timeAxis->setTickCount(5);
        chart->addAxis(timeAxis, Qt::AlignBottom);
        chart->addAxis(valueAxis, Qt::AlignLeft);
        double minX = 0;
        double maxX = 0;
        bool any = false;
        for (const ChartSeries &s : data.series) {
            if (s.csvOnly)
                continue;
            auto *line = new QLineSeries;
            line->setName(s.name);
            line->append(s.points);
            line->setPointsVisible(s.points.size() < 40);
            if (s.colour.isValid())
                line->setColor(s.colour);
            chart->addSeries(line);
            line->attachAxis(timeAxis);
            line->attachAxis(valueAxis);
            for (const QPointF &p : s.points) {
                top = std::max(top, p.y());
                minX = any ? std::min(minX, p.x()) : p.x();
                maxX = any ? std::max(maxX, p.x()) : p.x();
                any = true;
            }
        }
        // Short labels so five ticks fit a half-width card: times within a day, dates beyond.
        constexpr double DayMs = 36.0 * 3600 * 1000;
        timeAxis->setFormat(any && maxX - minX <= DayMs ? QStringLiteral("HH:mm")
                                                        : QStringLiteral("dd MMM"));
        if (any && maxX > minX) {
            timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(minX)),
                               QDateTime::fromMSecsSinceEpoch(qint64(maxX)));
        }
    } else {
        QAbstractBarSeries *bars = data.kind == ChartKind::StackedBars
                                       ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                       : static_cast<QAbstractBarSeries *>(new QBarSeries);
        QList<double> stack(data.categories.size(), 0.0);
        for (const ChartSeries &s : data.series) {
            if (s.csvOnly)
                continue;
            auto *set = new QBarSet(s.name);
            for (qsizetype i = 0; i < s.values.size(); ++i) {
                set->append(s.values.at(i));
                if (i < stack.size())
                    stack[i] = data.kind == ChartKind::StackedBars
                                   ? stack[i] + s.values.at(i)
                                   : std::max(stack[i], s.values.at(i));
            }
            if (s.colour.isValid())
                set->setColor(s.colour);
            bars->append(set);
        }
        for (double v : stack)
            top = std::max(top, v);
        auto *categoryAxis = new QBarCategoryAxis;
        categoryAxis->append(data.categories);
        chart->addSeries(bars);
        chart->addAxis(categoryAxis, Qt::AlignBottom);
        chart->addAxis(valueAxis, Qt::AlignLeft);
        bars->attachAxis(categoryAxis);
        bars->attachAxis(valueAxis);
    }
    valueAxis->setRange(0, data.maxValue > 0 ? data.maxValue : (top > 0 ? top * 1.15 : 1.0));
    if (data.decimals <= 2)
        valueAxis->applyNiceNumbers();
    const auto drawn = std::count_if(data.series.cbegin(), data.series.cend(),
                                     [](const ChartSeries &s) { return !s.csvOnly; });
    chart->legend()->setVisible(drawn > 1);
}

} // namespace Vortex::Ui
