// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The KPI dashboard's acceptance figure (issue 5): a dashboard refresh over 7 days of a
// 1,000,000-message store (goal < 150 ms). A refresh is what the dashboard's worker does every
// 30 s: bring the rollups up to date, then compute every KPI for the window from them.
// Prints the store generation (core/store/trafficgenerator.h), the one-time initial rollup build,
// then min/median/max over 20 refreshes with no new traffic and over 20 refreshes with 300 new
// messages before each. Exit status 0 when the median refresh meets the goal. Usage: bench_kpi
// [--messages N] [--refreshes N] [--store FILE]
// --store keeps the generated store in FILE and reuses it when it exists (new messages of the
// live runs are appended to it).
#include "core/kpi/kpiquery.h"
#include "core/kpi/kpirollup.h"
#include "core/store/trafficgenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Vortex::Core;
using namespace Vortex::Core::Kpi;

namespace {

constexpr double GoalMs = 150;

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

struct Stats
{
    double min = 0;
    double median = 0;
    double max = 0;
};

Stats stats(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return {v.first(), v.at(v.size() / 2), v.last()};
}

qint64 argument(const QStringList &args, const QString &name, qint64 fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toLongLong() : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 messages = argument(args, QStringLiteral("--messages"), 1000000);
    const int refreshes = int(argument(args, QStringLiteral("--refreshes"), 20));
    QTemporaryDir dir;
    const qsizetype storeArg = args.indexOf(QStringLiteral("--store"));
    const QString store = storeArg >= 0 && storeArg + 1 < args.size()
                              ? args.at(storeArg + 1)
                              : dir.filePath(QStringLiteral("console.sqlite"));
    const bool reuse = QFileInfo::exists(store);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    QElapsedTimer timer;
    timer.start();
    // The log engineer's generator: 8 regions, SMS / WhatsApp / voice, TWILIO.md's outcome mix.
    Store::TrafficGeneratorOptions traffic;
    traffic.rows = messages;
    traffic.end = now.addSecs(-60);
    traffic.start = traffic.end.addSecs(-(7 * 24 + 6) * 3600);
    if (reuse) {
        print(QStringLiteral("reusing %1").arg(store));
    } else if (auto written = Store::TrafficGenerator::fill(store, traffic); !written) {
        print(QStringLiteral("cannot generate the store: ") + written.error());
        return 2;
    }
    print(QStringLiteral("store: %1 messages and calls over %2 days, %3 MB, ready in %4 s")
              .arg(messages)
              .arg(double(traffic.start.secsTo(traffic.end)) / 86400.0, 0, 'f', 2)
              .arg(double(QFileInfo(store).size()) / 1e6, 0, 'f', 0)
              .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));

    KpiRollup rollup({store, {}, dir.filePath(QStringLiteral("kpi.sqlite"))});
    if (auto opened = rollup.open(); !opened) {
        print(opened.error());
        return 2;
    }
    timer.restart();
    auto built = rollup.update();
    if (!built) {
        print(built.error());
        return 2;
    }
    print(QStringLiteral("initial rollup build: %1 ms (%2 rows read, %3 hours)")
              .arg(timer.elapsed())
              .arg(built->messagesScanned)
              .arg(built->hoursRecomputed));

    KpiRequest request;
    request.window = KpiWindow::Week;
    request.now = now;
    request.monthlyBudget = 5000;
    QList<double> updateMs;
    QList<double> queryMs;
    auto refresh = [&]() -> double {
        QElapsedTimer t;
        t.start();
        auto updated = rollup.update();
        updateMs.append(double(t.nsecsElapsed()) / 1e6);
        auto snapshot = KpiQuery(rollup.connection()).snapshot(request);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        queryMs.append(ms - updateMs.last());
        if (!updated || !snapshot) {
            print(QStringLiteral("refresh failed"));
            std::exit(2);
        }
        return ms;
    };
    // A warm-up refresh, then the measured ones.
    refresh();
    updateMs.clear();
    queryMs.clear();
    QList<double> idle;
    for (int i = 0; i < refreshes; ++i)
        idle.append(refresh());
    const Stats a = stats(idle);
    auto snapshot = KpiQuery(rollup.connection()).snapshot(request);
    print(QStringLiteral("7-day KPIs: delivery %1 % of %2 settled, %3 regions, %4 senders")
              .arg(snapshot->overall.rate() * 100, 0, 'f', 2)
              .arg(snapshot->overall.settled)
              .arg(snapshot->byRegion.size())
              .arg(snapshot->reputation.size()));
    print(QStringLiteral("dashboard refresh, 7 days, no new traffic (%1 runs): min %2 ms, "
                         "median %3 ms, max %4 ms (goal < %5 ms)")
              .arg(refreshes)
              .arg(a.min, 0, 'f', 1)
              .arg(a.median, 0, 'f', 1)
              .arg(a.max, 0, 'f', 1)
              .arg(GoalMs));
    print(QStringLiteral("  of which rollup update: median %1 ms, KPI queries: median %2 ms")
              .arg(stats(updateMs).median, 0, 'f', 1)
              .arg(stats(queryMs).median, 0, 'f', 1));

    updateMs.clear();
    queryMs.clear();
    QList<double> live;
    for (int i = 0; i < refreshes; ++i) {
        Store::TrafficGeneratorOptions more;
        more.rows = 300;
        more.end = now;
        more.start = now.addSecs(-30);
        more.seed = quint32(QDateTime::currentMSecsSinceEpoch()) + quint32(i);
        if (auto written = Store::TrafficGenerator::fill(store, more); !written) {
            print(written.error());
            return 2;
        }
        live.append(refresh());
    }
    const Stats b = stats(live);
    print(QStringLiteral(
              "dashboard refresh, 7 days, 300 new messages/calls each (%1 runs): min %2 ms, "
              "median %3 ms, max %4 ms (goal < %5 ms)")
              .arg(refreshes)
              .arg(b.min, 0, 'f', 1)
              .arg(b.median, 0, 'f', 1)
              .arg(b.max, 0, 'f', 1)
              .arg(GoalMs));
    print(QStringLiteral("  of which rollup update: median %1 ms, KPI queries: median %2 ms")
              .arg(stats(updateMs).median, 0, 'f', 1)
              .arg(stats(queryMs).median, 0, 'f', 1));
    const bool met = a.median < GoalMs && b.median < GoalMs;
    print(met ? QStringLiteral("goal met") : QStringLiteral("goal NOT met"));
    return met ? 0 : 1;
}
