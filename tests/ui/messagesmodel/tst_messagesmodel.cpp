// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include <ui/models/messagesmodel.h>
#include <ui/models/messagessortfiltermodel.h>
#include <ui/models/messagestatusstyle.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using Vortex::Core::MessageRecord;
using Vortex::Ui::MessagesModel;
using Vortex::Ui::MessagesSortFilterModel;
using Vortex::Ui::MessageStatusStyle;

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, minute), Qt::UTC);
}

MessageRecord makeRecord(const QString &sid, const QString &status, int minute,
                         const QString &to = QStringLiteral("+447700900123"))
{
    MessageRecord rec;
    rec.sid = sid;
    rec.direction = QStringLiteral("outbound-api");
    rec.from = QStringLiteral("+15005550006");
    rec.to = to;
    rec.body = QStringLiteral("[TEST] page ") + sid;
    rec.status = status;
    rec.numSegments = 1;
    rec.dateCreated = at(minute);
    return rec;
}

QString sidAt(const QAbstractItemModel &model, int row)
{
    return model.index(row, 0).data(MessagesModel::SidRole).toString();
}

class MessagesModelTest : public ::testing::Test
{
protected:
    MessagesModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST_F(MessagesModelTest, LoadsNewestFirstWithColumnsAndRoles)
{
    model.setRecords({makeRecord(QStringLiteral("SM1"), QStringLiteral("delivered"), 1),
                      makeRecord(QStringLiteral("SM3"), QStringLiteral("sent"), 3),
                      makeRecord(QStringLiteral("SM2"), QStringLiteral("queued"), 2)});
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), int(MessagesModel::ColumnCount));
    EXPECT_EQ(sidAt(model, 0), QStringLiteral("SM3"));
    EXPECT_EQ(sidAt(model, 1), QStringLiteral("SM2"));
    EXPECT_EQ(sidAt(model, 2), QStringLiteral("SM1"));

    const QModelIndex status = model.index(2, MessagesModel::StatusColumn);
    EXPECT_EQ(status.data().toString(), QStringLiteral("Delivered"));
    EXPECT_EQ(status.data(MessagesModel::StatusRole).toString(), QStringLiteral("delivered"));
    EXPECT_TRUE(status.data(MessagesModel::IsFinalRole).toBool());
    EXPECT_FALSE(model.index(0, 0).data(MessagesModel::IsFinalRole).toBool());
    EXPECT_FALSE(status.data(Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_EQ(status.data(Qt::ForegroundRole).value<QColor>(),
              MessageStatusStyle::colour(QStringLiteral("delivered")));
    EXPECT_EQ(model.index(0, MessagesModel::ToColumn).data().toString(),
              QStringLiteral("+447700900123"));
    EXPECT_EQ(model.headerData(MessagesModel::StatusColumn, Qt::Horizontal).toString(),
              QStringLiteral("Status"));
    EXPECT_EQ(model.rowOfSid(QStringLiteral("SM1")), 2);
}

TEST_F(MessagesModelTest, UpsertInsertsIncrementallyWithoutReset)
{
    model.setRecords({makeRecord(QStringLiteral("SM1"), QStringLiteral("sent"), 1)});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);

    EXPECT_TRUE(model.upsert(makeRecord(QStringLiteral("SM5"), QStringLiteral("queued"), 5)));
    EXPECT_TRUE(model.upsert(makeRecord(QStringLiteral("SM3"), QStringLiteral("queued"), 3)));
    EXPECT_EQ(resets.count(), 0);
    ASSERT_EQ(inserts.count(), 2);
    EXPECT_EQ(inserts.at(0).at(1).toInt(), 0); // newest lands on top
    EXPECT_EQ(inserts.at(1).at(1).toInt(), 1); // an older one lands in its place
    EXPECT_EQ(sidAt(model, 0), QStringLiteral("SM5"));
    EXPECT_EQ(sidAt(model, 1), QStringLiteral("SM3"));
    EXPECT_EQ(sidAt(model, 2), QStringLiteral("SM1"));
    EXPECT_EQ(model.rowOfSid(QStringLiteral("SM1")), 2);
    EXPECT_FALSE(model.upsert(MessageRecord{})); // no SID: ignored
}

TEST_F(MessagesModelTest, UpsertChangesRowInPlaceWithErrorMeaning)
{
    model.setRecords({makeRecord(QStringLiteral("SM1"), QStringLiteral("sent"), 1),
                      makeRecord(QStringLiteral("SM2"), QStringLiteral("sent"), 2)});
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    MessageRecord failed = makeRecord(QStringLiteral("SM1"), QStringLiteral("undelivered"), 1);
    failed.errorCode = 30003;
    failed.price = QStringLiteral("-0.0079");
    failed.priceUnit = QStringLiteral("USD");
    ASSERT_TRUE(model.upsert(failed));
    ASSERT_EQ(changes.count(), 1);
    const QModelIndex topLeft = changes.at(0).at(0).value<QModelIndex>();
    EXPECT_EQ(topLeft.row(), 1);
    EXPECT_EQ(model.rowCount(), 2);

    const QString error = model.index(1, MessagesModel::ErrorColumn).data().toString();
    EXPECT_TRUE(error.startsWith(QStringLiteral("30003")));
    EXPECT_TRUE(error.contains(QStringLiteral("Unreachable"), Qt::CaseInsensitive))
        << qPrintable(error);
    EXPECT_EQ(model.index(1, MessagesModel::PriceColumn).data().toString(),
              QStringLiteral("-0.0079 USD"));
    EXPECT_EQ(model.index(1, 0).data(MessagesModel::ErrorCodeRole).toInt(), 30003);
    // The same update again changes nothing and says so.
    EXPECT_FALSE(model.upsert(failed));
    EXPECT_EQ(changes.count(), 1);
}

TEST_F(MessagesModelTest, LateLowerStatusNeverWins)
{
    model.setRecords({makeRecord(QStringLiteral("SM1"), QStringLiteral("queued"), 1)});
    ASSERT_TRUE(model.upsert(makeRecord(QStringLiteral("SM1"), QStringLiteral("delivered"), 1)));
    MessageRecord late = makeRecord(QStringLiteral("SM1"), QStringLiteral("sent"), 1);
    late.price = QStringLiteral("-0.0079"); // a late callback may still carry new facts
    model.upsert(late);
    const QModelIndex idx = model.index(0, 0);
    EXPECT_EQ(idx.data(MessagesModel::StatusRole).toString(), QStringLiteral("delivered"));
    EXPECT_EQ(idx.data(MessagesModel::RecordRole).value<MessageRecord>().price,
              QStringLiteral("-0.0079"));

    // A reload that carries an older status does not move it back either.
    model.setRecords({makeRecord(QStringLiteral("SM1"), QStringLiteral("sent"), 1)});
    EXPECT_EQ(model.index(0, 0).data(MessagesModel::StatusRole).toString(),
              QStringLiteral("delivered"));
}

TEST_F(MessagesModelTest, ARowThatLearnsItsCreationTimeLateMovesToItsPlace)
{
    model.setRecords({makeRecord(QStringLiteral("SM2"), QStringLiteral("sent"), 5),
                      makeRecord(QStringLiteral("SM1"), QStringLiteral("sent"), 0)});
    // A status callback beat the REST answer: only the SID and status are known.
    MessageRecord early;
    early.sid = QStringLiteral("SM3");
    early.status = QStringLiteral("sent");
    ASSERT_TRUE(model.upsert(early));
    const int before = model.rowOfSid(QStringLiteral("SM3"));
    // Then Twilio's answer arrives: created after the others, so it belongs on top.
    ASSERT_TRUE(model.upsert(makeRecord(QStringLiteral("SM3"), QStringLiteral("queued"), 10)));
    EXPECT_EQ(sidAt(model, 0), QStringLiteral("SM3")) << "was at row " << before;
    EXPECT_EQ(model.rowOfSid(QStringLiteral("SM3")), 0);
    EXPECT_EQ(model.rowOfSid(QStringLiteral("SM2")), 1);
    EXPECT_EQ(model.rowOfSid(QStringLiteral("SM1")), 2);
    EXPECT_EQ(model.record(0).status, QStringLiteral("sent")) << "status did not go backwards";
}

TEST_F(MessagesModelTest, ProxyFiltersByStatusAndText)
{
    MessagesSortFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    MessageRecord inbound = makeRecord(QStringLiteral("SM4"), QStringLiteral("received"), 4);
    inbound.direction = QStringLiteral("inbound");
    inbound.body = QStringLiteral("ACK");
    model.setRecords({makeRecord(QStringLiteral("SM1"), QStringLiteral("delivered"), 1),
                      makeRecord(QStringLiteral("SM2"), QStringLiteral("failed"), 2,
                                 QStringLiteral("+14155552671")),
                      makeRecord(QStringLiteral("SM3"), QStringLiteral("sent"), 3), inbound});
    EXPECT_EQ(proxy.rowCount(), 4);

    using Filter = MessagesSortFilterModel::StatusFilter;
    proxy.setStatusFilter(Filter::Delivered);
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(sidAt(proxy, 0), QStringLiteral("SM1"));
    proxy.setStatusFilter(Filter::Problems);
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(sidAt(proxy, 0), QStringLiteral("SM2"));
    proxy.setStatusFilter(Filter::InFlight);
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(sidAt(proxy, 0), QStringLiteral("SM3"));
    proxy.setStatusFilter(Filter::Inbound);
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(sidAt(proxy, 0), QStringLiteral("SM4"));

    // Rows follow live updates while filtered: SM3 gets delivered and leaves "in flight".
    proxy.setStatusFilter(Filter::InFlight);
    model.upsert(makeRecord(QStringLiteral("SM3"), QStringLiteral("delivered"), 3));
    EXPECT_EQ(proxy.rowCount(), 0);

    proxy.setStatusFilter(Filter::All);
    proxy.setTextFilter(QStringLiteral("+1 415 555"));
    ASSERT_EQ(proxy.rowCount(), 1); // matched by digits despite the spaces
    EXPECT_EQ(sidAt(proxy, 0), QStringLiteral("SM2"));
    proxy.setTextFilter(QStringLiteral("ack"));
    ASSERT_EQ(proxy.rowCount(), 1); // body, case-insensitive
    EXPECT_EQ(sidAt(proxy, 0), QStringLiteral("SM4"));
    proxy.setTextFilter(QStringLiteral("sm3"));
    ASSERT_EQ(proxy.rowCount(), 1); // SID
    proxy.setTextFilter(QStringLiteral("nothing like this"));
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setTextFilter(QString());
    EXPECT_EQ(proxy.rowCount(), 4);
}

TEST_F(MessagesModelTest, ProxySortsByCreationTime)
{
    MessagesSortFilterModel proxy;
    proxy.setSourceModel(&model);
    model.setRecords({makeRecord(QStringLiteral("SM1"), QStringLiteral("sent"), 1),
                      makeRecord(QStringLiteral("SM2"), QStringLiteral("sent"), 2)});
    proxy.sort(MessagesModel::TimeCreatedColumn, Qt::AscendingOrder);
    EXPECT_EQ(sidAt(proxy, 0), QStringLiteral("SM1"));
    model.upsert(makeRecord(QStringLiteral("SM0"), QStringLiteral("sent"), 0));
    EXPECT_EQ(sidAt(proxy, 0), QStringLiteral("SM0"));
    proxy.sort(MessagesModel::StatusColumn, Qt::DescendingOrder);
    model.upsert(makeRecord(QStringLiteral("SM2"), QStringLiteral("delivered"), 2));
    EXPECT_EQ(sidAt(proxy, 0), QStringLiteral("SM2"));
}
