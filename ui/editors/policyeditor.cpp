// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "policyeditor.h"

#include "configcontroller.h"
#include "configlistmodel.h"
#include "editorstyle.h"
#include "fieldproblems.h"
#include "tiersmodel.h"

#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Vortex::Ui {

using Core::PagingConfigChange;
using Core::PagingConfigSaveResult;
using Core::PagingConfigSnapshot;
using Core::Paging::EscalationPolicy;
using Core::Paging::EscalationTier;
using Core::Paging::Recipient;

namespace {

QString displayName(const EscalationPolicy &policy)
{
    if (!policy.name.trimmed().isEmpty())
        return policy.name.trimmed();
    return policy.id.isEmpty() ? PolicyEditor::tr("New policy") : policy.id;
}

QLabel *errorLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->hide();
    return label;
}

QPushButton *button(const QString &text, const QString &objectName, const QString &accessible)
{
    auto *b = new QPushButton(text);
    b->setObjectName(objectName);
    b->setAccessibleName(accessible);
    return b;
}

QWidget *stacked(QWidget *field, QLabel *below)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(below);
    return box;
}

} // namespace

PolicyEditor::PolicyEditor(ConfigController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("policyEditor"));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter;

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_listModel = new ConfigListModel(this);
    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("policyList"));
    m_list->setAccessibleName(tr("Escalation policies"));
    m_list->setModel(m_listModel);
    leftLayout->addWidget(m_list);
    auto *listButtons = new QHBoxLayout;
    auto *add = button(tr("&New"), QStringLiteral("newPolicyButton"), tr("New policy"));
    add->setToolTip(tr("New escalation policy (Ctrl+N)"));
    m_delete = button(tr("&Delete"), QStringLiteral("deletePolicyButton"), tr("Delete policy"));
    listButtons->addWidget(add);
    listButtons->addWidget(m_delete);
    leftLayout->addLayout(listButtons);
    splitter->addWidget(left);

    m_formArea = new QWidget;
    auto *formLayout = new QVBoxLayout(m_formArea);
    auto *form = new QFormLayout;
    m_id = new QLineEdit;
    m_id->setObjectName(QStringLiteral("policyIdEdit"));
    m_id->setAccessibleName(tr("Policy ID"));
    m_idError = errorLabel(QStringLiteral("policyIdError"));
    form->addRow(tr("&ID:"), stacked(m_id, m_idError));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("policyNameEdit"));
    m_name->setAccessibleName(tr("Policy name"));
    m_nameError = errorLabel(QStringLiteral("policyNameError"));
    form->addRow(tr("&Name:"), stacked(m_name, m_nameError));
    m_repeat = new QSpinBox;
    m_repeat->setObjectName(QStringLiteral("repeatSpin"));
    m_repeat->setAccessibleName(tr("Repeats"));
    m_repeat->setRange(0, 10);
    m_repeat->setSuffix(tr(" extra rounds"));
    form->addRow(tr("&Repeat:"), m_repeat);
    m_voiceAfter = new QSpinBox;
    m_voiceAfter->setObjectName(QStringLiteral("voiceAfterSpin"));
    m_voiceAfter->setAccessibleName(tr("Call after minutes"));
    m_voiceAfter->setRange(1, 1440);
    m_voiceAfter->setSuffix(tr(" min"));
    m_voiceAfter->setToolTip(
        tr("Sev1: call a recipient whose SMS is this old and unacknowledged."));
    form->addRow(tr("Sev1 &call after:"), m_voiceAfter);
    formLayout->addLayout(form);

    auto *tiersBox = new QGroupBox(tr("Tiers (paged from the top)"));
    auto *tiersLayout = new QVBoxLayout(tiersBox);
    auto *tiersRow = new QHBoxLayout;
    m_tiersModel = new TiersModel(this);
    m_tiers = new QTableView;
    m_tiers->setObjectName(QStringLiteral("tiersTable"));
    m_tiers->setAccessibleName(tr("Tiers"));
    m_tiers->setModel(m_tiersModel);
    m_tiers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tiers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tiers->horizontalHeader()->setSectionResizeMode(TiersModel::Recipients, QHeaderView::Stretch);
    tiersRow->addWidget(m_tiers, 1);
    auto *tierButtons = new QVBoxLayout;
    auto *addTier = button(tr("Add tier"), QStringLiteral("addTierButton"), tr("Add tier"));
    auto *removeTier
        = button(tr("Remove tier"), QStringLiteral("removeTierButton"), tr("Remove tier"));
    auto *up = button(tr("Move up"), QStringLiteral("tierUpButton"), tr("Move tier up"));
    auto *down = button(tr("Move down"), QStringLiteral("tierDownButton"), tr("Move tier down"));
    for (QPushButton *b : {addTier, removeTier, up, down})
        tierButtons->addWidget(b);
    tierButtons->addStretch();
    tiersRow->addLayout(tierButtons);
    tiersLayout->addLayout(tiersRow);
    auto *tierForm = new QFormLayout;
    m_tierRecipients = new QListWidget;
    m_tierRecipients->setObjectName(QStringLiteral("tierRecipientList"));
    m_tierRecipients->setAccessibleName(tr("Recipients of the selected tier"));
    tierForm->addRow(tr("Selected tier pages:"), m_tierRecipients);
    m_tierWait = new QSpinBox;
    m_tierWait->setObjectName(QStringLiteral("tierWaitSpin"));
    m_tierWait->setAccessibleName(tr("Wait before the next tier, minutes"));
    m_tierWait->setRange(1, 1440);
    m_tierWait->setSuffix(tr(" min"));
    tierForm->addRow(tr("then &waits:"), m_tierWait);
    tiersLayout->addLayout(tierForm);
    m_tiersError = errorLabel(QStringLiteral("tiersError"));
    tiersLayout->addWidget(m_tiersError);
    formLayout->addWidget(tiersBox, 1);
    splitter->addWidget(m_formArea);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_summary = errorLabel(QStringLiteral("policyProblemSummary"));
    layout->addWidget(m_summary);
    auto *bar = new QHBoxLayout;
    m_dirty = new QLabel(tr("Unsaved changes"));
    m_dirty->setObjectName(QStringLiteral("policyDirtyIndicator"));
    m_dirty->hide();
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("policySaveStatus"));
    m_status->setWordWrap(true);
    bar->addWidget(m_dirty);
    bar->addWidget(m_status, 1);
    m_revert = button(tr("&Revert"), QStringLiteral("policyRevertButton"), tr("Revert policies"));
    m_save = button(tr("&Save"), QStringLiteral("policySaveButton"), tr("Save policies"));
    m_save->setToolTip(tr("Save every changed policy (Ctrl+S)"));
    bar->addWidget(m_revert);
    bar->addWidget(m_save);
    layout->addLayout(bar);

    auto *saveAction = new QAction(tr("Save policies"), this);
    saveAction->setObjectName(QStringLiteral("actionSavePolicies"));
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);
    auto *newAction = new QAction(tr("New policy"), this);
    newAction->setObjectName(QStringLiteral("actionNewPolicy"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newAction);

    connect(saveAction, &QAction::triggered, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    connect(newAction, &QAction::triggered, this, &PolicyEditor::addPolicy);
    connect(m_save, &QPushButton::clicked, this, &PolicyEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &PolicyEditor::revert);
    connect(add, &QPushButton::clicked, this, &PolicyEditor::addPolicy);
    connect(m_delete, &QPushButton::clicked, this, &PolicyEditor::deletePolicy);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_showing)
                    return;
                m_current = current.isValid() ? current.row() : -1;
                showCurrent();
            });
    connect(m_id, &QLineEdit::textEdited, this, [this] { currentEdited(); });
    connect(m_name, &QLineEdit::textEdited, this, [this] { currentEdited(); });
    connect(m_repeat, &QSpinBox::valueChanged, this, [this] { currentEdited(); });
    connect(m_voiceAfter, &QSpinBox::valueChanged, this, [this] { currentEdited(); });
    connect(m_tiersModel, &TiersModel::tiersEdited, this, [this] { currentEdited(); });
    connect(
        m_tiers->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showTier(current.isValid() ? current.row() : -1); });
    connect(addTier, &QPushButton::clicked, this, [this] {
        const int row = m_tiersModel->appendTier(EscalationTier{{}, 10});
        m_tiers->setCurrentIndex(m_tiersModel->index(row, TiersModel::Recipients));
    });
    connect(removeTier, &QPushButton::clicked, this,
            [this] { m_tiersModel->removeTier(m_tiers->currentIndex().row()); });
    auto move = [this](int delta) {
        const int row = m_tiersModel->moveTier(m_tiers->currentIndex().row(), delta);
        m_tiers->setCurrentIndex(m_tiersModel->index(row, TiersModel::Recipients));
        showTier(row);
    };
    connect(up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(down, &QPushButton::clicked, this, [move] { move(1); });
    connect(m_tierRecipients, &QListWidget::itemChanged, this, [this] {
        if (m_showing || m_tier < 0)
            return;
        QStringList ids;
        for (int row = 0; row < m_tierRecipients->count(); ++row) {
            const QListWidgetItem *item = m_tierRecipients->item(row);
            if (item->checkState() == Qt::Checked)
                ids.append(item->data(Qt::UserRole).toString());
        }
        m_tiersModel->setRecipientIds(m_tier, ids);
    });
    connect(m_tierWait, &QSpinBox::valueChanged, this, [this](int minutes) {
        if (m_showing || m_tier < 0)
            return;
        m_tiersModel->setData(m_tiersModel->index(m_tier, TiersModel::WaitMinutes), minutes);
    });

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
                    m_status->setText(tr("Saved. The next escalation step follows the new "
                                         "tiers."));
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

const EscalationPolicy *PolicyEditor::savedPolicy(const QString &id) const
{
    for (const EscalationPolicy &policy : m_saved) {
        if (policy.id == id)
            return &policy;
    }
    return nullptr;
}

bool PolicyEditor::isDirty() const
{
    if (!m_removed.isEmpty() || m_working.size() != m_saved.size())
        return true;
    return std::any_of(m_working.begin(), m_working.end(), [this](const EscalationPolicy &p) {
        const EscalationPolicy *saved = savedPolicy(p.id);
        return !saved || *saved != p;
    });
}

bool PolicyEditor::selectPolicy(const QString &id)
{
    for (qsizetype row = 0; row < m_working.size(); ++row) {
        if (m_working.at(row).id == id) {
            m_list->setCurrentIndex(m_listModel->index(int(row)));
            return true;
        }
    }
    return false;
}

void PolicyEditor::adopt(const PagingConfigSnapshot &snapshot, bool keepEdits)
{
    const QString currentId
        = m_current >= 0 && m_current < m_working.size() ? m_working.at(m_current).id : QString();
    const bool keep = keepEdits && isDirty();
    m_saved = snapshot.policies;
    m_recipients = snapshot.recipients;
    if (!keep) {
        m_working = m_saved;
        m_removed.clear();
    }
    QHash<QString, QString> names;
    for (const Recipient &recipient : std::as_const(m_recipients))
        names.insert(recipient.id, recipient.name.isEmpty() ? recipient.id : recipient.name);
    m_tiersModel->setRecipientNames(names);
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

void PolicyEditor::showCurrent()
{
    const bool has = m_current >= 0 && m_current < m_working.size();
    m_formArea->setEnabled(has);
    m_delete->setEnabled(has);
    if (!has) {
        m_tiersModel->setTiers({});
        showTier(-1);
        return;
    }
    const EscalationPolicy &policy = m_working.at(m_current);
    m_showing = true;
    m_id->setText(policy.id);
    m_id->setReadOnly(savedPolicy(policy.id) && !policy.id.isEmpty());
    m_name->setText(policy.name);
    m_repeat->setValue(policy.repeatCount);
    m_voiceAfter->setValue(policy.voiceAfterMinutes);
    m_tiersModel->setTiers(policy.tiers);
    m_showing = false;
    const int tier = policy.tiers.isEmpty() ? -1 : 0;
    m_tiers->setCurrentIndex(m_tiersModel->index(tier, TiersModel::Recipients));
    showTier(tier);
    revalidate();
}

void PolicyEditor::showTier(int row)
{
    m_tier = row >= 0 && row < m_tiersModel->rowCount() ? row : -1;
    m_showing = true;
    m_tierRecipients->clear();
    m_tierRecipients->setEnabled(m_tier >= 0);
    m_tierWait->setEnabled(m_tier >= 0);
    if (m_tier >= 0) {
        const EscalationTier tier = m_tiersModel->tiers().at(m_tier);
        QStringList ids;
        for (const Recipient &recipient : std::as_const(m_recipients))
            ids.append(recipient.id);
        for (const QString &id : tier.recipientIds) {
            if (!ids.contains(id))
                ids.append(id); // a missing recipient stays visible so it can be unticked
        }
        for (const QString &id : std::as_const(ids)) {
            auto it = std::find_if(m_recipients.cbegin(), m_recipients.cend(),
                                   [&](const Recipient &r) { return r.id == id; });
            const QString text = it == m_recipients.cend() ? tr("%1 (no such recipient)").arg(id)
                                                           : tr("%1 (%2)").arg(it->name, id);
            auto *item = new QListWidgetItem(text, m_tierRecipients);
            item->setData(Qt::UserRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(tier.recipientIds.contains(id) ? Qt::Checked : Qt::Unchecked);
        }
        m_tierWait->setValue(tier.waitMinutes);
    }
    m_showing = false;
}

void PolicyEditor::currentEdited()
{
    if (m_showing || m_current < 0 || m_current >= m_working.size())
        return;
    EscalationPolicy &policy = m_working[m_current];
    policy.id = m_id->text().trimmed();
    policy.name = m_name->text();
    policy.repeatCount = m_repeat->value();
    policy.voiceAfterMinutes = m_voiceAfter->value();
    policy.tiers = m_tiersModel->tiers();
    revalidate();
}

void PolicyEditor::revalidate()
{
    QList<ConfigListModel::Item> items;
    m_problems.clear();
    QList<FieldProblem> currentProblems;
    for (qsizetype row = 0; row < m_working.size(); ++row) {
        const EscalationPolicy &policy = m_working.at(row);
        QStringList problems = policy.validate();
        for (qsizetype t = 0; t < policy.tiers.size(); ++t) {
            const QStringList &ids = policy.tiers.at(t).recipientIds;
            for (qsizetype i = 0; i < ids.size(); ++i) {
                const bool known
                    = std::any_of(m_recipients.begin(), m_recipients.end(),
                                  [&](const Recipient &r) { return r.id == ids.at(i); });
                if (!known)
                    problems.append(QStringLiteral("tiers[%1].recipients[%2]: ").arg(t).arg(i)
                                    + tr("there is no recipient \"%1\"").arg(ids.at(i)));
            }
        }
        for (qsizetype other = 0; other < m_working.size(); ++other) {
            if (other != row && m_working.at(other).id == policy.id && !policy.id.isEmpty())
                problems.append(tr("id: another policy already has the id \"%1\"").arg(policy.id));
        }
        const QList<FieldProblem> parsed = FieldProblem::parseAll(problems);
        if (row == m_current)
            currentProblems = parsed;
        const EscalationPolicy *saved = savedPolicy(policy.id);
        const bool changed = !saved || *saved != policy;
        ConfigListModel::Item item;
        item.id = policy.id;
        item.title = displayName(policy);
        item.subtitle = tr("%n tier(s)", nullptr, int(policy.tiers.size()));
        item.state = !saved    ? ConfigListModel::State::New
                     : changed ? ConfigListModel::State::Changed
                               : ConfigListModel::State::Unchanged;
        if (changed && !parsed.isEmpty()) {
            item.state = ConfigListModel::State::Invalid;
            QStringList lines;
            for (const FieldProblem &problem : parsed) {
                lines.append(problem.sentence());
                m_problems.append(tr("%1 — %2").arg(displayName(policy), problem.sentence()));
            }
            item.problems = lines.join(QLatin1Char('\n'));
        }
        items.append(item);
    }
    for (qsizetype row = 0; row < items.size(); ++row) {
        const QString id = items.at(row).id;
        if (id.isEmpty() || std::count_if(items.begin(), items.end(), [&](const auto &i) {
                                return i.id == id;
                            }) > 1)
            items[row].id = QStringLiteral("\x1f%1").arg(row);
    }
    m_showing = true;
    m_listModel->setItems(items);
    m_showing = false;

    EditorStyle::showFieldError(m_idError, problemsFor(currentProblems, QStringLiteral("id")));
    EditorStyle::showFieldError(m_nameError, problemsFor(currentProblems, QStringLiteral("name")));
    QStringList tierLines;
    QHash<int, QString> tierRows;
    for (const FieldProblem &problem : std::as_const(currentProblems)) {
        if (problem.field() == u"tiers" || problem.field() == u"repeatCount"
            || problem.field() == u"voiceAfterMinutes")
            tierLines.append(problem.sentence());
        if (problem.field() == u"tiers" && problem.index() >= 0)
            tierRows[problem.index()] = problem.text;
    }
    EditorStyle::showFieldError(m_tiersError, tierLines.join(QLatin1Char('\n')));
    m_tiersModel->setProblems(tierRows);
    if (m_problems.isEmpty())
        m_summary->hide();
    else
        EditorStyle::showFieldError(m_summary, tr("Fix these to save:") + QLatin1Char('\n')
                                                   + m_problems.join(QLatin1Char('\n')));
    const bool dirty = isDirty();
    m_dirty->setVisible(dirty);
    m_save->setEnabled(dirty && m_problems.isEmpty() && m_saveRequest == 0);
    m_revert->setEnabled(dirty && m_saveRequest == 0);
    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

PagingConfigChange PolicyEditor::pendingChange() const
{
    PagingConfigChange change;
    for (const EscalationPolicy &policy : m_working) {
        const EscalationPolicy *saved = savedPolicy(policy.id);
        if (!saved || *saved != policy)
            change.upsertPolicies.append(policy);
    }
    for (const QString &id : m_removed) {
        if (std::none_of(m_working.begin(), m_working.end(),
                         [&](const EscalationPolicy &p) { return p.id == id; }))
            change.removePolicies.append(id);
    }
    return change;
}

void PolicyEditor::save()
{
    const PagingConfigChange change = pendingChange();
    if (change.isEmpty() || !m_problems.isEmpty() || m_saveRequest != 0)
        return;
    m_saveRequest = m_controller->save(change);
    m_status->setPalette(palette());
    m_status->setText(tr("Saving…"));
    revalidate();
}

void PolicyEditor::revert()
{
    m_status->clear();
    PagingConfigSnapshot snapshot;
    snapshot.policies = m_saved;
    snapshot.recipients = m_recipients;
    adopt(snapshot, false);
}

void PolicyEditor::addPolicy()
{
    EscalationPolicy policy;
    policy.tiers.append(EscalationTier{{}, 10});
    m_working.append(policy);
    m_current = int(m_working.size()) - 1;
    revalidate();
    m_showing = true;
    m_list->setCurrentIndex(m_listModel->index(m_current));
    m_showing = false;
    showCurrent();
    m_id->setFocus();
}

void PolicyEditor::deletePolicy()
{
    if (m_current < 0 || m_current >= m_working.size())
        return;
    if (m_working.size() == 1) {
        EditorStyle::showFieldError(m_status, tr("The last escalation policy cannot be deleted: "
                                                 "new incidents would page nobody."));
        return;
    }
    const QString id = m_working.at(m_current).id;
    if (savedPolicy(id))
        m_removed.append(id);
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
