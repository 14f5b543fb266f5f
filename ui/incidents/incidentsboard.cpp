// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "incidentsboard.h"

#include "incidentsfiltermodel.h"
#include "incidentsmodel.h"
#include "incidentsqueryrunner.h"
#include "incidentstyle.h"
#include "raiseincidentdialog.h"
#include "severitydelegate.h"

#include <core/console/consoleengine.h>

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Vortex::Ui {

using Core::ConsoleEngine;
using Core::IncidentSummary;
using Core::Paging::Incident;
using Core::Paging::IncidentState;
using Core::Paging::Severity;

namespace {

const QString settingsGroup = QStringLiteral("ui/incidentsBoard");
const QString headerKey = QStringLiteral("headerState");
/// Request ids of this board start here, apart from other panels' ids ("INC" in ASCII).
constexpr quint64 kRequestBase = 0x494e430000000000ULL;
/// A sev1 first seen later than this after it was raised is not announced as new.
constexpr qint64 kNewSev1Seconds = 15 * 60;

} // namespace

IncidentsBoard::IncidentsBoard(const PanelContext &context, IncidentsQueryRunner *runner,
                               QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_runner(runner ? runner : new IncidentsQueryRunner(context.pagingDatabasePath, this))
    , m_model(new IncidentsModel(this))
    , m_proxy(new IncidentsFilterModel(this))
    , m_stateFilter(new QComboBox(this))
    , m_severityFilter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_ticker(new QTimer(this))
    , m_nextRequest(kRequestBase)
{
    setObjectName(QStringLiteral("incidentsBoard"));
    setAccessibleName(tr("Incidents"));
    m_proxy->setSourceModel(m_model);

    using StateFilter = IncidentsFilterModel::StateFilter;
    m_stateFilter->setObjectName(QStringLiteral("incidentStateFilter"));
    m_stateFilter->setAccessibleName(tr("State filter"));
    m_stateFilter->addItem(tr("Open"), QVariant::fromValue(StateFilter::Open));
    m_stateFilter->addItem(tr("Not acknowledged"),
                           QVariant::fromValue(StateFilter::Unacknowledged));
    m_stateFilter->addItem(tr("All, also resolved"), QVariant::fromValue(StateFilter::All));
    m_severityFilter->setObjectName(QStringLiteral("incidentSeverityFilter"));
    m_severityFilter->setAccessibleName(tr("Severity filter"));
    m_severityFilter->addItem(tr("All severities"), 4);
    m_severityFilter->addItem(tr("SEV1 only"), 1);
    m_severityFilter->addItem(tr("SEV1 – SEV2"), 2);
    m_severityFilter->addItem(tr("SEV1 – SEV3"), 3);
    m_search->setObjectName(QStringLiteral("incidentSearchEdit"));
    m_search->setAccessibleName(tr("Search incidents"));
    m_search->setPlaceholderText(tr("Search code, title, people"));
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("incidentCount"));
    m_status->setObjectName(QStringLiteral("incidentStatus"));
    m_status->setAccessibleName(tr("Incident action status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setObjectName(QStringLiteral("incidentsTable"));
    m_view->setAccessibleName(tr("Incidents"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(IncidentsModel::SeverityColumn, new SeverityDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(IncidentsModel::StateColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setSectionResizeMode(IncidentsModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(IncidentsModel::SeverityColumn, 70);
    header->resizeSection(IncidentsModel::CodeColumn, 50);

    buildActions();

    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("incidentsToolBar"));
    toolBar->setAccessibleName(tr("Incident actions"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_raise);
    toolBar->addSeparator();
    toolBar->addAction(m_acknowledge);
    toolBar->addAction(m_resolve);
    toolBar->addAction(m_snooze);
    if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(m_snooze)))
        button->setPopupMode(QToolButton::InstantPopup);
    toolBar->addAction(m_escalate);

    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_stateFilter);
    filterBar->addWidget(m_severityFilter);
    filterBar->addWidget(m_search, 1);
    filterBar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolBar);
    layout->addLayout(filterBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStateFilter(m_stateFilter->currentData().value<StateFilter>());
        updateCount();
    });
    connect(m_severityFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setSeverityFilter(m_severityFilter->currentData().toInt());
        updateCount();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setTextFilter(text);
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &IncidentsBoard::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &IncidentsBoard::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &IncidentsBoard::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        const auto incident = currentIncident();
        const qint64 id = incident ? incident->id : 0;
        if (id != m_currentId) {
            m_currentId = id;
            Q_EMIT currentIncidentChanged(id);
        }
    });
    // The selected incident's state may change under it.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &IncidentsBoard::updateActions);

    connect(m_runner, &IncidentsQueryRunner::incidentsReady, this,
            [this](const QList<IncidentSummary> &summaries) {
                for (const IncidentSummary &summary : summaries) {
                    if (m_loaded)
                        noteIfNewSev1(summary.incident);
                    m_known.insert(summary.incident.id);
                }
                m_loaded = true;
                m_model->setSummaries(summaries);
                if (m_queryProblem) {
                    m_queryProblem = false;
                    setStatus(QString());
                }
            });
    connect(m_runner, &IncidentsQueryRunner::queryFailed, this, [this](const QString &message) {
        m_queryProblem = true;
        setStatus(message, true);
    });

    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &IncidentsBoard::tick);
    m_ticker->start();

    connectEngine();
    restoreState();
    updateActions();
    updateCount();
    m_runner->requestIncidents();
}

IncidentsBoard::~IncidentsBoard()
{
    saveState();
}

void IncidentsBoard::buildActions()
{
    const auto make = [this](const QString &text, const QString &name,
                             const QList<QKeySequence> &keys, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        addAction(action);
        return action;
    };
    m_acknowledge = make(tr("&Acknowledge"), QStringLiteral("actionAcknowledge"),
                         {QKeySequence(Qt::Key_A), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
                         tr("Acknowledge the selected incident: escalation stops (A)"));
    m_resolve = make(tr("&Resolve"), QStringLiteral("actionResolve"), {QKeySequence(Qt::Key_R)},
                     tr("Resolve the selected incident (R)"));
    m_snooze = make(tr("&Snooze"), QStringLiteral("actionSnooze"), {QKeySequence(Qt::Key_S)},
                    tr("Snooze the selected incident; it pages again afterwards (S)"));
    m_escalate
        = make(tr("&Escalate now"), QStringLiteral("actionEscalate"), {QKeySequence(Qt::Key_E)},
               tr("Page the next tier of the selected incident now (E)"));
    m_raise = make(tr("Raise &incident…"), QStringLiteral("actionRaiseIncident"),
                   {QKeySequence(Qt::CTRL | Qt::Key_N)}, tr("Raise a new incident (Ctrl+N)"));

    m_snoozeMenu = new QMenu(tr("Snooze for"), this);
    m_snoozeMenu->setObjectName(QStringLiteral("snoozeMenu"));
    for (int minutes : {15, 30, 60, 120}) {
        QAction *item
            = m_snoozeMenu->addAction(minutes < 60 ? tr("%n minute(s)", nullptr, minutes)
                                                   : tr("%n hour(s)", nullptr, minutes / 60));
        item->setObjectName(QStringLiteral("actionSnooze%1").arg(minutes));
        connect(item, &QAction::triggered, this, [this, minutes] { snoozeCurrent(minutes); });
    }
    m_snooze->setMenu(m_snoozeMenu);

    connect(m_acknowledge, &QAction::triggered, this, &IncidentsBoard::acknowledgeCurrent);
    connect(m_resolve, &QAction::triggered, this, &IncidentsBoard::resolveCurrent);
    connect(m_snooze, &QAction::triggered, this, &IncidentsBoard::showSnoozeMenu);
    connect(m_escalate, &QAction::triggered, this, &IncidentsBoard::escalateCurrent);
    connect(m_raise, &QAction::triggered, this, &IncidentsBoard::openRaiseDialog);

    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_acknowledge, m_resolve, m_snooze, m_escalate});
}

void IncidentsBoard::connectEngine()
{
    ConsoleEngine *engine = m_context.engine;
    if (!engine) {
        setStatus(tr("The paging engine is not running."), true);
        return;
    }
    // Explicitly queued: the engine lives on its own thread (or, in tests, is never re-entered).
    connect(
        engine, &ConsoleEngine::incidentsLoaded, this,
        [this](const QList<Incident> &incidents) {
            for (const Incident &incident : incidents) {
                m_known.insert(incident.id);
                m_model->upsertIncident(incident);
            }
            m_runner->requestIncidents();
        },
        Qt::QueuedConnection);
    connect(engine, &ConsoleEngine::incidentChanged, this, &IncidentsBoard::onIncidentChanged,
            Qt::QueuedConnection);
    connect(
        engine, &ConsoleEngine::timelineAppended, this,
        [this](const Core::Paging::TimelineEntry &) { m_runner->requestIncidents(); },
        Qt::QueuedConnection);
    connect(engine, &ConsoleEngine::incidentActionFinished, this, &IncidentsBoard::onActionFinished,
            Qt::QueuedConnection);
    connect(
        engine, &ConsoleEngine::pagingUnavailable, this,
        [this](const QString &message) { setStatus(message, true); }, Qt::QueuedConnection);
}

void IncidentsBoard::onIncidentChanged(const Incident &incident)
{
    noteIfNewSev1(incident);
    m_known.insert(incident.id);
    m_model->upsertIncident(incident);
    m_runner->requestIncidents();
}

void IncidentsBoard::noteIfNewSev1(const Incident &incident)
{
    if (m_known.contains(incident.id) || m_announced.contains(incident.id))
        return;
    if (incident.severity != Severity::Sev1 || incident.state != IncidentState::Triggered)
        return;
    if (incident.createdAt.isValid()
        && incident.createdAt.secsTo(QDateTime::currentDateTimeUtc()) > kNewSev1Seconds)
        return;
    m_announced.insert(incident.id);
    Q_EMIT newSev1(incident);
}

std::optional<Incident> IncidentsBoard::currentIncident() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(current);
    if (!source.isValid())
        return std::nullopt;
    return m_model->summary(source.row()).incident;
}

bool IncidentsBoard::selectIncident(qint64 incidentId)
{
    const int row = m_model->rowOfId(incidentId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                         | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

RaiseIncidentDialog *IncidentsBoard::raiseDialog() const
{
    return m_raiseDialog.data();
}

QString IncidentsBoard::statusText() const
{
    return m_status->text();
}

void IncidentsBoard::updateActions()
{
    const auto incident = currentIncident();
    const bool engine = m_context.engine != nullptr;
    const IncidentState state = incident ? incident->state : IncidentState::Resolved;
    const bool open = engine && incident && state != IncidentState::Resolved;
    m_acknowledge->setEnabled(open && state != IncidentState::Acknowledged);
    m_resolve->setEnabled(open);
    m_snooze->setEnabled(open);
    m_escalate->setEnabled(open);
    m_raise->setEnabled(engine);
}

void IncidentsBoard::updateCount()
{
    m_count->setText(tr("%n incident(s)", nullptr, m_proxy->rowCount()));
}

void IncidentsBoard::setStatus(const QString &text, bool problem)
{
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     problem ? IncidentStyle::severityColour(Severity::Sev1, this->palette())
                             : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
    m_status->setText(text);
}

void IncidentsBoard::request(const QString &action, int minutes)
{
    const auto incident = currentIncident();
    ConsoleEngine *engine = m_context.engine;
    if (!incident || !engine)
        return;
    const quint64 requestId = ++m_nextRequest;
    m_requests.insert(requestId, {action, incident->code});
    const qint64 incidentId = incident->id;
    QMetaObject::invokeMethod(
        engine,
        [engine, requestId, incidentId, action, minutes] {
            engine->incidentAction(requestId, incidentId, action, minutes);
        },
        Qt::QueuedConnection);
    if (action == QLatin1String("acknowledge"))
        setStatus(tr("Acknowledging #%1…").arg(incident->code));
    else if (action == QLatin1String("resolve"))
        setStatus(tr("Resolving #%1…").arg(incident->code));
    else if (action == QLatin1String("snooze"))
        setStatus(tr("Snoozing #%1…").arg(incident->code));
    else
        setStatus(tr("Escalating #%1…").arg(incident->code));
}

void IncidentsBoard::acknowledgeCurrent()
{
    if (m_acknowledge->isEnabled())
        request(QStringLiteral("acknowledge"), 0);
}

void IncidentsBoard::resolveCurrent()
{
    if (m_resolve->isEnabled())
        request(QStringLiteral("resolve"), 0);
}

void IncidentsBoard::snoozeCurrent(int minutes)
{
    if (m_snooze->isEnabled())
        request(QStringLiteral("snooze"), minutes);
}

void IncidentsBoard::escalateCurrent()
{
    if (m_escalate->isEnabled())
        request(QStringLiteral("escalate"), 0);
}

void IncidentsBoard::showSnoozeMenu()
{
    if (!m_snooze->isEnabled())
        return;
    QPoint at = m_view->viewport()->mapToGlobal(QPoint(0, 0));
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid())
        at = m_view->viewport()->mapToGlobal(m_view->visualRect(current).bottomLeft());
    m_snoozeMenu->popup(at);
}

void IncidentsBoard::onActionFinished(quint64 requestId, bool ok, const QString &message)
{
    const auto it = m_requests.constFind(requestId);
    if (it == m_requests.constEnd())
        return; // another panel's request
    const PendingRequest pending = it.value();
    m_requests.erase(it);
    if (!ok) {
        setStatus(message.isEmpty() ? tr("The engine refused the request.") : message, true);
        return;
    }
    if (pending.action == QLatin1String("raise"))
        setStatus(message.isEmpty() ? tr("Incident raised.") : message);
    else if (pending.action == QLatin1String("acknowledge"))
        setStatus(tr("#%1 acknowledged; escalation stopped.").arg(pending.code));
    else if (pending.action == QLatin1String("resolve"))
        setStatus(tr("#%1 resolved.").arg(pending.code));
    else if (pending.action == QLatin1String("snooze"))
        setStatus(tr("#%1 snoozed.").arg(pending.code));
    else
        setStatus(tr("#%1 escalated to the next tier.").arg(pending.code));
    m_runner->requestIncidents();
}

void IncidentsBoard::openRaiseDialog()
{
    if (!m_context.engine)
        return;
    if (!m_raiseDialog) {
        m_raiseDialog = new RaiseIncidentDialog(this);
        connect(m_raiseDialog, &RaiseIncidentDialog::raiseRequested, this,
                [this](int severity, const QString &title, const QString &summary,
                       const QString &link, const QString &runbook) {
                    ConsoleEngine *engine = m_context.engine;
                    if (!engine)
                        return;
                    const quint64 requestId = ++m_nextRequest;
                    m_requests.insert(requestId, {QStringLiteral("raise"), QString()});
                    QMetaObject::invokeMethod(
                        engine,
                        [engine, requestId, severity, title, summary, link, runbook] {
                            engine->raiseIncident(requestId, severity, title, summary, link,
                                                  runbook);
                        },
                        Qt::QueuedConnection);
                    setStatus(tr("Raising “%1”…").arg(title));
                });
    }
    m_raiseDialog->reset();
    m_raiseDialog->open();
    m_raiseDialog->raise();
    m_raiseDialog->activateWindow();
}

void IncidentsBoard::tick()
{
    m_model->setNow(QDateTime::currentDateTimeUtc());
}

void IncidentsBoard::saveState() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(headerKey, m_view->horizontalHeader()->saveState());
}

void IncidentsBoard::restoreState()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    const QByteArray state = settings.value(headerKey).toByteArray();
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

} // namespace Vortex::Ui
