// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "messagesmodel.h"

#include "messagestatusstyle.h"

#include <core/twilio/errordictionary.h>

#include <QLocale>

#include <algorithm>

namespace Vortex::Ui {

using Vortex::Core::MessageRecord;

namespace {

constexpr int BodyPreviewLength = 60;

QString bodyPreview(const QString &body)
{
    const QString flat = body.simplified();
    if (flat.size() <= BodyPreviewLength)
        return flat;
    return flat.left(BodyPreviewLength - 1) + QChar(0x2026);
}

// Newest first; messages without a creation time go last.
bool newerThan(const QDateTime &a, const QDateTime &b)
{
    if (a.isValid() != b.isValid())
        return a.isValid();
    return a > b;
}

} // namespace

MessagesModel::MessagesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int MessagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int MessagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MessageRecord &rec = m_records.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(rec, column);
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return MessageStatusStyle::icon(rec.status);
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn || (column == ErrorColumn && rec.errorCode != 0))
            return MessageStatusStyle::colour(rec.status);
        return {};
    case Qt::ToolTipRole:
        if (column == BodyPreviewColumn)
            return rec.body;
        if (column == ErrorColumn && rec.errorCode != 0) {
            const auto info = Vortex::Core::Twilio::ErrorDictionary::lookup(rec.errorCode);
            return info.causes.isEmpty() ? errorText(rec)
                                         : errorText(rec) + QLatin1String("\n\n") + info.causes;
        }
        if (column == StatusColumn)
            return tr("Twilio status: %1").arg(rec.status);
        return {};
    case Qt::TextAlignmentRole:
        if (column == SegmentsColumn || column == PriceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SidRole:
        return rec.sid;
    case StatusRole:
        return rec.status;
    case StatusRankRole:
        return Vortex::Core::statusRank(rec.status);
    case IsFinalRole:
        return rec.isFinal();
    case ErrorCodeRole:
        return rec.errorCode;
    case DirectionRole:
        return rec.direction;
    case ToRole:
        return rec.to;
    case FromRole:
        return rec.from;
    case BodyRole:
        return rec.body;
    case DateCreatedRole:
        return rec.dateCreated;
    case RecordRole:
        return QVariant::fromValue(rec);
    case SortRole:
        return sortData(rec, column);
    default:
        return {};
    }
}

QVariant MessagesModel::displayData(const MessageRecord &rec, int column) const
{
    switch (column) {
    case TimeCreatedColumn:
        return rec.dateCreated.isValid()
                   ? QLocale().toString(rec.dateCreated.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case DirectionColumn:
        if (rec.direction == QLatin1String("inbound"))
            return tr("Inbound");
        if (rec.direction.startsWith(QLatin1String("outbound")))
            return tr("Outbound");
        return rec.direction;
    case ToColumn:
        return rec.to;
    case FromColumn:
        return rec.from;
    case StatusColumn:
        return MessageStatusStyle::label(rec.status);
    case ErrorColumn:
        return errorText(rec);
    case SegmentsColumn:
        return rec.numSegments > 0 ? QVariant(rec.numSegments) : QVariant();
    case PriceColumn:
        if (rec.price.isEmpty())
            return QString();
        return rec.priceUnit.isEmpty() ? rec.price : rec.price + QLatin1Char(' ') + rec.priceUnit;
    case BodyPreviewColumn:
        return bodyPreview(rec.body);
    default:
        return {};
    }
}

QVariant MessagesModel::sortData(const MessageRecord &rec, int column) const
{
    switch (column) {
    case TimeCreatedColumn:
        return rec.dateCreated;
    case StatusColumn:
        return Vortex::Core::statusRank(rec.status);
    case ErrorColumn:
        return rec.errorCode;
    case SegmentsColumn:
        return rec.numSegments;
    case PriceColumn:
        return rec.price.isEmpty() ? 0.0 : rec.price.toDouble();
    case BodyPreviewColumn:
        return rec.body;
    default:
        return displayData(rec, column);
    }
}

QVariant MessagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeCreatedColumn:
        return tr("Created");
    case DirectionColumn:
        return tr("Direction");
    case ToColumn:
        return tr("To");
    case FromColumn:
        return tr("From");
    case StatusColumn:
        return tr("Status");
    case ErrorColumn:
        return tr("Error");
    case SegmentsColumn:
        return tr("Segments");
    case PriceColumn:
        return tr("Price");
    case BodyPreviewColumn:
        return tr("Message");
    default:
        return {};
    }
}

QHash<int, QByteArray> MessagesModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(SidRole, QByteArrayLiteral("sid"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(StatusRankRole, QByteArrayLiteral("statusRank"));
    names.insert(IsFinalRole, QByteArrayLiteral("isFinal"));
    names.insert(ErrorCodeRole, QByteArrayLiteral("errorCode"));
    names.insert(DirectionRole, QByteArrayLiteral("direction"));
    names.insert(ToRole, QByteArrayLiteral("to"));
    names.insert(FromRole, QByteArrayLiteral("from"));
    names.insert(BodyRole, QByteArrayLiteral("body"));
    names.insert(DateCreatedRole, QByteArrayLiteral("dateCreated"));
    names.insert(RecordRole, QByteArrayLiteral("record"));
    names.insert(SortRole, QByteArrayLiteral("sortValue"));
    return names;
}

void MessagesModel::setRecords(const QList<MessageRecord> &records)
{
    // The one reset: the initial load. Updates that raced ahead of it are merged, not lost.
    QHash<QString, MessageRecord> bySid;
    bySid.reserve(records.size() + m_records.size());
    for (const MessageRecord &rec : std::as_const(m_records))
        bySid.insert(rec.sid, rec);
    for (const MessageRecord &rec : records) {
        if (rec.sid.isEmpty())
            continue;
        const auto it = bySid.find(rec.sid);
        if (it == bySid.end())
            bySid.insert(rec.sid, rec);
        else
            *it = merged(*it, rec);
    }
    QList<MessageRecord> sorted = bySid.values();
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return newerThan(a.dateCreated, b.dateCreated);
    });

    beginResetModel();
    m_records = std::move(sorted);
    m_rowBySid.clear();
    reindexFrom(0);
    endResetModel();
}

bool MessagesModel::upsert(const MessageRecord &record)
{
    if (record.sid.isEmpty())
        return false;
    const int row = rowOfSid(record.sid);
    if (row < 0) {
        const int at = insertPosition(record.dateCreated);
        beginInsertRows(QModelIndex(), at, at);
        m_records.insert(at, record);
        reindexFrom(at);
        endInsertRows();
        return true;
    }
    const MessageRecord next = merged(m_records.at(row), record);
    MessageRecord &current = m_records[row];
    const bool changed
        = next.status != current.status || next.errorCode != current.errorCode
          || next.errorMessage != current.errorMessage || next.numSegments != current.numSegments
          || next.price != current.price || next.priceUnit != current.priceUnit
          || next.body != current.body || next.to != current.to || next.from != current.from
          || next.direction != current.direction || next.dateCreated != current.dateCreated
          || next.dateUpdated != current.dateUpdated || next.dateSent != current.dateSent;
    if (!changed)
        return false;
    const bool createdChanged = next.dateCreated != current.dateCreated;
    current = next;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (createdChanged) {
        // A status callback can arrive before Twilio's answer to the create: the row then
        // learns its creation time late and moves to its place (rows stay newest first).
        MessageRecord moving = m_records.takeAt(row);
        const int target = insertPosition(moving.dateCreated);
        m_records.insert(row, moving);
        const int destination = target > row ? target + 1 : target;
        if (destination != row && destination != row + 1) {
            beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination);
            m_records.move(row, target);
            endMoveRows();
            reindexFrom(std::min(row, target));
        }
    }
    return true;
}

int MessagesModel::rowOfSid(const QString &sid) const
{
    return m_rowBySid.value(sid, -1);
}

MessageRecord MessagesModel::merged(const MessageRecord &existing, const MessageRecord &incoming)
{
    return Vortex::Core::mergeMessageRecords(existing, incoming);
}

QString MessagesModel::errorText(const MessageRecord &record)
{
    if (record.errorCode == 0)
        return record.errorMessage;
    const auto info = Vortex::Core::Twilio::ErrorDictionary::lookup(record.errorCode);
    const QString meaning = info.known ? info.message : record.errorMessage;
    if (meaning.isEmpty())
        return QString::number(record.errorCode);
    return QString::number(record.errorCode) + QStringLiteral(" \u2014 ") + meaning;
}

int MessagesModel::insertPosition(const QDateTime &created) const
{
    // Rows are sorted newest first; a new message usually lands at row 0.
    const auto it = std::upper_bound(m_records.cbegin(), m_records.cend(), created,
                                     [](const QDateTime &value, const MessageRecord &rec) {
                                         return newerThan(value, rec.dateCreated);
                                     });
    return int(it - m_records.cbegin());
}

void MessagesModel::reindexFrom(int row)
{
    for (int i = row; i < m_records.size(); ++i)
        m_rowBySid.insert(m_records.at(i).sid, i);
}

} // namespace Vortex::Ui

#include "moc_messagesmodel.cpp"
