// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace Vortex::Ui {

/// The list beside an editor form: one row per recipient or policy being edited, with its
/// state (unchanged, changed, new, invalid) in words, colour and tooltip.
class ConfigListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class State { Unchanged, Changed, New, Invalid };
    enum Role { IdRole = Qt::UserRole + 1, StateRole };

    struct Item
    {
        QString id;
        QString title;    ///< "Alice"
        QString subtitle; ///< "on-call · Europe/London"
        State state = State::Unchanged;
        QString problems; ///< tooltip when invalid

        friend bool operator==(const Item &, const Item &) = default;
    };

    explicit ConfigListModel(QObject *parent = nullptr);

    /// Updates the rows in place: changed rows get dataChanged, rows are inserted or removed
    /// only where the ids differ (no reset, so selection and scroll position survive).
    void setItems(const QList<Item> &items);
    QList<Item> items() const { return m_items; }
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Item> m_items;
};

} // namespace Vortex::Ui
