// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "timelinemodel.h"

#include "incidentstyle.h"

#include <ui/models/messagestatusstyle.h>

#include <algorithm>

namespace Vortex::Ui {

using Core::Paging::TimelineEntry;

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("Event");
    case RecipientColumn:
        return tr("Recipient");
    case ChannelColumn:
        return tr("Channel");
    case SidColumn:
        return tr("SID");
    case StatusColumn:
        return tr("Status");
    case ErrorColumn:
        return tr("Error");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TimeColumn:
            return IncidentStyle::localTime(entry.at);
        case EventColumn:
            return IncidentStyle::kindLabel(entry.kind);
        case RecipientColumn:
            return m_names.value(entry.recipientId, entry.recipientId);
        case ChannelColumn:
            return IncidentStyle::channelLabel(entry.channel);
        case SidColumn:
            return entry.sid;
        case StatusColumn:
            return entry.status.isEmpty() ? QString() : MessageStatusStyle::label(entry.status);
        case ErrorColumn:
            return entry.errorCode ? IncidentStyle::errorText(*entry.errorCode) : QString();
        case DetailColumn:
            return entry.detail;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.at.toUTC().toString(Qt::ISODateWithMs);
        case EventColumn:
            return entry.kind;
        case ErrorColumn:
            return entry.errorCode ? IncidentStyle::errorText(*entry.errorCode) : QVariant();
        case DetailColumn:
            return entry.detail;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == StatusColumn && !entry.status.isEmpty())
            return MessageStatusStyle::icon(entry.status);
        return {};
    case EntryIdRole:
        return entry.id;
    case KindRole:
        return entry.kind;
    case ErrorCodeRole:
        return entry.errorCode ? QVariant(*entry.errorCode) : QVariant();
    case AtRole:
        return entry.at;
    default:
        return {};
    }
}

void TimelineModel::setIncident(qint64 incidentId)
{
    if (incidentId == m_incidentId)
        return;
    beginResetModel();
    m_incidentId = incidentId;
    m_entries.clear();
    m_ids.clear();
    endResetModel();
}

bool TimelineModel::insertEntry(const TimelineEntry &entry)
{
    if (m_ids.contains(entry.id))
        return false;
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), entry.id,
                                     [](const TimelineEntry &e, qint64 id) { return e.id < id; });
    const int row = int(it - m_entries.cbegin());
    beginInsertRows({}, row, row);
    m_entries.insert(row, entry);
    m_ids.insert(entry.id);
    endInsertRows();
    return true;
}

void TimelineModel::setEntries(qint64 incidentId, const QList<TimelineEntry> &entries)
{
    setIncident(incidentId);
    for (const TimelineEntry &entry : entries) {
        if (entry.incidentId == incidentId)
            insertEntry(entry);
    }
}

bool TimelineModel::append(const TimelineEntry &entry)
{
    if (m_incidentId == 0 || entry.incidentId != m_incidentId)
        return false;
    return insertEntry(entry);
}

void TimelineModel::setRecipientNames(const QHash<QString, QString> &names)
{
    if (names == m_names)
        return;
    m_names = names;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, RecipientColumn),
                           index(int(m_entries.size()) - 1, RecipientColumn));
}

} // namespace Vortex::Ui
