// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace Vortex::Ui {

/// A WhatsApp template's placeholders {{1}}, {{2}}… and the variable that fills each: row n is
/// {{n + 1}}. Only the variable column is editable, and only with a known variable name.
class VariableMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PlaceholderColumn, VariableColumn, ColumnCount };

    explicit VariableMappingModel(QObject *parent = nullptr);

    void setVariables(const QStringList &variables);
    const QStringList &variables() const { return m_variables; }
    /// Adds {{n + 1}} filled by \a variable; returns its row.
    int appendVariable(const QString &variable);
    void removeVariable(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// Any change: set, appended, removed or edited.
    void variablesEdited();

private:
    QStringList m_variables;
};

} // namespace Vortex::Ui
