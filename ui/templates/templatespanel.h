// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <ui/mainwindow/panelcontext.h>

#include <core/paging/pagingtemplates.h>

#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace Vortex::Ui {

class TemplateEditor;
class TemplateListModel;
class TemplatesController;

/// The template editor panel: the stored templates (SMS page, voice call, WhatsApp page per
/// language) beside a TemplateEditor with live preview. Save writes the paging store on a
/// worker thread (TemplatesController); the running engine reads templates for every page, so
/// the next page uses what was saved. While the editor has unsaved changes the list, New and
/// Delete wait (Save or Revert first).
class TemplatesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatesPanel(const PanelContext &context, QWidget *parent = nullptr);
    ~TemplatesPanel() override;

    TemplatesController *controller() const { return m_controller; }
    TemplateListModel *listModel() const { return m_model; }
    QTableView *listView() const { return m_list; }
    TemplateEditor *editor() const { return m_editor; }
    /// New SMS page / voice call / WhatsApp page template.
    QAction *newAction(Core::Paging::TemplateKind kind) const;
    QAction *deleteAction() const { return m_deleteAction; }
    QLabel *statusLabel() const { return m_status; }

private:
    void onTemplatesChanged(const QList<Core::Paging::PagingTemplate> &templates);
    void onSelectionChanged();
    void startNew(Core::Paging::TemplateKind kind);
    void save(const Core::Paging::PagingTemplate &tmpl);
    void removeSelected();
    void updateActions();
    void checkDuplicate();
    void select(int row);

    TemplatesController *m_controller = nullptr;
    TemplateListModel *m_model = nullptr;
    QTableView *m_list = nullptr;
    TemplateEditor *m_editor = nullptr;
    QLabel *m_status = nullptr;
    QList<QAction *> m_newActions; ///< by TemplateKind
    QAction *m_deleteAction = nullptr;
    quint64 m_pendingSave = 0;
    Core::Paging::PagingTemplate m_saving;
};

} // namespace Vortex::Ui
