// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Usage Records and Balance derived from the twin's ledger, read through the real Twilio REST
// client and raw HTTP over loopback, on the manual twin clock.
#include "core/twilio/twilioclient.h"
#include "core/twin/twinclock.h"
#include "core/twin/twinledger.h"
#include "support/testsupport.h"
#include "twintestfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <optional>

using namespace Vortex::Core;
using namespace Vortex::Core::Twin;
using namespace Vortex::Test;

namespace {

qint64 at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

class TwinUsageTest : public TwinFixture
{
protected:
    void SetUp() override
    {
        startTwin();
        m_twin->clock()->setMode(TwinClock::Mode::Manual);
        // "Today" is 2 February 2027 (UTC) for every test.
        m_twin->clock()->resetTo(QDateTime(QDate(2027, 2, 2), QTime(12, 0), QTimeZone::utc()));
        charge("2026-12-31T10:00:00Z", "sms-outbound-longcode", 2, "segments", 0.0166);
        charge("2027-01-15T09:00:00Z", "calls-outbound", 3, "minutes", 0.042);
        charge("2027-02-01T23:59:00Z", "sms-outbound-longcode", 1, "segments", 0.0083);
        charge("2027-02-02T08:00:00Z", "sms-inbound-longcode", 1, "segments", 0.0083);
        charge("2027-02-02T09:00:00Z", "channels-whatsapp-outbound", 1, "messages", 0.005);
        charge("2027-02-02T10:00:00Z", "verify-voice-sms", 1, "verifications", 0.05);
    }

    void charge(const char *iso, const char *category, double count, const char *unit, double price)
    {
        LedgerEntry entry;
        entry.atMs = at(iso);
        entry.category = QString::fromLatin1(category);
        entry.count = count;
        entry.countUnit = QString::fromLatin1(unit);
        entry.priceUsd = price;
        entry.sid = QStringLiteral("SM%1").arg(m_twin->ledger().entries().size(), 32, 10,
                                               QLatin1Char('0'));
        m_twin->ledger().charge(entry);
    }

    QString usagePath(const QString &sub, const QString &query = {}) const
    {
        QString path = QStringLiteral("/2010-04-01/Accounts/%1/Usage/Records")
                           .arg(m_twin->config().accountSid);
        path += sub.isEmpty() ? QStringLiteral(".json")
                              : QLatin1Char('/') + sub + QStringLiteral(".json");
        return query.isEmpty() ? path : path + QLatin1Char('?') + query;
    }

    QJsonArray records(const QString &sub, const QString &query = {})
    {
        const TwinReply reply = m_client->get(usagePath(sub, query));
        EXPECT_EQ(reply.status, 200) << reply.body.constData();
        return reply.json.value(QLatin1String("usage_records")).toArray();
    }

    /// The record of \a category in \a list (the first one), or an empty object.
    static QJsonObject find(const QJsonArray &list, const QString &category)
    {
        for (const QJsonValue &value : list) {
            if (value.toObject().value(QLatin1String("category")).toString() == category)
                return value.toObject();
        }
        return {};
    }

    static double price(const QJsonObject &record)
    {
        return record.value(QLatin1String("price")).toString().toDouble();
    }

    /// A GET through the real Twilio REST client.
    std::optional<QJsonObject> restGet(const QString &path)
    {
        Twilio::TwilioClient rest(
            Twilio::Credentials(m_twin->config().accountSid, m_twin->config().authToken),
            Twilio::Endpoints::forAll(m_twin->baseUrl()));
        auto *call = rest.createRestCall("GET", Twilio::Endpoints::Product::Api, path.toLatin1(),
                                         {}, &rest);
        std::optional<Twilio::RestResult> result;
        QObject::connect(call, &Twilio::RestCall::finished, &rest,
                         [&](const Twilio::RestResult &r) { result.emplace(r); });
        call->start();
        if (!waitUntil([&] { return result.has_value(); }, 10000) || !result.value())
            return std::nullopt;
        return QJsonDocument::fromJson(result.value().value().body).object();
    }
};

} // namespace

TEST_F(TwinUsageTest, AllTimeSumsTheLedgerPerCategoryThroughTheRestClient)
{
    const auto page = restGet(usagePath(QStringLiteral("AllTime")));
    ASSERT_TRUE(page.has_value());
    const QJsonArray list = page->value(QLatin1String("usage_records")).toArray();

    const QJsonObject total = find(list, QStringLiteral("totalprice"));
    EXPECT_EQ(total.value(QLatin1String("price")).toString(), QStringLiteral("0.13020"));
    EXPECT_EQ(total.value(QLatin1String("usage_unit")).toString(), QStringLiteral("usd"));
    EXPECT_EQ(total.value(QLatin1String("start_date")).toString(), QStringLiteral("2026-12-31"));
    EXPECT_EQ(total.value(QLatin1String("end_date")).toString(), QStringLiteral("2027-02-02"));

    const QJsonObject sms = find(list, QStringLiteral("sms"));
    EXPECT_EQ(sms.value(QLatin1String("count")).toString(), QStringLiteral("4"));
    EXPECT_EQ(sms.value(QLatin1String("count_unit")).toString(), QStringLiteral("segments"));
    EXPECT_EQ(sms.value(QLatin1String("price")).toString(), QStringLiteral("0.03320"));
    EXPECT_EQ(find(list, QStringLiteral("sms-outbound")).value(QLatin1String("count")).toString(),
              QStringLiteral("3"));
    EXPECT_EQ(
        find(list, QStringLiteral("sms-inbound-longcode")).value(QLatin1String("price")).toString(),
        QStringLiteral("0.00830"));
    const QJsonObject calls = find(list, QStringLiteral("calls"));
    EXPECT_EQ(calls.value(QLatin1String("usage")).toString(), QStringLiteral("3"));
    EXPECT_EQ(calls.value(QLatin1String("usage_unit")).toString(), QStringLiteral("minutes"));
    EXPECT_EQ(find(list, QStringLiteral("channels")).value(QLatin1String("price")).toString(),
              QStringLiteral("0.00500"));
    EXPECT_EQ(
        find(list, QStringLiteral("verify-voice-sms")).value(QLatin1String("count")).toString(),
        QStringLiteral("1"));
    EXPECT_TRUE(find(list, QStringLiteral("mms")).isEmpty()) << "no MMS traffic, no MMS record";

    // Every field of the spec's usage record, with Twilio's string types.
    const QStringList fields{
        QStringLiteral("account_sid"), QStringLiteral("api_version"), QStringLiteral("as_of"),
        QStringLiteral("category"),    QStringLiteral("count"),       QStringLiteral("count_unit"),
        QStringLiteral("description"), QStringLiteral("end_date"),    QStringLiteral("price"),
        QStringLiteral("price_unit"),  QStringLiteral("start_date"),  QStringLiteral("uri"),
        QStringLiteral("usage"),       QStringLiteral("usage_unit")};
    for (const QString &field : fields)
        EXPECT_TRUE(sms.value(field).isString()) << field.toStdString();
    EXPECT_EQ(sms.value(QLatin1String("price_unit")).toString(), QStringLiteral("usd"));
    EXPECT_EQ(sms.value(QLatin1String("as_of")).toString(),
              QStringLiteral("2027-02-02T12:00:00+00:00"));
    EXPECT_EQ(sms.value(QLatin1String("account_sid")).toString(), m_twin->config().accountSid);
    const QJsonObject subs = sms.value(QLatin1String("subresource_uris")).toObject();
    EXPECT_EQ(subs.size(), 8);
    EXPECT_TRUE(subs.value(QLatin1String("daily"))
                    .toString()
                    .endsWith(QStringLiteral("/Usage/Records/Daily.json?Category=sms")));
    for (const QString &key :
         {QStringLiteral("first_page_uri"), QStringLiteral("uri"), QStringLiteral("page"),
          QStringLiteral("page_size"), QStringLiteral("start"), QStringLiteral("end")})
        EXPECT_TRUE(page->contains(key)) << key.toStdString();
    EXPECT_TRUE(page->value(QLatin1String("next_page_uri")).isNull());
}

TEST_F(TwinUsageTest, DailyAndMonthlySumsEqualTheLedger)
{
    const QJsonArray daily
        = records(QStringLiteral("Daily"), QStringLiteral("Category=totalprice&PageSize=1000"));
    ASSERT_EQ(daily.size(), 34) << "31 Dec 2026 to 2 Feb 2027";
    double sum = 0;
    for (const QJsonValue &value : daily) {
        const QJsonObject record = value.toObject();
        const QDate day
            = QDate::fromString(record.value(QLatin1String("start_date")).toString(), Qt::ISODate);
        EXPECT_EQ(record.value(QLatin1String("end_date")).toString(),
                  record.value(QLatin1String("start_date")).toString());
        const qint64 from = QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        EXPECT_NEAR(price(record), m_twin->ledger().total(from, from + 86400000LL), 1e-9)
            << day.toString(Qt::ISODate).toStdString();
        sum += price(record);
    }
    EXPECT_NEAR(sum, 0.1302, 1e-9);

    const QJsonArray monthly
        = records(QStringLiteral("Monthly"), QStringLiteral("Category=totalprice"));
    ASSERT_EQ(monthly.size(), 3);
    EXPECT_EQ(monthly.at(0).toObject().value(QLatin1String("price")).toString(),
              QStringLiteral("0.01660"));
    EXPECT_EQ(monthly.at(1).toObject().value(QLatin1String("start_date")).toString(),
              QStringLiteral("2027-01-01"));
    EXPECT_EQ(monthly.at(1).toObject().value(QLatin1String("end_date")).toString(),
              QStringLiteral("2027-01-31"));
    EXPECT_EQ(monthly.at(1).toObject().value(QLatin1String("price")).toString(),
              QStringLiteral("0.04200"));
    EXPECT_EQ(monthly.at(2).toObject().value(QLatin1String("price")).toString(),
              QStringLiteral("0.07160"));

    const QJsonArray yearly
        = records(QStringLiteral("Yearly"), QStringLiteral("Category=totalprice"));
    ASSERT_EQ(yearly.size(), 2);
    EXPECT_EQ(yearly.at(1).toObject().value(QLatin1String("price")).toString(),
              QStringLiteral("0.11360"));
}

TEST_F(TwinUsageTest, FixedWindowsAndDateFilters)
{
    const auto total = [this](const QString &sub, const QString &query = {}) {
        return find(records(sub, query), QStringLiteral("totalprice"))
            .value(QLatin1String("price"))
            .toString();
    };
    EXPECT_EQ(total(QStringLiteral("Today")), QStringLiteral("0.06330"));
    EXPECT_EQ(total(QStringLiteral("Yesterday")), QStringLiteral("0.00830"));
    EXPECT_EQ(total(QStringLiteral("ThisMonth")), QStringLiteral("0.07160"));
    EXPECT_EQ(total(QStringLiteral("LastMonth")), QStringLiteral("0.04200"));
    const QJsonObject lastMonth
        = find(records(QStringLiteral("LastMonth")), QStringLiteral("calls"));
    EXPECT_EQ(lastMonth.value(QLatin1String("start_date")).toString(),
              QStringLiteral("2027-01-01"));
    EXPECT_EQ(lastMonth.value(QLatin1String("end_date")).toString(), QStringLiteral("2027-01-31"));

    // Explicit dates and offsets from today.
    EXPECT_EQ(total(QString(), QStringLiteral("StartDate=2027-01-01&EndDate=2027-01-31")),
              QStringLiteral("0.04200"));
    EXPECT_EQ(total(QString(), QStringLiteral("StartDate=-1days&EndDate=%2B0days")),
              QStringLiteral("0.07160"));
    const QJsonArray daily
        = records(QStringLiteral("Daily"), QStringLiteral("Category=sms&StartDate=-1days"));
    ASSERT_EQ(daily.size(), 2);
    EXPECT_EQ(daily.at(0).toObject().value(QLatin1String("start_date")).toString(),
              QStringLiteral("2027-02-01"));
    EXPECT_EQ(daily.at(1).toObject().value(QLatin1String("count")).toString(), QStringLiteral("1"));
    // A category without usage in the window still gets its (zero) record.
    const QJsonArray none = records(QStringLiteral("Today"), QStringLiteral("Category=mms"));
    ASSERT_EQ(none.size(), 1);
    EXPECT_EQ(none.at(0).toObject().value(QLatin1String("count")).toString(), QStringLiteral("0"));
    EXPECT_EQ(none.at(0).toObject().value(QLatin1String("price")).toString(),
              QStringLiteral("0.00000"));
}

TEST_F(TwinUsageTest, PagingAndErrors)
{
    const TwinReply first
        = m_client->get(usagePath(QStringLiteral("Daily"), QStringLiteral("PageSize=10")));
    ASSERT_EQ(first.status, 200);
    EXPECT_EQ(first.json.value(QLatin1String("usage_records")).toArray().size(), 10);
    const QString next = first.json.value(QLatin1String("next_page_uri")).toString();
    ASSERT_FALSE(next.isEmpty());
    const TwinReply second = m_client->get(next);
    ASSERT_EQ(second.status, 200);
    EXPECT_EQ(second.json.value(QLatin1String("page")).toInt(), 1);
    EXPECT_EQ(second.json.value(QLatin1String("start")).toInt(), 10);
    EXPECT_FALSE(second.json.value(QLatin1String("previous_page_uri")).isNull());

    const auto expectError = [this](const QString &path, int http, int code) {
        const TwinReply reply = m_client->get(path);
        EXPECT_EQ(reply.status, http) << path.toStdString();
        EXPECT_EQ(reply.json.value(QLatin1String("code")).toInt(), code) << path.toStdString();
    };
    expectError(usagePath({}, QStringLiteral("StartDate=yesterday")), 400, 20001);
    expectError(usagePath({}, QStringLiteral("StartDate=2027-02-02&EndDate=2027-01-01")), 400,
                20001);
    expectError(usagePath({}, QStringLiteral("PageSize=0")), 400, 20007);
    expectError(usagePath(QStringLiteral("Hourly")), 404, 20404);
    expectError(
        QStringLiteral("/2010-04-01/Accounts/AC00000000000000000000000000000000/Balance.json"), 401,
        20003);
    EXPECT_EQ(m_client->post(usagePath({}), {}).status, 405);
}

TEST_F(TwinUsageTest, BalanceIsTheStartingBalanceMinusTheLedger)
{
    const QString path
        = QStringLiteral("/2010-04-01/Accounts/%1/Balance.json").arg(m_twin->config().accountSid);
    const auto balance = restGet(path);
    ASSERT_TRUE(balance.has_value());
    EXPECT_EQ(balance->value(QLatin1String("account_sid")).toString(), m_twin->config().accountSid);
    EXPECT_EQ(balance->value(QLatin1String("balance")).toString(), QStringLiteral("19.8698"));
    EXPECT_EQ(balance->value(QLatin1String("currency")).toString(), QStringLiteral("USD"));

    charge("2027-02-02T12:00:00Z", "sms-outbound-longcode", 1, "segments", 0.0083);
    EXPECT_EQ(m_client->get(path).json.value(QLatin1String("balance")).toString(),
              QStringLiteral("19.8615"));

    const TwinReply set
        = m_client->post(QStringLiteral("/_twin/usage"),
                         {{QStringLiteral("StartingBalance"), QStringLiteral("50.00")}});
    ASSERT_EQ(set.status, 200);
    EXPECT_EQ(m_client->get(path).json.value(QLatin1String("balance")).toString(),
              QStringLiteral("49.8615"));
    EXPECT_EQ(m_client
                  ->post(QStringLiteral("/_twin/usage"),
                         {{QStringLiteral("StartingBalance"), QStringLiteral("-3")}})
                  .status,
              400);
}

TEST(TwinUsageDefaults, FreshAccountHasTheDefaultBalanceAndOnlyAZeroTotal)
{
    TwinServer twin(TwinFixture::testConfig());
    ASSERT_TRUE(twin.listen());
    TwinTestClient client(twin.baseUrl(), twin.config().accountSid, twin.config().authToken);
    const QString base = QStringLiteral("/2010-04-01/Accounts/%1/").arg(twin.config().accountSid);
    EXPECT_EQ(client.get(base + QStringLiteral("Balance.json"))
                  .json.value(QLatin1String("balance"))
                  .toString(),
              QStringLiteral("20.00"));
    const QJsonArray list = client.get(base + QStringLiteral("Usage/Records.json"))
                                .json.value(QLatin1String("usage_records"))
                                .toArray();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.at(0).toObject().value(QLatin1String("category")).toString(),
              QStringLiteral("totalprice"));
    EXPECT_EQ(list.at(0).toObject().value(QLatin1String("price")).toString(),
              QStringLiteral("0.00000"));
}
