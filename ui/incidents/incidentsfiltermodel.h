// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QSortFilterProxyModel>

namespace Vortex::Ui {

/// Filters and sorts the incidents board. Every column sorts by IncidentsModel::SortRole and
/// breaks ties in board order: state (triggered, acknowledged, snoozed, resolved), then
/// severity (sev1 first), then age (youngest first). The board starts sorted by the state
/// column, which is exactly that order.
class IncidentsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StateFilter {
        Open,           ///< everything not resolved
        Unacknowledged, ///< triggered only
        All
    };
    Q_ENUM(StateFilter)

    explicit IncidentsFilterModel(QObject *parent = nullptr);

    StateFilter stateFilter() const { return m_state; }
    void setStateFilter(StateFilter filter);
    /// Shows incidents of severity \a worst … 1 (1 = sev1 only, 4 = all).
    int severityFilter() const { return m_maxSeverity; }
    void setSeverityFilter(int maxSeverity);
    QString textFilter() const { return m_text; }
    /// Case-insensitive; every word must occur in the code, title, summary, people or source.
    void setTextFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    StateFilter m_state = StateFilter::Open;
    int m_maxSeverity = 4;
    QString m_text;
    QStringList m_words;
};

} // namespace Vortex::Ui
