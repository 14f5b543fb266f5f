// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The whole console over a year of traffic (issue 5):
//  a. console start to first paint with a 1,000,000-message store (goal < 1 s): from creating
//     the engine and the main window with every panel to the window's first paint, and on to
//     the first page of the log and the recent messages;
//  b. peak memory of the console with that store open (goal < 300 MB), measured after the
//     dashboard's first refresh (its first rollup reads the whole store on a worker thread).
// The store is the log benchmark's (tests/bench/run-log-bench.sh generates and caches it); a
// missing store is generated here by a child process, so that generating does not count.
// Usage: bench_console [--rows N] [--store FILE]
#include "core/console/consoleengine.h"
#include "core/store/trafficgenerator.h"
#include "ui/dashboard/dashboardpanel.h"
#include "ui/log/logmodel.h"
#include "ui/log/logpanel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/panelhost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <functional>

using namespace Vortex;

namespace {

constexpr double GoalFirstPaintMs = 1000;
constexpr double GoalPeakMb = 300;

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    }
    return true;
}

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

/// Notes the first paint of any widget of the window.
class PaintProbe : public QObject
{
public:
    explicit PaintProbe(const QElapsedTimer &clock)
        : m_clock(clock)
    {}
    qint64 firstPaintMs = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && firstPaintMs < 0 && watched->isWidgetType())
            firstPaintMs = m_clock.elapsed();
        return false;
    }

private:
    const QElapsedTimer &m_clock;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Store rows."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("Store file."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption generateOnly(QStringLiteral("generate-only"),
                                          QStringLiteral("Only write the store."));
    parser.addOptions({rowsOption, storeOption, generateOnly});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    QString store = parser.value(storeOption);
    if (store.isEmpty()) {
        // The log benchmark's cache: one generated store serves both.
        const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
                              + QStringLiteral("/vortex-bench-log");
        QDir().mkpath(cache);
        store = cache + QStringLiteral("/console-%1.sqlite").arg(rows);
    }
    Core::Store::TrafficGeneratorOptions generator;
    generator.rows = rows;
    generator.end = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    generator.start = generator.end.addDays(-365);
    if (parser.isSet(generateOnly)) {
        auto filled = Core::Store::TrafficGenerator::fill(store, generator);
        return filled ? 0 : 1;
    }
    if (!QFileInfo::exists(store)) {
        print(QStringLiteral("generating %1 rows into %2 (once; cached)…").arg(rows).arg(store));
        if (QProcess::execute(QCoreApplication::applicationFilePath(),
                              {QStringLiteral("--generate-only"), QStringLiteral("--rows"),
                               QString::number(rows), QStringLiteral("--store"), store})
            != 0) {
            print(QStringLiteral("could not generate the store"));
            return 1;
        }
    }

    QTemporaryDir dir;
    QElapsedTimer clock;
    clock.start();
    // As the launcher does: the engine on its own thread; nothing to reach (Twilio refused, no
    // relay), so the figures are the console's own.
    Core::ConsoleEngineOptions options;
    options.twilioApiBase = QUrl(QStringLiteral("http://127.0.0.1:1"));
    options.accountSid = QStringLiteral("AC00000000000000000000000000000000");
    options.apiUsername = options.accountSid;
    options.apiSecret = QByteArrayLiteral("bench");
    options.databasePath = store;
    options.pagingDatabasePath = dir.filePath(QStringLiteral("paging.sqlite"));
    QThread engineThread;
    auto *engine = new Core::ConsoleEngine(options);
    engine->moveToThread(&engineThread);
    engineThread.start();
    Ui::MainWindowOptions windowOptions;
    windowOptions.dataLocation = dir.path();
    windowOptions.messagesDatabasePath = store;
    windowOptions.pagingDatabasePath = options.pagingDatabasePath;
    windowOptions.settingsFile = dir.filePath(QStringLiteral("console.ini"));
    PaintProbe probe(clock);
    app.installEventFilter(&probe);
    Ui::MainWindow window(engine, windowOptions);
    window.resize(1600, 1000);
    window.show();
    QMetaObject::invokeMethod(engine, &Core::ConsoleEngine::start, Qt::QueuedConnection);
    const qint64 constructedMs = clock.elapsed();

    spinUntil([&] { return probe.firstPaintMs >= 0; }, 10000);
    auto *logPanel
        = qobject_cast<Ui::LogPanel *>(window.panels()->dock(QStringLiteral("log"))->widget());
    qint64 logRowsMs = -1;
    if (logPanel)
        spinUntil([&] { return logPanel->model()->rowCount() > 0; }, 30000);
    if (logPanel && logPanel->model()->rowCount() > 0)
        logRowsMs = clock.elapsed();
    auto *dashboard = qobject_cast<Ui::DashboardPanel *>(
        window.panels()->dock(QStringLiteral("dashboard"))->widget());
    bool refreshed = false;
    if (dashboard) {
        QObject::connect(dashboard, &Ui::DashboardPanel::refreshed, &window,
                         [&] { refreshed = true; });
        spinUntil([&] { return refreshed || dashboard->hasSnapshot(); }, 120000);
    }
    const qint64 dashboardMs = clock.elapsed();
    const double peak = procStatusMb("VmHWM");

    print(QStringLiteral("store: %1 (%2 MB)")
              .arg(store)
              .arg(QFileInfo(store).size() / 1e6, 0, 'f', 0));
    print(QStringLiteral("window and panels constructed: %1 ms").arg(constructedMs));
    print(QStringLiteral("console start to first paint: %1 ms (goal < %2 ms)")
              .arg(probe.firstPaintMs)
              .arg(GoalFirstPaintMs, 0, 'f', 0));
    print(QStringLiteral("first page of the log in the model: %1 ms").arg(logRowsMs));
    print(QStringLiteral("dashboard's first refresh (rollups built from the whole store): %1 ms")
              .arg(dashboardMs));
    print(QStringLiteral("peak memory with the console open: %1 MB (goal < %2 MB)")
              .arg(peak, 0, 'f', 1)
              .arg(GoalPeakMb, 0, 'f', 0));
    QMetaObject::invokeMethod(engine, &Core::ConsoleEngine::stop, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        engine, [engine] { delete engine; }, Qt::BlockingQueuedConnection);
    engineThread.quit();
    engineThread.wait();
    const bool ok = probe.firstPaintMs >= 0 && probe.firstPaintMs < GoalFirstPaintMs && peak > 0
                    && peak < GoalPeakMb && logRowsMs >= 0;
    print(ok ? QStringLiteral("console benchmark: goals met")
             : QStringLiteral("console benchmark: goals NOT met"));
    return ok ? 0 : 1;
}
