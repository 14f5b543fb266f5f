// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Calls API of the twin through the real REST client over loopback, on a manual clock: create
// validation, every lifecycle ending, subscribed status callbacks with SequenceNumber and valid
// signatures, 1 CPS queueing, AMD, prices per started minute, list and update.
#include "core/twilio/signature.h"
#include "core/twilio/twilioclient.h"
#include "core/twin/twinclock.h"
#include "support/testsupport.h"
#include "twintestfixture.h"
#include "webhookreceiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Vortex::Core;
using namespace Vortex::Core::Twin;
using namespace Vortex::Test;
using Twilio::FormParams;

namespace {

const QRegularExpression rfc2822(QStringLiteral(
    "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d [A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d:\\d\\d "
    "\\+0000$"));

const QString HelloTwiml
    = QStringLiteral("<Response><Say>Disk full on db-1.</Say><Hangup/></Response>");

} // namespace

class TwinCallsTest : public TwinFixture
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_receiver.listen());
        TwinFixture::SetUp();
        m_twin->clock()->setMode(TwinClock::Mode::Manual);
        m_rest = std::make_unique<Twilio::TwilioClient>(
            Twilio::Credentials(m_twin->config().accountSid, m_twin->config().authToken),
            Twilio::Endpoints::forAll(m_twin->baseUrl()));
    }

    QString callsPath(const QString &sid = {}) const
    {
        const QString base
            = QStringLiteral("/2010-04-01/Accounts/%1/Calls").arg(m_twin->config().accountSid);
        if (sid.isEmpty())
            return base + QStringLiteral(".json");
        return base + QLatin1Char('/') + sid + QStringLiteral(".json");
    }

    /// One request through TwilioClient::createRestCall; waits for its result.
    Twilio::RestResult rest(const QByteArray &method, const QString &path,
                            const FormParams &form = {})
    {
        QByteArray encoded = QUrl(path).toEncoded();
        if (method == "GET" && !form.isEmpty())
            encoded += '?' + form.encode();
        Twilio::RestCall *call
            = m_rest->createRestCall(method, Twilio::Endpoints::Product::Api, encoded,
                                     method == "GET" ? QByteArray() : form.encode(), m_rest.get());
        std::optional<Twilio::RestResult> result;
        QObject::connect(call, &Twilio::RestCall::finished, m_rest.get(),
                         [&result](const Twilio::RestResult &r) { result = r; });
        call->start();
        EXPECT_TRUE(waitUntil([&] { return result.has_value(); }));
        call->deleteLater();
        return result.value_or(Twilio::RestResult(fail(Twilio::TwilioError::network({}))));
    }

    static QJsonObject json(const Twilio::RestResult &result)
    {
        return result ? QJsonDocument::fromJson(result.value().body).object() : QJsonObject();
    }

    FormParams callForm(const QString &to = QString::fromLatin1(Handset),
                        const QString &twiml = HelloTwiml)
    {
        FormParams form;
        form.add(QStringLiteral("To"), to);
        form.add(QStringLiteral("From"), QString::fromLatin1(UsNumber));
        form.add(QStringLiteral("Twiml"), twiml);
        form.add(QStringLiteral("StatusCallback"), callbackUrl());
        return form;
    }

    QString callbackUrl() const
    {
        return m_receiver.url(QStringLiteral("/calls")).toString() + QStringLiteral("?team=ops");
    }

    QString create(const FormParams &form)
    {
        const auto created = rest("POST", callsPath(), form);
        EXPECT_TRUE(created) << (created ? "" : created.error().logTag().toStdString());
        EXPECT_EQ(created ? created.value().httpStatus : 0, 201);
        return json(created).value(QLatin1String("sid")).toString();
    }

    int createError(const FormParams &form)
    {
        const auto created = rest("POST", callsPath(), form);
        EXPECT_FALSE(created);
        return created ? 0 : created.error().code;
    }

    QJsonObject fetch(const QString &sid) { return json(rest("GET", callsPath(sid))); }

    /// Waits until no call webhook or TwiML request is on the wire.
    void settle()
    {
        EXPECT_TRUE(waitUntil([&] {
            return m_twin->pendingWebhooks() == 0
                   && m_client->get(QStringLiteral("/_twin/calls"))
                              .json.value(QLatin1String("pending_http"))
                              .toInt(-1)
                          == 0;
        }));
    }

    /// Moves the manual clock in steps, letting HTTP finish between them.
    void advance(qint64 ms, qint64 stepMs = 500)
    {
        for (qint64 done = 0; done < ms; done += stepMs) {
            m_twin->clock()->advance(qMin(stepMs, ms - done));
            settle();
        }
    }

    QList<FormParams> callbacks(const QString &sid) const
    {
        QList<FormParams> result;
        for (const ReceivedWebhook &hook : m_receiver.received()) {
            if (hook.params.value(QStringLiteral("CallSid")) != sid)
                continue;
            EXPECT_TRUE(Twilio::RequestSignature::validate(
                m_twin->config().authToken, callbackUrl(), hook.params, hook.signature));
            result.append(hook.params);
        }
        return result;
    }

    void addPerson(const QString &number, const CallBehaviour &behaviour)
    {
        Person person;
        person.name = QStringLiteral("On-call");
        person.number = number;
        person.call = behaviour;
        m_twin->people().upsert(person);
    }

    /// Twin time between two call.status events of \a sid.
    qint64 msBetween(const QString &sid, const QString &from, const QString &to) const
    {
        qint64 start = -1;
        qint64 end = -1;
        for (const TwinEvent &event : m_twin->events().after(0, 100000)) {
            if (event.sid != sid || event.kind != QLatin1String("call.status"))
                continue;
            const QString status = event.fields.value(QLatin1String("status")).toString();
            if (status == from)
                start = event.atMs;
            if (status == to)
                end = event.atMs;
        }
        return start < 0 || end < 0 ? -1 : end - start;
    }

    WebhookReceiver m_receiver;
    std::unique_ptr<Twilio::TwilioClient> m_rest;
};

TEST_F(TwinCallsTest, CreateAnswersTheSpecShape)
{
    const auto created = rest("POST", callsPath(), callForm());
    ASSERT_TRUE(created);
    EXPECT_EQ(created.value().httpStatus, 201);
    const QJsonObject call = json(created);
    EXPECT_TRUE(call.value(QLatin1String("sid"))
                    .toString()
                    .contains(QRegularExpression(QStringLiteral("^CA[0-9a-f]{32}$"))));
    EXPECT_EQ(call.value(QLatin1String("status")).toString(), QStringLiteral("queued"));
    EXPECT_EQ(call.value(QLatin1String("direction")).toString(), QStringLiteral("outbound-api"));
    EXPECT_EQ(call.value(QLatin1String("to")).toString(), QString::fromLatin1(Handset));
    EXPECT_EQ(call.value(QLatin1String("to_formatted")).toString(),
              QStringLiteral("(201) 555-0199"));
    EXPECT_EQ(call.value(QLatin1String("from_formatted")).toString(),
              QStringLiteral("(201) 555-0123"));
    EXPECT_EQ(call.value(QLatin1String("queue_time")).toString(), QStringLiteral("0"));
    EXPECT_TRUE(call.value(QLatin1String("duration")).isNull());
    EXPECT_TRUE(call.value(QLatin1String("price")).isNull());
    EXPECT_TRUE(call.value(QLatin1String("answered_by")).isNull());
    EXPECT_TRUE(call.value(QLatin1String("start_time")).isNull());
    EXPECT_TRUE(call.value(QLatin1String("date_created")).toString().contains(rfc2822));
    EXPECT_EQ(call.value(QLatin1String("api_version")).toString(), QStringLiteral("2010-04-01"));
    EXPECT_EQ(call.value(QLatin1String("uri")).toString(),
              callsPath(call.value(QLatin1String("sid")).toString()));
    EXPECT_EQ(call.value(QLatin1String("subresource_uris"))
                  .toObject()
                  .value(QLatin1String("user_defined_messages"))
                  .toString(),
              QString(callsPath(call.value(QLatin1String("sid")).toString()).chopped(5)
                      + QStringLiteral("/UserDefinedMessages.json")));
}

TEST_F(TwinCallsTest, CreateValidatesLikeTwilio)
{
    const auto without = [&](const char *key) {
        FormParams form;
        const FormParams full = callForm();
        for (const auto &[k, v] : full.items()) {
            if (k != QLatin1String(key))
                form.add(k, v);
        }
        return form;
    };
    const auto with = [&](const char *key, const QString &value) {
        FormParams form = without(key);
        form.add(QString::fromLatin1(key), value);
        return form;
    };
    EXPECT_EQ(createError(without("To")), 21201);
    EXPECT_EQ(createError(without("From")), 21213);
    EXPECT_EQ(createError(with("From", QStringLiteral("12015550123"))), 21212);
    EXPECT_EQ(createError(with("From", QStringLiteral("+12015550142"))), 21210);
    EXPECT_EQ(createError(with("To", QStringLiteral("not-a-number"))), 21211);
    EXPECT_EQ(createError(without("Twiml")), 21205);
    EXPECT_EQ(createError(with("Url", QStringLiteral("ftp://example.com/x"))), 21205);
    EXPECT_EQ(createError(with("Timeout", QStringLiteral("soon"))), 21208);
    EXPECT_EQ(createError(with("MachineDetection", QStringLiteral("Maybe"))), 21207);
    EXPECT_EQ(createError(with("StatusCallbackMethod", QStringLiteral("PUT"))), 21209);
    // The message comes from Twilio's error dictionary.
    const auto reply = rest("POST", callsPath(), without("From"));
    ASSERT_FALSE(reply);
    EXPECT_EQ(reply.error().message, QStringLiteral("Caller phone number is required"));
    EXPECT_EQ(reply.error().httpStatus, 400);
}

TEST_F(TwinCallsTest, CompletedCallPostsOnlySubscribedEventsInSequence)
{
    addPerson(QString::fromLatin1(Handset), CallBehaviour{true, 5000, false, {}, false});
    FormParams form = callForm();
    form.add(QStringLiteral("StatusCallbackEvent"), QStringLiteral("initiated"));
    form.add(QStringLiteral("StatusCallbackEvent"), QStringLiteral("answered"));
    const QString sid = create(form);
    advance(30000);

    const QJsonObject call = fetch(sid);
    EXPECT_EQ(call.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    EXPECT_EQ(call.value(QLatin1String("duration")).toString(), QStringLiteral("2"));
    EXPECT_EQ(call.value(QLatin1String("price")).toString(), QStringLiteral("-0.01400"));
    EXPECT_EQ(call.value(QLatin1String("price_unit")).toString(), QStringLiteral("USD"));
    EXPECT_TRUE(call.value(QLatin1String("start_time")).toString().contains(rfc2822));
    EXPECT_TRUE(call.value(QLatin1String("end_time")).toString().contains(rfc2822));

    // initiated and answered were subscribed, ringing was not; completed always comes.
    const QList<FormParams> hooks = callbacks(sid);
    ASSERT_EQ(hooks.size(), 3);
    const QStringList statuses
        = {QStringLiteral("initiated"), QStringLiteral("in-progress"), QStringLiteral("completed")};
    for (int i = 0; i < hooks.size(); ++i) {
        EXPECT_EQ(hooks.at(i).value(QStringLiteral("CallStatus")), statuses.at(i));
        EXPECT_EQ(hooks.at(i).value(QStringLiteral("SequenceNumber")), QString::number(i));
        EXPECT_EQ(hooks.at(i).value(QStringLiteral("Direction")), QStringLiteral("outbound-api"));
        EXPECT_EQ(hooks.at(i).value(QStringLiteral("CallbackSource")),
                  QStringLiteral("call-progress-events"));
        EXPECT_TRUE(hooks.at(i).value(QStringLiteral("Timestamp")).contains(rfc2822));
        EXPECT_EQ(hooks.at(i).value(QStringLiteral("AccountSid")), m_twin->config().accountSid);
        EXPECT_EQ(hooks.at(i).value(QStringLiteral("ApiVersion")), QStringLiteral("2010-04-01"));
    }
    EXPECT_EQ(hooks.last().value(QStringLiteral("CallDuration")), QStringLiteral("2"));
    EXPECT_EQ(hooks.last().value(QStringLiteral("Duration")), QStringLiteral("1"));
    EXPECT_FALSE(hooks.last().contains(QStringLiteral("AnsweredBy")));
    EXPECT_EQ(msBetween(sid, QStringLiteral("ringing"), QStringLiteral("in-progress")), 5000);

    // What the phone heard, and the bill.
    const auto heard = m_twin->people().received(QString::fromLatin1(Handset));
    ASSERT_EQ(heard.size(), 1);
    EXPECT_EQ(heard.first().channel, QStringLiteral("call"));
    EXPECT_EQ(heard.first().text, QStringLiteral("Disk full on db-1."));
    const auto &ledger = m_twin->ledger().entries();
    ASSERT_EQ(ledger.size(), 1);
    EXPECT_EQ(ledger.first().category, QStringLiteral("calls-outbound"));
    EXPECT_EQ(ledger.first().countUnit, QStringLiteral("minutes"));
    EXPECT_DOUBLE_EQ(ledger.first().count, 1);
    EXPECT_DOUBLE_EQ(ledger.first().priceUsd, 0.014);
}

TEST_F(TwinCallsTest, BusyLineEndsBusyWithoutCharge)
{
    addPerson(QString::fromLatin1(Handset), CallBehaviour{true, 5000, false, {}, true});
    const QString sid = create(callForm());
    advance(20000);
    const QJsonObject call = fetch(sid);
    EXPECT_EQ(call.value(QLatin1String("status")).toString(), QStringLiteral("busy"));
    EXPECT_TRUE(call.value(QLatin1String("duration")).isNull());
    EXPECT_TRUE(call.value(QLatin1String("price")).isNull());
    const QList<FormParams> hooks = callbacks(sid);
    ASSERT_EQ(hooks.size(), 1); // nothing subscribed: completed only
    EXPECT_EQ(hooks.first().value(QStringLiteral("CallStatus")), QStringLiteral("busy"));
    EXPECT_EQ(hooks.first().value(QStringLiteral("SequenceNumber")), QStringLiteral("0"));
    EXPECT_EQ(hooks.first().value(QStringLiteral("CallDuration")), QStringLiteral("0"));
    EXPECT_TRUE(m_twin->ledger().entries().isEmpty());
    EXPECT_TRUE(m_twin->people().received(QString::fromLatin1(Handset)).isEmpty());
}

TEST_F(TwinCallsTest, UnansweredCallEndsNoAnswerAfterTimeout)
{
    addPerson(QString::fromLatin1(Handset), CallBehaviour{false, 8000, false, {}, false});
    FormParams form = callForm();
    form.add(QStringLiteral("Timeout"), QStringLiteral("15"));
    form.add(QStringLiteral("StatusCallbackEvent"), QStringLiteral("ringing"));
    const QString sid = create(form);
    advance(40000);
    EXPECT_EQ(fetch(sid).value(QLatin1String("status")).toString(), QStringLiteral("no-answer"));
    EXPECT_EQ(msBetween(sid, QStringLiteral("ringing"), QStringLiteral("no-answer")), 15000);
    const QList<FormParams> hooks = callbacks(sid);
    ASSERT_EQ(hooks.size(), 2);
    EXPECT_EQ(hooks.at(0).value(QStringLiteral("CallStatus")), QStringLiteral("ringing"));
    EXPECT_EQ(hooks.at(1).value(QStringLiteral("CallStatus")), QStringLiteral("no-answer"));
    EXPECT_EQ(hooks.at(1).value(QStringLiteral("SequenceNumber")), QStringLiteral("1"));
}

TEST_F(TwinCallsTest, InvalidNumberFailsAfterDialing)
{
    // E.164 in form, but no such number for libphonenumber: accepted, then failed.
    const QString sid = create(callForm(QStringLiteral("+15555550100")));
    advance(10000);
    const QJsonObject call = fetch(sid);
    EXPECT_EQ(call.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    EXPECT_TRUE(call.value(QLatin1String("price")).isNull());
    const QList<FormParams> hooks = callbacks(sid);
    ASSERT_EQ(hooks.size(), 1);
    EXPECT_EQ(hooks.first().value(QStringLiteral("CallStatus")), QStringLiteral("failed"));
}

TEST_F(TwinCallsTest, QueuedCallCanBeCanceledAndFinishedCallsCannot)
{
    const QString sid = create(callForm());
    FormParams complete{{QStringLiteral("Status"), QStringLiteral("completed")}};
    const auto tooEarly = rest("POST", callsPath(sid), complete);
    ASSERT_FALSE(tooEarly);
    EXPECT_EQ(tooEarly.error().code, 21220);

    FormParams cancel{{QStringLiteral("Status"), QStringLiteral("canceled")}};
    const auto canceled = rest("POST", callsPath(sid), cancel);
    ASSERT_TRUE(canceled);
    EXPECT_EQ(json(canceled).value(QLatin1String("status")).toString(), QStringLiteral("canceled"));
    advance(20000);
    EXPECT_EQ(fetch(sid).value(QLatin1String("status")).toString(), QStringLiteral("canceled"));
    const QList<FormParams> hooks = callbacks(sid);
    ASSERT_EQ(hooks.size(), 1);
    EXPECT_EQ(hooks.first().value(QStringLiteral("CallStatus")), QStringLiteral("canceled"));
    const auto again = rest("POST", callsPath(sid), cancel);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, 21220);
}

TEST_F(TwinCallsTest, InProgressCallIsHungUpByStatusCompleted)
{
    const QString sid
        = create(callForm(QString::fromLatin1(Handset),
                          QStringLiteral("<Response><Pause length=\"300\"/></Response>")));
    advance(15000); // nobody scripted: answered after the default 8 s
    ASSERT_EQ(fetch(sid).value(QLatin1String("status")).toString(), QStringLiteral("in-progress"));
    const auto done = rest("POST", callsPath(sid),
                           FormParams{{QStringLiteral("Status"), QStringLiteral("completed")}});
    ASSERT_TRUE(done);
    EXPECT_EQ(json(done).value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    EXPECT_FALSE(json(done).value(QLatin1String("duration")).isNull());
}

TEST_F(TwinCallsTest, PriceIsPerStartedMinuteByCountry)
{
    const QString longTalk = QStringLiteral("<Response><Pause length=\"61\"/></Response>");
    const QString us = create(callForm(QString::fromLatin1(Handset), longTalk));
    const QString gb = create(callForm(QStringLiteral("+447400123999"), HelloTwiml));
    advance(120000, 1000);
    const QJsonObject usCall = fetch(us);
    EXPECT_EQ(usCall.value(QLatin1String("duration")).toString(), QStringLiteral("61"));
    EXPECT_EQ(usCall.value(QLatin1String("price")).toString(), QStringLiteral("-0.02800"));
    EXPECT_EQ(fetch(gb).value(QLatin1String("price")).toString(), QStringLiteral("-0.03000"));
    double minutes = 0;
    for (const LedgerEntry &entry : m_twin->ledger().entries())
        minutes += entry.count;
    EXPECT_DOUBLE_EQ(minutes, 3);
}

TEST_F(TwinCallsTest, OneCallPerSecondQueuesTheRest)
{
    QStringList queueTimes;
    for (int i = 0; i < 3; ++i) {
        const auto created = rest("POST", callsPath(), callForm());
        ASSERT_TRUE(created);
        queueTimes.append(json(created).value(QLatin1String("queue_time")).toString());
    }
    EXPECT_EQ(queueTimes,
              QStringList({QStringLiteral("0"), QStringLiteral("1000"), QStringLiteral("2000")}));
}

TEST_F(TwinCallsTest, MachineDetectionReportsTheVoicemail)
{
    addPerson(QString::fromLatin1(Handset), CallBehaviour{false, 20000, true, {}, false});
    FormParams form = callForm();
    form.add(QStringLiteral("MachineDetection"), QStringLiteral("DetectMessageEnd"));
    const QString end = create(form);
    addPerson(QStringLiteral("+447400123999"), CallBehaviour{false, 20000, true, {}, false});
    FormParams enable = callForm(QStringLiteral("+447400123999"));
    enable.add(QStringLiteral("MachineDetection"), QStringLiteral("Enable"));
    const QString start = create(enable);
    advance(60000, 1000);

    const QJsonObject call = fetch(end);
    EXPECT_EQ(call.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    EXPECT_EQ(call.value(QLatin1String("answered_by")).toString(),
              QStringLiteral("machine_end_beep"));
    EXPECT_EQ(fetch(start).value(QLatin1String("answered_by")).toString(),
              QStringLiteral("machine_start"));
    const QList<FormParams> hooks = callbacks(end);
    ASSERT_FALSE(hooks.isEmpty());
    EXPECT_EQ(hooks.last().value(QStringLiteral("AnsweredBy")), QStringLiteral("machine_end_beep"));
    // The message was left on the voicemail after the beep.
    const auto left = m_twin->people().received(QString::fromLatin1(Handset));
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left.first().text, QStringLiteral("Disk full on db-1."));
}

TEST_F(TwinCallsTest, ListFiltersAndPages)
{
    addPerson(QString::fromLatin1(Handset), CallBehaviour{true, 1000, false, {}, true});
    create(callForm());
    create(callForm(QStringLiteral("+447400123999")));
    create(callForm());
    advance(20000);
    FormParams query{{QStringLiteral("To"), QString::fromLatin1(Handset)},
                     {QStringLiteral("Status"), QStringLiteral("busy")},
                     {QStringLiteral("PageSize"), QStringLiteral("1")}};
    const QJsonObject page = json(rest("GET", callsPath(), query));
    ASSERT_EQ(page.value(QLatin1String("calls")).toArray().size(), 1);
    EXPECT_EQ(page.value(QLatin1String("page_size")).toInt(), 1);
    EXPECT_FALSE(page.value(QLatin1String("next_page_uri")).isNull());
    EXPECT_TRUE(page.value(QLatin1String("previous_page_uri")).isNull());
    const QJsonObject next
        = json(rest("GET", page.value(QLatin1String("next_page_uri")).toString()));
    ASSERT_EQ(next.value(QLatin1String("calls")).toArray().size(), 1);
    EXPECT_TRUE(next.value(QLatin1String("next_page_uri")).isNull());
    const QJsonObject none = json(rest(
        "GET", callsPath(), FormParams{{QStringLiteral("Status"), QStringLiteral("canceled")}}));
    EXPECT_TRUE(none.value(QLatin1String("calls")).toArray().isEmpty());
    EXPECT_EQ(
        rest("GET", callsPath(QStringLiteral("CA00000000000000000000000000000000"))).error().code,
        20404);
}
