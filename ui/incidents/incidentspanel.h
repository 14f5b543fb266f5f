// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <ui/mainwindow/panelcontext.h>

#include <core/paging/pagingtypes.h>

#include <QWidget>

class QSplitter;

namespace Vortex::Ui {

class IncidentDetail;
class IncidentsBoard;
class IncidentsQueryRunner;

/// What the main window adds: the incidents board beside the selected incident's detail, sharing
/// one query worker. The board's shortcuts (A, R, S, E, Ctrl+N, Ctrl+Shift+A) work anywhere in
/// the panel. Remembers the splitter in QSettings ("ui/incidentsPanel/splitterState").
/// Object names: incidentsPanel, incidentsSplitter (+ those of the board and the detail).
class IncidentsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentsPanel(const PanelContext &context, QWidget *parent = nullptr);
    ~IncidentsPanel() override;

    IncidentsBoard *board() const { return m_board; }
    IncidentDetail *detail() const { return m_detail; }
    IncidentsQueryRunner *runner() const { return m_runner; }

    void saveState() const;
    void restoreState();

Q_SIGNALS:
    /// A sev1 incident was raised while the console runs (once per incident): for the tray.
    void newSev1(const Vortex::Core::Paging::Incident &incident);

private:
    IncidentsQueryRunner *m_runner = nullptr;
    IncidentsBoard *m_board = nullptr;
    IncidentDetail *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace Vortex::Ui
