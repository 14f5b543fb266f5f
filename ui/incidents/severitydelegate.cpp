// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "severitydelegate.h"

#include "incidentsmodel.h"
#include "incidentstyle.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Vortex::Ui {

using Core::Paging::Severity;

void SeverityDelegate::paintChip(QPainter *painter, const QRectF &rect, Severity severity,
                                 const QString &text, const QPalette &palette, const QFont &font)
{
    const QColor fill = IncidentStyle::severityColour(severity, palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    const qreal radius = rect.height() / 2.0;
    painter->drawRoundedRect(rect, radius, radius);
    QFont bold = font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(IncidentStyle::textOn(fill));
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
}

void SeverityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    // Background, selection and focus as the style draws them; the chip on top.
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const auto severity = Severity(index.data(IncidentsModel::SeverityRole).toInt());
    const QFontMetrics metrics(opt.font);
    const qreal height = std::min<qreal>(opt.rect.height() - 4, metrics.height() + 2);
    const qreal width
        = std::min<qreal>(opt.rect.width() - 6, metrics.horizontalAdvance(text) + metrics.height());
    const QRectF chip(opt.rect.left() + 3, opt.rect.center().y() - height / 2.0 + 0.5, width,
                      height);
    paintChip(painter, chip, severity, text, opt.palette, opt.font);
}

QSize SeverityDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    size.setWidth(std::max(size.width(), metrics.horizontalAdvance(index.data().toString())
                                             + metrics.height() + 12));
    return size;
}

} // namespace Vortex::Ui
