// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <core/console/consoletypes.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Vortex::Ui {

/// The console's messages, newest first. Loads once with setRecords(), then follows the engine
/// with upsert(): rows are inserted or changed in place, never reset, and a message's status
/// never moves backwards (a late "sent" after "delivered" is ignored).
class MessagesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeCreatedColumn,
        DirectionColumn,
        ToColumn,
        FromColumn,
        StatusColumn,
        ErrorColumn,
        SegmentsColumn,
        PriceColumn,
        BodyPreviewColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SidRole = Qt::UserRole + 1,
        StatusRole,     ///< Twilio's status string
        StatusRankRole, ///< Vortex::Core::statusRank()
        IsFinalRole,
        ErrorCodeRole,
        DirectionRole,
        ToRole,
        FromRole,
        BodyRole,
        DateCreatedRole,
        RecordRole, ///< the whole MessageRecord
        SortRole    ///< a value that sorts naturally for the column (dates, numbers)
    };
    Q_ENUM(Role)

    explicit MessagesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Replaces the content (the initial load). Records already known keep their higher status.
    void setRecords(const QList<Vortex::Core::MessageRecord> &records);
    /// Inserts a new message at its place or merges into the existing row with the same SID.
    /// Returns false when the record was ignored (no SID) or changed nothing.
    bool upsert(const Vortex::Core::MessageRecord &record);

    const Vortex::Core::MessageRecord &record(int row) const { return m_records.at(row); }
    /// -1 when unknown.
    int rowOfSid(const QString &sid) const;

    /// Merges \a incoming into \a existing without moving the status backwards.
    static Vortex::Core::MessageRecord merged(const Vortex::Core::MessageRecord &existing,
                                              const Vortex::Core::MessageRecord &incoming);
    /// "30003 — Unreachable destination handset" (Twilio's error dictionary), empty for none.
    static QString errorText(const Vortex::Core::MessageRecord &record);

private:
    QVariant displayData(const Vortex::Core::MessageRecord &record, int column) const;
    QVariant sortData(const Vortex::Core::MessageRecord &record, int column) const;
    int insertPosition(const QDateTime &created) const;
    void reindexFrom(int row);

    QList<Vortex::Core::MessageRecord> m_records;
    QHash<QString, int> m_rowBySid;
};

} // namespace Vortex::Ui
