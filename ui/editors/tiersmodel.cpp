// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "tiersmodel.h"

#include "editorstyle.h"

#include <QLocale>

namespace Vortex::Ui {

using Core::Paging::EscalationTier;

TiersModel::TiersModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TiersModel::setTiers(const QList<EscalationTier> &tiers)
{
    beginResetModel();
    m_tiers = tiers;
    m_problems.clear();
    endResetModel();
}

void TiersModel::refreshAll(const QList<int> &roles)
{
    if (!m_tiers.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_tiers.size()) - 1, ColumnCount - 1), roles);
}

void TiersModel::setRecipientNames(const QHash<QString, QString> &names)
{
    if (names == m_names)
        return;
    m_names = names;
    refreshAll({Qt::DisplayRole});
}

void TiersModel::setRecipientIds(int row, const QStringList &ids)
{
    if (row < 0 || row >= m_tiers.size() || m_tiers.at(row).recipientIds == ids)
        return;
    m_tiers[row].recipientIds = ids;
    Q_EMIT dataChanged(index(row, Recipients), index(row, Recipients),
                       {Qt::DisplayRole, RecipientIdsRole});
    Q_EMIT tiersEdited();
}

int TiersModel::appendTier(const EscalationTier &tier)
{
    const int row = int(m_tiers.size());
    beginInsertRows({}, row, row);
    m_tiers.append(tier);
    endInsertRows();
    Q_EMIT tiersEdited();
    return row;
}

void TiersModel::removeTier(int row)
{
    if (row < 0 || row >= m_tiers.size())
        return;
    beginRemoveRows({}, row, row);
    m_tiers.removeAt(row);
    endRemoveRows();
    Q_EMIT tiersEdited();
}

int TiersModel::moveTier(int row, int delta)
{
    const int target = row + delta;
    if (delta == 0 || row < 0 || row >= m_tiers.size() || target < 0 || target >= m_tiers.size())
        return row;
    beginMoveRows({}, row, row, {}, delta > 0 ? target + 1 : target);
    m_tiers.move(row, target);
    endMoveRows();
    Q_EMIT tiersEdited();
    return target;
}

void TiersModel::setProblems(const QHash<int, QString> &problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    refreshAll({Qt::ToolTipRole, Qt::ForegroundRole});
}

int TiersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tiers.size());
}

int TiersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TiersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EscalationTier &tier = m_tiers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Recipients: {
            QStringList names;
            for (const QString &id : tier.recipientIds)
                names.append(m_names.value(id, id));
            return names.isEmpty() ? tr("(nobody)") : QLocale().createSeparatedList(names);
        }
        case WaitMinutes:
            return tier.waitMinutes;
        }
        return {};
    case Qt::EditRole:
        return index.column() == WaitMinutes ? QVariant(tier.waitMinutes) : QVariant();
    case RecipientIdsRole:
        return tier.recipientIds;
    case Qt::ToolTipRole:
        return m_problems.value(index.row());
    case Qt::ForegroundRole:
        if (m_problems.contains(index.row()))
            return EditorStyle::errorColor();
        return {};
    default:
        return {};
    }
}

bool TiersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != WaitMinutes
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool ok = false;
    const int minutes = value.toInt(&ok);
    if (!ok)
        return false;
    if (m_tiers.at(index.row()).waitMinutes == minutes)
        return true;
    m_tiers[index.row()].waitMinutes = minutes;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    Q_EMIT tiersEdited();
    return true;
}

Qt::ItemFlags TiersModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == WaitMinutes)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant TiersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return tr("Tier %1").arg(section + 1);
    switch (section) {
    case Recipients:
        return tr("Pages");
    case WaitMinutes:
        return tr("Wait (minutes)");
    default:
        return {};
    }
}

} // namespace Vortex::Ui
