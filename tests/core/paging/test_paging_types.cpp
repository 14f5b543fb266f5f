// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/paging/pagingjson.h"
#include "core/paging/pagingtypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <functional>

using namespace Vortex::Core::Paging;

namespace {

std::string text(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Indented).toStdString();
}

std::string text(const QStringList &list)
{
    return list.join(QLatin1Char('\n')).toStdString();
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

Recipient goodRecipient()
{
    Recipient r;
    r.id = QStringLiteral("alice.ops-1");
    r.name = QStringLiteral("Alice Example");
    r.role = QStringLiteral("On-call engineer");
    r.smsNumber = QStringLiteral("+447400123456");
    r.voiceNumber = QStringLiteral("+447400123457");
    r.whatsappNumber = QStringLiteral("+4915112345678");
    r.timeZone = QStringLiteral("Europe/London");
    r.language = QStringLiteral("en");
    r.routing.channelOrder = {Channel::Sms, Channel::Voice, Channel::WhatsApp};
    r.routing.quietHours = {{5, QTime(22, 0), QTime(7, 0)}, {6, QTime(0, 0), QTime(23, 59)}};
    r.routing.sev1OverridesQuietHours = false;
    r.routing.rateCaps = {{3, 15}, {6, 60}, {10, 180}};
    r.routing.senders = {
        {QStringLiteral("GB"),
         {{SenderKind::ShortCode, QStringLiteral("60123")},
          {SenderKind::LongCode, QStringLiteral("+447400123456")},
          {SenderKind::Alphanumeric, QStringLiteral("VORTEX IQ")}}},
        {QStringLiteral("US"),
         {{SenderKind::MessagingService, QStringLiteral("MG0123456789abcdef0123456789ABCDEF")},
          {SenderKind::LongCode, QStringLiteral("+12015550123")}}},
        {QStringLiteral("*"), {{SenderKind::WhatsApp, QStringLiteral("whatsapp:+12015550124")}}},
    };
    return r;
}

EscalationPolicy goodPolicy()
{
    EscalationPolicy p;
    p.id = QStringLiteral("ops");
    p.name = QStringLiteral("Operations");
    p.tiers
        = {{{QStringLiteral("alice"), QStringLiteral("bob")}, 5}, {{QStringLiteral("carol")}, 15}};
    p.repeatCount = 2;
    p.voiceAfterMinutes = 7;
    return p;
}

/// Exactly one problem, and it is about \a path.
void expectOneProblemAt(const QStringList &problems, const QString &path)
{
    ASSERT_EQ(problems.size(), 1) << text(problems);
    EXPECT_TRUE(problems.constFirst().startsWith(path + QStringLiteral(": ")))
        << text(problems) << " (expected " << path.toStdString() << ")";
}

} // namespace

TEST(PagingTypes, NamesRoundTrip)
{
    for (Channel c : {Channel::Sms, Channel::Voice, Channel::WhatsApp})
        EXPECT_EQ(channelFromName(channelName(c)), c);
    EXPECT_EQ(channelName(Channel::WhatsApp), QStringLiteral("whatsapp"));
    for (Severity s : {Severity::Sev1, Severity::Sev2, Severity::Sev3, Severity::Sev4})
        EXPECT_EQ(severityFromName(severityName(s)), s);
    EXPECT_EQ(severityName(Severity::Sev1), QStringLiteral("sev1"));
    for (IncidentState s : {IncidentState::Triggered, IncidentState::Acknowledged,
                            IncidentState::Snoozed, IncidentState::Resolved})
        EXPECT_EQ(incidentStateFromName(incidentStateName(s)), s);
    EXPECT_EQ(incidentStateName(IncidentState::Acknowledged), QStringLiteral("acknowledged"));
    for (SenderKind k : {SenderKind::ShortCode, SenderKind::LongCode, SenderKind::Alphanumeric,
                         SenderKind::MessagingService, SenderKind::WhatsApp})
        EXPECT_EQ(senderKindFromName(senderKindName(k)), k);
    EXPECT_EQ(senderKindName(SenderKind::MessagingService), QStringLiteral("messaging_service"));
    for (StepKind k : {StepKind::PageTier, StepKind::VoiceFollowUp, StepKind::SnoozeExpiry})
        EXPECT_EQ(stepKindFromName(stepKindName(k)), k);
    for (DeliveryState s :
         {DeliveryState::Pending, DeliveryState::Submitting, DeliveryState::Submitted,
          DeliveryState::Failed, DeliveryState::Cancelled})
        EXPECT_EQ(deliveryStateFromName(deliveryStateName(s)), s);
    EXPECT_EQ(deliveryStateName(DeliveryState::Submitting), QStringLiteral("submitting"));

    EXPECT_FALSE(channelFromName(QStringLiteral("SMS")));
    EXPECT_FALSE(severityFromName(QStringLiteral("sev5")));
    EXPECT_FALSE(incidentStateFromName(QString()));
    EXPECT_FALSE(senderKindFromName(QStringLiteral("shortcode")));
    EXPECT_FALSE(stepKindFromName(QStringLiteral("page")));
    EXPECT_FALSE(deliveryStateFromName(QStringLiteral("sent")));
}

TEST(PagingTypes, NumberForFallsBackFromVoiceToSms)
{
    Recipient r = goodRecipient();
    EXPECT_EQ(r.numberFor(Channel::Sms), QStringLiteral("+447400123456"));
    EXPECT_EQ(r.numberFor(Channel::Voice), QStringLiteral("+447400123457"));
    EXPECT_EQ(r.numberFor(Channel::WhatsApp), QStringLiteral("+4915112345678"));
    r.voiceNumber.clear();
    EXPECT_EQ(r.numberFor(Channel::Voice), QStringLiteral("+447400123456"));
    r.whatsappNumber.clear();
    EXPECT_EQ(r.numberFor(Channel::WhatsApp), QString());
    r.smsNumber.clear();
    EXPECT_EQ(r.numberFor(Channel::Voice), QString());
}

TEST(PagingTypes, GoodRecipientAndPolicyValidate)
{
    EXPECT_TRUE(goodRecipient().validate().isEmpty()) << text(goodRecipient().validate());
    EXPECT_TRUE(goodPolicy().validate().isEmpty()) << text(goodPolicy().validate());

    // The smallest valid recipient: one SMS number, defaults elsewhere (voice falls back to it).
    Recipient minimal;
    minimal.id = QStringLiteral("bob");
    minimal.name = QStringLiteral("Bob");
    minimal.smsNumber = QStringLiteral("+12015550123");
    EXPECT_TRUE(minimal.validate().isEmpty()) << text(minimal.validate());
}

TEST(PagingTypes, EachBadRecipientFieldIsReportedWithItsPath)
{
    struct Case
    {
        const char *label;
        std::function<void(Recipient &)> mutate;
        const char *path;
    };
    const QList<Case> cases = {
        {"empty id", [](Recipient &r) { r.id.clear(); }, "id"},
        {"capital id", [](Recipient &r) { r.id = QStringLiteral("Alice"); }, "id"},
        {"id with space", [](Recipient &r) { r.id = QStringLiteral("a b"); }, "id"},
        {"id too long", [](Recipient &r) { r.id = QString(65, QLatin1Char('a')); }, "id"},
        {"blank name", [](Recipient &r) { r.name = QStringLiteral("  "); }, "name"},
        {"sms not E.164", [](Recipient &r) { r.smsNumber = QStringLiteral("07400123456"); },
         "smsNumber"},
        {"sms invalid for libphonenumber",
         [](Recipient &r) { r.smsNumber = QStringLiteral("+15555550100"); }, "smsNumber"},
        {"voice invalid", [](Recipient &r) { r.voiceNumber = QStringLiteral("+447700900123"); },
         "voiceNumber"},
        {"whatsapp with prefix",
         [](Recipient &r) { r.whatsappNumber = QStringLiteral("whatsapp:+4915112345678"); },
         "whatsappNumber"},
        {"unknown zone", [](Recipient &r) { r.timeZone = QStringLiteral("Mars/Olympus"); },
         "timeZone"},
        {"empty zone", [](Recipient &r) { r.timeZone.clear(); }, "timeZone"},
        {"empty language", [](Recipient &r) { r.language.clear(); }, "language"},
        {"no channels", [](Recipient &r) { r.routing.channelOrder.clear(); },
         "routing.channelOrder"},
        {"duplicate channel",
         [](Recipient &r) {
             r.routing.channelOrder = {Channel::Sms, Channel::Voice, Channel::Sms};
         },
         "routing.channelOrder[2]"},
        {"channel without number", [](Recipient &r) { r.whatsappNumber.clear(); },
         "routing.channelOrder[2]"},
        {"day 0", [](Recipient &r) { r.routing.quietHours[1].dayOfWeek = 0; },
         "routing.quietHours[1].day"},
        {"day 8", [](Recipient &r) { r.routing.quietHours[0].dayOfWeek = 8; },
         "routing.quietHours[0].day"},
        {"invalid start", [](Recipient &r) { r.routing.quietHours[0].start = QTime(); },
         "routing.quietHours[0].start"},
        {"invalid end", [](Recipient &r) { r.routing.quietHours[1].end = QTime(25, 0); },
         "routing.quietHours[1].end"},
        {"start equals end",
         [](Recipient &r) { r.routing.quietHours[0].end = r.routing.quietHours[0].start; },
         "routing.quietHours[0]"},
        {"cap of zero pages", [](Recipient &r) { r.routing.rateCaps[1].maxPages = 0; },
         "routing.rateCaps[1].max"},
        {"cap of zero minutes", [](Recipient &r) { r.routing.rateCaps[0].windowMinutes = 0; },
         "routing.rateCaps[0].minutes"},
        {"cap longer than a week",
         [](Recipient &r) { r.routing.rateCaps[2].windowMinutes = 10081; },
         "routing.rateCaps[2].minutes"},
        {"lower-case region",
         [](Recipient &r) { r.routing.senders[0].region = QStringLiteral("gb"); },
         "routing.senders[0].region"},
        {"three-letter region",
         [](Recipient &r) { r.routing.senders[1].region = QStringLiteral("USA"); },
         "routing.senders[1].region"},
        {"region twice", [](Recipient &r) { r.routing.senders[1].region = QStringLiteral("GB"); },
         "routing.senders[1].region"},
        {"route without senders", [](Recipient &r) { r.routing.senders[2].senders.clear(); },
         "routing.senders[2].senders"},
        {"short code with letters",
         [](Recipient &r) { r.routing.senders[0].senders[0].address = QStringLiteral("6012a"); },
         "routing.senders[0].senders[0].address"},
        {"short code too short",
         [](Recipient &r) { r.routing.senders[0].senders[0].address = QStringLiteral("12"); },
         "routing.senders[0].senders[0].address"},
        {"short code too long",
         [](Recipient &r) {
             r.routing.senders[0].senders[0].address = QStringLiteral("123456789");
         },
         "routing.senders[0].senders[0].address"},
        {"invalid long code",
         [](Recipient &r) {
             r.routing.senders[0].senders[1].address = QStringLiteral("+447700900123");
         },
         "routing.senders[0].senders[1].address"},
        {"alphanumeric too long",
         [](Recipient &r) {
             r.routing.senders[0].senders[2].address = QStringLiteral("VORTEXALERTS");
         },
         "routing.senders[0].senders[2].address"},
        {"alphanumeric digits only",
         [](Recipient &r) { r.routing.senders[0].senders[2].address = QStringLiteral("12345"); },
         "routing.senders[0].senders[2].address"},
        {"alphanumeric with punctuation",
         [](Recipient &r) { r.routing.senders[0].senders[2].address = QStringLiteral("VORTEX!"); },
         "routing.senders[0].senders[2].address"},
        {"messaging service too short",
         [](Recipient &r) {
             r.routing.senders[1].senders[0].address = QStringLiteral("MG0123456789abcdef");
         },
         "routing.senders[1].senders[0].address"},
        {"messaging service not hex",
         [](Recipient &r) {
             r.routing.senders[1].senders[0].address
                 = QStringLiteral("MG0123456789abcdef0123456789abcdeg");
         },
         "routing.senders[1].senders[0].address"},
        {"whatsapp sender without prefix",
         [](Recipient &r) {
             r.routing.senders[2].senders[0].address = QStringLiteral("+12015550124");
         },
         "routing.senders[2].senders[0].address"},
        {"whatsapp sender invalid number",
         [](Recipient &r) {
             r.routing.senders[2].senders[0].address = QStringLiteral("whatsapp:+15555550100");
         },
         "routing.senders[2].senders[0].address"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.label);
        Recipient r = goodRecipient();
        c.mutate(r);
        expectOneProblemAt(r.validate(), QString::fromLatin1(c.path));
    }
}

TEST(PagingTypes, RecipientWithoutAnyNumberIsReported)
{
    Recipient r = goodRecipient();
    r.smsNumber.clear();
    r.voiceNumber.clear();
    r.whatsappNumber.clear();
    r.routing.channelOrder = {Channel::Sms};
    const QStringList problems = r.validate();
    // "no number at all" plus "no number for sms".
    ASSERT_EQ(problems.size(), 2) << text(problems);
    EXPECT_TRUE(problems.at(0).startsWith(QStringLiteral("smsNumber: "))) << text(problems);
    EXPECT_TRUE(problems.at(1).startsWith(QStringLiteral("routing.channelOrder[0]: ")))
        << text(problems);
}

TEST(PagingTypes, EachBadPolicyFieldIsReportedWithItsPath)
{
    struct Case
    {
        const char *label;
        std::function<void(EscalationPolicy &)> mutate;
        const char *path;
    };
    const QList<Case> cases = {
        {"empty id", [](EscalationPolicy &p) { p.id.clear(); }, "id"},
        {"bad id", [](EscalationPolicy &p) { p.id = QStringLiteral("Ops Team"); }, "id"},
        {"blank name", [](EscalationPolicy &p) { p.name.clear(); }, "name"},
        {"no tiers", [](EscalationPolicy &p) { p.tiers.clear(); }, "tiers"},
        {"tier without recipients", [](EscalationPolicy &p) { p.tiers[1].recipientIds.clear(); },
         "tiers[1].recipients"},
        {"bad recipient id",
         [](EscalationPolicy &p) { p.tiers[0].recipientIds[1] = QStringLiteral("Bob"); },
         "tiers[0].recipients[1]"},
        {"recipient twice",
         [](EscalationPolicy &p) { p.tiers[0].recipientIds[1] = QStringLiteral("alice"); },
         "tiers[0].recipients[1]"},
        {"zero wait", [](EscalationPolicy &p) { p.tiers[0].waitMinutes = 0; },
         "tiers[0].waitMinutes"},
        {"wait over a day", [](EscalationPolicy &p) { p.tiers[1].waitMinutes = 1441; },
         "tiers[1].waitMinutes"},
        {"negative repeat", [](EscalationPolicy &p) { p.repeatCount = -1; }, "repeatCount"},
        {"repeat 11", [](EscalationPolicy &p) { p.repeatCount = 11; }, "repeatCount"},
        {"voice after 0", [](EscalationPolicy &p) { p.voiceAfterMinutes = 0; },
         "voiceAfterMinutes"},
        {"voice after 1441", [](EscalationPolicy &p) { p.voiceAfterMinutes = 1441; },
         "voiceAfterMinutes"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.label);
        EscalationPolicy p = goodPolicy();
        c.mutate(p);
        expectOneProblemAt(p.validate(), QString::fromLatin1(c.path));
    }
    EscalationPolicy edges = goodPolicy();
    edges.repeatCount = 10;
    edges.voiceAfterMinutes = 1440;
    edges.tiers[0].waitMinutes = 1;
    edges.tiers[1].waitMinutes = 1440;
    EXPECT_TRUE(edges.validate().isEmpty()) << text(edges.validate());
}

// --- JSON ----------------------------------------------------------------------------------------

TEST(PagingJson, RecipientRoundTripsAndUsesTheDocumentedKeys)
{
    const Recipient r = goodRecipient();
    const QJsonObject json = toJson(r);
    const QJsonObject routing = json.value(QStringLiteral("routing")).toObject();
    EXPECT_EQ(
        routing.value(QStringLiteral("channelOrder")).toArray(),
        QJsonArray({QStringLiteral("sms"), QStringLiteral("voice"), QStringLiteral("whatsapp")}));
    EXPECT_EQ(routing.value(QStringLiteral("quietHours")).toArray().at(0).toObject(),
              QJsonObject({{QStringLiteral("day"), QStringLiteral("fri")},
                           {QStringLiteral("start"), QStringLiteral("22:00")},
                           {QStringLiteral("end"), QStringLiteral("07:00")}}));
    EXPECT_EQ(routing.value(QStringLiteral("rateCaps")).toArray().at(0).toObject(),
              QJsonObject({{QStringLiteral("max"), 3}, {QStringLiteral("minutes"), 15}}));
    EXPECT_EQ(
        routing.value(QStringLiteral("senders")).toArray().at(0).toObject(),
        QJsonObject(
            {{QStringLiteral("region"), QStringLiteral("GB")},
             {QStringLiteral("senders"),
              QJsonArray(
                  {QJsonObject({{QStringLiteral("kind"), QStringLiteral("short_code")},
                                {QStringLiteral("address"), QStringLiteral("60123")}}),
                   QJsonObject({{QStringLiteral("kind"), QStringLiteral("long_code")},
                                {QStringLiteral("address"), QStringLiteral("+447400123456")}}),
                   QJsonObject({{QStringLiteral("kind"), QStringLiteral("alphanumeric")},
                                {QStringLiteral("address"), QStringLiteral("VORTEX IQ")}})})}}))
        << text(routing);
    EXPECT_FALSE(routing.value(QStringLiteral("sev1OverridesQuietHours")).toBool());

    const auto back = recipientFromJson(json);
    ASSERT_TRUE(back.ok()) << qPrintable(back.error());
    EXPECT_TRUE(back.value() == r) << text(toJson(back.value()));
    EXPECT_EQ(text(toJson(back.value())), text(json));
}

TEST(PagingJson, RecipientDefaultsForMissingKeys)
{
    const auto parsed = recipientFromJson(
        QJsonObject{{QStringLiteral("id"), QStringLiteral("bob")},
                    {QStringLiteral("name"), QStringLiteral("Bob")},
                    {QStringLiteral("smsNumber"), QStringLiteral("+12015550123")}});
    ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error());
    Recipient expected;
    expected.id = QStringLiteral("bob");
    expected.name = QStringLiteral("Bob");
    expected.smsNumber = QStringLiteral("+12015550123");
    EXPECT_TRUE(parsed.value() == expected) << text(toJson(parsed.value()));
    EXPECT_EQ(parsed.value().routing.channelOrder, (QList<Channel>{Channel::Sms, Channel::Voice}));
    EXPECT_TRUE(parsed.value().routing.sev1OverridesQuietHours);
}

TEST(PagingJson, PolicyRoundTrips)
{
    const EscalationPolicy p = goodPolicy();
    const QJsonObject json = toJson(p);
    EXPECT_EQ(json.value(QStringLiteral("tiers")).toArray().at(1).toObject(),
              QJsonObject({{QStringLiteral("recipients"), QJsonArray({QStringLiteral("carol")})},
                           {QStringLiteral("waitMinutes"), 15}}));
    EXPECT_EQ(json.value(QStringLiteral("voiceAfterMinutes")).toInt(), 7);
    const auto back = escalationPolicyFromJson(json);
    ASSERT_TRUE(back.ok()) << qPrintable(back.error());
    EXPECT_TRUE(back.value() == p) << text(toJson(back.value()));
}

TEST(PagingJson, IncidentRoundTripsWithNullDates)
{
    Incident i;
    i.id = 4711;
    i.code = QStringLiteral("17");
    i.severity = Severity::Sev1;
    i.title = QStringLiteral("Checkout down");
    i.summary = QStringLiteral("5xx on /checkout — 40 %");
    i.link = QStringLiteral("https://vortex.example/i/4711");
    i.runbook = QStringLiteral("Restart the pods.\nThen check the queue.");
    i.source = QStringLiteral("vortex-iq");
    i.dedupKey = QStringLiteral("checkout-5xx");
    i.policyId = QStringLiteral("ops");
    i.state = IncidentState::Snoozed;
    i.createdAt = utc("2024-05-01T02:00:00.123Z");
    i.updatedAt = utc("2024-05-01T02:05:00.000+02:00");
    i.snoozedUntil = utc("2024-05-01T02:35:00.999Z");
    i.actor = QStringLiteral("alice");

    const QJsonObject json = toJson(i);
    EXPECT_EQ(json.value(QStringLiteral("createdAt")).toString(),
              QStringLiteral("2024-05-01T02:00:00.123Z"));
    EXPECT_EQ(json.value(QStringLiteral("updatedAt")).toString(),
              QStringLiteral("2024-05-01T00:05:00.000Z"));
    EXPECT_TRUE(json.value(QStringLiteral("acknowledgedAt")).isNull());
    EXPECT_TRUE(json.value(QStringLiteral("resolvedAt")).isNull());
    EXPECT_EQ(json.value(QStringLiteral("severity")).toString(), QStringLiteral("sev1"));
    EXPECT_EQ(json.value(QStringLiteral("state")).toString(), QStringLiteral("snoozed"));

    const auto back = incidentFromJson(json);
    ASSERT_TRUE(back.ok()) << qPrintable(back.error());
    EXPECT_EQ(text(toJson(back.value())), text(json));
    EXPECT_EQ(back.value().createdAt, i.createdAt);
    EXPECT_EQ(back.value().updatedAt, i.updatedAt);
    EXPECT_FALSE(back.value().acknowledgedAt.isValid());
    EXPECT_EQ(back.value().createdAt.timeSpec(), Qt::UTC);
}

TEST(PagingJson, TimelineEntryRoundTripsWithOptionalErrorCode)
{
    TimelineEntry e;
    e.id = 9;
    e.incidentId = 4711;
    e.at = utc("2024-05-01T02:00:01.500Z");
    e.kind = QStringLiteral("page.status");
    e.recipientId = QStringLiteral("alice");
    e.channel = QStringLiteral("sms");
    e.sid = QStringLiteral("SM0123456789abcdef0123456789abcdef");
    e.status = QStringLiteral("undelivered");
    e.errorCode = 30003;
    e.detail = QStringLiteral("Unreachable handset");

    QJsonObject json = toJson(e);
    EXPECT_EQ(json.value(QStringLiteral("errorCode")).toInt(), 30003);
    auto back = timelineEntryFromJson(json);
    ASSERT_TRUE(back.ok()) << qPrintable(back.error());
    EXPECT_EQ(back.value().errorCode, std::optional<int>(30003));
    EXPECT_EQ(text(toJson(back.value())), text(json));

    e.errorCode.reset();
    json = toJson(e);
    EXPECT_TRUE(json.value(QStringLiteral("errorCode")).isNull());
    back = timelineEntryFromJson(json);
    ASSERT_TRUE(back.ok()) << qPrintable(back.error());
    EXPECT_FALSE(back.value().errorCode.has_value());
    EXPECT_EQ(text(toJson(back.value())), text(json));
}

TEST(PagingJson, EscalationStepRoundTrips)
{
    EscalationStep s;
    s.id = 3;
    s.incidentId = 4711;
    s.kind = StepKind::VoiceFollowUp;
    s.round = 1;
    s.tier = 2;
    s.recipientId = QStringLiteral("alice");
    s.dueAt = utc("2024-05-01T02:05:00.000Z");
    s.done = true;
    s.cancelled = false;
    const QJsonObject json = toJson(s);
    EXPECT_EQ(json.value(QStringLiteral("kind")).toString(), QStringLiteral("voice_follow_up"));
    const auto back = escalationStepFromJson(json);
    ASSERT_TRUE(back.ok()) << qPrintable(back.error());
    EXPECT_EQ(text(toJson(back.value())), text(json));
    EXPECT_TRUE(back.value().done);
    EXPECT_EQ(back.value().kind, StepKind::VoiceFollowUp);
}

TEST(PagingJson, DeliveryRoundTrips)
{
    Delivery d;
    d.id = 12;
    d.incidentIds = {4711, 4712};
    d.recipientId = QStringLiteral("alice");
    d.channel = Channel::Voice;
    d.to = QStringLiteral("+447400123456");
    d.sender = {SenderKind::LongCode, QStringLiteral("+447400123457")};
    d.senderIndex = 1;
    d.body = QStringLiteral("sev1-call");
    d.validitySeconds = 300;
    d.state = DeliveryState::Submitted;
    d.createdAt = utc("2024-05-01T02:00:00.000Z");
    d.notBefore = utc("2024-05-01T02:00:00.000Z");
    d.submitAttemptAt = utc("2024-05-01T02:00:00.250Z");
    d.submittedAt = utc("2024-05-01T02:00:00.400Z");
    d.attempts = 2;
    d.sid = QStringLiteral("CA0123456789abcdef0123456789abcdef");
    d.status = QStringLiteral("in-progress");
    d.errorCode = 0;
    d.answeredBy = QStringLiteral("human");
    d.delayReason = QStringLiteral("rate-cap");

    const QJsonObject json = toJson(d);
    EXPECT_EQ(json.value(QStringLiteral("incidentIds")).toArray(), QJsonArray({4711, 4712}));
    EXPECT_TRUE(json.value(QStringLiteral("lastCheckedAt")).isNull());
    EXPECT_EQ(json.value(QStringLiteral("errorCode")).toInt(-1), 0);
    const auto back = deliveryFromJson(json);
    ASSERT_TRUE(back.ok()) << qPrintable(back.error());
    EXPECT_EQ(text(toJson(back.value())), text(json));
    EXPECT_EQ(back.value().incidentIds, d.incidentIds);
    EXPECT_EQ(back.value().sender, d.sender);
    EXPECT_EQ(back.value().errorCode, std::optional<int>(0));
}

TEST(PagingJson, ErrorsNameThePath)
{
    auto withRouting = [](const char *routingJson) {
        QJsonObject json = toJson(goodRecipient());
        json.insert(QStringLiteral("routing"),
                    QJsonDocument::fromJson(QByteArray(routingJson)).object());
        return recipientFromJson(json);
    };
    struct Case
    {
        const char *routing;
        const char *error;
    };
    const QList<Case> cases = {
        {R"({"quietHours": [{"day": "mon", "start": "7:00", "end": "08:00"}]})",
         "routing.quietHours[0].start: expected HH:MM"},
        {R"({"quietHours": [{"day": "mon", "start": "07:00", "end": "24:00"}]})",
         "routing.quietHours[0].end: expected HH:MM"},
        {R"({"quietHours": [{"day": "monday", "start": "07:00", "end": "08:00"}]})",
         "routing.quietHours[0].day: expected mon, tue, wed, thu, fri, sat or sun"},
        {R"({"quietHours": ["mon 07:00"]})", "routing.quietHours[0]: expected an object"},
        {R"({"channelOrder": ["sms", "pager"]})", "routing.channelOrder[1]: expected one of"},
        {R"({"rateCaps": [{"max": 3, "minutes": 15}, {"max": 2.5, "minutes": 60}]})",
         "routing.rateCaps[1].max: expected an integer"},
        {R"({"rateCaps": [{"max": 3}]})", "routing.rateCaps[0].minutes: missing"},
        {R"({"senders": [{"region": "GB", "senders": [{"kind": "shortcode", "address": "1"}]}]})",
         "routing.senders[0].senders[0].kind: expected one of"},
        {R"({"sev1OverridesQuietHours": "yes"})",
         "routing.sev1OverridesQuietHours: expected true or false"},
        {R"({"quietHour": []})", "routing.quietHour: unknown key"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.routing);
        const auto parsed = withRouting(c.routing);
        ASSERT_FALSE(parsed.ok());
        EXPECT_TRUE(parsed.error().startsWith(QString::fromLatin1(c.error)))
            << parsed.error().toStdString();
    }

    QJsonObject noId = toJson(goodRecipient());
    noId.remove(QStringLiteral("id"));
    ASSERT_FALSE(recipientFromJson(noId).ok());
    EXPECT_EQ(recipientFromJson(noId).error(), QStringLiteral("id: missing"));

    QJsonObject badDate = toJson(Incident{});
    badDate.insert(QStringLiteral("createdAt"), QStringLiteral("2024-05-01T02:00:00"));
    ASSERT_FALSE(incidentFromJson(badDate).ok());
    EXPECT_TRUE(incidentFromJson(badDate).error().startsWith(QStringLiteral("createdAt: ")));

    QJsonObject badSeverity = toJson(Incident{});
    badSeverity.insert(QStringLiteral("severity"), QStringLiteral("critical"));
    ASSERT_FALSE(incidentFromJson(badSeverity).ok());
    EXPECT_TRUE(incidentFromJson(badSeverity).error().startsWith(QStringLiteral("severity: ")));

    QJsonObject badIds = toJson(Delivery{});
    badIds.insert(QStringLiteral("incidentIds"), QJsonArray({1, QStringLiteral("2")}));
    ASSERT_FALSE(deliveryFromJson(badIds).ok());
    EXPECT_TRUE(deliveryFromJson(badIds).error().startsWith(QStringLiteral("incidentIds[1]: ")));

    QJsonObject badCode = toJson(TimelineEntry{});
    badCode.insert(QStringLiteral("errorCode"), QStringLiteral("30003"));
    ASSERT_FALSE(timelineEntryFromJson(badCode).ok());
    EXPECT_TRUE(timelineEntryFromJson(badCode).error().startsWith(QStringLiteral("errorCode: ")));

    QJsonObject badTier = toJson(goodPolicy());
    badTier.insert(QStringLiteral("tiers"),
                   QJsonArray({QJsonObject({{QStringLiteral("recipients"), QJsonArray({1})}})}));
    ASSERT_FALSE(escalationPolicyFromJson(badTier).ok());
    EXPECT_EQ(escalationPolicyFromJson(badTier).error(),
              QStringLiteral("tiers[0].recipients[0]: expected a string"));
}

// --- The configuration file ----------------------------------------------------------------------

TEST(PagingConfig, ErrorsNameThePathFromTheTop)
{
    const QByteArray json = R"({
        "defaultPolicy": "ops",
        "recipients": [
            {"id": "a", "name": "A", "smsNumber": "+12015550123"},
            {"id": "b", "name": "B", "smsNumber": "+12015550124"},
            {"id": "c", "name": "C", "smsNumber": "+447400123456",
             "routing": {"quietHours": [{"day": "sun", "start": "22", "end": "07:00"}]}}
        ],
        "policies": []
    })";
    const auto parsed = PagingConfig::fromJson(json);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error(), QStringLiteral("recipients[2].routing.quietHours[0].start: "
                                             "expected HH:MM"));

    const auto policyError = PagingConfig::fromJson(
        R"({"defaultPolicy": "ops", "policies": [{"id": "ops", "tiers": [{"waitMinutes": "5"}]}]})");
    ASSERT_FALSE(policyError.ok());
    EXPECT_EQ(policyError.error(), QStringLiteral("policies[0].tiers[0].waitMinutes: expected an "
                                                  "integer"));

    const auto unknownTop = PagingConfig::fromJson(R"({"defaultPolicies": "ops"})");
    ASSERT_FALSE(unknownTop.ok());
    EXPECT_EQ(unknownTop.error(), QStringLiteral("defaultPolicies: unknown key"));

    const auto notObject = PagingConfig::fromJson(R"({"recipients": [42]})");
    ASSERT_FALSE(notObject.ok());
    EXPECT_EQ(notObject.error(), QStringLiteral("recipients[0]: expected an object"));

    const auto broken = PagingConfig::fromJson(R"({"recipients": [)");
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().contains(QStringLiteral("invalid JSON")))
        << qPrintable(broken.error());

    const auto array = PagingConfig::fromJson("[]");
    ASSERT_FALSE(array.ok());

    const auto missing = PagingConfig::fromFile(QStringLiteral("/nonexistent/paging.json"));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().startsWith(QStringLiteral("/nonexistent/paging.json: ")))
        << qPrintable(missing.error());
}

TEST(PagingConfig, ValidateChecksReferencesAndDuplicates)
{
    PagingConfig config;
    Recipient alice = goodRecipient();
    alice.id = QStringLiteral("alice");
    Recipient bob = alice;
    bob.id = QStringLiteral("bob");
    config.recipients = {alice, bob};
    EscalationPolicy policy = goodPolicy();
    policy.tiers = {{{QStringLiteral("alice")}, 5}, {{QStringLiteral("bob")}, 10}};
    config.policies = {policy};
    config.defaultPolicyId = QStringLiteral("ops");
    EXPECT_TRUE(config.validate().isEmpty()) << text(config.validate());

    PagingConfig unknownRecipient = config;
    unknownRecipient.policies[0].tiers[1].recipientIds
        = {QStringLiteral("bob"), QStringLiteral("zed")};
    EXPECT_EQ(unknownRecipient.validate(),
              QStringList{QStringLiteral("policies[0].tiers[1].recipients[1]: no recipient has the "
                                         "id \"zed\"")});

    PagingConfig noDefault = config;
    noDefault.defaultPolicyId = QStringLiteral("dev");
    expectOneProblemAt(noDefault.validate(), QStringLiteral("defaultPolicy"));
    noDefault.defaultPolicyId.clear();
    expectOneProblemAt(noDefault.validate(), QStringLiteral("defaultPolicy"));

    PagingConfig twice = config;
    twice.recipients[1].id = QStringLiteral("alice");
    twice.policies[0].tiers[1].recipientIds = {QStringLiteral("alice")};
    expectOneProblemAt(twice.validate(), QStringLiteral("recipients[1].id"));

    PagingConfig policyTwice = config;
    policyTwice.policies.append(policyTwice.policies.constFirst());
    expectOneProblemAt(policyTwice.validate(), QStringLiteral("policies[1].id"));

    PagingConfig badField = config;
    badField.recipients[1].timeZone = QStringLiteral("Europe/Atlantis");
    badField.policies[0].repeatCount = 99;
    EXPECT_EQ(badField.validate().size(), 2) << text(badField.validate());
    EXPECT_TRUE(badField.validate().at(0).startsWith(QStringLiteral("recipients[1].timeZone: ")));
    EXPECT_TRUE(badField.validate().at(1).startsWith(QStringLiteral("policies[0].repeatCount: ")));
}

TEST(PagingConfig, RoundTripsThroughJson)
{
    PagingConfig config;
    Recipient alice = goodRecipient();
    alice.id = QStringLiteral("alice");
    config.recipients = {alice};
    EscalationPolicy policy = goodPolicy();
    policy.tiers = {{{QStringLiteral("alice")}, 5}};
    config.policies = {policy};
    config.defaultPolicyId = QStringLiteral("ops");
    const QByteArray json = QJsonDocument(config.toJson()).toJson();
    const auto back = PagingConfig::fromJson(json);
    ASSERT_TRUE(back.ok()) << qPrintable(back.error());
    EXPECT_EQ(back.value().defaultPolicyId, QStringLiteral("ops"));
    EXPECT_EQ(back.value().recipients, config.recipients);
    EXPECT_EQ(back.value().policies, config.policies);
}

TEST(PagingConfig, DemoConfigurationLoadsAndValidates)
{
    const QString dir = qEnvironmentVariable("VORTEX_SOURCE_DIR");
    ASSERT_FALSE(dir.isEmpty());
    const auto config
        = PagingConfig::fromFile(dir + QStringLiteral("/resources/paging/paging-demo.json"));
    ASSERT_TRUE(config.ok()) << qPrintable(config.error());
    const PagingConfig &c = config.value();
    EXPECT_TRUE(c.validate().isEmpty()) << text(c.validate());
    EXPECT_GE(c.recipients.size(), 3);
    EXPECT_LE(c.recipients.size(), 4);
    EXPECT_EQ(c.defaultPolicyId, QStringLiteral("ops"));

    QStringList zones;
    bool german = false;
    bool layeredCaps = false;
    bool quiet = false;
    for (const Recipient &r : c.recipients) {
        zones.append(r.timeZone);
        german = german
                 || (r.timeZone == QStringLiteral("Europe/Berlin")
                     && r.language == QStringLiteral("de"));
        if (r.timeZone == QStringLiteral("Europe/London")) {
            layeredCaps = r.routing.rateCaps == QList<RateCap>{{3, 15}, {6, 60}, {10, 180}};
            quiet = !r.routing.quietHours.isEmpty();
            ASSERT_EQ(r.routing.senders.size(), 2);
            EXPECT_EQ(r.routing.senders[0].region, QStringLiteral("GB"));
            EXPECT_EQ(r.routing.senders[0].senders[0].kind, SenderKind::ShortCode);
            EXPECT_EQ(r.routing.senders[0].senders[1],
                      (Sender{SenderKind::LongCode, QStringLiteral("+447400123456")}));
            EXPECT_EQ(r.routing.senders[1].region, QStringLiteral("US"));
            EXPECT_EQ(r.routing.senders[1].senders[0],
                      (Sender{SenderKind::LongCode, QStringLiteral("+12015550123")}));
        }
    }
    EXPECT_TRUE(zones.contains(QStringLiteral("Europe/London")));
    EXPECT_TRUE(zones.contains(QStringLiteral("America/New_York")));
    EXPECT_TRUE(german);
    EXPECT_TRUE(layeredCaps);
    EXPECT_TRUE(quiet);

    const EscalationPolicy *ops = nullptr;
    for (const EscalationPolicy &p : c.policies) {
        if (p.id == QStringLiteral("ops"))
            ops = &p;
    }
    ASSERT_NE(ops, nullptr);
    EXPECT_EQ(ops->tiers.size(), 2);
    EXPECT_EQ(ops->voiceAfterMinutes, 5);
}
