// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "panelhost.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QTimer>

namespace Vortex::Ui {

namespace {

Qt::DockWidgetArea areaOf(PanelHost::Placement placement)
{
    // The board (what is burning) on the left, the workspace panels tabbed beside it.
    return placement == PanelHost::Placement::Board ? Qt::LeftDockWidgetArea
                                                    : Qt::RightDockWidgetArea;
}

} // namespace

PanelHost::PanelHost(QMainWindow *window, PanelContext context, QMenu *viewMenu)
    : QObject(window)
    , m_window(window)
    , m_context(std::move(context))
    , m_viewMenu(viewMenu)
{
    m_window->setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks
                             | QMainWindow::AllowTabbedDocks | QMainWindow::GroupedDragging);
    m_window->setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);
    m_window->setDocumentMode(true);
    m_panelsEnd = m_viewMenu->addSeparator();
}

QDockWidget *PanelHost::add(const QString &id, const QString &title, QWidget *widget,
                            Placement placement, const QKeySequence &shortcut)
{
    // The title's "&" marks the menu's mnemonic; the dock's own title shows it plain.
    auto *dock = new QDockWidget(QString(title).remove(u'&'), m_window);
    // saveState()/restoreState() find docks by object name.
    dock->setObjectName(id + QStringLiteral("Dock"));
    dock->setWidget(widget);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionShow_") + id);
    toggle->setText(title);
    toggle->setStatusTip(tr("Show or hide the %1 panel").arg(QString(title).remove(u'&')));
    if (!shortcut.isEmpty())
        toggle->setShortcut(shortcut);
    // Triggered from the menu or its shortcut: a hidden panel appears, a panel behind another
    // tab comes to the front; only a panel already in front is hidden.
    connect(toggle, &QAction::triggered, this, [this, dock](bool checked) {
        if (checked)
            showPanel(dock->objectName().chopped(4));
    });
    m_viewMenu->insertAction(m_panelsEnd, toggle);

    place(dock, placement);
    raiseFronts();
    return dock;
}

QDockWidget *PanelHost::dock(const QString &id) const
{
    const QString name = id + QStringLiteral("Dock");
    for (QDockWidget *dock : m_docks) {
        if (dock->objectName() == name)
            return dock;
    }
    return nullptr;
}

void PanelHost::showPanel(const QString &id)
{
    QDockWidget *target = dock(id);
    if (!target)
        return;
    target->show();
    target->raise();
    if (QWidget *widget = target->widget())
        widget->setFocus(Qt::ShortcutFocusReason);
}

void PanelHost::resetLayout()
{
    const QList<QDockWidget *> docks = m_docks;
    const QList<Placement> placements = m_placements;
    for (QDockWidget *dock : docks) {
        dock->setFloating(false);
        m_window->removeDockWidget(dock);
    }
    m_docks.clear();
    m_placements.clear();
    for (int i = 0; i < docks.size(); ++i) {
        place(docks[i], placements[i]);
        docks[i]->show();
    }
    raiseFronts();
    applyDefaultSizes();
}

void PanelHost::applyDefaultSizes()
{
    if (!m_window->isVisible()) {
        // Before the first show the dock areas have no geometry to divide yet.
        QTimer::singleShot(0, this, [this] {
            if (m_window->isVisible())
                applyDefaultSizes();
        });
        return;
    }
    QDockWidget *board = nullptr;
    QDockWidget *workspace = nullptr;
    for (int i = 0; i < m_docks.size(); ++i) {
        QDockWidget *&first = m_placements[i] == Placement::Board ? board : workspace;
        if (!first && !m_docks[i]->isFloating())
            first = m_docks[i];
    }
    if (!board || !workspace)
        return;
    // The incidents board and its detail need the room; the tabbed workspace takes the rest.
    const int width = m_window->width();
    m_window->resizeDocks({board, workspace}, {width * 58 / 100, width * 42 / 100}, Qt::Horizontal);
}

void PanelHost::place(QDockWidget *dock, Placement placement)
{
    QDockWidget *first = nullptr;
    for (int i = 0; i < m_docks.size() && !first; ++i) {
        if (m_placements[i] == placement)
            first = m_docks[i];
    }
    m_window->addDockWidget(areaOf(placement), dock);
    if (first)
        m_window->tabifyDockWidget(first, dock);
    m_docks.append(dock);
    m_placements.append(placement);
}

void PanelHost::raiseFronts()
{
    // The first panel of each placement is the one in front of its tabs.
    QList<Placement> seen;
    for (int i = 0; i < m_docks.size(); ++i) {
        if (seen.contains(m_placements[i]))
            continue;
        seen.append(m_placements[i]);
        m_docks[i]->raise();
    }
}

} // namespace Vortex::Ui

#include "moc_panelhost.cpp"
