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
#include "support/openapioperation.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <functional>
#include <iostream>
#include <optional>

using namespace Vortex::Core;
using namespace Vortex::Core::Twin;
using namespace Vortex::Test;

namespace {

using Values = OpenApiOperation::Values;
using Form = OpenApiOperation::Form;

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

/// The 2010 Messages API: always served, so every row here must pass.
QList<OpenApiOperation> messageRows(TwinServer *twin)
{
    using Op = OpenApiOperation;
    const QString messages = QStringLiteral("/2010-04-01/Accounts/{AccountSid}/Messages");
    const QString create = messages + QStringLiteral(".json");
    const QString one = messages + QStringLiteral("/{message}.json");
    const auto sms = [](const QString &to) -> Form {
        return {{QStringLiteral("To"), to},
                {QStringLiteral("From"), QStringLiteral("+12015550123")},
                {QStringLiteral("Body"), QStringLiteral("Disk full on web-3")}};
    };
    const auto advance = [twin](Values &) {
        twin->clock()->advance(5000); // every message of the test config is final by then
    };
    return {
        Op::success(QStringLiteral("message create"), "POST", create,
                    sms(QStringLiteral("+12015550199")), 201, QStringLiteral("message")),
        Op::success(QStringLiteral("message create (second)"), "POST", create,
                    sms(QStringLiteral("+447400123999")), 201, QStringLiteral("message2")),
        Op::success(QStringLiteral("message fetch (queued)"), "GET", one),
        Op::success(QStringLiteral("message list"), "GET", create),
        Op::success(QStringLiteral("message list page 1"), "GET",
                    create + QStringLiteral("?PageSize=1")),
        Op::success(QStringLiteral("message list filtered"), "GET",
                    create + QStringLiteral("?To=%2B12015550199&PageSize=2&Page=0")),
        Op::success(QStringLiteral("message fetch (final)"), "GET", one).then(advance),
        Op::success(QStringLiteral("message list (final)"), "GET",
                    create + QStringLiteral("?PageSize=2")),
        Op::success(QStringLiteral("message redact"), "POST", one,
                    {{QStringLiteral("Body"), QString()}}),
        Op::success(QStringLiteral("message delete"), "DELETE",
                    messages + QStringLiteral("/{message2}.json"), {}, 204),
        Op::error(QStringLiteral("message create without To"), "POST", create,
                  {{QStringLiteral("From"), QStringLiteral("+12015550123")},
                   {QStringLiteral("Body"), QStringLiteral("x")}},
                  400, 21604),
        Op::error(QStringLiteral("message create without From"), "POST", create,
                  {{QStringLiteral("To"), QStringLiteral("+12015550199")},
                   {QStringLiteral("Body"), QStringLiteral("x")}},
                  400, 21603),
        Op::error(QStringLiteral("message create without Body"), "POST", create,
                  {{QStringLiteral("To"), QStringLiteral("+12015550199")},
                   {QStringLiteral("From"), QStringLiteral("+12015550123")}},
                  400, 21602),
        Op::error(QStringLiteral("message create invalid To"), "POST", create,
                  sms(QStringLiteral("+1555")), 400, 21211, false),
        Op::error(QStringLiteral("message create foreign From"), "POST", create,
                  {{QStringLiteral("To"), QStringLiteral("+12015550199")},
                   {QStringLiteral("From"), QStringLiteral("+12015550100")},
                   {QStringLiteral("Body"), QStringLiteral("x")}},
                  400, 21606, false),
        Op::error(QStringLiteral("message create bad ValidityPeriod"), "POST", create,
                  sms(QStringLiteral("+12015550199"))
                      + Form{{QStringLiteral("ValidityPeriod"), QStringLiteral("0")}},
                  400, 21624),
        Op::error(QStringLiteral("message list bad PageSize"), "GET",
                  create + QStringLiteral("?PageSize=5000"), {}, 400, 20007, false),
        Op::error(QStringLiteral("message fetch unknown"), "GET",
                  messages + QStringLiteral("/SM00000000000000000000000000000000.json"), {}, 404,
                  20404, false),
        Op::error(QStringLiteral("message cancel not scheduled"), "POST", one,
                  {{QStringLiteral("Status"), QStringLiteral("canceled")}}, 400, 30409),
        Op::error(QStringLiteral("message wrong method"), "PUT", create, {}, 405, 20004),
        Op::error(QStringLiteral("unknown path"), "GET",
                  QStringLiteral("/2010-04-01/Accounts/{AccountSid}/Nothing.json"), {}, 404, 20404,
                  false),
    };
}

class TwinConformanceTest : public TwinFixture
{
protected:
    struct Answer
    {
        int status = 0;
        int code = 0; ///< Twilio error code when the REST client reported an error
        QByteArray body;
    };

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

    /// Through the real REST client (TwilioClient::createRestCall).
    Answer viaRestClient(const QByteArray &method, const QString &path, const QByteArray &body)
    {
        const QByteArray encoded = QUrl(path).toEncoded();
        Twilio::RestCall *call
            = m_rest->createRestCall(method, productFor(path), encoded, body, m_rest.get());
        std::optional<Twilio::RestResult> result;
        QObject::connect(call, &Twilio::RestCall::finished, m_rest.get(),
                         [&result](const Twilio::RestResult &r) { result = r; });
        call->start();
        EXPECT_TRUE(waitUntil([&] { return result.has_value(); }));
        call->deleteLater();
        if (!result)
            return {};
        if (!*result)
            return {result->error().httpStatus, result->error().code,
                    result->error().logTag().toUtf8()};
        return {result->value().httpStatus, 0, result->value().body};
    }

    void run(const OpenApiOperation &op)
    {
        SCOPED_TRACE(op.name.toStdString());
        if (op.before)
            op.before(m_values);
        const QString path = substitute(op.path, m_values);
        Twilio::FormParams form;
        QString unresolved = path;
        for (const auto &[key, value] : op.form) {
            form.add(key, substitute(value, m_values));
            unresolved += substitute(value, m_values);
        }
        const QByteArray json = substitute(QString::fromUtf8(op.json), m_values).toUtf8();
        static const QRegularExpression placeholder(QStringLiteral("\\{[A-Za-z][A-Za-z0-9]*\\}"));
        const auto missing = placeholder.match(unresolved + QString::fromUtf8(json));
        if (missing.hasMatch()) {
            m_skipped.append(op.name + QStringLiteral(" (needs ") + missing.captured()
                             + QLatin1Char(')'));
            return;
        }
        const QByteArray body = !json.isEmpty()      ? json
                                : op.method == "GET" ? QByteArray()
                                                     : form.encode();
        Answer answer;
        if (op.errorCode == 0 && op.method != "PUT") {
            answer = viaRestClient(op.method, path, body);
            if (answer.status == 404 && answer.code == 20404
                && !path.contains(QLatin1String("/Messages"))) {
                m_unimplemented.append(op.name);
                return;
            }
        } else {
            const TwinReply reply = m_client->send(op.method, path, form);
            answer = {reply.status, 0, reply.body};
        }
        ASSERT_EQ(answer.status, op.status) << answer.body.constData();
        ++m_checked;
        const QStringList problems
            = op.errorCode != 0
                  ? OpenApiCatalog::validateError(answer.status, answer.body, op.errorCode,
                                                  op.dictionaryMessage)
                  : m_catalog.validateResponse(op.method, path, answer.status, answer.body);
        EXPECT_TRUE(problems.isEmpty())
            << op.method.constData() << ' ' << path.toStdString() << ":\n  "
            << problems.join(QStringLiteral("\n  ")).toStdString()
            << "\n  body: " << answer.body.left(600).constData();
        if (op.errorCode == 0)
            m_covered.insert(QString::fromLatin1(op.method) + QLatin1Char(' ')
                             + m_catalog.specFor(op.method, path)->findOperation(op.method, path));
        if (!op.remember.isEmpty()) {
            const QString sid = QJsonDocument::fromJson(answer.body)
                                    .object()
                                    .value(QLatin1String("sid"))
                                    .toString();
            ASSERT_FALSE(sid.isEmpty()) << answer.body.constData();
            m_values.insert(op.remember, sid);
        }
    }

    OpenApiCatalog m_catalog;
    Values m_values;
    std::unique_ptr<Twilio::TwilioClient> m_rest;
    int m_checked = 0;
    QStringList m_skipped;
    QStringList m_unimplemented;
    QSet<QString> m_covered;
};

} // namespace

// Rows for the products besides Messages (test_twinconformanceproducts.cpp).
QList<OpenApiOperation> productRows(TwinServer *twin, TwinTestClient *client);
// Channel senders, hanging up, WhatsApp and Content template messages (…conformancerows.cpp).
QList<OpenApiOperation> moreRows(TwinServer *twin, TwinTestClient *client);

TEST_F(TwinConformanceTest, EveryOperationMatchesTheSpecs)
{
    const QList<OpenApiOperation> messages = messageRows(m_twin.get());
    for (const OpenApiOperation &op : messages)
        run(op);
    EXPECT_EQ(m_checked, messages.size()) << "the Messages API is always served";
    EXPECT_TRUE(m_unimplemented.isEmpty());

    const QList<OpenApiOperation> products
        = productRows(m_twin.get(), m_client.get()) + moreRows(m_twin.get(), m_client.get());
    for (const OpenApiOperation &op : products)
        run(op);
    EXPECT_EQ(m_checked + m_skipped.size() + m_unimplemented.size(),
              messages.size() + products.size());
    QStringList covered(m_covered.begin(), m_covered.end());
    covered.sort();
    std::cout << m_checked << " rows checked; operations covered:\n  "
              << covered.join(QStringLiteral("\n  ")).toStdString() << '\n';
    if (!m_unimplemented.isEmpty())
        std::cout << "not served by this twin (404/20404): "
                  << m_unimplemented.join(QStringLiteral(", ")).toStdString() << '\n';
    if (!m_skipped.isEmpty())
        std::cout << "skipped: " << m_skipped.join(QStringLiteral(", ")).toStdString() << '\n';
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
        const Answer response = viaRestClient("GET", path, {});
        ASSERT_EQ(response.status, 200) << response.body.constData();
        const QStringList problems
            = m_catalog.validateResponse("GET", path, response.status, response.body);
        EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
        const QJsonObject page = QJsonDocument::fromJson(response.body).object();
        seen += static_cast<int>(page.value(QLatin1String("messages")).toArray().size());
        path = page.value(QLatin1String("next_page_uri")).toString();
        ++pages;
    }
    EXPECT_EQ(pages, 3);
    EXPECT_EQ(seen, 5);
}

TEST_F(TwinConformanceTest, EveryListPagesThroughItsNextPage)
{
    const QString account = m_twin->config().accountSid;
    for (int i = 0; i < 3; ++i) {
        ASSERT_EQ(m_client->create(sms(QStringLiteral("page %1").arg(i))).status, 201);
        Twilio::FormParams call;
        call.add(QStringLiteral("To"), QString::fromLatin1(Handset));
        call.add(QStringLiteral("From"), QString::fromLatin1(UsNumber));
        call.add(QStringLiteral("Twiml"), QStringLiteral("<Response><Say>x</Say></Response>"));
        ASSERT_EQ(
            m_client->post(QStringLiteral("/2010-04-01/Accounts/%1/Calls.json").arg(account), call)
                .status,
            201);
        Twilio::FormParams named;
        named.add(QStringLiteral("FriendlyName"), QStringLiteral("Vortex %1").arg(i));
        ASSERT_EQ(m_client->post(QStringLiteral("/v1/Services"), named).status, 201);
        ASSERT_EQ(m_client->post(QStringLiteral("/v2/Services"), named).status, 201);
        const Answer content
            = viaRestClient("POST", QStringLiteral("/v1/Content"),
                            QStringLiteral(R"({"friendly_name": "t%1", "language": "en",
                "types": {"twilio/text": {"body": "Incident"}}})")
                                .arg(i)
                                .toUtf8());
        ASSERT_EQ(content.status, 201) << content.body.constData();
    }
    m_twin->clock()->advance(120000); // calls and messages final: usage has records
    const QString base = m_twin->baseUrl().toString();
    struct List
    {
        QString path;
        QString key;
        int items; ///< -1: at least two pages, count not fixed
    };
    const QString api = QStringLiteral("/2010-04-01/Accounts/") + account;
    const QList<List> lists{
        {api + QStringLiteral("/Messages.json?PageSize=2"), QStringLiteral("messages"), 3},
        {api + QStringLiteral("/Calls.json?PageSize=2"), QStringLiteral("calls"), 3},
        {api + QStringLiteral("/Usage/Records.json?PageSize=2"), QStringLiteral("usage_records"),
         -1},
        {QStringLiteral("/v1/Services?PageSize=2"), QStringLiteral("services"), 3},
        {QStringLiteral("/v2/Services?PageSize=2"), QStringLiteral("services"), 3},
        {QStringLiteral("/v1/Content?PageSize=2"), QStringLiteral("contents"), 3},
    };
    for (const List &list : lists) {
        SCOPED_TRACE(list.path.toStdString());
        QString path = list.path;
        int pages = 0;
        int seen = 0;
        while (!path.isEmpty() && pages < 40) {
            const Answer response = viaRestClient("GET", path, {});
            ASSERT_EQ(response.status, 200) << path.toStdString() << response.body.constData();
            const QStringList problems
                = m_catalog.validateResponse("GET", path, response.status, response.body);
            EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
            const QJsonObject page = QJsonDocument::fromJson(response.body).object();
            const QJsonArray items = page.value(list.key).toArray();
            seen += static_cast<int>(items.size());
            EXPECT_LE(items.size(), 2);
            // 2010 lists: next_page_uri (host-relative); v1/v2: meta.next_page_url (absolute).
            path = page.contains(QLatin1String("meta"))
                       ? page.value(QLatin1String("meta"))
                             .toObject()
                             .value(QLatin1String("next_page_url"))
                             .toString()
                       : page.value(QLatin1String("next_page_uri")).toString();
            if (path.startsWith(base))
                path = path.mid(base.size());
            ++pages;
        }
        EXPECT_GE(pages, 2);
        if (list.items >= 0) {
            EXPECT_EQ(seen, list.items);
        }
    }
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

TEST(OpenApiSpecTest, AcceptsWhatTheOperationsOwnExamplesShow)
{
    // Usage records: the schema says "price" is a number, Twilio's examples send a string.
    OpenApiCatalog catalog;
    const QString usage = QStringLiteral(
        "/2010-04-01/Accounts/AC00000000000000000000000000000000/Usage/Records.json");
    const auto page = [](const char *price) -> QByteArray {
        return QByteArray(R"({"usage_records": [{"price": )") + price + "}]}";
    };
    EXPECT_TRUE(catalog.validateResponse("GET", usage, 200, page("\"0.01400\"")).isEmpty());
    EXPECT_TRUE(catalog.validateResponse("GET", usage, 200, page("0.014")).isEmpty());
    EXPECT_FALSE(catalog.validateResponse("GET", usage, 200, page("true")).isEmpty());
    // Lookup v2 marks no package nullable, yet its examples (and Twilio) send null for the
    // packages not asked for; a package that is neither an object nor null is still an error.
    const QString lookup = QStringLiteral("/v2/PhoneNumbers/+12015550199");
    EXPECT_TRUE(catalog.validateResponse("GET", lookup, 200, R"({"line_type_intelligence": null})")
                    .isEmpty());
    EXPECT_FALSE(
        catalog.validateResponse("GET", lookup, 200, R"({"line_type_intelligence": "mobile"})")
            .isEmpty());
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

TEST(TwinResponseTapTest, FlagsBadAnswersAndKeepsDocumentedOverrides)
{
    using Answer = TwinResponseTap::Answer;
    const QString messages
        = QStringLiteral("/2010-04-01/Accounts/AC00000000000000000000000000000000/Messages.json");
    // An error whose message is not the dictionary's title, and one with an override.
    const QByteArray wrongTitle
        = R"({"code": 21602, "message": "no body", "more_info": "https://www.twilio.com/docs/errors/21602", "status": 400})";
    EXPECT_FALSE(TwinResponseTap::check({"POST", messages, 400, wrongTitle}).isEmpty());
    const QByteArray notFound
        = R"({"code": 20404, "message": "The requested resource /x was not found", "more_info": "https://www.twilio.com/docs/errors/20404", "status": 404})";
    EXPECT_TRUE(TwinResponseTap::check({"GET", messages, 404, notFound}).isEmpty());
    EXPECT_FALSE(TwinResponseTap::messageOverride(20003, QStringLiteral("Wrong token")));
    // A success body that breaks its schema, and a 204 with a body.
    EXPECT_FALSE(TwinResponseTap::check({"GET", messages, 200, R"({"messages": 3})"}).isEmpty());
    const Answer deleted{"DELETE", QStringLiteral("/v1/Content/HX00000000000000000000000000000000"),
                         204, "{}"};
    EXPECT_FALSE(TwinResponseTap::check(deleted).isEmpty());
}
