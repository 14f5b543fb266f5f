// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <core/console/incidentsquery.h>

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QWidget>

namespace Vortex::Ui {

/// Draws one incident's escalation as tiers (rows) over time: planned steps as hollow bars and
/// markers (solid outline = stored, dashed = projected if nobody acknowledges, dotted grey =
/// cancelled), what happened as filled markers (pages ●, calls ▲, keypad/replies ■, failures ✕,
/// coloured by their status), vertical lines for raised / acknowledged / snoozed / resolved, and
/// a "now" line. Hovering shows what a mark stands for.
class EscalationTimelineWidget : public QWidget
{
    Q_OBJECT

public:
    /// One drawn mark, in widget coordinates (for painting, tooltips and tests).
    struct Item
    {
        enum class Shape { Bar, Circle, Triangle, Diamond, Square, Cross, Tick, Line };
        Shape shape = Shape::Circle;
        QRectF rect;
        QColor colour;
        bool filled = false;
        Qt::PenStyle penStyle = Qt::SolidLine;
        bool planned = false;
        int row = 0;   ///< tier row (-1 for lines across every row)
        QString label; ///< lines: the flag over the plot ("Ack", "now")
        QString toolTip;
    };

    explicit EscalationTimelineWidget(QWidget *parent = nullptr);

    void setPlan(const Core::EscalationPlan &plan);
    void clear();
    bool hasPlan() const { return m_hasPlan; }
    const Core::EscalationPlan &plan() const { return m_plan; }

    /// The clock for the "now" line (UTC; the widget starts with the current time).
    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now; }

    /// The marks laid out for the current size.
    QList<Item> items() const;
    /// What hovering \a pos shows ("" when nothing is there).
    QString toolTipAt(const QPoint &pos) const;
    /// The time span drawn.
    QDateTime rangeStart() const;
    QDateTime rangeEnd() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void invalidate();
    void ensureLayout() const;
    int rowCount() const;
    double xFor(const QDateTime &at) const;
    QRectF rowRect(int row) const;
    void paintItem(QPainter &painter, const Item &item) const;
    void updateAccessibleDescription();

    Core::EscalationPlan m_plan;
    bool m_hasPlan = false;
    QDateTime m_now;

    // Layout cache (rebuilt when plan, size, palette or clock change).
    mutable bool m_dirty = true;
    mutable QList<Item> m_items;
    mutable QRectF m_plot;
    mutable QRectF m_labels;
    mutable QDateTime m_start;
    mutable QDateTime m_end;
    mutable QList<QRectF> m_flags; ///< line labels drawn so far in this paint
};

} // namespace Vortex::Ui
