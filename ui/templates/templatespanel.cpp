// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "templatespanel.h"

#include "templateeditor.h"
#include "templatelistmodel.h"
#include "templatescontroller.h"

#include <ui/editors/editorstyle.h>

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Vortex::Ui {

using Core::Paging::PagingTemplate;
using Core::Paging::TemplateKind;

namespace {

constexpr TemplateKind Kinds[]
    = {TemplateKind::SmsPage, TemplateKind::VoicePrompt, TemplateKind::WhatsAppPage};

} // namespace

TemplatesPanel::TemplatesPanel(const PanelContext &context, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("templatesPanel"));
    setAccessibleName(tr("Templates"));
    m_controller = new TemplatesController(context.pagingDatabasePath, this);
    m_model = new TemplateListModel(this);

    m_list = new QTableView(this);
    m_list->setAccessibleName(tr("Stored templates"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);

    auto *newMenu = new QMenu(tr("New template"), this);
    const QList<QKeySequence> shortcuts
        = {QKeySequence(Qt::CTRL | Qt::Key_N), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)};
    for (int i = 0; i < 3; ++i) {
        const TemplateKind kind = Kinds[i];
        QAction *action
            = newMenu->addAction(tr("New %1 template").arg(TemplateListModel::kindText(kind)));
        action->setShortcut(shortcuts.at(i));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, [this, kind] { startNew(kind); });
        m_newActions.append(action);
    }
    auto *newButton = new QToolButton(this);
    newButton->setText(tr("&New"));
    newButton->setAccessibleName(tr("New template"));
    newButton->setMenu(newMenu);
    newButton->setPopupMode(QToolButton::InstantPopup);
    m_deleteAction = new QAction(tr("&Delete"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteAction->setToolTip(tr("Delete the selected template; pages use the next one that "
                                  "fits, or the built-in text"));
    m_list->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, &TemplatesPanel::removeSelected);
    auto *deleteButton = new QToolButton(this);
    deleteButton->setDefaultAction(m_deleteAction);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Templates status"));

    auto *left = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(deleteButton);
    buttons->addStretch();
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_list);
    auto *hint = new QLabel(tr("Without a template, pages use the built-in texts. Each recipient "
                               "gets the template of their language, else the one for every "
                               "language."),
                            left);
    hint->setWordWrap(true);
    leftLayout->addWidget(hint);
    leftLayout->addWidget(m_status);

    m_editor = new TemplateEditor(this);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_controller, &TemplatesController::templatesChanged, this,
            &TemplatesPanel::onTemplatesChanged);
    connect(m_controller, &TemplatesController::loadFailed, this, [this](const QString &error) {
        EditorStyle::showFieldError(m_status, tr("Cannot read the templates: %1").arg(error));
    });
    connect(m_controller, &TemplatesController::saveFinished, this,
            [this](quint64 request, bool ok, const QString &error) {
                if (request != m_pendingSave)
                    return;
                m_pendingSave = 0;
                if (!ok) {
                    EditorStyle::showFieldError(m_status, tr("Not saved: %1").arg(error));
                    updateActions();
                    return;
                }
                EditorStyle::showFieldInfo(m_status, tr("Saved. The next page uses it."));
                if (m_editor->hasTemplate() && m_editor->currentTemplate() == m_saving)
                    m_editor->markSaved(m_saving);
                // The list reloaded while the editor still held the unsaved template, so the
                // duplicate check saw it as taken: re-run it now the editor holds the saved one.
                checkDuplicate();
                updateActions();
            });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TemplatesPanel::onSelectionChanged);
    connect(m_editor, &TemplateEditor::saveRequested, this, &TemplatesPanel::save);
    connect(m_editor, &TemplateEditor::modifiedChanged, this, [this] { updateActions(); });
    connect(m_editor, &TemplateEditor::newTemplateDiscarded, this, [this] {
        updateActions();
        select(m_model->rowCount() > 0 ? 0 : -1);
    });
    // A new template must not take the kind and language of another one.
    connect(m_editor->languageEdit(), &QLineEdit::textChanged, this,
            &TemplatesPanel::checkDuplicate);
    connect(m_editor->kindBox(), &QComboBox::currentIndexChanged, this,
            &TemplatesPanel::checkDuplicate);

    if (context.pagingDatabasePath.isEmpty()) {
        EditorStyle::showFieldError(m_status, tr("No paging store is configured."));
        setEnabled(false);
    } else {
        m_controller->reload();
    }
    updateActions();
}

TemplatesPanel::~TemplatesPanel() = default;

QAction *TemplatesPanel::newAction(TemplateKind kind) const
{
    return m_newActions.value(static_cast<int>(kind));
}

void TemplatesPanel::onTemplatesChanged(const QList<PagingTemplate> &templates)
{
    const bool hadSelection = m_list->selectionModel()->hasSelection();
    m_model->setTemplates(templates);
    if (m_editor->isModified()) {
        checkDuplicate();
        return;
    }
    // Follow the template being edited (it may just have been saved under a new key).
    const int row = m_editor->hasTemplate() ? m_model->rowOf(
                        {m_editor->originalTemplate().kind, m_editor->originalTemplate().language})
                                            : -1;
    if (row >= 0)
        select(row);
    else if (!hadSelection || !m_list->selectionModel()->hasSelection())
        select(m_model->rowCount() > 0 ? 0 : -1);
    checkDuplicate();
}

void TemplatesPanel::select(int row)
{
    if (row < 0) {
        m_list->selectionModel()->clearSelection();
        if (!m_editor->isModified())
            m_editor->clear();
        updateActions();
        return;
    }
    m_list->selectionModel()->select(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect
                                                                 | QItemSelectionModel::Rows);
    m_list->setCurrentIndex(m_model->index(row, 0));
    onSelectionChanged();
}

void TemplatesPanel::onSelectionChanged()
{
    if (m_editor->isModified())
        return; // the list is disabled meanwhile
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_editor->clear();
    } else {
        const PagingTemplate selected = m_model->templateAt(rows.first().row());
        if (!m_editor->hasTemplate() || !(m_editor->originalTemplate() == selected)
            || m_editor->isNew())
            m_editor->setTemplate(selected, false);
    }
    updateActions();
}

void TemplatesPanel::startNew(TemplateKind kind)
{
    if (m_editor->isModified())
        return;
    m_list->selectionModel()->clearSelection();
    m_editor->setTemplate(Core::Paging::PagingTemplates::starter(kind), true);
    checkDuplicate();
    m_editor->bodyEdit()->setFocus();
    updateActions();
}

void TemplatesPanel::checkDuplicate()
{
    if (!m_editor->hasTemplate()) {
        m_editor->setExtraProblem({});
        return;
    }
    const PagingTemplate current = m_editor->currentTemplate();
    const TemplateKey key{current.kind, current.language};
    const TemplateKey original{m_editor->originalTemplate().kind,
                               m_editor->originalTemplate().language};
    const bool taken = m_model->rowOf(key) >= 0 && (m_editor->isNew() || !(key == original));
    m_editor->setExtraProblem(
        taken ? tr("There is already a %1 template for %2: edit that one instead.")
                    .arg(TemplateListModel::kindText(current.kind),
                         TemplateListModel::languageText(current.language))
              : QString());
}

void TemplatesPanel::save(const PagingTemplate &tmpl)
{
    if (m_pendingSave)
        return;
    std::optional<TemplateKey> replaces;
    if (!m_editor->isNew())
        replaces
            = TemplateKey{m_editor->originalTemplate().kind, m_editor->originalTemplate().language};
    m_saving = tmpl;
    EditorStyle::showFieldInfo(m_status, tr("Saving…"));
    m_pendingSave = m_controller->save(tmpl, replaces);
    updateActions();
}

void TemplatesPanel::removeSelected()
{
    if (m_editor->isModified() || m_pendingSave)
        return;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const PagingTemplate selected = m_model->templateAt(rows.first().row());
    m_editor->clear();
    m_controller->remove({selected.kind, selected.language});
}

void TemplatesPanel::updateActions()
{
    const bool modified = m_editor->isModified();
    const bool idle = !modified && m_pendingSave == 0;
    m_list->setEnabled(!modified);
    m_list->setToolTip(modified ? tr("Save or revert the template first") : QString());
    for (QAction *action : std::as_const(m_newActions))
        action->setEnabled(idle);
    m_deleteAction->setEnabled(idle && m_list->selectionModel()->hasSelection());
}

} // namespace Vortex::Ui
