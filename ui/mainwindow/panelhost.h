// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "panelcontext.h"

#include <QKeySequence>
#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QWidget;

namespace Vortex::Ui {

/// Hosts the main window's panels as dock widgets: ops arrange them (side by side, tabbed, or
/// floating on a second screen), the View menu shows and hides them, and the arrangement is
/// saved and restored with the window. A panel is any QWidget; adding one is one add() call.
class PanelHost : public QObject
{
    Q_OBJECT

public:
    /// Where a panel goes by default. Panels with the same placement share one tabbed dock
    /// area, the first one added in front.
    enum class Placement { Board, Workspace };

    PanelHost(QMainWindow *window, PanelContext context, QMenu *viewMenu);

    /// Adds \a widget as a panel. \a id names it in the saved layout (keep it stable),
    /// \a title is its menu and tab text; the View menu toggles it with \a shortcut.
    QDockWidget *add(const QString &id, const QString &title, QWidget *widget,
                     Placement placement = Placement::Workspace, const QKeySequence &shortcut = {});

    /// Constructs a standard panel, `Panel(const PanelContext &, QWidget *parent)`, and adds it.
    template<typename Panel>
    Panel *add(const QString &id, const QString &title, Placement placement = Placement::Workspace,
               const QKeySequence &shortcut = {})
    {
        auto *panel = new Panel(m_context, nullptr);
        add(id, title, panel, placement, shortcut);
        return panel;
    }

    const PanelContext &context() const { return m_context; }
    QList<QDockWidget *> docks() const { return m_docks; }
    /// The dock of panel \a id, or null.
    QDockWidget *dock(const QString &id) const;
    /// Shows \a id's dock and brings its tab to the front.
    void showPanel(const QString &id);

    /// Arranges every panel as on first start (all visible, in their default places).
    void resetLayout();
    /// Gives the board and the workspace their first-start widths (the board about 58 % of
    /// the window); deferred until the window has been laid out when it is not shown yet.
    void applyDefaultSizes();

private:
    void place(QDockWidget *dock, Placement placement);
    void raiseFronts();

    QMainWindow *m_window = nullptr;
    PanelContext m_context;
    QMenu *m_viewMenu = nullptr;
    QAction *m_panelsEnd = nullptr; ///< the View menu's separator after the panel toggles
    QList<QDockWidget *> m_docks;
    QList<Placement> m_placements;
};

} // namespace Vortex::Ui
