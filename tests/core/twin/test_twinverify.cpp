// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Verify v2 of the twin, driven through the real Twilio REST client over loopback.
#include "core/twilio/twilioclient.h"
#include "core/twin/twinclock.h"
#include "core/twin/twinledger.h"
#include "support/openapicatalog.h"
#include "support/testsupport.h"
#include "twintestfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <limits>
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

constexpr const char *Phone = "+447400123999"; // a person's mobile (GB)

/// What one REST call ended with: the 2xx body, or the classified Twilio error.
struct Reply
{
    int httpStatus = 0;
    int code = 0; ///< Twilio error code, 0 on success
    QString message;
    QJsonObject json;
};

class TwinVerifyTest : public Vortex::Test::TwinFixture
{
protected:
    void SetUp() override
    {
        startTwin();
        m_twin->clock()->setMode(TwinClock::Mode::Manual);
        const TwinConfig &config = m_twin->config();
        m_rest = std::make_unique<TwilioClient>(Credentials(config.accountSid, config.authToken),
                                                Endpoints::forAll(m_twin->baseUrl()));
        // 60202/60203 are 429s: one attempt, so the test sees every answer the twin gives.
        RetryPolicy once;
        once.setMaxAttempts(1);
        m_rest->setRetryPolicy(once);
        const Reply created
            = post("/v2/Services", {{QStringLiteral("FriendlyName"), QStringLiteral("Vortex")}});
        ASSERT_EQ(created.httpStatus, 201) << created.message.toStdString();
        m_service = created.json.value(QLatin1String("sid")).toString();
    }

    Reply call(const QByteArray &method, const QString &path, const FormParams &form = {})
    {
        QObject context;
        std::optional<RestResult> result;
        RestCall *rest = m_rest->createRestCall(
            method, Endpoints::Product::Verify, QUrl::toPercentEncoding(path, "/?=&"),
            method == "GET" ? QByteArray() : form.encode(), &context);
        QObject::connect(rest, &RestCall::finished, &context,
                         [&result](const RestResult &r) { result = r; });
        rest->start();
        EXPECT_TRUE(Vortex::Test::waitUntil([&] { return result.has_value(); }, 10000));
        Reply reply;
        if (!result)
            return reply;
        if (result->ok()) {
            reply.httpStatus = result->value().httpStatus;
            reply.json = QJsonDocument::fromJson(result->value().body).object();
            const QString operation = path;
            EXPECT_EQ(catalog()
                          .validateResponse(method, operation.section(QLatin1Char('?'), 0, 0),
                                            reply.httpStatus, result->value().body)
                          .join(QStringLiteral("; "))
                          .toStdString(),
                      std::string())
                << operation.toStdString();
        } else {
            reply.httpStatus = result->error().httpStatus;
            reply.code = result->error().code;
            reply.message = result->error().message;
        }
        return reply;
    }
    Reply post(const QString &path, const FormParams &form) { return call("POST", path, form); }
    Reply post(const char *path, const FormParams &form)
    {
        return call("POST", QString::fromLatin1(path), form);
    }

    Reply start(const QString &to = QString::fromLatin1(Phone),
                const QString &channel = QStringLiteral("sms"))
    {
        return post(servicePath() + QStringLiteral("/Verifications"),
                    {{QStringLiteral("To"), to}, {QStringLiteral("Channel"), channel}});
    }
    Reply check(const QString &code, const QString &to = QString::fromLatin1(Phone))
    {
        return post(servicePath() + QStringLiteral("/VerificationCheck"),
                    {{QStringLiteral("To"), to}, {QStringLiteral("Code"), code}});
    }
    QString servicePath() const { return QStringLiteral("/v2/Services/") + m_service; }

    /// What the person's phone received on \a channel, read through the control API.
    QStringList received(const QString &channel, const QString &number = QString::fromLatin1(Phone))
    {
        const auto reply = m_client->get(QStringLiteral("/_twin/phones/") + number);
        EXPECT_EQ(reply.status, 200);
        QStringList texts;
        for (const QJsonValue &item : reply.json.value(QLatin1String("received")).toArray()) {
            if (item[QLatin1String("channel")].toString() == channel)
                texts << item[QLatin1String("text")].toString();
        }
        return texts;
    }
    QString latestCode()
    {
        const QStringList codes = received(QStringLiteral("verify"));
        return codes.isEmpty() ? QString() : codes.last();
    }
    QString wrongCode(const QString &code) const
    {
        QString wrong = code;
        wrong[0] = code.at(0) == QLatin1Char('9') ? QLatin1Char('1') : QLatin1Char('9');
        return wrong;
    }
    QStringList eventKinds()
    {
        QStringList kinds;
        for (const TwinEvent &event : m_twin->events().after(0, 10000))
            kinds << event.kind;
        return kinds;
    }

    std::unique_ptr<TwilioClient> m_rest;
    QString m_service;
};

const QRegularExpression IsoDate(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));

} // namespace

TEST_F(TwinVerifyTest, CodeArrivesAsSmsWrongCodeStaysPendingRightCodeApproves)
{
    const Reply started = start();
    ASSERT_EQ(started.httpStatus, 201) << started.message.toStdString();
    const QJsonObject &v = started.json;
    const QString sid = v[QLatin1String("sid")].toString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^VE[0-9a-f]{32}$")).match(sid).hasMatch());
    EXPECT_EQ(v[QLatin1String("service_sid")].toString(), m_service);
    EXPECT_EQ(v[QLatin1String("account_sid")].toString(), m_twin->config().accountSid);
    EXPECT_EQ(v[QLatin1String("to")].toString(), QLatin1String(Phone));
    EXPECT_EQ(v[QLatin1String("channel")].toString(), QLatin1String("sms"));
    EXPECT_EQ(v[QLatin1String("status")].toString(), QLatin1String("pending"));
    EXPECT_EQ(v[QLatin1String("valid")], QJsonValue(false));
    EXPECT_TRUE(v[QLatin1String("lookup")].isObject());
    EXPECT_TRUE(v[QLatin1String("amount")].isNull());
    EXPECT_TRUE(v[QLatin1String("sna")].isNull());
    EXPECT_TRUE(IsoDate.match(v[QLatin1String("date_created")].toString()).hasMatch())
        << v[QLatin1String("date_created")].toString().toStdString();
    EXPECT_EQ(v[QLatin1String("url")].toString(), m_twin->baseUrl().toString() + servicePath()
                                                      + QStringLiteral("/Verifications/") + sid);
    const QJsonArray attempts = v[QLatin1String("send_code_attempts")].toArray();
    ASSERT_EQ(attempts.size(), 1);
    EXPECT_EQ(attempts[0][QLatin1String("channel")].toString(), QLatin1String("SMS"));
    EXPECT_TRUE(
        attempts[0][QLatin1String("attempt_sid")].toString().startsWith(QLatin1String("VL")));
    EXPECT_TRUE(IsoDate.match(attempts[0][QLatin1String("time")].toString()).hasMatch());

    // The person's phone got the SMS and, separately, the bare code.
    const QString code = latestCode();
    ASSERT_TRUE(QRegularExpression(QStringLiteral("^\\d{6}$")).match(code).hasMatch())
        << code.toStdString();
    EXPECT_EQ(received(QStringLiteral("sms")),
              QStringList{QStringLiteral("Your Vortex verification code is: ") + code});

    const Reply wrong = check(wrongCode(code));
    ASSERT_EQ(wrong.httpStatus, 200) << wrong.message.toStdString();
    EXPECT_EQ(wrong.json[QLatin1String("status")].toString(), QLatin1String("pending"));
    EXPECT_EQ(wrong.json[QLatin1String("valid")], QJsonValue(false));
    EXPECT_EQ(wrong.json[QLatin1String("sid")].toString(), sid);

    const Reply right = check(code);
    ASSERT_EQ(right.httpStatus, 200) << right.message.toStdString();
    EXPECT_EQ(right.json[QLatin1String("status")].toString(), QLatin1String("approved"));
    EXPECT_EQ(right.json[QLatin1String("valid")], QJsonValue(true));
    EXPECT_EQ(right.json[QLatin1String("sna_attempts_error_codes")], QJsonValue(QJsonArray()));
    EXPECT_FALSE(right.json.contains(QLatin1String("url")));

    // Approved: nothing pending any more.
    const Reply again = check(code);
    EXPECT_EQ(again.httpStatus, 404);
    EXPECT_EQ(again.code, 20404);
    EXPECT_EQ(again.message,
              QStringLiteral("The requested resource /Services/%1/VerificationCheck was not found")
                  .arg(m_service));
    const Reply fetched = call("GET", servicePath() + QStringLiteral("/Verifications/") + sid);
    ASSERT_EQ(fetched.httpStatus, 200);
    EXPECT_EQ(fetched.json[QLatin1String("status")].toString(), QLatin1String("approved"));

    // Billing: the SMS at the GB price, then $0.05 for the successful verification.
    const QList<LedgerEntry> &ledger = m_twin->ledger().entries();
    ASSERT_EQ(ledger.size(), 2);
    EXPECT_EQ(ledger[0].category, QLatin1String("sms-outbound"));
    EXPECT_DOUBLE_EQ(ledger[0].priceUsd,
                     m_twin->config().profileFor(QStringLiteral("GB")).pricePerSegment.toDouble());
    EXPECT_EQ(ledger[1].category, QLatin1String("verify-voice-sms"));
    EXPECT_DOUBLE_EQ(ledger[1].priceUsd, 0.05);
    const QStringList kinds = eventKinds();
    EXPECT_EQ(kinds.count(QStringLiteral("verify.start")), 1);
    EXPECT_EQ(kinds.count(QStringLiteral("verify.check")), 2);
    EXPECT_EQ(kinds.count(QStringLiteral("verify.approved")), 1);
}

TEST_F(TwinVerifyTest, CheckByVerificationSid)
{
    const QString sid = start().json[QLatin1String("sid")].toString();
    const Reply right
        = post(servicePath() + QStringLiteral("/VerificationCheck"),
               {{QStringLiteral("VerificationSid"), sid}, {QStringLiteral("Code"), latestCode()}});
    ASSERT_EQ(right.httpStatus, 200);
    EXPECT_EQ(right.json[QLatin1String("status")].toString(), QLatin1String("approved"));
}

TEST_F(TwinVerifyTest, MoreThanFiveChecksIs60202)
{
    ASSERT_EQ(start().httpStatus, 201);
    const QString code = latestCode();
    for (int i = 0; i < 5; ++i) {
        const Reply wrong = check(wrongCode(code));
        ASSERT_EQ(wrong.httpStatus, 200) << "check " << i + 1;
        EXPECT_EQ(wrong.json[QLatin1String("status")].toString(), QLatin1String("pending"));
    }
    // The sixth check fails even with the right code, and a new start is refused too.
    const Reply blocked = check(code);
    EXPECT_EQ(blocked.httpStatus, 429);
    EXPECT_EQ(blocked.code, 60202);
    EXPECT_EQ(blocked.message, QLatin1String("Max check attempts reached"));
    EXPECT_EQ(start().code, 60202);
    EXPECT_EQ(m_twin->ledger().total(0, std::numeric_limits<qint64>::max()),
              m_twin->config().profileFor(QStringLiteral("GB")).pricePerSegment.toDouble());
}

TEST_F(TwinVerifyTest, ResendWithinTenMinutesKeepsTheCodeAndMoreThanFiveSendsIs60203)
{
    const Reply first = start();
    ASSERT_EQ(first.httpStatus, 201);
    const QString sid = first.json[QLatin1String("sid")].toString();
    const QString code = latestCode();
    for (int send = 2; send <= 5; ++send) {
        m_twin->clock()->advance(60 * 1000);
        const Reply again = start();
        ASSERT_EQ(again.httpStatus, 201) << "send " << send;
        EXPECT_EQ(again.json[QLatin1String("sid")].toString(), sid);
        EXPECT_EQ(again.json[QLatin1String("send_code_attempts")].toArray().size(), send);
    }
    EXPECT_EQ(received(QStringLiteral("verify")), QStringList(5, code));
    const Reply sixth = start();
    EXPECT_EQ(sixth.httpStatus, 429);
    EXPECT_EQ(sixth.code, 60203);
    EXPECT_EQ(received(QStringLiteral("verify")).size(), 5);
    // The code still works.
    EXPECT_EQ(check(code).json[QLatin1String("status")].toString(), QLatin1String("approved"));
}

TEST_F(TwinVerifyTest, ExpiresAfterTenTwinMinutes)
{
    const Reply first = start();
    ASSERT_EQ(first.httpStatus, 201);
    const QString sid = first.json[QLatin1String("sid")].toString();
    const QString code = latestCode();
    m_twin->clock()->advance(10 * 60 * 1000 - 1);
    EXPECT_EQ(check(wrongCode(code)).json[QLatin1String("status")].toString(),
              QLatin1String("pending"));
    m_twin->clock()->advance(1);
    const Reply late = check(code);
    EXPECT_EQ(late.httpStatus, 404);
    EXPECT_EQ(late.code, 20404);
    const Reply fetched = call("GET", servicePath() + QStringLiteral("/Verifications/") + sid);
    EXPECT_EQ(fetched.json[QLatin1String("status")].toString(), QLatin1String("expired"));
    // A new start is a new verification.
    const Reply fresh = start();
    ASSERT_EQ(fresh.httpStatus, 201);
    EXPECT_NE(fresh.json[QLatin1String("sid")].toString(), sid);
    EXPECT_EQ(fresh.json[QLatin1String("send_code_attempts")].toArray().size(), 1);
}

TEST_F(TwinVerifyTest, BadParametersAre60200)
{
    const auto expectInvalid = [](const Reply &reply, const char *parameter) {
        EXPECT_EQ(reply.httpStatus, 400);
        EXPECT_EQ(reply.code, 60200);
        EXPECT_EQ(reply.message, QStringLiteral("Invalid parameter: ") + QLatin1String(parameter));
    };
    expectInvalid(start(QStringLiteral("07400123999")), "To");
    expectInvalid(start(QStringLiteral("+1555")), "To");
    expectInvalid(start(QString::fromLatin1(Phone), QStringLiteral("pigeon")), "Channel");
    expectInvalid(start(QString::fromLatin1(Phone), QString()), "Channel");
    ASSERT_EQ(start().httpStatus, 201);
    expectInvalid(check(QStringLiteral("12")), "Code");
    expectInvalid(check(QStringLiteral("12345678901")), "Code");
    expectInvalid(check(latestCode(), QStringLiteral("not-a-number")), "To");
    expectInvalid(post(servicePath() + QStringLiteral("/VerificationCheck"),
                       {{QStringLiteral("Code"), latestCode()}}),
                  "To");
    expectInvalid(
        post("/v2/Services", {{QStringLiteral("FriendlyName"), QString(31, QLatin1Char('x'))}}),
        "FriendlyName");
    expectInvalid(post("/v2/Services", {{QStringLiteral("FriendlyName"), QStringLiteral("A")},
                                        {QStringLiteral("CodeLength"), QStringLiteral("11")}}),
                  "CodeLength");
    const Reply unknown
        = post(QStringLiteral("/v2/Services/VA00000000000000000000000000000000/Verifications"),
               {{QStringLiteral("To"), QString::fromLatin1(Phone)},
                {QStringLiteral("Channel"), QStringLiteral("sms")}});
    EXPECT_EQ(unknown.httpStatus, 404);
    EXPECT_EQ(unknown.code, 20404);
    // Nothing was sent or billed by the rejected requests.
    EXPECT_EQ(received(QStringLiteral("verify")).size(), 1);
}

TEST_F(TwinVerifyTest, UpdateCancelsOrApproves)
{
    const QString sid = start().json[QLatin1String("sid")].toString();
    const QString path = servicePath() + QStringLiteral("/Verifications/") + sid;
    const Reply bad = post(path, {{QStringLiteral("Status"), QStringLiteral("pending")}});
    EXPECT_EQ(bad.code, 60200);
    const Reply canceled = post(path, {{QStringLiteral("Status"), QStringLiteral("canceled")}});
    ASSERT_EQ(canceled.httpStatus, 200);
    EXPECT_EQ(canceled.json[QLatin1String("status")].toString(), QLatin1String("canceled"));
    EXPECT_EQ(check(latestCode()).code, 20404);
    EXPECT_EQ(post(path, {{QStringLiteral("Status"), QStringLiteral("approved")}}).code, 20404);

    const QString second = start().json[QLatin1String("sid")].toString();
    EXPECT_NE(second, sid);
    const Reply approved = post(servicePath() + QStringLiteral("/Verifications/") + second,
                                {{QStringLiteral("Status"), QStringLiteral("approved")}});
    ASSERT_EQ(approved.httpStatus, 200);
    EXPECT_EQ(approved.json[QLatin1String("status")].toString(), QLatin1String("approved"));
    EXPECT_EQ(approved.json[QLatin1String("valid")], QJsonValue(true));
}

TEST_F(TwinVerifyTest, ServicesCreateFetchListAndPage)
{
    const Reply created
        = post("/v2/Services", {{QStringLiteral("FriendlyName"), QStringLiteral("Second")},
                                {QStringLiteral("CodeLength"), QStringLiteral("8")}});
    ASSERT_EQ(created.httpStatus, 201);
    EXPECT_EQ(created.json[QLatin1String("code_length")].toInt(), 8);
    const QString sid = created.json[QLatin1String("sid")].toString();
    const QString base = m_twin->baseUrl().toString();
    EXPECT_EQ(created.json[QLatin1String("url")].toString(),
              base + QStringLiteral("/v2/Services/") + sid);
    EXPECT_EQ(created.json[QLatin1String("links")][QLatin1String("verifications")].toString(),
              base + QStringLiteral("/v2/Services/") + sid + QStringLiteral("/Verifications"));
    EXPECT_TRUE(IsoDate.match(created.json[QLatin1String("date_created")].toString()).hasMatch());

    const Reply fetched = call("GET", servicePath());
    ASSERT_EQ(fetched.httpStatus, 200);
    EXPECT_EQ(fetched.json[QLatin1String("code_length")].toInt(), 6);
    EXPECT_EQ(fetched.json[QLatin1String("friendly_name")].toString(), QLatin1String("Vortex"));

    const Reply page = call("GET", QStringLiteral("/v2/Services?PageSize=1"));
    ASSERT_EQ(page.httpStatus, 200);
    const QJsonObject meta = page.json[QLatin1String("meta")].toObject();
    EXPECT_EQ(meta[QLatin1String("key")].toString(), QLatin1String("services"));
    EXPECT_EQ(meta[QLatin1String("page")].toInt(), 0);
    EXPECT_EQ(meta[QLatin1String("page_size")].toInt(), 1);
    EXPECT_TRUE(meta[QLatin1String("previous_page_url")].isNull());
    EXPECT_EQ(meta[QLatin1String("next_page_url")].toString(),
              base + QStringLiteral("/v2/Services?PageSize=1&Page=1"));
    EXPECT_EQ(page.json[QLatin1String("services")].toArray().size(), 1);
    const Reply last = call("GET", QStringLiteral("/v2/Services?PageSize=1&Page=1"));
    EXPECT_EQ(last.json[QLatin1String("services")].toArray()[0][QLatin1String("sid")].toString(),
              sid);
    EXPECT_TRUE(last.json[QLatin1String("meta")][QLatin1String("next_page_url")].isNull());

    // An eight-digit service sends eight digits.
    ASSERT_EQ(post(QStringLiteral("/v2/Services/%1/Verifications").arg(sid),
                   {{QStringLiteral("To"), QString::fromLatin1(Phone)},
                    {QStringLiteral("Channel"), QStringLiteral("sms")}})
                  .httpStatus,
              201);
    EXPECT_EQ(latestCode().size(), 8);
}

TEST_F(TwinVerifyTest, CodesComeFromTheSeed)
{
    ASSERT_EQ(start().httpStatus, 201);
    const QString code = latestCode();
    // A second twin with the same seed draws the same first code.
    SetUp();
    ASSERT_EQ(start().httpStatus, 201);
    EXPECT_EQ(latestCode(), code);
}
