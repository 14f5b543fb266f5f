// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Vortex::Ui {

class MessagesModel;
class MessagesSortFilterModel;

/// The message list: a filter bar (status, search) over a sortable table. Remembers its column
/// layout in QSettings ("ui/messagesPanel/headerState").
class MessagesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MessagesPanel(MessagesModel *model, QWidget *parent = nullptr);
    ~MessagesPanel() override;

    MessagesSortFilterModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

    void saveState() const;
    void restoreState();

private:
    void updateCount();

    MessagesModel *m_model = nullptr;
    MessagesSortFilterModel *m_proxy = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QLabel *m_countLabel = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace Vortex::Ui
