// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "variablemappingmodel.h"

#include <core/paging/pagingtemplates.h>

namespace Vortex::Ui {

VariableMappingModel::VariableMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void VariableMappingModel::setVariables(const QStringList &variables)
{
    if (variables == m_variables)
        return;
    // Rows keep their meaning ({{n}}): shrink or grow at the end, then update what changed.
    const int common = int(std::min(variables.size(), m_variables.size()));
    if (m_variables.size() > variables.size()) {
        beginRemoveRows({}, common, int(m_variables.size()) - 1);
        m_variables = m_variables.mid(0, common);
        endRemoveRows();
    } else if (variables.size() > m_variables.size()) {
        beginInsertRows({}, common, int(variables.size()) - 1);
        m_variables += variables.mid(common);
        endInsertRows();
    }
    for (int row = 0; row < common; ++row) {
        if (m_variables.at(row) != variables.at(row)) {
            m_variables[row] = variables.at(row);
            Q_EMIT dataChanged(index(row, VariableColumn), index(row, VariableColumn));
        }
    }
    Q_EMIT variablesEdited();
}

int VariableMappingModel::appendVariable(const QString &variable)
{
    const int row = int(m_variables.size());
    beginInsertRows({}, row, row);
    m_variables.append(variable);
    endInsertRows();
    Q_EMIT variablesEdited();
    return row;
}

void VariableMappingModel::removeVariable(int row)
{
    if (row < 0 || row >= m_variables.size())
        return;
    beginRemoveRows({}, row, row);
    m_variables.removeAt(row);
    endRemoveRows();
    // Later rows moved up one placeholder number.
    if (row < m_variables.size())
        Q_EMIT dataChanged(index(row, PlaceholderColumn),
                           index(int(m_variables.size()) - 1, PlaceholderColumn));
    Q_EMIT variablesEdited();
}

int VariableMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_variables.size());
}

int VariableMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariableMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &variable = m_variables.at(index.row());
    if (index.column() == PlaceholderColumn) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("{{%1}}").arg(index.row() + 1);
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return variable;
    case Qt::ToolTipRole:
        return Core::Paging::PagingTemplates::variableDescription(variable);
    default:
        return {};
    }
}

bool VariableMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.column() != VariableColumn)
        return false;
    const QString name = value.toString().trimmed();
    if (!Core::Paging::PagingTemplates::variableNames().contains(name))
        return false;
    if (m_variables.at(index.row()) == name)
        return true;
    m_variables[index.row()] = name;
    Q_EMIT dataChanged(index, index);
    Q_EMIT variablesEdited();
    return true;
}

Qt::ItemFlags VariableMappingModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == VariableColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant VariableMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == PlaceholderColumn ? tr("Placeholder") : tr("Variable");
}

} // namespace Vortex::Ui
