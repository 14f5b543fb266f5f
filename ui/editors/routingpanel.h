// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <ui/mainwindow/panelcontext.h>

#include <QWidget>

class QTabWidget;

namespace Vortex::Ui {

class ConfigController;
class PolicyEditor;
class RecipientEditor;

/// The "Recipients and routing" panel of the main window: tabs Recipients and Escalation
/// policies over the paging store (PanelContext::pagingDatabasePath), read and written on a
/// worker thread. Saved changes apply to the running engine at its next decision.
class RoutingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RoutingPanel(const PanelContext &context, QWidget *parent = nullptr);
    ~RoutingPanel() override;

    /// Either editor has unsaved changes (ask before closing).
    bool hasUnsavedChanges() const;

    ConfigController *controller() const { return m_controller; }
    RecipientEditor *recipientEditor() const { return m_recipients; }
    PolicyEditor *policyEditor() const { return m_policies; }

public Q_SLOTS:
    /// Reads the stored configuration again (keeps unsaved edits).
    void reload();

private:
    void updateTabTitles();

    ConfigController *m_controller = nullptr;
    QTabWidget *m_tabs = nullptr;
    RecipientEditor *m_recipients = nullptr;
    PolicyEditor *m_policies = nullptr;
};

} // namespace Vortex::Ui
