// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/console/consoletypes.h"
#include "core/phone/phonenumbers.h"
#include "core/store/messagestore.h"
#include "core/store/trafficgenerator.h"
#include "core/store/trafficquery.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

using namespace Vortex::Core;
using namespace Vortex::Core::Store;
using namespace Qt::StringLiterals;

namespace {

const QDateTime SpanEnd(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);

/// One generated store of 20,000 rows for the whole suite (generation is what takes time).
class TrafficQueryTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_path = s_dir->filePath(QStringLiteral("console.sqlite"));
        TrafficGeneratorOptions options;
        options.rows = 20000;
        options.end = SpanEnd;
        options.start = SpanEnd.addDays(-30);
        auto filled = TrafficGenerator::fill(s_path, options);
        ASSERT_TRUE(filled.ok()) << filled.error().toStdString();
        s_summary = filled.value();
        // The oracle: every row, read with plain SQL on a connection of its own.
        s_all = new QList<TrafficRow>;
        TrafficQuery reader(s_path);
        auto first = reader.row(QString()); // opens the connection once
        ASSERT_TRUE(first.ok());
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("oracle"));
            db.setDatabaseName(s_path);
            ASSERT_TRUE(db.open());
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(QStringLiteral("SELECT sid FROM messages UNION ALL "
                                              "SELECT sid FROM calls")));
            while (q.next()) {
                auto row = reader.row(q.value(0).toString());
                ASSERT_TRUE(row.ok() && row.value().has_value());
                s_all->append(*row.value());
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("oracle"));
    }
    static void TearDownTestSuite()
    {
        delete s_all;
        delete s_dir;
    }

    /// Every row the query returns for \a filter, page by page.
    static QList<TrafficRow> everything(TrafficQuery &query, const TrafficFilter &filter, int limit,
                                        int *pages = nullptr)
    {
        QList<TrafficRow> rows;
        TrafficCursor cursor;
        for (int guard = 0; guard < 100000; ++guard) {
            auto page = query.page(filter, cursor, limit);
            EXPECT_TRUE(page.ok()) << (page.ok() ? "" : page.error().toStdString());
            if (!page.ok())
                break;
            EXPECT_LE(page->rows.size(), limit);
            rows += page->rows;
            if (pages)
                ++*pages;
            if (page->atEnd)
                break;
            cursor = page->next;
        }
        return rows;
    }

    static QSet<QString> sids(const QList<TrafficRow> &rows)
    {
        QSet<QString> out;
        for (const TrafficRow &r : rows)
            out.insert(r.sid);
        return out;
    }

    /// The rows of the oracle that \a predicate (written independently of the SQL) keeps.
    static QSet<QString> expected(const std::function<bool(const TrafficRow &)> &predicate)
    {
        QSet<QString> out;
        for (const TrafficRow &r : std::as_const(*s_all)) {
            if (predicate(r))
                out.insert(r.sid);
        }
        return out;
    }

    /// The query, the count and the live check all agree with the oracle's predicate.
    static void expectFilter(const TrafficFilter &filter,
                             const std::function<bool(const TrafficRow &)> &predicate,
                             int scanBudget = TrafficQuery::ScanBudget)
    {
        TrafficQuery query(s_path);
        query.setScanBudget(scanBudget);
        const QSet<QString> want = expected(predicate);
        const QList<TrafficRow> rows = everything(query, filter, 250);
        EXPECT_EQ(rows.size(), sids(rows).size()) << "no row twice";
        EXPECT_EQ(sids(rows), want);
        for (int i = 1; i < rows.size(); ++i) {
            const TrafficRow &a = rows.at(i - 1);
            const TrafficRow &b = rows.at(i);
            EXPECT_TRUE(a.dateCreated > b.dateCreated
                        || (a.dateCreated == b.dateCreated && a.sid > b.sid))
                << "newest first at " << i;
        }
        auto counted = query.count(filter);
        ASSERT_TRUE(counted.ok()) << counted.error().toStdString();
        if (counted->atLeast) {
            EXPECT_GT(want.size(), TrafficQuery::CountCap);
        } else {
            EXPECT_EQ(counted->count, want.size());
        }
        for (const TrafficRow &r : std::as_const(*s_all))
            ASSERT_EQ(filter.matches(r), want.contains(r.sid)) << r.sid.toStdString();
    }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline QString s_path;
    static inline TrafficGeneratorSummary s_summary;
    static inline QList<TrafficRow> *s_all = nullptr;
};

} // namespace

TEST_F(TrafficQueryTest, GeneratorWritesRealisticTraffic)
{
    EXPECT_EQ(s_summary.messages + s_summary.calls, 20000);
    ASSERT_EQ(s_all->size(), 20000);
    QHash<QString, int> statuses;
    QHash<QString, int> channels;
    QHash<QString, int> regions;
    int outboundSms = 0;
    int deliveredSms = 0;
    for (const TrafficRow &r : std::as_const(*s_all)) {
        ++statuses[r.status];
        if (r.channel == u"sms"_s && r.direction == u"outbound-api"_s) {
            ++outboundSms;
            deliveredSms += r.status == u"delivered"_s ? 1 : 0;
        }
        ++channels[r.channel];
        ++regions[r.region];
        ASSERT_TRUE(r.dateCreated >= SpanEnd.addDays(-30) && r.dateCreated <= SpanEnd);
        // The stored region is the far end's, as libphonenumber sees it.
        const QString farEnd = r.direction == QLatin1String("inbound") ? r.from : r.to;
        PhoneNumber number;
        ASSERT_TRUE(PhoneNumbers::parseE164(PhoneNumbers::stripChannel(farEnd), &number))
            << farEnd.toStdString();
        ASSERT_EQ(number.regionCode, r.region);
        if (r.status == QLatin1String("undelivered") || r.status == QLatin1String("failed")) {
            EXPECT_NE(r.errorCode, 0) << r.sid.toStdString();
        }
    }
    const double n = 20000;
    EXPECT_GT(double(deliveredSms) / outboundSms, 0.94) << "TWILIO.md: 95-98 % delivered";
    EXPECT_LT(double(deliveredSms) / outboundSms, 0.98);
    EXPECT_GT(statuses.value(QStringLiteral("undelivered")) / n, 0.01);
    EXPECT_LT(statuses.value(QStringLiteral("undelivered")) / n, 0.05);
    EXPECT_GT(statuses.value(QStringLiteral("received")), 0);
    EXPECT_GT(channels.value(QStringLiteral("voice")) / n, 0.03);
    EXPECT_GT(channels.value(QStringLiteral("whatsapp")) / n, 0.08);
    EXPECT_GT(channels.value(QStringLiteral("sms")) / n, 0.7);
    EXPECT_GE(regions.size(), 6);
    EXPECT_GT(regions.value(QStringLiteral("US")), regions.value(QStringLiteral("GB")));
}

TEST_F(TrafficQueryTest, KeysetPagingReturnsEveryRowExactlyOnce)
{
    TrafficQuery query(s_path);
    int pages = 0;
    const QList<TrafficRow> rows = everything(query, TrafficFilter(), 333, &pages);
    EXPECT_EQ(rows.size(), 20000);
    EXPECT_EQ(sids(rows).size(), 20000);
    EXPECT_EQ(sids(rows), sids(*s_all));
    EXPECT_GE(pages, 20000 / 333);
    for (int i = 1; i < rows.size(); ++i)
        ASSERT_GE(rows.at(i - 1).dateCreated, rows.at(i).dateCreated) << i;
    auto counted = query.count(TrafficFilter());
    ASSERT_TRUE(counted.ok());
    EXPECT_EQ(counted->count, 20000);
    EXPECT_FALSE(counted->atLeast);
}

TEST_F(TrafficQueryTest, RowsWithTheSameDateArePagedBySid)
{
    // Keyset pagination must not lose rows that share a timestamp across a page boundary.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ties.sqlite"));
    MessageStore store(path);
    ASSERT_TRUE(store.open().ok());
    for (int i = 0; i < 25; ++i) {
        MessageRecord r;
        r.sid = QStringLiteral("SM%1").arg(i, 32, 10, QLatin1Char('0'));
        r.direction = QStringLiteral("outbound-api");
        r.to = QStringLiteral("+447400123456");
        r.from = QStringLiteral("+12015550123");
        r.status = QStringLiteral("delivered");
        if (i < 20) // five rows without a date: they come last
            r.dateCreated = SpanEnd.addSecs(i / 7);
        ASSERT_TRUE(store.upsert(r).ok());
    }
    TrafficQuery query(path);
    const QList<TrafficRow> rows = everything(query, TrafficFilter(), 3);
    EXPECT_EQ(rows.size(), 25);
    EXPECT_EQ(sids(rows).size(), 25);
    EXPECT_FALSE(rows.constLast().dateCreated.isValid());
}

TEST_F(TrafficQueryTest, FiltersByStatusChannelRegionAndErrorCode)
{
    TrafficFilter undelivered;
    undelivered.statuses = {QStringLiteral("undelivered")};
    expectFilter(undelivered, [](const TrafficRow &r) { return r.status == u"undelivered"_s; });

    TrafficFilter problems;
    problems.statuses = {QStringLiteral("undelivered"), QStringLiteral("failed")};
    expectFilter(problems, [](const TrafficRow &r) {
        return r.status == u"undelivered"_s || r.status == u"failed"_s;
    });

    TrafficFilter voice;
    voice.channel = QStringLiteral("voice");
    expectFilter(voice, [](const TrafficRow &r) { return r.kind == TrafficRow::Kind::Call; });

    TrafficFilter whatsapp;
    whatsapp.channel = QStringLiteral("whatsapp");
    expectFilter(whatsapp, [](const TrafficRow &r) { return r.to.startsWith(u"whatsapp:"_s); });

    TrafficFilter gbUndelivered;
    gbUndelivered.region = QStringLiteral("GB");
    gbUndelivered.statuses = {QStringLiteral("undelivered")};
    expectFilter(gbUndelivered, [](const TrafficRow &r) {
        return r.status == u"undelivered"_s && r.to.contains(u"+44"_s);
    });

    TrafficFilter filtered;
    filtered.errorCode = 30007;
    expectFilter(filtered, [](const TrafficRow &r) { return r.errorCode == 30007; });

    TrafficFilter noError;
    noError.errorCode = 0;
    noError.channel = QStringLiteral("sms");
    expectFilter(noError, [](const TrafficRow &r) {
        return r.errorCode == 0 && r.kind == TrafficRow::Kind::Message
               && !r.to.startsWith(u"whatsapp:"_s);
    });

    TrafficFilter lastWeek;
    lastWeek.since = SpanEnd.addDays(-7);
    lastWeek.until = SpanEnd.addDays(-2);
    expectFilter(lastWeek, [](const TrafficRow &r) {
        return r.dateCreated >= SpanEnd.addDays(-7) && r.dateCreated < SpanEnd.addDays(-2);
    });
}

TEST_F(TrafficQueryTest, FiltersByRecipientAndSender)
{
    // A recipient who has both SMS and WhatsApp rows: the filter takes the number either way.
    QString person;
    for (const TrafficRow &r : std::as_const(*s_all)) {
        if (r.to.startsWith(QLatin1String("whatsapp:"))) {
            person = r.to.mid(9);
            break;
        }
    }
    ASSERT_FALSE(person.isEmpty());
    TrafficFilter recipient;
    recipient.recipient = person;
    expectFilter(recipient, [&person](const TrafficRow &r) {
        return r.to == person || r.to == QStringLiteral("whatsapp:") + person;
    });
    const QSet<QString> both = expected(
        [&person](const TrafficRow &r) { return r.to == QStringLiteral("whatsapp:") + person; });
    EXPECT_FALSE(both.isEmpty());

    TrafficFilter onlyWhatsApp;
    onlyWhatsApp.recipient = QStringLiteral("whatsapp:") + person;
    expectFilter(onlyWhatsApp, [&person](const TrafficRow &r) {
        return r.to == QStringLiteral("whatsapp:") + person;
    });

    TrafficFilter sender;
    sender.sender = QStringLiteral("VortexIQ");
    sender.region = QStringLiteral("DE");
    expectFilter(sender, [](const TrafficRow &r) {
        return r.from == u"VortexIQ"_s && r.to.startsWith(u"+49"_s);
    });
}

TEST_F(TrafficQueryTest, SearchBySidPrefix)
{
    const TrafficRow &message = s_all->at(1234);
    const QString prefix = message.sid.left(7);
    QString normalised;
    EXPECT_EQ(TrafficFilter::searchMode(prefix.left(2) + prefix.mid(2).toUpper(), &normalised),
              TrafficFilter::SearchMode::Sid);
    EXPECT_EQ(normalised, prefix) << "hex digits are matched in Twilio's lower case";
    TrafficFilter filter;
    filter.search = prefix;
    expectFilter(filter, [&prefix](const TrafficRow &r) { return r.sid.startsWith(prefix); });

    const TrafficRow *call = nullptr;
    for (const TrafficRow &r : std::as_const(*s_all)) {
        if (r.kind == TrafficRow::Kind::Call) {
            call = &r;
            break;
        }
    }
    ASSERT_NE(call, nullptr);
    filter.search = call->sid;
    expectFilter(filter, [call](const TrafficRow &r) { return r.sid == call->sid; });
}

TEST_F(TrafficQueryTest, SearchByNumberPrefixSparseAndDense)
{
    // A whole number matches few rows (the to/from indexes); "+44 7400" matches thousands (a
    // date-ordered scan, here with a small budget so that pages end on the scan's frontier).
    const QString person = s_all->at(77).direction == QLatin1String("inbound") ? s_all->at(77).from
                                                                               : s_all->at(77).to;
    const QString number = PhoneNumbers::stripChannel(person);
    TrafficFilter sparse;
    sparse.search = number;
    expectFilter(sparse, [&number](const TrafficRow &r) {
        return r.to.endsWith(number) || r.from.endsWith(number);
    });

    TrafficFilter dense;
    dense.search = QStringLiteral("+44 7400");
    QString normalised;
    EXPECT_EQ(TrafficFilter::searchMode(dense.search, &normalised),
              TrafficFilter::SearchMode::Number);
    EXPECT_EQ(normalised, QStringLiteral("+447400"));
    const auto gb = [](const TrafficRow &r) {
        return PhoneNumbers::stripChannel(r.to).startsWith(u"+447400"_s)
               || PhoneNumbers::stripChannel(r.from).startsWith(u"+447400"_s);
    };
    EXPECT_GT(expected(gb).size(), 2000);
    expectFilter(dense, gb, 3000);
}

TEST_F(TrafficQueryTest, SearchTextInBodiesWithABoundedScan)
{
    TrafficFilter filter;
    filter.search = QStringLiteral("DISK 94%"); // case-insensitive; % is not a wildcard
    expectFilter(
        filter,
        [](const TrafficRow &r) { return r.body.contains(u"disk 94%"_s, Qt::CaseInsensitive); },
        1500);
    TrafficFilter wildcard;
    wildcard.search = QStringLiteral("94_ full");
    expectFilter(
        wildcard, [](const TrafficRow &) { return false; }, 1500);

    // With a small budget a page may come back short (even empty) before the end; the cursor
    // still moves on.
    TrafficQuery query(s_path);
    query.setScanBudget(500);
    TrafficFilter rare;
    rare.search = QStringLiteral("certificate expires");
    bool sawShortPage = false;
    TrafficCursor cursor;
    for (int i = 0; i < 1000; ++i) {
        auto page = query.page(rare, cursor, 100);
        ASSERT_TRUE(page.ok());
        if (page->atEnd)
            break;
        sawShortPage = sawShortPage || page->rows.size() < 50;
        cursor = page->next;
    }
    EXPECT_TRUE(sawShortPage);
    rare.statuses = {QStringLiteral("undelivered")};
    expectFilter(
        rare,
        [](const TrafficRow &r) {
            return r.status == u"undelivered"_s && r.body.contains(u"certificate expires"_s);
        },
        500);
}

TEST_F(TrafficQueryTest, DistinctValuesForTheFilterBar)
{
    TrafficQuery query(s_path);
    auto regions = query.distinct(QStringLiteral("region"));
    ASSERT_TRUE(regions.ok());
    QSet<QString> want;
    for (const TrafficRow &r : std::as_const(*s_all))
        want.insert(r.region);
    want.remove(QString());
    EXPECT_EQ(QSet<QString>(regions->begin(), regions->end()), want);
    EXPECT_TRUE(std::is_sorted(regions->begin(), regions->end()));
    EXPECT_FALSE(query.distinct(QStringLiteral("body; DROP TABLE messages")).ok());
}

TEST(TrafficStore, CallsAreStoredAndNeverMoveBackwards)
{
    QTemporaryDir dir;
    MessageStore store(dir.filePath(QStringLiteral("console.sqlite")));
    ASSERT_TRUE(store.open().ok());
    CallRecord ringing;
    ringing.sid = QStringLiteral("CA0123456789abcdef0123456789abcdef");
    ringing.direction = QStringLiteral("outbound-api");
    ringing.from = QStringLiteral("+12015550123");
    ringing.to = QStringLiteral("+447400123456");
    ringing.status = QStringLiteral("ringing");
    ringing.dateCreated = SpanEnd;
    CallRecord completed;
    completed.sid = ringing.sid;
    completed.status = QStringLiteral("completed");
    completed.durationS = 42;
    completed.dateCreated = SpanEnd.addSecs(30);
    MessageRecord sms;
    sms.sid = QStringLiteral("SM0123456789abcdef0123456789abcdef");
    sms.status = QStringLiteral("sent");
    auto applied = store.applyRelayBatch({sms}, {ringing, completed}, 7);
    ASSERT_TRUE(applied.ok()) << applied.error().toStdString();
    EXPECT_EQ(applied->messages.size(), 1);
    ASSERT_EQ(applied->calls.size(), 2);
    EXPECT_TRUE(applied->calls.at(1).changed);
    EXPECT_EQ(store.relayCursor().value(), 7);

    auto late = store.upsertCall(ringing);
    ASSERT_TRUE(late.ok());
    EXPECT_FALSE(late->changed);
    const auto stored = store.findCall(ringing.sid).value();
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->status, QStringLiteral("completed"));
    EXPECT_EQ(stored->durationS, 42);
    EXPECT_EQ(stored->to, QStringLiteral("+447400123456"));
    EXPECT_EQ(stored->dateCreated, SpanEnd) << "the first callback's time stays";

    TrafficQuery query(dir.filePath(QStringLiteral("console.sqlite")));
    TrafficFilter voiceGb;
    voiceGb.channel = QStringLiteral("voice");
    voiceGb.region = QStringLiteral("GB");
    auto page = query.page(voiceGb, TrafficCursor(), 10);
    ASSERT_TRUE(page.ok()) << page.error().toStdString();
    ASSERT_EQ(page->rows.size(), 1);
    EXPECT_EQ(page->rows.at(0).kind, TrafficRow::Kind::Call);
    EXPECT_EQ(page->rows.at(0).durationS, 42);
    EXPECT_TRUE(page->atEnd);
    EXPECT_FALSE(store.upsertCall(CallRecord{}).ok());
}

TEST(TrafficStore, VersionOneStoresGainChannelRegionAndDates)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("console.sqlite"));
    {
        Database old(path, QStringLiteral("v1"));
        ASSERT_TRUE(old.open().ok());
        ASSERT_TRUE(old.migrate({MessageStore::migrations().first()}).ok());
        QSqlQuery q(old.connection());
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO messages (sid, direction, from_address, to_address, status, "
            "date_created) VALUES ('SM1', 'outbound-api', 'whatsapp:+12015550123', "
            "'whatsapp:+4915112345678', 'sent', NULL), ('SM2', 'inbound', '+447400123456', "
            "'+12015550123', 'received', '2026-01-01T00:00:00.000Z')")));
    }
    MessageStore store(path);
    auto opened = store.open();
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    TrafficQuery query(path);
    auto page = query.page(TrafficFilter(), TrafficCursor(), 10);
    ASSERT_TRUE(page.ok()) << page.error().toStdString();
    ASSERT_EQ(page->rows.size(), 2);
    EXPECT_EQ(page->rows.at(0).sid, QStringLiteral("SM2"));
    EXPECT_EQ(page->rows.at(0).region, QStringLiteral("GB")) << "inbound: the sender's region";
    EXPECT_EQ(page->rows.at(0).channel, QStringLiteral("sms"));
    EXPECT_EQ(page->rows.at(1).region, QStringLiteral("DE"));
    EXPECT_EQ(page->rows.at(1).channel, QStringLiteral("whatsapp"));
    EXPECT_FALSE(page->rows.at(1).dateCreated.isValid());
}

TEST(TrafficStore, LiveRowsMatchLikeTheQuery)
{
    MessageRecord record;
    record.sid = QStringLiteral("SMabcdef0123456789abcdef0123456789");
    record.direction = QStringLiteral("outbound-api");
    record.from = QStringLiteral("whatsapp:+12015550199");
    record.to = QStringLiteral("whatsapp:+447400123456");
    record.body = QStringLiteral("[SEV1] checkout-api 5xx spike");
    record.status = QStringLiteral("undelivered");
    record.errorCode = 63016;
    const TrafficRow row = TrafficRow::fromMessage(record);
    EXPECT_EQ(row.channel, QStringLiteral("whatsapp"));
    EXPECT_EQ(row.region, QStringLiteral("GB"));
    TrafficFilter filter;
    filter.region = QStringLiteral("GB");
    filter.recipient = QStringLiteral("+447400123456");
    filter.errorCode = 63016;
    filter.search = QStringLiteral("5XX SPIKE");
    EXPECT_TRUE(filter.matches(row));
    filter.search = QStringLiteral("+44 7400 12");
    EXPECT_TRUE(filter.matches(row));
    filter.search = QStringLiteral("SMabcdef");
    EXPECT_TRUE(filter.matches(row));
    filter.channel = QStringLiteral("sms");
    EXPECT_FALSE(filter.matches(row));
}
