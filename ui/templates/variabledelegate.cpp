// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "variabledelegate.h"

#include <core/paging/pagingtemplates.h>

#include <QComboBox>

namespace Vortex::Ui {

using Core::Paging::PagingTemplates::variableDescription;
using Core::Paging::PagingTemplates::variableNames;

QWidget *VariableDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    Q_UNUSED(option);
    Q_UNUSED(index);
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(tr("Variable"));
    for (const QString &name : variableNames()) {
        combo->addItem(name, name);
        combo->setItemData(combo->count() - 1, variableDescription(name), Qt::ToolTipRole);
    }
    return combo;
}

void VariableDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
}

void VariableDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace Vortex::Ui
