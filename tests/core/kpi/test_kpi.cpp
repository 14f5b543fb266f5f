// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Every KPI on a small hand-built store with known answers (docs/kpi.md).
#include "core/kpi/kpidefinitions.h"
#include "core/kpi/kpiquery.h"
#include "core/kpi/kpirollup.h"
#include "core/paging/sqlitepagingstore.h"
#include "core/store/messagestore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace Vortex::Core;
using namespace Vortex::Core::Kpi;

namespace {

const QString Sender = QStringLiteral("+12015550100");
const QString Us = QStringLiteral("+12015550123");
const QString Gb = QStringLiteral("+447400123456");

QDateTime at(int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2024, 5, day), QTime(hour, minute, second), Qt::UTC);
}

const QDateTime Now = at(11, 12, 30);

MessageRecord message(int n, const QString &to, const QString &status, int errorCode = 0)
{
    MessageRecord r;
    r.sid = QStringLiteral("SM%1").arg(n, 32, 10, QLatin1Char('0'));
    r.direction = QStringLiteral("outbound-api");
    r.from = Sender;
    r.to = to;
    r.body = QStringLiteral("page");
    r.status = status;
    r.errorCode = errorCode;
    r.numSegments = 1;
    r.dateCreated = at(11, 10, n);
    if (status != QLatin1String("queued"))
        r.price = QStringLiteral("-0.0079");
    r.priceUnit = QStringLiteral("USD");
    return r;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

class KpiStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        messagesPath = dir.filePath(QStringLiteral("console.sqlite"));
        pagingPath = dir.filePath(QStringLiteral("paging.sqlite"));
        buildMessages();
        buildPaging();
    }

    void buildMessages()
    {
        Store::MessageStore store(messagesPath);
        ASSERT_TRUE(store.open().ok());
        int n = 0;
        auto add = [&](MessageRecord r) {
            ASSERT_TRUE(store.upsert(r).ok());
        };
        // Ten settled SMS, seven delivered (2, 4, … 14 s after creation).
        int latency = 2;
        for (const QString &to : {Us, Us, Us, Us, Gb, Gb, Gb}) {
            MessageRecord r = message(++n, to, QStringLiteral("delivered"));
            r.dateUpdated = r.dateCreated.addSecs(latency);
            latency += 2;
            add(r);
        }
        add(message(++n, Us, QStringLiteral("undelivered"), 30003));
        add(message(++n, Gb, QStringLiteral("failed"), 30007));
        add(message(++n, Gb, QStringLiteral("undelivered"), 30004));
        // Two still queued: not settled, not billed.
        add(message(++n, Us, QStringLiteral("queued")));
        add(message(++n, Us, QStringLiteral("queued")));
        // One WhatsApp message, delivered.
        MessageRecord wa
            = message(++n, QStringLiteral("whatsapp:+447400123457"), QStringLiteral("delivered"));
        wa.from = QStringLiteral("whatsapp:+12015550199");
        wa.price = QStringLiteral("-0.005");
        wa.dateUpdated = wa.dateCreated.addSecs(1);
        add(wa);
        // An opt-out reply to the SMS sender.
        MessageRecord stop;
        stop.sid = QStringLiteral("SMstop");
        stop.direction = QStringLiteral("inbound");
        stop.from = Gb;
        stop.to = Sender;
        stop.body = QStringLiteral(" stop ");
        stop.status = QStringLiteral("received");
        stop.dateCreated = at(11, 10, 40);
        add(stop);
        // A week ago: outside the 24 h window, inside the 7 d one.
        MessageRecord old = message(++n, Us, QStringLiteral("failed"), 30005);
        old.dateCreated = at(6, 9);
        add(old);
        store.close();
    }

    void buildPaging()
    {
        Paging::SqlitePagingStore store(pagingPath);
        ASSERT_TRUE(store.open().ok());
        auto incident = [&](const QDateTime &created) {
            Paging::Incident i;
            i.code = QString::number(created.time().hour());
            i.title = QStringLiteral("disk full");
            i.createdAt = created;
            EXPECT_TRUE(store.insertIncident(i).ok());
            return i.id;
        };
        auto entry = [&](qint64 id, const QDateTime &when, const QString &kind,
                         const QString &recipient, std::optional<int> code = std::nullopt) {
            Paging::TimelineEntry e;
            e.incidentId = id;
            e.at = when;
            e.kind = kind;
            e.recipientId = recipient;
            e.channel = QStringLiteral("sms");
            e.errorCode = code;
            ASSERT_TRUE(store.appendTimeline(e).ok());
        };
        const QString paged = QStringLiteral("page.submitted");
        const QString acked = QStringLiteral("incident.acknowledged");
        const qint64 a = incident(at(11, 1));
        entry(a, at(11, 1), paged, QStringLiteral("alice"));
        entry(a, at(11, 1, 1), paged, QStringLiteral("bob"));
        entry(a, at(11, 1, 1), paged, QStringLiteral("alice")); // a second page: first counts
        entry(a, at(11, 1, 5), acked, {});
        const qint64 b = incident(at(11, 3));
        entry(b, at(11, 3), paged, QStringLiteral("alice"));
        const qint64 c = incident(at(11, 5));
        entry(c, at(11, 5), paged, QStringLiteral("alice"));
        entry(c, at(11, 5, 2), acked, {});
        entry(c, at(11, 5, 3), paged, QStringLiteral("carol")); // paged after the ack
        entry(c, at(11, 5, 4), QStringLiteral("page.failed"), QStringLiteral("dave"), 21610);
        store.close();
    }

    KpiSnapshot snapshot(KpiWindow window, double budget = 0, ReputationThresholds thresholds = {})
    {
        KpiRollup rollup({messagesPath, pagingPath, {}});
        EXPECT_TRUE(rollup.open().ok());
        auto updated = rollup.update();
        EXPECT_TRUE(updated.ok()) << (updated ? "" : updated.error().toStdString());
        KpiRequest request;
        request.window = window;
        request.now = Now;
        request.monthlyBudget = budget;
        request.thresholds = thresholds;
        auto s = KpiQuery(rollup.connection()).snapshot(request);
        EXPECT_TRUE(s.ok()) << (s ? "" : s.error().toStdString());
        return s ? s.value() : KpiSnapshot{};
    }

    static const DeliveryRate *find(const QList<DeliveryRate> &rates, const QString &key)
    {
        for (const DeliveryRate &r : rates) {
            if (r.key == key)
                return &r;
        }
        return nullptr;
    }

    QTemporaryDir dir;
    QString messagesPath;
    QString pagingPath;
};

} // namespace

TEST_F(KpiStoreTest, DeliveryRateByRegionAndChannel)
{
    const KpiSnapshot s = snapshot(KpiWindow::Day);
    EXPECT_EQ(s.outbound, 13); // 10 settled SMS + 2 queued + 1 WhatsApp
    EXPECT_EQ(s.overall.delivered, 8);
    EXPECT_EQ(s.overall.settled, 11);
    const DeliveryRate *sms = find(s.byChannel, QStringLiteral("sms"));
    ASSERT_TRUE(sms);
    EXPECT_EQ(sms->delivered, 7);
    EXPECT_EQ(sms->settled, 10);
    EXPECT_DOUBLE_EQ(sms->rate(), 0.7);
    const DeliveryRate *wa = find(s.byChannel, QStringLiteral("whatsapp"));
    ASSERT_TRUE(wa);
    EXPECT_DOUBLE_EQ(wa->rate(), 1.0);
    const DeliveryRate *us = find(s.byRegion, QStringLiteral("US"));
    const DeliveryRate *gb = find(s.byRegion, QStringLiteral("GB"));
    ASSERT_TRUE(us && gb);
    EXPECT_EQ(us->settled, 5);
    EXPECT_DOUBLE_EQ(us->rate(), 0.8);
    EXPECT_EQ(gb->settled, 6); // five SMS and the WhatsApp message
    EXPECT_DOUBLE_EQ(gb->rate(), 4.0 / 6.0);
}

TEST_F(KpiStoreTest, SevenDaysIncludeTheOlderMessage)
{
    const KpiSnapshot s = snapshot(KpiWindow::Week);
    EXPECT_EQ(s.overall.settled, 12);
    EXPECT_EQ(s.overall.delivered, 8);
    EXPECT_EQ(s.bucketHours, 6);
    EXPECT_EQ(s.costPerMessage.size(), 28);
    EXPECT_EQ(s.from, at(4, 13)); // 168 hours ending with the current one
}

TEST_F(KpiStoreTest, MedianTimeToDeliveredFromBuckets)
{
    const KpiSnapshot s = snapshot(KpiWindow::Day);
    ASSERT_EQ(s.medianDeliverySeconds.size(), 24);
    const TrendPoint &p = s.medianDeliverySeconds.at(21); // hour 10 of a window from 13:00
    EXPECT_EQ(p.start, at(11, 10));
    EXPECT_EQ(p.count, 8);
    // Exact median of 1, 2, 4, 6, 8, 10, 12, 14 s is 7 s; buckets keep it within 25 %.
    EXPECT_NEAR(p.value, 7.0, 7.0 * 0.25);
    EXPECT_EQ(s.medianDeliverySeconds.at(20).count, 0);
}

TEST_F(KpiStoreTest, CostFilteringBlockedAndBudget)
{
    const KpiSnapshot s = snapshot(KpiWindow::Day, 1.0);
    EXPECT_NEAR(s.cost, 10 * 0.0079 + 0.005, 1e-9);
    const TrendPoint &cost = s.costPerMessage.at(21);
    EXPECT_EQ(cost.count, 11);
    EXPECT_NEAR(cost.value, (10 * 0.0079 + 0.005) / 11, 1e-9);
    const TrendPoint &filtering = s.filteringRate.at(21);
    EXPECT_EQ(filtering.count, 11);
    EXPECT_DOUBLE_EQ(filtering.value, 1.0 / 11.0);

    // 30004 from the messages, 21610 from the paging timeline.
    EXPECT_EQ(s.blocked.events, 2);
    EXPECT_EQ(s.blocked.numbers, 2);
    EXPECT_EQ(s.blocked.byCode.value(30004), 1);
    EXPECT_EQ(s.blocked.byCode.value(21610), 1);

    // May 2024 has 31 days; 10 days and 12.5 hours have passed. The older failed message
    // (May 6) is billed too.
    const double spent = 11 * 0.0079 + 0.005;
    const double fraction = (10 * 24 + 12.5) / (31 * 24);
    EXPECT_NEAR(s.budget.spent, spent, 1e-9);
    EXPECT_NEAR(s.budget.elapsedFraction, fraction, 1e-9);
    EXPECT_NEAR(s.budget.projected, spent / fraction, 1e-9);
    EXPECT_NEAR(s.budget.consumed(), spent, 1e-9);
    ASSERT_EQ(s.budget.cumulative.size(), 11);
    EXPECT_NEAR(s.budget.cumulative.at(4).value, 0.0, 1e-12);
    EXPECT_NEAR(s.budget.cumulative.at(5).value, 0.0079, 1e-12);
    EXPECT_NEAR(s.budget.cumulative.last().value, spent, 1e-12);
}

TEST_F(KpiStoreTest, AcknowledgementsPerRecipient)
{
    const KpiSnapshot s = snapshot(KpiWindow::Day);
    QMap<QString, AckStats> byId;
    for (const AckStats &a : s.acknowledgements)
        byId.insert(a.recipientId, a);
    ASSERT_EQ(byId.size(), 3);
    EXPECT_EQ(byId[QStringLiteral("alice")].paged, 3);
    EXPECT_EQ(byId[QStringLiteral("alice")].acknowledged, 2);
    EXPECT_DOUBLE_EQ(byId[QStringLiteral("alice")].medianSeconds, (300.0 + 120.0) / 2);
    EXPECT_EQ(byId[QStringLiteral("bob")].acknowledged, 1);
    EXPECT_DOUBLE_EQ(byId[QStringLiteral("bob")].medianSeconds, 240.0);
    EXPECT_EQ(byId[QStringLiteral("carol")].paged, 1);
    EXPECT_EQ(byId[QStringLiteral("carol")].acknowledged, 0) << "paged after the ack";
}

TEST_F(KpiStoreTest, SenderReputation)
{
    ReputationThresholds t;
    t.minimumSettled = 5;
    const KpiSnapshot s = snapshot(KpiWindow::Day, 0, t);
    ASSERT_EQ(s.reputation.size(), 2);
    const SenderReputation &sms = s.reputation.at(0);
    EXPECT_EQ(sms.sender, Sender);
    EXPECT_EQ(sms.settled, 10);
    EXPECT_EQ(sms.filtered, 1);
    EXPECT_EQ(sms.errors, 2);
    EXPECT_EQ(sms.optOuts, 1);
    EXPECT_DOUBLE_EQ(sms.filteringRate, 0.1);
    EXPECT_DOUBLE_EQ(sms.optOutRate, 0.1);
    EXPECT_EQ(sms.health, Health::Red);
    EXPECT_DOUBLE_EQ(sms.score, 0.0);
    const SenderReputation &wa = s.reputation.at(1);
    EXPECT_EQ(wa.sender, QStringLiteral("whatsapp:+12015550199"));
    EXPECT_EQ(wa.health, Health::Insufficient) << "one message is not enough to judge";
    EXPECT_DOUBLE_EQ(wa.score, 100.0);
}

TEST_F(KpiStoreTest, SourcesAreNeverWritten)
{
    const QByteArray before = fileHash(messagesPath);
    const QByteArray pagingBefore = fileHash(pagingPath);
    snapshot(KpiWindow::Week);
    EXPECT_EQ(fileHash(messagesPath), before);
    EXPECT_EQ(fileHash(pagingPath), pagingBefore);
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("kpi.sqlite"))));
}

TEST(KpiRollup, CallsCountAsVoice)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("console.sqlite"));
    {
        Store::MessageStore store(path);
        ASSERT_TRUE(store.open().ok());
        ASSERT_TRUE(store.upsert(message(1, Us, QStringLiteral("delivered"))).ok());
        int n = 0;
        for (const QString &status : {QStringLiteral("completed"), QStringLiteral("no-answer"),
                                      QStringLiteral("ringing")}) {
            Store::CallRecord call;
            call.sid = QStringLiteral("CA%1").arg(++n, 32, 10, QLatin1Char('0'));
            call.direction = QStringLiteral("outbound-api");
            call.from = QStringLiteral("+12015550177");
            call.to = Gb;
            call.status = status;
            call.price
                = status == QLatin1String("completed") ? QStringLiteral("-0.03000") : QString();
            call.dateCreated = at(11, 10, 5 + n);
            ASSERT_TRUE(store.upsertCall(call).ok());
        }
        store.close();
    }
    KpiRollup rollup({path, {}, {}});
    ASSERT_TRUE(rollup.open().ok());
    ASSERT_TRUE(rollup.update().ok());
    KpiRequest request;
    request.now = Now;
    auto s = KpiQuery(rollup.connection()).snapshot(request);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->outbound, 4);
    EXPECT_EQ(s->overall.settled, 3);
    DeliveryRate voice;
    for (const DeliveryRate &r : s->byChannel) {
        if (r.key == QLatin1String("voice"))
            voice = r;
    }
    EXPECT_EQ(voice.settled, 2);
    EXPECT_EQ(voice.delivered, 1);
    EXPECT_NEAR(s->cost, 0.0079 + 0.03, 1e-9);
    ASSERT_EQ(s->reputation.size(), 1) << "a caller ID is not a messaging sender";
    EXPECT_EQ(s->reputation.at(0).sender, Sender);
}

TEST(KpiRollup, MissingStoresGiveEmptyKpisAndAreNotCreated)
{
    QTemporaryDir dir;
    const QString messages = dir.filePath(QStringLiteral("console.sqlite"));
    const QString paging = dir.filePath(QStringLiteral("paging.sqlite"));
    KpiRollup rollup({messages, paging, {}});
    ASSERT_TRUE(rollup.open().ok());
    ASSERT_TRUE(rollup.update().ok());
    auto s = KpiQuery(rollup.connection()).snapshot({});
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->overall.settled, 0);
    EXPECT_TRUE(s->acknowledgements.isEmpty());
    EXPECT_FALSE(QFile::exists(messages));
    EXPECT_FALSE(QFile::exists(paging));
}

TEST(KpiDefinitions, Classification)
{
    using D = KpiDefinitions;
    const QString undelivered = QStringLiteral("undelivered");
    EXPECT_EQ(D::classify(false, QStringLiteral("read"), 0, false), StatusClass::Delivered);
    EXPECT_EQ(D::classify(false, undelivered, 30007, false), StatusClass::Filtered);
    EXPECT_EQ(D::classify(false, undelivered, 30034, false), StatusClass::Filtered);
    EXPECT_EQ(D::classify(false, QStringLiteral("failed"), 21610, false), StatusClass::Blocked);
    EXPECT_EQ(D::classify(false, undelivered, 30004, false), StatusClass::Blocked);
    EXPECT_EQ(D::classify(false, undelivered, 30003, false), StatusClass::Failed);
    EXPECT_EQ(D::classify(false, QStringLiteral("sent"), 0, false), StatusClass::Pending);
    EXPECT_EQ(D::classify(false, QStringLiteral("canceled"), 0, false), StatusClass::Canceled);
    EXPECT_EQ(D::classify(true, QStringLiteral("received"), 0, true), StatusClass::OptOut);
    EXPECT_TRUE(D::isOptOutBody(QStringLiteral(" Unsubscribe\n")));
    EXPECT_FALSE(D::isOptOutBody(QStringLiteral("stop it")));
    EXPECT_EQ(D::channelOf(QStringLiteral("whatsapp:+447400123456")), QStringLiteral("whatsapp"));
}

TEST(KpiDefinitions, HealthThresholds)
{
    ReputationThresholds t;
    auto health = [&t](qint64 filtered, qint64 errors, qint64 optOuts) {
        SenderReputation s;
        s.settled = 1000;
        s.filtered = filtered;
        s.errors = errors;
        s.optOuts = optOuts;
        KpiDefinitions::evaluate(s, t);
        return s.health;
    };
    EXPECT_EQ(health(9, 49, 4), Health::Green);
    EXPECT_EQ(health(10, 0, 0), Health::Amber); // filtering 1 %
    EXPECT_EQ(health(0, 50, 0), Health::Amber); // errors 5 %
    EXPECT_EQ(health(0, 0, 5), Health::Amber);  // opt-outs 0.5 %
    EXPECT_EQ(health(30, 0, 0), Health::Red);
    EXPECT_EQ(health(0, 100, 0), Health::Red);
    EXPECT_EQ(health(0, 0, 10), Health::Red);
    EXPECT_EQ(health(30, 0, 10), Health::Red);
}

TEST(KpiDefinitions, MedianFromBucketsStaysWithinTheDocumentedError)
{
    QRandomGenerator random(7);
    for (int round = 0; round < 300; ++round) {
        const int n = 1 + int(random.bounded(round < 150 ? 10 : 2000));
        const double scale = std::exp(random.bounded(8.0)); // 1 s … 50 min
        QList<double> values;
        QList<qint64> histogram(KpiDefinitions::LatencyBuckets, 0);
        for (int i = 0; i < n; ++i) {
            const double v = scale * std::exp(random.bounded(3.0) - 1.5);
            values.append(v);
            ++histogram[KpiDefinitions::latencyBucket(v)];
        }
        std::sort(values.begin(), values.end());
        const double lowerMiddle = values.at((n - 1) / 2);
        const double upperMiddle = values.at(n / 2);
        const double estimate = KpiDefinitions::medianFromHistogram(histogram);
        // docs/kpi.md: between 0.8 × the lower middle value and 1.25 × the upper one (1 s
        // absolute below 1 s) …
        EXPECT_GE(estimate, std::min(0.8 * lowerMiddle, lowerMiddle - 1.0)) << "n=" << n;
        EXPECT_LE(estimate, std::max(1.25 * upperMiddle, upperMiddle + 1.0)) << "n=" << n;
        // … so within 25 % of the exact median once the middle values are close.
        if (upperMiddle <= lowerMiddle * 1.01) {
            const double exact = KpiDefinitions::exactMedian(values);
            EXPECT_LE(std::abs(estimate - exact), std::max(0.25 * exact, 1.0))
                << "n=" << n << " exact=" << exact << " estimate=" << estimate;
        }
    }
    EXPECT_EQ(KpiDefinitions::medianFromHistogram(QList<qint64>(64, 0)), 0.0);
    EXPECT_EQ(KpiDefinitions::latencyBucket(0.5), 0);
    EXPECT_EQ(KpiDefinitions::latencyBucket(1.0), 1);
    EXPECT_EQ(KpiDefinitions::latencyBucket(1.25), 2);
    EXPECT_EQ(KpiDefinitions::latencyBucket(1e12), KpiDefinitions::LatencyBuckets - 1);
}
