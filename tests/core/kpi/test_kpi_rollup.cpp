// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The incremental rollup update gives exactly what a full recompute gives.
#include "core/kpi/kpirollup.h"
#include "core/paging/sqlitepagingstore.h"
#include "core/phone/phonenumbers.h"
#include "core/store/messagestore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Vortex::Core;
using namespace Vortex::Core::Kpi;

namespace {

const QStringList Numbers
    = {QStringLiteral("+12015550123"),   QStringLiteral("+12015550124"),
       QStringLiteral("+447400123456"),  QStringLiteral("+447400123457"),
       QStringLiteral("+4915112345678"), QStringLiteral("whatsapp:+447400123456")};
const QStringList Statuses
    = {QStringLiteral("queued"),      QStringLiteral("sent"),   QStringLiteral("delivered"),
       QStringLiteral("undelivered"), QStringLiteral("failed"), QStringLiteral("read")};
const QList<int> Codes = {0, 30003, 30004, 30007, 21610, 30034};

QStringList dump(const KpiRollup &rollup)
{
    QStringList rows;
    const QStringList queries = {
        QStringLiteral("SELECT hour, region, channel, sender, class, n, segments, priced,"
                       " round(cost, 9) FROM kpi_rollup ORDER BY 1, 2, 3, 4, 5"),
        QStringLiteral("SELECT hour, channel, bucket, n FROM kpi_latency ORDER BY 1, 2, 3"),
        QStringLiteral("SELECT key, hour, code, who, sender, source FROM kpi_blocked ORDER BY 1"),
        QStringLiteral("SELECT incident_id, recipient_id, first_paged_at, acked_at FROM kpi_ack"
                       " ORDER BY 1, 2")};
    for (const QString &sql : queries) {
        QSqlQuery q(rollup.connection());
        EXPECT_TRUE(q.exec(sql));
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < q.record().count(); ++i)
                fields.append(q.value(i).toString());
            rows.append(fields.join(QLatin1Char('|')));
        }
    }
    return rows;
}

class Traffic
{
public:
    explicit Traffic(const QString &path)
        : m_store(path)
    {}
    bool open() { return m_store.open().ok(); }
    void close() { m_store.close(); }

    /// New messages in random hours of the 10 days before May 11.
    void add(int count)
    {
        for (int i = 0; i < count; ++i) {
            MessageRecord r;
            r.sid = QStringLiteral("SM%1").arg(++m_next, 32, 10, QLatin1Char('0'));
            const bool inbound = m_random.bounded(10) == 0;
            const QString number = Numbers.at(m_random.bounded(int(Numbers.size())));
            r.direction = inbound ? QStringLiteral("inbound") : QStringLiteral("outbound-api");
            const QString sender = number.startsWith(QLatin1String("whatsapp:"))
                                       ? QStringLiteral("whatsapp:+12015550199")
                                       : QStringLiteral("+12015550100");
            r.from = inbound ? number : sender;
            r.to = inbound ? sender : number;
            r.body = inbound && m_random.bounded(2) ? QStringLiteral("STOP") : QStringLiteral("x");
            r.status = inbound ? QStringLiteral("received")
                               : Statuses.at(m_random.bounded(int(Statuses.size())));
            if (r.status == QLatin1String("undelivered") || r.status == QLatin1String("failed"))
                r.errorCode = Codes.at(m_random.bounded(int(Codes.size())));
            r.numSegments = 1 + int(m_random.bounded(3));
            r.dateCreated = QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC)
                                .addSecs(qint64(m_random.bounded(10 * 24 * 3600)));
            if (r.status != QLatin1String("queued"))
                r.price = QStringLiteral("-0.00%1").arg(70 + m_random.bounded(20));
            if (r.status == QLatin1String("delivered"))
                r.dateUpdated = r.dateCreated.addMSecs(m_random.bounded(600000));
            ASSERT_TRUE(m_store.upsert(r).ok());
            if (!r.isFinal())
                m_open.append(r.sid);
            if (m_random.bounded(10) == 0) {
                Store::CallRecord call;
                call.sid = QStringLiteral("CA%1").arg(m_next, 32, 10, QLatin1Char('0'));
                call.direction = QStringLiteral("outbound-api");
                call.from = QStringLiteral("+12015550177");
                call.to = PhoneNumbers::stripChannel(number);
                call.status = QStringLiteral("ringing");
                call.dateCreated = r.dateCreated;
                ASSERT_TRUE(m_store.upsertCall(call).ok());
                m_openCalls.append(call.sid);
            }
        }
    }

    /// Ends some ringing calls (completed and billed, or not answered).
    void endCalls(int count)
    {
        for (int i = 0; i < count && !m_openCalls.isEmpty(); ++i) {
            Store::CallRecord call;
            call.sid = m_openCalls.takeAt(m_random.bounded(int(m_openCalls.size())));
            const bool answered = m_random.bounded(2);
            call.status = answered ? QStringLiteral("completed") : QStringLiteral("no-answer");
            call.price = answered ? QStringLiteral("-0.0140") : QString();
            ASSERT_TRUE(m_store.upsertCall(call).ok());
        }
    }

    /// Moves some open messages on (a callback arriving late: a new rowid, an old hour).
    void settle(int count)
    {
        for (int i = 0; i < count && !m_open.isEmpty(); ++i) {
            MessageRecord r;
            r.sid = m_open.takeAt(m_random.bounded(int(m_open.size())));
            r.status
                = m_random.bounded(3) ? QStringLiteral("delivered") : QStringLiteral("undelivered");
            r.errorCode = r.status == QLatin1String("undelivered") ? 30007 : 0;
            r.price = QStringLiteral("-0.0083");
            r.dateUpdated = QDateTime(QDate(2024, 5, 11), QTime(12, 0), Qt::UTC);
            auto outcome = m_store.upsert(r);
            ASSERT_TRUE(outcome.ok());
            ASSERT_TRUE(outcome->changed);
        }
    }

private:
    Store::MessageStore m_store;
    QRandomGenerator m_random{42};
    int m_next = 0;
    QStringList m_open;
    QStringList m_openCalls;
};

void page(const QString &path, int round)
{
    Paging::SqlitePagingStore store(path);
    ASSERT_TRUE(store.open().ok());
    for (int i = 0; i < 3; ++i) {
        Paging::Incident incident;
        incident.code = QString::number(round * 10 + i);
        incident.title = QStringLiteral("t");
        incident.createdAt = QDateTime(QDate(2024, 5, 10), QTime(round, i), Qt::UTC);
        ASSERT_TRUE(store.insertIncident(incident).ok());
        for (const QString &who : {QStringLiteral("alice"), QStringLiteral("bob")}) {
            Paging::TimelineEntry e;
            e.incidentId = incident.id;
            e.at = incident.createdAt.addSecs(who == QLatin1String("bob") ? 60 : 0);
            e.kind = QStringLiteral("page.submitted");
            e.recipientId = who;
            ASSERT_TRUE(store.appendTimeline(e).ok());
        }
        if (i != 1) {
            Paging::TimelineEntry ack;
            ack.incidentId = incident.id;
            ack.at = incident.createdAt.addSecs(30 + 60 * i);
            ack.kind = QStringLiteral("incident.acknowledged");
            ASSERT_TRUE(store.appendTimeline(ack).ok());
        }
    }
    store.close();
}

} // namespace

TEST(KpiRollup, IncrementalUpdateEqualsFullRecompute)
{
    QTemporaryDir dir;
    const QString messages = dir.filePath(QStringLiteral("console.sqlite"));
    const QString paging = dir.filePath(QStringLiteral("paging.sqlite"));
    Traffic traffic(messages);
    ASSERT_TRUE(traffic.open());
    traffic.add(400);
    page(paging, 1);

    KpiRollup incremental({messages, paging, dir.filePath(QStringLiteral("kpi.sqlite"))});
    ASSERT_TRUE(incremental.open().ok());
    auto first = incremental.update();
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    EXPECT_TRUE(first->rebuilt);
    EXPECT_GT(first->messagesScanned, 400) << "400 messages and their calls";

    auto nothing = incremental.update();
    ASSERT_TRUE(nothing.ok());
    EXPECT_FALSE(nothing->rebuilt);
    EXPECT_EQ(nothing->messagesScanned, 0) << "no change, no scan";
    EXPECT_EQ(nothing->timelineScanned, 0);

    for (int round = 2; round <= 4; ++round) {
        traffic.add(50);
        traffic.settle(40);
        traffic.endCalls(5);
        page(paging, round);
        auto step = incremental.update();
        ASSERT_TRUE(step.ok()) << step.error().toStdString();
        EXPECT_FALSE(step->rebuilt);
        EXPECT_GT(step->hoursRecomputed, 0);
        EXPECT_LT(step->messagesScanned, 400 + 50 * round) << "only the changed hours are read";

        KpiRollup full(
            {messages, paging, dir.filePath(QStringLiteral("full%1.sqlite").arg(round))});
        ASSERT_TRUE(full.open().ok());
        ASSERT_TRUE(full.rebuild().ok());
        const QStringList expected = dump(full);
        const QStringList actual = dump(incremental);
        ASSERT_FALSE(expected.isEmpty());
        EXPECT_EQ(actual, expected) << "round " << round;
    }
    traffic.close();
}

TEST(KpiRollup, ReplacedStoreIsRebuilt)
{
    QTemporaryDir dir;
    const QString messages = dir.filePath(QStringLiteral("console.sqlite"));
    {
        Traffic traffic(messages);
        ASSERT_TRUE(traffic.open());
        traffic.add(100);
        traffic.close();
    }
    KpiRollup rollup({messages, {}, {}});
    ASSERT_TRUE(rollup.open().ok());
    ASSERT_TRUE(rollup.update().ok());
    rollup.close();
    ASSERT_TRUE(QFile::remove(messages));
    {
        Traffic traffic(messages);
        ASSERT_TRUE(traffic.open());
        traffic.add(10);
        traffic.close();
    }
    ASSERT_TRUE(rollup.open().ok());
    auto again = rollup.update();
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->rebuilt);
    QSqlQuery q(rollup.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT SUM(n) FROM kpi_rollup WHERE channel <> 'voice'"))
                && q.next());
    EXPECT_EQ(q.value(0).toInt(), 10);
}
