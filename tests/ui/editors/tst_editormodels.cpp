// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The editors' building blocks: the quiet-hours week and its grid, and every model, each under
// QAbstractItemModelTester (Fatal).
#include <core/paging/quiethours.h>
#include <ui/editors/configlistmodel.h>
#include <ui/editors/fieldproblems.h>
#include <ui/editors/quiethoursgrid.h>
#include <ui/editors/quietweek.h>
#include <ui/editors/ratecapsmodel.h>
#include <ui/editors/sendersmodel.h>
#include <ui/editors/tiersmodel.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Vortex::Core::Paging;
using Vortex::Ui::ConfigListModel;
using Vortex::Ui::FieldProblem;
using Vortex::Ui::QuietHoursGrid;
using Vortex::Ui::QuietWeek;
using Vortex::Ui::RateCapsModel;
using Vortex::Ui::SendersModel;
using Vortex::Ui::TiersModel;

namespace {

QuietWindow window(int day, int startH, int startM, int endH, int endM)
{
    return QuietWindow{day, QTime(startH, startM), QTime(endH, endM)};
}

QuietWeek cells(const QList<std::tuple<int, int, int>> &runs) // day, first slot, last slot
{
    QuietWeek week;
    for (const auto &[day, first, last] : runs) {
        for (int slot = first; slot <= last; ++slot)
            week.setQuiet(day, slot, true);
    }
    return week;
}

/// Every half hour of a week in \a zone: the engine's QuietHours answer equals the grid's cell.
void expectEngineAgrees(const QuietWeek &week, const QString &zone)
{
    RoutingPolicy policy;
    policy.quietHours = week.windows();
    Recipient probe;
    probe.id = QStringLiteral("probe");
    probe.name = QStringLiteral("Probe");
    probe.smsNumber = QStringLiteral("+447400123457");
    probe.timeZone = zone;
    probe.routing = policy;
    EXPECT_TRUE(probe.validate().isEmpty()) << probe.validate().join(u'\n').toStdString();
    // 2030-01-07 is a Monday; mid-cell times avoid the boundaries.
    const QTimeZone tz(zone.toUtf8());
    for (int day = 1; day <= 7; ++day) {
        for (int slot = 0; slot < QuietWeek::SlotsPerDay; ++slot) {
            const QDateTime at(QDate(2030, 1, 6 + day), QTime(0, 0).addSecs(slot * 1800 + 900), tz);
            ASSERT_EQ(QuietHours::isQuiet(policy, zone, at), week.isQuiet(day, slot))
                << "day " << day << " slot " << slot;
        }
    }
}

} // namespace

TEST(QuietWeek, WindowsRoundTripThroughCells)
{
    const QList<QuietWindow> windows{window(1, 15, 0, 16, 0), window(5, 22, 0, 7, 0)};
    bool exact = false;
    const QuietWeek week = QuietWeek::fromWindows(windows, &exact);
    EXPECT_TRUE(exact);
    EXPECT_EQ(week.quietCellCount(), 2 + 18);
    EXPECT_TRUE(week.isQuiet(5, 44));
    EXPECT_TRUE(week.isQuiet(6, 13));
    EXPECT_FALSE(week.isQuiet(6, 14));
    EXPECT_EQ(week.windows(), windows);
}

TEST(QuietWeek, AdjacentCellsMergeAndOvernightRunsBecomeOneWindow)
{
    const QuietWeek week = cells({{2, 18, 19}, {2, 20, 21}, {5, 44, 47}, {6, 0, 13}});
    EXPECT_EQ(week.windows(), (QList<QuietWindow>{window(2, 9, 0, 11, 0), window(5, 22, 0, 7, 0)}));
    expectEngineAgrees(week, QStringLiteral("Asia/Kolkata"));
}

TEST(QuietWeek, SundayNightRunsIntoMonday)
{
    const QuietWeek week = cells({{7, 46, 47}, {1, 0, 1}});
    EXPECT_EQ(week.windows(), (QList<QuietWindow>{window(7, 23, 0, 1, 0)}));
    EXPECT_EQ(QuietWeek::fromWindows(week.windows()), week);
    expectEngineAgrees(week, QStringLiteral("America/New_York"));
}

TEST(QuietWeek, RunsOfADayOrMoreSplitAtMidnightAndNoon)
{
    // Friday 20:00 until Sunday 12:00 (40 hours).
    const QuietWeek week = cells({{5, 40, 47}, {6, 0, 47}, {7, 0, 23}});
    EXPECT_EQ(week.windows(), (QList<QuietWindow>{window(5, 20, 0, 0, 0), window(6, 0, 0, 12, 0),
                                                  window(6, 12, 0, 0, 0), window(7, 0, 0, 12, 0)}));
    EXPECT_EQ(QuietWeek::fromWindows(week.windows()), week);
    expectEngineAgrees(week, QStringLiteral("Europe/London"));
}

TEST(QuietWeek, AWholeQuietWeekIsFourteenValidWindows)
{
    QuietWeek week;
    for (int day = 1; day <= 7; ++day) {
        for (int slot = 0; slot < QuietWeek::SlotsPerDay; ++slot)
            week.setQuiet(day, slot, true);
    }
    EXPECT_EQ(week.windows().size(), 14);
    EXPECT_EQ(QuietWeek::fromWindows(week.windows()), week);
    expectEngineAgrees(week, QStringLiteral("UTC"));
}

TEST(QuietWeek, WindowsOffTheHalfHourAreWidenedAndReported)
{
    bool exact = true;
    const QuietWeek week = QuietWeek::fromWindows({window(3, 22, 15, 6, 45)}, &exact);
    EXPECT_FALSE(exact);
    EXPECT_EQ(week.windows(), (QList<QuietWindow>{window(3, 22, 0, 7, 0)}));
    EXPECT_TRUE(QuietWeek().windows().isEmpty());
}

class GridTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        grid.resize(800, 220);
        grid.setTimeZone(QTimeZone("Asia/Kolkata"));
        grid.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&grid));
    }

    void drag(std::pair<int, int> from, std::pair<int, int> to)
    {
        const QPoint a = grid.cellRect(from.first, from.second).center();
        const QPoint b = grid.cellRect(to.first, to.second).center();
        QTest::mousePress(&grid, Qt::LeftButton, Qt::NoModifier, a);
        QMouseEvent move(QEvent::MouseMove, b, grid.mapToGlobal(b), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(&grid, &move);
        QTest::mouseRelease(&grid, Qt::LeftButton, Qt::NoModifier, b);
    }

    QuietHoursGrid grid;
};

TEST_F(GridTest, DraggingPaintsARectangleAndDraggingFromQuietErases)
{
    QSignalSpy edited(&grid, &QuietHoursGrid::weekEdited);
    EXPECT_EQ(grid.cellAt(grid.cellRect(3, 17).center()), std::make_pair(3, 17));
    drag({1, 44}, {2, 47}); // Mon–Tue 22:00–24:00
    EXPECT_EQ(grid.week().quietCellCount(), 8);
    EXPECT_TRUE(grid.week().isQuiet(2, 44));
    EXPECT_FALSE(grid.week().isQuiet(3, 44));
    EXPECT_GE(edited.count(), 1);

    drag({2, 45}, {2, 47}); // starts on a quiet cell: erases
    EXPECT_EQ(grid.week().quietCellCount(), 5);
    EXPECT_TRUE(grid.week().isQuiet(2, 44));
    EXPECT_FALSE(grid.week().isQuiet(2, 45));
    EXPECT_EQ(grid.week().windows(),
              (QList<QuietWindow>{window(1, 22, 0, 0, 0), window(2, 22, 0, 22, 30)}));
}

TEST_F(GridTest, KeyboardTogglesAndShiftPaints)
{
    grid.setFocus();
    QTest::keyClick(&grid, Qt::Key_Space); // Monday 00:00
    EXPECT_TRUE(grid.week().isQuiet(1, 0));
    QTest::keyClick(&grid, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(&grid, Qt::Key_Down, Qt::ShiftModifier);
    EXPECT_TRUE(grid.week().isQuiet(1, 1));
    EXPECT_TRUE(grid.week().isQuiet(2, 1));
    QTest::keyClick(&grid, Qt::Key_Space); // on a quiet cell: clears it
    EXPECT_FALSE(grid.week().isQuiet(2, 1));
    EXPECT_EQ(grid.week().quietCellCount(), 2);
    EXPECT_FALSE(grid.accessibleDescription().isEmpty());
}

TEST(FieldProblem, PathsBecomeLabelsAndIndexes)
{
    const FieldProblem cap
        = FieldProblem::parse(QStringLiteral("routing.rateCaps[1].max: at least 1 page, not 0"));
    EXPECT_EQ(cap.field(), QStringLiteral("routing.rateCaps"));
    EXPECT_EQ(cap.index(), 1);
    EXPECT_EQ(cap.sentence(), QStringLiteral("Rate cap 2: at least 1 page, not 0"));
    const FieldProblem sender = FieldProblem::parse(
        QStringLiteral("routing.senders[0].senders[2].address: a short code is 3 to 8 digits"));
    EXPECT_EQ(sender.field(), QStringLiteral("routing.senders"));
    EXPECT_EQ(sender.subIndex(), 2);
    EXPECT_EQ(FieldProblem::parse(QStringLiteral("smsNumber: bad")).label(),
              QStringLiteral("SMS number"));
    EXPECT_EQ(FieldProblem::parse(QStringLiteral("tiers[0].recipients: none")).label(),
              QStringLiteral("Tier 1"));
}

TEST(EditorModels, RateCapsModel)
{
    RateCapsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy edited(&model, &RateCapsModel::capsEdited);
    model.setCaps({RateCap{3, 15}});
    EXPECT_EQ(edited.count(), 0) << "loading is not an edit";
    EXPECT_EQ(model.appendCap(RateCap{6, 60}), 1);
    EXPECT_TRUE(model.setData(model.index(1, RateCapsModel::MaxPages), 0));
    EXPECT_EQ(model.caps().at(1), (RateCap{0, 60}));
    model.setProblems({{1, QStringLiteral("at least 1 page, not 0")}});
    EXPECT_EQ(model.index(1, 0).data(Qt::ToolTipRole).toString(),
              QStringLiteral("at least 1 page, not 0"));
    EXPECT_FALSE(model.setData(model.index(0, 0), QStringLiteral("many")));
    model.removeCap(0);
    EXPECT_EQ(model.caps(), (QList<RateCap>{RateCap{0, 60}}));
    EXPECT_EQ(edited.count(), 3);
}

TEST(EditorModels, SendersModelKeepsFallbackOrder)
{
    SendersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Sender a{SenderKind::ShortCode, QStringLiteral("60123")};
    const Sender b{SenderKind::LongCode, QStringLiteral("+447400123456")};
    const Sender c{SenderKind::Alphanumeric, QStringLiteral("VORTEX")};
    model.setSenders({a, b});
    model.appendSender(c);
    EXPECT_EQ(model.moveSender(2, -1), 1);
    EXPECT_EQ(model.senders(), (QList<Sender>{a, c, b}));
    EXPECT_EQ(model.moveSender(0, 1), 1);
    EXPECT_EQ(model.senders(), (QList<Sender>{c, a, b}));
    EXPECT_EQ(model.moveSender(0, -1), 0) << "the first cannot move up";
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("First"));
    EXPECT_EQ(model.headerData(2, Qt::Vertical).toString(), QStringLiteral("Fallback 2"));
    EXPECT_TRUE(
        model.setData(model.index(0, SendersModel::Kind), int(SenderKind::MessagingService)));
    EXPECT_EQ(model.senders().at(0).kind, SenderKind::MessagingService);
    EXPECT_TRUE(model.setData(model.index(0, SendersModel::Address), QStringLiteral(" MGabc ")));
    EXPECT_EQ(model.senders().at(0).address, QStringLiteral("MGabc"));
    model.removeSender(1);
    EXPECT_EQ(model.rowCount(), 2);
}

TEST(EditorModels, TiersModel)
{
    TiersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecipientNames({{QStringLiteral("alice"), QStringLiteral("Alice")}});
    model.setTiers({EscalationTier{{QStringLiteral("alice")}, 10},
                    EscalationTier{{QStringLiteral("bob")}, 5}});
    EXPECT_EQ(model.index(0, TiersModel::Recipients).data().toString(), QStringLiteral("Alice"));
    EXPECT_EQ(model.index(1, TiersModel::Recipients).data().toString(), QStringLiteral("bob"));
    EXPECT_EQ(model.moveTier(1, -1), 0);
    EXPECT_EQ(model.tiers().first().recipientIds, QStringList{QStringLiteral("bob")});
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Tier 1"));
    model.setRecipientIds(0, {QStringLiteral("bob"), QStringLiteral("alice")});
    EXPECT_TRUE(model.setData(model.index(0, TiersModel::WaitMinutes), 7));
    EXPECT_EQ(model.tiers().first(),
              (EscalationTier{{QStringLiteral("bob"), QStringLiteral("alice")}, 7}));
    EXPECT_EQ(model.appendTier(EscalationTier{}), 2);
    model.removeTier(0);
    EXPECT_EQ(model.rowCount(), 2);
}

TEST(EditorModels, ConfigListModelUpdatesInPlace)
{
    ConfigListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    using Item = ConfigListModel::Item;
    using State = ConfigListModel::State;
    model.setItems(
        {Item{QStringLiteral("alice"), QStringLiteral("Alice"), {}, State::Unchanged, {}},
         Item{QStringLiteral("bob"), QStringLiteral("Bob"), {}, State::Unchanged, {}}});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setItems({Item{QStringLiteral("bob"), QStringLiteral("Bob"), {}, State::Changed, {}},
                    Item{QStringLiteral("chen"), QStringLiteral("Chen"), {}, State::New, {}},
                    Item{QStringLiteral("alice"),
                         QStringLiteral("Alice"),
                         {},
                         State::Invalid,
                         QStringLiteral("Name: a name is needed")}});
    EXPECT_EQ(resets.count(), 0);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("Bob (changed)"));
    EXPECT_EQ(model.index(1).data().toString(), QStringLiteral("Chen (new)"));
    EXPECT_EQ(model.index(2).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Name: a name is needed"));
    EXPECT_EQ(model.rowOf(QStringLiteral("alice")), 2);
    model.setItems({});
    EXPECT_EQ(model.rowCount(), 0);
}
