// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "sendersmodel.h"

#include "editorstyle.h"

#include <QComboBox>

namespace Vortex::Ui {

using Core::Paging::Sender;
using Core::Paging::SenderKind;

SendersModel::SendersModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QList<SenderKind> SendersModel::allKinds()
{
    return {SenderKind::LongCode, SenderKind::ShortCode, SenderKind::Alphanumeric,
            SenderKind::MessagingService, SenderKind::WhatsApp};
}

QString SendersModel::kindText(SenderKind kind)
{
    switch (kind) {
    case SenderKind::ShortCode:
        return tr("Short code");
    case SenderKind::LongCode:
        return tr("Long code");
    case SenderKind::Alphanumeric:
        return tr("Alphanumeric ID");
    case SenderKind::MessagingService:
        return tr("Messaging Service");
    case SenderKind::WhatsApp:
        return tr("WhatsApp sender");
    }
    return {};
}

void SendersModel::setSenders(const QList<Sender> &senders)
{
    beginResetModel();
    m_senders = senders;
    m_problems.clear();
    endResetModel();
}

int SendersModel::appendSender(const Sender &sender)
{
    const int row = int(m_senders.size());
    beginInsertRows({}, row, row);
    m_senders.append(sender);
    endInsertRows();
    Q_EMIT sendersEdited();
    return row;
}

void SendersModel::removeSender(int row)
{
    if (row < 0 || row >= m_senders.size())
        return;
    beginRemoveRows({}, row, row);
    m_senders.removeAt(row);
    endRemoveRows();
    Q_EMIT sendersEdited();
}

int SendersModel::moveSender(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= m_senders.size() || target < 0 || target >= m_senders.size()
        || delta == 0)
        return row;
    // beginMoveRows wants the destination "before which" the row lands.
    const int destination = delta > 0 ? target + 1 : target;
    beginMoveRows({}, row, row, {}, destination);
    m_senders.move(row, target);
    endMoveRows();
    Q_EMIT sendersEdited();
    return target;
}

void SendersModel::setProblems(const QHash<int, QString> &problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    if (!m_senders.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_senders.size()) - 1, ColumnCount - 1),
                           {Qt::ToolTipRole, Qt::ForegroundRole});
}

int SendersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_senders.size());
}

int SendersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SendersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Sender &sender = m_senders.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Kind:
            return kindText(sender.kind);
        case Address:
            return sender.address;
        }
        return {};
    case Qt::EditRole:
        if (index.column() == Kind)
            return int(sender.kind);
        if (index.column() == Address)
            return sender.address;
        return {};
    case KindRole:
        return int(sender.kind);
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

bool SendersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Sender &sender = m_senders[index.row()];
    if (index.column() == Kind) {
        bool ok = false;
        const int kind = value.toInt(&ok);
        if (!ok || !allKinds().contains(SenderKind(kind)))
            return false;
        if (sender.kind == SenderKind(kind))
            return true;
        sender.kind = SenderKind(kind);
    } else if (index.column() == Address) {
        const QString address = value.toString().trimmed();
        if (sender.address == address)
            return true;
        sender.address = address;
    } else {
        return false;
    }
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, KindRole});
    Q_EMIT sendersEdited();
    return true;
}

Qt::ItemFlags SendersModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant SendersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section == 0 ? tr("First") : tr("Fallback %1").arg(section);
    switch (section) {
    case Kind:
        return tr("Kind");
    case Address:
        return tr("Address");
    default:
        return {};
    }
}

QWidget *SenderKindDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    if (index.column() != SendersModel::Kind)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(tr("Sender kind"));
    for (SenderKind kind : SendersModel::allKinds())
        combo->addItem(SendersModel::kindText(kind), int(kind));
    return combo;
}

void SenderKindDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor);
        combo && index.column() == SendersModel::Kind) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void SenderKindDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor);
        combo && index.column() == SendersModel::Kind) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Vortex::Ui
