// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "incidentsmodel.h"

#include "incidentstyle.h"

#include <ui/models/messagestatusstyle.h>

#include <QApplication>
#include <QPalette>
#include <QSet>

#include <limits>

namespace Vortex::Ui {

using Core::IncidentSummary;
using Core::Paging::Incident;
using Core::Paging::IncidentState;

namespace {

bool escalates(const IncidentSummary &summary)
{
    const IncidentState state = summary.incident.state;
    return summary.nextEscalationAt.isValid()
           && (state == IncidentState::Triggered || state == IncidentState::Snoozed);
}

} // namespace

IncidentsModel::IncidentsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{}

int IncidentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncidentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Title");
    case StateColumn:
        return tr("State");
    case AgeColumn:
        return tr("Age");
    case PagedColumn:
        return tr("Paged");
    case NextEscalationColumn:
        return tr("Next escalation");
    default:
        return {};
    }
}

QString IncidentsModel::nextEscalationText(const IncidentSummary &summary) const
{
    if (!escalates(summary))
        return tr("—");
    const QString countdown = IncidentStyle::countdownText(m_now.secsTo(summary.nextEscalationAt));
    if (summary.nextEscalationText.isEmpty())
        return countdown;
    return tr("%1 · %2").arg(countdown, summary.nextEscalationText);
}

QVariant IncidentsModel::displayData(const IncidentSummary &summary, int column) const
{
    const Incident &incident = summary.incident;
    switch (column) {
    case SeverityColumn:
        return IncidentStyle::severityLabel(incident.severity);
    case CodeColumn:
        return tr("#%1").arg(incident.code);
    case TitleColumn:
        return incident.title;
    case StateColumn:
        if (incident.state == IncidentState::Snoozed && incident.snoozedUntil.isValid()) {
            return tr("Snoozed until %1")
                .arg(incident.snoozedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
        }
        return IncidentStyle::stateLabel(incident.state);
    case AgeColumn:
        return IncidentStyle::ageText(incident.createdAt.secsTo(m_now));
    case PagedColumn:
        return summary.pagedRecipients.join(QStringLiteral(", "));
    case NextEscalationColumn:
        return nextEscalationText(summary);
    default:
        return {};
    }
}

QVariant IncidentsModel::sortData(const IncidentSummary &summary, int column) const
{
    const Incident &incident = summary.incident;
    switch (column) {
    case SeverityColumn:
        return int(incident.severity);
    case CodeColumn:
        return incident.code.toLongLong();
    case TitleColumn:
        return incident.title.toLower();
    case StateColumn:
        return IncidentStyle::stateRank(incident.state);
    case AgeColumn:
        // Youngest first when ascending.
        return -incident.createdAt.toMSecsSinceEpoch();
    case PagedColumn:
        return summary.pagedRecipients.join(QStringLiteral(", ")).toLower();
    case NextEscalationColumn:
        return escalates(summary) ? summary.nextEscalationAt.toMSecsSinceEpoch()
                                  : std::numeric_limits<qint64>::max();
    default:
        return {};
    }
}

QVariant IncidentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IncidentSummary &summary = m_rows.at(index.row());
    const Incident &incident = summary.incident;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(summary, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SeverityColumn:
            return IncidentStyle::severityDescription(incident.severity);
        case TitleColumn:
            return incident.summary.isEmpty() ? incident.title : incident.summary;
        case StateColumn:
            return incident.actor.isEmpty()
                       ? IncidentStyle::stateLabel(incident.state)
                       : tr("%1 by %2")
                             .arg(IncidentStyle::stateLabel(incident.state), incident.actor);
        case AgeColumn:
            return tr("Raised %1").arg(IncidentStyle::localTime(incident.createdAt));
        case PagedColumn:
            if (summary.lastPageStatus.isEmpty())
                return tr("Nobody has been paged yet.");
            return tr("Latest page: %1").arg(MessageStatusStyle::label(summary.lastPageStatus));
        case NextEscalationColumn:
            if (!escalates(summary))
                return tr("No further escalation is planned.");
            return tr("%1 at %2")
                .arg(summary.nextEscalationText,
                     IncidentStyle::localTime(summary.nextEscalationAt));
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == StateColumn) {
            return MessageStatusStyle::dotIcon(
                IncidentStyle::stateColour(incident.state, QApplication::palette()));
        }
        if (index.column() == PagedColumn && !summary.lastPageStatus.isEmpty())
            return MessageStatusStyle::icon(summary.lastPageStatus);
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == SeverityColumn)
            return IncidentStyle::severityDescription(incident.severity);
        return displayData(summary, index.column());
    case IncidentIdRole:
        return incident.id;
    case SeverityRole:
        return int(incident.severity);
    case StateRole:
        return int(incident.state);
    case CreatedAtRole:
        return incident.createdAt;
    case SummaryRole:
        return QVariant::fromValue(summary);
    case SortRole:
        return sortData(summary, index.column());
    case SearchRole:
        return QStringList{incident.code,    incident.title,
                           incident.summary, summary.pagedRecipients.join(QLatin1Char(' ')),
                           incident.source,  incident.actor}
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}

std::optional<IncidentSummary> IncidentsModel::summaryById(qint64 id) const
{
    const int row = rowOfId(id);
    if (row < 0)
        return std::nullopt;
    return m_rows.at(row);
}

int IncidentsModel::rowOfId(qint64 id) const
{
    return m_rowById.value(id, -1);
}

void IncidentsModel::replaceRow(int row, const IncidentSummary &summary)
{
    m_rows[row] = summary;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void IncidentsModel::setSummaries(const QList<IncidentSummary> &summaries)
{
    QSet<qint64> present;
    for (const IncidentSummary &incoming : summaries) {
        present.insert(incoming.incident.id);
        const int row = rowOfId(incoming.incident.id);
        if (row < 0) {
            const int at = int(m_rows.size());
            beginInsertRows({}, at, at);
            m_rows.append(incoming);
            m_rowById.insert(incoming.incident.id, at);
            endInsertRows();
            continue;
        }
        IncidentSummary merged = incoming;
        const Incident &known = m_rows.at(row).incident;
        if (known.updatedAt.isValid() && incoming.incident.updatedAt.isValid()
            && known.updatedAt > incoming.incident.updatedAt)
            merged.incident = known; // the engine told us about a newer change already
        replaceRow(row, merged);
    }
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const Incident &incident = m_rows.at(row).incident;
        if (present.contains(incident.id) || incident.isOpen())
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        m_rowById.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowById.insert(m_rows.at(i).incident.id, i);
    }
}

bool IncidentsModel::upsertIncident(const Incident &incident)
{
    const int row = rowOfId(incident.id);
    if (row >= 0) {
        const Incident &known = m_rows.at(row).incident;
        if (known.updatedAt.isValid() && incident.updatedAt.isValid()
            && known.updatedAt > incident.updatedAt)
            return false;
        IncidentSummary summary = m_rows.at(row);
        summary.incident = incident;
        replaceRow(row, summary);
        return false;
    }
    IncidentSummary summary;
    summary.incident = incident;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(summary);
    m_rowById.insert(incident.id, at);
    endInsertRows();
    return true;
}

void IncidentsModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, AgeColumn), index(int(m_rows.size()) - 1, AgeColumn),
                       {Qt::DisplayRole});
    Q_EMIT dataChanged(index(0, NextEscalationColumn),
                       index(int(m_rows.size()) - 1, NextEscalationColumn),
                       {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace Vortex::Ui
