// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <core/paging/pagingtypes.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace Vortex::Ui {

/// One incident's timeline, oldest first (by entry id): loaded with setEntries(), followed live
/// with append(); entries are never shown twice and never reset while the incident stays.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        EventColumn,
        RecipientColumn,
        ChannelColumn,
        SidColumn,
        StatusColumn,
        ErrorColumn,
        DetailColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        KindRole,      ///< the engine's dotted kind ("page.status")
        ErrorCodeRole, ///< int, or invalid when none
        AtRole,        ///< QDateTime (UTC)
    };
    Q_ENUM(Role)

    explicit TimelineModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The incident shown (0 = none). Changing it empties the model.
    qint64 incidentId() const { return m_incidentId; }
    void setIncident(qint64 incidentId);
    /// Loads \a entries of \a incidentId: switches incident if needed, else adds the entries
    /// not known yet at their place.
    void setEntries(qint64 incidentId, const QList<Core::Paging::TimelineEntry> &entries);
    /// Adds one entry of the current incident (others and known ids are ignored). Returns true
    /// when it was added.
    bool append(const Core::Paging::TimelineEntry &entry);
    /// Recipient ids → names, for the recipient column.
    void setRecipientNames(const QHash<QString, QString> &names);

    const Core::Paging::TimelineEntry &entry(int row) const { return m_entries.at(row); }

private:
    bool insertEntry(const Core::Paging::TimelineEntry &entry);

    qint64 m_incidentId = 0;
    QList<Core::Paging::TimelineEntry> m_entries;
    QSet<qint64> m_ids;
    QHash<QString, QString> m_names;
};

} // namespace Vortex::Ui
