// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "recipienteditor.h"

#include "configcontroller.h"
#include "configlistmodel.h"
#include "editorstyle.h"
#include "fieldproblems.h"
#include "recipientform.h"
#include "routingform.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace Vortex::Ui {

using Core::PagingConfigChange;
using Core::PagingConfigSaveResult;
using Core::PagingConfigSnapshot;
using Core::Paging::EscalationPolicy;
using Core::Paging::Recipient;

namespace {

QString displayName(const Recipient &recipient)
{
    if (!recipient.name.trimmed().isEmpty())
        return recipient.name.trimmed();
    return recipient.id.isEmpty() ? RecipientEditor::tr("New recipient") : recipient.id;
}

} // namespace

RecipientEditor::RecipientEditor(ConfigController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("recipientEditor"));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter;

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_listModel = new ConfigListModel(this);
    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("recipientList"));
    m_list->setAccessibleName(tr("Recipients"));
    m_list->setModel(m_listModel);
    leftLayout->addWidget(m_list);
    auto *listButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&New"));
    add->setObjectName(QStringLiteral("newRecipientButton"));
    add->setAccessibleName(tr("New recipient"));
    add->setToolTip(tr("New recipient (Ctrl+N)"));
    m_delete = new QPushButton(tr("&Delete"));
    m_delete->setObjectName(QStringLiteral("deleteRecipientButton"));
    m_delete->setAccessibleName(tr("Delete recipient"));
    m_delete->setToolTip(tr("Delete the selected recipient (Delete in the list)"));
    listButtons->addWidget(add);
    listButtons->addWidget(m_delete);
    leftLayout->addLayout(listButtons);
    splitter->addWidget(left);

    m_formArea = new QWidget;
    auto *formLayout = new QVBoxLayout(m_formArea);
    auto *person = new QGroupBox(tr("Person"));
    auto *personLayout = new QVBoxLayout(person);
    m_form = new RecipientForm;
    m_form->setObjectName(QStringLiteral("recipientForm"));
    personLayout->addWidget(m_form);
    formLayout->addWidget(person);
    m_routing = new RoutingForm;
    m_routing->setObjectName(QStringLiteral("routingForm"));
    formLayout->addWidget(m_routing);
    formLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_formArea);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("problemSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();
    layout->addWidget(m_summary);
    auto *bar = new QHBoxLayout;
    m_dirty = new QLabel(tr("Unsaved changes"));
    m_dirty->setObjectName(QStringLiteral("dirtyIndicator"));
    m_dirty->hide();
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("saveStatus"));
    m_status->setWordWrap(true);
    bar->addWidget(m_dirty);
    bar->addWidget(m_status, 1);
    m_revert = new QPushButton(tr("&Revert"));
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setAccessibleName(tr("Revert recipients"));
    m_revert->setToolTip(tr("Discard unsaved changes to recipients"));
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Save recipients"));
    m_save->setToolTip(tr("Save every changed recipient (Ctrl+S)"));
    bar->addWidget(m_revert);
    bar->addWidget(m_save);
    layout->addLayout(bar);

    auto *saveAction = new QAction(tr("Save recipients"), this);
    saveAction->setObjectName(QStringLiteral("actionSaveRecipients"));
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);
    auto *newAction = new QAction(tr("New recipient"), this);
    newAction->setObjectName(QStringLiteral("actionNewRecipient"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newAction);
    auto *deleteAction = new QAction(tr("Delete recipient"), m_list);
    deleteAction->setObjectName(QStringLiteral("actionDeleteRecipient"));
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(deleteAction);

    connect(saveAction, &QAction::triggered, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    connect(newAction, &QAction::triggered, this, &RecipientEditor::addRecipient);
    connect(deleteAction, &QAction::triggered, this, &RecipientEditor::deleteRecipient);
    connect(m_save, &QPushButton::clicked, this, &RecipientEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &RecipientEditor::revert);
    connect(add, &QPushButton::clicked, this, &RecipientEditor::addRecipient);
    connect(m_delete, &QPushButton::clicked, this, &RecipientEditor::deleteRecipient);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_showing)
                    return;
                m_current = current.isValid() ? current.row() : -1;
                showCurrent();
            });
    connect(m_form, &RecipientForm::edited, this, &RecipientEditor::currentEdited);
    connect(m_form, &RecipientForm::timeZoneEdited, m_routing, &RoutingForm::setTimeZone);
    connect(m_routing, &RoutingForm::edited, this, &RecipientEditor::currentEdited);

    connect(m_controller, &ConfigController::snapshotChanged, this,
            [this](const PagingConfigSnapshot &snapshot) { adopt(snapshot, true); });
    connect(m_controller, &ConfigController::loadFailed, this,
            [this](const QString &message) { EditorStyle::showFieldError(m_status, message); });
    connect(m_controller, &ConfigController::saveFinished, this,
            [this](const PagingConfigSaveResult &result) {
                if (result.requestId != m_saveRequest)
                    return;
                m_saveRequest = 0;
                if (result.ok) {
                    m_status->setPalette(palette());
                    m_status->setText(tr("Saved. The paging engine uses the new settings from its "
                                         "next page."));
                    adopt(result.snapshot, false);
                } else {
                    EditorStyle::showFieldError(
                        m_status, tr("Not saved: %1").arg(result.problems.join(QLatin1Char('\n'))));
                    revalidate();
                }
            });

    if (m_controller->isLoaded())
        adopt(m_controller->snapshot(), false);
    else
        revalidate();
}

const Recipient *RecipientEditor::savedRecipient(const QString &id) const
{
    for (const Recipient &recipient : m_saved) {
        if (recipient.id == id)
            return &recipient;
    }
    return nullptr;
}

bool RecipientEditor::isDirty() const
{
    if (!m_removed.isEmpty() || m_working.size() != m_saved.size())
        return true;
    for (const Recipient &recipient : m_working) {
        const Recipient *saved = savedRecipient(recipient.id);
        if (!saved || *saved != recipient)
            return true;
    }
    return false;
}

bool RecipientEditor::selectRecipient(const QString &id)
{
    for (qsizetype row = 0; row < m_working.size(); ++row) {
        if (m_working.at(row).id == id) {
            m_list->setCurrentIndex(m_listModel->index(int(row)));
            return true;
        }
    }
    return false;
}

void RecipientEditor::adopt(const PagingConfigSnapshot &snapshot, bool keepEdits)
{
    const QString currentId
        = m_current >= 0 && m_current < m_working.size() ? m_working.at(m_current).id : QString();
    const bool keep = keepEdits && isDirty();
    m_saved = snapshot.recipients;
    m_policies = snapshot.policies;
    if (!keep) {
        m_working = m_saved;
        m_removed.clear();
    }
    m_current = -1;
    for (qsizetype row = 0; row < m_working.size(); ++row) {
        if (m_working.at(row).id == currentId)
            m_current = int(row);
    }
    if (m_current < 0 && !m_working.isEmpty())
        m_current = 0;
    revalidate();
    m_showing = true;
    m_list->setCurrentIndex(m_current >= 0 ? m_listModel->index(m_current) : QModelIndex());
    m_showing = false;
    showCurrent();
}

void RecipientEditor::showCurrent()
{
    const bool has = m_current >= 0 && m_current < m_working.size();
    m_formArea->setEnabled(has);
    m_delete->setEnabled(has);
    if (!has)
        return;
    const Recipient &recipient = m_working.at(m_current);
    m_showing = true;
    m_form->setRecipient(recipient, !savedRecipient(recipient.id) || recipient.id.isEmpty());
    m_routing->setRouting(recipient.routing, recipient.timeZone);
    m_showing = false;
    revalidate();
}

void RecipientEditor::currentEdited()
{
    if (m_showing || m_current < 0 || m_current >= m_working.size())
        return;
    Recipient recipient = m_form->recipient();
    recipient.routing = m_routing->routing();
    m_working[m_current] = recipient;
    revalidate();
}

void RecipientEditor::revalidate()
{
    QList<ConfigListModel::Item> items;
    m_problems.clear();
    QList<FieldProblem> currentProblems;
    for (qsizetype row = 0; row < m_working.size(); ++row) {
        const Recipient &recipient = m_working.at(row);
        const Recipient *saved = savedRecipient(recipient.id);
        QStringList problems = recipient.validate();
        for (qsizetype other = 0; other < m_working.size(); ++other) {
            if (other != row && m_working.at(other).id == recipient.id && !recipient.id.isEmpty())
                problems.append(
                    tr("id: another recipient already has the id \"%1\"").arg(recipient.id));
        }
        const QList<FieldProblem> parsed = FieldProblem::parseAll(problems);
        if (row == m_current)
            currentProblems = parsed;
        ConfigListModel::Item item;
        item.id = recipient.id;
        item.title = displayName(recipient);
        item.subtitle = QStringLiteral("%1 · %2").arg(recipient.role, recipient.timeZone);
        const bool changed = !saved || *saved != recipient;
        item.state = !saved    ? ConfigListModel::State::New
                     : changed ? ConfigListModel::State::Changed
                               : ConfigListModel::State::Unchanged;
        if (changed && !parsed.isEmpty()) {
            item.state = ConfigListModel::State::Invalid;
            QStringList lines;
            for (const FieldProblem &problem : parsed) {
                lines.append(problem.sentence());
                m_problems.append(tr("%1 — %2").arg(displayName(recipient), problem.sentence()));
            }
            item.problems = lines.join(QLatin1Char('\n'));
        }
        items.append(item);
    }
    // Row ids must be unique for the list model: new rows without an id yet get a placeholder.
    for (qsizetype row = 0; row < items.size(); ++row) {
        if (items.at(row).id.isEmpty()
            || std::count_if(items.begin(), items.end(), [&](const auto &i) {
                   return i.id == items.at(row).id;
               }) > 1)
            items[row].id = QStringLiteral("\x1f%1").arg(row);
    }
    m_showing = true;
    m_listModel->setItems(items);
    m_showing = false;

    m_form->setProblems(currentProblems);
    m_routing->setProblems(currentProblems);
    if (m_problems.isEmpty()) {
        m_summary->hide();
    } else {
        EditorStyle::showFieldError(m_summary, tr("Fix these to save:") + QLatin1Char('\n')
                                                   + m_problems.join(QLatin1Char('\n')));
    }
    const bool dirty = isDirty();
    m_dirty->setVisible(dirty);
    m_save->setEnabled(dirty && m_problems.isEmpty() && m_saveRequest == 0);
    m_revert->setEnabled(dirty && m_saveRequest == 0);
    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

PagingConfigChange RecipientEditor::pendingChange() const
{
    PagingConfigChange change;
    for (const Recipient &recipient : m_working) {
        const Recipient *saved = savedRecipient(recipient.id);
        if (!saved || *saved != recipient)
            change.upsertRecipients.append(recipient);
    }
    for (const QString &id : m_removed) {
        const bool readded = std::any_of(m_working.begin(), m_working.end(),
                                         [&](const Recipient &r) { return r.id == id; });
        if (!readded)
            change.removeRecipients.append(id);
    }
    return change;
}

void RecipientEditor::save()
{
    const PagingConfigChange change = pendingChange();
    if (change.isEmpty() || !m_problems.isEmpty() || m_saveRequest != 0)
        return;
    m_saveRequest = m_controller->save(change);
    m_status->setPalette(palette());
    m_status->setText(tr("Saving…"));
    revalidate();
}

void RecipientEditor::revert()
{
    m_status->clear();
    PagingConfigSnapshot snapshot;
    snapshot.recipients = m_saved;
    snapshot.policies = m_policies;
    adopt(snapshot, false);
}

void RecipientEditor::addRecipient()
{
    Recipient recipient;
    recipient.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (!QTimeZone::isTimeZoneIdAvailable(recipient.timeZone.toUtf8()))
        recipient.timeZone = QStringLiteral("UTC");
    // A new person usually pages through the same senders as the one selected.
    if (m_current >= 0 && m_current < m_working.size())
        recipient.routing.senders = m_working.at(m_current).routing.senders;
    m_working.append(recipient);
    m_current = int(m_working.size()) - 1;
    revalidate();
    m_showing = true;
    m_list->setCurrentIndex(m_listModel->index(m_current));
    m_showing = false;
    showCurrent();
    if (auto *id = m_form->findChild<QWidget *>(QStringLiteral("idEdit")))
        id->setFocus();
}

void RecipientEditor::deleteRecipient()
{
    if (m_current < 0 || m_current >= m_working.size())
        return;
    const Recipient &recipient = m_working.at(m_current);
    for (const EscalationPolicy &policy : std::as_const(m_policies)) {
        for (qsizetype tier = 0; tier < policy.tiers.size(); ++tier) {
            if (policy.tiers.at(tier).recipientIds.contains(recipient.id)) {
                EditorStyle::showFieldError(
                    m_status, tr("%1 cannot be deleted: the escalation policy \"%2\" pages them in "
                                 "tier %3. Remove them from that policy first.")
                                  .arg(displayName(recipient), policy.name)
                                  .arg(tier + 1));
                return;
            }
        }
    }
    if (savedRecipient(recipient.id))
        m_removed.append(recipient.id);
    m_working.removeAt(m_current);
    m_current = std::min(m_current, int(m_working.size()) - 1);
    m_status->clear();
    revalidate();
    m_showing = true;
    m_list->setCurrentIndex(m_current >= 0 ? m_listModel->index(m_current) : QModelIndex());
    m_showing = false;
    showCurrent();
}

} // namespace Vortex::Ui
