// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The longest UI-thread stall while traffic flows (issue 5, goal < 50 ms): the real MainWindow
// in demo mode (twin + relay, a week of history, live customer notifications and incidents),
// with the console engine on its own thread as the application runs it, plus extra load from a
// driver thread — an incident raised through the engine every few seconds (each pages the
// on-call team: SMS, calls, acknowledgements) and customers' inbound SMS posted to the relay's
// inbound webhook as Twilio posts them, signed with the demo's auth token (through the relay's
// feed and the engine into the messages panel and the log). Meanwhile the UI
// thread is used as an operator would: switching panels, sorting the messages table and the
// incidents board, scrolling the log and the messages table, filtering the log, switching the
// dashboard between 24 h and 7 d.
//
// A 1 ms heartbeat timer on the UI thread stamps a QElapsedTimer; the gap between two of its
// turns is how long the event loop could not run. Printed: the longest gap, p99 and p99.9, the
// number of gaps over 16 ms and over 50 ms, and per kind of interaction the longest time its
// call blocked and the longest gap that ended within 300 ms after it.
// Usage: bench_uistall [--seconds N] [--incident-every S] [--replies-per-second N]
#include "democonsole.h"

#include <ui/dashboard/dashboardpanel.h>
#include <ui/incidents/incidentsboard.h>
#include <ui/incidents/incidentspanel.h>
#include <ui/log/logmodel.h>
#include <ui/log/logpanel.h>
#include <ui/mainwindow/mainwindow.h>
#include <ui/mainwindow/panelhost.h>
#include <ui/models/messagesmodel.h>
#include <ui/views/messagespanel.h>

#include <core/console/consoleengine.h>
#include <core/demo/demostack.h>
#include <core/twilio/formparams.h>
#include <core/twilio/signature.h>

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <map>
#include <random>
#include <vector>

using namespace Vortex;
using Test::DemoConsole;

namespace {

constexpr double GoalMs = 50;

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

QString ms(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral(" ms");
}

/// A field of /proc/self/status in MB ("VmHWM", "VmRSS").
double procStatusMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

/// The UI thread's heartbeat: every gap between two turns of a 1 ms timer, in ns.
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0 && m_recording)
                m_gaps.push_back({now, now - m_last});
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void record(bool on)
    {
        m_recording = on;
        m_last = 0;
    }
    qint64 now() const { return m_clock.nsecsElapsed(); }

    struct Gap
    {
        qint64 end = 0; ///< ns on the heartbeat's clock
        qint64 length = 0;
    };
    const std::vector<Gap> &gaps() const { return m_gaps; }

    /// Something that ran on the UI thread, stamped where it ran (to tell what a stall held).
    struct Mark
    {
        qint64 at = 0;
        QString what;
    };
    void mark(const QString &what) { m_marks.push_back({now(), what}); }
    const std::vector<Mark> &marks() const { return m_marks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    bool m_recording = false;
    std::vector<Gap> m_gaps;
    std::vector<Mark> m_marks;
};

/// Extra load from its own thread: incidents raised through the engine, and inbound SMS replies
/// posted to the relay's inbound webhook with X-Twilio-Signature, exactly as Twilio posts them
/// (the demo twin's control API is off, so they do not pass through the twin).
class LoadDriver : public QObject
{
public:
    LoadDriver(Core::ConsoleEngine *engine, const Core::Demo::DemoEndpoints &endpoints,
               QStringList from, int incidentEveryMs, int repliesPerSecond)
        : m_engine(engine)
        , m_inbound(endpoints.relayBase.resolved(QUrl(QStringLiteral("/twilio/messages/inbound"))))
        , m_authToken(endpoints.authToken)
        , m_accountSid(endpoints.accountSid)
        , m_to(endpoints.fromNumber)
        , m_from(std::move(from))
        , m_incidentEveryMs(incidentEveryMs)
        , m_repliesPerSecond(repliesPerSecond)
    {}

    /// Runs on the driver's thread.
    void start()
    {
        m_network = new QNetworkAccessManager(this);
        auto *incidents = new QTimer(this);
        incidents->setInterval(m_incidentEveryMs);
        QObject::connect(incidents, &QTimer::timeout, this, [this] { raise(); });
        incidents->start();
        if (m_repliesPerSecond > 0 && !m_from.isEmpty()) {
            auto *replies = new QTimer(this);
            replies->setInterval(1000 / m_repliesPerSecond);
            QObject::connect(replies, &QTimer::timeout, this, [this] { reply(); });
            replies->start();
        }
        raise();
    }
    void stop()
    {
        for (QTimer *timer : findChildren<QTimer *>())
            timer->stop();
    }

    std::atomic<int> incidentsRaised{0};
    std::atomic<int> repliesAccepted{0};
    std::atomic<int> repliesFailed{0};

private:
    void raise()
    {
        const int n = ++m_incident;
        const int severity = 1 + (n - 1) % 4;
        const QString title = QStringLiteral("Load test %1: checkout latency above 2 s").arg(n);
        QMetaObject::invokeMethod(
            m_engine,
            [engine = m_engine, n, severity, title] {
                engine->raiseIncident(quint64(900000 + n), severity, title,
                                      QStringLiteral("p95 latency 2.4 s in eu-west for 5 min"),
                                      QStringLiteral("https://status.example.com/i/%1").arg(n),
                                      QString());
            },
            Qt::QueuedConnection);
        ++incidentsRaised;
    }

    void reply()
    {
        const QString from = m_from.at(m_reply % m_from.size());
        ++m_reply;
        const QString sid = QStringLiteral("SM")
                            + QString::fromLatin1(
                                QByteArray::number(quint64(m_rng()), 16).rightJustified(16, '0')
                                + QByteArray::number(quint64(m_rng()), 16).rightJustified(16, '0'));
        Core::Twilio::FormParams form;
        form.add(QStringLiteral("MessageSid"), sid);
        form.add(QStringLiteral("SmsSid"), sid);
        form.add(QStringLiteral("SmsMessageSid"), sid);
        form.add(QStringLiteral("AccountSid"), m_accountSid);
        form.add(QStringLiteral("From"), from);
        form.add(QStringLiteral("To"), m_to);
        form.add(QStringLiteral("Body"),
                 QStringLiteral("Where is my order #%1?").arg(52000 + m_reply));
        form.add(QStringLiteral("NumMedia"), QStringLiteral("0"));
        form.add(QStringLiteral("NumSegments"), QStringLiteral("1"));
        form.add(QStringLiteral("SmsStatus"), QStringLiteral("received"));
        form.add(QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01"));
        QNetworkRequest request(m_inbound);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        request.setRawHeader("X-Twilio-Signature", Core::Twilio::RequestSignature::compute(
                                                       m_authToken, m_inbound.toString(), form));
        request.setTransferTimeout(10000);
        QNetworkReply *reply = m_network->post(request, form.encode());
        QObject::connect(reply, &QNetworkReply::finished, this, [this, reply] {
            if (reply->error() == QNetworkReply::NoError) {
                ++repliesAccepted;
            } else if (++repliesFailed == 1) {
                print(QStringLiteral("first inbound reply refused: %1 %2")
                          .arg(reply->errorString(), QString::fromUtf8(reply->readAll())));
            }
            reply->deleteLater();
        });
    }

    Core::ConsoleEngine *m_engine = nullptr;
    QUrl m_inbound;
    QByteArray m_authToken;
    QString m_accountSid;
    QString m_to;
    std::mt19937_64 m_rng{20260307};
    QStringList m_from;
    int m_incidentEveryMs = 5000;
    int m_repliesPerSecond = 4;
    QNetworkAccessManager *m_network = nullptr;
    int m_incident = 0;
    int m_reply = 0;
};

/// What an operator does, one step every few hundred milliseconds.
class Operator
{
public:
    explicit Operator(Ui::MainWindow *window)
        : m_window(window)
    {
        const QList<QDockWidget *> docks = window->panels()->docks();
        for (QDockWidget *dock : docks)
            m_panels << dock->objectName().chopped(4);
        for (QDockWidget *dock : docks) {
            if (auto *log = qobject_cast<Ui::LogPanel *>(dock->widget()))
                m_log = log;
            else if (auto *incidents = qobject_cast<Ui::IncidentsPanel *>(dock->widget()))
                m_board = incidents->board();
            else if (auto *dashboard = qobject_cast<Ui::DashboardPanel *>(dock->widget()))
                m_dashboard = dashboard;
        }
        m_messages
            = window->messagesPanel()->findChild<QTableView *>(QStringLiteral("messagesTable"));
        m_steps = {
            {QStringLiteral("switch panel"),
             [this] {
                 switchPanel();
             }},
            {QStringLiteral("scroll log"),
             [this] {
                 scrollLog();
             }},
            {QStringLiteral("sort messages"),
             [this] {
                 sortMessages();
             }},
            {QStringLiteral("switch panel"),
             [this] {
                 switchPanel();
             }},
            {QStringLiteral("scroll messages"),
             [this] {
                 scrollMessages();
             }},
            {QStringLiteral("sort incidents"),
             [this] {
                 sortIncidents();
             }},
            {QStringLiteral("filter log"),
             [this] {
                 filterLog();
             }},
            {QStringLiteral("switch panel"),
             [this] {
                 switchPanel();
             }},
            {QStringLiteral("dashboard 24 h / 7 d"),
             [this] {
                 toggleDashboard();
             }},
        };
    }

    /// Does the next step; returns its name.
    QString step()
    {
        const auto &[name, action] = m_steps.at(m_next++ % m_steps.size());
        action();
        return name;
    }

private:
    void show(const QString &id) { m_window->panels()->showPanel(id); }
    void switchPanel()
    {
        if (!m_panels.isEmpty())
            show(m_panels.at(m_panel++ % m_panels.size()));
    }
    void scrollLog()
    {
        if (!m_log)
            return;
        show(QStringLiteral("log"));
        QScrollBar *bar = m_log->view()->verticalScrollBar();
        // Mostly down (fetching further pages near the end), now and then back to the top.
        bar->setValue(++m_logScrolls % 8 == 0 ? 0 : bar->value() + 5 * bar->pageStep());
    }
    void scrollMessages()
    {
        if (!m_messages)
            return;
        show(QStringLiteral("messages"));
        QScrollBar *bar = m_messages->verticalScrollBar();
        bar->setValue(bar->value() >= bar->maximum() ? 0 : bar->value() + 3 * bar->pageStep());
    }
    void sortMessages()
    {
        if (!m_messages)
            return;
        show(QStringLiteral("messages"));
        const int columns = m_messages->model()->columnCount();
        const int column = m_sorts % std::max(columns, 1);
        m_messages->sortByColumn(column, (m_sorts / columns) % 2 ? Qt::AscendingOrder
                                                                 : Qt::DescendingOrder);
        ++m_sorts;
    }
    void sortIncidents()
    {
        if (!m_board)
            return;
        const int columns = m_board->view()->model()->columnCount();
        m_board->view()->sortByColumn(m_boardSorts % std::max(columns, 1),
                                      m_boardSorts % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
        ++m_boardSorts;
    }
    void filterLog()
    {
        if (!m_log)
            return;
        show(QStringLiteral("log"));
        // The status filter: a new query on the log's worker (after the bar's debounce).
        if (auto *status = m_log->findChildren<QComboBox *>().value(0)) {
            const int count = status->count();
            if (count > 1)
                status->setCurrentIndex((status->currentIndex() + 1) % count);
        }
    }
    void toggleDashboard()
    {
        if (!m_dashboard)
            return;
        show(QStringLiteral("dashboard"));
        m_dashboard->setWindow(m_dashboard->window() == Core::Kpi::KpiWindow::Day
                                   ? Core::Kpi::KpiWindow::Week
                                   : Core::Kpi::KpiWindow::Day);
    }

    Ui::MainWindow *m_window = nullptr;
    QStringList m_panels;
    Ui::LogPanel *m_log = nullptr;
    Ui::IncidentsBoard *m_board = nullptr;
    Ui::DashboardPanel *m_dashboard = nullptr;
    QTableView *m_messages = nullptr;
    std::vector<std::pair<QString, std::function<void()>>> m_steps;
    size_t m_next = 0;
    int m_panel = 0;
    int m_logScrolls = 0;
    int m_sorts = 0;
    int m_boardSorts = 0;
};

double percentile(std::vector<qint64> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, size_t(p * double(values.size())));
    return double(values[index]) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings, layout and keychain stay away from the user's (~/.qttest).
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("VortexIQ-Bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_uistall"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("How long to measure."),
                                           QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption incidentOption(QStringLiteral("incident-every"),
                                            QStringLiteral("Seconds between extra incidents."),
                                            QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption repliesOption(QStringLiteral("replies-per-second"),
                                           QStringLiteral("Inbound SMS replies per second."),
                                           QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption stepOption(QStringLiteral("step-ms"),
                                        QStringLiteral("Milliseconds between operator steps."),
                                        QStringLiteral("MS"), QStringLiteral("400"));
    parser.addOptions({secondsOption, incidentOption, repliesOption, stepOption});
    parser.process(app);
    const int seconds = std::max(1, parser.value(secondsOption).toInt());
    const int incidentEveryMs = std::max(500, int(parser.value(incidentOption).toDouble() * 1000));
    const int repliesPerSecond = std::clamp(parser.value(repliesOption).toInt(), 0, 100);
    const int stepMs = std::max(50, parser.value(stepOption).toInt());

    QTemporaryDir dir;
    QElapsedTimer sinceStart;
    sinceStart.start();
    DemoConsole console(dir.filePath(QStringLiteral("demo")), Core::Demo::DemoOptions::full());
    if (const QString failure = console.start(180000); !failure.isEmpty()) {
        print(QStringLiteral("the demo console did not start: ") + failure);
        return 2;
    }
    Ui::MainWindow *window = console.window();
    window->resize(1600, 1000);
    window->show();
    const auto &seed = console.stack()->report().seed;
    print(QStringLiteral("demo stack up after %1 (history: %2 messages, %3 calls, %4 incidents); "
                         "platform %5")
              .arg(ms(double(sinceStart.elapsed())))
              .arg(seed.messages)
              .arg(seed.calls)
              .arg(seed.incidents)
              .arg(QGuiApplication::platformName()));

    Heartbeat heartbeat;
    heartbeat.record(true);
    // Start-up: until the messages panel and the log have the week.
    Ui::LogPanel *log = nullptr;
    for (QDockWidget *dock : window->panels()->docks()) {
        if (auto *panel = qobject_cast<Ui::LogPanel *>(dock->widget()))
            log = panel;
    }
    const bool loaded = DemoConsole::waitFor(
        [&] {
            return window->messagesModel()->rowCount() > 0
                   && (!log || log->model()->rowCount() > 0);
        },
        60000);
    DemoConsole::waitFor([] { return false; }, 2000);
    qint64 startupLongest = 0;
    for (const auto &gap : heartbeat.gaps())
        startupLongest = std::max(startupLongest, gap.length);
    print(QStringLiteral("start-up (window shown until the panels have the week%1): longest UI "
                         "stall %2")
              .arg(loaded ? QString() : QStringLiteral(", NOT REACHED"))
              .arg(ms(double(startupLongest) / 1e6)));

    // Traffic counters, counted on the UI thread as the widgets see them.
    int messageChanges = 0;
    int timelineEntries = 0;
    QObject::connect(console.engine(), &Core::ConsoleEngine::messageChanged, window,
                     [&messageChanges] { ++messageChanges; });
    QObject::connect(console.engine(), &Core::ConsoleEngine::timelineAppended, window,
                     [&timelineEntries] { ++timelineEntries; });
    // What the panels' workers hand back, stamped when the UI thread has taken it in.
    for (QDockWidget *dock : window->panels()->docks()) {
        if (auto *dashboard = qobject_cast<Ui::DashboardPanel *>(dock->widget())) {
            QObject::connect(dashboard, &Ui::DashboardPanel::refreshed, window, [&heartbeat] {
                heartbeat.mark(QStringLiteral("dashboard snapshot shown"));
            });
        } else if (auto *logPanel = qobject_cast<Ui::LogPanel *>(dock->widget())) {
            QObject::connect(logPanel->model(), &Ui::LogModel::pageArrived, window,
                             [&heartbeat](int rows) {
                                 heartbeat.mark(QStringLiteral("log page (%1 rows)").arg(rows));
                             });
        }
    }

    QThread driverThread;
    driverThread.setObjectName(QStringLiteral("bench-load"));
    QStringList customers = console.stack()->report().customers;
    auto *driver = new LoadDriver(console.engine(), console.endpoints(), customers, incidentEveryMs,
                                  repliesPerSecond);
    driver->moveToThread(&driverThread);
    driverThread.start();

    Operator person(window);
    struct Interaction
    {
        QString kind;
        qint64 start = 0;
        qint64 blocked = 0; ///< ns the call itself took
    };
    std::vector<Interaction> interactions;
    QTimer operatorTimer;
    operatorTimer.setInterval(stepMs);
    QObject::connect(&operatorTimer, &QTimer::timeout, &operatorTimer, [&] {
        Interaction i;
        i.start = heartbeat.now();
        i.kind = person.step();
        i.blocked = heartbeat.now() - i.start;
        interactions.push_back(i);
        heartbeat.mark(i.kind);
    });

    heartbeat.record(false);
    heartbeat.record(true);
    const size_t firstGap = heartbeat.gaps().size();
    QMetaObject::invokeMethod(
        driver, [driver] { driver->start(); }, Qt::QueuedConnection);
    operatorTimer.start();
    print(QStringLiteral("measuring %1 s: demo traffic + an incident every %2 s + %3 inbound "
                         "replies/s + an operator step every %4 ms…")
              .arg(seconds)
              .arg(incidentEveryMs / 1000.0)
              .arg(repliesPerSecond)
              .arg(stepMs));
    DemoConsole::waitFor([] { return false; }, seconds * 1000);
    operatorTimer.stop();
    heartbeat.record(false);
    QMetaObject::invokeMethod(
        driver, [driver] { driver->stop(); }, Qt::BlockingQueuedConnection);

    std::vector<qint64> lengths;
    const auto &gaps = heartbeat.gaps();
    for (size_t i = firstGap; i < gaps.size(); ++i)
        lengths.push_back(gaps[i].length);
    const qint64 longest = lengths.empty() ? 0 : *std::max_element(lengths.begin(), lengths.end());
    const auto over = [&](double limitMs) {
        return std::count_if(lengths.begin(), lengths.end(),
                             [&](qint64 l) { return double(l) / 1e6 > limitMs; });
    };
    print(QStringLiteral("traffic seen by the UI: %1 message updates, %2 timeline entries; "
                         "%3 incidents raised, %4 replies accepted (%5 failed)")
              .arg(messageChanges)
              .arg(timelineEntries)
              .arg(driver->incidentsRaised.load())
              .arg(driver->repliesAccepted.load())
              .arg(driver->repliesFailed.load()));
    print(QStringLiteral("UI thread: %1 event-loop turns; longest stall %2 (goal < %3); p99 %4, "
                         "p99.9 %5; stalls > 16 ms: %6, > 50 ms: %7")
              .arg(lengths.size())
              .arg(ms(double(longest) / 1e6))
              .arg(ms(GoalMs))
              .arg(ms(percentile(lengths, 0.99)))
              .arg(ms(percentile(lengths, 0.999)))
              .arg(over(16))
              .arg(over(50)));

    // Per kind of interaction: the call itself and the longest gap ending within 300 ms of it.
    struct Figure
    {
        int count = 0;
        qint64 blocked = 0;
        qint64 stall = 0;
    };
    std::map<QString, Figure> figures;
    for (const Interaction &i : interactions) {
        Figure &f = figures[i.kind];
        ++f.count;
        f.blocked = std::max(f.blocked, i.blocked);
        for (size_t g = firstGap; g < gaps.size(); ++g) {
            if (gaps[g].end >= i.start && gaps[g].end <= i.start + 300'000'000)
                f.stall = std::max(f.stall, gaps[g].length);
        }
    }
    for (const auto &[kind, f] : figures) {
        print(QStringLiteral("  %1 ×%2: call %3, longest stall around it %4")
                  .arg(kind, -20)
                  .arg(f.count)
                  .arg(ms(double(f.blocked) / 1e6))
                  .arg(ms(double(f.stall) / 1e6)));
    }
    // The longest stalls and what ran in them.
    std::vector<size_t> order;
    for (size_t g = firstGap; g < gaps.size(); ++g)
        order.push_back(g);
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return gaps[a].length > gaps[b].length; });
    for (size_t n = 0; n < std::min<size_t>(5, order.size()); ++n) {
        const Heartbeat::Gap &gap = gaps[order[n]];
        QStringList during;
        for (const Heartbeat::Mark &m : heartbeat.marks()) {
            if (m.at >= gap.end - gap.length - 2'000'000 && m.at <= gap.end)
                during << m.what;
        }
        print(QStringLiteral("  stall %1 at %2 s: %3")
                  .arg(ms(double(gap.length) / 1e6))
                  .arg(double(gap.end - gaps[firstGap].end) / 1e9, 0, 'f', 1)
                  .arg(during.isEmpty() ? QStringLiteral("(no panel result or operator step)")
                                        : during.join(QStringLiteral(", "))));
    }
    print(QStringLiteral("peak memory: VmHWM %1 MB").arg(procStatusMb("VmHWM"), 0, 'f', 1));
    print(QStringLiteral("result: longest UI-thread stall %1 — %2")
              .arg(ms(double(longest) / 1e6))
              .arg(double(longest) / 1e6 < GoalMs ? QStringLiteral("goal met")
                                                  : QStringLiteral("goal NOT met")));

    driverThread.quit();
    driverThread.wait();
    delete driver;
    return 0;
}
