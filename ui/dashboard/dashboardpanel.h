// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/kpi/kpitypes.h"
#include "ui/mainwindow/panelcontext.h"

#include <QList>
#include <QWidget>

class QLabel;
class QThread;
class QTimer;
class QToolButton;

namespace Vortex::Core::Kpi {
class KpiWorker;
}

namespace Vortex::Ui {

class ChartCard;

/// The KPI dashboard: a grid of charts over the KPI rollups (core/kpi, docs/kpi.md) for the last
/// 24 hours or 7 days. A worker thread updates kpi.sqlite (beside the message store) and computes
/// the KPIs; the panel refreshes every 30 s, on demand (F5) and when the window changes.
class DashboardPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPanel(const PanelContext &context, QWidget *parent = nullptr);
    ~DashboardPanel() override;

    /// Overrides the monthly budget the budget chart compares against (0: none). Without it the
    /// panel reads ConsoleSettings::monthlyBudget() at each refresh.
    void setMonthlyBudget(double amount, const QString &currency = QStringLiteral("USD"));
    void setWindow(Core::Kpi::KpiWindow window);
    Core::Kpi::KpiWindow window() const { return m_window; }

    QList<ChartCard *> cards() const { return m_cards; }
    ChartCard *card(const QString &id) const;
    /// The last snapshot shown (empty until the first refresh finished).
    const Core::Kpi::KpiSnapshot &snapshot() const { return m_snapshot; }
    bool hasSnapshot() const { return m_hasSnapshot; }

public Q_SLOTS:
    /// Asks the worker for fresh KPIs (coalesced while one refresh is running).
    void refresh();

Q_SIGNALS:
    void refreshRequested(const Vortex::Core::Kpi::KpiRequest &request);
    /// The charts now show a new snapshot.
    void refreshed();
    void refreshFailed(const QString &error);

private:
    void showSnapshot(const Core::Kpi::KpiSnapshot &snapshot);
    void showError(const QString &error);

    Core::Kpi::KpiWindow m_window = Core::Kpi::KpiWindow::Day;
    double m_budget = 0;
    bool m_budgetSet = false;
    QString m_currency = QStringLiteral("USD");
    QThread *m_thread = nullptr;
    Core::Kpi::KpiWorker *m_worker = nullptr;
    QTimer *m_timer = nullptr;
    bool m_busy = false;
    bool m_again = false;
    QToolButton *m_day = nullptr;
    QToolButton *m_week = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QList<ChartCard *> m_cards;
    Core::Kpi::KpiSnapshot m_snapshot;
    bool m_hasSnapshot = false;
};

} // namespace Vortex::Ui
