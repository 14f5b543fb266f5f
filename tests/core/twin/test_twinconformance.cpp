// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Conformance: every operation the twin implements, driven over loopback, and every response
// validated against Twilio's OpenAPI specs (../shared/twilio-oai/); error bodies against
// Twilio's error shape and the error dictionary. One table row per operation.
#include "core/twilio/restcall.h"
#include "core/twilio/twilioclient.h"
#include "core/twin/twinclock.h"
#include "twintestfixture.h"

#include "support/openapicatalog.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <functional>
#include <optional>

using namespace Vortex::Core;
using namespace Vortex::Core::Twin;
using namespace Vortex::Test;

namespace {

/// Values earlier rows found out ("{message}" → SM…); "{AccountSid}" is preset.
using Values = QHash<QString, QString>;

struct Operation
{
    const char *name;
    QByteArray method;
    QString path; ///< may hold {placeholders} from Values and a query string
    QList<QPair<QString, QString>> form = {};
    int status = 200;              ///< expected HTTP status
    int errorCode = 0;             ///< != 0: an error row, checked against Twilio's error shape
    bool dictionaryMessage = true; ///< error rows: message must be the dictionary's text
    QString remember = {};         ///< stores the response's "sid" under this name
    std::function<void(TwinServer &, Values &)> before = {};
};

QString substitute(QString text, const Values &values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return text;
}

Twilio::Endpoints::Product productFor(const QString &path)
{
    using Product = Twilio::Endpoints::Product;
    if (path.startsWith(QLatin1String("/v2/Services")))
        return Product::Verify;
    if (path.startsWith(QLatin1String("/v1/Services")))
        return Product::Messaging;
    if (path.startsWith(QLatin1String("/v2/PhoneNumbers")))
        return Product::Lookups;
    if (path.startsWith(QLatin1String("/v1/Content")))
        return Product::Content;
    return Product::Api;
}

void advance(TwinServer &twin, Values &)
{
    twin.clock()->advance(5000); // every message of the test config is final by then
}

/// The table: add one row per operation (success and error cases) as products land.
QList<Operation> operations()
{
    const QString messages = QStringLiteral("/2010-04-01/Accounts/{AccountSid}/Messages");
    const auto sms = [](const QString &to) -> QList<QPair<QString, QString>> {
        return {{QStringLiteral("To"), to},
                {QStringLiteral("From"), QStringLiteral("+12015550123")},
                {QStringLiteral("Body"), QStringLiteral("Disk full on web-3")}};
    };
    return {
        // --- 2010 Messages ---
        {"message create", "POST", messages + QStringLiteral(".json"),
         sms(QStringLiteral("+12015550199")), 201, 0, true, QStringLiteral("message")},
        {"message create (second)", "POST", messages + QStringLiteral(".json"),
         sms(QStringLiteral("+447400123999")), 201, 0, true, QStringLiteral("message2")},
        {"message create with service",
         "POST",
         messages + QStringLiteral(".json"),
         {{QStringLiteral("To"), QStringLiteral("+12015550199")},
          {QStringLiteral("MessagingServiceSid"),
           QStringLiteral("MG0123456789abcdef0123456789abcdef")},
          {QStringLiteral("Body"), QStringLiteral("via a service")}},
         201},
        {"message fetch (queued)", "GET", messages + QStringLiteral("/{message}.json")},
        {"message list", "GET", messages + QStringLiteral(".json")},
        {"message list page 1", "GET", messages + QStringLiteral(".json?PageSize=1")},
        {"message list filtered", "GET",
         messages + QStringLiteral(".json?To=%2B12015550199&PageSize=2&Page=0")},
        {"message fetch (delivered)",
         "GET",
         messages + QStringLiteral("/{message}.json"),
         {},
         200,
         0,
         true,
         {},
         advance},
        {"message list (final)", "GET", messages + QStringLiteral(".json?PageSize=2")},
        {"message redact",
         "POST",
         messages + QStringLiteral("/{message}.json"),
         {{QStringLiteral("Body"), QString()}}},
        {"message delete", "DELETE", messages + QStringLiteral("/{message2}.json"), {}, 204},
        // errors
        {"message create without To",
         "POST",
         messages + QStringLiteral(".json"),
         {{QStringLiteral("From"), QStringLiteral("+12015550123")},
          {QStringLiteral("Body"), QStringLiteral("x")}},
         400,
         21604},
        {"message create without From",
         "POST",
         messages + QStringLiteral(".json"),
         {{QStringLiteral("To"), QStringLiteral("+12015550199")},
          {QStringLiteral("Body"), QStringLiteral("x")}},
         400,
         21603},
        {"message create without Body",
         "POST",
         messages + QStringLiteral(".json"),
         {{QStringLiteral("To"), QStringLiteral("+12015550199")},
          {QStringLiteral("From"), QStringLiteral("+12015550123")}},
         400,
         21602},
        {"message create invalid To", "POST", messages + QStringLiteral(".json"),
         sms(QStringLiteral("+1555")), 400, 21211, false},
        {"message create foreign From",
         "POST",
         messages + QStringLiteral(".json"),
         {{QStringLiteral("To"), QStringLiteral("+12015550199")},
          {QStringLiteral("From"), QStringLiteral("+12015550100")},
          {QStringLiteral("Body"), QStringLiteral("x")}},
         400,
         21606,
         false},
        {"message create bad ValidityPeriod", "POST", messages + QStringLiteral(".json"),
         sms(QStringLiteral("+12015550199"))
             + QList<QPair<QString, QString>>{{QStringLiteral("ValidityPeriod"),
                                               QStringLiteral("0")}},
         400, 21624},
        {"message list bad PageSize",
         "GET",
         messages + QStringLiteral(".json?PageSize=5000"),
         {},
         400,
         20007,
         false},
        {"message fetch unknown",
         "GET",
         messages + QStringLiteral("/SM00000000000000000000000000000000.json"),
         {},
         404,
         20404,
         false},
        {"message cancel not scheduled",
         "POST",
         messages + QStringLiteral("/{message}.json"),
         {{QStringLiteral("Status"), QStringLiteral("canceled")}},
         400,
         30409},
        {"message wrong method", "PUT", messages + QStringLiteral(".json"), {}, 405, 20004},
        {"unknown path",
         "GET",
         QStringLiteral("/2010-04-01/Accounts/{AccountSid}/Nothing.json"),
         {},
         404,
         20404,
         false},
    };
}

class TwinConformanceTest : public TwinFixture
{
protected:
    void SetUp() override
    {
        TwinFixture::SetUp();
        ASSERT_TRUE(m_catalog.errors().isEmpty()) << m_catalog.errors().join(u'\n').toStdString();
        m_twin->clock()->setMode(TwinClock::Mode::Manual);
        m_values.insert(QStringLiteral("AccountSid"), m_twin->config().accountSid);
        m_rest = std::make_unique<Twilio::TwilioClient>(
            Twilio::Credentials(m_twin->config().accountSid, m_twin->config().authToken),
            Twilio::Endpoints::forAll(m_twin->baseUrl()));
    }

    /// A success row through the real REST client (TwilioClient::createRestCall).
    std::optional<Twilio::RestResponse> viaRestClient(const QByteArray &method, const QString &path,
                                                      const Twilio::FormParams &form)
    {
        const QByteArray encoded = QUrl(path).toEncoded();
        Twilio::RestCall *call
            = m_rest->createRestCall(method, productFor(path), encoded,
                                     method == "GET" ? QByteArray() : form.encode(), m_rest.get());
        std::optional<Twilio::RestResult> result;
        QObject::connect(call, &Twilio::RestCall::finished, m_rest.get(),
                         [&result](const Twilio::RestResult &r) { result = r; });
        call->start();
        EXPECT_TRUE(waitUntil([&] { return result.has_value(); }));
        call->deleteLater();
        if (!result || !*result) {
            ADD_FAILURE() << method.constData() << ' ' << path.toStdString() << ": "
                          << (result ? result->error().logTag().toStdString()
                                     : std::string("no answer"));
            return std::nullopt;
        }
        return result->value();
    }

    void run(const Operation &op)
    {
        SCOPED_TRACE(op.name);
        if (op.before)
            op.before(*m_twin, m_values);
        const QString path = substitute(op.path, m_values);
        Twilio::FormParams form;
        for (const auto &[key, value] : op.form)
            form.add(key, substitute(value, m_values));
        int status = 0;
        QByteArray body;
        if (op.errorCode == 0 && op.method != "PUT") {
            const auto response = viaRestClient(op.method, path, form);
            if (!response)
                return;
            status = response->httpStatus;
            body = response->body;
        } else {
            const TwinReply reply = m_client->send(op.method, path, form);
            status = reply.status;
            body = reply.body;
        }
        ASSERT_EQ(status, op.status) << body.constData();
        ++m_checked;
        const QStringList problems
            = op.errorCode != 0
                  ? OpenApiCatalog::validateError(status, body, op.errorCode, op.dictionaryMessage)
                  : m_catalog.validateResponse(op.method, path, status, body);
        EXPECT_TRUE(problems.isEmpty())
            << op.method.constData() << ' ' << path.toStdString() << ":\n  "
            << problems.join(QStringLiteral("\n  ")).toStdString()
            << "\n  body: " << body.left(600).constData();
        if (!op.remember.isEmpty()) {
            const QString sid
                = QJsonDocument::fromJson(body).object().value(QLatin1String("sid")).toString();
            ASSERT_FALSE(sid.isEmpty()) << body.constData();
            m_values.insert(op.remember, sid);
        }
    }

    OpenApiCatalog m_catalog;
    Values m_values;
    std::unique_ptr<Twilio::TwilioClient> m_rest;
    int m_checked = 0;
};

} // namespace

TEST_F(TwinConformanceTest, EveryOperationMatchesTheSpecs)
{
    const QList<Operation> table = operations();
    for (const Operation &op : table)
        run(op);
    EXPECT_EQ(m_checked, table.size());
}

TEST_F(TwinConformanceTest, PagingFollowsNextPageUriAndEveryPageConforms)
{
    for (int i = 0; i < 5; ++i) {
        Twilio::FormParams form = sms(QStringLiteral("page %1").arg(i));
        ASSERT_EQ(m_client->create(form).status, 201);
    }
    QString path = QStringLiteral("/2010-04-01/Accounts/%1/Messages.json?PageSize=2")
                       .arg(m_twin->config().accountSid);
    int pages = 0;
    int seen = 0;
    while (!path.isEmpty() && pages < 10) {
        const auto response = viaRestClient("GET", path, {});
        ASSERT_TRUE(response.has_value());
        const QStringList problems
            = m_catalog.validateResponse("GET", path, response->httpStatus, response->body);
        EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
        const QJsonObject page = QJsonDocument::fromJson(response->body).object();
        seen += static_cast<int>(page.value(QLatin1String("messages")).toArray().size());
        path = page.value(QLatin1String("next_page_uri")).toString();
        ++pages;
    }
    EXPECT_EQ(pages, 3);
    EXPECT_EQ(seen, 5);
}

// The validator itself: a hand-made bad body must be reported, field by field.
TEST(OpenApiSpecTest, ReportsEveryKindOfProblemInABadMessage)
{
    OpenApiCatalog catalog;
    ASSERT_TRUE(catalog.errors().isEmpty()) << catalog.errors().join(u'\n').toStdString();
    const QString path
        = QStringLiteral("/2010-04-01/Accounts/AC00000000000000000000000000000000/Messages.json");
    const OpenApiSpec *spec = catalog.specFor("POST", path);
    ASSERT_NE(spec, nullptr);
    EXPECT_EQ(spec->findOperation("POST", path),
              QStringLiteral("/2010-04-01/Accounts/{AccountSid}/Messages.json"));
    EXPECT_EQ(spec->findOperation("GET", path + QStringLiteral("?PageSize=2")),
              QStringLiteral("/2010-04-01/Accounts/{AccountSid}/Messages.json"));

    const QByteArray bad = R"({
        "sid": "XX123", "num_segments": 1, "status": "exploded", "error_code": "30003",
        "date_created": "2019-05-24T17:44:50Z", "direction": null, "price": -0.0075,
        "surprise": true, "account_sid": "AC00000000000000000000000000000000"})";
    const QStringList problems = catalog.validateResponse("POST", path, 201, bad);
    const QString all = problems.join(u'\n');
    EXPECT_TRUE(all.contains(QLatin1String("$.sid"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QLatin1String("$.num_segments: expected string, got number")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QLatin1String("$.status: exploded is not one of")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QLatin1String("$.error_code: expected integer, got string")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QLatin1String("$.date_created: \"2019-05-24T17:44:50Z\" is not an "
                                           "RFC 2822 date")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QLatin1String("$.price: expected string, got number")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QLatin1String("$.surprise: unknown property"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QLatin1String("$.account_sid"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QLatin1String("$.direction: null but not nullable")))
        << all.toStdString();
    // sid: too short and not matching the pattern; nine problems in all.
    EXPECT_EQ(problems.size(), 9) << all.toStdString();

    // A page without its envelope types, and an item that is not an object.
    const QByteArray badPage = R"({"messages": [3], "page": "0", "next_page_uri": null})";
    const QString pageProblems = catalog.validateResponse("GET", path, 200, badPage).join(u'\n');
    EXPECT_TRUE(pageProblems.contains(QLatin1String("$.messages[0]: expected object")))
        << pageProblems.toStdString();
    EXPECT_TRUE(pageProblems.contains(QLatin1String("$.page: expected integer, got string")))
        << pageProblems.toStdString();

    // Status codes the operation does not have, bodies where none belong, unknown operations.
    EXPECT_FALSE(catalog.validateResponse("POST", path, 299, "{}").isEmpty());
    const QString one
        = path.chopped(5) + QStringLiteral("/SM00000000000000000000000000000000.json");
    EXPECT_TRUE(catalog.validateResponse("DELETE", one, 204, {}).isEmpty());
    EXPECT_FALSE(catalog.validateResponse("DELETE", one, 204, "{}").isEmpty());
    EXPECT_FALSE(catalog.validateResponse("GET", QStringLiteral("/nowhere"), 200, "{}").isEmpty());

    // v1/v2 dates are ISO 8601 (Verify service).
    const QString verify = QStringLiteral("/v2/Services/VA00000000000000000000000000000000");
    const OpenApiSpec *verifySpec = catalog.specFor("GET", verify);
    ASSERT_NE(verifySpec, nullptr);
    const QString dateProblems
        = catalog
              .validateResponse("GET", verify, 200,
                                R"({"date_created": "Fri, 24 May 2019 17:44:50 +0000"})")
              .join(u'\n');
    EXPECT_TRUE(dateProblems.contains(QLatin1String("is not an ISO 8601 date-time")))
        << dateProblems.toStdString();
}

TEST(OpenApiSpecTest, ChecksTwilioErrorBodies)
{
    const QByteArray good
        = R"({"code": 21211, "message": "Invalid 'To' Phone Number", "more_info": "https://www.twilio.com/docs/errors/21211", "status": 400})";
    EXPECT_TRUE(OpenApiCatalog::validateError(400, good, 21211, false).isEmpty());
    const QByteArray bad = R"({"code": "21211", "message": 5, "status": 404, "extra": 1})";
    const QStringList problems = OpenApiCatalog::validateError(400, bad, 21211, true);
    EXPECT_GE(problems.size(), 5) << problems.join(u'\n').toStdString();
}
