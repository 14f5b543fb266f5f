// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "dashboardpanel.h"

#include "chartcard.h"
#include "seriesadapter.h"

#include "core/console/consolesettings.h"
#include "core/kpi/kpiworker.h"

#include <QAction>
#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Vortex::Ui {

using namespace Core::Kpi;

namespace {
constexpr int RefreshIntervalMs = 30000;
}

DashboardPanel::DashboardPanel(const PanelContext &context, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_day = new QToolButton(this);
    m_day->setText(tr("24 h"));
    m_day->setCheckable(true);
    m_day->setChecked(true);
    m_day->setToolTip(tr("The last 24 hours (Ctrl+1)"));
    m_day->setAccessibleName(tr("Show the last 24 hours"));
    m_day->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_week = new QToolButton(this);
    m_week->setText(tr("7 d"));
    m_week->setCheckable(true);
    m_week->setToolTip(tr("The last 7 days (Ctrl+7)"));
    m_week->setAccessibleName(tr("Show the last 7 days"));
    m_week->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    auto *group = new QButtonGroup(this);
    group->setExclusive(true);
    group->addButton(m_day);
    group->addButton(m_week);
    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    refreshAction->setToolTip(
        tr("Refresh the KPIs now (%1)")
            .arg(refreshAction->shortcut().toString(QKeySequence::NativeText)));
    addAction(refreshAction);
    auto *refreshButton = new QToolButton(this);
    refreshButton->setDefaultAction(refreshAction);
    refreshButton->setAccessibleName(tr("Refresh the KPIs"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("kpiSummary"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("kpiStatus"));
    m_status->setEnabled(false);
    // Long summaries wrap instead of widening the panel (and with it the main window's minimum).
    m_summary->setWordWrap(true);
    m_summary->setMinimumWidth(1);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bar->addWidget(m_day);
    bar->addWidget(m_week);
    bar->addWidget(refreshButton);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_status);
    layout->addLayout(bar);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *grid = new QWidget(scroll);
    auto *gridLayout = new QGridLayout(grid);
    const QStringList ids = SeriesAdapter::chartIds();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        auto *card = new ChartCard(grid);
        ChartData placeholder;
        placeholder.id = ids.at(i);
        card->setData(placeholder);
        gridLayout->addWidget(card, int(i / 2), int(i % 2));
        m_cards.append(card);
    }
    scroll->setWidget(grid);
    layout->addWidget(scroll, 1);

    connect(m_day, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setWindow(KpiWindow::Day);
    });
    connect(m_week, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setWindow(KpiWindow::Week);
    });
    connect(refreshAction, &QAction::triggered, this, &DashboardPanel::refresh);

    if (context.messagesDatabasePath.isEmpty()) {
        m_status->setText(tr("No message store."));
        return;
    }
    KpiSources sources;
    sources.messagesPath = context.messagesDatabasePath;
    sources.pagingPath = context.pagingDatabasePath;
    sources.kpiPath = KpiSources::defaultKpiPath(context.messagesDatabasePath);
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("kpi"));
    m_worker = new KpiWorker(sources);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &DashboardPanel::refreshRequested, m_worker, &KpiWorker::refresh,
            Qt::QueuedConnection);
    connect(m_worker, &KpiWorker::refreshed, this, &DashboardPanel::showSnapshot,
            Qt::QueuedConnection);
    connect(m_worker, &KpiWorker::refreshFailed, this, &DashboardPanel::showError,
            Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
    m_timer = new QTimer(this);
    m_timer->setInterval(RefreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &DashboardPanel::refresh);
    m_timer->start();
    QTimer::singleShot(0, this, &DashboardPanel::refresh);
}

DashboardPanel::~DashboardPanel()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait(); // at most one refresh; the worker closes its connections on its thread
    }
}

void DashboardPanel::setMonthlyBudget(double amount, const QString &currency)
{
    m_budget = amount > 0 ? amount : 0.0;
    m_budgetSet = true;
    m_currency = currency.isEmpty() ? QStringLiteral("USD") : currency;
}

void DashboardPanel::setWindow(KpiWindow window)
{
    m_day->setChecked(window == KpiWindow::Day);
    m_week->setChecked(window == KpiWindow::Week);
    if (m_window == window)
        return;
    m_window = window;
    refresh();
}

ChartCard *DashboardPanel::card(const QString &id) const
{
    for (ChartCard *c : m_cards) {
        if (c->data().id == id)
            return c;
    }
    return nullptr;
}

void DashboardPanel::refresh()
{
    if (!m_worker)
        return;
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    m_again = false;
    KpiRequest request;
    request.window = m_window;
    request.now = QDateTime::currentDateTimeUtc();
    // The Settings dialog's budget (USD), read at each refresh so that a change shows at once.
    request.monthlyBudget = m_budgetSet ? m_budget : Core::ConsoleSettings().monthlyBudget();
    request.currency = m_currency;
    m_status->setText(tr("Refreshing…"));
    Q_EMIT refreshRequested(request);
}

void DashboardPanel::showSnapshot(const KpiSnapshot &snapshot)
{
    m_busy = false;
    if (snapshot.window == m_window) {
        m_snapshot = snapshot;
        m_hasSnapshot = true;
        const QList<ChartData> charts = SeriesAdapter::charts(snapshot);
        for (const ChartData &data : charts) {
            if (ChartCard *c = card(data.id))
                c->setData(data);
        }
        const QLocale locale;
        m_summary->setText(
            tr("Delivered %1 % of %2 settled messages · %3 outbound · %4 %5 billed")
                .arg(locale.toString(snapshot.overall.rate() * 100.0, 'f', 1),
                     locale.toString(snapshot.overall.settled), locale.toString(snapshot.outbound),
                     locale.toString(snapshot.cost, 'f', 2), snapshot.budget.currency));
        m_status->setText(tr("Updated %1 (rollups %2 ms, queries %3 ms)")
                              .arg(locale.toString(QTime::currentTime(), QLocale::ShortFormat))
                              .arg(snapshot.updateMs)
                              .arg(snapshot.queryMs));
        Q_EMIT refreshed();
    }
    if (m_again || snapshot.window != m_window)
        refresh();
}

void DashboardPanel::showError(const QString &error)
{
    m_busy = false;
    m_status->setText(tr("KPIs unavailable: %1").arg(error));
    Q_EMIT refreshFailed(error);
    if (m_again)
        refresh();
}

} // namespace Vortex::Ui
