// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The intake's request format (IntakeRequest) and its HMAC signature (IntakeSignature).
#include "core/paging/intakerequest.h"
#include "core/paging/intakesignature.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

#include <gtest/gtest.h>

using namespace Vortex::Core::Paging;

namespace {

QString errorOf(const QByteArray &json)
{
    const auto parsed = IntakeRequest::fromJson(json);
    return parsed ? QString() : parsed.error();
}

} // namespace

TEST(IntakeSignature, SignsTimestampDotBodyWithHmacSha256)
{
    // Independent computation: HMAC-SHA256 over "<ts>.<body>" in hex, "v1=" in front.
    const QByteArray body = R"({"action":"raise"})";
    const QByteArray expected = "v1="
                                + QMessageAuthenticationCode::hash("1700000000." + body, "s3cret",
                                                                   QCryptographicHash::Sha256)
                                      .toHex();
    EXPECT_EQ(IntakeSignature::sign("s3cret", 1700000000, body), expected);
    // A well-known HMAC-SHA256 vector (RFC 4231 style key "key", message below).
    EXPECT_EQ(IntakeSignature::sign("key", 0, "The quick brown fox"),
              "v1="
                  + QMessageAuthenticationCode::hash("0.The quick brown fox", "key",
                                                     QCryptographicHash::Sha256)
                        .toHex());
}

TEST(IntakeSignature, VerifyAcceptsFreshSignaturesAndRejectsTheRest)
{
    const QByteArray body = R"({"action":"resolve","code":"17"})";
    const qint64 now = 1700000000;
    const QByteArray signature = IntakeSignature::sign("secret", now - 10, body);
    const QByteArray ts = QByteArray::number(now - 10);
    EXPECT_TRUE(IntakeSignature::verify("secret", ts, signature, body, now));
    EXPECT_TRUE(IntakeSignature::verify("secret", ts, signature.toUpper().replace("V1=", "v1="),
                                        body, now));

    auto error = [&](const QByteArray &secret, const QByteArray &timestamp, const QByteArray &sig,
                     const QByteArray &b, qint64 at) {
        const auto result = IntakeSignature::verify(secret, timestamp, sig, b, at);
        EXPECT_FALSE(result);
        return result ? QString() : result.error();
    };
    EXPECT_TRUE(error("other", ts, signature, body, now).contains(QLatin1String("does not match")));
    EXPECT_TRUE(error("secret", ts, signature, body + " ", now).contains(QLatin1String("match")));
    EXPECT_TRUE(error("secret", QByteArray::number(now - 9), signature, body, now)
                    .contains(QLatin1String("match")));
    EXPECT_TRUE(error("secret", ts, signature, body, now + 400).contains(QLatin1String("clock")));
    EXPECT_TRUE(error("secret", ts, signature, body, now - 400).contains(QLatin1String("clock")));
    EXPECT_TRUE(error("secret", {}, signature, body, now).contains(QLatin1String("missing")));
    EXPECT_TRUE(error("secret", ts, {}, body, now).contains(QLatin1String("missing")));
    EXPECT_TRUE(error("secret", "12a", signature, body, now).contains(QLatin1String("Unix time")));
    EXPECT_TRUE(error("secret", "-5", signature, body, now).contains(QLatin1String("Unix time")));
    EXPECT_TRUE(error("secret", ts, signature.mid(3), body, now).contains(QLatin1String("v1=")));
    EXPECT_FALSE(IntakeSignature::verify({}, ts, signature, body, now));
    // The tolerance is a parameter.
    EXPECT_FALSE(IntakeSignature::verify("secret", ts, signature, body, now, 5));
    EXPECT_TRUE(IntakeSignature::verify("secret", ts, signature, body, now, 10));
}

TEST(IntakeRequest, ParsesARaiseWithEveryField)
{
    const auto parsed = IntakeRequest::fromJson(R"({
        "action": "raise", "dedup_key": "db-1/disk", "severity": "sev1",
        "title": "Disk full on db-1", "summary": "95% used", "link": "https://iq.example.com/i/1",
        "runbook": "Rotate the logs.", "source": "vortex-iq", "policy": "ops", "actor": "iq",
        "unknown_future_key": [1, 2]})");
    ASSERT_TRUE(parsed) << parsed.error().toStdString();
    const IntakeRequest &r = parsed.value();
    EXPECT_EQ(r.action, IntakeRequest::Action::Raise);
    EXPECT_EQ(r.dedupKey, QStringLiteral("db-1/disk"));
    EXPECT_EQ(r.severity, Severity::Sev1);
    EXPECT_EQ(r.title, QStringLiteral("Disk full on db-1"));
    EXPECT_EQ(r.summary, QStringLiteral("95% used"));
    EXPECT_EQ(r.link, QStringLiteral("https://iq.example.com/i/1"));
    EXPECT_EQ(r.runbook, QStringLiteral("Rotate the logs."));
    EXPECT_EQ(r.source, QStringLiteral("vortex-iq"));
    EXPECT_EQ(r.policyId, QStringLiteral("ops"));
    EXPECT_EQ(r.actor, QStringLiteral("iq"));
    EXPECT_FALSE(r.minutes);

    // toJson round-trips and leaves out what is not set.
    const QJsonObject json = r.toJson();
    EXPECT_EQ(json.value(QLatin1String("severity")).toString(), QStringLiteral("sev1"));
    EXPECT_EQ(json.value(QLatin1String("policy")).toString(), QStringLiteral("ops"));
    EXPECT_FALSE(json.contains(QLatin1String("code")));
    EXPECT_FALSE(json.contains(QLatin1String("minutes")));
    EXPECT_FALSE(json.contains(QLatin1String("unknown_future_key")));
    const auto again = IntakeRequest::fromJsonObject(json);
    ASSERT_TRUE(again);
    EXPECT_EQ(again.value().toJson(), json);
}

TEST(IntakeRequest, OtherActionsNeedAKeyOrACode)
{
    auto action = [](const QByteArray &json) {
        const auto parsed = IntakeRequest::fromJson(json);
        EXPECT_TRUE(parsed) << json.constData() << ": "
                            << (parsed ? std::string() : parsed.error().toStdString());
        return parsed ? parsed.value().action : IntakeRequest::Action::Raise;
    };
    EXPECT_EQ(action(R"({"action":"update","dedup_key":"k","summary":"worse"})"),
              IntakeRequest::Action::Update);
    EXPECT_EQ(action(R"({"action":"resolve","code":"17"})"), IntakeRequest::Action::Resolve);
    EXPECT_EQ(action(R"({"action":"acknowledge","dedup_key":"k"})"),
              IntakeRequest::Action::Acknowledge);
    const auto snooze = IntakeRequest::fromJson(R"({"action":"snooze","code":"17","minutes":30})");
    ASSERT_TRUE(snooze);
    EXPECT_EQ(snooze.value().minutes, 30);
    EXPECT_EQ(snooze.value().toJson().value(QLatin1String("minutes")).toInt(), 30);

    EXPECT_EQ(errorOf(R"({"action":"update","code":"17"})"),
              QStringLiteral("dedup_key is required to update"));
    EXPECT_EQ(errorOf(R"({"action":"resolve"})"),
              QStringLiteral("dedup_key or code is required to resolve"));
    EXPECT_EQ(errorOf(R"({"action":"snooze","dedup_key":"k","minutes":0})"),
              QStringLiteral("minutes must be between 1 and 1440"));
    EXPECT_EQ(errorOf(R"({"action":"snooze","dedup_key":"k","minutes":1441})"),
              QStringLiteral("minutes must be between 1 and 1440"));
    EXPECT_EQ(errorOf(R"({"action":"snooze","dedup_key":"k","minutes":2.5})"),
              QStringLiteral("minutes must be a whole number"));
    EXPECT_EQ(errorOf(R"({"action":"snooze","dedup_key":"k","minutes":"30"})"),
              QStringLiteral("minutes must be a whole number"));
}

TEST(IntakeRequest, ProblemsNameTheField)
{
    const QByteArray raise = R"("action":"raise","dedup_key":"k","severity":"sev2","title":"t")";
    EXPECT_TRUE(errorOf("{" + raise + "}").isEmpty());
    EXPECT_EQ(errorOf(R"({"action":"raise","severity":"sev2","title":"t"})"),
              QStringLiteral("dedup_key is required to raise"));
    EXPECT_EQ(errorOf(R"({"action":"raise","dedup_key":"k","title":"t"})"),
              QStringLiteral("severity is required to raise"));
    EXPECT_EQ(errorOf(R"({"action":"raise","dedup_key":"k","severity":"sev2"})"),
              QStringLiteral("title is required to raise"));
    EXPECT_EQ(errorOf(R"({"action":"raise","dedup_key":"k","severity":"sev2","title":"  "})"),
              QStringLiteral("title must not be empty"));
    EXPECT_EQ(errorOf(R"({"action":"raise","dedup_key":"k","severity":"sev5","title":"t"})"),
              QStringLiteral("severity must be one of sev1, sev2, sev3, sev4"));
    EXPECT_EQ(errorOf(R"({"action":"raise","dedup_key":"k","severity":"SEV1","title":"t"})"),
              QStringLiteral("severity must be one of sev1, sev2, sev3, sev4"));
    EXPECT_EQ(errorOf(R"({"action":"raise","dedup_key":"k","severity":1,"title":"t"})"),
              QStringLiteral("severity must be a string"));
    EXPECT_EQ(errorOf(R"({"action":"raise","dedup_key":7,"severity":"sev1","title":"t"})"),
              QStringLiteral("dedup_key must be a string"));
    EXPECT_EQ(errorOf(R"({"action":"raise","dedup_key":"k","severity":"sev1","title":["t"]})"),
              QStringLiteral("title must be a string"));
    EXPECT_EQ(errorOf("{" + raise + R"(,"summary":true})"),
              QStringLiteral("summary must be a string"));
    EXPECT_EQ(errorOf("{" + raise + R"(,"link":"ftp://example.com/x"})"),
              QStringLiteral("link must be an absolute http(s) URL"));
    EXPECT_EQ(errorOf("{" + raise + R"(,"link":"/relative/path"})"),
              QStringLiteral("link must be an absolute http(s) URL"));
    EXPECT_EQ(errorOf("{" + raise + R"(,"link":"https://"})"),
              QStringLiteral("link must be an absolute http(s) URL"));
    EXPECT_TRUE(errorOf("{" + raise + R"(,"link":"http://iq.example.com:8080/a?b=c"})").isEmpty());

    const QByteArray longKey(201, 'k');
    EXPECT_EQ(errorOf(R"({"action":"update","dedup_key":")" + longKey + R"("})"),
              QStringLiteral("dedup_key must be at most 200 characters"));
    EXPECT_EQ(errorOf("{" + raise + R"(,"summary":")" + QByteArray(2001, 's') + "\"}"),
              QStringLiteral("summary must be at most 2000 characters"));
    EXPECT_TRUE(errorOf("{" + raise + R"(,"summary":")" + QByteArray(2000, 's') + "\"}").isEmpty());
    EXPECT_EQ(errorOf("{" + raise + R"(,"runbook":")" + QByteArray(4001, 'r') + "\"}"),
              QStringLiteral("runbook must be at most 4000 characters"));
    EXPECT_EQ(errorOf(R"({"action":"raise","dedup_key":"k","severity":"sev1","title":")"
                      + QByteArray(201, 't') + "\"}"),
              QStringLiteral("title must be at most 200 characters"));
}

TEST(IntakeRequest, RejectsWhatIsNotARequestObject)
{
    EXPECT_TRUE(errorOf("not json").startsWith(QLatin1String("the body is not valid JSON")));
    EXPECT_TRUE(errorOf("").startsWith(QLatin1String("the body is not valid JSON")));
    EXPECT_EQ(errorOf("[1,2]"), QStringLiteral("the body must be a JSON object"));
    EXPECT_EQ(errorOf("{}"), QStringLiteral("action is missing"));
    EXPECT_EQ(errorOf(R"({"action":3})"), QStringLiteral("action must be a string"));
    EXPECT_EQ(errorOf(R"({"action":"delete","dedup_key":"k"})"),
              QStringLiteral("action must be one of raise, update, resolve, acknowledge, snooze"));
}
