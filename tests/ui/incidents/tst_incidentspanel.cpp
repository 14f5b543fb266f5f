// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The incidents panel against the real demo stack (twin + relay on loopback) with the console's
// engine on its own thread, as the application runs it: an incident raised from the board's
// dialog appears, is paged, is acknowledged with the A key — the board shows it acknowledged and
// the detail's timeline shows "incident.acknowledged" live — and is resolved with R.
#include <ui/incidents/escalationtimelinewidget.h>
#include <ui/incidents/incidentdetail.h>
#include <ui/incidents/incidentsboard.h>
#include <ui/incidents/incidentsfiltermodel.h>
#include <ui/incidents/incidentsmodel.h>
#include <ui/incidents/incidentspanel.h>
#include <ui/incidents/raiseincidentdialog.h>
#include <ui/incidents/timelinemodel.h>

#include <core/console/consoleengine.h>
#include <core/demo/demostack.h>

#include "support/testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <optional>

using namespace Vortex;
using Core::Paging::Incident;
using Core::Paging::IncidentState;
using Core::Paging::Severity;
using Ui::IncidentsModel;
using Ui::TimelineModel;

namespace {

class IncidentsPanelFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_stack = std::make_unique<Core::Demo::DemoStack>(m_dir.filePath(QStringLiteral("demo")));
        std::optional<Core::Demo::DemoEndpoints> endpoints;
        QString failure;
        QObject::connect(m_stack.get(), &Core::Demo::DemoStack::started, m_stack.get(),
                         [&endpoints](const Core::Demo::DemoEndpoints &e) { endpoints = e; });
        QObject::connect(m_stack.get(), &Core::Demo::DemoStack::failed, m_stack.get(),
                         [&failure](const QString &why) { failure = why; });
        m_stack->start();
        ASSERT_TRUE(
            Vortex::Test::waitUntil([&] { return endpoints || !failure.isEmpty(); }, 10000));
        ASSERT_TRUE(endpoints.has_value()) << failure.toStdString();
        m_options = endpoints->engineOptions(m_dir.filePath(QStringLiteral("console.sqlite")));
        m_engine = new Core::ConsoleEngine(m_options);
        m_engine->moveToThread(&m_engineThread);
        m_engineThread.start();
    }

    void TearDown() override
    {
        m_panel.reset();
        if (m_engine) {
            QMetaObject::invokeMethod(m_engine, &Core::ConsoleEngine::stop,
                                      Qt::BlockingQueuedConnection);
            QMetaObject::invokeMethod(
                m_engine, [e = m_engine] { delete e; }, Qt::BlockingQueuedConnection);
        }
        m_engineThread.quit();
        m_engineThread.wait();
        m_stack.reset();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Core::Demo::DemoStack> m_stack;
    Core::ConsoleEngineOptions m_options;
    QThread m_engineThread;
    Core::ConsoleEngine *m_engine = nullptr;
    std::unique_ptr<Ui::IncidentsPanel> m_panel;
};

bool timelineHas(const TimelineModel *model, const QString &kind)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->entry(row).kind == kind)
            return true;
    }
    return false;
}

} // namespace

TEST_F(IncidentsPanelFixture, RaiseFromTheDialogAcknowledgeWithTheKeyboardAndFollowTheTimeline)
{
    Ui::PanelContext context;
    context.engine = m_engine;
    context.messagesDatabasePath = m_options.databasePath;
    context.pagingDatabasePath = m_options.pagingDatabasePath;
    context.demoMode = true;
    m_panel = std::make_unique<Ui::IncidentsPanel>(context);
    m_panel->resize(1400, 800);
    m_panel->show();
    QSignalSpy sev1(m_panel.get(), &Ui::IncidentsPanel::newSev1);
    QMetaObject::invokeMethod(m_engine, &Core::ConsoleEngine::start, Qt::QueuedConnection);

    Ui::IncidentsBoard *board = m_panel->board();
    Ui::IncidentDetail *detail = m_panel->detail();
    IncidentsModel *model = board->model();

    // Raise a sev1 through the dialog, as an operator would.
    ASSERT_TRUE(board->raiseAction()->isEnabled());
    board->raiseAction()->trigger();
    Ui::RaiseIncidentDialog *dialog = board->raiseDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->isVisible());
    auto *severity = dialog->findChild<QComboBox *>(QStringLiteral("severityCombo"));
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    auto *summary = dialog->findChild<QPlainTextEdit *>(QStringLiteral("summaryEdit"));
    auto *link = dialog->findChild<QLineEdit *>(QStringLiteral("linkEdit"));
    auto *raise = dialog->findChild<QPushButton *>(QStringLiteral("raiseButton"));
    ASSERT_TRUE(severity && title && summary && link && raise);
    severity->setCurrentIndex(severity->findData(1));
    QTest::keyClicks(title, QStringLiteral("Checkout down"));
    summary->setPlainText(QStringLiteral("Payments fail with 502 since 10:04"));
    link->setText(QStringLiteral("https://status.example.com/i/7"));
    ASSERT_TRUE(raise->isEnabled());
    raise->click();
    EXPECT_FALSE(dialog->isVisible());

    // It appears on the board, triggered, and is announced as a new sev1 (once).
    qint64 id = 0;
    ASSERT_TRUE(Vortex::Test::waitUntil(
        [&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->summary(row).incident.title == QStringLiteral("Checkout down"))
                    id = model->summary(row).incident.id;
            }
            return id != 0;
        },
        10000))
        << board->statusText().toStdString();
    ASSERT_TRUE(Vortex::Test::waitUntil(
        [&] { return board->statusText().contains(QStringLiteral("raised")); }, 10000))
        << board->statusText().toStdString();
    ASSERT_EQ(sev1.count(), 1);
    EXPECT_EQ(sev1.first().at(0).value<Incident>().id, id);
    EXPECT_EQ(model->summaryById(id)->incident.state, IncidentState::Triggered);
    EXPECT_EQ(model->summaryById(id)->incident.severity, Severity::Sev1);

    // The first tier (Alice) is paged through the twin; the worker's summary says so and what
    // comes next.
    ASSERT_TRUE(Vortex::Test::waitUntil(
        [&] {
            const auto s = model->summaryById(id);
            return s && s->pagedRecipients.contains(QStringLiteral("Alice Morgan"))
                   && !s->nextEscalationText.isEmpty();
        },
        15000));
    const int sourceRow = model->rowOfId(id);
    const QString next
        = model->index(sourceRow, IncidentsModel::NextEscalationColumn).data().toString();
    EXPECT_TRUE(next.startsWith(QStringLiteral("in "))) << next.toStdString();

    // Selecting it fills the detail: header, timeline, escalation plan.
    ASSERT_TRUE(board->selectIncident(id));
    EXPECT_EQ(detail->incidentId(), id);
    ASSERT_TRUE(Vortex::Test::waitUntil(
        [&] {
            return timelineHas(detail->timelineModel(), QStringLiteral("page.submitted"))
                   && detail->escalationTimeline()->hasPlan();
        },
        15000));
    EXPECT_TRUE(timelineHas(detail->timelineModel(), QStringLiteral("incident.triggered")));
    EXPECT_FALSE(detail->escalationTimeline()->plan().planned.isEmpty());
    ASSERT_TRUE(board->acknowledgeAction()->isEnabled());

    // Acknowledge with the keyboard, focus on the board's table (shortcuts need an active window).
    // (The offscreen platform leaves the closed raise dialog active; a window manager would
    // give the activation back to the panel.)
    m_panel->activateWindow();
    ASSERT_TRUE(Vortex::Test::waitUntil(
        [&] { return QApplication::activeWindow() == m_panel.get(); }, 5000));
    board->view()->setFocus();
    QSignalSpy acknowledged(board->acknowledgeAction(), &QAction::triggered);
    QTest::keyClick(board->view(), Qt::Key_A);
    EXPECT_EQ(acknowledged.count(), 1);
    ASSERT_TRUE(Vortex::Test::waitUntil(
        [&] {
            const auto s = model->summaryById(id);
            return s && s->incident.state == IncidentState::Acknowledged;
        },
        10000))
        << "status: " << board->statusText().toStdString();
    EXPECT_EQ(model->index(model->rowOfId(id), IncidentsModel::StateColumn).data().toString(),
              QStringLiteral("Acknowledged"));
    EXPECT_EQ(
        model->index(model->rowOfId(id), IncidentsModel::NextEscalationColumn).data().toString(),
        QStringLiteral("—"));
    // The detail's timeline shows the acknowledgement, live.
    ASSERT_TRUE(Vortex::Test::waitUntil(
        [&] {
            return timelineHas(detail->timelineModel(), QStringLiteral("incident.acknowledged"));
        },
        10000));
    ASSERT_TRUE(Vortex::Test::waitUntil(
        [&] { return board->statusText().contains(QStringLiteral("acknowledged")); }, 10000))
        << board->statusText().toStdString();
    EXPECT_FALSE(board->acknowledgeAction()->isEnabled());
    // The escalation drawing gets its ack line once the plan is reloaded.
    ASSERT_TRUE(Vortex::Test::waitUntil(
        [&] {
            for (const auto &item : detail->escalationTimeline()->items()) {
                if (item.label == QStringLiteral("ack"))
                    return true;
            }
            return false;
        },
        10000));

    // For looking at it: VORTEX_INCIDENTS_SCREENSHOT=/path/to/file.png.
    if (const QString shot = qEnvironmentVariable("VORTEX_INCIDENTS_SCREENSHOT"); !shot.isEmpty()) {
        EXPECT_TRUE(m_panel->grab().save(shot));
    }

    // Resolve with R: it leaves the open list.
    const int openRows = board->proxy()->rowCount();
    QTest::keyClick(board->view(), Qt::Key_R);
    ASSERT_TRUE(Vortex::Test::waitUntil(
        [&] {
            const auto s = model->summaryById(id);
            return s && s->incident.state == IncidentState::Resolved;
        },
        10000));
    EXPECT_EQ(board->proxy()->rowCount(), openRows - 1);
    // Shown again with every state, its timeline ends with the resolution.
    auto *stateFilter = board->findChild<QComboBox *>(QStringLiteral("incidentStateFilter"));
    ASSERT_NE(stateFilter, nullptr);
    stateFilter->setCurrentIndex(
        stateFilter->findData(QVariant::fromValue(Ui::IncidentsFilterModel::StateFilter::All)));
    ASSERT_TRUE(board->selectIncident(id));
    ASSERT_TRUE(Vortex::Test::waitUntil(
        [&] { return timelineHas(detail->timelineModel(), QStringLiteral("incident.resolved")); },
        10000));
    EXPECT_EQ(model->index(model->rowOfId(id), IncidentsModel::StateColumn).data().toString(),
              QStringLiteral("Resolved"));
    EXPECT_FALSE(board->resolveAction()->isEnabled());
    EXPECT_EQ(sev1.count(), 1) << "announced once";
}
