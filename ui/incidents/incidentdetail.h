// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <ui/mainwindow/panelcontext.h>

#include <core/console/incidentsquery.h>

#include <QWidget>

#include <optional>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Vortex::Ui {

class EscalationTimelineWidget;
class IncidentsQueryRunner;
class TimelineModel;

/// One incident in full: a header (severity, code, state, title, summary, clickable link,
/// runbook), the escalation drawn as tiers over time (EscalationTimelineWidget), and every
/// timeline entry (local time, event in words, recipient, channel, SID, status, Twilio error
/// with its meaning). Follows the engine live (timelineAppended, incidentChanged) and reloads
/// its plan from the query worker, coalesced.
///
/// Object names: incidentDetail, incidentSeverityChip, incidentCodeLabel, incidentStateLabel,
/// incidentTitleLabel, incidentSummaryLabel, incidentLinkLabel, incidentRunbookLabel,
/// escalationTimeline, timelineTable.
class IncidentDetail : public QWidget
{
    Q_OBJECT

public:
    /// \a runner: the query worker to share; when null the detail makes its own.
    explicit IncidentDetail(const PanelContext &context, IncidentsQueryRunner *runner = nullptr,
                            QWidget *parent = nullptr);
    ~IncidentDetail() override;

    qint64 incidentId() const { return m_incidentId; }
    /// The incident as last known (nullopt while none is shown or before it was loaded).
    std::optional<Core::Paging::Incident> incident() const { return m_incident; }
    TimelineModel *timelineModel() const { return m_timeline; }
    QTableView *timelineView() const { return m_timelineView; }
    EscalationTimelineWidget *escalationTimeline() const { return m_escalation; }

    void saveState() const;
    void restoreState();

public Q_SLOTS:
    /// Shows \a incidentId (0 = none) and loads its timeline and plan.
    void setIncident(qint64 incidentId);
    /// Shows \a incident's header at once (e.g. from the board's row) and loads the rest.
    void showIncident(const Vortex::Core::Paging::Incident &incident);
    /// Moves the "now" line (called every second).
    void tick();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void connectEngine();
    void fitEscalation();
    void updateHeader(const Core::Paging::Incident &incident);
    void applyPlan(qint64 incidentId, const Core::EscalationPlan &plan);

    PanelContext m_context;
    IncidentsQueryRunner *m_runner = nullptr;
    qint64 m_incidentId = 0;
    std::optional<Core::Paging::Incident> m_incident;

    QStackedWidget *m_stack = nullptr;
    QWidget *m_chip = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_link = nullptr;
    QLabel *m_runbook = nullptr;
    QSplitter *m_splitter = nullptr;
    EscalationTimelineWidget *m_escalation = nullptr;
    TimelineModel *m_timeline = nullptr;
    QTableView *m_timelineView = nullptr;
    QTimer *m_ticker = nullptr;
    bool m_userSized = false; ///< the splitter was moved by hand (or restored)
};

} // namespace Vortex::Ui
