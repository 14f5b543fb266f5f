// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "ratecapsmodel.h"

#include "editorstyle.h"

namespace Vortex::Ui {

using Core::Paging::RateCap;

RateCapsModel::RateCapsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RateCapsModel::setCaps(const QList<RateCap> &caps)
{
    beginResetModel();
    m_caps = caps;
    m_problems.clear();
    endResetModel();
}

int RateCapsModel::appendCap(const RateCap &cap)
{
    const int row = int(m_caps.size());
    beginInsertRows({}, row, row);
    m_caps.append(cap);
    endInsertRows();
    Q_EMIT capsEdited();
    return row;
}

void RateCapsModel::removeCap(int row)
{
    if (row < 0 || row >= m_caps.size())
        return;
    beginRemoveRows({}, row, row);
    m_caps.removeAt(row);
    endRemoveRows();
    Q_EMIT capsEdited();
}

void RateCapsModel::setProblems(const QHash<int, QString> &problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    if (!m_caps.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_caps.size()) - 1, ColumnCount - 1),
                           {Qt::ToolTipRole, Qt::ForegroundRole});
}

int RateCapsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_caps.size());
}

int RateCapsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RateCapsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RateCap &cap = m_caps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == MaxPages ? cap.maxPages : cap.windowMinutes;
    case Qt::ToolTipRole:
        return m_problems.value(index.row());
    case Qt::ForegroundRole:
        if (m_problems.contains(index.row()))
            return EditorStyle::errorColor();
        return {};
    case Qt::AccessibleTextRole:
        return tr("At most %1 pages in %2 minutes").arg(cap.maxPages).arg(cap.windowMinutes);
    default:
        return {};
    }
}

bool RateCapsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok)
        return false;
    RateCap &cap = m_caps[index.row()];
    int &field = index.column() == MaxPages ? cap.maxPages : cap.windowMinutes;
    if (field == number)
        return true;
    field = number;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::AccessibleTextRole});
    Q_EMIT capsEdited();
    return true;
}

Qt::ItemFlags RateCapsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant RateCapsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case MaxPages:
        return tr("Max pages");
    case WindowMinutes:
        return tr("Per minutes");
    default:
        return {};
    }
}

} // namespace Vortex::Ui
