// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The messages and calls log over a year of traffic (issue 5):
//  a. time from creating the LogPanel to its first page of rows in the model and painted
//     (an offscreen QWidget::grab) — goal < 1 s;
//  b. peak memory (VmHWM) with the panel open — goal < 300 MB;
//  c. filtered queries (status = undelivered, region GB; searches): first page and count;
//  d. scrolling to the end in steps: the longest fetch, the longest UI-thread stall, and the
//     memory once every row is in the model.
// The store (1,000,000 rows over 365 days by default) is generated once by a child process
// (so that generating does not count in this process's peak memory) and cached.
// Usage: bench_log [--rows N] [--store FILE] [--no-scroll] [--generate-only]
#include "core/store/trafficgenerator.h"
#include "core/store/trafficquery.h"
#include "ui/log/logmodel.h"
#include "ui/log/logpanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPixmap>
#include <QProcess>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Vortex::Core::Store;
using Vortex::Ui::LogModel;
using Vortex::Ui::LogPanel;

namespace {

constexpr double GoalFirstPaintMs = 1000;
constexpr double GoalPeakMb = 300;

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    return true;
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

QString ms(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral(" ms");
}

/// Measures how long the UI thread goes without running its event loop.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    double longestMs() const { return m_longest / 1e6; }
    void reset()
    {
        m_longest = 0;
        m_last = 0;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

struct QueryFigure
{
    double firstPageMs = -1;
    double countMs = -1;
    int rows = 0;
    qint64 count = -1;
    bool atLeast = false;
};

QueryFigure measureFilter(LogModel *model, const TrafficFilter &filter)
{
    QueryFigure figure;
    bool counted = false;
    QElapsedTimer timer;
    auto connection
        = QObject::connect(model, &LogModel::countChanged, model, [&](qint64 count, bool atLeast) {
              figure.countMs = timer.nsecsElapsed() / 1e6;
              figure.count = count;
              figure.atLeast = atLeast;
              counted = true;
          });
    timer.start();
    model->setFilter(filter);
    spinUntil([&] { return !model->isLoading(); });
    figure.firstPageMs = timer.nsecsElapsed() / 1e6;
    figure.rows = model->rowCount();
    spinUntil([&] { return counted; });
    QObject::disconnect(connection);
    return figure;
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_log"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption storeOption(
        QStringLiteral("store"), QStringLiteral("Cached store file."), QStringLiteral("FILE"));
    const QCommandLineOption noScroll(QStringLiteral("no-scroll"),
                                      QStringLiteral("Skip scrolling to the end."));
    const QCommandLineOption generateOnly(QStringLiteral("generate-only"),
                                          QStringLiteral("Only write the store."));
    parser.addOptions({rowsOption, storeOption, noScroll, generateOnly});
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    QString store = parser.value(storeOption);
    if (store.isEmpty()) {
        const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
                              + QStringLiteral("/vortex-bench-log");
        QDir().mkpath(cache);
        store = cache + QStringLiteral("/console-%1.sqlite").arg(rows);
    }
    // The end is fixed to a day so that the cached file stays the same between runs.
    TrafficGeneratorOptions options;
    options.rows = rows;
    options.end = QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC);
    if (parser.isSet(generateOnly)) {
        QFile::remove(store);
        QFile::remove(store + QStringLiteral("-wal"));
        QFile::remove(store + QStringLiteral("-shm"));
        auto filled = TrafficGenerator::fill(store, options);
        if (!filled) {
            print(QStringLiteral("generation failed: ") + filled.error());
            return 2;
        }
        print(QStringLiteral("generated %1 messages and %2 calls in %3 s (%4 MB)")
                  .arg(filled->messages)
                  .arg(filled->calls)
                  .arg(filled->milliseconds / 1000.0, 0, 'f', 1)
                  .arg(QFileInfo(store).size() / 1e6, 0, 'f', 0));
        return 0;
    }
    if (!QFileInfo::exists(store)) {
        print(QStringLiteral("generating %1 rows into %2 (once; cached)…").arg(rows).arg(store));
        const int status
            = QProcess::execute(QCoreApplication::applicationFilePath(),
                                {QStringLiteral("--generate-only"), QStringLiteral("--rows"),
                                 QString::number(rows), QStringLiteral("--store"), store});
        if (status != 0 || !QFileInfo::exists(store))
            return 2;
    }
    // The panel saves its header state: keep it away from the user's settings.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());

    print(QStringLiteral("store: %1 (%2 MB, %3 rows)")
              .arg(store)
              .arg(QFileInfo(store).size() / 1e6, 0, 'f', 0)
              .arg(rows));
    print(QStringLiteral("before the panel: VmRSS %1 MB").arg(procStatusMb("VmRSS"), 0, 'f', 1));

    // a. First page in the model and painted.
    Vortex::Ui::PanelContext context;
    context.messagesDatabasePath = store;
    QElapsedTimer timer;
    timer.start();
    auto *panel = new LogPanel(context);
    panel->resize(1600, 900);
    panel->show();
    LogModel *model = panel->model();
    spinUntil([&] { return model->rowCount() > 0; });
    const double firstRowsMs = timer.nsecsElapsed() / 1e6;
    const QPixmap painted = panel->grab();
    const double firstPaintMs = timer.nsecsElapsed() / 1e6;
    qint64 count = -1;
    QObject::connect(model, &LogModel::countChanged, model, [&](qint64 c, bool) { count = c; });
    spinUntil([&] { return count >= 0 || model->matchCount() >= 0; });
    const double countMs = timer.nsecsElapsed() / 1e6;
    spinUntil([&] { return false; }, 300); // let the first layout and region list settle
    const double peakOpenMb = procStatusMb("VmHWM");
    print(QStringLiteral("a. first page in the model: %1; painted (%2x%3 grab): %4 (goal < %5); "
                         "row count %6 after %7")
              .arg(ms(firstRowsMs))
              .arg(painted.width())
              .arg(painted.height())
              .arg(ms(firstPaintMs))
              .arg(ms(GoalFirstPaintMs))
              .arg(model->matchCount())
              .arg(ms(countMs)));
    print(QStringLiteral("b. peak memory with the panel open: VmHWM %1 MB (goal < %2 MB)")
              .arg(peakOpenMb, 0, 'f', 1)
              .arg(GoalPeakMb));

    // c. Filtered queries.
    StallMeter stalls;
    auto report = [&](const QString &what, const TrafficFilter &filter) {
        stalls.reset();
        const QueryFigure f = measureFilter(model, filter);
        print(QStringLiteral("c. %1: first page %2 (%3 rows), count %4%5 after %6; longest UI "
                             "stall %7")
                  .arg(what, ms(f.firstPageMs))
                  .arg(f.rows)
                  .arg(f.count)
                  .arg(f.atLeast ? QStringLiteral("+") : QString())
                  .arg(ms(f.countMs))
                  .arg(ms(stalls.longestMs())));
    };
    TrafficFilter undeliveredGb;
    undeliveredGb.statuses = {QStringLiteral("undelivered")};
    undeliveredGb.region = QStringLiteral("GB");
    report(QStringLiteral("status=undelivered, region=GB"), undeliveredGb);
    TrafficFilter filtered;
    filtered.errorCode = 30007;
    report(QStringLiteral("error code 30007"), filtered);
    TrafficFilter whatsapp;
    whatsapp.channel = QStringLiteral("whatsapp");
    whatsapp.statuses = {QStringLiteral("failed")};
    report(QStringLiteral("WhatsApp, failed"), whatsapp);
    TrafficFilter sid;
    sid.search = QStringLiteral("SM1f2e");
    report(QStringLiteral("search SID prefix SM1f2e"), sid);
    TrafficFilter number;
    number.search = QStringLiteral("+44 7400 1");
    report(QStringLiteral("search number prefix +44 7400 1 (dense)"), number);
    TrafficFilter text;
    text.search = QStringLiteral("certificate expires");
    report(QStringLiteral("search text 'certificate expires'"), text);
    TrafficFilter rare;
    rare.search = QStringLiteral("no such words anywhere");
    report(QStringLiteral("search text that matches nothing (full bounded scan)"), rare);

    // d. Scroll to the end in steps.
    if (!parser.isSet(noScroll)) {
        stalls.reset();
        measureFilter(model, TrafficFilter());
        QScrollBar *bar = panel->view()->verticalScrollBar();
        double longestFetch = 0;
        int fetches = 0;
        QElapsedTimer total;
        total.start();
        while (!model->atEnd()) {
            const int before = model->rowCount();
            QElapsedTimer fetch;
            fetch.start();
            bar->setValue(bar->maximum()); // the view asks the model for more
            if (!spinUntil([&] { return model->rowCount() > before || model->atEnd(); }, 30000))
                break;
            // The view lays out (and grows its scroll range) on its own schedule.
            spinUntil([&] { return model->atEnd() || bar->maximum() > bar->value(); }, 5000);
            longestFetch = std::max(longestFetch, fetch.nsecsElapsed() / 1e6);
            ++fetches;
            if (fetches % 100 == 0)
                print(QStringLiteral("   … %1 rows, VmRSS %2 MB")
                          .arg(model->rowCount())
                          .arg(procStatusMb("VmRSS"), 0, 'f', 0));
        }
        print(QStringLiteral("d. scrolled to the end: %1 rows in %2 fetches, %3 s; longest fetch "
                             "(scroll to rows shown) %4; longest UI stall %5")
                  .arg(model->rowCount())
                  .arg(fetches)
                  .arg(total.elapsed() / 1000.0, 0, 'f', 1)
                  .arg(ms(longestFetch))
                  .arg(ms(stalls.longestMs())));
        print(QStringLiteral("   memory with every row in the model: VmRSS %1 MB, VmHWM %2 MB")
                  .arg(procStatusMb("VmRSS"), 0, 'f', 1)
                  .arg(procStatusMb("VmHWM"), 0, 'f', 1));
    }
    const bool ok = firstPaintMs < GoalFirstPaintMs && peakOpenMb < GoalPeakMb;
    print(
        QStringLiteral("goals: first paint < %1 ms: %2; peak with the panel open < %3 MB: %4")
            .arg(GoalFirstPaintMs)
            .arg(firstPaintMs < GoalFirstPaintMs ? QStringLiteral("met") : QStringLiteral("MISSED"))
            .arg(GoalPeakMb)
            .arg(peakOpenMb < GoalPeakMb ? QStringLiteral("met") : QStringLiteral("MISSED")));
    delete panel;
    return ok ? 0 : 1;
}
