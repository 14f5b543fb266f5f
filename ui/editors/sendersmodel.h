// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <core/paging/pagingtypes.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QStyledItemDelegate>

namespace Vortex::Ui {

/// The senders of one region's route, in fallback order (row 0 is tried first; the vertical
/// header says "First", "Fallback 1", …). Kind and address are editable; rows move up and down.
class SendersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Kind, Address, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1 };

    explicit SendersModel(QObject *parent = nullptr);

    void setSenders(const QList<Core::Paging::Sender> &senders);
    QList<Core::Paging::Sender> senders() const { return m_senders; }
    int appendSender(const Core::Paging::Sender &sender);
    void removeSender(int row);
    /// Moves \a row by \a delta (-1 up, +1 down); returns the new row (or \a row).
    int moveSender(int row, int delta);
    void setProblems(const QHash<int, QString> &problems);

    /// "Short code", "Long code", … for the operator.
    static QString kindText(Core::Paging::SenderKind kind);
    static QList<Core::Paging::SenderKind> allKinds();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void sendersEdited();

private:
    QList<Core::Paging::Sender> m_senders;
    QHash<int, QString> m_problems;
};

/// Edits SendersModel's Kind column with a combo box.
class SenderKindDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace Vortex::Ui
