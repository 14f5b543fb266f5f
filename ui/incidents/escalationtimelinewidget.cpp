// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "escalationtimelinewidget.h"

#include "incidentstyle.h"

#include <ui/models/messagestatusstyle.h>

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Vortex::Ui {

using Core::ActualEvent;
using Core::PlannedStep;
using Core::Paging::IncidentState;
using Core::Paging::StepKind;
using Item = EscalationTimelineWidget::Item;
using Tone = MessageStatusStyle::Tone;

namespace {

constexpr int kMargin = 8;
constexpr double kMarker = 10.0;

QColor statusColour(const QString &status)
{
    // Messages as the messages log colours them; call statuses added.
    if (status == QLatin1String("completed") || status == QLatin1String("answered"))
        return MessageStatusStyle::colour(Tone::Good);
    if (status == QLatin1String("busy") || status == QLatin1String("no-answer")
        || status == QLatin1String("canceled"))
        return MessageStatusStyle::colour(Tone::Bad);
    if (status == QLatin1String("ringing") || status == QLatin1String("in-progress")
        || status == QLatin1String("initiated"))
        return MessageStatusStyle::colour(Tone::InFlight);
    const Tone tone = MessageStatusStyle::tone(status);
    return MessageStatusStyle::colour(tone == Tone::Neutral ? Tone::InFlight : tone);
}

QString plannedStatusText(PlannedStep::Status status)
{
    switch (status) {
    case PlannedStep::Status::Done:
        return EscalationTimelineWidget::tr("done");
    case PlannedStep::Status::Cancelled:
        return EscalationTimelineWidget::tr("cancelled");
    case PlannedStep::Status::Pending:
        return EscalationTimelineWidget::tr("pending");
    case PlannedStep::Status::Projected:
        return EscalationTimelineWidget::tr("if nobody acknowledges");
    }
    return {};
}

QString plannedTitle(const PlannedStep &step)
{
    const QString names = step.recipientNames.join(QStringLiteral(", "));
    switch (step.kind) {
    case StepKind::PageTier:
        if (step.round > 0) {
            return EscalationTimelineWidget::tr("Page round %1, tier %2 (%3)")
                .arg(step.round + 1)
                .arg(step.tier + 1)
                .arg(names);
        }
        return EscalationTimelineWidget::tr("Page tier %1 (%2)").arg(step.tier + 1).arg(names);
    case StepKind::VoiceFollowUp:
        return EscalationTimelineWidget::tr("Call %1").arg(names);
    case StepKind::SnoozeExpiry:
        return EscalationTimelineWidget::tr("Snooze ends: paging again");
    }
    return {};
}

} // namespace

EscalationTimelineWidget::EscalationTimelineWidget(QWidget *parent)
    : QWidget(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
    setObjectName(QStringLiteral("escalationTimeline"));
    setAccessibleName(tr("Escalation timeline"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAutoFillBackground(false);
    updateAccessibleDescription();
}

void EscalationTimelineWidget::setPlan(const Core::EscalationPlan &plan)
{
    m_plan = plan;
    m_hasPlan = true;
    updateAccessibleDescription();
    invalidate();
    updateGeometry();
}

void EscalationTimelineWidget::clear()
{
    m_plan = {};
    m_hasPlan = false;
    updateAccessibleDescription();
    invalidate();
    updateGeometry();
}

void EscalationTimelineWidget::setNow(const QDateTime &now)
{
    m_now = now;
    invalidate();
}

void EscalationTimelineWidget::invalidate()
{
    m_dirty = true;
    update();
}

QList<Item> EscalationTimelineWidget::items() const
{
    ensureLayout();
    return m_items;
}

QDateTime EscalationTimelineWidget::rangeStart() const
{
    ensureLayout();
    return m_start;
}

QDateTime EscalationTimelineWidget::rangeEnd() const
{
    ensureLayout();
    return m_end;
}

int EscalationTimelineWidget::rowCount() const
{
    return std::max<int>(1, int(m_plan.tierLabels.size()));
}

QSize EscalationTimelineWidget::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int row = std::max(24, metrics.height() * 8 / 5);
    const int bands = 3 * (metrics.height() + 6);
    return {520, 2 * kMargin + bands + rowCount() * row};
}

QSize EscalationTimelineWidget::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    return {240, 2 * kMargin + 3 * (metrics.height() + 6) + rowCount() * 18};
}

void EscalationTimelineWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    invalidate();
}

void EscalationTimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange)
        invalidate();
    QWidget::changeEvent(event);
}

double EscalationTimelineWidget::xFor(const QDateTime &at) const
{
    const double span = double(m_start.msecsTo(m_end));
    if (span <= 0)
        return m_plot.left();
    return m_plot.left() + m_plot.width() * double(m_start.msecsTo(at)) / span;
}

QRectF EscalationTimelineWidget::rowRect(int row) const
{
    const double height = m_plot.height() / rowCount();
    row = std::clamp(row, 0, rowCount() - 1);
    return {m_plot.left(), m_plot.top() + row * height, m_plot.width(), height};
}

void EscalationTimelineWidget::ensureLayout() const
{
    if (!m_dirty)
        return;
    m_dirty = false;
    m_items.clear();

    const QFontMetrics metrics(font());
    const double band = metrics.height() + 6;
    QStringList labels = m_plan.tierLabels;
    if (labels.isEmpty())
        labels << tr("Pages");
    int labelWidth = 0;
    for (const QString &label : labels)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
    labelWidth = std::min(labelWidth + 12, int(width() * 0.35));
    const QRectF area = QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    m_labels = QRectF(area.left(), area.top() + band, labelWidth, area.height() - 3 * band);
    m_plot = QRectF(area.left() + labelWidth, area.top() + band, area.width() - labelWidth,
                    area.height() - 3 * band);

    if (!m_hasPlan) {
        m_start = m_now.addSecs(-15 * 60);
        m_end = m_now.addSecs(5 * 60);
        return;
    }

    // The span: from the raise to now (open incidents) or to the last thing that happened,
    // wide enough for every planned step.
    const Core::Paging::Incident &incident = m_plan.incident;
    QDateTime start = incident.createdAt.isValid() ? incident.createdAt : m_now;
    QDateTime end = start;
    const auto widen = [&](const QDateTime &at) {
        if (!at.isValid())
            return;
        start = std::min(start, at);
        end = std::max(end, at);
    };
    if (incident.isOpen())
        widen(m_now);
    widen(incident.resolvedAt);
    for (const PlannedStep &step : m_plan.planned) {
        if (!incident.isOpen() && step.status == PlannedStep::Status::Projected)
            continue;
        widen(step.dueAt);
        if (step.kind == StepKind::PageTier && step.waitMinutes > 0
            && step.status != PlannedStep::Status::Cancelled)
            widen(step.dueAt.addSecs(qint64(step.waitMinutes) * 60));
    }
    for (const ActualEvent &event : m_plan.actual)
        widen(event.at);
    qint64 span = std::max<qint64>(start.msecsTo(end), 5 * 60 * 1000);
    m_start = start.addMSecs(-span / 25);
    m_end = start.addMSecs(span + span / 25);

    const QPalette &pal = palette();
    const QColor ink = pal.color(QPalette::Text);
    const QColor faded = pal.color(QPalette::PlaceholderText);
    const double rowHeight = m_plot.height() / rowCount();
    const double marker = std::min(kMarker, rowHeight * 0.5);
    const auto markerRect = [&](const QDateTime &at, int row, double size) {
        const QRectF r = rowRect(row);
        return QRectF(xFor(at) - size / 2, r.center().y() - size / 2, size, size);
    };
    const auto rowOf = [&](int tier) {
        return tier < 0 ? 0 : std::min(tier, rowCount() - 1);
    };

    // Planned.
    for (const PlannedStep &step : m_plan.planned) {
        if (!incident.isOpen() && step.status == PlannedStep::Status::Projected)
            continue;
        Item item;
        item.planned = true;
        item.row = rowOf(step.tier);
        item.colour = step.status == PlannedStep::Status::Cancelled ? faded : ink;
        item.penStyle = step.status == PlannedStep::Status::Projected   ? Qt::DashLine
                        : step.status == PlannedStep::Status::Cancelled ? Qt::DotLine
                                                                        : Qt::SolidLine;
        item.toolTip = tr("Planned: %1\n%2 · %3")
                           .arg(plannedTitle(step), IncidentStyle::localTime(step.dueAt),
                                plannedStatusText(step.status));
        switch (step.kind) {
        case StepKind::PageTier:
            if (step.waitMinutes > 0 && step.status != PlannedStep::Status::Cancelled) {
                Item bar = item;
                bar.shape = Item::Shape::Bar;
                const QRectF r = rowRect(item.row);
                const double left = xFor(step.dueAt);
                const double right = xFor(step.dueAt.addSecs(qint64(step.waitMinutes) * 60));
                bar.rect = QRectF(left, r.center().y() - rowHeight * 0.28, right - left,
                                  rowHeight * 0.56);
                bar.toolTip
                    += QLatin1Char('\n')
                       + tr("Waits %n minute(s) for an acknowledgement", nullptr, step.waitMinutes);
                m_items.append(bar);
            }
            item.shape = Item::Shape::Circle;
            break;
        case StepKind::VoiceFollowUp:
            item.shape = Item::Shape::Triangle;
            break;
        case StepKind::SnoozeExpiry:
            item.shape = Item::Shape::Diamond;
            break;
        }
        item.rect = markerRect(step.dueAt, item.row, marker);
        m_items.append(item);
    }

    // Actual.
    for (const ActualEvent &event : m_plan.actual) {
        Item item;
        item.filled = true;
        item.row = rowOf(event.tier);
        const QString what = IncidentStyle::kindLabel(event.timelineKind);
        QStringList lines;
        QString head = what;
        if (!event.recipientName.isEmpty()) {
            head += event.channel.isEmpty()
                        ? tr(" — %1").arg(event.recipientName)
                        : tr(" — %1 (%2)")
                              .arg(event.recipientName, IncidentStyle::channelLabel(event.channel));
        }
        lines << head << IncidentStyle::localTime(event.at);
        if (!event.status.isEmpty())
            lines << MessageStatusStyle::label(event.status);
        if (event.errorCode)
            lines << IncidentStyle::errorText(*event.errorCode);
        if (!event.detail.isEmpty())
            lines << event.detail;
        item.toolTip = lines.join(QLatin1Char('\n'));

        double size = marker;
        switch (event.kind) {
        case ActualEvent::Kind::Page:
            item.shape = Item::Shape::Circle;
            item.colour
                = statusColour(event.status.isEmpty() ? QStringLiteral("queued") : event.status);
            break;
        case ActualEvent::Kind::PageStatus:
            item.shape = Item::Shape::Circle;
            item.colour = statusColour(event.status);
            size = marker * 0.8;
            break;
        case ActualEvent::Kind::Call:
            item.shape = Item::Shape::Triangle;
            item.colour = statusColour(QStringLiteral("queued"));
            break;
        case ActualEvent::Kind::CallStatus:
            item.shape = Item::Shape::Triangle;
            item.colour = statusColour(event.status);
            size = marker * 0.8;
            break;
        case ActualEvent::Kind::Keypad:
        case ActualEvent::Kind::Reply:
            item.shape = Item::Shape::Square;
            item.colour = MessageStatusStyle::colour(Tone::Good);
            break;
        case ActualEvent::Kind::Failure:
            item.shape = Item::Shape::Cross;
            item.colour = MessageStatusStyle::colour(Tone::Bad);
            break;
        case ActualEvent::Kind::TierPaged:
            item.shape = Item::Shape::Tick;
            item.colour = ink;
            size = marker * 1.4;
            break;
        case ActualEvent::Kind::Triggered:
        case ActualEvent::Kind::Acknowledged:
        case ActualEvent::Kind::Snoozed:
        case ActualEvent::Kind::Resolved: {
            item.shape = Item::Shape::Line;
            item.row = -1;
            const double x = xFor(event.at);
            item.rect = QRectF(x - 3, m_plot.top() - band, 6, m_plot.height() + band);
            if (event.kind == ActualEvent::Kind::Triggered) {
                item.colour = faded;
                item.label = tr("raised");
            } else if (event.kind == ActualEvent::Kind::Acknowledged) {
                item.colour = IncidentStyle::stateColour(IncidentState::Acknowledged, pal);
                item.label = tr("ack");
            } else if (event.kind == ActualEvent::Kind::Snoozed) {
                item.colour = IncidentStyle::stateColour(IncidentState::Snoozed, pal);
                item.penStyle = Qt::DashLine;
                item.label = tr("snoozed");
            } else {
                item.colour = ink;
                item.label = tr("resolved");
            }
            m_items.append(item);
            continue;
        }
        case ActualEvent::Kind::Other:
            continue;
        }
        item.rect = markerRect(event.at, item.row, size);
        m_items.append(item);
    }

    // Now.
    if (m_now >= m_start && m_now <= m_end) {
        Item now;
        now.shape = Item::Shape::Line;
        now.row = -1;
        now.colour = pal.color(QPalette::Highlight);
        now.label = tr("now");
        now.toolTip = tr("Now: %1").arg(IncidentStyle::localTime(m_now));
        const double x = xFor(m_now);
        now.rect = QRectF(x - 3, m_plot.top() - band, 6, m_plot.height() + band);
        m_items.append(now);
    }
}

void EscalationTimelineWidget::paintItem(QPainter &painter, const Item &item) const
{
    QPen pen(item.colour, item.planned ? 1.6 : 1.2, item.penStyle);
    painter.setPen(pen);
    painter.setBrush(item.filled ? QBrush(item.colour) : QBrush(Qt::NoBrush));
    const QRectF r = item.rect;
    switch (item.shape) {
    case Item::Shape::Bar: {
        QColor wash = item.colour;
        wash.setAlphaF(0.10);
        painter.setBrush(wash);
        painter.drawRoundedRect(r, 3, 3);
        break;
    }
    case Item::Shape::Circle:
        if (!item.filled)
            painter.setBrush(palette().color(QPalette::Base));
        painter.drawEllipse(r);
        break;
    case Item::Shape::Triangle: {
        if (!item.filled)
            painter.setBrush(palette().color(QPalette::Base));
        const QPointF points[3] = {{r.center().x(), r.top()}, r.bottomRight(), r.bottomLeft()};
        painter.drawPolygon(points, 3);
        break;
    }
    case Item::Shape::Diamond: {
        if (!item.filled)
            painter.setBrush(palette().color(QPalette::Base));
        const QPointF points[4] = {{r.center().x(), r.top()},
                                   {r.right(), r.center().y()},
                                   {r.center().x(), r.bottom()},
                                   {r.left(), r.center().y()}};
        painter.drawPolygon(points, 4);
        break;
    }
    case Item::Shape::Square:
        painter.drawRect(r.adjusted(1, 1, -1, -1));
        break;
    case Item::Shape::Cross:
        pen.setWidthF(2.2);
        painter.setPen(pen);
        painter.drawLine(r.topLeft(), r.bottomRight());
        painter.drawLine(r.topRight(), r.bottomLeft());
        break;
    case Item::Shape::Tick:
        painter.setPen(Qt::NoPen);
        painter.drawRect(QRectF(r.center().x() - 1.5, r.top(), 3, r.height()));
        break;
    case Item::Shape::Line: {
        pen.setWidthF(1.6);
        painter.setPen(pen);
        const double x = r.center().x();
        const double labelHeight = QFontMetrics(font()).height() + 6;
        painter.drawLine(QPointF(x, r.top() + labelHeight - 2), QPointF(x, r.bottom()));
        if (!item.label.isEmpty()) {
            const QFontMetrics metrics(font());
            const double w = metrics.horizontalAdvance(item.label) + 6;
            QRectF flag(x - w / 2, r.top(), w, labelHeight - 4);
            flag.moveLeft(std::clamp(flag.left(), 0.0, width() - w));
            // Flags of events close in time go side by side instead of on top of each other.
            for (const QRectF &taken : std::as_const(m_flags)) {
                if (taken.intersects(flag))
                    flag.moveLeft(taken.right() + 2);
            }
            m_flags.append(flag);
            painter.setPen(item.colour);
            painter.drawText(flag, Qt::AlignCenter, item.label);
        }
        break;
    }
    }
}

void EscalationTimelineWidget::paintEvent(QPaintEvent *)
{
    ensureLayout();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QFontMetrics metrics(font());

    // Rows with their tier labels.
    QStringList labels = m_plan.tierLabels;
    if (labels.isEmpty())
        labels << tr("Pages");
    for (int row = 0; row < rowCount(); ++row) {
        const QRectF r = rowRect(row);
        if (row % 2 == 1)
            painter.fillRect(
                QRectF(m_labels.left(), r.top(), m_labels.width() + r.width(), r.height()),
                pal.color(QPalette::AlternateBase));
        painter.setPen(pal.color(QPalette::Text));
        const QRectF labelRect(m_labels.left(), r.top(), m_labels.width() - 6, r.height());
        painter.drawText(
            labelRect, Qt::AlignVCenter | Qt::AlignLeft,
            metrics.elidedText(labels.value(row), Qt::ElideRight, int(labelRect.width())));
    }

    // Time axis under the rows: a tick every 1, 2, 5, 10, 15, 30, 60 … minutes.
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlphaF(0.5);
    painter.setPen(grid);
    painter.drawLine(m_plot.bottomLeft(), m_plot.bottomRight());
    const qint64 spanMinutes = std::max<qint64>(1, m_start.secsTo(m_end) / 60);
    const int maxTicks = std::max(
        2, int(m_plot.width() / (metrics.horizontalAdvance(QStringLiteral("00:00")) + 24)));
    qint64 step = 1;
    for (qint64 candidate : {1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080}) {
        step = candidate;
        if (spanMinutes / candidate <= maxTicks)
            break;
    }
    const QDateTime localStart = m_start.toLocalTime();
    QDateTime tick = localStart;
    tick.setTime(QTime(localStart.time().hour(), 0));
    if (step >= 1440)
        tick.setTime(QTime(0, 0));
    while (tick < m_start)
        tick = tick.addSecs(step * 60);
    const double axisTop = m_plot.bottom() + 2;
    for (int guard = 0; tick <= m_end && guard < 200; ++guard, tick = tick.addSecs(step * 60)) {
        const double x = xFor(tick);
        painter.setPen(grid);
        painter.drawLine(QPointF(x, m_plot.top()), QPointF(x, m_plot.bottom() + 3));
        painter.setPen(pal.color(QPalette::PlaceholderText));
        const QString text = step >= 1440 ? QLocale().toString(tick.date(), QLocale::ShortFormat)
                                          : tick.time().toString(QStringLiteral("HH:mm"));
        const double w = metrics.horizontalAdvance(text) + 4;
        painter.drawText(QRectF(x - w / 2, axisTop, w, metrics.height() + 4), Qt::AlignCenter,
                         text);
    }

    if (!m_hasPlan) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(m_plot, Qt::AlignCenter, tr("No incident selected."));
        return;
    }

    // Bars first, then planned markers, then what happened, lines on top.
    m_flags.clear();
    for (int pass = 0; pass < 4; ++pass) {
        for (const Item &item : std::as_const(m_items)) {
            const int wanted = item.shape == Item::Shape::Bar    ? 0
                               : item.shape == Item::Shape::Line ? 3
                               : item.planned                    ? 1
                                                                 : 2;
            if (wanted == pass)
                paintItem(painter, item);
        }
    }

    // Legend.
    const double legendTop = axisTop + metrics.height() + 6;
    painter.setPen(pal.color(QPalette::PlaceholderText));
    painter.drawText(
        QRectF(m_labels.left(), legendTop, width() - 2 * kMargin, metrics.height() + 4),
        Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(tr("○ planned page · △ planned call · dashed: if nobody "
                              "acknowledges · ● page · ▲ call · ■ keypad/reply · ✕ "
                              "failure"),
                           Qt::ElideRight, width() - 2 * kMargin));
}

QString EscalationTimelineWidget::toolTipAt(const QPoint &pos) const
{
    ensureLayout();
    const Item *best = nullptr;
    double bestDistance = 0;
    for (const Item &item : m_items) {
        const QRectF area = item.rect.adjusted(-3, -3, 3, 3);
        if (!area.contains(pos))
            continue;
        // Markers win over bars and lines when they overlap.
        const double penalty = item.shape == Item::Shape::Bar    ? 1000
                               : item.shape == Item::Shape::Line ? 500
                                                                 : 0;
        const double distance = QLineF(item.rect.center(), pos).length() + penalty;
        if (!best || distance < bestDistance) {
            best = &item;
            bestDistance = distance;
        }
    }
    return best ? best->toolTip : QString();
}

bool EscalationTimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void EscalationTimelineWidget::updateAccessibleDescription()
{
    if (!m_hasPlan) {
        setAccessibleDescription(tr("No incident selected."));
        return;
    }
    int done = 0;
    int pending = 0;
    int projected = 0;
    for (const PlannedStep &step : m_plan.planned) {
        done += step.status == PlannedStep::Status::Done;
        pending += step.status == PlannedStep::Status::Pending;
        projected += step.status == PlannedStep::Status::Projected;
    }
    setAccessibleDescription(tr("%1 tiers; steps: %2 done, %3 pending, %4 more if nobody "
                                "acknowledges; %5 events.")
                                 .arg(m_plan.tierLabels.size())
                                 .arg(done)
                                 .arg(pending)
                                 .arg(projected)
                                 .arg(m_plan.actual.size()));
}

} // namespace Vortex::Ui
