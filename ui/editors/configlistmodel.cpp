// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "configlistmodel.h"

#include "editorstyle.h"

#include <QFont>

#include <algorithm>

namespace Vortex::Ui {

ConfigListModel::ConfigListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ConfigListModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return int(row);
    }
    return -1;
}

void ConfigListModel::setItems(const QList<Item> &items)
{
    // Remove rows whose id is gone, then insert new ids at their place, then refresh the rest.
    for (qsizetype row = m_items.size() - 1; row >= 0; --row) {
        const QString &id = m_items.at(row).id;
        const bool kept = std::any_of(items.begin(), items.end(),
                                      [&](const Item &item) { return item.id == id; });
        if (!kept) {
            beginRemoveRows({}, int(row), int(row));
            m_items.removeAt(row);
            endRemoveRows();
        }
    }
    for (qsizetype row = 0; row < items.size(); ++row) {
        const Item &item = items.at(row);
        const int existing = rowOf(item.id);
        if (existing == row) {
            if (m_items.at(row) != item) {
                m_items[row] = item;
                Q_EMIT dataChanged(index(int(row)), index(int(row)));
            }
        } else if (existing > row) {
            beginMoveRows({}, existing, existing, {}, int(row));
            m_items.move(existing, row);
            endMoveRows();
            m_items[row] = item;
            Q_EMIT dataChanged(index(int(row)), index(int(row)));
        } else {
            beginInsertRows({}, int(row), int(row));
            m_items.insert(row, item);
            endInsertRows();
        }
    }
}

int ConfigListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ConfigListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = item.title.isEmpty() ? item.id : item.title;
        switch (item.state) {
        case State::Unchanged:
            break;
        case State::Changed:
            text = tr("%1 (changed)").arg(text);
            break;
        case State::New:
            text = tr("%1 (new)").arg(text);
            break;
        case State::Invalid:
            text = tr("%1 (needs attention)").arg(text);
            break;
        }
        return text;
    }
    case Qt::ToolTipRole:
        return item.problems.isEmpty() ? item.subtitle : item.problems;
    case Qt::ForegroundRole:
        if (item.state == State::Invalid)
            return EditorStyle::errorColor();
        return {};
    case Qt::FontRole:
        if (item.state == State::Changed || item.state == State::New) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        return item.problems.isEmpty() ? item.subtitle : item.problems;
    case IdRole:
        return item.id;
    case StateRole:
        return int(item.state);
    default:
        return {};
    }
}

} // namespace Vortex::Ui
