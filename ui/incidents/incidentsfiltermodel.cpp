// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "incidentsfiltermodel.h"

#include "incidentsmodel.h"
#include "incidentstyle.h"

#include <algorithm>
#include <tuple>

namespace Vortex::Ui {

using Core::Paging::IncidentState;

IncidentsFilterModel::IncidentsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(IncidentsModel::SortRole);
    setDynamicSortFilter(true);
}

void IncidentsFilterModel::setStateFilter(StateFilter filter)
{
    if (filter == m_state)
        return;
    m_state = filter;
    invalidateFilter();
}

void IncidentsFilterModel::setSeverityFilter(int maxSeverity)
{
    maxSeverity = std::clamp(maxSeverity, 1, 4);
    if (maxSeverity == m_maxSeverity)
        return;
    m_maxSeverity = maxSeverity;
    invalidateFilter();
}

void IncidentsFilterModel::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : m_words) {
        if (word.startsWith(QLatin1Char('#')) && word.size() > 1)
            word.remove(0, 1); // "#17" finds code 17
    }
    invalidateFilter();
}

bool IncidentsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto state = IncidentState(index.data(IncidentsModel::StateRole).toInt());
    switch (m_state) {
    case StateFilter::Open:
        if (state == IncidentState::Resolved)
            return false;
        break;
    case StateFilter::Unacknowledged:
        if (state != IncidentState::Triggered)
            return false;
        break;
    case StateFilter::All:
        break;
    }
    if (index.data(IncidentsModel::SeverityRole).toInt() > m_maxSeverity)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(IncidentsModel::SearchRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(), [&haystack](const QString &word) {
        return haystack.contains(word, Qt::CaseInsensitive);
    });
}

bool IncidentsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(IncidentsModel::SortRole);
    const QVariant r = right.data(IncidentsModel::SortRole);
    const QPartialOrdering order = QVariant::compare(l, r);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    // Ties (and the state column itself): board order.
    const auto key = [](const QModelIndex &index) {
        const QModelIndex first = index.siblingAtColumn(0);
        return std::tuple(
            IncidentStyle::stateRank(IncidentState(first.data(IncidentsModel::StateRole).toInt())),
            first.data(IncidentsModel::SeverityRole).toInt(),
            -first.data(IncidentsModel::CreatedAtRole).toDateTime().toMSecsSinceEpoch(),
            -first.data(IncidentsModel::IncidentIdRole).toLongLong());
    };
    return key(left) < key(right);
}

} // namespace Vortex::Ui
