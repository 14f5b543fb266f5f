// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/twilio/signature.h"
#include "core/twilio/twilioclient.h"
#include "core/twin/twinclock.h"
#include "support/testsupport.h"
#include "twintestfixture.h"
#include "webhookreceiver.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Vortex;
using namespace Vortex::Core;
using Vortex::Test::TwinFixture;

namespace {

constexpr qint64 Hour = 3600 * 1000;

class TwinWhatsAppTest : public TwinFixture
{
protected:
    void SetUp() override
    {
        TwinFixture::SetUp();
        m_twin->clock()->setMode(Twin::TwinClock::Mode::Manual);
        m_rest = std::make_unique<Twilio::TwilioClient>(
            Twilio::Credentials(m_twin->config().accountSid, m_twin->config().authToken),
            Twilio::Endpoints::forAll(m_twin->baseUrl()));
        ASSERT_TRUE(m_hooks.listen());
        m_content = createTemplate();
    }

    Twilio::RestResult rest(const QByteArray &method, Twilio::Endpoints::Product product,
                            const QString &path, const QByteArray &body = {})
    {
        Twilio::RestCall *call = m_rest->createRestCall(
            method, product, path.toUtf8(), method == "GET" ? QByteArray() : body, m_rest.get());
        std::optional<Twilio::RestResult> result;
        QObject::connect(call, &Twilio::RestCall::finished, m_rest.get(),
                         [&result](const Twilio::RestResult &r) { result = r; });
        call->start();
        EXPECT_TRUE(Vortex::Test::waitUntil([&] { return result.has_value(); }));
        return result ? *result : Twilio::RestResult(fail(Twilio::TwilioError::timeout()));
    }
    static QJsonObject json(const Twilio::RestResult &r)
    {
        return r ? QJsonDocument::fromJson(r.value().body).object() : QJsonObject();
    }
    QString createTemplate()
    {
        const QByteArray body = R"({"friendly_name":"page","language":"en",
            "variables":{"1":"Sam","2":"incident"},
            "types":{"twilio/text":{"body":"Hi {{1}}, please look at {{2}}."}}})";
        const QJsonObject content = json(
            rest("POST", Twilio::Endpoints::Product::Content, QStringLiteral("/v1/Content"), body));
        return content.value(QLatin1String("sid")).toString();
    }
    static QString wa(const char *number)
    {
        return QStringLiteral("whatsapp:") + QString::fromLatin1(number);
    }
    /// The handset writes to the business (opens the 24-hour window).
    void customerWrites()
    {
        ASSERT_TRUE(bool(m_twin->injectInbound(wa(Handset), wa(UsNumber), QStringLiteral("hi"))));
    }
    Twilio::RestResult send(const Twilio::FormParams &extra)
    {
        Twilio::FormParams form{
            {QStringLiteral("To"), wa(Handset)},
            {QStringLiteral("StatusCallback"), m_hooks.url(QStringLiteral("/status")).toString()}};
        if (!extra.contains(QStringLiteral("MessagingServiceSid")))
            form.add(QStringLiteral("From"), wa(UsNumber));
        for (const auto &[k, v] : extra.items())
            form.add(k, v);
        return rest("POST", Twilio::Endpoints::Product::Api, m_client->messagesPath(),
                    form.encode());
    }
    /// Sends, lets twin time pass and returns the message as fetched afterwards.
    QJsonObject sendAndSettle(const Twilio::FormParams &extra, qint64 ms = 60000)
    {
        const auto created = send(extra);
        EXPECT_TRUE(bool(created)) << (created ? "" : created.error().description().toStdString());
        const QString sid = json(created).value(QLatin1String("sid")).toString();
        m_twin->clock()->advance(ms);
        return m_client
            ->get(m_client->messagesPath().replace(QStringLiteral(".json"),
                                                   QStringLiteral("/%1.json").arg(sid)))
            .json;
    }
    Twilio::FormParams freeform() const
    {
        return {{QStringLiteral("Body"), QStringLiteral("Disk full on db-1")}};
    }
    Twilio::FormParams templated(const QString &variables) const
    {
        return {{QStringLiteral("ContentSid"), m_content},
                {QStringLiteral("ContentVariables"), variables}};
    }

    std::unique_ptr<Twilio::TwilioClient> m_rest;
    Vortex::Test::WebhookReceiver m_hooks;
    QString m_content;
};

TEST_F(TwinWhatsAppTest, TwentyFourHourWindow)
{
    customerWrites();
    m_twin->clock()->advance(25 * Hour);
    const QJsonObject late = sendAndSettle(freeform());
    EXPECT_EQ(late.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    EXPECT_EQ(late.value(QLatin1String("error_code")).toInt(), 63016);
    EXPECT_TRUE(late.value(QLatin1String("price")).isNull());

    const QJsonObject tpl = sendAndSettle(templated(QStringLiteral(R"({"1":"Ana"})")));
    EXPECT_EQ(tpl.value(QLatin1String("status")).toString(), QStringLiteral("delivered"));
    EXPECT_EQ(tpl.value(QLatin1String("body")).toString(),
              QStringLiteral("Hi Ana, please look at incident."));
    EXPECT_EQ(tpl.value(QLatin1String("to")).toString(), wa(Handset));
    EXPECT_EQ(tpl.value(QLatin1String("from")).toString(), wa(UsNumber));

    customerWrites();
    m_twin->clock()->advance(Hour);
    const QJsonObject inWindow = sendAndSettle(freeform());
    EXPECT_EQ(inWindow.value(QLatin1String("status")).toString(), QStringLiteral("delivered"));
    EXPECT_EQ(inWindow.value(QLatin1String("price")).toString(), QStringLiteral("-0.00500"));

    bool failedFee = false;
    bool whatsappCharge = false;
    for (const Twin::LedgerEntry &e : m_twin->ledger().entries()) {
        failedFee = failedFee || e.category == QLatin1String("sms-messages-failed");
        whatsappCharge
            = whatsappCharge || e.category == QLatin1String("channels-whatsapp-outbound");
    }
    EXPECT_TRUE(failedFee);
    EXPECT_TRUE(whatsappCharge);
}

TEST_F(TwinWhatsAppTest, ContentVariablesAreChecked)
{
    customerWrites();
    const auto invalid = send(templated(QStringLiteral("{not json")));
    ASSERT_FALSE(bool(invalid));
    EXPECT_EQ(invalid.error().httpStatus, 400);
    EXPECT_EQ(invalid.error().code, 21656);

    const auto unknown = send({{QStringLiteral("ContentSid"),
                                QString(QStringLiteral("HX") + QString(32, QLatin1Char('0')))}});
    ASSERT_FALSE(bool(unknown));
    EXPECT_EQ(unknown.error().code, 21655);

    const QJsonObject mismatch = sendAndSettle(templated(QStringLiteral(R"({"1":"a","7":"b"})")));
    EXPECT_EQ(mismatch.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    EXPECT_EQ(mismatch.value(QLatin1String("error_code")).toInt(), 63028);
}

TEST_F(TwinWhatsAppTest, ContentResourceAndApproval)
{
    const QJsonObject fetched = json(rest("GET", Twilio::Endpoints::Product::Content,
                                          QStringLiteral("/v1/Content/") + m_content));
    EXPECT_EQ(fetched.value(QLatin1String("language")).toString(), QStringLiteral("en"));
    EXPECT_TRUE(fetched.value(QLatin1String("date_created")).toString().endsWith(QLatin1Char('Z')));
    const QJsonObject list
        = json(rest("GET", Twilio::Endpoints::Product::Content, QStringLiteral("/v1/Content")));
    EXPECT_EQ(list.value(QLatin1String("contents")).toArray().size(), 1);
    EXPECT_EQ(list.value(QLatin1String("meta")).toObject().value(QLatin1String("key")).toString(),
              QStringLiteral("contents"));

    const auto approval
        = rest("POST", Twilio::Endpoints::Product::Content,
               QStringLiteral("/v1/Content/%1/ApprovalRequests/whatsapp").arg(m_content),
               QByteArrayLiteral(R"({"name":"page_oncall","category":"UTILITY"})"));
    ASSERT_TRUE(bool(approval));
    EXPECT_EQ(approval.value().httpStatus, 201);
    EXPECT_EQ(json(approval).value(QLatin1String("status")).toString(), QStringLiteral("received"));
    const QString approvals = QStringLiteral("/v1/Content/%1/ApprovalRequests").arg(m_content);
    const auto status = [&] {
        return json(rest("GET", Twilio::Endpoints::Product::Content, approvals))
            .value(QLatin1String("whatsapp"))
            .toObject()
            .value(QLatin1String("status"))
            .toString();
    };
    EXPECT_EQ(status(), QStringLiteral("received"));
    m_twin->clock()->advance(60000);
    EXPECT_EQ(status(), QStringLiteral("approved"));

    // A UTILITY template costs Twilio's fee plus the template fee.
    customerWrites();
    EXPECT_EQ(sendAndSettle(templated(QStringLiteral(R"({"1":"Ana"})")))
                  .value(QLatin1String("price"))
                  .toString(),
              QStringLiteral("-0.00900"));

    const auto removed = rest("DELETE", Twilio::Endpoints::Product::Content,
                              QStringLiteral("/v1/Content/") + m_content);
    ASSERT_TRUE(bool(removed));
    EXPECT_EQ(removed.value().httpStatus, 204);
}

TEST_F(TwinWhatsAppTest, ReadingPersonGivesReadStatusWithWhatsAppCallbackFields)
{
    Twin::Person person;
    person.name = QStringLiteral("Ana");
    person.number = QString::fromLatin1(Handset);
    person.whatsapp = QString::fromLatin1(Handset);
    person.whatsappText.readAfterMinMs = 2000;
    person.whatsappText.readAfterMaxMs = 4000;
    m_twin->people().upsert(person);
    customerWrites();

    const QJsonObject read = sendAndSettle(freeform());
    EXPECT_EQ(read.value(QLatin1String("status")).toString(), QStringLiteral("read"));
    const QString sid = read.value(QLatin1String("sid")).toString();
    ASSERT_TRUE(Vortex::Test::waitUntil([&] {
        const auto hooks = m_hooks.forSid(sid);
        return !hooks.isEmpty()
               && hooks.last().params.value(QStringLiteral("MessageStatus"))
                      == QLatin1String("read");
    }));
    QStringList statuses;
    for (const auto &hook : m_hooks.forSid(sid))
        statuses.append(hook.params.value(QStringLiteral("MessageStatus")));
    EXPECT_EQ(statuses, (QStringList{QStringLiteral("sent"), QStringLiteral("delivered"),
                                     QStringLiteral("read")}));
    const auto hooks = m_hooks.forSid(sid);
    const auto &last = hooks.last();
    EXPECT_EQ(last.params.value(QStringLiteral("EventType")), QStringLiteral("READ"));
    EXPECT_EQ(hooks.at(1).params.value(QStringLiteral("EventType")), QStringLiteral("DELIVERED"));
    EXPECT_EQ(last.params.value(QStringLiteral("ChannelPrefix")), QStringLiteral("whatsapp"));
    EXPECT_EQ(last.params.value(QStringLiteral("ChannelToAddress")), QString::fromLatin1(Handset));
    EXPECT_TRUE(
        last.params.value(QStringLiteral("ChannelInstallSid")).startsWith(QLatin1String("XE")));
    EXPECT_EQ(last.params.value(QStringLiteral("To")), wa(Handset));
    EXPECT_TRUE(Twilio::RequestSignature::validate(
        m_twin->config().authToken, m_hooks.url(QStringLiteral("/status")).toString(), last.params,
        last.signature));
    const QJsonObject phone
        = m_client->get(QStringLiteral("/_twin/phones/") + QString::fromLatin1(Handset)).json;
    const QJsonArray received = phone.value(QLatin1String("received")).toArray();
    ASSERT_EQ(received.size(), 1);
    EXPECT_EQ(received.at(0).toObject().value(QLatin1String("channel")).toString(),
              QStringLiteral("whatsapp"));
}

TEST_F(TwinWhatsAppTest, SendersMustMatchTheChannel)
{
    const auto mixed
        = rest("POST", Twilio::Endpoints::Product::Api, m_client->messagesPath(),
               Twilio::FormParams{{QStringLiteral("To"), wa(Handset)},
                                  {QStringLiteral("From"), QString::fromLatin1(UsNumber)},
                                  {QStringLiteral("Body"), QStringLiteral("x")}}
                   .encode());
    EXPECT_EQ(mixed.error().code, 21910);
    const auto foreign
        = rest("POST", Twilio::Endpoints::Product::Api, m_client->messagesPath(),
               Twilio::FormParams{{QStringLiteral("To"), wa(Handset)},
                                  {QStringLiteral("From"), QStringLiteral("whatsapp:+12015550188")},
                                  {QStringLiteral("Body"), QStringLiteral("x")}}
                   .encode());
    EXPECT_EQ(foreign.error().code, 63007);
}

TEST_F(TwinWhatsAppTest, ServicePicksItsWhatsAppSenderForWhatsAppRecipients)
{
    const QJsonObject senders = m_client->get(QStringLiteral("/_twin/senders")).json;
    QString xe;
    QString pn;
    for (const QJsonValue &v : senders.value(QLatin1String("channel_senders")).toArray()) {
        if (v.toObject().value(QLatin1String("sender")).toString() == wa(GbNumber))
            xe = v.toObject().value(QLatin1String("sid")).toString();
    }
    for (const QJsonValue &v : senders.value(QLatin1String("phone_numbers")).toArray()) {
        if (v.toObject().value(QLatin1String("phone_number")).toString() == QLatin1String(UsNumber))
            pn = v.toObject().value(QLatin1String("sid")).toString();
    }
    ASSERT_TRUE(xe.startsWith(QLatin1String("XE")));
    const QString mg
        = json(rest("POST", Twilio::Endpoints::Product::Messaging, QStringLiteral("/v1/Services"),
                    Twilio::FormParams{{QStringLiteral("FriendlyName"), QStringLiteral("wa")}}
                        .encode()))
              .value(QLatin1String("sid"))
              .toString();
    const QJsonObject channel
        = json(rest("POST", Twilio::Endpoints::Product::Messaging,
                    QStringLiteral("/v1/Services/%1/ChannelSenders").arg(mg),
                    Twilio::FormParams{{QStringLiteral("Sid"), xe}}.encode()));
    EXPECT_EQ(channel.value(QLatin1String("sender")).toString(), wa(GbNumber));
    EXPECT_EQ(channel.value(QLatin1String("sender_type")).toString(), QStringLiteral("WhatsApp"));
    ASSERT_TRUE(bool(rest("POST", Twilio::Endpoints::Product::Messaging,
                          QStringLiteral("/v1/Services/%1/PhoneNumbers").arg(mg),
                          Twilio::FormParams{{QStringLiteral("PhoneNumberSid"), pn}}.encode())));

    const QJsonObject done = sendAndSettle(
        {{QStringLiteral("MessagingServiceSid"), mg}, {QStringLiteral("ContentSid"), m_content}});
    EXPECT_EQ(done.value(QLatin1String("from")).toString(), wa(GbNumber));
    EXPECT_EQ(done.value(QLatin1String("status")).toString(), QStringLiteral("delivered"));
}

} // namespace
