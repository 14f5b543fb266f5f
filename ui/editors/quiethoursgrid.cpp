// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "quiethoursgrid.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace Vortex::Ui {

namespace {
constexpr int Days = QuietWeek::Days;
constexpr int Slots = QuietWeek::SlotsPerDay;

QString slotTime(int slot)
{
    return QTime(0, 0).addSecs(qint64(slot) * QuietWeek::SlotMinutes * 60).toString(u"HH:mm");
}
} // namespace

QuietHoursGrid::QuietHoursGrid(QWidget *parent)
    : QWidget(parent)
    , m_zone(QTimeZone::utc())
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Quiet hours"));
    updateAccessibleText();
}

void QuietHoursGrid::setWeek(const QuietWeek &week)
{
    m_dragging = false;
    m_week = week;
    updateAccessibleText();
    update();
}

void QuietHoursGrid::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    update();
}

QSize QuietHoursGrid::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(QStringLiteral("Wed")) + 8 + Slots * 14,
            metrics.height() + 6 + Days * (metrics.height() + 6)};
}

QSize QuietHoursGrid::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(QStringLiteral("Wed")) + 8 + Slots * 8,
            metrics.height() + 6 + Days * (metrics.height() + 2)};
}

QRect QuietHoursGrid::gridRect() const
{
    const QFontMetrics metrics(font());
    const int left = metrics.horizontalAdvance(QStringLiteral("Wed")) + 8;
    const int top = metrics.height() + 6;
    const int cellWidth = std::max(1, (width() - left - 1) / Slots);
    const int cellHeight = std::max(1, (height() - top - 1) / Days);
    return {left, top, cellWidth * Slots, cellHeight * Days};
}

QRect QuietHoursGrid::cellRect(int day, int slot) const
{
    const QRect grid = gridRect();
    const int w = grid.width() / Slots;
    const int h = grid.height() / Days;
    return {grid.left() + slot * w, grid.top() + (day - 1) * h, w, h};
}

std::pair<int, int> QuietHoursGrid::cellAt(const QPoint &pos) const
{
    const QRect grid = gridRect();
    if (!grid.contains(pos))
        return {-1, -1};
    const int day = (pos.y() - grid.top()) / (grid.height() / Days) + 1;
    const int slot = (pos.x() - grid.left()) / (grid.width() / Slots);
    return {std::clamp(day, 1, Days), std::clamp(slot, 0, Slots - 1)};
}

void QuietHoursGrid::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    const QRect grid = gridRect();
    const QLocale locale;

    painter.setPen(pal.color(QPalette::WindowText));
    for (int day = 1; day <= Days; ++day) {
        const QRect row = cellRect(day, 0);
        painter.drawText(QRect(0, row.top(), grid.left() - 4, row.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         locale.dayName(day, QLocale::ShortFormat));
    }
    for (int hour = 0; hour < 24; hour += 3) {
        const QRect cell = cellRect(1, hour * 2);
        painter.drawText(QRect(cell.left(), 0, cell.width() * 6, grid.top() - 2),
                         Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("%1").arg(hour));
    }

    const QColor quiet = pal.color(QPalette::Highlight);
    for (int day = 1; day <= Days; ++day) {
        for (int slot = 0; slot < Slots; ++slot) {
            const QRect cell = cellRect(day, slot);
            QColor fill
                = (slot / 2) % 2 ? pal.color(QPalette::AlternateBase) : pal.color(QPalette::Base);
            if (m_week.isQuiet(day, slot))
                fill = quiet;
            painter.fillRect(cell, fill);
        }
    }
    painter.setPen(pal.color(QPalette::Mid));
    for (int slot = 0; slot <= Slots; slot += 2) {
        const int x = grid.left() + slot * (grid.width() / Slots);
        painter.drawLine(x, grid.top(), x, grid.bottom());
    }
    for (int day = 0; day <= Days; ++day) {
        const int y = grid.top() + day * (grid.height() / Days);
        painter.drawLine(grid.left(), y, grid.right(), y);
    }

    // "Now" in the recipient's zone.
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(m_zone);
    const QRect today = cellRect(now.date().dayOfWeek(), 0);
    const int minutes = now.time().hour() * 60 + now.time().minute();
    const int x = grid.left() + minutes * grid.width() / (24 * 60);
    painter.setPen(QPen(pal.color(QPalette::Text), 2));
    painter.drawLine(x, today.top() - 2, x, today.bottom() + 2);

    if (hasFocus()) {
        QPen pen(pal.color(QPalette::Text), 1, Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cellRect(m_cursor.first, m_cursor.second).adjusted(0, 0, -1, -1));
    }
}

void QuietHoursGrid::paintRectangle(std::pair<int, int> to)
{
    QuietWeek week = m_beforeDrag;
    const auto [dayA, dayB] = std::minmax(m_anchor.first, to.first);
    const auto [slotA, slotB] = std::minmax(m_anchor.second, to.second);
    for (int day = dayA; day <= dayB; ++day) {
        for (int slot = slotA; slot <= slotB; ++slot)
            week.setQuiet(day, slot, m_paintMode);
    }
    if (week == m_week)
        return;
    m_week = week;
    updateAccessibleText();
    update();
    Q_EMIT weekEdited(m_week);
}

void QuietHoursGrid::mousePressEvent(QMouseEvent *event)
{
    const auto cell = cellAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || cell.first < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    m_anchor = cell;
    m_cursor = cell;
    m_beforeDrag = m_week;
    m_paintMode = !m_week.isQuiet(cell.first, cell.second);
    paintRectangle(cell);
}

void QuietHoursGrid::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    const QRect grid = gridRect();
    const QPoint pos = event->position().toPoint();
    const QPoint clamped(std::clamp(pos.x(), grid.left(), grid.right()),
                         std::clamp(pos.y(), grid.top(), grid.bottom()));
    m_cursor = cellAt(clamped);
    paintRectangle(m_cursor);
}

void QuietHoursGrid::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton)
        m_dragging = false;
}

void QuietHoursGrid::keyPressEvent(QKeyEvent *event)
{
    auto [day, slot] = m_cursor;
    switch (event->key()) {
    case Qt::Key_Left:
        slot = std::max(0, slot - 1);
        break;
    case Qt::Key_Right:
        slot = std::min(Slots - 1, slot + 1);
        break;
    case Qt::Key_Up:
        day = std::max(1, day - 1);
        break;
    case Qt::Key_Down:
        day = std::min(Days, day + 1);
        break;
    case Qt::Key_Space:
        m_anchor = m_cursor;
        m_beforeDrag = m_week;
        m_paintMode = !m_week.isQuiet(day, slot);
        paintRectangle(m_cursor);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_cursor = {day, slot};
    if (event->modifiers() & Qt::ShiftModifier) {
        m_anchor = m_cursor;
        m_beforeDrag = m_week;
        m_paintMode = true;
        paintRectangle(m_cursor);
    }
    update();
}

bool QuietHoursGrid::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto [day, slot] = cellAt(help->pos());
        if (day < 0) {
            QToolTip::hideText();
            return true;
        }
        const QString state = m_week.isQuiet(day, slot) ? tr("quiet") : tr("pages go out");
        QToolTip::showText(help->globalPos(),
                           tr("%1 %2–%3 (%4): %5")
                               .arg(QLocale().dayName(day), slotTime(slot),
                                    slotTime((slot + 1) % Slots), QString::fromUtf8(m_zone.id()),
                                    state),
                           this);
        return true;
    }
    return QWidget::event(event);
}

void QuietHoursGrid::updateAccessibleText()
{
    setAccessibleDescription(tr("%n quiet half hour(s) a week", nullptr, m_week.quietCellCount()));
}

} // namespace Vortex::Ui
