// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/console/consoletypes.h"
#include "core/store/trafficgenerator.h"
#include "core/store/trafficquery.h"
#include "tests/support/testsupport.h"
#include "ui/log/logmodel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Vortex::Core;
using namespace Vortex::Core::Store;
using Vortex::Test::waitUntil;
using Vortex::Ui::LogModel;

namespace {

const QDateTime SpanEnd(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);

class LogModelTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_path = s_dir->filePath(QStringLiteral("console.sqlite"));
        TrafficGeneratorOptions options;
        options.rows = 3000;
        options.end = SpanEnd;
        options.start = SpanEnd.addDays(-10);
        ASSERT_TRUE(TrafficGenerator::fill(s_path, options).ok());
    }
    static void TearDownTestSuite() { delete s_dir; }

    /// Fetches until the model has every matching row.
    static bool fetchAll(LogModel &model)
    {
        return waitUntil(
            [&model] {
                if (!model.isLoading() && model.canFetchMore({}))
                    model.fetchMore({});
                return model.atEnd() && !model.isLoading();
            },
            60000);
    }

    static QSet<QString> sids(const LogModel &model)
    {
        QSet<QString> out;
        for (int row = 0; row < model.rowCount(); ++row)
            out.insert(model.sidAt(row));
        return out;
    }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline QString s_path;
};

MessageRecord liveRecord(const QString &sid, const QString &status, const QDateTime &created)
{
    MessageRecord r;
    r.sid = sid;
    r.direction = QStringLiteral("outbound-api");
    r.from = QStringLiteral("+12015550123");
    r.to = QStringLiteral("+447400123456");
    r.body = QStringLiteral("[SEV1] live page");
    r.status = status;
    r.numSegments = 1;
    r.dateCreated = created;
    return r;
}

} // namespace

TEST_F(LogModelTest, FetchesPageByPageUnderTheModelTester)
{
    LogModel model(s_path);
    model.setPageSizes(100, 250);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy counted(&model, &LogModel::countChanged);
    QSignalSpy pages(&model, &LogModel::pageArrived);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(model.canFetchMore({}));
    model.reload();
    EXPECT_TRUE(model.isLoading()) << "the first page is on its way, not read on this thread";
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_TRUE(waitUntil([&] { return model.rowCount() > 0; }));
    EXPECT_EQ(model.rowCount(), 100);
    ASSERT_TRUE(fetchAll(model));
    EXPECT_EQ(model.rowCount(), 3000);
    EXPECT_EQ(sids(model).size(), 3000) << "every row exactly once";
    EXPECT_GE(pages.size(), 1 + (3000 - 100) / 250);
    for (int row = 1; row < model.rowCount(); ++row)
        ASSERT_GE(model.index(row - 1, 0).data(LogModel::DateCreatedRole).toDateTime(),
                  model.index(row, 0).data(LogModel::DateCreatedRole).toDateTime());
    ASSERT_TRUE(waitUntil([&] { return model.matchCount() == 3000; }));
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(model.columnCount(), LogModel::ColumnCount);
    EXPECT_FALSE(model.headerData(LogModel::Status, Qt::Horizontal).toString().isEmpty());
}

TEST_F(LogModelTest, FilterChangesWhileFetchingKeepOnlyTheLatest)
{
    LogModel model(s_path);
    model.setPageSizes(50, 50);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    TrafficFilter voice;
    voice.channel = QStringLiteral("voice");
    TrafficFilter problems;
    problems.statuses = {QStringLiteral("undelivered"), QStringLiteral("failed")};
    model.setFilter(voice);
    model.setFilter(problems); // the voice page still on its way must not land
    ASSERT_TRUE(fetchAll(model));
    ASSERT_GT(model.rowCount(), 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString status = model.index(row, 0).data(LogModel::StatusRole).toString();
        ASSERT_TRUE(status == QLatin1String("undelivered") || status == QLatin1String("failed"))
            << status.toStdString();
        EXPECT_NE(model.index(row, 0).data(LogModel::ErrorCodeRole).toInt(), 0);
        EXPECT_FALSE(model.index(row, LogModel::Error).data().toString().isEmpty());
    }
    ASSERT_TRUE(waitUntil([&] { return model.matchCount() >= 0; }));
    EXPECT_EQ(model.matchCount(), model.rowCount());
}

TEST_F(LogModelTest, ShortSearchPagesAreFollowedUp)
{
    LogModel model(s_path);
    model.setPageSizes(40, 40);
    model.setScanBudget(100); // each worker page examines 100 rows
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy pages(&model, &LogModel::pageArrived);
    TrafficFilter filter;
    filter.search = QStringLiteral("certificate expires");
    model.setFilter(filter);
    ASSERT_TRUE(waitUntil([&] { return !model.isLoading(); }));
    EXPECT_GE(model.rowCount(), 20) << "the model fetched on until half a page had come";
    EXPECT_GT(pages.size(), 1);
    ASSERT_TRUE(fetchAll(model));
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_TRUE(model.index(row, LogModel::Body)
                        .data()
                        .toString()
                        .contains(QStringLiteral("certificate expires")));
}

TEST_F(LogModelTest, LiveMessagesJoinAtTheirPlaceWhenTheyMatch)
{
    LogModel model(s_path);
    model.setPageSizes(100, 100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    TrafficFilter gb;
    gb.region = QStringLiteral("GB");
    model.setFilter(gb);
    ASSERT_TRUE(waitUntil([&] { return model.rowCount() > 0 && !model.isLoading(); }));
    const int before = model.rowCount();

    const QString sid = QStringLiteral("SMffff0000ffff0000ffff0000ffff0000");
    model.onMessageChanged(liveRecord(sid, QStringLiteral("queued"), SpanEnd.addSecs(60)));
    ASSERT_EQ(model.rowCount(), before + 1);
    EXPECT_EQ(model.sidAt(0), sid) << "newest first";

    QSignalSpy changed(&model, &LogModel::dataChanged);
    model.onMessageChanged(liveRecord(sid, QStringLiteral("delivered"), SpanEnd.addSecs(60)));
    EXPECT_EQ(model.rowCount(), before + 1) << "an update changes the row in place";
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(model.index(0, 0).data(LogModel::StatusRole).toString(), QStringLiteral("delivered"));

    MessageRecord us = liveRecord(QStringLiteral("SMeeee0000ffff0000ffff0000ffff0000"),
                                  QStringLiteral("queued"), SpanEnd.addSecs(90));
    us.to = QStringLiteral("+12015550124");
    model.onMessageChanged(us);
    EXPECT_EQ(model.rowCount(), before + 1) << "a US message does not match the GB filter";

    // Older than everything loaded while more is to come: the page that reaches it brings it.
    model.onMessageChanged(liveRecord(QStringLiteral("SMdddd0000ffff0000ffff0000ffff0000"),
                                      QStringLiteral("sent"), SpanEnd.addDays(-20)));
    EXPECT_EQ(model.rowCount(), before + 1);

    // Between loaded rows: inserted at its place in the order.
    const QDateTime middle = model.index(10, 0).data(LogModel::DateCreatedRole).toDateTime();
    const QString between = QStringLiteral("SMcccc0000ffff0000ffff0000ffff0000");
    model.onMessageChanged(liveRecord(between, QStringLiteral("sent"), middle.addMSecs(1)));
    ASSERT_EQ(model.rowCount(), before + 2);
    EXPECT_EQ(model.sidAt(10), between);
}
