// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/twilio/twilioerror.h"

#include <gtest/gtest.h>

using Vortex::Core::Twilio::TwilioError;
using Kind = TwilioError::Kind;

namespace {

struct Row
{
    const char *name;
    TwilioError error;
    bool transient;
};

TwilioError api(int status, int code)
{
    return TwilioError::fromHttpReply(
        status, QStringLiteral(R"({"code": %1, "message": "m", "status": %2})")
                    .arg(code)
                    .arg(status)
                    .toUtf8());
}

} // namespace

TEST(TwilioError, ClassificationTable)
{
    const Row rows[] = {
        {"network", TwilioError::network(QStringLiteral("Connection refused")), true},
        {"timeout", TwilioError::timeout(), true},
        {"429 plain", TwilioError::fromHttpReply(429, "Too Many Requests"), true},
        {"429/20429", api(429, 20429), true},
        {"20429 under another status", api(400, 20429), true},
        {"Verify 60202 max check attempts (429)", api(429, 60202), false},
        {"Verify 60203 max send attempts (429)", api(429, 60203), false},
        {"500/20500", api(500, 20500), true},
        {"503/20503", api(503, 20503), true},
        {"502 html", TwilioError::fromHttpReply(502, "<html>Bad gateway</html>"), true},
        {"400/21211", api(400, 21211), false},
        {"400/21610", api(400, 21610), false},
        {"401/20003", api(401, 20003), false},
        {"403", TwilioError::fromHttpReply(403, "Forbidden"), false},
        {"404/20404", api(404, 20404), false},
        {"405/20004", api(405, 20004), false},
        {"413", api(413, 20413), false},
        {"parse", TwilioError::parse(QStringLiteral("bad json")), false},
        {"aborted", TwilioError::aborted(), false},
    };
    for (const Row &row : rows)
        EXPECT_EQ(row.error.isTransient(), row.transient) << row.name;
}

TEST(TwilioError, ParsesTwilioErrorBody)
{
    const QByteArray body
        = R"({"code": 20003, "detail": "Your AccountSid or AuthToken was incorrect.", "message": "Authenticate", "more_info": "https://www.twilio.com/docs/errors/20003", "status": 401})";
    const TwilioError e = TwilioError::fromHttpReply(401, body);
    EXPECT_EQ(e.kind, Kind::Api);
    EXPECT_EQ(e.httpStatus, 401);
    EXPECT_EQ(e.code, 20003);
    EXPECT_EQ(e.message, QStringLiteral("Authenticate"));
    EXPECT_EQ(e.moreInfo, QStringLiteral("https://www.twilio.com/docs/errors/20003"));
    EXPECT_EQ(e.retryAfterMs, -1);
    EXPECT_FALSE(e.isTransient());
}

TEST(TwilioError, ParsesProblemJson)
{
    const QByteArray body
        = R"({"type": "https://www.twilio.com/docs/errors/60200", "title": "Invalid parameter", "status": 400, "code": 60200, "detail": "Invalid parameter: To", "instance": "/v2/Services/VA1/Verifications"})";
    const TwilioError e = TwilioError::fromHttpReply(400, body);
    EXPECT_EQ(e.kind, Kind::Api);
    EXPECT_EQ(e.code, 60200);
    EXPECT_EQ(e.message, QStringLiteral("Invalid parameter: To"));
    EXPECT_EQ(e.moreInfo, QStringLiteral("https://www.twilio.com/docs/errors/60200"));
}

TEST(TwilioError, ToleratesNonJsonAndJsonWithoutCode)
{
    const TwilioError html
        = TwilioError::fromHttpReply(503, "<html><body>\n Service  down </body>");
    EXPECT_EQ(html.kind, Kind::Http);
    EXPECT_EQ(html.code, 0);
    EXPECT_EQ(html.httpStatus, 503);
    EXPECT_TRUE(html.message.contains(QStringLiteral("Service down")));

    const TwilioError empty = TwilioError::fromHttpReply(404, QByteArray());
    EXPECT_EQ(empty.kind, Kind::Http);
    EXPECT_FALSE(empty.isTransient());

    const TwilioError noCode = TwilioError::fromHttpReply(400, R"({"message": "nope"})");
    EXPECT_EQ(noCode.kind, Kind::Http);
    EXPECT_EQ(noCode.message, QStringLiteral("nope"));

    const TwilioError stringCode
        = TwilioError::fromHttpReply(400, R"({"code": "21211", "message": "Invalid 'To'"})");
    EXPECT_EQ(stringCode.kind, Kind::Api);
    EXPECT_EQ(stringCode.code, 21211);
    EXPECT_EQ(stringCode.moreInfo, QStringLiteral("https://www.twilio.com/docs/errors/21211"))
        << "filled in from the dictionary when the body has none";
}

TEST(TwilioError, RetryAfterSecondsAndHttpDate)
{
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
    EXPECT_EQ(TwilioError::parseRetryAfter("2", now), 2000);
    EXPECT_EQ(TwilioError::parseRetryAfter(" 0 ", now), 0);
    EXPECT_EQ(TwilioError::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), 60000);
    EXPECT_EQ(TwilioError::parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now), 0)
        << "a date in the past means now";
    EXPECT_EQ(TwilioError::parseRetryAfter("", now), -1);
    EXPECT_EQ(TwilioError::parseRetryAfter("-5", now), -1);
    EXPECT_EQ(TwilioError::parseRetryAfter("soon", now), -1);

    const TwilioError e = TwilioError::fromHttpReply(
        429, R"({"code": 20429, "message": "Too Many Requests", "status": 429})", "3");
    EXPECT_EQ(e.retryAfterMs, 3000);
    EXPECT_TRUE(e.isTransient());
}

TEST(TwilioError, DescriptionUsesTheErrorDictionary)
{
    const TwilioError e = TwilioError::fromHttpReply(
        400, R"({"code": 21211, "message": "Invalid 'To' Phone Number: +1555", "status": 400})");
    const QString d = e.description();
    EXPECT_TRUE(d.contains(QStringLiteral("21211"))) << d.toStdString();
    EXPECT_FALSE(d.contains(QStringLiteral("+1555"))) << "dictionary title, not the raw message";
    EXPECT_FALSE(TwilioError::timeout().description().isEmpty());
    EXPECT_TRUE(TwilioError::fromHttpReply(502, "x").description().contains(QStringLiteral("502")));
    EXPECT_EQ(e.logTag(), QStringLiteral("Api 400/21211"));
}
