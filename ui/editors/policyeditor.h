// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <core/console/configstore.h>

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Vortex::Ui {

class ConfigController;
class ConfigListModel;
class TiersModel;

/// The escalation policy editor: policies on the left; the selected one's name, tiers in order
/// (who is paged, how long to wait before the next tier), repeats and the sev1 call delay on the
/// right. Save writes every changed policy in one transaction; the engine's next escalation step
/// follows the new tiers.
class PolicyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyEditor(ConfigController *controller, QWidget *parent = nullptr);

    bool isDirty() const;
    QStringList problems() const { return m_problems; }
    bool selectPolicy(const QString &id);
    ConfigListModel *listModel() const { return m_listModel; }
    TiersModel *tiersModel() const { return m_tiersModel; }

public Q_SLOTS:
    void save();
    void revert();
    void addPolicy();
    void deletePolicy();

Q_SIGNALS:
    void dirtyChanged(bool dirty);

private:
    void adopt(const Core::PagingConfigSnapshot &snapshot, bool keepEdits);
    void showCurrent();
    void showTier(int row);
    void currentEdited();
    void revalidate();
    const Core::Paging::EscalationPolicy *savedPolicy(const QString &id) const;
    Core::PagingConfigChange pendingChange() const;

    ConfigController *m_controller = nullptr;
    QList<Core::Paging::EscalationPolicy> m_saved;
    QList<Core::Paging::Recipient> m_recipients;
    QList<Core::Paging::EscalationPolicy> m_working;
    QStringList m_removed;
    int m_current = -1;
    int m_tier = -1;
    bool m_showing = false;
    bool m_lastDirty = false;
    quint64 m_saveRequest = 0;
    QStringList m_problems;

    ConfigListModel *m_listModel = nullptr;
    TiersModel *m_tiersModel = nullptr;
    QListView *m_list = nullptr;
    QWidget *m_formArea = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_idError = nullptr;
    QLabel *m_nameError = nullptr;
    QTableView *m_tiers = nullptr;
    QLabel *m_tiersError = nullptr;
    QListWidget *m_tierRecipients = nullptr;
    QSpinBox *m_tierWait = nullptr;
    QSpinBox *m_repeat = nullptr;
    QSpinBox *m_voiceAfter = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_dirty = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace Vortex::Ui
