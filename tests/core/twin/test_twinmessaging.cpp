// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/twilio/twilioclient.h"
#include "core/twin/twinclock.h"
#include "core/twin/twinreaders.h"
#include "support/testsupport.h"
#include "twintestfixture.h"
#include "webhookreceiver.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Vortex;
using namespace Vortex::Core;
using Vortex::Test::TwinFixture;

namespace {

constexpr const char *Us415 = "+14155552671";      // owned, area code 415
constexpr const char *GbHandset = "+447400123999"; // a customer in the UK

class TwinMessagingTest : public TwinFixture
{
protected:
    void SetUp() override
    {
        Twin::TwinConfig config = testConfig();
        config.numbers.prepend({QString::fromLatin1(Us415), {}});
        startTwin(config);
        m_twin->clock()->setMode(Twin::TwinClock::Mode::Manual);
        m_rest = std::make_unique<Twilio::TwilioClient>(
            Twilio::Credentials(config.accountSid, config.authToken),
            Twilio::Endpoints::forAll(m_twin->baseUrl()));
        ASSERT_TRUE(m_hooks.listen());
    }

    /// A request through the real REST client over loopback.
    Twilio::RestResult rest(const QByteArray &method, Twilio::Endpoints::Product product,
                            const QString &path, const Twilio::FormParams &form = {})
    {
        Twilio::RestCall *call
            = m_rest->createRestCall(method, product, path.toUtf8(),
                                     method == "GET" ? QByteArray() : form.encode(), m_rest.get());
        std::optional<Twilio::RestResult> result;
        QObject::connect(call, &Twilio::RestCall::finished, m_rest.get(),
                         [&result](const Twilio::RestResult &r) { result = r; });
        call->start();
        EXPECT_TRUE(Vortex::Test::waitUntil([&] { return result.has_value(); }));
        return result ? *result : Twilio::RestResult(fail(Twilio::TwilioError::timeout()));
    }
    QJsonObject json(const Twilio::RestResult &r)
    {
        EXPECT_TRUE(bool(r)) << (r ? "" : r.error().description().toStdString());
        return r ? QJsonDocument::fromJson(r.value().body).object() : QJsonObject();
    }
    QString serviceWith(const QList<QPair<QString, QString>> &senders,
                        const Twilio::FormParams &extra = {})
    {
        Twilio::FormParams form{{QStringLiteral("FriendlyName"), QStringLiteral("Paging")}};
        for (const auto &[k, v] : extra.items())
            form.add(k, v);
        const QString sid = json(rest("POST", Twilio::Endpoints::Product::Messaging,
                                      QStringLiteral("/v1/Services"), form))
                                .value(QLatin1String("sid"))
                                .toString();
        for (const auto &[collection, param] : senders) {
            const QStringList parts = param.split(QLatin1Char('='));
            const auto r = rest("POST", Twilio::Endpoints::Product::Messaging,
                                QStringLiteral("/v1/Services/%1/%2").arg(sid, collection),
                                {{parts.at(0), parts.at(1)}});
            EXPECT_EQ(r ? r.value().httpStatus : 0, 201) << collection.toStdString();
        }
        return sid;
    }
    QString ownedSid(const char *list, const QString &address)
    {
        const QJsonObject senders = m_client->get(QStringLiteral("/_twin/senders")).json;
        for (const QJsonValue &v : senders.value(QLatin1String(list)).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("phone_number")).toString() == address
                || o.value(QLatin1String("sender")).toString() == address
                || o.value(QLatin1String("short_code")).toString() == address)
                return o.value(QLatin1String("sid")).toString();
        }
        return {};
    }
    /// Sends through the service and lets twin time pass; returns the final message JSON.
    QJsonObject sendVia(const QString &service, const QString &to)
    {
        const Twilio::FormParams form{{QStringLiteral("To"), to},
                                      {QStringLiteral("MessagingServiceSid"), service},
                                      {QStringLiteral("Body"), QStringLiteral("Disk full #A7K")}};
        const QJsonObject created
            = json(rest("POST", Twilio::Endpoints::Product::Api, m_client->messagesPath(), form));
        EXPECT_EQ(created.value(QLatin1String("status")).toString(), QStringLiteral("accepted"));
        EXPECT_TRUE(created.value(QLatin1String("from")).isNull());
        EXPECT_EQ(created.value(QLatin1String("num_segments")).toString(), QStringLiteral("0"));
        m_twin->clock()->advance(60000);
        const QString sid = created.value(QLatin1String("sid")).toString();
        return json(rest("GET", Twilio::Endpoints::Product::Api,
                         m_client->messagesPath().replace(QStringLiteral(".json"),
                                                          QStringLiteral("/%1.json").arg(sid))));
    }

    /// Deletes a service (a number belongs to one service at a time: 21712).
    void drop(const QString &service)
    {
        const auto r = rest("DELETE", Twilio::Endpoints::Product::Messaging,
                            QStringLiteral("/v1/Services/%1").arg(service));
        EXPECT_EQ(r ? r.value().httpStatus : 0, 204);
    }

    std::unique_ptr<Twilio::TwilioClient> m_rest;
    Vortex::Test::WebhookReceiver m_hooks;
};

TEST_F(TwinMessagingTest, ServiceResourceShapes)
{
    const auto created
        = rest("POST", Twilio::Endpoints::Product::Messaging, QStringLiteral("/v1/Services"),
               {{QStringLiteral("FriendlyName"), QStringLiteral("Ops paging")},
                {QStringLiteral("Usecase"), QStringLiteral("notifications")},
                {QStringLiteral("ValidityPeriod"), QStringLiteral("600")}});
    ASSERT_TRUE(bool(created));
    EXPECT_EQ(created.value().httpStatus, 201);
    const QJsonObject s = json(created);
    EXPECT_TRUE(s.value(QLatin1String("sid")).toString().startsWith(QLatin1String("MG")));
    EXPECT_EQ(s.value(QLatin1String("validity_period")).toInt(), 600);
    EXPECT_EQ(s.value(QLatin1String("usecase")).toString(), QStringLiteral("notifications"));
    EXPECT_TRUE(s.value(QLatin1String("sticky_sender")).toBool());
    EXPECT_TRUE(s.value(QLatin1String("status_callback")).isNull());
    EXPECT_TRUE(s.value(QLatin1String("date_created")).toString().endsWith(QLatin1Char('Z')));
    EXPECT_TRUE(
        s.value(QLatin1String("links")).toObject().contains(QLatin1String("channel_senders")));

    const QJsonObject list
        = json(rest("GET", Twilio::Endpoints::Product::Messaging, QStringLiteral("/v1/Services")));
    EXPECT_EQ(list.value(QLatin1String("services")).toArray().size(), 1);
    EXPECT_EQ(list.value(QLatin1String("meta")).toObject().value(QLatin1String("key")).toString(),
              QStringLiteral("services"));

    const auto tooLong
        = rest("POST", Twilio::Endpoints::Product::Messaging, QStringLiteral("/v1/Services"),
               {{QStringLiteral("FriendlyName"), QString(65, QLatin1Char('x'))}});
    ASSERT_FALSE(bool(tooLong));
    EXPECT_EQ(tooLong.error().httpStatus, 400);

    const QString sid = s.value(QLatin1String("sid")).toString();
    const auto pn = rest("POST", Twilio::Endpoints::Product::Messaging,
                         QStringLiteral("/v1/Services/%1/PhoneNumbers").arg(sid),
                         {{QStringLiteral("PhoneNumberSid"),
                           ownedSid("phone_numbers", QString::fromLatin1(UsNumber))}});
    const QJsonObject number = json(pn);
    EXPECT_EQ(number.value(QLatin1String("phone_number")).toString(),
              QString::fromLatin1(UsNumber));
    EXPECT_EQ(number.value(QLatin1String("country_code")).toString(), QStringLiteral("US"));
    EXPECT_TRUE(number.value(QLatin1String("sid")).toString().startsWith(QLatin1String("PN")));

    const auto removed = rest("DELETE", Twilio::Endpoints::Product::Messaging,
                              QStringLiteral("/v1/Services/%1").arg(sid));
    ASSERT_TRUE(bool(removed));
    EXPECT_EQ(removed.value().httpStatus, 204);
    const auto gone = rest("GET", Twilio::Endpoints::Product::Messaging,
                           QStringLiteral("/v1/Services/%1").arg(sid));
    ASSERT_FALSE(bool(gone));
    EXPECT_EQ(gone.error().code, 20404);
}

TEST_F(TwinMessagingTest, StickySenderAndAreaCodeGeomatch)
{
    const QString pn415
        = QStringLiteral("PhoneNumberSid=") + ownedSid("phone_numbers", QString::fromLatin1(Us415));
    const QString pn201 = QStringLiteral("PhoneNumberSid=")
                          + ownedSid("phone_numbers", QString::fromLatin1(UsNumber));
    const QString service = serviceWith(
        {{QStringLiteral("PhoneNumbers"), pn415}, {QStringLiteral("PhoneNumbers"), pn201}},
        {{QStringLiteral("AreaCodeGeomatch"), QStringLiteral("false")}});
    // Without geomatch the first pool number serves the 201 handset …
    EXPECT_EQ(
        sendVia(service, QString::fromLatin1(Handset)).value(QLatin1String("from")).toString(),
        QString::fromLatin1(Us415));
    // … and stays its sender (Sticky Sender) even once geomatch is switched on.
    json(rest("POST", Twilio::Endpoints::Product::Messaging,
              QStringLiteral("/v1/Services/%1").arg(service),
              {{QStringLiteral("AreaCodeGeomatch"), QStringLiteral("true")}}));
    EXPECT_EQ(
        sendVia(service, QString::fromLatin1(Handset)).value(QLatin1String("from")).toString(),
        QString::fromLatin1(Us415));

    // A number is in one service at a time.
    const auto taken = rest("POST", Twilio::Endpoints::Product::Messaging,
                            QStringLiteral("/v1/Services/%1/PhoneNumbers").arg(serviceWith({})),
                            {{QStringLiteral("PhoneNumberSid"), pn201.mid(15)}});
    ASSERT_FALSE(bool(taken));
    EXPECT_EQ(taken.error().code, 21712);
    drop(service);
    // A fresh service with geomatch picks the number with the handset's area code (201).
    const QString geo = serviceWith(
        {{QStringLiteral("PhoneNumbers"), pn415}, {QStringLiteral("PhoneNumbers"), pn201}});
    EXPECT_EQ(sendVia(geo, QString::fromLatin1(Handset)).value(QLatin1String("from")).toString(),
              QString::fromLatin1(UsNumber));
}

TEST_F(TwinMessagingTest, CountryAlphaAndShortCodeFallback)
{
    const QString pn415
        = QStringLiteral("PhoneNumberSid=") + ownedSid("phone_numbers", QString::fromLatin1(Us415));
    const QString pnGb = QStringLiteral("PhoneNumberSid=")
                         + ownedSid("phone_numbers", QString::fromLatin1(GbNumber));
    // Country match: a UK handset gets the UK number although a US number comes first.
    const QString plain = serviceWith(
        {{QStringLiteral("PhoneNumbers"), pn415}, {QStringLiteral("PhoneNumbers"), pnGb}});
    EXPECT_EQ(
        sendVia(plain, QString::fromLatin1(GbHandset)).value(QLatin1String("from")).toString(),
        QString::fromLatin1(GbNumber));

    drop(plain);
    // Short code for the US; UK traffic falls back to the alphanumeric sender (allowed in GB),
    // US traffic uses the short code.
    const auto sc = m_client->post(QStringLiteral("/_twin/shortcodes"),
                                   {{QStringLiteral("ShortCode"), QStringLiteral("89123")},
                                    {QStringLiteral("Country"), QStringLiteral("US")}});
    ASSERT_EQ(sc.status, 201);
    const QString scSid = sc.json.value(QLatin1String("sid")).toString();
    const QString mixed
        = serviceWith({{QStringLiteral("PhoneNumbers"), pn415},
                       {QStringLiteral("ShortCodes"), QStringLiteral("ShortCodeSid=") + scSid},
                       {QStringLiteral("AlphaSenders"), QStringLiteral("AlphaSender=Vortex")}});
    EXPECT_EQ(sendVia(mixed, QString::fromLatin1(Handset)).value(QLatin1String("from")).toString(),
              QStringLiteral("89123"));
    const QJsonObject uk = sendVia(mixed, QString::fromLatin1(GbHandset));
    EXPECT_EQ(uk.value(QLatin1String("from")).toString(), QStringLiteral("Vortex"));
    EXPECT_EQ(uk.value(QLatin1String("status")).toString(), QStringLiteral("delivered"));

    drop(mixed);
    // Short code only, no fallback allowed: the UK message fails with 21703.
    const QString strict
        = serviceWith({{QStringLiteral("PhoneNumbers"), pn415},
                       {QStringLiteral("ShortCodes"), QStringLiteral("ShortCodeSid=") + scSid}},
                      {{QStringLiteral("FallbackToLongCode"), QStringLiteral("false")}});
    const QJsonObject failed = sendVia(strict, QString::fromLatin1(GbHandset));
    EXPECT_EQ(failed.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    EXPECT_EQ(failed.value(QLatin1String("error_code")).toInt(), 21703);
    drop(strict);
    // With fallback (the default) the short-code-only pool still reaches the UK by long code.
    const QString fallback
        = serviceWith({{QStringLiteral("ShortCodes"), QStringLiteral("ShortCodeSid=") + scSid},
                       {QStringLiteral("PhoneNumbers"), pnGb}});
    EXPECT_EQ(
        sendVia(fallback, QString::fromLatin1(GbHandset)).value(QLatin1String("from")).toString(),
        QString::fromLatin1(GbNumber));

    // An empty pool: 21704.
    const QJsonObject empty = sendVia(serviceWith({}), QString::fromLatin1(Handset));
    EXPECT_EQ(empty.value(QLatin1String("error_code")).toInt(), 21704);
}

TEST_F(TwinMessagingTest, ServiceStatusCallbackAndLedger)
{
    const QString pn201 = QStringLiteral("PhoneNumberSid=")
                          + ownedSid("phone_numbers", QString::fromLatin1(UsNumber));
    const QString service = serviceWith(
        {{QStringLiteral("PhoneNumbers"), pn201}},
        {{QStringLiteral("StatusCallback"), m_hooks.url(QStringLiteral("/status")).toString()}});
    const QJsonObject done = sendVia(service, QString::fromLatin1(Handset));
    const QString sid = done.value(QLatin1String("sid")).toString();
    ASSERT_TRUE(Vortex::Test::waitUntil([&] {
        const auto hooks = m_hooks.forSid(sid);
        return !hooks.isEmpty()
               && hooks.last().params.value(QStringLiteral("MessageStatus"))
                      == QLatin1String("delivered");
    }));
    EXPECT_EQ(m_hooks.forSid(sid).first().params.value(QStringLiteral("MessagingServiceSid")),
              service);
    bool charged = false;
    for (const Twin::LedgerEntry &e : m_twin->ledger().entries())
        charged = charged || (e.sid == sid && e.category == QLatin1String("sms-outbound"));
    EXPECT_TRUE(charged);

    // Unknown and malformed services are refused synchronously.
    auto r = m_client->create({{QStringLiteral("To"), QString::fromLatin1(Handset)},
                               {QStringLiteral("MessagingServiceSid"),
                                QString(QStringLiteral("MG") + QString(32, QLatin1Char('0')))},
                               {QStringLiteral("Body"), QStringLiteral("x")}});
    EXPECT_EQ(r.json.value(QLatin1String("code")).toInt(), 21701);
    r = m_client->create({{QStringLiteral("To"), QString::fromLatin1(Handset)},
                          {QStringLiteral("MessagingServiceSid"), QStringLiteral("MGnope")},
                          {QStringLiteral("Body"), QStringLiteral("x")}});
    EXPECT_EQ(r.json.value(QLatin1String("code")).toInt(), 21705);
}

TEST(TwinReadersReply, RulesOfTheScriptedAnswers)
{
    using Twin::TwinReaders;
    const QString page = QStringLiteral("Disk full on db-1, incident #A7K");
    EXPECT_EQ(TwinReaders::replyText(QStringLiteral("ACK"), page, 0), QStringLiteral("ACK A7K"));
    EXPECT_EQ(
        TwinReaders::replyText(QStringLiteral("snooze"), QStringLiteral("Reply with code 4821"), 0),
        QStringLiteral("SNOOZE 4821"));
    EXPECT_EQ(TwinReaders::replyText(QStringLiteral("RESOLVE"), QStringLiteral("no code here"), 0),
              QStringLiteral("RESOLVE"));
    EXPECT_EQ(TwinReaders::replyText(QStringLiteral("CODE"),
                                     QStringLiteral("Your Vortex code is 583920. Valid 10 min"), 0),
              QStringLiteral("583920"));
    EXPECT_EQ(TwinReaders::replyText(QStringLiteral("CODE"), QStringLiteral("call 12 now"), 0),
              QString());
    EXPECT_EQ(TwinReaders::replyText(QStringLiteral("stop"), page, 0), QStringLiteral("STOP"));
    EXPECT_EQ(TwinReaders::replyText(QStringLiteral("on my way"), page, 0),
              QStringLiteral("on my way"));
    EXPECT_EQ(TwinReaders::replyText(QString(), page, 0), QString());
    const QString nonsense = TwinReaders::replyText(QStringLiteral("NONSENSE"), page, 3);
    EXPECT_FALSE(nonsense.isEmpty());
    EXPECT_EQ(TwinReaders::replyText(QStringLiteral("NONSENSE"), page, 3), nonsense);
    EXPECT_NE(TwinReaders::replyText(QStringLiteral("NONSENSE"), page, 4), nonsense);
}

} // namespace
