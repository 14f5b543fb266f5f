// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "incidentspanel.h"

#include "incidentdetail.h"
#include "incidentsboard.h"
#include "incidentsmodel.h"
#include "incidentsqueryrunner.h"

#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace Vortex::Ui {

namespace {

const QString settingsGroup = QStringLiteral("ui/incidentsPanel");
const QString splitterKey = QStringLiteral("splitterState");

} // namespace

IncidentsPanel::IncidentsPanel(const PanelContext &context, QWidget *parent)
    : QWidget(parent)
    , m_runner(new IncidentsQueryRunner(context.pagingDatabasePath, this))
{
    setObjectName(QStringLiteral("incidentsPanel"));
    setAccessibleName(tr("Incidents"));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("incidentsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_board = new IncidentsBoard(context, m_runner, m_splitter);
    m_detail = new IncidentDetail(context, m_runner, m_splitter);
    m_splitter->addWidget(m_board);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    // The board's shortcuts also while the focus is in the detail.
    addActions(m_board->actions());

    connect(m_board, &IncidentsBoard::currentIncidentChanged, this, [this](qint64 id) {
        if (const auto summary = m_board->model()->summaryById(id))
            m_detail->showIncident(summary->incident);
        else
            m_detail->setIncident(id);
    });
    connect(m_board, &IncidentsBoard::newSev1, this, &IncidentsPanel::newSev1);
    restoreState();
}

IncidentsPanel::~IncidentsPanel()
{
    saveState();
}

void IncidentsPanel::saveState() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(splitterKey, m_splitter->saveState());
}

void IncidentsPanel::restoreState()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    const QByteArray state = settings.value(splitterKey).toByteArray();
    if (!state.isEmpty())
        m_splitter->restoreState(state);
}

} // namespace Vortex::Ui
