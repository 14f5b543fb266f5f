// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <core/paging/pagingtypes.h>

#include <QStyledItemDelegate>

namespace Vortex::Ui {

/// Paints the severity column as a coloured chip ("SEV1" on red …) in colours taken from the
/// view's palette, so it reads on light and dark themes. The index must give
/// IncidentsModel::SeverityRole.
class SeverityDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Paints one chip with \a text centred in \a rect (also used by the detail's header).
    static void paintChip(QPainter *painter, const QRectF &rect, Core::Paging::Severity severity,
                          const QString &text, const QPalette &palette, const QFont &font);
};

} // namespace Vortex::Ui
