// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/store/trafficgenerator.h"
#include "core/store/trafficquery.h"
#include "tests/support/testsupport.h"
#include "ui/log/logdetailspane.h"
#include "ui/log/logmodel.h"
#include "ui/log/logpanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Vortex::Core::Store;
using Vortex::Test::waitUntil;
using Vortex::Ui::LogDetailsPane;
using Vortex::Ui::LogModel;
using Vortex::Ui::LogPanel;
using Vortex::Ui::PanelContext;

namespace {

class LogPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_context.messagesDatabasePath = m_dir.filePath(QStringLiteral("console.sqlite"));
        TrafficGeneratorOptions options;
        options.rows = 4000;
        options.end = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
        ASSERT_TRUE(TrafficGenerator::fill(m_context.messagesDatabasePath, options).ok());
    }

    static bool settled(LogPanel &panel)
    {
        return waitUntil([&panel] { return !panel.model()->isLoading(); }, 20000);
    }

    QTemporaryDir m_dir;
    PanelContext m_context;
};

} // namespace

TEST_F(LogPanelTest, OpensWithRowsAndFiltersFromTheBar)
{
    LogPanel panel(m_context);
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.resize(1400, 700);
    panel.show();
    auto *placeholder = panel.findChild<QLabel *>(QStringLiteral("logPlaceholder"));
    ASSERT_NE(placeholder, nullptr);
    ASSERT_TRUE(waitUntil([&] { return panel.model()->rowCount() > 0; }));
    EXPECT_FALSE(placeholder->isVisible());
    auto *count = panel.findChild<QLabel *>(QStringLiteral("logCount"));
    ASSERT_TRUE(waitUntil([&] { return !count->text().isEmpty(); }));
    EXPECT_TRUE(count->text().contains(QStringLiteral("4"))) << count->text().toStdString();

    // Regions from the store, then status and region from the combos.
    auto *region = panel.findChild<QComboBox *>(QStringLiteral("logRegionFilter"));
    ASSERT_TRUE(waitUntil([&] { return region->count() > 3; }));
    const int gb = region->findData(QStringLiteral("GB"));
    ASSERT_GE(gb, 0);
    region->setCurrentIndex(gb);
    auto *status = panel.findChild<QComboBox *>(QStringLiteral("logStatusFilter"));
    status->setCurrentIndex(status->findText(QStringLiteral("Problems")));
    EXPECT_EQ(panel.model()->filter().region, QStringLiteral("GB"));
    EXPECT_EQ(panel.model()->filter().statuses,
              QStringList({QStringLiteral("undelivered"), QStringLiteral("failed")}));
    ASSERT_TRUE(settled(panel));
    for (int row = 0; row < panel.model()->rowCount(); ++row) {
        const QString s = panel.model()->index(row, 0).data(LogModel::StatusRole).toString();
        ASSERT_TRUE(s == QLatin1String("undelivered") || s == QLatin1String("failed"));
        ASSERT_EQ(panel.model()->index(row, LogModel::Region).data().toString(),
                  QStringLiteral("GB"));
    }

    // Text fields apply after the debounce, not on every key.
    status->setCurrentIndex(0);
    region->setCurrentIndex(0);
    auto *search = panel.findChild<QLineEdit *>(QStringLiteral("logSearch"));
    QTest::keyClicks(search, QStringLiteral("zz-no-such-text"));
    EXPECT_TRUE(panel.model()->filter().search.isEmpty());
    ASSERT_TRUE(waitUntil(
        [&] { return panel.model()->filter().search == QStringLiteral("zz-no-such-text"); }));
    ASSERT_TRUE(settled(panel));
    EXPECT_EQ(panel.model()->rowCount(), 0);
    ASSERT_TRUE(waitUntil([&] { return placeholder->isVisible(); }));
    EXPECT_EQ(placeholder->text(), QStringLiteral("No messages or calls match these filters."));

    search->clear();
    auto *channel = panel.findChild<QComboBox *>(QStringLiteral("logChannelFilter"));
    channel->setCurrentIndex(channel->findData(QStringLiteral("voice")));
    ASSERT_TRUE(settled(panel));
    ASSERT_TRUE(waitUntil([&] { return panel.model()->rowCount() > 0; }));
    EXPECT_TRUE(panel.model()->index(0, 0).data(LogModel::IsCallRole).toBool());
}

TEST_F(LogPanelTest, DetailsPaneExplainsTheError)
{
    LogPanel panel(m_context);
    panel.resize(1400, 700);
    panel.show();
    auto *error = panel.findChild<QLineEdit *>(QStringLiteral("logErrorFilter"));
    QTest::keyClicks(error, QStringLiteral("30003"));
    QTest::keyClick(error, Qt::Key_Return);
    EXPECT_EQ(panel.model()->filter().errorCode, 30003);
    ASSERT_TRUE(settled(panel));
    ASSERT_TRUE(waitUntil([&] { return panel.model()->rowCount() > 0; }));
    auto *details = panel.findChild<LogDetailsPane *>(QStringLiteral("logDetails"));
    ASSERT_NE(details, nullptr);
    EXPECT_TRUE(details->sid().isEmpty());
    panel.view()->setCurrentIndex(panel.model()->index(0, 0));
    ASSERT_TRUE(waitUntil([&] { return !details->sid().isEmpty(); }));
    EXPECT_EQ(details->sid(), panel.model()->sidAt(0));
    EXPECT_TRUE(details->field(QStringLiteral("error"))
                    ->text()
                    .contains(QStringLiteral("Unreachable destination handset")));
    EXPECT_FALSE(details->field(QStringLiteral("errorHelp"))->text().isEmpty());
    EXPECT_FALSE(details->field(QStringLiteral("body"))->text().isEmpty());
    EXPECT_EQ(details->field(QStringLiteral("status"))->text(), QStringLiteral("Undelivered"));

    // Ctrl+F searches, F5 reloads; both are actions of the panel.
    auto *find = panel.findChild<QAction *>(QStringLiteral("actionLogSearch"));
    ASSERT_NE(find, nullptr);
    EXPECT_EQ(find->shortcut(), QKeySequence(QKeySequence::Find));
    auto *reload = panel.findChild<QAction *>(QStringLiteral("actionLogReload"));
    ASSERT_NE(reload, nullptr);
    reload->trigger();
    EXPECT_EQ(panel.model()->rowCount(), 0) << "reload starts from the first page";
    ASSERT_TRUE(waitUntil([&] { return panel.model()->rowCount() > 0; }));
    EXPECT_TRUE(details->sid().isEmpty()) << "a reload clears the details";
}
