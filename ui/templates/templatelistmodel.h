// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "templatescontroller.h"

#include <core/paging/pagingtemplates.h>

#include <QAbstractTableModel>
#include <QList>

namespace Vortex::Ui {

/// The stored templates, one row each: kind, language, first line of the text.
class TemplateListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, LanguageColumn, TextColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, LanguageRole };

    explicit TemplateListModel(QObject *parent = nullptr);

    /// Updates rows in place (sorted by kind, then language): rows are removed, inserted or
    /// changed only where they differ, so selection and scrolling survive a save.
    void setTemplates(const QList<Core::Paging::PagingTemplate> &templates);
    const QList<Core::Paging::PagingTemplate> &templates() const { return m_items; }
    /// The row stored under \a key, -1 when none.
    int rowOf(const TemplateKey &key) const;
    Core::Paging::PagingTemplate templateAt(int row) const { return m_items.value(row); }

    /// "SMS page", "Voice call", "WhatsApp page".
    static QString kindText(Core::Paging::TemplateKind kind);
    /// "Any language" for "".
    static QString languageText(const QString &language);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Core::Paging::PagingTemplate> m_items;
};

} // namespace Vortex::Ui
