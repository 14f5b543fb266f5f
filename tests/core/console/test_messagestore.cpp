// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/store/messagestore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Vortex::Core;
using Vortex::Core::Store::MessageStore;

namespace {

MessageRecord outbound(const QString &sid, const QString &status)
{
    MessageRecord r;
    r.sid = sid;
    r.direction = QStringLiteral("outbound-api");
    r.from = QStringLiteral("+12015550123");
    r.to = QStringLiteral("+447400123456");
    r.body = QStringLiteral("[TEST] page");
    r.status = status;
    r.numSegments = 1;
    r.dateCreated = QDateTime(QDate(2026, 11, 27), QTime(2, 0), Qt::UTC);
    return r;
}

} // namespace

TEST(MessageStore, StatusNeverMovesBackwards)
{
    QTemporaryDir dir;
    MessageStore store(dir.filePath(QStringLiteral("console.sqlite")));
    ASSERT_TRUE(store.open().ok());
    const QString sid = QStringLiteral("SM0123456789abcdef0123456789abcdef");

    auto first = store.upsert(outbound(sid, QStringLiteral("queued")));
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    EXPECT_TRUE(first->changed);

    MessageRecord delivered;
    delivered.sid = sid;
    delivered.status = QStringLiteral("delivered");
    delivered.price = QStringLiteral("-0.00830");
    auto second = store.upsert(delivered);
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(second->changed);
    EXPECT_EQ(second->record.status, QStringLiteral("delivered"));
    EXPECT_EQ(second->record.body, QStringLiteral("[TEST] page")) << "fields are merged, not lost";

    MessageRecord lateSent;
    lateSent.sid = sid;
    lateSent.status = QStringLiteral("sent");
    auto third = store.upsert(lateSent);
    ASSERT_TRUE(third.ok());
    EXPECT_FALSE(third->changed);
    EXPECT_EQ(store.find(sid).value()->status, QStringLiteral("delivered"));

    auto duplicate = store.upsert(delivered);
    ASSERT_TRUE(duplicate.ok());
    EXPECT_FALSE(duplicate->changed);
}

TEST(MessageStore, ErrorCodeTravelsWithTheFailingStatus)
{
    QTemporaryDir dir;
    MessageStore store(dir.filePath(QStringLiteral("console.sqlite")));
    ASSERT_TRUE(store.open().ok());
    const QString sid = QStringLiteral("SMffffffffffffffffffffffffffffffff");
    ASSERT_TRUE(store.upsert(outbound(sid, QStringLiteral("sent"))).ok());
    MessageRecord undelivered;
    undelivered.sid = sid;
    undelivered.status = QStringLiteral("undelivered");
    undelivered.errorCode = 30003;
    ASSERT_TRUE(store.upsert(undelivered).ok());
    const auto stored = store.find(sid).value();
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->errorCode, 30003);
    EXPECT_TRUE(stored->isFinal());
}

TEST(MessageStore, SurvivesReopenAndKeepsCursor)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("console.sqlite"));
    {
        MessageStore store(path);
        ASSERT_TRUE(store.open().ok());
        for (int i = 0; i < 5; ++i) {
            auto r = outbound(QStringLiteral("SM%1").arg(i, 32, 10, QLatin1Char('0')),
                              QStringLiteral("queued"));
            r.dateCreated = r.dateCreated.addSecs(i);
            ASSERT_TRUE(store.upsert(r).ok());
        }
        ASSERT_TRUE(store.setRelayCursor(42).ok());
        store.close();
    }
    MessageStore again(path);
    ASSERT_TRUE(again.open().ok());
    const auto recent = again.recent(3);
    ASSERT_TRUE(recent.ok());
    ASSERT_EQ(recent->size(), 3);
    EXPECT_EQ(recent->at(0).sid, QStringLiteral("SM%1").arg(4, 32, 10, QLatin1Char('0')));
    EXPECT_EQ(again.relayCursor().value(), 42);
    EXPECT_EQ(again.pending(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC))->size(), 5);
}

TEST(MessageStore, RejectsRecordWithoutSid)
{
    QTemporaryDir dir;
    MessageStore store(dir.filePath(QStringLiteral("console.sqlite")));
    ASSERT_TRUE(store.open().ok());
    EXPECT_FALSE(store.upsert(MessageRecord{}).ok());
}

TEST(MessageStore, RelayBatchAndCursorAreOneTransaction)
{
    QTemporaryDir dir;
    MessageStore store(dir.filePath(QStringLiteral("console.sqlite")));
    ASSERT_TRUE(store.open().ok());
    ASSERT_TRUE(store.setRelayCursor(10).ok());
    const MessageRecord good
        = outbound(QStringLiteral("SM%1").arg(1, 32, 10, QLatin1Char('0')), QStringLiteral("sent"));
    // The second record cannot be stored: nothing of the batch may stay, nor the cursor move.
    EXPECT_FALSE(store.applyRelayBatch({good, MessageRecord{}}, 12).ok());
    EXPECT_EQ(store.relayCursor().value(), 10);
    EXPECT_FALSE(store.find(good.sid).value().has_value());

    const auto applied = store.applyRelayBatch({good}, 12);
    ASSERT_TRUE(applied.ok()) << applied.error().toStdString();
    EXPECT_EQ(applied->size(), 1);
    EXPECT_EQ(store.relayCursor().value(), 12);
}

TEST(MessageStore, RowsACallbackCreatedFirstAreReconciled)
{
    QTemporaryDir dir;
    MessageStore store(dir.filePath(QStringLiteral("console.sqlite")));
    ASSERT_TRUE(store.open().ok());
    MessageRecord early;
    early.sid = QStringLiteral("SM%1").arg(2, 32, 10, QLatin1Char('0'));
    early.status = QStringLiteral("sent"); // from the relay, before the REST answer
    ASSERT_TRUE(store.upsert(early).ok());
    const auto pending = store.pending(QDateTime::currentDateTimeUtc().addSecs(-60));
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 1);
    EXPECT_EQ(pending->first().sid, early.sid);
}
