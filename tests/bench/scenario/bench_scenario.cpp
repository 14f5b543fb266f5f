// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The scenario engine's acceptance figures (issue 3): one simulated day with >= 50,000 messages,
// >= 500 calls and >= 200 Verify checks in under 60 s of wall time, twice with the same seed,
// and both runs' event logs identical (digests printed). Exit status 0 only when all hold.
//
// Usage: bench_scenario [SCENARIO.json] [--runs N] [--json]
#include "core/twin/twinscenario.h"
#include "core/twin/twinscenariorunner.h"
#include "core/twin/twinserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <cstdio>

using namespace Vortex::Core::Twin;

namespace {

constexpr qint64 MinMessages = 50000;
constexpr qint64 MinCalls = 500;
constexpr qint64 MinChecks = 200;
constexpr qint64 MaxWallMs = 60000;

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("vortex.*.info=false\nvortex.*.debug=false"));
    QString file = QStringLiteral(VORTEX_SCENARIO_DIR "/one-day.json");
    int runs = 2;
    bool json = false;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = qMax(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--json"))
            json = true;
        else
            file = args.at(i);
    }
    auto scenario = TwinScenario::fromFile(file);
    if (!scenario) {
        print(scenario.error());
        return 2;
    }
    print(QStringLiteral("scenario %1 (%2): seed %3, %4 h simulated, %5 people")
              .arg(scenario->name, file)
              .arg(scenario->seed)
              .arg(double(scenario->durationMs) / 3600000.0)
              .arg(scenario->people));

    bool ok = true;
    QList<QByteArray> digests;
    for (int run = 1; run <= runs; ++run) {
        QElapsedTimer wall;
        wall.start();
        TwinServer twin(TwinScenarioRunner::configFor(scenario.value(), TwinConfig::defaults()));
        TwinScenarioRunner runner(&twin);
        const auto summary = runner.run(scenario.value());
        const qint64 ms = wall.elapsed();
        if (!summary) {
            print(QStringLiteral("run %1 failed: %2").arg(run).arg(summary.error()));
            return 2;
        }
        const qint64 messages = summary->count(QStringLiteral("messages.created"));
        const qint64 calls = summary->count(QStringLiteral("calls.created"));
        const qint64 checks = summary->count(QStringLiteral("verify.checks"));
        print(QStringLiteral("run %1: wall %2 s | messages %3 | calls %4 | verify checks %5 "
                             "(approved %6) | events %7 | charged $%8")
                  .arg(run)
                  .arg(double(ms) / 1000.0, 0, 'f', 2)
                  .arg(messages)
                  .arg(calls)
                  .arg(checks)
                  .arg(summary->count(QStringLiteral("verify.check.approved")))
                  .arg(summary->eventCount)
                  .arg(summary->chargedUsd, 0, 'f', 2));
        print(
            QStringLiteral("run %1: digest %2").arg(run).arg(QString::fromLatin1(summary->digest)));
        if (json)
            print(QString::fromUtf8(QJsonDocument(summary->toJson()).toJson()));
        const bool figures
            = messages >= MinMessages && calls >= MinCalls && checks >= MinChecks && ms < MaxWallMs;
        if (!figures)
            print(
                QStringLiteral("run %1: BELOW the acceptance figures (>= %2 messages, >= %3 calls, "
                               ">= %4 checks, < %5 s)")
                    .arg(run)
                    .arg(MinMessages)
                    .arg(MinCalls)
                    .arg(MinChecks)
                    .arg(MaxWallMs / 1000));
        ok = ok && figures;
        digests.append(summary->digest);
    }
    const bool identical = digests.count(digests.constFirst()) == digests.size();
    print(QStringLiteral("event logs identical across %1 runs: %2")
              .arg(runs)
              .arg(identical ? QStringLiteral("yes") : QStringLiteral("NO")));
    return ok && identical ? 0 : 1;
}
