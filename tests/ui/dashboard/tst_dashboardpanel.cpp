// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include <core/console/consolesettings.h>
#include <core/paging/sqlitepagingstore.h>
#include <core/store/trafficgenerator.h>
#include <tests/support/testsupport.h>
#include <ui/dashboard/chartcard.h>
#include <ui/dashboard/dashboardpanel.h>
#include <ui/dashboard/seriesadapter.h>

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include <gtest/gtest.h>

using namespace Vortex;
using namespace Vortex::Core::Kpi;
using Vortex::Ui::ChartCard;
using Vortex::Ui::ChartData;
using Vortex::Ui::ChartKind;
using Vortex::Ui::ChartSeries;
using Vortex::Ui::DashboardPanel;
using Vortex::Ui::SeriesAdapter;

namespace {

QString readFirstLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine()).trimmed();
}

void writePaging(const QString &path)
{
    Core::Paging::SqlitePagingStore store(path);
    ASSERT_TRUE(store.open().ok());
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
    for (int i = 0; i < 4; ++i) {
        Core::Paging::Incident incident;
        incident.code = QString::number(10 + i);
        incident.title = QStringLiteral("db-%1 down").arg(i);
        incident.createdAt = start.addSecs(i * 600);
        ASSERT_TRUE(store.insertIncident(incident).ok());
        Core::Paging::TimelineEntry page;
        page.incidentId = incident.id;
        page.at = incident.createdAt;
        page.kind = QStringLiteral("page.submitted");
        page.recipientId = i % 2 ? QStringLiteral("bob") : QStringLiteral("alice");
        ASSERT_TRUE(store.appendTimeline(page).ok());
        if (i != 3) {
            Core::Paging::TimelineEntry ack;
            ack.incidentId = incident.id;
            ack.at = incident.createdAt.addSecs(90 + 30 * i);
            ack.kind = QStringLiteral("incident.acknowledged");
            ASSERT_TRUE(store.appendTimeline(ack).ok());
        }
    }
    store.close();
}

class DashboardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        context.messagesDatabasePath = dir.filePath(QStringLiteral("console.sqlite"));
        context.pagingDatabasePath = dir.filePath(QStringLiteral("paging.sqlite"));
        Core::Store::TrafficGeneratorOptions traffic;
        traffic.rows = 6000;
        traffic.end = QDateTime::currentDateTimeUtc().addSecs(-120);
        traffic.start = traffic.end.addDays(-7);
        auto written = Core::Store::TrafficGenerator::fill(context.messagesDatabasePath, traffic);
        ASSERT_TRUE(written.ok()) << written.error().toStdString();
        writePaging(context.pagingDatabasePath);
    }

    QTemporaryDir dir;
    Ui::PanelContext context;
};

} // namespace

TEST_F(DashboardTest, ShowsChartsWithDataFromTheStore)
{
    DashboardPanel panel(context);
    panel.setMonthlyBudget(500);
    panel.resize(1200, 900);
    panel.show();
    ASSERT_TRUE(Vortex::Test::waitUntil([&] { return panel.hasSnapshot(); }, 60000));
    EXPECT_EQ(panel.cards().size(), SeriesAdapter::chartIds().size());
    for (ChartCard *card : panel.cards()) {
        EXPECT_FALSE(card->chartView()->chart()->series().isEmpty())
            << card->data().id.toStdString();
    }
    ChartCard *regions = panel.card(QStringLiteral("delivery-region"));
    ASSERT_TRUE(regions);
    EXPECT_TRUE(regions->data().hasData());
    EXPECT_TRUE(regions->data().categories.contains(QStringLiteral("US")));
    EXPECT_TRUE(regions->data().categories.contains(QStringLiteral("GB")));
    EXPECT_TRUE(regions->data().categories.contains(QStringLiteral("DE")));
    const double usRate = regions->data().series.at(0).values.at(
        regions->data().categories.indexOf(QStringLiteral("US")));
    EXPECT_GT(usRate, 90.0);
    EXPECT_LT(usRate, 100.0);

    ChartCard *acks = panel.card(QStringLiteral("ack-rate"));
    ASSERT_TRUE(acks);
    EXPECT_EQ(acks->data().categories,
              QStringList({QStringLiteral("alice"), QStringLiteral("bob")}));
    EXPECT_DOUBLE_EQ(acks->data().series.at(0).values.at(0), 100.0); // incidents 0 and 2
    EXPECT_DOUBLE_EQ(acks->data().series.at(0).values.at(1), 50.0);  // 1 acked, 3 not

    ChartCard *budget = panel.card(QStringLiteral("budget"));
    ASSERT_TRUE(budget);
    EXPECT_TRUE(budget->data().note.contains(QStringLiteral("500.00")))
        << budget->data().note.toStdString();
    EXPECT_EQ(budget->data().series.size(), 3) << "spent, projection and the budget line";

    const QString hover = SeriesAdapter::describe(
        regions->data(), 0, int(regions->data().categories.indexOf(QStringLiteral("US"))));
    EXPECT_TRUE(hover.startsWith(QStringLiteral("US\n"))) << hover.toStdString();
    EXPECT_TRUE(hover.contains(QStringLiteral("Settled: "))) << hover.toStdString();
}

TEST_F(DashboardTest, BudgetComesFromTheSettings)
{
    Core::ConsoleSettings().setMonthlyBudget(250);
    DashboardPanel panel(context);
    panel.show();
    ASSERT_TRUE(Vortex::Test::waitUntil([&] { return panel.hasSnapshot(); }, 60000));
    EXPECT_DOUBLE_EQ(panel.snapshot().budget.budget, 250.0);
    Core::ConsoleSettings().setMonthlyBudget(0);
}

TEST_F(DashboardTest, ExportsPngAndCsv)
{
    DashboardPanel panel(context);
    panel.resize(1200, 900);
    panel.show();
    ASSERT_TRUE(Vortex::Test::waitUntil([&] { return panel.hasSnapshot(); }, 60000));
    ChartCard *regions = panel.card(QStringLiteral("delivery-region"));
    ASSERT_TRUE(regions);
    const QString png = dir.filePath(QStringLiteral("regions.png"));
    const QString csv = dir.filePath(QStringLiteral("regions.csv"));
    ASSERT_TRUE(regions->exportPng(png));
    ASSERT_TRUE(regions->exportCsv(csv));
    const QImage image(png);
    EXPECT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 100);
    EXPECT_EQ(readFirstLine(csv), QStringLiteral("region,Delivery rate (%),Delivered,Settled"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().count('\n'), 1 + regions->data().categories.size());

    ChartCard *latency = panel.card(QStringLiteral("delivery-time"));
    ASSERT_TRUE(latency);
    const QString latencyCsv = dir.filePath(QStringLiteral("latency.csv"));
    ASSERT_TRUE(latency->exportCsv(latencyCsv));
    EXPECT_EQ(readFirstLine(latencyCsv), QStringLiteral("time,Median (s),Delivered"));
    EXPECT_FALSE(regions->exportCsv(dir.filePath(QStringLiteral("missing/dir/x.csv"))));
}

TEST_F(DashboardTest, SevenDayWindowCoversTheWeek)
{
    DashboardPanel panel(context);
    panel.show();
    ASSERT_TRUE(Vortex::Test::waitUntil([&] { return panel.hasSnapshot(); }, 60000));
    const qint64 dayOutbound = panel.snapshot().outbound;
    EXPECT_EQ(panel.snapshot().window, KpiWindow::Day);
    panel.setWindow(KpiWindow::Week);
    ASSERT_TRUE(
        Vortex::Test::waitUntil([&] { return panel.snapshot().window == KpiWindow::Week; }, 30000));
    EXPECT_GT(panel.snapshot().outbound, dayOutbound * 5);
    const ChartData &latency = panel.card(QStringLiteral("delivery-time"))->data();
    ASSERT_GE(latency.series.at(0).points.size(), 20);
    const double spanHours
        = (latency.series.at(0).points.last().x() - latency.series.at(0).points.first().x())
          / 3600000.0;
    EXPECT_GT(spanHours, 6 * 24 - 12);
}

TEST(SeriesAdapter, ReputationBarsSitInTheirHealthLevel)
{
    KpiSnapshot s;
    SenderReputation good;
    good.sender = QStringLiteral("+12015550100");
    good.health = Health::Green;
    good.score = 90;
    good.filteringRate = 0.003;
    SenderReputation bad;
    bad.sender = QStringLiteral("VORTEX");
    bad.health = Health::Red;
    bad.score = 0;
    bad.optOutRate = 0.02;
    s.reputation = {good, bad};
    const QList<ChartData> charts = SeriesAdapter::charts(s);
    ASSERT_EQ(charts.size(), SeriesAdapter::chartIds().size());
    const ChartData &rep = charts.last();
    ASSERT_EQ(rep.id, QStringLiteral("reputation"));
    EXPECT_EQ(rep.categories, QStringList({good.sender, bad.sender}));
    EXPECT_EQ(rep.series.at(0).name, SeriesAdapter::healthLabel(Health::Green));
    EXPECT_EQ(rep.series.at(0).values, QList<double>({90.0, 0.0}));
    EXPECT_EQ(rep.series.at(2).values, QList<double>({0.0, 0.0}));
    EXPECT_TRUE(rep.note.contains(QStringLiteral("3.0 %"))) << "thresholds are shown";
    const QString hover = SeriesAdapter::describe(rep, 0, 1);
    EXPECT_TRUE(hover.contains(QStringLiteral("Opt-outs (%): 2"))) << hover.toStdString();
    EXPECT_EQ(rep.toCsv().section(QLatin1Char('\n'), 0, 0),
              QStringLiteral("sender,Healthy,Watch,At risk,Too few messages,Filtering (%),"
                             "Errors (%),Opt-outs (%),Settled"));
}

TEST(ChartCardTest, AnEmptyChartShowsAPlaceholderInsteadOfEmptyAxes)
{
    ChartCard card;
    ChartData empty;
    empty.id = QStringLiteral("cost");
    empty.title = QStringLiteral("Cost");
    empty.kind = ChartKind::Lines;
    card.setData(empty);
    card.resize(600, 400);
    card.show();
    const auto *placeholder = card.findChild<QLabel *>(QStringLiteral("emptyChart"));
    ASSERT_TRUE(placeholder);
    EXPECT_TRUE(placeholder->isVisible());
    EXPECT_EQ(placeholder->text(), QStringLiteral("No data in this window"));
    EXPECT_FALSE(card.chartView()->isVisible());

    ChartData some = empty;
    some.series
        = {ChartSeries{QStringLiteral("EUR"), {}, {{0.0, 1.0}, {3600000.0, 2.0}}, {}, false}};
    card.setData(some);
    EXPECT_FALSE(placeholder->isVisible());
    EXPECT_TRUE(card.chartView()->isVisible());
}
