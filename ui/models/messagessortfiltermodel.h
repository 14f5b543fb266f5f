// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QSortFilterProxyModel>

namespace Vortex::Ui {

/// Sorting and filtering over MessagesModel: a status group and a free-text search that matches
/// the recipient, the sender, the body and the SID (phone numbers also match by digits alone).
class MessagesSortFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter { All, InFlight, Delivered, Problems, Inbound };
    Q_ENUM(StatusFilter)

    explicit MessagesSortFilterModel(QObject *parent = nullptr);

    StatusFilter statusFilter() const { return m_statusFilter; }
    void setStatusFilter(StatusFilter filter);
    QString textFilter() const { return m_text; }
    void setTextFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool acceptsStatus(const QModelIndex &index) const;
    bool acceptsText(const QModelIndex &index) const;

    StatusFilter m_statusFilter = StatusFilter::All;
    QString m_text;
    QString m_digits;
};

} // namespace Vortex::Ui
