// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "quietweek.h"

#include <QTimeZone>
#include <QWidget>

namespace Vortex::Ui {

/// The quiet-hours grid: seven rows (Monday … Sunday) of 48 half hours in the recipient's time
/// zone. Dragging paints a rectangle of days × times; it paints when the first cell was free and
/// erases when it was quiet. Keyboard: arrows move the cursor, Space toggles its cell, Shift+arrows
/// paint as they move. A marker shows "now" in the recipient's zone.
class QuietHoursGrid : public QWidget
{
    Q_OBJECT

public:
    explicit QuietHoursGrid(QWidget *parent = nullptr);

    void setWeek(const QuietWeek &week);
    QuietWeek week() const { return m_week; }
    /// The zone the grid is shown in (the "now" marker and the tooltips).
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }

    /// Where the cell of \a day (1 = Monday) and \a slot (0 … 47) is drawn (for tests and
    /// accessibility).
    QRect cellRect(int day, int slot) const;
    /// The cell at \a pos, or {-1, -1}.
    std::pair<int, int> cellAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The operator changed the week (not emitted by setWeek()).
    void weekEdited(const Vortex::Ui::QuietWeek &week);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect gridRect() const;
    void paintRectangle(std::pair<int, int> to);
    void updateAccessibleText();

    QuietWeek m_week;
    QuietWeek m_beforeDrag;
    QTimeZone m_zone;
    bool m_dragging = false;
    bool m_paintMode = true;
    std::pair<int, int> m_anchor{1, 0};
    std::pair<int, int> m_cursor{1, 0};
};

} // namespace Vortex::Ui
