// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The demo's first start: a week of history played on the twin (demo-week.json) and written into
// the console's stores: messages over seven days in every region and channel, a carrier-filtering
// episode, opt-outs, calls; the on-call team's incidents with pages, calls and acknowledgements
// whose SIDs are in the message store. A second start of the same folder adds nothing.
#include "core/demo/demostack.h"
#include "core/paging/sqlitepagingstore.h"
#include "support/testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace Vortex::Core;

namespace {

constexpr qint64 Day = 24LL * 3600 * 1000;

/// Starts a demo stack on \a dir with history only; returns its report once started.
std::optional<Demo::DemoStartReport> startDemo(const QString &dir)
{
    Demo::DemoOptions options;
    options.history = true;
    Demo::DemoStack stack(dir, options);
    bool started = false;
    QString failure;
    QObject::connect(&stack, &Demo::DemoStack::started, &stack, [&] { started = true; });
    QObject::connect(&stack, &Demo::DemoStack::failed, &stack,
                     [&](const QString &reason) { failure = reason; });
    stack.start();
    if (!Vortex::Test::waitUntil([&] { return started || !failure.isEmpty(); }, 90000)
        || !started) {
        ADD_FAILURE() << "demo did not start: " << failure.toStdString();
        return std::nullopt;
    }
    return stack.report();
}

/// Runs \a sql on a read-only connection to \a path and returns the rows.
QList<QVariantList> rows(const QString &path, const QString &sql)
{
    QList<QVariantList> result;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            ADD_FAILURE() << "cannot open " << path.toStdString();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                ADD_FAILURE() << "query failed: " << sql.toStdString();
            while (q.next()) {
                QVariantList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row.append(q.value(i));
                result.append(row);
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

qint64 scalar(const QString &path, const QString &sql)
{
    const auto r = rows(path, sql);
    return r.isEmpty() || r.first().isEmpty() ? -1 : r.first().first().toLongLong();
}

class DemoHistoryTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        ASSERT_TRUE(s_dir->isValid());
        s_startedAt = QDateTime::currentDateTimeUtc();
        s_first = new std::optional<Demo::DemoStartReport>(startDemo(s_dir->path()));
    }
    static void TearDownTestSuite()
    {
        delete s_first;
        delete s_dir;
    }
    static QString console() { return s_dir->filePath(QStringLiteral("console.sqlite")); }
    static QString paging() { return s_dir->filePath(QStringLiteral("paging.sqlite")); }

    static QTemporaryDir *s_dir;
    static QDateTime s_startedAt;
    static std::optional<Demo::DemoStartReport> *s_first;
};

QTemporaryDir *DemoHistoryTest::s_dir = nullptr;
QDateTime DemoHistoryTest::s_startedAt;
std::optional<Demo::DemoStartReport> *DemoHistoryTest::s_first = nullptr;

} // namespace

TEST_F(DemoHistoryTest, FirstStartSeedsAWeekOfMessagesAcrossRegionsAndChannels)
{
    ASSERT_TRUE(s_first->has_value());
    const Demo::DemoSeedReport &seed = (*s_first)->seed;
    EXPECT_TRUE(seed.seeded);
    EXPECT_GE(seed.messages, 7 * 2000);
    EXPECT_TRUE(QFile::exists(Demo::DemoSeeder::markerPath(s_dir->path())));
    std::printf("demo history: play %lld ms, REST import %lld ms, stores %lld ms, %lld messages, "
                "%lld calls, %lld incidents, started after %lld ms\n",
                seed.playMs, seed.importMs, seed.storeMs, seed.messages, seed.calls, seed.incidents,
                (*s_first)->startedMs);

    EXPECT_EQ(scalar(console(), QStringLiteral("SELECT COUNT(*) FROM messages")), seed.messages);
    const auto span = rows(console(), QStringLiteral("SELECT MIN(date_created), MAX(date_created)"
                                                     " FROM messages"));
    ASSERT_EQ(span.size(), 1);
    const QDateTime oldest
        = QDateTime::fromString(span.first().at(0).toString(), Qt::ISODateWithMs);
    const QDateTime newest
        = QDateTime::fromString(span.first().at(1).toString(), Qt::ISODateWithMs);
    ASSERT_TRUE(oldest.isValid() && newest.isValid());
    // Seven days back from the start, up to the start.
    EXPECT_LE(oldest.toMSecsSinceEpoch(), s_startedAt.toMSecsSinceEpoch() - 7 * Day + 3600000);
    EXPECT_GE(oldest.toMSecsSinceEpoch(), s_startedAt.toMSecsSinceEpoch() - 7 * Day - 60000);
    EXPECT_GE(newest.toMSecsSinceEpoch(), s_startedAt.toMSecsSinceEpoch() - 3600000);
    // Every day of the week has traffic.
    EXPECT_GE(scalar(console(), QStringLiteral("SELECT COUNT(DISTINCT substr(date_created, 1, 10))"
                                               " FROM messages")),
              7);

    QSet<QString> regions;
    for (const QVariantList &row :
         rows(console(), QStringLiteral("SELECT DISTINCT region FROM messages")))
        regions.insert(row.first().toString());
    for (const char *region : {"GB", "US", "DE", "IN", "BR"})
        EXPECT_TRUE(regions.contains(QString::fromLatin1(region))) << region;
    EXPECT_GT(scalar(console(), QStringLiteral("SELECT COUNT(*) FROM messages WHERE channel ="
                                               " 'whatsapp' AND status IN ('delivered', 'read')")),
              50);
    EXPECT_GT(scalar(console(), QStringLiteral("SELECT COUNT(*) FROM messages WHERE channel = 'sms'"
                                               " AND status = 'delivered'")),
              7 * 1500);
    // Costs: outbound messages are billed.
    EXPECT_GT(scalar(console(), QStringLiteral("SELECT COUNT(*) FROM messages WHERE price <> ''")),
              7 * 1500);
    // Calls are in the calls table.
    EXPECT_GT(seed.calls, 0);
    EXPECT_EQ(scalar(console(), QStringLiteral("SELECT COUNT(*) FROM calls")), seed.calls);
}

TEST_F(DemoHistoryTest, TheWeekHasACarrierFilteringEpisodeAndOptOuts)
{
    ASSERT_TRUE(s_first->has_value());
    QFile markerFile(Demo::DemoSeeder::markerPath(s_dir->path()));
    ASSERT_TRUE(markerFile.open(QIODevice::ReadOnly));
    const QJsonObject marker = QJsonDocument::fromJson(markerFile.readAll()).object();
    const QString from = marker.value(QLatin1String("filtering_from")).toString();
    const QString until = marker.value(QLatin1String("filtering_until")).toString();
    ASSERT_FALSE(from.isEmpty());
    // Carriers filter a little all week; during the episode one US carrier filters most of what
    // it gets: the 30007 rate to the US is many times higher inside the episode than outside.
    const auto rate = [&](const QString &where) {
        const qint64 filtered = scalar(
            console(), QStringLiteral("SELECT COUNT(*) FROM messages WHERE region = 'US' AND"
                                      " direction LIKE 'outbound%' AND error_code = 30007 AND %1")
                           .arg(where));
        const qint64 total = scalar(
            console(), QStringLiteral("SELECT COUNT(*) FROM messages WHERE region = 'US' AND"
                                      " direction LIKE 'outbound%' AND %1")
                           .arg(where));
        return total > 0 ? double(filtered) / double(total) : -1.0;
    };
    const QString inside = QStringLiteral("date_created >= '%1' AND date_created < '%2'")
                               .arg(from.left(19), until.left(19));
    const double insideRate = rate(inside);
    const double outsideRate = rate(QStringLiteral("NOT (%1)").arg(inside));
    EXPECT_GT(insideRate, 0.15);
    EXPECT_GT(insideRate, 5 * outsideRate) << insideRate << " vs " << outsideRate;
    // Customers who answered STOP.
    EXPECT_GE(scalar(console(), QStringLiteral("SELECT COUNT(DISTINCT from_address) FROM messages"
                                               " WHERE direction = 'inbound' AND upper(body) ="
                                               " 'STOP'")),
              3);
}

TEST_F(DemoHistoryTest, ThePagingStoreHasAWeekOfIncidentsWithAcknowledgements)
{
    ASSERT_TRUE(s_first->has_value());
    Paging::SqlitePagingStore store(paging());
    ASSERT_TRUE(store.open().ok());
    const auto incidents = store.recentIncidents(10000);
    ASSERT_TRUE(incidents.ok());
    EXPECT_EQ(incidents->size(), (*s_first)->seed.incidents);
    ASSERT_GE(incidents->size(), 7 * 3);
    QDateTime first = incidents->last().createdAt;
    QDateTime last = incidents->first().createdAt;
    EXPECT_GE(first.daysTo(last), 5);
    QSet<QString> ackedBy;
    QSet<int> severities;
    int callsAcked = 0;
    int smsAcked = 0;
    for (const Paging::Incident &incident : *incidents) {
        EXPECT_EQ(incident.state, Paging::IncidentState::Resolved) << incident.id;
        EXPECT_TRUE(incident.resolvedAt.isValid());
        severities.insert(int(incident.severity));
        const auto deliveries = store.deliveriesForIncident(incident.id);
        ASSERT_TRUE(deliveries.ok());
        ASSERT_FALSE(deliveries->isEmpty());
        for (const Paging::Delivery &delivery : *deliveries) {
            if (delivery.sid.isEmpty() || delivery.channel != Paging::Channel::Sms)
                continue;
            // The page is in the console's messages: the same SID, to the same number.
            EXPECT_EQ(scalar(console(), QStringLiteral("SELECT COUNT(*) FROM messages WHERE sid ="
                                                       " '%1' AND to_address = '%2'")
                                            .arg(delivery.sid, delivery.to)),
                      1)
                << delivery.sid.toStdString();
        }
        const auto timeline = store.timeline(incident.id);
        ASSERT_TRUE(timeline.ok());
        ASSERT_FALSE(timeline->isEmpty());
        EXPECT_EQ(timeline->first().kind, QStringLiteral("incident.triggered"));
        for (qsizetype i = 1; i < timeline->size(); ++i)
            EXPECT_LE(timeline->at(i - 1).at, timeline->at(i).at);
        for (const Paging::TimelineEntry &entry : *timeline) {
            if (entry.kind != QLatin1String("incident.acknowledged"))
                continue;
            ackedBy.insert(entry.recipientId);
            EXPECT_TRUE(incident.acknowledgedAt.isValid());
            EXPECT_GT(incident.acknowledgedAt, incident.createdAt);
            if (entry.channel == QLatin1String("voice")) {
                ++callsAcked;
                EXPECT_TRUE(entry.sid.startsWith(QStringLiteral("CA")));
            } else {
                ++smsAcked;
                // The reply is an inbound message from the recipient's phone.
                EXPECT_EQ(scalar(console(), QStringLiteral("SELECT COUNT(*) FROM messages WHERE"
                                                           " sid = '%1' AND direction = 'inbound'")
                                                .arg(entry.sid)),
                          1);
            }
        }
    }
    EXPECT_TRUE(ackedBy.contains(QStringLiteral("alice")));
    EXPECT_TRUE(ackedBy.contains(QStringLiteral("bob")));
    EXPECT_FALSE(ackedBy.contains(QStringLiteral("carla")));
    EXPECT_GT(smsAcked, 0);
    EXPECT_GT(callsAcked, 0);
    EXPECT_GE(severities.size(), 3);
    // Nothing is left for the engine to do with the history.
    const auto pending = store.pendingSteps();
    ASSERT_TRUE(pending.ok());
    EXPECT_TRUE(pending->isEmpty());
    const auto open = store.openDeliveries();
    ASSERT_TRUE(open.ok());
    EXPECT_TRUE(open->isEmpty()) << open->size() << " deliveries still open";
    const auto recipients = store.recipients();
    ASSERT_TRUE(recipients.ok());
    EXPECT_EQ(recipients->size(), 3);
}

TEST_F(DemoHistoryTest, ASecondStartDoesNotSeedAgain)
{
    ASSERT_TRUE(s_first->has_value());
    const qint64 messages = scalar(console(), QStringLiteral("SELECT COUNT(*) FROM messages"));
    const qint64 incidents = scalar(paging(), QStringLiteral("SELECT COUNT(*) FROM incidents"));
    const auto second = startDemo(s_dir->path());
    ASSERT_TRUE(second.has_value());
    EXPECT_FALSE(second->seed.seeded);
    EXPECT_EQ(scalar(console(), QStringLiteral("SELECT COUNT(*) FROM messages")), messages);
    EXPECT_EQ(scalar(paging(), QStringLiteral("SELECT COUNT(*) FROM incidents")), incidents);
    // The scenario's customers are there for live traffic either way.
    EXPECT_EQ(second->customers.size(), (*s_first)->customers.size());
    EXPECT_GE(second->customers.size(), 500);
}
