// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/twilio/createmessagerequest.h"
#include "core/twilio/message.h"
#include "core/twilio/messagefilter.h"
#include "core/twilio/messagepage.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Vortex::Core::Twilio;

namespace {

// The example responses of Twilio's OpenAPI spec for one path + method + status.
QJsonObject specExamples(const QString &path, const QString &method, const QString &status)
{
    static const QJsonObject spec = [] {
        QFile f(Vortex::Test::sharedDir() + QStringLiteral("/twilio-oai/twilio_api_v2010.json"));
        if (!f.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(f.readAll()).object();
    }();
    return spec.value(QLatin1String("paths"))
        .toObject()
        .value(path)
        .toObject()
        .value(method)
        .toObject()
        .value(QLatin1String("responses"))
        .toObject()
        .value(status)
        .toObject()
        .value(QLatin1String("content"))
        .toObject()
        .value(QLatin1String("application/json"))
        .toObject()
        .value(QLatin1String("examples"))
        .toObject();
}

QJsonObject example(const QJsonObject &examples, const char *name)
{
    return examples.value(QLatin1String(name)).toObject().value(QLatin1String("value")).toObject();
}

const QString kList = QStringLiteral("/2010-04-01/Accounts/{AccountSid}/Messages.json");
const QString kOne = QStringLiteral("/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json");

} // namespace

TEST(Message, ParsesEveryCreateExampleOfTheSpec)
{
    const QJsonObject examples = specExamples(kList, QStringLiteral("post"), QStringLiteral("201"));
    ASSERT_GE(examples.size(), 5) << "spec not found under "
                                  << Vortex::Test::sharedDir().toStdString();
    for (auto it = examples.begin(); it != examples.end(); ++it) {
        const auto m
            = Message::fromJson(it.value().toObject().value(QLatin1String("value")).toObject());
        ASSERT_TRUE(m.ok()) << it.key().toStdString() << ": " << m.error().message.toStdString();
        EXPECT_TRUE(m->sid.startsWith(QLatin1String("SM"))
                    || m->sid.startsWith(QLatin1String("MM")));
        EXPECT_EQ(m->accountSid.size(), 34);
        EXPECT_TRUE(m->dateCreated.isValid()) << it.key().toStdString();
        EXPECT_EQ(m->dateCreated.timeSpec(), Qt::UTC);
        EXPECT_FALSE(m->status.isEmpty());
    }
}

TEST(Message, CreateExampleFields)
{
    const auto m = Message::fromJson(
        example(specExamples(kList, QStringLiteral("post"), QStringLiteral("201")), "create"));
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m->sid, QStringLiteral("SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    EXPECT_EQ(m->messagingServiceSid, QStringLiteral("MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    EXPECT_EQ(m->status, QStringLiteral("queued"));
    EXPECT_EQ(m->direction, QStringLiteral("outbound-api"));
    EXPECT_EQ(m->from, QStringLiteral("+14155552345"));
    EXPECT_EQ(m->body, QString::fromUtf8("Hello! \xF0\x9F\x91\x8D"));
    EXPECT_EQ(m->numSegments, 1);
    EXPECT_EQ(m->numMedia, 0);
    EXPECT_TRUE(m->price.isEmpty()) << "null until billed";
    EXPECT_FALSE(m->priceValue.has_value());
    EXPECT_TRUE(m->priceUnit.isEmpty());
    EXPECT_EQ(m->errorCode, 0);
    EXPECT_EQ(m->dateCreated, QDateTime(QDate(2023, 8, 24), QTime(5, 1, 45), Qt::UTC));
    EXPECT_TRUE(
        m->uri.endsWith(QLatin1String("/Messages/SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json")));
}

TEST(Message, FetchExampleHasPriceAndErrorCode)
{
    const auto m = Message::fromJson(
        example(specExamples(kOne, QStringLiteral("get"), QStringLiteral("200")), "fetch"));
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m->sid, QStringLiteral("SMb7c0a2ce80504485a6f653a7110836f5"));
    EXPECT_EQ(m->price, QStringLiteral("-0.00750"));
    ASSERT_TRUE(m->priceValue.has_value());
    EXPECT_DOUBLE_EQ(*m->priceValue, -0.0075);
    EXPECT_EQ(m->priceUnit, QStringLiteral("USD"));
    EXPECT_EQ(m->errorCode, 30007);
    EXPECT_EQ(m->errorMessage, QStringLiteral("Carrier violation"));
    EXPECT_EQ(m->dateSent, QDateTime(QDate(2019, 5, 24), QTime(17, 18, 28), Qt::UTC));
}

TEST(Message, ListExamplePageAndEmptyPages)
{
    const QJsonObject examples = specExamples(kList, QStringLiteral("get"), QStringLiteral("200"));
    const auto page = MessagePage::fromJson(example(examples, "readFullPage1"));
    ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
    ASSERT_EQ(page->messages.size(), 2);
    EXPECT_EQ(page->pageSize, 2);
    EXPECT_EQ(page->page, 0);
    EXPECT_TRUE(page->hasNext());
    EXPECT_TRUE(page->nextPageUri.contains(QLatin1String("PageToken=PAMM")));
    const Message &mms = page->messages.at(1);
    EXPECT_EQ(mms.direction, QStringLiteral("inbound"));
    EXPECT_EQ(mms.numMedia, 3);
    EXPECT_EQ(mms.errorCode, 30004);

    int empties = 0;
    for (auto it = examples.begin(); it != examples.end(); ++it) {
        if (!it.key().startsWith(QLatin1String("readEmpty")))
            continue;
        const auto p
            = MessagePage::fromJson(it.value().toObject().value(QLatin1String("value")).toObject());
        ASSERT_TRUE(p.ok()) << it.key().toStdString();
        EXPECT_TRUE(p->messages.isEmpty());
        EXPECT_FALSE(p->hasNext());
        ++empties;
    }
    EXPECT_GE(empties, 3);
}

TEST(Message, RejectsMalformedObjects)
{
    EXPECT_FALSE(Message::fromJson(QByteArray("not json")).ok());
    EXPECT_FALSE(Message::fromJson(QByteArray("[]")).ok());
    EXPECT_FALSE(Message::fromJson(QByteArray(R"({"status": "queued"})")).ok()) << "no sid";
    EXPECT_FALSE(Message::fromJson(QByteArray(R"({"sid": "SM1", "num_segments": "two"})")).ok());
    EXPECT_FALSE(Message::fromJson(QByteArray(R"({"sid": "SM1", "price": "cheap"})")).ok());
    EXPECT_FALSE(Message::fromJson(QByteArray(R"({"sid": "SM1", "date_sent": "yesterday"})")).ok());
    const auto ok = Message::fromJson(
        QByteArray(R"({"sid": "SM1", "num_segments": 2, "date_sent": null, "error_code": null})"));
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok->numSegments, 2);
    EXPECT_FALSE(ok->dateSent.isValid());
    EXPECT_FALSE(MessagePage::fromJson(QByteArray(R"({"calls": []})")).ok());
    EXPECT_FALSE(MessagePage::fromJson(QByteArray(R"({"messages": [1]})")).ok());
}

TEST(Message, RequestAndFilterEncoding)
{
    CreateMessageRequest r;
    r.to = QStringLiteral("+14155550100");
    r.messagingServiceSid = QStringLiteral("MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    r.contentSid = QStringLiteral("HXaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    r.contentVariables.insert(QStringLiteral("1"), QStringLiteral("Alice"));
    r.statusCallback = QUrl(QStringLiteral("http://127.0.0.1:8080/twilio/status"));
    r.validityPeriodSeconds = 600;
    const FormParams form = r.toForm();
    EXPECT_EQ(form.value(QStringLiteral("To")), QStringLiteral("+14155550100"));
    EXPECT_FALSE(form.contains(QStringLiteral("From")));
    EXPECT_FALSE(form.contains(QStringLiteral("Body")));
    EXPECT_EQ(form.value(QStringLiteral("ContentVariables")), QStringLiteral(R"({"1":"Alice"})"));
    EXPECT_EQ(form.value(QStringLiteral("ValidityPeriod")), QStringLiteral("600"));
    EXPECT_TRUE(form.encode().contains("To=%2B14155550100"));

    MessageFilter f;
    f.to = QStringLiteral("+14155550100");
    f.sentOnOrAfter = QDate(2026, 1, 2);
    f.pageSize = 5000;
    const QByteArray q = f.toQuery().encode();
    EXPECT_TRUE(q.contains("DateSent%3E=2026-01-02")) << q.constData();
    EXPECT_TRUE(q.contains("PageSize=1000")) << "clamped to Twilio's maximum";
}
