// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Chaos on message outcomes (queue overflow 30001, unregistered sender 30034, carrier filtering
// incident 30007) and the /_twin/chaos control API, on the manual twin clock.
#include "core/twilio/twilioclient.h"
#include "core/twin/twinchaos.h"
#include "core/twin/twinclock.h"
#include "core/twin/twinmessagestore.h"
#include "support/testsupport.h"
#include "twintestfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <optional>

using namespace Vortex::Core;
using namespace Vortex::Core::Twin;
using namespace Vortex::Test;
using Twilio::FormParams;

namespace {

class TwinChaosOutcomeTest : public TwinFixture
{
protected:
    void SetUp() override
    {
        startTwin();
        m_twin->clock()->setMode(TwinClock::Mode::Manual);
    }

    void setChaos(const FormParams &form)
    {
        const TwinReply reply = m_client->post(QStringLiteral("/_twin/chaos"), form);
        ASSERT_EQ(reply.status, 200) << reply.body.constData();
    }

    QString send(const QString &to, const QString &from = QString::fromLatin1(UsNumber),
                 int validitySeconds = 0)
    {
        FormParams form;
        form.add(QStringLiteral("To"), to);
        form.add(QStringLiteral("From"), from);
        form.add(QStringLiteral("Body"), QStringLiteral("disk full"));
        if (validitySeconds > 0)
            form.add(QStringLiteral("ValidityPeriod"), QString::number(validitySeconds));
        const TwinReply created = m_client->create(form);
        EXPECT_EQ(created.status, 201) << created.body.constData();
        return created.json.value(QLatin1String("sid")).toString();
    }

    /// POST /_twin/chaos with a JSON body; the HTTP status.
    int postJson(const QByteArray &json)
    {
        QNetworkAccessManager network;
        QUrl url = m_twin->baseUrl();
        url.setPath(QStringLiteral("/_twin/chaos"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.post(request, json);
        waitUntil([reply] { return reply->isFinished(); }, 5000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    }

    QJsonObject fetch(const QString &sid)
    {
        return m_client
            ->get(m_client->messagesPath().replace(QStringLiteral(".json"),
                                                   QStringLiteral("/%1.json").arg(sid)))
            .json;
    }

    int count(const QString &kind) const
    {
        int n = 0;
        for (const TwinEvent &event : m_twin->events().after(0, 1000000))
            n += event.kind == kind ? 1 : 0;
        return n;
    }

    /// Sends to 40 US handsets (+1 201 555 0140…0179) and 10 GB ones under a 30 % US incident;
    /// returns the To numbers that ended undelivered with 30007.
    QStringList runIncident()
    {
        setChaos({{QStringLiteral("CarrierPrefixes"), QStringLiteral("+1201555=Example Wireless")},
                  {QStringLiteral("IncidentCarrier"), QStringLiteral("Example Wireless")},
                  {QStringLiteral("IncidentShare"), QStringLiteral("0.3")}});
        QStringList sids;
        for (int i = 0; i < 40; ++i)
            sids.append(send(QStringLiteral("+12015550%1").arg(140 + i)));
        for (int i = 0; i < 10; ++i)
            sids.append(send(QStringLiteral("+4474001239%1").arg(10 + i)));
        m_twin->clock()->advance(60000);
        QStringList filtered;
        for (const QString &sid : sids) {
            const TwinMessage *message = m_twin->context().messages->find(sid);
            if (!message) {
                ADD_FAILURE() << "no message " << sid.toStdString();
                continue;
            }
            EXPECT_TRUE(message->isFinal());
            if (message->errorCode == 30007) {
                EXPECT_EQ(message->status, QStringLiteral("undelivered"));
                filtered.append(message->to);
            }
        }
        return filtered;
    }
};

} // namespace

TEST_F(TwinChaosOutcomeTest, BurstOverflowsTheThrottledSenderQueueWith30001)
{
    // One message per 10 s from the sender, 15 s of validity: the third and fourth of a burst
    // would wait 20 s and 30 s, so they fail with 30001 while the first two go through.
    setChaos({{QStringLiteral("SenderMps"), QStringLiteral("0.1")}});
    Twilio::TwilioClient rest(
        Twilio::Credentials(m_twin->config().accountSid, m_twin->config().authToken),
        Twilio::Endpoints::forAll(m_twin->baseUrl()));
    QStringList sids;
    for (int i = 0; i < 4; ++i) {
        Twilio::CreateMessageRequest request;
        request.to = QString::fromLatin1(Handset);
        request.from = QString::fromLatin1(UsNumber);
        request.body = QStringLiteral("burst %1").arg(i);
        request.validityPeriodSeconds = 15;
        auto *job = rest.createMessage(request);
        std::optional<Twilio::MessageResult> result;
        QObject::connect(job, &Twilio::MessageJob::finished, &rest,
                         [&](const Twilio::MessageResult &r) { result.emplace(r); });
        job->start();
        ASSERT_TRUE(waitUntil([&] { return result.has_value(); }, 10000));
        ASSERT_TRUE(result.value());
        sids.append(result.value().value().sid);
    }
    m_twin->clock()->advance(120000);
    EXPECT_EQ(fetch(sids.at(0)).value(QLatin1String("status")).toString(),
              QStringLiteral("delivered"));
    EXPECT_EQ(fetch(sids.at(1)).value(QLatin1String("status")).toString(),
              QStringLiteral("delivered"));
    for (int i = 2; i < 4; ++i) {
        const QJsonObject message = fetch(sids.at(i));
        EXPECT_EQ(message.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
        EXPECT_EQ(message.value(QLatin1String("error_code")).toInt(), 30001);
    }
    EXPECT_EQ(count(QStringLiteral("chaos.overflow")), 2);
    EXPECT_EQ(count(QStringLiteral("chaos.throttle")), 1);
}

TEST_F(TwinChaosOutcomeTest, UnregisteredSenderEndsUndeliveredWith30034)
{
    setChaos({{QStringLiteral("UnregisteredSenders"), QString::fromLatin1(UsNumber)}});
    const QString blocked = send(QString::fromLatin1(Handset));
    const QString fine = send(QString::fromLatin1(Handset), QString::fromLatin1(GbNumber));
    m_twin->clock()->advance(60000);
    const QJsonObject message = fetch(blocked);
    EXPECT_EQ(message.value(QLatin1String("status")).toString(), QStringLiteral("undelivered"));
    EXPECT_EQ(message.value(QLatin1String("error_code")).toInt(), 30034);
    EXPECT_EQ(fetch(fine).value(QLatin1String("status")).toString(), QStringLiteral("delivered"));

    // By region: every US sender is unregistered.
    setChaos({{QStringLiteral("UnregisteredSenders"), QStringLiteral("US")}});
    const QString byRegion = send(QString::fromLatin1(Handset));
    m_twin->clock()->advance(60000);
    EXPECT_EQ(fetch(byRegion).value(QLatin1String("error_code")).toInt(), 30034);
    EXPECT_EQ(count(QStringLiteral("chaos.unregistered")), 2);
}

TEST_F(TwinChaosOutcomeTest, CarrierIncidentFiltersTheChosenShareReproducibly)
{
    const QStringList first = runIncident();
    EXPECT_EQ(count(QStringLiteral("chaos.filter")), first.size());
    // About 30 % of the 40 matching messages; never a GB one.
    EXPECT_GE(first.size(), 6);
    EXPECT_LE(first.size(), 18);
    for (const QString &to : first)
        EXPECT_TRUE(to.startsWith(QStringLiteral("+1201555"))) << to.toStdString();

    // Same seed, fresh twin: exactly the same messages are filtered.
    startTwin();
    m_twin->clock()->setMode(TwinClock::Mode::Manual);
    EXPECT_EQ(runIncident(), first);
}

TEST_F(TwinChaosOutcomeTest, RegionIncidentMatchesTheDestinationRegion)
{
    setChaos({{QStringLiteral("IncidentRegion"), QStringLiteral("GB")},
              {QStringLiteral("IncidentShare"), QStringLiteral("1")}});
    const QString gb = send(QStringLiteral("+447400123999"));
    const QString us = send(QString::fromLatin1(Handset));
    m_twin->clock()->advance(60000);
    EXPECT_EQ(fetch(gb).value(QLatin1String("error_code")).toInt(), 30007);
    EXPECT_EQ(fetch(us).value(QLatin1String("status")).toString(), QStringLiteral("delivered"));
}

TEST_F(TwinChaosOutcomeTest, ControlApiReadsWritesAndValidatesTheProfile)
{
    const TwinReply initial = m_client->get(QStringLiteral("/_twin/chaos"));
    ASSERT_EQ(initial.status, 200);
    EXPECT_EQ(initial.json.value(QLatin1String("rate_429")).toDouble(), 0.0);

    const QByteArray json = R"({"rate_503": 0.25, "drop_rate": 0.1,
        "unregistered_senders": ["+12015550123"],
        "carrier_prefixes": {"+4474": "Example Mobile"},
        "incident": {"carrier": "Example Mobile", "share": 0.5}})";
    ASSERT_EQ(postJson(json), 200);
    EXPECT_EQ(m_twin->chaos()->profile().rate503, 0.25);
    EXPECT_EQ(m_twin->chaos()->profile().carrierOf(QStringLiteral("+447400123999")),
              QStringLiteral("Example Mobile"));
    EXPECT_EQ(m_client->get(QStringLiteral("/_twin/chaos"))
                  .json.value(QLatin1String("incident"))
                  .toObject()
                  .value(QLatin1String("share"))
                  .toDouble(),
              0.5);

    for (const FormParams &bad :
         QList<FormParams>{{{QStringLiteral("Rate429"), QStringLiteral("1.5")}},
                           {{QStringLiteral("Rate429"), QStringLiteral("0.6")},
                            {QStringLiteral("Rate500"), QStringLiteral("0.6")}},
                           {{QStringLiteral("UnregisteredSenders"), QStringLiteral("+1555")}},
                           {{QStringLiteral("IncidentCarrier"), QStringLiteral("Nobody")}},
                           {{QStringLiteral("SlowMinMs"), QStringLiteral("500")},
                            {QStringLiteral("SlowMaxMs"), QStringLiteral("100")}}}) {
        const TwinReply reply = m_client->post(QStringLiteral("/_twin/chaos"), bad);
        EXPECT_EQ(reply.status, 400) << bad.encode().constData();
        EXPECT_EQ(reply.json.value(QLatin1String("code")).toInt(), 20001);
    }
    EXPECT_EQ(m_twin->chaos()->profile().rate503, 0.25) << "a rejected update changes nothing";

    setChaos({{QStringLiteral("Reset"), QStringLiteral("true")}});
    EXPECT_EQ(m_twin->chaos()->profile().rate503, 0.0);
    EXPECT_TRUE(m_twin->chaos()->profile().unregisteredSenders.isEmpty());

    // The C++ setter does the same.
    ChaosProfile profile;
    profile.rate429 = 1;
    m_twin->chaos()->setProfile(profile);
    EXPECT_EQ(m_client->get(m_client->messagesPath()).status, 429);
    EXPECT_GE(count(QStringLiteral("chaos.profile")), 3);
}
