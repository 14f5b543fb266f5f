// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <core/console/configstore.h>

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace Vortex::Ui {

class ConfigController;
class ConfigListModel;
class RecipientForm;
class RoutingForm;

/// The recipients and routing editor: the recipients on the left, the selected one's person
/// fields and routing on the right. Edits are kept per recipient until Save writes every changed
/// recipient (and deletions) in one transaction through the ConfigController; the running
/// engine uses them from its next decision. Problems show under their fields and in a summary,
/// and Save stays disabled while anything is invalid.
class RecipientEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RecipientEditor(ConfigController *controller, QWidget *parent = nullptr);

    bool isDirty() const;
    /// Every problem of the edited recipients, as shown in the summary.
    QStringList problems() const { return m_problems; }
    /// Selects the recipient with \a id; false when there is none.
    bool selectRecipient(const QString &id);
    ConfigListModel *listModel() const { return m_listModel; }
    RoutingForm *routingForm() const { return m_routing; }

public Q_SLOTS:
    void save();
    void revert();
    void addRecipient();
    void deleteRecipient();

Q_SIGNALS:
    /// Dirty state changed (for a tab title or a close prompt).
    void dirtyChanged(bool dirty);

private:
    void adopt(const Core::PagingConfigSnapshot &snapshot, bool keepEdits);
    void showCurrent();
    void currentEdited();
    void revalidate();
    const Core::Paging::Recipient *savedRecipient(const QString &id) const;
    Core::PagingConfigChange pendingChange() const;

    ConfigController *m_controller = nullptr;
    QList<Core::Paging::Recipient> m_saved;
    QList<Core::Paging::EscalationPolicy> m_policies;
    QList<Core::Paging::Recipient> m_working;
    QStringList m_removed;
    int m_current = -1;
    bool m_showing = false;
    bool m_lastDirty = false;
    quint64 m_saveRequest = 0;
    QStringList m_problems;

    ConfigListModel *m_listModel = nullptr;
    QListView *m_list = nullptr;
    RecipientForm *m_form = nullptr;
    RoutingForm *m_routing = nullptr;
    QWidget *m_formArea = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_dirty = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace Vortex::Ui
