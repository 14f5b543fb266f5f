// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <core/console/incidentsquery.h>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace Vortex::Ui {

/// The incidents board's rows: one IncidentSummary per incident, in no particular order (the
/// IncidentsFilterModel sorts). Follows the engine with upsertIncident() and the worker's
/// summaries with setSummaries(), never resetting; setNow() ticks the age and countdown columns.
class IncidentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        CodeColumn,
        TitleColumn,
        StateColumn,
        AgeColumn,
        PagedColumn,
        NextEscalationColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IncidentIdRole = Qt::UserRole + 1,
        SeverityRole,  ///< int 1 … 4
        StateRole,     ///< int (Core::Paging::IncidentState)
        CreatedAtRole, ///< QDateTime
        SummaryRole,   ///< the whole IncidentSummary
        SortRole,      ///< a value that sorts naturally for the column
        SearchRole,    ///< text the search box looks in (code, title, summary, people, source)
    };
    Q_ENUM(Role)

    explicit IncidentsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Merges a fresh answer of the worker: new incidents are inserted, known ones updated
    /// (an incident the engine reported as changed later than the answer keeps its newer state),
    /// resolved ones that dropped out of the answer are removed. Open incidents missing from the
    /// answer stay: they are newer than the query.
    void setSummaries(const QList<Core::IncidentSummary> &summaries);
    /// Inserts or updates one incident from the engine (paged people and next step stay until
    /// the next summary). Returns true when it was new to the model.
    bool upsertIncident(const Core::Paging::Incident &incident);

    /// The clock for the age and countdown columns (UTC); emits dataChanged for them.
    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now; }

    const Core::IncidentSummary &summary(int row) const { return m_rows.at(row); }
    std::optional<Core::IncidentSummary> summaryById(qint64 id) const;
    int rowOfId(qint64 id) const;

    /// "in 3:42 · tier 2: Bob Carter", or "—" when nothing more is planned.
    QString nextEscalationText(const Core::IncidentSummary &summary) const;

private:
    QVariant displayData(const Core::IncidentSummary &summary, int column) const;
    QVariant sortData(const Core::IncidentSummary &summary, int column) const;
    void replaceRow(int row, const Core::IncidentSummary &summary);

    QList<Core::IncidentSummary> m_rows;
    QHash<qint64, int> m_rowById;
    QDateTime m_now;
};

} // namespace Vortex::Ui
