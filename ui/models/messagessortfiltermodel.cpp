// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "messagessortfiltermodel.h"

#include "messagesmodel.h"

#include <core/console/consoletypes.h>

namespace Vortex::Ui {

namespace {

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

} // namespace

MessagesSortFilterModel::MessagesSortFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(MessagesModel::SortRole);
    setDynamicSortFilter(true);
}

void MessagesSortFilterModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_statusFilter)
        return;
    m_statusFilter = filter;
    invalidateRowsFilter();
}

void MessagesSortFilterModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    // Only a query that is essentially a number ("+44 7700", "7700-900") matches by digits.
    const QString digits = digitsOf(trimmed);
    static const QString numberChars = QStringLiteral("+-() .");
    bool numeric = !digits.isEmpty();
    for (const QChar c : trimmed) {
        if (!c.isDigit() && !numberChars.contains(c))
            numeric = false;
    }
    m_digits = numeric ? digits : QString();
    invalidateRowsFilter();
}

bool MessagesSortFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return acceptsStatus(index) && acceptsText(index);
}

bool MessagesSortFilterModel::acceptsStatus(const QModelIndex &index) const
{
    const QString status = index.data(MessagesModel::StatusRole).toString();
    switch (m_statusFilter) {
    case StatusFilter::All:
        return true;
    case StatusFilter::InFlight:
        return !index.data(MessagesModel::IsFinalRole).toBool();
    case StatusFilter::Delivered:
        return status == QLatin1String("delivered") || status == QLatin1String("read");
    case StatusFilter::Problems:
        return status == QLatin1String("failed") || status == QLatin1String("undelivered")
               || status == QLatin1String("canceled")
               || index.data(MessagesModel::ErrorCodeRole).toInt() != 0;
    case StatusFilter::Inbound:
        return index.data(MessagesModel::DirectionRole).toString() == QLatin1String("inbound");
    }
    return true;
}

bool MessagesSortFilterModel::acceptsText(const QModelIndex &index) const
{
    if (m_text.isEmpty())
        return true;
    const QString to = index.data(MessagesModel::ToRole).toString();
    const QString from = index.data(MessagesModel::FromRole).toString();
    for (const int role : {int(MessagesModel::SidRole), int(MessagesModel::BodyRole)}) {
        if (index.data(role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    if (to.contains(m_text, Qt::CaseInsensitive) || from.contains(m_text, Qt::CaseInsensitive))
        return true;
    return !m_digits.isEmpty()
           && (digitsOf(to).contains(m_digits) || digitsOf(from).contains(m_digits));
}

} // namespace Vortex::Ui

#include "moc_messagessortfiltermodel.cpp"
