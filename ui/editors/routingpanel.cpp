// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "routingpanel.h"

#include "configcontroller.h"
#include "policyeditor.h"
#include "recipienteditor.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Vortex::Ui {

RoutingPanel::RoutingPanel(const PanelContext &context, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("routingPanel"));
    m_controller = new ConfigController(context.pagingDatabasePath, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("routingTabs"));
    m_recipients = new RecipientEditor(m_controller);
    m_policies = new PolicyEditor(m_controller);
    m_tabs->addTab(m_recipients, QString());
    m_tabs->addTab(m_policies, QString());
    layout->addWidget(m_tabs);
    updateTabTitles();
    connect(m_recipients, &RecipientEditor::dirtyChanged, this, [this] { updateTabTitles(); });
    connect(m_policies, &PolicyEditor::dirtyChanged, this, [this] { updateTabTitles(); });
    m_controller->reload();
}

RoutingPanel::~RoutingPanel()
{
    // The editors listen to the controller: remove them before it stops its thread.
    delete m_tabs;
    m_tabs = nullptr;
}

bool RoutingPanel::hasUnsavedChanges() const
{
    return m_recipients->isDirty() || m_policies->isDirty();
}

void RoutingPanel::reload()
{
    m_controller->reload();
}

void RoutingPanel::updateTabTitles()
{
    m_tabs->setTabText(0, m_recipients->isDirty() ? tr("&Recipients *") : tr("&Recipients"));
    m_tabs->setTabText(1, m_policies->isDirty() ? tr("Escalation &policies *")
                                                : tr("Escalation &policies"));
}

} // namespace Vortex::Ui
