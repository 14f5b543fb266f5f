// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The twin's REST surface over real loopback HTTP: shapes, validation codes, auth, paging.
#include "core/twilio/errordictionary.h"
#include "twintestfixture.h"

#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Vortex::Core;
using namespace Vortex::Core::Twin;
using namespace Vortex::Test;
using Twilio::FormParams;

namespace {

void expectError(const TwinReply &reply, int httpStatus, int code)
{
    EXPECT_EQ(reply.status, httpStatus) << reply.body.constData();
    EXPECT_EQ(reply.json.value(QLatin1String("code")).toInt(), code) << reply.body.constData();
    EXPECT_EQ(reply.json.value(QLatin1String("status")).toInt(), httpStatus);
    EXPECT_EQ(reply.json.value(QLatin1String("more_info")).toString(),
              Twilio::ErrorDictionary::moreInfoUrl(code));
    EXPECT_FALSE(reply.json.value(QLatin1String("message")).toString().isEmpty());
    EXPECT_TRUE(reply.header("Content-Type").startsWith("application/json"));
    EXPECT_TRUE(reply.header("Twilio-Request-Id").startsWith("RQ"));
}

bool isRfc2822(const QJsonValue &value)
{
    static const QRegularExpression re(
        QStringLiteral("^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} "
                       "\\d{2}:\\d{2}:\\d{2} \\+0000$"));
    return re.match(value.toString()).hasMatch();
}

} // namespace

class TwinApiTest : public TwinFixture
{};

TEST_F(TwinApiTest, CreateReturns201WithTwilioFieldTypes)
{
    const TwinReply reply = m_client->create(sms(QStringLiteral("Disk full on web-3")));
    ASSERT_EQ(reply.status, 201) << reply.body.constData();
    EXPECT_TRUE(reply.header("Content-Type").startsWith("application/json"));
    const QRegularExpression rq(QStringLiteral("^RQ[0-9a-f]{32}$"));
    EXPECT_TRUE(rq.match(QString::fromLatin1(reply.header("Twilio-Request-Id"))).hasMatch());
    const QJsonObject &m = reply.json;
    const QString sid = m.value(QLatin1String("sid")).toString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^SM[0-9a-f]{32}$")).match(sid).hasMatch());
    EXPECT_EQ(m.value(QLatin1String("status")).toString(), QStringLiteral("queued"));
    EXPECT_EQ(m.value(QLatin1String("direction")).toString(), QStringLiteral("outbound-api"));
    EXPECT_EQ(m.value(QLatin1String("api_version")).toString(), QStringLiteral("2010-04-01"));
    EXPECT_EQ(m.value(QLatin1String("account_sid")).toString(), m_twin->config().accountSid);
    EXPECT_TRUE(m.value(QLatin1String("num_segments")).isString());
    EXPECT_EQ(m.value(QLatin1String("num_segments")).toString(), QStringLiteral("1"));
    EXPECT_EQ(m.value(QLatin1String("num_media")).toString(), QStringLiteral("0"));
    EXPECT_TRUE(m.value(QLatin1String("price")).isNull());
    EXPECT_TRUE(m.value(QLatin1String("error_code")).isNull());
    EXPECT_TRUE(m.value(QLatin1String("date_sent")).isNull());
    EXPECT_TRUE(isRfc2822(m.value(QLatin1String("date_created"))))
        << qPrintable(m.value(QLatin1String("date_created")).toString());
    EXPECT_TRUE(isRfc2822(m.value(QLatin1String("date_updated"))));
    const QString uri = QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json")
                            .arg(m_twin->config().accountSid, sid);
    EXPECT_EQ(m.value(QLatin1String("uri")).toString(), uri);
    EXPECT_EQ(m.value(QLatin1String("subresource_uris")).toObject().value(QLatin1String("media")),
              QString(uri.chopped(5) + QStringLiteral("/Media.json")));
    EXPECT_EQ(m.size(), 20); // exactly the spec's fields
}

TEST_F(TwinApiTest, SegmentsForGsm7AndUcs2)
{
    const TwinReply gsm = m_client->create(sms(QString(161, QLatin1Char('a'))));
    ASSERT_EQ(gsm.status, 201);
    EXPECT_EQ(gsm.json.value(QLatin1String("num_segments")).toString(), QStringLiteral("2"));
    const TwinReply ucs = m_client->create(
        sms(QStringLiteral("Serveur en panne ✅ ") + QString(60, QLatin1Char('x'))));
    ASSERT_EQ(ucs.status, 201);
    EXPECT_EQ(ucs.json.value(QLatin1String("num_segments")).toString(), QStringLiteral("2"));
    const TwinReply single = m_client->create(sms(QStringLiteral("✅ ok")));
    EXPECT_EQ(single.json.value(QLatin1String("num_segments")).toString(), QStringLiteral("1"));
}

TEST_F(TwinApiTest, ValidationCodes)
{
    FormParams noTo;
    noTo.add(QStringLiteral("From"), QString::fromLatin1(UsNumber));
    noTo.add(QStringLiteral("Body"), QStringLiteral("x"));
    expectError(m_client->create(noTo), 400, 21604);

    FormParams noFrom;
    noFrom.add(QStringLiteral("To"), QString::fromLatin1(Handset));
    noFrom.add(QStringLiteral("Body"), QStringLiteral("x"));
    expectError(m_client->create(noFrom), 400, 21603);

    expectError(m_client->create(sms(QString())), 400, 21602);
    expectError(m_client->create(sms(QString(1601, QLatin1Char('a')))), 400, 21617);
    EXPECT_EQ(m_client->create(sms(QString(1600, QLatin1Char('a')))).status, 201);
    expectError(m_client->create(sms(QStringLiteral("x"), QStringLiteral("+15551234567"))), 400,
                21211);
    expectError(m_client->create(sms(QStringLiteral("x"), QStringLiteral("12015550199"))), 400,
                21211);
    expectError(m_client->create(sms(QStringLiteral("x"), QString::fromLatin1(UsNumber))), 400,
                21211); // To == From

    FormParams notOwned = sms(QStringLiteral("x"));
    notOwned = FormParams{{QStringLiteral("To"), QString::fromLatin1(Handset)},
                          {QStringLiteral("From"), QStringLiteral("+12015550100")},
                          {QStringLiteral("Body"), QStringLiteral("x")}};
    const TwinReply reply = m_client->create(notOwned);
    expectError(reply, 400, 21606);
    EXPECT_TRUE(reply.json.value(QLatin1String("message"))
                    .toString()
                    .contains(QStringLiteral("+12015550100")));

    for (const char *validity : {"0", "36001", "abc"}) {
        FormParams form = sms(QStringLiteral("x"));
        form.add(QStringLiteral("ValidityPeriod"), QString::fromLatin1(validity));
        expectError(m_client->create(form), 400, 21624);
    }
    for (const char *url :
         {"not a url", "ftp://example.com/cb", "/relative/cb", "http://bad_host/cb"}) {
        FormParams form = sms(QStringLiteral("x"));
        form.add(QStringLiteral("StatusCallback"), QString::fromLatin1(url));
        expectError(m_client->create(form), 400, 21609);
    }
    EXPECT_EQ(m_twin->messageCount(), 1); // only the 1600-char body was accepted
}

TEST_F(TwinApiTest, AuthFailuresAnswer401With20003)
{
    TwinReply reply = m_client->send("GET", m_client->messagesPath(), {}, false);
    expectError(reply, 401, 20003);
    EXPECT_EQ(reply.json.value(QLatin1String("message")).toString(),
              QStringLiteral("Authenticate"));
    EXPECT_EQ(reply.json.value(QLatin1String("detail")).toString(),
              QStringLiteral("Your AccountSid or AuthToken was incorrect."));

    m_client->setCredentials(m_twin->config().accountSid, QByteArrayLiteral("wrong"));
    expectError(m_client->create(sms(QStringLiteral("x"))), 401, 20003);
    EXPECT_EQ(m_twin->messageCount(), 0);

    // Valid credentials, another account's path.
    m_client->setCredentials(m_twin->config().accountSid, m_twin->config().authToken);
    const QString other
        = QStringLiteral("/2010-04-01/Accounts/AC00000000000000000000000000000000/Messages.json");
    expectError(m_client->get(other), 401, 20003);
}

TEST_F(TwinApiTest, ApiKeyAuthentication)
{
    TwinConfig config = testConfig();
    config.apiKeys.append(
        {QStringLiteral("SK0123456789abcdef0123456789abcdef"), QByteArrayLiteral("key-secret")});
    startTwin(config);
    m_client->setCredentials(QStringLiteral("SK0123456789abcdef0123456789abcdef"),
                             QByteArrayLiteral("key-secret"));
    const QString path
        = QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(config.accountSid);
    EXPECT_EQ(m_client->post(path, sms(QStringLiteral("via key"))).status, 201);
    m_client->setCredentials(QStringLiteral("SK0123456789abcdef0123456789abcdef"),
                             QByteArrayLiteral("nope"));
    expectError(m_client->post(path, sms(QStringLiteral("via key"))), 401, 20003);
}

TEST_F(TwinApiTest, UnknownPathsAndMethods)
{
    expectError(
        m_client->get(
            QStringLiteral("/2010-04-01/Accounts/%1/Nope.json").arg(m_twin->config().accountSid)),
        404, 20404);
    expectError(m_client->get(QStringLiteral("/nothing/here")), 404, 20404);
    expectError(m_client->get(
                    QStringLiteral(
                        "/2010-04-01/Accounts/%1/Messages/SM00000000000000000000000000000000.json")
                        .arg(m_twin->config().accountSid)),
                404, 20404);
    expectError(m_client->send("PUT", m_client->messagesPath()), 405, 20004);
}

TEST_F(TwinApiTest, OversizedBodyIs413)
{
    const TwinReply reply = m_client->create(sms(QString(70 * 1024, QLatin1Char('a'))));
    expectError(reply, 413, 20413);
}

TEST_F(TwinApiTest, FetchUpdateAndDelete)
{
    const TwinReply created = m_client->create(sms(QStringLiteral("secret body")));
    ASSERT_EQ(created.status, 201);
    const QString uri = created.json.value(QLatin1String("uri")).toString();
    const QString sid = created.json.value(QLatin1String("sid")).toString();

    const TwinReply fetched = m_client->get(uri);
    ASSERT_EQ(fetched.status, 200);
    EXPECT_EQ(fetched.json.value(QLatin1String("sid")).toString(), sid);
    EXPECT_EQ(fetched.json.value(QLatin1String("body")).toString(), QStringLiteral("secret body"));

    // Not final yet: Twilio refuses to delete; canceling needs a scheduled message.
    expectError(m_client->send("DELETE", uri), 400, 20009);
    expectError(m_client->post(uri, {{QStringLiteral("Status"), QStringLiteral("canceled")}}), 400,
                30409);

    const TwinReply redacted = m_client->post(uri, {{QStringLiteral("Body"), QString()}});
    ASSERT_EQ(redacted.status, 200);
    EXPECT_EQ(redacted.json.value(QLatin1String("body")).toString(), QString());

    ASSERT_TRUE(waitUntil(
        [&] {
            return m_client->get(uri).json.value(QLatin1String("status")).toString()
                   == QStringLiteral("delivered");
        },
        10000));
    const TwinReply deleted = m_client->send("DELETE", uri);
    EXPECT_EQ(deleted.status, 204);
    EXPECT_TRUE(deleted.body.isEmpty());
    expectError(m_client->get(uri), 404, 20404);
}

TEST_F(TwinApiTest, ListPagesFollowingNextPageUri)
{
    QStringList created;
    for (int i = 0; i < 7; ++i) {
        const TwinReply reply = m_client->create(sms(QStringLiteral("alert %1").arg(i)));
        ASSERT_EQ(reply.status, 201);
        created.prepend(reply.json.value(QLatin1String("sid")).toString()); // newest first
    }
    // A message to another number must be filtered out by To.
    ASSERT_EQ(
        m_client->create(sms(QStringLiteral("other"), QStringLiteral("+447400123999"))).status,
        201);

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("To"), QString::fromLatin1(Handset).replace(
                                                 QLatin1Char('+'), QStringLiteral("%2B")));
    query.addQueryItem(QStringLiteral("PageSize"), QStringLiteral("3"));
    QString next = m_client->messagesPath() + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    QStringList seen;
    int pages = 0;
    while (!next.isEmpty()) {
        const TwinReply page = m_client->get(next);
        ASSERT_EQ(page.status, 200) << page.body.constData();
        const QJsonObject &env = page.json;
        QStringList keys = env.keys();
        keys.sort();
        EXPECT_EQ(keys, (QStringList{QStringLiteral("end"), QStringLiteral("first_page_uri"),
                                     QStringLiteral("messages"), QStringLiteral("next_page_uri"),
                                     QStringLiteral("page"), QStringLiteral("page_size"),
                                     QStringLiteral("previous_page_uri"), QStringLiteral("start"),
                                     QStringLiteral("uri")}));
        EXPECT_EQ(env.value(QLatin1String("page")).toInt(), pages);
        EXPECT_EQ(env.value(QLatin1String("page_size")).toInt(), 3);
        EXPECT_EQ(env.value(QLatin1String("start")).toInt(), pages * 3);
        const QJsonArray messages = env.value(QLatin1String("messages")).toArray();
        EXPECT_EQ(env.value(QLatin1String("end")).toInt(), pages * 3 + messages.size() - 1);
        EXPECT_TRUE(env.value(QLatin1String("first_page_uri"))
                        .toString()
                        .startsWith(m_client->messagesPath()));
        EXPECT_EQ(env.value(QLatin1String("previous_page_uri")).isNull(), pages == 0);
        for (const QJsonValue &m : messages)
            seen.append(m.toObject().value(QLatin1String("sid")).toString());
        const QJsonValue nextUri = env.value(QLatin1String("next_page_uri"));
        next = nextUri.isNull() ? QString() : nextUri.toString();
        if (!next.isEmpty()) {
            EXPECT_TRUE(next.startsWith(QLatin1Char('/')));
            EXPECT_TRUE(next.contains(QStringLiteral("PageToken=PA")));
        }
        ASSERT_LT(++pages, 10);
    }
    EXPECT_EQ(pages, 3);
    EXPECT_EQ(seen, created);

    expectError(m_client->get(m_client->messagesPath() + QStringLiteral("?PageSize=1001")), 400,
                20007);
    expectError(m_client->get(m_client->messagesPath() + QStringLiteral("?PageSize=0")), 400,
                20007);
    const TwinReply all = m_client->get(m_client->messagesPath());
    EXPECT_EQ(all.json.value(QLatin1String("page_size")).toInt(), 50);
    EXPECT_EQ(all.json.value(QLatin1String("messages")).toArray().size(), 8);
}

TEST_F(TwinApiTest, DateSentFilters)
{
    const TwinReply created = m_client->create(sms(QStringLiteral("dated")));
    ASSERT_EQ(created.status, 201);
    const QString uri = created.json.value(QLatin1String("uri")).toString();
    ASSERT_TRUE(waitUntil(
        [&] { return !m_client->get(uri).json.value(QLatin1String("date_sent")).isNull(); },
        10000));
    m_client->create(
        sms(QStringLiteral("not sent yet"))); // date_sent null: never matches a date filter

    const QDate today = QDateTime::currentDateTimeUtc().date();
    const auto count = [&](const QString &key, const QString &value) {
        const QString path = m_client->messagesPath() + QLatin1Char('?')
                             + QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=')
                             + QString::fromLatin1(QUrl::toPercentEncoding(value));
        const TwinReply reply = m_client->get(path);
        EXPECT_EQ(reply.status, 200) << reply.body.constData();
        return reply.json.value(QLatin1String("messages")).toArray().size();
    };
    const QString todayIso = today.toString(Qt::ISODate);
    EXPECT_EQ(count(QStringLiteral("DateSent"), todayIso), 1);
    EXPECT_EQ(count(QStringLiteral("DateSent"), today.addDays(-1).toString(Qt::ISODate)), 0);
    EXPECT_EQ(count(QStringLiteral("DateSent<"), todayIso), 1);
    EXPECT_EQ(count(QStringLiteral("DateSent<"), today.addDays(-1).toString(Qt::ISODate)), 0);
    EXPECT_EQ(count(QStringLiteral("DateSent>"), todayIso), 1);
    EXPECT_EQ(count(QStringLiteral("DateSent>"), today.addDays(1).toString(Qt::ISODate)), 0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EXPECT_EQ(count(QStringLiteral("DateSent>"),
                    now.addSecs(-3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))),
              1);
    EXPECT_EQ(count(QStringLiteral("DateSent>"),
                    now.addSecs(3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))),
              0);
    EXPECT_EQ(count(QStringLiteral("DateSent<"),
                    now.addSecs(-3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))),
              0);
    expectError(m_client->get(m_client->messagesPath() + QStringLiteral("?DateSent=yesterday")),
                400, 20001);
}

TEST_F(TwinApiTest, Next429FaultThenSuccess)
{
    FaultProfile faults;
    faults.next429 = 1;
    faults.retryAfterSeconds = 2;
    m_twin->setFaults(faults);
    const TwinReply limited = m_client->create(sms(QStringLiteral("x")));
    expectError(limited, 429, 20429);
    EXPECT_EQ(limited.header("Retry-After"), QByteArrayLiteral("2"));
    EXPECT_EQ(m_twin->messageCount(), 0); // never processed
    EXPECT_EQ(m_client->create(sms(QStringLiteral("x"))).status, 201);

    // The same through the control endpoint, with a 500 as well.
    const TwinReply control = m_client->post(QStringLiteral("/_twin/faults"),
                                             {{QStringLiteral("Next500"), QStringLiteral("1")}});
    ASSERT_EQ(control.status, 200) << control.body.constData();
    expectError(m_client->get(m_client->messagesPath()), 500, 20500);
    EXPECT_EQ(m_client->get(m_client->messagesPath()).status, 200);
}

TEST_F(TwinApiTest, LatencyDelaysResponses)
{
    FaultProfile faults;
    faults.latencyMs = 300;
    m_twin->setFaults(faults);
    QElapsedTimer timer;
    timer.start();
    EXPECT_EQ(m_client->get(m_client->messagesPath()).status, 200);
    EXPECT_GE(timer.elapsed(), 280);
}

TEST_F(TwinApiTest, HealthAndClockControl)
{
    const TwinReply health = m_client->send("GET", QStringLiteral("/_twin/health"), {}, false);
    ASSERT_EQ(health.status, 200);
    EXPECT_EQ(health.json.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    const TwinReply clock
        = m_client->send("POST", QStringLiteral("/_twin/clock"),
                         {{QStringLiteral("Speed"), QStringLiteral("25")}}, false);
    ASSERT_EQ(clock.status, 200);
    EXPECT_DOUBLE_EQ(m_twin->clockSpeed(), 25.0);
    expectError(m_client->send("POST", QStringLiteral("/_twin/clock"),
                               {{QStringLiteral("Speed"), QStringLiteral("-1")}}, false),
                400, 20001);
}

TEST_F(TwinApiTest, ClientGoneDuringLatencyIsHarmless)
{
    FaultProfile faults;
    faults.latencyMs = 200;
    m_twin->setFaults(faults);
    {
        QNetworkAccessManager network;
        QNetworkRequest request(m_twin->baseUrl().resolved(QUrl(m_client->messagesPath())));
        QNetworkReply *reply = network.get(request);
        waitUntil([] { return false; }, 50);
        reply->abort();
        delete reply;
    }
    waitUntil([] { return false; }, 400); // the delayed answer fires with the socket gone
    m_twin->setFaults({});
    EXPECT_EQ(m_client->get(m_client->messagesPath()).status, 200);
}
