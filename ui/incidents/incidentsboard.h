// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <ui/mainwindow/panelcontext.h>

#include <core/paging/pagingtypes.h>

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;

namespace Vortex::Ui {

class IncidentsFilterModel;
class IncidentsModel;
class IncidentsQueryRunner;
class RaiseIncidentDialog;

/// The incidents board: a live, filterable list of incidents (severity chip, code, title, state,
/// age, who was paged, next escalation countdown) with Acknowledge (A, Ctrl+Shift+A), Resolve
/// (R), Snooze (S: 15/30/60/120 min), Escalate now (E) and Raise incident… (Ctrl+N). Actions go
/// to the engine through queued calls; its answers show in the status line. The shortcuts work
/// while the focus is inside the board (or a widget that added its actions()).
///
/// Object names: incidentsBoard, incidentsToolBar, incidentsTable, incidentStateFilter,
/// incidentSeverityFilter, incidentSearchEdit, incidentCount, incidentStatus, actionAcknowledge,
/// actionResolve, actionSnooze, actionSnooze15/30/60/120, actionEscalate, actionRaiseIncident.
class IncidentsBoard : public QWidget
{
    Q_OBJECT

public:
    /// \a runner: the query worker to share (IncidentsPanel shares one with the detail); when
    /// null the board makes its own on context.pagingDatabasePath.
    explicit IncidentsBoard(const PanelContext &context, IncidentsQueryRunner *runner = nullptr,
                            QWidget *parent = nullptr);
    ~IncidentsBoard() override;

    IncidentsModel *model() const { return m_model; }
    IncidentsFilterModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    IncidentsQueryRunner *runner() const { return m_runner; }

    QAction *acknowledgeAction() const { return m_acknowledge; }
    QAction *resolveAction() const { return m_resolve; }
    QAction *snoozeAction() const { return m_snooze; }
    QMenu *snoozeMenu() const { return m_snoozeMenu; }
    QAction *escalateAction() const { return m_escalate; }
    QAction *raiseAction() const { return m_raise; }

    /// The selected incident (nullopt when none).
    std::optional<Core::Paging::Incident> currentIncident() const;
    /// Selects \a incidentId's row (if shown); returns whether it did.
    bool selectIncident(qint64 incidentId);
    /// The raise dialog, once it was opened (nullptr before).
    RaiseIncidentDialog *raiseDialog() const;
    /// The status line's current text.
    QString statusText() const;

    void saveState() const;
    void restoreState();

public Q_SLOTS:
    void openRaiseDialog();
    void acknowledgeCurrent();
    void resolveCurrent();
    void snoozeCurrent(int minutes);
    void escalateCurrent();
    /// Refreshes ages and countdowns (called every second).
    void tick();

Q_SIGNALS:
    /// The selection moved (0 when nothing is selected).
    void currentIncidentChanged(qint64 incidentId);
    /// A sev1 incident was raised while the console runs (once per incident): for the tray.
    void newSev1(const Vortex::Core::Paging::Incident &incident);

private:
    void buildActions();
    void connectEngine();
    void updateActions();
    void updateCount();
    void setStatus(const QString &text, bool problem = false);
    void request(const QString &action, int minutes);
    void onIncidentChanged(const Core::Paging::Incident &incident);
    void onActionFinished(quint64 requestId, bool ok, const QString &message);
    void noteIfNewSev1(const Core::Paging::Incident &incident);
    void showSnoozeMenu();

    PanelContext m_context;
    IncidentsQueryRunner *m_runner = nullptr;
    IncidentsModel *m_model = nullptr;
    IncidentsFilterModel *m_proxy = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QComboBox *m_severityFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_ticker = nullptr;
    QAction *m_acknowledge = nullptr;
    QAction *m_resolve = nullptr;
    QAction *m_snooze = nullptr;
    QMenu *m_snoozeMenu = nullptr;
    QAction *m_escalate = nullptr;
    QAction *m_raise = nullptr;
    QPointer<RaiseIncidentDialog> m_raiseDialog;
    qint64 m_currentId = 0;

    struct PendingRequest
    {
        QString action;
        QString code;
    };
    QHash<quint64, PendingRequest> m_requests;
    quint64 m_nextRequest = 0;
    QSet<qint64> m_known;        ///< incidents seen (for newSev1)
    QSet<qint64> m_announced;    ///< sev1 incidents newSev1 was emitted for
    bool m_loaded = false;       ///< the first summaries arrived
    bool m_queryProblem = false; ///< the status line shows a query failure
};

} // namespace Vortex::Ui
