// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Every panel of the console in demo mode, rendered to PNG files: the demo stack with its week
// of history and live traffic, the engine on its own thread and the real MainWindow at
// 1600×1000, as the application runs it. Each panel is brought to the front, waited for until
// it shows data, and grabbed; then the whole window, the Send test page dialog (after a test
// page was delivered) and the Settings dialog. Each image must have been painted (not one
// colour). Files go to $VORTEX_SCREENSHOT_DIR (default: a temporary folder);
// scripts/screenshots.sh runs this test under Xvfb and writes docs/screenshots/.
#include "democonsole.h"

#include <ui/dashboard/dashboardpanel.h>
#include <ui/dialogs/sendtestpagedialog.h>
#include <ui/editors/configcontroller.h>
#include <ui/editors/routingpanel.h>
#include <ui/incidents/escalationtimelinewidget.h>
#include <ui/incidents/incidentdetail.h>
#include <ui/incidents/incidentsboard.h>
#include <ui/incidents/incidentsfiltermodel.h>
#include <ui/incidents/incidentsmodel.h>
#include <ui/incidents/incidentspanel.h>
#include <ui/incidents/timelinemodel.h>
#include <ui/log/logmodel.h>
#include <ui/log/logpanel.h>
#include <ui/mainwindow/mainwindow.h>
#include <ui/mainwindow/panelhost.h>
#include <ui/models/messagesmodel.h>
#include <ui/settings/settingsdialog.h>
#include <ui/templates/templateeditor.h>
#include <ui/templates/templatelistmodel.h>
#include <ui/templates/templatespanel.h>
#include <ui/views/messagespanel.h>

#include <core/console/consolesettings.h>
#include <core/demo/demostack.h>

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <optional>

using namespace Vortex;
using Test::DemoConsole;

namespace {

constexpr int DataTimeoutMs = 60000;

/// How much of an image is not its most common colour, and how many colours it has.
struct Painted
{
    qsizetype colours = 0;
    double nonDominantShare = 0;
};

Painted painted(const QImage &image)
{
    QHash<QRgb, qsizetype> histogram;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            ++histogram[line[x]];
    }
    qsizetype dominant = 0;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it)
        dominant = std::max(dominant, it.value());
    const auto pixels = qsizetype(rgb.width()) * rgb.height();
    Painted result;
    result.colours = histogram.size();
    result.nonDominantShare = pixels == 0 ? 0.0 : 1.0 - double(dominant) / double(pixels);
    return result;
}

/// The settings an operator would have filled in (the Settings dialog shows them; the
/// dashboard compares the cost with the budget). Written to the default (isolated) file.
void writeSettings()
{
    Core::ConsoleSettings settings;
    settings.clear();
    Core::TwilioAccount production;
    production.accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
    production.apiKeySid = QStringLiteral("SK0123456789abcdef0123456789abcdef");
    production.label = QStringLiteral("Production");
    production.fromNumber = QStringLiteral("+12015550100");
    Core::TwilioAccount staging;
    staging.accountSid = QStringLiteral("ACfedcba9876543210fedcba9876543210");
    staging.label = QStringLiteral("Staging");
    staging.fromNumber = QStringLiteral("+447400123400");
    settings.setTwilioAccounts({production, staging}, 0);
    settings.setMessagingServices(
        {{QStringLiteral("Northwind Outfitters"),
          QStringLiteral("MG0123456789abcdef0123456789abcdef")},
         {QStringLiteral("Contoso Coffee"), QStringLiteral("MGabcdef0123456789abcdef0123456789")}});
    settings.setRelayBaseUrl(QUrl(QStringLiteral("https://relay.example.com")));
    settings.setMonthlyBudget(3500);
    settings.setDemoMode(true);
    settings.sync();
}

class Screenshots : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_temp.isValid());
        m_outDir = qEnvironmentVariable("VORTEX_SCREENSHOT_DIR");
        if (m_outDir.isEmpty())
            m_outDir = m_temp.filePath(QStringLiteral("screenshots"));
        ASSERT_TRUE(QDir().mkpath(m_outDir)) << qPrintable(m_outDir);
        std::printf("platform %s, screenshots in %s\n", qPrintable(QGuiApplication::platformName()),
                    qPrintable(m_outDir));
        writeSettings();
    }

    /// Grabs \a widget, checks that it was painted and saves it as \a name.png.
    void save(QWidget *widget, const QString &name)
    {
        ASSERT_TRUE(widget) << qPrintable(name);
        QCoreApplication::processEvents();
        const QImage image = widget->grab().toImage();
        ASSERT_FALSE(image.isNull()) << qPrintable(name);
        ASSERT_GE(image.width(), 200) << qPrintable(name);
        ASSERT_GE(image.height(), 150) << qPrintable(name);
        const Painted p = painted(image);
        EXPECT_GE(p.colours, 8) << qPrintable(name) << " has " << p.colours << " colours";
        EXPECT_GT(p.nonDominantShare, 0.005) << qPrintable(name) << " is nearly one colour";
        const QString path = QDir(m_outDir).filePath(name + QStringLiteral(".png"));
        // Quality 0: the strongest PNG compression (lossless either way).
        ASSERT_TRUE(image.save(path, "PNG", 0)) << qPrintable(path);
        m_saved << name;
        std::printf("%-16s %4dx%-4d %6lld colours  %5.1f%% painted  %s\n", qPrintable(name),
                    image.width(), image.height(), static_cast<long long>(p.colours),
                    100.0 * p.nonDominantShare, qPrintable(path));
    }

    QTemporaryDir m_temp;
    QString m_outDir;
    QStringList m_saved;
};

/// Waits until the incidents panel shows an incident whose timeline and escalation plan are
/// loaded, preferring one with a long timeline; returns whether one was found.
bool prepareIncidents(Ui::IncidentsPanel *panel)
{
    Ui::IncidentsBoard *board = panel->board();
    Ui::IncidentDetail *detail = panel->detail();
    if (!DemoConsole::waitFor([&] { return board->proxy()->rowCount() > 0; }, DataTimeoutMs))
        return false;
    // The board's rows, top first: the first with a rich timeline wins, else any with a plan.
    const QAbstractProxyModel *proxy = board->proxy();
    for (int minimum : {10, 1}) {
        for (int row = 0; row < std::min(proxy->rowCount(), 12); ++row) {
            const int source = proxy->mapToSource(proxy->index(row, 0)).row();
            const qint64 id = board->model()->summary(source).incident.id;
            if (!board->selectIncident(id) || detail->incidentId() != id)
                continue;
            if (DemoConsole::waitFor(
                    [&] {
                        return detail->timelineModel()->rowCount() >= minimum
                               && detail->escalationTimeline()->hasPlan();
                    },
                    minimum > 1 ? 3000 : DataTimeoutMs))
                return true;
        }
    }
    return false;
}

/// Waits until the log has rows and selects one with a Twilio error (its meaning shows in the
/// details pane), else the first.
bool prepareLog(Ui::LogPanel *panel)
{
    Ui::LogModel *model = panel->model();
    if (!DemoConsole::waitFor([&] { return model->rowCount() > 0 && !model->isLoading(); },
                              DataTimeoutMs))
        return false;
    const QAbstractItemModel *shown = panel->view()->model();
    int pick = 0;
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, 0).data(Ui::LogModel::ErrorCodeRole).toInt() != 0) {
            pick = row;
            break;
        }
    }
    panel->view()->selectRow(pick);
    // Room for the details pane, as an operator would drag the splitter.
    if (auto *splitter = panel->findChild<QSplitter *>(QStringLiteral("logSplitter")))
        splitter->setSizes({panel->width() * 3 / 5, panel->width() * 2 / 5});
    panel->view()->scrollTo(shown->index(pick, 0));
    // The details are read on a worker; give them a moment to arrive.
    DemoConsole::waitFor([] { return false; }, 1000);
    return true;
}

bool prepareDashboard(Ui::DashboardPanel *panel)
{
    // The week shows the history's carrier-filtering episode and the budget trend.
    QSignalSpy refreshed(panel, &Ui::DashboardPanel::refreshed);
    panel->setWindow(Core::Kpi::KpiWindow::Week);
    panel->refresh();
    return DemoConsole::waitFor([&] { return !refreshed.isEmpty() && panel->hasSnapshot(); },
                                DataTimeoutMs);
}

bool prepareRouting(Ui::RoutingPanel *panel)
{
    return DemoConsole::waitFor([&] { return panel->controller()->isLoaded(); }, DataTimeoutMs);
}

/// The stored templates; when there are none yet, an SMS page template is written through the
/// panel as an operator would (New, text, Save), then the first one is shown in the editor.
bool prepareTemplates(Ui::TemplatesPanel *panel)
{
    Ui::TemplateListModel *model = panel->listModel();
    if (!DemoConsole::waitFor([&] { return model->rowCount() > 0; }, 3000)) {
        panel->newAction(Core::Paging::TemplateKind::SmsPage)->trigger();
        Ui::TemplateEditor *editor = panel->editor();
        editor->languageEdit()->setText(QStringLiteral("en"));
        editor->bodyEdit()->setPlainText(
            QStringLiteral("VORTEX {severity} #{code}: {title}\n{summary}\n{link}\n{reply_hint}"));
        if (!editor->saveAction()->isEnabled())
            return false;
        editor->saveAction()->trigger();
        // Stored (listed) and answered (the editor holds the saved state).
        if (!DemoConsole::waitFor([&] { return model->rowCount() > 0 && !editor->isModified(); },
                                  DataTimeoutMs))
            return false;
    }
    panel->listView()->selectRow(0);
    return DemoConsole::waitFor([&] { return panel->editor()->hasTemplate(); }, DataTimeoutMs);
}

/// Any other panel: one of its item views has rows (a panel without item views is taken as
/// it is once the event loop had a moment).
bool prepareOther(QWidget *panel)
{
    const auto views = panel->findChildren<QAbstractItemView *>();
    if (views.isEmpty()) {
        DemoConsole::waitFor([] { return false; }, 1000);
        return true;
    }
    return DemoConsole::waitFor(
        [&] {
            for (const QAbstractItemView *view : views) {
                if (view->model() && view->model()->rowCount() > 0)
                    return true;
            }
            return false;
        },
        DataTimeoutMs);
}

} // namespace

TEST_F(Screenshots, EveryPanelAndDialogOfTheDemoConsole)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    DemoConsole console(m_temp.filePath(QStringLiteral("demo")), Core::Demo::DemoOptions::full());
    const QString failure = console.start(180000);
    ASSERT_TRUE(failure.isEmpty()) << qPrintable(failure);
    Ui::MainWindow *window = console.window();
    window->resize(1600, 1000);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
    std::printf("demo stack and window up after %lld ms\n",
                static_cast<long long>(sinceStart.elapsed()));

    const QList<QDockWidget *> docks = window->panels()->docks();
    ASSERT_GE(docks.size(), 5);
    for (QDockWidget *dock : docks) {
        const QString id = dock->objectName().chopped(4); // "<id>Dock"
        window->panels()->showPanel(id);
        QWidget *panel = dock->widget();
        ASSERT_TRUE(panel) << qPrintable(id);
        // The board and the incident's detail side by side need more than the left dock
        // area's width: the incidents panel is shown alone (the workspace docks closed, as an
        // operator may), with the whole week on the board.
        QList<QDockWidget *> closed;
        if (qobject_cast<Ui::IncidentsPanel *>(panel)) {
            for (QDockWidget *other : docks) {
                if (other != dock && other->isVisible()) {
                    other->hide();
                    closed << other;
                }
            }
            if (auto *state = panel->findChild<QComboBox *>(QStringLiteral("incidentStateFilter")))
                state->setCurrentIndex(state->count() - 1); // "All, also resolved"
        }
        bool ready = false;
        if (auto *incidents = qobject_cast<Ui::IncidentsPanel *>(panel))
            ready = prepareIncidents(incidents);
        else if (qobject_cast<Ui::MessagesPanel *>(panel))
            ready = DemoConsole::waitFor([&] { return window->messagesModel()->rowCount() > 0; },
                                         DataTimeoutMs);
        else if (auto *log = qobject_cast<Ui::LogPanel *>(panel))
            ready = prepareLog(log);
        else if (auto *dashboard = qobject_cast<Ui::DashboardPanel *>(panel))
            ready = prepareDashboard(dashboard);
        else if (auto *routing = qobject_cast<Ui::RoutingPanel *>(panel))
            ready = prepareRouting(routing);
        else if (auto *templates = qobject_cast<Ui::TemplatesPanel *>(panel))
            ready = prepareTemplates(templates);
        else
            ready = prepareOther(panel);
        EXPECT_TRUE(ready) << qPrintable(id) << " showed no data";
        std::printf("%-16s ready after %lld ms\n", qPrintable(id),
                    static_cast<long long>(sinceStart.elapsed()));
        ASSERT_TRUE(dock->isVisible()) << qPrintable(id);
        save(dock, id);
        for (QDockWidget *other : closed)
            other->show();
        // The dashboard scrolls: every chart in one picture as well.
        if (qobject_cast<Ui::DashboardPanel *>(panel)) {
            if (auto *scroll = panel->findChild<QScrollArea *>())
                save(scroll->widget(), id + QStringLiteral("-all"));
        }
    }

    // The whole window at 1600×1000 again (the incidents panel alone had widened its dock): the
    // board on the left, the dashboard in front on the right.
    window->resize(1600, 1000);
    DemoConsole::waitFor([] { return false; }, 100);
    window->panels()->applyDefaultSizes(); // the first-start proportions
    DemoConsole::waitFor([] { return false; }, 300);
    std::printf("window %dx%d (minimum size hint %dx%d)\n", window->width(), window->height(),
                window->minimumSizeHint().width(), window->minimumSizeHint().height());
    window->panels()->showPanel(QStringLiteral("dashboard"));
    save(window, QStringLiteral("console"));

    // Send test page: a page to the on-call phone, followed until it is delivered.
    window->openSendTestPage();
    Ui::SendTestPageDialog *dialog = window->sendTestPageDialog();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    ASSERT_FALSE(console.endpoints().phoneBook.isEmpty());
    dialog->setRecipient(console.endpoints().phoneBook.first());
    auto *send = dialog->findChild<QWidget *>(QStringLiteral("sendButton"));
    ASSERT_TRUE(send);
    ASSERT_TRUE(send->isEnabled()) << qPrintable(dialog->statusText());
    QTest::mouseClick(send, Qt::LeftButton);
    EXPECT_TRUE(DemoConsole::waitFor(
        [&] { return dialog->phase() == Ui::SendTestPageDialog::Phase::Finished; }, 30000))
        << qPrintable(dialog->statusText());
    EXPECT_EQ(dialog->trackedStatus(), QStringLiteral("delivered"))
        << qPrintable(dialog->statusText());
    save(dialog, QStringLiteral("send-test-page"));
    dialog->close();

    // Settings: the accounts and Messaging Services written above.
    window->openSettings();
    Ui::SettingsDialog *settings = window->settingsDialog();
    ASSERT_TRUE(settings);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(settings));
    DemoConsole::waitFor([] { return false; }, 300);
    save(settings, QStringLiteral("settings"));
    settings->close();

    EXPECT_EQ(m_saved.size(), docks.size() + 4);
}
