// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <core/paging/pagingtypes.h>

#include <QAbstractTableModel>
#include <QHash>

namespace Vortex::Ui {

/// The layered rate caps of one recipient: one row per cap, both columns editable.
class RateCapsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MaxPages, WindowMinutes, ColumnCount };

    explicit RateCapsModel(QObject *parent = nullptr);

    /// Replaces the caps (a reset: a different recipient was selected).
    void setCaps(const QList<Core::Paging::RateCap> &caps);
    QList<Core::Paging::RateCap> caps() const { return m_caps; }
    /// Appends a cap and returns its row.
    int appendCap(const Core::Paging::RateCap &cap);
    void removeCap(int row);
    /// Problems per row, shown as the row's tooltip and in the warning colour.
    void setProblems(const QHash<int, QString> &problems);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The operator changed, added or removed a cap.
    void capsEdited();

private:
    QList<Core::Paging::RateCap> m_caps;
    QHash<int, QString> m_problems;
};

} // namespace Vortex::Ui
