// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <core/paging/pagingtypes.h>

#include <QAbstractTableModel>
#include <QHash>

namespace Vortex::Ui {

/// The tiers of one escalation policy in order (row 0 is paged first; the vertical header says
/// "Tier 1", …): who is paged and how
/// long the engine waits before the next tier. Wait minutes are editable here; recipients are
/// chosen beside the table.
class TiersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Recipients, WaitMinutes, ColumnCount };
    enum Role { RecipientIdsRole = Qt::UserRole + 1 };

    explicit TiersModel(QObject *parent = nullptr);

    void setTiers(const QList<Core::Paging::EscalationTier> &tiers);
    QList<Core::Paging::EscalationTier> tiers() const { return m_tiers; }
    /// Names shown for recipient ids (ids without a name are shown as they are).
    void setRecipientNames(const QHash<QString, QString> &names);
    void setRecipientIds(int row, const QStringList &ids);
    int appendTier(const Core::Paging::EscalationTier &tier);
    void removeTier(int row);
    int moveTier(int row, int delta);
    void setProblems(const QHash<int, QString> &problems);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void tiersEdited();

private:
    void refreshAll(const QList<int> &roles);

    QList<Core::Paging::EscalationTier> m_tiers;
    QHash<QString, QString> m_names;
    QHash<int, QString> m_problems;
};

} // namespace Vortex::Ui
