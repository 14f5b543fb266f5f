// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The recipients/routing and escalation policy editors against a running paging engine (twin,
// relay and SQLite on loopback): edit in the widgets → Save → the paging store holds it → the
// engine's next decision uses it.
#include "tests/core/paging/pagingharness.h"
#include "tests/support/testsupport.h"

#include <core/paging/pagingengine.h>
#include <ui/editors/configcontroller.h>
#include <ui/editors/configlistmodel.h>
#include <ui/editors/policyeditor.h>
#include <ui/editors/quiethoursgrid.h>
#include <ui/editors/ratecapsmodel.h>
#include <ui/editors/recipienteditor.h>
#include <ui/editors/routingform.h>
#include <ui/editors/routingpanel.h>
#include <ui/editors/sendersmodel.h>
#include <ui/editors/tiersmodel.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

using namespace Vortex::Core::Paging;
using Vortex::Core::PagingConfigSaveResult;
using Vortex::Test::PagingHarness;
using Vortex::Test::waitUntil;
using namespace Vortex::Ui;

namespace {

constexpr qint64 Minute = 60 * 1000;

QString alice()
{
    return QString::fromLatin1(PagingHarness::Alice);
}
QString bob()
{
    return QString::fromLatin1(PagingHarness::Bob);
}
QString chen()
{
    return QString::fromLatin1(PagingHarness::Chen);
}

class RoutingEditorsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(h.start());
        context.pagingDatabasePath = h.options().databasePath;
        panel = std::make_unique<RoutingPanel>(context);
        recipients = panel->recipientEditor();
        policies = panel->policyEditor();
        for (QAbstractItemModel *model :
             {static_cast<QAbstractItemModel *>(recipients->listModel()),
              static_cast<QAbstractItemModel *>(recipients->routingForm()->rateCapsModel()),
              static_cast<QAbstractItemModel *>(recipients->routingForm()->sendersModel()),
              static_cast<QAbstractItemModel *>(policies->listModel()),
              static_cast<QAbstractItemModel *>(policies->tiersModel())})
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::Fatal));
        panel->resize(1400, 1100);
        panel->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(panel.get()));
        ASSERT_TRUE(waitUntil([this] { return panel->controller()->isLoaded(); }));
        ASSERT_EQ(recipients->listModel()->rowCount(), 3);
    }

    void TearDown() override
    {
        testers.clear();
        panel.reset();
    }

    template<typename T>
    T *child(QWidget *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    /// Presses \a button (Save) and waits for the store's answer.
    PagingConfigSaveResult saveWith(QPushButton *button)
    {
        QSignalSpy finished(panel->controller(), &ConfigController::saveFinished);
        EXPECT_TRUE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        EXPECT_TRUE(finished.wait(10000));
        if (finished.isEmpty())
            return {};
        const auto result = finished.first().first().value<PagingConfigSaveResult>();
        EXPECT_TRUE(result.ok) << result.problems.join(u'\n').toStdString();
        // The editor adopts the stored snapshot as it arrives.
        waitUntil([this] { return !recipients->isDirty() || !policies->isDirty(); }, 2000);
        return result;
    }

    void drag(QuietHoursGrid *grid, std::pair<int, int> from, std::pair<int, int> to)
    {
        const QPoint a = grid->cellRect(from.first, from.second).center();
        const QPoint b = grid->cellRect(to.first, to.second).center();
        QTest::mousePress(grid, Qt::LeftButton, Qt::NoModifier, a);
        QMouseEvent move(QEvent::MouseMove, b, grid->mapToGlobal(b), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(grid, &move);
        QTest::mouseRelease(grid, Qt::LeftButton, Qt::NoModifier, b);
    }

    /// Edits an int cell of \a table through its editor (the view's spin box) and commits it.
    void editCell(QTableView *table, const QModelIndex &index, int value)
    {
        table->setCurrentIndex(index);
        table->edit(index);
        auto *spin = qobject_cast<QSpinBox *>(table->indexWidget(index));
        ASSERT_NE(spin, nullptr);
        spin->setValue(value);
        QTest::keyClick(spin, Qt::Key_Return);
        QApplication::processEvents();
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    QList<Delivery> deliveriesFor(qint64 incidentId) const
    {
        auto deliveries = h.store()->deliveriesForIncident(incidentId);
        return deliveries ? deliveries.value() : QList<Delivery>{};
    }

    PagingHarness h;
    PanelContext context;
    std::unique_ptr<RoutingPanel> panel;
    RecipientEditor *recipients = nullptr;
    PolicyEditor *policies = nullptr;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

} // namespace

TEST_F(RoutingEditorsTest, QuietHoursPaintedInKolkataAreStoredAndHoldTheNextPage)
{
    ASSERT_TRUE(recipients->selectRecipient(QStringLiteral("alice")));
    auto *zone = child<QComboBox>(recipients, "timeZoneCombo");
    auto *grid = child<QuietHoursGrid>(recipients, "quietHoursGrid");
    auto *save = child<QPushButton>(recipients, "saveButton");
    ASSERT_TRUE(zone && grid && save);
    EXPECT_FALSE(save->isEnabled()) << "nothing to save yet";

    type(zone->lineEdit(), QStringLiteral("Asia/Kolkata"));
    EXPECT_EQ(grid->timeZone().id(), QByteArray("Asia/Kolkata"));
    EXPECT_TRUE(child<QLabel>(recipients, "quietZoneLabel")->text().contains(u"UTC+05:30"));
    drag(grid, {1, 30}, {1, 31}); // Monday 15:00–16:00
    drag(grid, {5, 44}, {5, 47}); // Friday 22:00–24:00 …
    drag(grid, {6, 0}, {6, 13});  // … and on into Saturday until 07:00
    EXPECT_TRUE(recipients->isDirty());
    EXPECT_TRUE(child<QLabel>(recipients, "dirtyIndicator")->isVisible());

    saveWith(save);
    EXPECT_FALSE(recipients->isDirty());
    auto stored = h.store()->recipient(QStringLiteral("alice"));
    ASSERT_TRUE(stored && stored.value());
    EXPECT_EQ(stored.value()->timeZone, QStringLiteral("Asia/Kolkata"));
    EXPECT_EQ(stored.value()->routing.quietHours,
              (QList<QuietWindow>{QuietWindow{1, QTime(15, 0), QTime(16, 0)},
                                  QuietWindow{5, QTime(22, 0), QTime(7, 0)}}));

    // The harness clock says Monday 10:00 UTC = 15:30 in Kolkata: a sev2 page waits.
    const Incident minor = h.raise(Severity::Sev2, QStringLiteral("Search latency high"));
    EXPECT_TRUE(h.messagesTo(alice()).isEmpty());
    const auto held = deliveriesFor(minor.id);
    ASSERT_EQ(held.size(), 1);
    EXPECT_EQ(held.first().delayReason, QStringLiteral("quiet-hours"));
    h.advance(31 * Minute, Minute);
    EXPECT_EQ(h.messagesTo(alice()).size(), 1) << "released at 16:00 Kolkata";
}

TEST_F(RoutingEditorsTest, ANewRateCapHoldsThePageTheEngineWouldOtherwiseSend)
{
    h.raise(Severity::Sev2, QStringLiteral("Inventory sync stalled"));
    h.raise(Severity::Sev2, QStringLiteral("Feed export failing"));
    ASSERT_EQ(h.messagesTo(alice()).size(), 2) << "no cap yet: every page goes out";

    ASSERT_TRUE(recipients->selectRecipient(QStringLiteral("alice")));
    auto *table = child<QTableView>(recipients, "rateCapsTable");
    ASSERT_TRUE(table);
    QTest::mouseClick(child<QPushButton>(recipients, "addCapButton"), Qt::LeftButton);
    RateCapsModel *caps = recipients->routingForm()->rateCapsModel();
    ASSERT_EQ(caps->rowCount(), 1);
    editCell(table, caps->index(0, RateCapsModel::MaxPages), 2);
    editCell(table, caps->index(0, RateCapsModel::WindowMinutes), 60);
    EXPECT_EQ(caps->caps(), (QList<RateCap>{RateCap{2, 60}}));
    saveWith(child<QPushButton>(recipients, "saveButton"));

    auto stored = h.store()->recipient(QStringLiteral("alice"));
    ASSERT_TRUE(stored && stored.value());
    EXPECT_EQ(stored.value()->routing.rateCaps, (QList<RateCap>{RateCap{2, 60}}));

    const Incident third = h.raise(Severity::Sev2, QStringLiteral("Image CDN slow"));
    EXPECT_EQ(h.messagesTo(alice()).size(), 2) << "two pages in the last hour: the cap holds";
    const auto held = deliveriesFor(third.id);
    ASSERT_EQ(held.size(), 1);
    EXPECT_EQ(held.first().delayReason, QStringLiteral("rate-cap"));
}

TEST_F(RoutingEditorsTest, InvalidInputDisablesSaveWithClearMessages)
{
    ASSERT_TRUE(recipients->selectRecipient(QStringLiteral("alice")));
    auto *save = child<QPushButton>(recipients, "saveButton");
    auto *sms = child<QLineEdit>(recipients, "smsNumberEdit");
    auto *smsInfo = child<QLabel>(recipients, "smsNumberInfo");
    auto *summary = child<QLabel>(recipients, "problemSummary");
    ASSERT_TRUE(save && sms && smsInfo && summary);

    type(sms, QStringLiteral("+447700900123")); // not in the UK numbering plan
    EXPECT_FALSE(save->isEnabled());
    EXPECT_TRUE(smsInfo->isVisible());
    EXPECT_TRUE(smsInfo->text().contains(u"numbering plan")) << smsInfo->text().toStdString();
    EXPECT_TRUE(summary->isVisible());
    EXPECT_TRUE(summary->text().contains(u"Alice — SMS number:")) << summary->text().toStdString();
    EXPECT_EQ(recipients->listModel()
                  ->index(recipients->listModel()->rowOf(QStringLiteral("alice")))
                  .data()
                  .toString(),
              QStringLiteral("Alice (needs attention)"));

    // Typed the way people write it: stored as E.164, the same as before, so nothing is dirty.
    type(sms, QStringLiteral("+44 7400 123457"));
    EXPECT_TRUE(smsInfo->text().contains(u"+447400123457")) << smsInfo->text().toStdString();
    EXPECT_FALSE(summary->isVisible());
    EXPECT_FALSE(recipients->isDirty());

    QTest::mouseClick(child<QPushButton>(recipients, "addCapButton"), Qt::LeftButton);
    auto *table = child<QTableView>(recipients, "rateCapsTable");
    RateCapsModel *caps = recipients->routingForm()->rateCapsModel();
    editCell(table, caps->index(0, RateCapsModel::MaxPages), 0);
    EXPECT_FALSE(save->isEnabled());
    auto *capsError = child<QLabel>(recipients, "rateCapsError");
    EXPECT_TRUE(capsError->isVisible());
    EXPECT_EQ(capsError->text(), QStringLiteral("Rate cap 1: at least 1 page, not 0"));
    EXPECT_EQ(caps->index(0, 0).data(Qt::ToolTipRole).toString(),
              QStringLiteral("at least 1 page, not 0"));
    EXPECT_TRUE(summary->text().contains(u"Rate cap 1: at least 1 page, not 0"));

    editCell(table, caps->index(0, RateCapsModel::MaxPages), 4);
    EXPECT_TRUE(save->isEnabled());
    EXPECT_FALSE(capsError->isVisible());

    QTest::mouseClick(child<QPushButton>(recipients, "revertButton"), Qt::LeftButton);
    EXPECT_FALSE(recipients->isDirty());
    EXPECT_EQ(caps->rowCount(), 0);
    auto stored = h.store()->recipient(QStringLiteral("alice"));
    ASSERT_TRUE(stored && stored.value());
    EXPECT_TRUE(stored.value()->routing.rateCaps.isEmpty()) << "nothing invalid reached the store";
}

TEST_F(RoutingEditorsTest, ARecipientAPolicyPagesCannotBeDeleted)
{
    ASSERT_TRUE(recipients->selectRecipient(QStringLiteral("bob")));
    QTest::mouseClick(child<QPushButton>(recipients, "deleteRecipientButton"), Qt::LeftButton);
    EXPECT_EQ(child<QLabel>(recipients, "saveStatus")->text(),
              QStringLiteral("Bob cannot be deleted: the escalation policy \"Operations\" pages "
                             "them in tier 2. Remove them from that policy first."));
    EXPECT_FALSE(recipients->isDirty());
    EXPECT_EQ(recipients->listModel()->rowCount(), 3);

    // chen is in no policy: deleted, and gone from the store after Save.
    ASSERT_TRUE(recipients->selectRecipient(QStringLiteral("chen")));
    QTest::mouseClick(child<QPushButton>(recipients, "deleteRecipientButton"), Qt::LeftButton);
    EXPECT_TRUE(recipients->isDirty());
    saveWith(child<QPushButton>(recipients, "saveButton"));
    auto stored = h.store()->recipient(QStringLiteral("chen"));
    ASSERT_TRUE(stored);
    EXPECT_FALSE(stored.value().has_value());
}

TEST_F(RoutingEditorsTest, SwappedTiersPageTheNewFirstTierAtTheNextEscalation)
{
    panel->findChild<QTabWidget *>(QStringLiteral("routingTabs"))->setCurrentWidget(policies);
    ASSERT_TRUE(policies->selectPolicy(QStringLiteral("ops")));
    auto *tiers = child<QTableView>(policies, "tiersTable");
    TiersModel *model = policies->tiersModel();
    ASSERT_EQ(model->rowCount(), 2);
    tiers->setCurrentIndex(model->index(1, TiersModel::Recipients));
    QTest::mouseClick(child<QPushButton>(policies, "tierUpButton"), Qt::LeftButton);
    EXPECT_EQ(model->tiers().at(0).recipientIds, QStringList{QStringLiteral("bob")});

    // Tier 1 (now selected) also pages chen: tick her in the tier's recipient list.
    auto *who = child<QListWidget>(policies, "tierRecipientList");
    ASSERT_TRUE(who);
    const auto chenItems = who->findItems(QStringLiteral("Chen (chen)"), Qt::MatchExactly);
    ASSERT_EQ(chenItems.size(), 1);
    chenItems.first()->setCheckState(Qt::Checked);
    EXPECT_EQ(model->tiers().at(0).recipientIds,
              (QStringList{QStringLiteral("bob"), QStringLiteral("chen")}));
    EXPECT_TRUE(child<QLabel>(policies, "policyDirtyIndicator")->isVisible());

    saveWith(child<QPushButton>(policies, "policySaveButton"));
    auto stored = h.store()->policy(QStringLiteral("ops"));
    ASSERT_TRUE(stored && stored.value());
    ASSERT_EQ(stored.value()->tiers.size(), 2);
    EXPECT_EQ(stored.value()->tiers.at(0).recipientIds,
              (QStringList{QStringLiteral("bob"), QStringLiteral("chen")}));
    EXPECT_EQ(stored.value()->tiers.at(1).recipientIds, QStringList{QStringLiteral("alice")});

    h.raise(Severity::Sev2, QStringLiteral("Checkout errors"));
    EXPECT_EQ(h.messagesTo(bob()).size(), 1);
    EXPECT_EQ(h.messagesTo(chen()).size(), 1);
    EXPECT_TRUE(h.messagesTo(alice()).isEmpty());
    h.advance(11 * Minute, Minute);
    EXPECT_EQ(h.messagesTo(alice()).size(), 1) << "alice is tier 2 now";
}

TEST_F(RoutingEditorsTest, InvalidPolicyKeepsSaveDisabled)
{
    panel->findChild<QTabWidget *>(QStringLiteral("routingTabs"))->setCurrentWidget(policies);
    ASSERT_TRUE(policies->selectPolicy(QStringLiteral("ops")));
    auto *save = child<QPushButton>(policies, "policySaveButton");
    auto *tiers = child<QTableView>(policies, "tiersTable");
    tiers->setCurrentIndex(policies->tiersModel()->index(0, TiersModel::Recipients));
    auto *who = child<QListWidget>(policies, "tierRecipientList");
    who->findItems(QStringLiteral("Alice (alice)"), Qt::MatchExactly)
        .first()
        ->setCheckState(Qt::Unchecked);
    EXPECT_FALSE(save->isEnabled());
    auto *error = child<QLabel>(policies, "tiersError");
    EXPECT_TRUE(error->isVisible());
    EXPECT_EQ(error->text(), QStringLiteral("Tier 1: at least one recipient is needed"));
    type(child<QLineEdit>(policies, "policyNameEdit"), QString());
    EXPECT_TRUE(child<QLabel>(policies, "policyNameError")->isVisible());
    EXPECT_TRUE(child<QLabel>(policies, "policyProblemSummary")
                    ->text()
                    .contains(u"ops — Name: a name is needed"));
}

TEST_F(RoutingEditorsTest, ANewRecipientIsSavedAndOfferedToPolicies)
{
    QTest::mouseClick(child<QPushButton>(recipients, "newRecipientButton"), Qt::LeftButton);
    auto *save = child<QPushButton>(recipients, "saveButton");
    EXPECT_FALSE(save->isEnabled()) << "a new recipient needs an id, a name and a number";
    type(child<QLineEdit>(recipients, "idEdit"), QStringLiteral("dana"));
    type(child<QLineEdit>(recipients, "nameEdit"), QStringLiteral("Dana"));
    type(child<QLineEdit>(recipients, "smsNumberEdit"), QStringLiteral("+1 201 555 0125"));
    EXPECT_TRUE(save->isEnabled()) << recipients->problems().join(u'\n').toStdString();
    saveWith(save);
    auto stored = h.store()->recipient(QStringLiteral("dana"));
    ASSERT_TRUE(stored && stored.value());
    EXPECT_EQ(stored.value()->smsNumber, QStringLiteral("+12015550125"));
    EXPECT_FALSE(stored.value()->routing.senders.isEmpty()) << "senders copied from the selection";

    ASSERT_TRUE(policies->selectPolicy(QStringLiteral("ops")));
    auto *who = child<QListWidget>(policies, "tierRecipientList");
    EXPECT_EQ(who->findItems(QStringLiteral("Dana (dana)"), Qt::MatchExactly).size(), 1);
}

TEST_F(RoutingEditorsTest, SendersPerRegionAndChannelOrderAreStoredAndUsed)
{
    ASSERT_TRUE(recipients->selectRecipient(QStringLiteral("alice")));
    auto *regions = child<QListWidget>(recipients, "regionList");
    auto *senders = child<QTableView>(recipients, "sendersTable");
    SendersModel *model = recipients->routingForm()->sendersModel();
    ASSERT_EQ(regions->count(), 2);

    // A German route: an alphanumeric sender first, a long code as its fallback, then swapped.
    type(child<QLineEdit>(recipients, "regionEdit"), QStringLiteral("de"));
    QTest::mouseClick(child<QPushButton>(recipients, "addRegionButton"), Qt::LeftButton);
    ASSERT_EQ(regions->count(), 3);
    EXPECT_EQ(regions->currentItem()->text(), QStringLiteral("DE"));
    EXPECT_FALSE(child<QPushButton>(recipients, "saveButton")->isEnabled())
        << "a route without senders is invalid";
    for (const QString &address : {QStringLiteral("VORTEX"), QStringLiteral("+447400123456")}) {
        QTest::mouseClick(child<QPushButton>(recipients, "addSenderButton"), Qt::LeftButton);
        const int row = model->rowCount() - 1;
        auto *edit = qobject_cast<QLineEdit *>(
            senders->indexWidget(model->index(row, SendersModel::Address)));
        ASSERT_NE(edit, nullptr);
        edit->setText(address);
        QTest::keyClick(edit, Qt::Key_Return);
        QApplication::processEvents();
    }
    const QModelIndex kind = model->index(0, SendersModel::Kind);
    senders->setCurrentIndex(kind);
    senders->edit(kind);
    auto *combo = qobject_cast<QComboBox *>(senders->indexWidget(kind));
    ASSERT_NE(combo, nullptr);
    combo->setCurrentIndex(combo->findData(int(SenderKind::Alphanumeric)));
    QTest::keyClick(combo, Qt::Key_Return);
    QApplication::processEvents();
    senders->setCurrentIndex(model->index(1, SendersModel::Address));
    QTest::mouseClick(child<QPushButton>(recipients, "senderUpButton"), Qt::LeftButton);
    EXPECT_EQ(model->senders(),
              (QList<Sender>{Sender{SenderKind::LongCode, QStringLiteral("+447400123456")},
                             Sender{SenderKind::Alphanumeric, QStringLiteral("VORTEX")}}));

    // alice's GB route goes: her pages fall to the "*" route (the US long code).
    regions->setCurrentRow(0);
    ASSERT_EQ(regions->currentItem()->text(), QStringLiteral("GB"));
    QTest::mouseClick(child<QPushButton>(recipients, "removeRegionButton"), Qt::LeftButton);

    // Voice unticked: SMS only.
    auto *channels = child<QListWidget>(recipients, "channelList");
    channels->findItems(QStringLiteral("Voice call"), Qt::MatchExactly)
        .first()
        ->setCheckState(Qt::Unchecked);
    saveWith(child<QPushButton>(recipients, "saveButton"));

    auto stored = h.store()->recipient(QStringLiteral("alice"));
    ASSERT_TRUE(stored && stored.value());
    const RoutingPolicy &routing = stored.value()->routing;
    EXPECT_EQ(routing.channelOrder, QList<Channel>{Channel::Sms});
    ASSERT_EQ(routing.senders.size(), 2);
    EXPECT_EQ(routing.senders.at(0).region, QStringLiteral("*"));
    EXPECT_EQ(routing.senders.at(1).region, QStringLiteral("DE"));
    EXPECT_EQ(routing.senders.at(1).senders.at(1).address, QStringLiteral("VORTEX"));

    h.raise(Severity::Sev2, QStringLiteral("Payments slow"));
    const auto texts = h.messagesTo(alice());
    ASSERT_EQ(texts.size(), 1);
    EXPECT_EQ(texts.first().value(QStringLiteral("from")).toString(),
              QString::fromLatin1(PagingHarness::UsSender));
}
