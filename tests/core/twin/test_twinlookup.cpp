// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Lookup v2 of the twin, driven through the real Twilio REST client over loopback.
#include "core/twilio/twilioclient.h"
#include "core/twin/twinledger.h"
#include "support/openapicatalog.h"
#include "support/testsupport.h"
#include "twintestfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <optional>

using namespace Vortex::Core::Twin;
using namespace Vortex::Core::Twilio;

namespace {

/// Twilio's specs, loaded once: every success answer is validated against its operation.
const Vortex::Test::OpenApiCatalog &catalog()
{
    static const Vortex::Test::OpenApiCatalog specs;
    return specs;
}

struct Reply
{
    int httpStatus = 0;
    int code = 0;
    QJsonObject json;
};

class TwinLookupTest : public Vortex::Test::TwinFixture
{
protected:
    void SetUp() override
    {
        startTwin();
        const TwinConfig &config = m_twin->config();
        m_rest = std::make_unique<TwilioClient>(Credentials(config.accountSid, config.authToken),
                                                Endpoints::forAll(m_twin->baseUrl()));
    }

    /// GET /v2/PhoneNumbers/{number}[?query] through the REST client.
    Reply lookup(const QString &number,
                 const QString &query = QStringLiteral("Fields=line_type_intelligence"))
    {
        QByteArray path = "/v2/PhoneNumbers/" + QUrl::toPercentEncoding(number);
        if (!query.isEmpty())
            path += '?' + query.toUtf8();
        QObject context;
        std::optional<RestResult> result;
        RestCall *call
            = m_rest->createRestCall("GET", Endpoints::Product::Lookups, path, {}, &context);
        QObject::connect(call, &RestCall::finished, &context,
                         [&result](const RestResult &r) { result = r; });
        call->start();
        EXPECT_TRUE(Vortex::Test::waitUntil([&] { return result.has_value(); }, 10000));
        Reply reply;
        if (result && result->ok()) {
            reply.httpStatus = result->value().httpStatus;
            reply.json = QJsonDocument::fromJson(result->value().body).object();
            const QString operation = QString::fromUtf8(path);
            EXPECT_EQ(specProblems(operation, reply.httpStatus, result->value().body),
                      std::string())
                << operation.toStdString();
        } else if (result) {
            reply.httpStatus = result->error().httpStatus;
            reply.code = result->error().code;
        }
        return reply;
    }
    /// The spec's schema marks the packages, validation_errors and the line type fields as not
    /// nullable, yet its own examples (and Twilio) send null for them; every other problem counts.
    static std::string specProblems(const QString &operation, int status, const QByteArray &body)
    {
        static const QRegularExpression allowed(QStringLiteral(
            "^\\$\\.(validation_errors|caller_name|sim_swap|call_forwarding|line_status|line_type_"
            "intelligence|identity_match|reassigned_number|sms_pumping_risk|phone_number_quality_"
            "score|pre_fill|line_type_intelligence\\.(error_code|carrier_name|mobile_country_code|"
            "mobile_network_code)): null but not nullable$"));
        QStringList problems;
        for (const QString &problem : catalog().validateResponse(
                 "GET", operation.section(QLatin1Char('?'), 0, 0), status, body)) {
            if (!allowed.match(problem).hasMatch())
                problems << problem;
        }
        return problems.join(QStringLiteral("; ")).toStdString();
    }
    static QJsonObject intelligence(const Reply &reply)
    {
        return reply.json.value(QLatin1String("line_type_intelligence")).toObject();
    }
    int charges() const { return static_cast<int>(m_twin->ledger().entries().size()); }

    std::unique_ptr<TwilioClient> m_rest;
};

} // namespace

TEST_F(TwinLookupTest, MobileNumberWithCarrierAndCharge)
{
    const Reply reply = lookup(QStringLiteral("+447400123456"));
    ASSERT_EQ(reply.httpStatus, 200);
    const QJsonObject &o = reply.json;
    EXPECT_EQ(o[QLatin1String("calling_country_code")].toString(), QLatin1String("44"));
    EXPECT_EQ(o[QLatin1String("country_code")].toString(), QLatin1String("GB"));
    EXPECT_EQ(o[QLatin1String("phone_number")].toString(), QLatin1String("+447400123456"));
    EXPECT_EQ(o[QLatin1String("national_format")].toString(), QLatin1String("07400 123456"));
    EXPECT_EQ(o[QLatin1String("valid")], QJsonValue(true));
    EXPECT_TRUE(o[QLatin1String("validation_errors")].isNull());
    EXPECT_EQ(o[QLatin1String("url")].toString(),
              m_twin->baseUrl().toString() + QStringLiteral("/v2/PhoneNumbers/+447400123456"));
    for (const char *package :
         {"caller_name", "sim_swap", "call_forwarding", "line_status", "identity_match",
          "reassigned_number", "sms_pumping_risk", "phone_number_quality_score", "pre_fill"}) {
        EXPECT_TRUE(o.contains(QLatin1String(package))) << package;
        EXPECT_TRUE(o[QLatin1String(package)].isNull()) << package;
    }
    const QJsonObject lti = intelligence(reply);
    EXPECT_EQ(lti[QLatin1String("type")].toString(), QLatin1String("mobile"));
    EXPECT_EQ(lti[QLatin1String("carrier_name")].toString(), QLatin1String("Vodafone UK"));
    EXPECT_EQ(lti[QLatin1String("mobile_country_code")].toString(), QLatin1String("234"));
    EXPECT_EQ(lti[QLatin1String("mobile_network_code")].toString(), QLatin1String("15"));
    EXPECT_TRUE(lti.contains(QLatin1String("error_code")));
    EXPECT_TRUE(lti[QLatin1String("error_code")].isNull());

    ASSERT_EQ(charges(), 1);
    const LedgerEntry &entry = m_twin->ledger().entries().first();
    EXPECT_EQ(entry.category, QLatin1String("lookups"));
    EXPECT_DOUBLE_EQ(entry.priceUsd, 0.008);
}

TEST_F(TwinLookupTest, LandlineVoipAndTollFree)
{
    const QJsonObject gbLandline = intelligence(lookup(QStringLiteral("+441212345678")));
    EXPECT_EQ(gbLandline[QLatin1String("type")].toString(), QLatin1String("landline"));
    EXPECT_EQ(gbLandline[QLatin1String("carrier_name")].toString(), QLatin1String("BT"));
    EXPECT_TRUE(gbLandline[QLatin1String("mobile_country_code")].isNull());

    // US numbers are "fixed line or mobile" for libphonenumber: the table says landline.
    const Reply us = lookup(QStringLiteral("+12125551234"));
    ASSERT_EQ(us.httpStatus, 200);
    EXPECT_EQ(us.json[QLatin1String("national_format")].toString(),
              QLatin1String("(212) 555-1234"));
    EXPECT_EQ(intelligence(us)[QLatin1String("type")].toString(), QLatin1String("landline"));

    const QJsonObject gbVoip = intelligence(lookup(QStringLiteral("+445612345678")));
    EXPECT_EQ(gbVoip[QLatin1String("type")].toString(), QLatin1String("nonFixedVoip"));

    // The twin's own number is Twilio's, like the spec's example.
    const QJsonObject twilio = intelligence(lookup(QString::fromLatin1(UsNumber)));
    EXPECT_EQ(twilio[QLatin1String("type")].toString(), QLatin1String("nonFixedVoip"));
    EXPECT_EQ(twilio[QLatin1String("carrier_name")].toString(),
              QLatin1String("Twilio - SMS/MMS-SVR"));

    // Toll-free: no carrier data.
    const QJsonObject tollFree = intelligence(lookup(QStringLiteral("+18002345678")));
    EXPECT_EQ(tollFree[QLatin1String("type")].toString(), QLatin1String("tollFree"));
    EXPECT_TRUE(tollFree[QLatin1String("carrier_name")].isNull());
    EXPECT_EQ(charges(), 5);
}

TEST_F(TwinLookupTest, InvalidNumbersAnswer200WithValidationErrors)
{
    const Reply tooLong = lookup(QStringLiteral("+141599299600"));
    ASSERT_EQ(tooLong.httpStatus, 200);
    EXPECT_EQ(tooLong.json[QLatin1String("valid")], QJsonValue(false));
    EXPECT_EQ(tooLong.json[QLatin1String("validation_errors")],
              QJsonValue(QJsonArray{QStringLiteral("TOO_LONG")}));
    EXPECT_EQ(tooLong.json[QLatin1String("phone_number")].toString(),
              QLatin1String("+141599299600"));
    EXPECT_TRUE(tooLong.json[QLatin1String("country_code")].isNull());
    EXPECT_TRUE(tooLong.json[QLatin1String("calling_country_code")].isNull());
    EXPECT_TRUE(tooLong.json[QLatin1String("national_format")].isNull());
    EXPECT_TRUE(tooLong.json[QLatin1String("line_type_intelligence")].isNull());

    EXPECT_EQ(lookup(QStringLiteral("hello")).json[QLatin1String("validation_errors")],
              QJsonValue(QJsonArray{QStringLiteral("NOT_A_NUMBER")}));
    EXPECT_EQ(lookup(QStringLiteral("+4412")).json[QLatin1String("validation_errors")],
              QJsonValue(QJsonArray{QStringLiteral("TOO_SHORT")}));
    EXPECT_EQ(charges(), 0); // nothing looked up, nothing billed
}

TEST_F(TwinLookupTest, NationalFormatFieldsAndMethod)
{
    const Reply national = lookup(QStringLiteral("07400 123456"), QStringLiteral("CountryCode=GB"));
    ASSERT_EQ(national.httpStatus, 200);
    EXPECT_EQ(national.json[QLatin1String("phone_number")].toString(),
              QLatin1String("+447400123456"));
    // Not requested: null and not billed.
    EXPECT_TRUE(national.json[QLatin1String("line_type_intelligence")].isNull());
    EXPECT_EQ(charges(), 0);

    QObject context;
    std::optional<RestResult> result;
    RestCall *call = m_rest->createRestCall("POST", Endpoints::Product::Lookups,
                                            "/v2/PhoneNumbers/%2B447400123456", "", &context);
    QObject::connect(call, &RestCall::finished, &context,
                     [&result](const RestResult &r) { result = r; });
    call->start();
    ASSERT_TRUE(Vortex::Test::waitUntil([&] { return result.has_value(); }));
    ASSERT_FALSE(result->ok());
    EXPECT_EQ(result->error().code, 20004);
}

TEST_F(TwinLookupTest, CarrierTableIsReplaceableThroughTheControlApi)
{
    QNetworkAccessManager network;
    QNetworkRequest request(
        m_twin->baseUrl().resolved(QUrl(QStringLiteral("/_twin/lookup/carriers"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const auto postJson = [&](const QByteArray &body) {
        QNetworkReply *reply = network.post(request, body);
        EXPECT_TRUE(Vortex::Test::waitUntil([reply] { return reply->isFinished(); }));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    };
    EXPECT_EQ(postJson(R"({"carriers": [{"prefix": "44", "type": "mobile"}]})"), 400);
    EXPECT_EQ(postJson(R"({"carriers": [{"prefix": "+44", "type": "teleporter"}]})"), 400);
    EXPECT_EQ(postJson(R"({"carriers": [{"prefix": "+4474001", "type": "fixedVoip",
        "carrierName": "Example Cloud", "mobileCountryCode": "234", "mobileNetworkCode": "99"}]})"),
              200);
    const QJsonObject lti = intelligence(lookup(QStringLiteral("+447400123456")));
    EXPECT_EQ(lti[QLatin1String("type")].toString(), QLatin1String("fixedVoip"));
    EXPECT_EQ(lti[QLatin1String("carrier_name")].toString(), QLatin1String("Example Cloud"));
    EXPECT_EQ(lti[QLatin1String("mobile_network_code")].toString(), QLatin1String("99"));
    // Outside the table: libphonenumber's type, no carrier.
    const QJsonObject other = intelligence(lookup(QStringLiteral("+447911123456")));
    EXPECT_EQ(other[QLatin1String("type")].toString(), QLatin1String("mobile"));
    EXPECT_TRUE(other[QLatin1String("carrier_name")].isNull());
}
