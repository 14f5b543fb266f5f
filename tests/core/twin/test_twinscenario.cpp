// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The scenario engine: a small scenario (resources/twin/scenarios/small.json, about 2,000
// messages over six simulated hours) run in-process on a manual clock, twice, compared by the
// event log's digest.
#include "core/twin/twinclock.h"
#include "core/twin/twinscenario.h"
#include "core/twin/twinscenarioplan.h"
#include "core/twin/twinscenariorunner.h"
#include "core/twin/twinserver.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Vortex::Core::Twin;
using namespace Vortex::Test;

namespace {

QString scenarioFile(const char *name)
{
    return sourceDir() + QStringLiteral("/resources/twin/scenarios/") + QLatin1String(name);
}

TwinScenario loadSmall()
{
    auto scenario = TwinScenario::fromFile(scenarioFile("small.json"));
    EXPECT_TRUE(scenario.ok()) << (scenario ? "" : scenario.error().toStdString());
    return scenario ? scenario.value() : TwinScenario{};
}

TwinScenarioSummary runOnce(const TwinScenario &scenario)
{
    TwinServer twin(TwinScenarioRunner::configFor(scenario, TwinConfig::defaults()));
    TwinScenarioRunner runner(&twin);
    auto summary = runner.run(scenario);
    EXPECT_TRUE(summary.ok()) << (summary ? "" : summary.error().toStdString());
    EXPECT_EQ(twin.clock()->nowMs(), scenario.start.toMSecsSinceEpoch() + scenario.durationMs);
    return summary ? summary.value() : TwinScenarioSummary{};
}

QByteArray withKey(QByteArray json, const char *key, const char *value)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    o.insert(QLatin1String(key), QJsonDocument::fromJson(value).object().value(QLatin1String("v")));
    return QJsonDocument(o).toJson();
}

} // namespace

TEST(TwinScenario, SameSeedSameEventLogDifferentSeedDifferentLog)
{
    const TwinScenario scenario = loadSmall();
    ASSERT_EQ(scenario.durationMs, 6 * 3600000);

    const TwinScenarioSummary first = runOnce(scenario);
    const TwinScenarioSummary second = runOnce(scenario);
    std::cout << "digest " << first.digest.constData() << ", " << first.eventCount << " events\n"
              << QJsonDocument(first.toJson()).toJson().constData();
    ASSERT_EQ(first.digest.size(), 64);
    EXPECT_EQ(first.digest, second.digest);
    EXPECT_EQ(first.counts, second.counts);
    EXPECT_EQ(first.eventCount, second.eventCount);

    // 8,000 a day for six hours, plus 60 pages: every request reached the Messages API.
    const qint64 requested = first.count(QStringLiteral("messages.requested"));
    EXPECT_EQ(requested, 2000 + 60);
    EXPECT_EQ(first.count(QStringLiteral("pages")), 60);
    EXPECT_GE(first.count(QStringLiteral("messages.created")), requested * 9 / 10);
    EXPECT_GT(first.count(QStringLiteral("messages.created.whatsapp")), 0);
    // The event log saw every created message and walked them on the clock.
    EXPECT_EQ(first.events.value(QStringLiteral("message.created")),
              first.count(QStringLiteral("messages.created")));
    EXPECT_GT(first.events.value(QStringLiteral("message.status")),
              first.count(QStringLiteral("messages.created")));
    EXPECT_EQ(first.events.value(QStringLiteral("scenario.start")), 1);
    // Unacknowledged pages escalate: a call each, or counted as unavailable without Calls.
    const qint64 escalations = first.events.value(QStringLiteral("scenario.escalation"));
    EXPECT_GT(escalations, 0);
    EXPECT_EQ(first.count(QStringLiteral("pages.acknowledged")) + escalations, 60);

    TwinScenario other = scenario;
    other.seed = scenario.seed + 1;
    const TwinScenarioSummary third = runOnce(other);
    EXPECT_NE(first.digest, third.digest);
    EXPECT_EQ(third.count(QStringLiteral("messages.requested")), requested);
}

TEST(TwinScenario, PlanIsDrawnFromTheSeedWithValidNumbers)
{
    const TwinScenario scenario = loadSmall();
    const qint64 start = scenario.start.toMSecsSinceEpoch();
    const auto a = TwinScenarioPlan::build(scenario, start, {QStringLiteral("+12015550123")});
    const auto b = TwinScenarioPlan::build(scenario, start, {QStringLiteral("+12015550123")});
    ASSERT_TRUE(a.ok()) << a.error().toStdString();
    ASSERT_TRUE(b.ok());
    ASSERT_EQ(a->people.size(), 200);
    ASSERT_EQ(a->items.size(), b->items.size());
    QSet<QString> numbers;
    for (qsizetype i = 0; i < a->people.size(); ++i) {
        EXPECT_EQ(a->people.at(i).number, b->people.at(i).number);
        EXPECT_TRUE(a->people.at(i).number.startsWith(QLatin1Char('+')));
        numbers.insert(a->people.at(i).number);
    }
    EXPECT_EQ(numbers.size(), 200) << "numbers are unique";
    EXPECT_FALSE(numbers.contains(QStringLiteral("+12015550123")));
    int inEveningPeak = 0;
    int atNight = 0;
    for (qsizetype i = 0; i < a->items.size(); ++i) {
        const PlannedItem &item = a->items.at(i);
        EXPECT_EQ(item.atMs, b->items.at(i).atMs);
        EXPECT_EQ(item.person, b->items.at(i).person);
        EXPECT_GE(item.atMs, start);
        EXPECT_LT(item.atMs, start + scenario.durationMs);
        if (item.kind != PlannedItem::Kind::Notify)
            continue;
        const int hour = static_cast<int>((item.atMs - start) / 3600000);
        inEveningPeak += hour == 5 ? 1 : 0; // 05:00 UTC weighs 0.45
        atNight += hour == 3 ? 1 : 0;       // 03:00 UTC weighs 0.27
    }
    EXPECT_GT(inEveningPeak, atNight) << "the hourly curve shapes the volume";
}

TEST(TwinScenario, RejectsMalformedScenarios)
{
    QFile file(scenarioFile("small.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    ASSERT_TRUE(TwinScenario::fromJson(good).ok());
    EXPECT_FALSE(TwinScenario::fromJson("{").ok());
    EXPECT_FALSE(TwinScenario::fromJson(withKey(good, "duration", R"({"v": "1 day"})")).ok());
    EXPECT_FALSE(TwinScenario::fromJson(withKey(good, "hourlyCurve", R"({"v": [1, 2]})")).ok());
    EXPECT_FALSE(TwinScenario::fromJson(withKey(good, "regions", R"({"v": []})")).ok());
    EXPECT_FALSE(
        TwinScenario::fromJson(
            withKey(
                good, "regions",
                R"({"v": [{"region": "US", "share": 1, "numberPrefix": "1201", "numberDigits": 11}]})"))
            .ok());
    EXPECT_FALSE(TwinScenario::fromJson(
                     withKey(good, "personas",
                             R"({"v": [{"name": "x", "share": 1, "timeZone": "Mars/Olympus"}]})"))
                     .ok());
    // A prefix libphonenumber never accepts fails when the plan draws numbers.
    auto impossible = TwinScenario::fromJson(withKey(
        good, "regions",
        R"({"v": [{"region": "GB", "share": 1, "numberPrefix": "+4400", "numberDigits": 12}]})"));
    ASSERT_TRUE(impossible.ok());
    EXPECT_FALSE(TwinScenarioPlan::build(impossible.value(), 0, {}).ok());
}

TEST(TwinScenario, ParsesIsoDurations)
{
    EXPECT_EQ(TwinScenario::parseDuration(QStringLiteral("P1D")), 86400000);
    EXPECT_EQ(TwinScenario::parseDuration(QStringLiteral("P7D")), 7 * 86400000LL);
    EXPECT_EQ(TwinScenario::parseDuration(QStringLiteral("PT6H30M")), 23400000);
    EXPECT_EQ(TwinScenario::parseDuration(QStringLiteral("P1DT1S")), 86401000);
    EXPECT_EQ(TwinScenario::parseDuration(QStringLiteral("PT45S")), 45000);
    EXPECT_EQ(TwinScenario::parseDuration(QStringLiteral("P")), -1);
    EXPECT_EQ(TwinScenario::parseDuration(QStringLiteral("PT")), -1);
    EXPECT_EQ(TwinScenario::parseDuration(QStringLiteral("1D")), -1);
}

TEST(TwinScenario, RefusesATwinNotBuiltForTheScenario)
{
    const TwinScenario scenario = loadSmall();
    TwinServer twin(TwinConfig::defaults()); // random SIDs: runs could not reproduce
    TwinScenarioRunner runner(&twin);
    EXPECT_FALSE(runner.run(scenario).ok());
}
