// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Vectors from the official SDKs' unit tests (TWILIO.md §5.4).
#include "core/twilio/signature.h"

#include <gtest/gtest.h>

using Vortex::Core::Twilio::FormParams;
using Vortex::Core::Twilio::RequestSignature;

namespace {

const QByteArray Token = "12345";
const QString Url = QStringLiteral("https://mycompany.com/myapp.php?foo=1&bar=2");

FormParams p1()
{
    return {{QStringLiteral("CallSid"), QStringLiteral("CA1234567890ABCDE")},
            {QStringLiteral("Caller"), QStringLiteral("+14158675309")},
            {QStringLiteral("Digits"), QStringLiteral("1234")},
            {QStringLiteral("From"), QStringLiteral("+14158675309")},
            {QStringLiteral("To"), QStringLiteral("+18005551212")}};
}

} // namespace

TEST(Signature, V1SignedStringAndSignature)
{
    EXPECT_EQ(RequestSignature::signedPayload(Url, p1()),
              QByteArray("https://mycompany.com/myapp.php?foo=1&bar=2CallSidCA1234567890ABCDECaller"
                         "+14158675309Digits1234From+14158675309To+18005551212"));
    EXPECT_EQ(RequestSignature::compute(Token, Url, p1()),
              QByteArray("RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    EXPECT_TRUE(RequestSignature::validate(Token, Url, p1(), "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
}

TEST(Signature, V1ParameterOrderDoesNotMatter)
{
    FormParams shuffled;
    const auto items = p1().items();
    for (auto it = items.crbegin(); it != items.crend(); ++it)
        shuffled.add(it->first, it->second);
    EXPECT_TRUE(RequestSignature::validate(Token, Url, shuffled, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
}

TEST(Signature, V6RepeatedKeysAreDedupedAndSorted)
{
    const FormParams params{{QStringLiteral("Sid"), QStringLiteral("CA123")},
                            {QStringLiteral("SidAccount"), QStringLiteral("AC123")},
                            {QStringLiteral("Digits"), QStringLiteral("5678")},
                            {QStringLiteral("Digits"), QStringLiteral("1234")},
                            {QStringLiteral("Digits"), QStringLiteral("1234")}};
    EXPECT_EQ(RequestSignature::signedPayload(Url, params),
              QByteArray("https://mycompany.com/myapp.php?foo=1&bar=2Digits1234Digits5678SidCA123"
                         "SidAccountAC123"));
    EXPECT_TRUE(RequestSignature::validate(Token, Url, params, "IK+Dwps556ElfBT0I3Rgjkr1wJU="));
}

TEST(Signature, V7JsonBodyHash)
{
    const QByteArray body = R"({"property": "value", "boolean": true})";
    const QString url
        = Url
          + QStringLiteral("&bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7"
                           "cf19632632f96e6620");
    EXPECT_TRUE(
        RequestSignature::validateJsonBody(Token, url, body, "a9nBmqA0ju/hNViExpshrM61xv4="));
    EXPECT_FALSE(
        RequestSignature::validateJsonBody(Token, url, body + " ", "a9nBmqA0ju/hNViExpshrM61xv4="));
    EXPECT_FALSE(
        RequestSignature::validateJsonBody(Token, Url, body, "RSOYDt4T1cUTdK1PDd93/VVr8B8="))
        << "V1's signature against a body without bodySHA256 must fail";
}

TEST(Signature, NegativeVectors)
{
    EXPECT_FALSE(RequestSignature::validate(Token, Url, p1(), "WRONG_SIGNATURE"));
    EXPECT_FALSE(RequestSignature::validate(Token, Url, p1(), "NOTRSOYDt4T1cUTdK1PDd93/VVr8B8="));
    EXPECT_FALSE(RequestSignature::validate(Token, Url, p1(), ""));
    EXPECT_FALSE(RequestSignature::validate("54321", Url, p1(), "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    FormParams tampered = p1();
    tampered.add(QStringLiteral("Extra"), QStringLiteral("1"));
    EXPECT_FALSE(RequestSignature::validate(Token, Url, tampered, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));

    const QByteArray sig = RequestSignature::compute(
        "s3cr3t", QStringLiteral("https://example.com/path?test=param"), {});
    EXPECT_FALSE(RequestSignature::validate(
        "s3cr3t", QStringLiteral("https://example.com/path?test=param2"), {}, sig));
}

TEST(Signature, DefaultPortPresentOrAbsentOnEitherSide)
{
    const QByteArray token = "s3cr3t";
    const QString without = QStringLiteral("https://example.com/path?test=param");
    const QString with = QStringLiteral("https://example.com:443/path?test=param");
    const QByteArray sigWithout = RequestSignature::compute(token, without, p1());
    const QByteArray sigWith = RequestSignature::compute(token, with, p1());
    EXPECT_TRUE(RequestSignature::validate(token, without, p1(), sigWithout));
    EXPECT_TRUE(RequestSignature::validate(token, without, p1(), sigWith));
    EXPECT_TRUE(RequestSignature::validate(token, with, p1(), sigWithout));
    EXPECT_TRUE(RequestSignature::validate(token, with, p1(), sigWith));
    // http uses :80, and user:pass@ stays in the signed URL.
    const QString http = QStringLiteral("http://user:pass@relay.local/twilio/status");
    const QByteArray sigHttp80 = RequestSignature::compute(
        token, QStringLiteral("http://user:pass@relay.local:80/twilio/status"), p1());
    EXPECT_TRUE(RequestSignature::validate(token, http, p1(), sigHttp80));
}

TEST(Signature, ExplicitNonDefaultPortIsStrippedLikePython)
{
    const QByteArray token = "s3cr3t";
    const QString withPort = QStringLiteral("http://127.0.0.1:8123/twilio/status");
    const QByteArray sigNoPort
        = RequestSignature::compute(token, QStringLiteral("http://127.0.0.1/twilio/status"), p1());
    EXPECT_TRUE(RequestSignature::validate(token, withPort, p1(), sigNoPort));
    const QByteArray sigOtherPort = RequestSignature::compute(
        token, QStringLiteral("http://127.0.0.1:9999/twilio/status"), p1());
    EXPECT_FALSE(RequestSignature::validate(token, withPort, p1(), sigOtherPort));
}

TEST(Signature, UrlVariants)
{
    EXPECT_EQ(RequestSignature::urlVariants(QStringLiteral("https://a.example/x?y=1")),
              QStringList({QStringLiteral("https://a.example/x?y=1"),
                           QStringLiteral("https://a.example:443/x?y=1")}));
    EXPECT_EQ(RequestSignature::urlVariants(QStringLiteral("https://a.example:8443/x")),
              QStringList({QStringLiteral("https://a.example:8443/x"),
                           QStringLiteral("https://a.example/x")}));
}
