// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The paging engine against real parts: twin, relay, SQLite, Twilio gateway over loopback.
#include "pagingharness.h"

#include "core/paging/pagingengine.h"
#include "core/paging/sqlitepagingstore.h"
#include "core/relay/relayevent.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Vortex::Core::Paging;
using Vortex::Test::PagingHarness;

namespace {

constexpr qint64 Minute = 60 * 1000;

QString alice()
{
    return QString::fromLatin1(PagingHarness::Alice);
}
QString bob()
{
    return QString::fromLatin1(PagingHarness::Bob);
}

QJsonObject withRouting(QJsonObject config, const QString &recipientId,
                        const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray recipients = config.value(QStringLiteral("recipients")).toArray();
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        QJsonObject recipient = recipients.at(i).toObject();
        if (recipient.value(QStringLiteral("id")).toString() != recipientId)
            continue;
        edit(recipient);
        recipients[i] = recipient;
    }
    config.insert(QStringLiteral("recipients"), recipients);
    return config;
}

QJsonObject routingOf(const QJsonObject &recipient)
{
    return recipient.value(QStringLiteral("routing")).toObject();
}

int countKind(const QList<TimelineEntry> &entries, const QString &kind)
{
    return int(std::count_if(entries.begin(), entries.end(),
                             [&](const TimelineEntry &e) { return e.kind == kind; }));
}

const TimelineEntry *firstOf(const QList<TimelineEntry> &entries, const QString &kind)
{
    for (const TimelineEntry &entry : entries) {
        if (entry.kind == kind)
            return &entry;
    }
    return nullptr;
}

QString body(const QJsonObject &message)
{
    return message.value(QStringLiteral("body")).toString();
}

} // namespace

TEST(PagingEngine, Sev1IsTextedThenCalledAndKeypadOneAcknowledges)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    h.scriptPerson(alice(), QString(), QStringLiteral("1"));
    const Incident raised = h.raise(Severity::Sev1, QStringLiteral("Checkout API down"));
    ASSERT_GT(raised.id, 0);
    EXPECT_EQ(raised.state, IncidentState::Triggered);

    auto texts = h.messagesTo(alice());
    ASSERT_EQ(texts.size(), 1);
    EXPECT_TRUE(body(texts.first()).contains(QStringLiteral("SEV1"), Qt::CaseInsensitive));
    EXPECT_TRUE(body(texts.first()).contains(raised.code));
    EXPECT_TRUE(body(texts.first()).contains(QStringLiteral("ACK"), Qt::CaseInsensitive));
    EXPECT_EQ(texts.first().value(QStringLiteral("from")).toString(),
              QString::fromLatin1(PagingHarness::GbSender));

    h.advance(4 * Minute);
    EXPECT_TRUE(h.callsTo(alice()).isEmpty()) << "no call before the SMS is 5 minutes old";
    h.advance(3 * Minute);
    ASSERT_EQ(h.callsTo(alice()).size(), 1);
    EXPECT_EQ(h.incident(raised.id).state, IncidentState::Acknowledged);
    EXPECT_EQ(h.incident(raised.id).actor, QStringLiteral("alice"));

    const auto timeline = h.timeline(raised.id);
    const TimelineEntry *sms = firstOf(timeline, QStringLiteral("page.submitted"));
    const TimelineEntry *call = firstOf(timeline, QStringLiteral("call.submitted"));
    const TimelineEntry *digits = firstOf(timeline, QStringLiteral("call.digits"));
    const TimelineEntry *ack = firstOf(timeline, QStringLiteral("incident.acknowledged"));
    ASSERT_TRUE(sms && call && digits && ack)
        << h.timelineKinds(raised.id).join(u' ').toStdString();
    EXPECT_TRUE(sms->sid.startsWith(QStringLiteral("SM")));
    EXPECT_TRUE(call->sid.startsWith(QStringLiteral("CA")));
    EXPECT_EQ(digits->sid, call->sid);
    EXPECT_EQ(ack->sid, call->sid);
    EXPECT_EQ(ack->recipientId, QStringLiteral("alice")) << "who acknowledged";
    EXPECT_GE(countKind(timeline, QStringLiteral("page.status")), 2); // sent, delivered
    EXPECT_GE(countKind(timeline, QStringLiteral("call.status")), 2);

    h.advance(25 * Minute, 5 * Minute);
    EXPECT_TRUE(h.messagesTo(bob()).isEmpty()) << "the acknowledgement stopped the escalation";
    EXPECT_EQ(h.callsTo(alice()).size(), 1);
}

TEST(PagingEngine, QuietHoursInTheRecipientsZoneHoldSev2ButNotSev1)
{
    // 10:00 UTC on Monday is 15:30 in Kolkata: inside Monday 15:00–16:00 there.
    const QJsonObject config
        = withRouting(PagingHarness::defaultConfig(), QStringLiteral("alice"), [](QJsonObject &r) {
              r.insert(QStringLiteral("timeZone"), QStringLiteral("Asia/Kolkata"));
              QJsonObject routing = routingOf(r);
              routing.insert(
                  QStringLiteral("quietHours"),
                  QJsonArray{QJsonObject{{QStringLiteral("day"), QStringLiteral("mon")},
                                         {QStringLiteral("start"), QStringLiteral("15:00")},
                                         {QStringLiteral("end"), QStringLiteral("16:00")}}});
              r.insert(QStringLiteral("routing"), routing);
          });
    PagingHarness h;
    ASSERT_TRUE(h.start(config));
    const Incident minor = h.raise(Severity::Sev2, QStringLiteral("Search latency high"));
    EXPECT_TRUE(h.messagesTo(alice()).isEmpty());
    EXPECT_EQ(countKind(h.timeline(minor.id), QStringLiteral("page.delayed")), 1);

    const Incident major = h.raise(Severity::Sev1, QStringLiteral("Checkout down"));
    ASSERT_EQ(h.messagesTo(alice()).size(), 1) << "sev1 overrides quiet hours";
    EXPECT_TRUE(body(h.messagesTo(alice()).first()).contains(major.code));

    h.advance(29 * Minute, 60 * 1000);
    EXPECT_EQ(h.messagesTo(alice()).size(), 1);
    h.advance(2 * Minute);
    ASSERT_EQ(h.messagesTo(alice()).size(), 2) << "held until 16:00 Kolkata = 10:30 UTC";
    EXPECT_TRUE(body(h.messagesTo(alice()).last()).contains(minor.code));
}

TEST(PagingEngine, RateCapDelaysAndBundlesInsteadOfDropping)
{
    const QJsonObject config
        = withRouting(PagingHarness::defaultConfig(), QStringLiteral("alice"), [](QJsonObject &r) {
              QJsonObject routing = routingOf(r);
              routing.insert(QStringLiteral("rateCaps"),
                             QJsonArray{QJsonObject{{QStringLiteral("max"), 1},
                                                    {QStringLiteral("minutes"), 15}}});
              r.insert(QStringLiteral("routing"), routing);
          });
    PagingHarness h;
    ASSERT_TRUE(h.start(config));
    const Incident first = h.raise(Severity::Sev2, QStringLiteral("Inventory sync stalled"));
    const Incident second = h.raise(Severity::Sev2, QStringLiteral("Feed export failing"));
    const Incident third = h.raise(Severity::Sev3, QStringLiteral("Image CDN slow"));
    ASSERT_EQ(h.messagesTo(alice()).size(), 1);
    EXPECT_EQ(countKind(h.timeline(second.id), QStringLiteral("page.delayed")), 1);
    EXPECT_EQ(countKind(h.timeline(third.id), QStringLiteral("page.bundled")), 1);

    h.advance(14 * Minute, Minute);
    EXPECT_EQ(h.messagesTo(alice()).size(), 1);
    h.advance(2 * Minute);
    const auto texts = h.messagesTo(alice());
    ASSERT_EQ(texts.size(), 2) << "one bundle for the two held pages";
    EXPECT_TRUE(body(texts.last()).contains(second.code));
    EXPECT_TRUE(body(texts.last()).contains(third.code));
    EXPECT_FALSE(body(texts.first()).isEmpty());
    EXPECT_NE(first.code, second.code);
}

TEST(PagingEngine, SenderPerRegionFallsBackToTheNextSender)
{
    QJsonObject config = PagingHarness::defaultConfig();
    // GB route: a number the account does not own first (21606), then the GB long code.
    QJsonArray recipients = config.value(QStringLiteral("recipients")).toArray();
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        QJsonObject r = recipients.at(i).toObject();
        QJsonObject routing = routingOf(r);
        QJsonArray routes = routing.value(QStringLiteral("senders")).toArray();
        QJsonObject gb = routes.at(0).toObject();
        QJsonArray senders = gb.value(QStringLiteral("senders")).toArray();
        senders.prepend(QJsonObject{{QStringLiteral("kind"), QStringLiteral("long_code")},
                                    {QStringLiteral("address"), QStringLiteral("+447400123999")}});
        gb.insert(QStringLiteral("senders"), senders);
        routes[0] = gb;
        routing.insert(QStringLiteral("senders"), routes);
        r.insert(QStringLiteral("routing"), routing);
        recipients[i] = r;
    }
    config.insert(QStringLiteral("recipients"), recipients);
    PagingHarness h;
    ASSERT_TRUE(h.start(config));
    const Incident raised = h.raise(Severity::Sev2, QStringLiteral("Payments degraded"));
    const auto texts = h.messagesTo(alice());
    ASSERT_EQ(texts.size(), 1);
    EXPECT_EQ(texts.first().value(QStringLiteral("from")).toString(),
              QString::fromLatin1(PagingHarness::GbSender));
    const auto timeline = h.timeline(raised.id);
    const TimelineEntry *rejected = firstOf(timeline, QStringLiteral("page.rejected"));
    ASSERT_TRUE(rejected);
    EXPECT_EQ(rejected->errorCode, 21606);
    EXPECT_EQ(countKind(timeline, QStringLiteral("page.fallback")), 1);

    h.advance(11 * Minute, Minute);
    const auto bobTexts = h.messagesTo(bob());
    ASSERT_EQ(bobTexts.size(), 1) << "tier 2 after 10 minutes";
    EXPECT_EQ(bobTexts.first().value(QStringLiteral("from")).toString(),
              QString::fromLatin1(PagingHarness::UsSender))
        << "a US number gets the '*' route";
}

TEST(PagingEngine, SnoozeStopsPagingAndPagesAgainWhenItEnds)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    const Incident raised = h.raise(Severity::Sev2, QStringLiteral("Order export late"));
    ASSERT_EQ(h.messagesTo(alice()).size(), 1);
    h.reply(alice(), QStringLiteral("snooze 20"));
    EXPECT_EQ(h.incident(raised.id).state, IncidentState::Snoozed);
    ASSERT_EQ(h.messagesTo(alice()).size(), 2) << "the snooze is confirmed by SMS";

    h.advance(15 * Minute, Minute);
    EXPECT_TRUE(h.messagesTo(bob()).isEmpty()) << "no escalation while snoozed";
    EXPECT_EQ(h.messagesTo(alice()).size(), 2);
    h.advance(6 * Minute, Minute);
    EXPECT_EQ(h.incident(raised.id).state, IncidentState::Triggered);
    const auto texts = h.messagesTo(alice());
    ASSERT_EQ(texts.size(), 3) << "paged again when the snooze ended";
    EXPECT_TRUE(body(texts.last()).contains(raised.code));
    EXPECT_EQ(countKind(h.timeline(raised.id), QStringLiteral("incident.snooze-ended")), 1);
}

TEST(PagingEngine, ResolveBySmsStopsTheEscalation)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    const Incident raised = h.raise(Severity::Sev1, QStringLiteral("Storefront 500s"));
    h.reply(alice(), QStringLiteral("\"Resolve %1\"").arg(raised.code));
    EXPECT_EQ(h.incident(raised.id).state, IncidentState::Resolved);
    h.advance(30 * Minute, 5 * Minute);
    EXPECT_TRUE(h.callsTo(alice()).isEmpty());
    EXPECT_TRUE(h.messagesTo(bob()).isEmpty());
    EXPECT_EQ(h.messagesTo(alice()).size(), 2); // the page and the confirmation
}

TEST(PagingEngine, BareAckWithTwoOpenIncidentsAsksWhichOne)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    const Incident a = h.raise(Severity::Sev2, QStringLiteral("Cart service slow"));
    const Incident b = h.raise(Severity::Sev2, QStringLiteral("Email queue backed up"));
    ASSERT_EQ(h.messagesTo(alice()).size(), 2);
    h.reply(alice(), QStringLiteral("ACK"));
    EXPECT_EQ(h.incident(a.id).state, IncidentState::Triggered);
    EXPECT_EQ(h.incident(b.id).state, IncidentState::Triggered);
    auto texts = h.messagesTo(alice());
    ASSERT_EQ(texts.size(), 3);
    EXPECT_TRUE(body(texts.last()).contains(a.code));
    EXPECT_TRUE(body(texts.last()).contains(b.code));

    h.reply(alice(), QStringLiteral("%1 ack").arg(b.code));
    EXPECT_EQ(h.incident(b.id).state, IncidentState::Acknowledged);
    EXPECT_EQ(h.incident(a.id).state, IncidentState::Triggered);
    h.reply(alice(), QStringLiteral("ack"));
    EXPECT_EQ(h.incident(a.id).state, IncidentState::Acknowledged)
        << "bare ACK acts once exactly one open incident was paged to the number";
}

TEST(PagingEngine, UnknownNumbersGetNoReplyAndHintsAreCapped)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    const Incident raised = h.raise(Severity::Sev2, QStringLiteral("Sitemap stale"));
    const QString stranger = QStringLiteral("+447400123999");
    h.reply(stranger, QStringLiteral("ACK %1").arg(raised.code));
    EXPECT_TRUE(h.messagesTo(stranger).isEmpty());
    EXPECT_EQ(h.incident(raised.id).state, IncidentState::Triggered)
        << "only numbers paged for an incident may act on it";

    for (int i = 0; i < 8; ++i)
        h.reply(alice(), QStringLiteral("on my way, looking now"));
    const int hints = int(h.messagesTo(alice()).size()) - 1;
    EXPECT_GE(hints, 1);
    EXPECT_LE(hints, 3) << "passive replies are capped: no reply loop with an auto-responder";
    EXPECT_EQ(h.incident(raised.id).state, IncidentState::Triggered);
}

TEST(PagingEngine, DuplicateAndOutOfOrderStatusesAreNoOps)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    const Incident raised = h.raise(Severity::Sev2, QStringLiteral("Tax service errors"));
    h.advance(5000);
    auto deliveries = h.store()->deliveriesForIncident(raised.id);
    ASSERT_TRUE(deliveries);
    ASSERT_EQ(deliveries->size(), 1);
    const Delivery page = deliveries->first();
    ASSERT_EQ(page.status, QStringLiteral("delivered"));
    const int before = int(h.timeline(raised.id).size());

    auto event = [&](qint64 id, const QString &status) {
        Vortex::Core::Relay::RelayEvent e;
        e.id = id;
        e.kind = Vortex::Core::Relay::RelayEvent::Kind::MessageStatus;
        e.messageSid = page.sid;
        e.status = status;
        return e;
    };
    auto cursor = h.store()->relayCursor();
    ASSERT_TRUE(cursor);
    ASSERT_TRUE(
        h.engine()->applyRelayEvents({event(cursor.value() + 1, QStringLiteral("sent")),
                                      event(cursor.value() + 2, QStringLiteral("delivered")),
                                      event(cursor.value() + 3, QStringLiteral("queued"))}));
    auto after = h.store()->delivery(page.id);
    ASSERT_TRUE(after && after.value());
    EXPECT_EQ(after.value()->status, QStringLiteral("delivered"));
    EXPECT_EQ(int(h.timeline(raised.id).size()), before);
    EXPECT_EQ(h.store()->relayCursor().value(), cursor.value() + 3);
}

TEST(PagingEngine, RelayDownStatusesArriveByPolling)
{
    PagingHarness h;
    ASSERT_TRUE(h.start(PagingHarness::defaultConfig(), /*relayUp=*/false));
    const Incident raised = h.raise(Severity::Sev2, QStringLiteral("Reviews widget down"));
    ASSERT_EQ(h.messagesTo(alice()).size(), 1);
    h.advance(2 * Minute, 30 * 1000);
    auto deliveries = h.store()->deliveriesForIncident(raised.id);
    ASSERT_TRUE(deliveries);
    ASSERT_EQ(deliveries->size(), 1);
    EXPECT_NE(deliveries->first().status, QStringLiteral("delivered"));
    h.advance(3 * Minute, 30 * 1000);
    deliveries = h.store()->deliveriesForIncident(raised.id);
    EXPECT_EQ(deliveries->first().status, QStringLiteral("delivered"));
    const auto timeline = h.timeline(raised.id);
    EXPECT_TRUE(std::any_of(timeline.begin(), timeline.end(), [](const TimelineEntry &e) {
        return e.kind == QStringLiteral("page.status") && e.status == QStringLiteral("delivered");
    }));
}

TEST(PagingEngine, RestartMidEscalationNeitherLosesNorRepeatsASteps)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    h.scriptPerson(alice(), QString(), QString(), /*answers=*/false);
    h.scriptPerson(bob(), QString(), QString(), /*answers=*/false);
    const Incident raised = h.raise(Severity::Sev1, QStringLiteral("Checkout down"));
    h.advance(2 * Minute);
    h.stopService(); // the store holds everything; nothing is flushed on the way down
    h.advance(Minute);
    ASSERT_TRUE(h.startService());
    h.advance(13 * Minute, 30 * 1000);
    EXPECT_EQ(h.messagesTo(alice()).size(), 1);
    EXPECT_EQ(h.callsTo(alice()).size(), 1) << "the voice step ran once, after the restart";
    EXPECT_EQ(h.messagesTo(bob()).size(), 1) << "tier 2 ran once";
    EXPECT_EQ(countKind(h.timeline(raised.id), QStringLiteral("escalation.tier")), 2);
}

TEST(PagingEngine, InterruptedSubmissionIsFoundAtTwilioNotSentTwice)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    const Incident raised = h.raise(Severity::Sev2, QStringLiteral("Search index stale"));
    h.advance(2000);
    ASSERT_EQ(h.messagesTo(alice()).size(), 1);
    const QString sid = h.messagesTo(alice()).first().value(QStringLiteral("sid")).toString();
    h.stopService();
    {
        // As if the engine died after POSTing and before recording the answer.
        SqlitePagingStore store(h.options().databasePath);
        ASSERT_TRUE(store.open());
        auto deliveries = store.deliveriesForIncident(raised.id);
        ASSERT_TRUE(deliveries);
        ASSERT_EQ(deliveries->size(), 1);
        Delivery page = deliveries->first();
        page.state = DeliveryState::Submitting;
        page.sid.clear();
        page.status.clear();
        page.lastCheckedAt = {};
        ASSERT_TRUE(store.updateDelivery(page));
        store.close();
    }
    ASSERT_TRUE(h.startService());
    h.advance(5000);
    EXPECT_EQ(h.messagesTo(alice()).size(), 1) << "reconciliation found the first message";
    auto deliveries = h.store()->deliveriesForIncident(raised.id);
    ASSERT_TRUE(deliveries);
    EXPECT_EQ(deliveries->first().sid, sid);
    EXPECT_EQ(deliveries->first().state, DeliveryState::Submitted);
}

TEST(PagingEngine, OptOutDisablesOnlyThatSenderAndRecipient)
{
    QJsonObject config
        = withRouting(PagingHarness::defaultConfig(), QStringLiteral("alice"), [](QJsonObject &r) {
              QJsonObject routing = routingOf(r);
              QJsonArray routes = routing.value(QStringLiteral("senders")).toArray();
              QJsonObject gb = routes.at(0).toObject();
              QJsonArray senders = gb.value(QStringLiteral("senders")).toArray();
              senders.append(QJsonObject{
                  {QStringLiteral("kind"), QStringLiteral("long_code")},
                  {QStringLiteral("address"), QString::fromLatin1(PagingHarness::UsSender)}});
              gb.insert(QStringLiteral("senders"), senders);
              routes[0] = gb;
              routing.insert(QStringLiteral("senders"), routes);
              r.insert(QStringLiteral("routing"), routing);
          });
    PagingHarness h;
    ASSERT_TRUE(h.start(config));
    // Alice opts out at Twilio without the engine hearing of it: the next page gets 21610.
    h.twin()->setInboundUrl(QString::fromLatin1(PagingHarness::GbSender), QString());
    h.reply(alice(), QStringLiteral("STOP"));
    const Incident raised = h.raise(Severity::Sev2, QStringLiteral("Pricing job failed"));
    const auto texts = h.messagesTo(alice());
    ASSERT_EQ(texts.size(), 1);
    EXPECT_EQ(texts.first().value(QStringLiteral("from")).toString(),
              QString::fromLatin1(PagingHarness::UsSender));
    const TimelineEntry *rejected = firstOf(h.timeline(raised.id), QStringLiteral("page.rejected"));
    ASSERT_TRUE(rejected);
    EXPECT_EQ(rejected->errorCode, 21610);
    auto opted = h.store()->optedOutSenders(alice());
    ASSERT_TRUE(opted);
    EXPECT_EQ(opted.value(), QStringList{QString::fromLatin1(PagingHarness::GbSender)});
    auto bobOpted = h.store()->optedOutSenders(bob());
    ASSERT_TRUE(bobOpted);
    EXPECT_TRUE(bobOpted->isEmpty());
}

TEST(PagingEngine, CodesAreNotReusedWithin72HoursOfClosing)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    const Incident first = h.raise(Severity::Sev3, QStringLiteral("Thumbnail job slow"));
    ASSERT_TRUE(h.engine()->resolve(first.id, QStringLiteral("console")));
    const Incident second = h.raise(Severity::Sev3, QStringLiteral("Thumbnail job slow again"));
    EXPECT_NE(second.code, first.code);
    ASSERT_TRUE(h.engine()->resolve(second.id, QStringLiteral("console")));
    h.advance(73LL * 60 * Minute, 60 * Minute);
    const Incident third = h.raise(Severity::Sev3, QStringLiteral("Thumbnail job slow once more"));
    EXPECT_EQ(third.code, first.code) << "short codes come back after 72 hours";
}

TEST(PagingEngine, RateCapsPaceTextsButNotTheSev1Call)
{
    const QJsonObject config
        = withRouting(PagingHarness::defaultConfig(), QStringLiteral("alice"), [](QJsonObject &r) {
              QJsonObject routing = routingOf(r);
              routing.insert(QStringLiteral("rateCaps"),
                             QJsonArray{QJsonObject{{QStringLiteral("max"), 1},
                                                    {QStringLiteral("minutes"), 15}}});
              r.insert(QStringLiteral("routing"), routing);
          });
    PagingHarness h;
    ASSERT_TRUE(h.start(config));
    h.scriptPerson(alice(), QString(), QString(), /*answers=*/false);
    h.raise(Severity::Sev1, QStringLiteral("Checkout down"));
    ASSERT_EQ(h.messagesTo(alice()).size(), 1);
    h.advance(6 * Minute, 30 * 1000);
    EXPECT_EQ(h.callsTo(alice()).size(), 1)
        << "the call follows its SMS after 5 minutes; the cap paces texts, not the escalation";
}

TEST(PagingEngine, ARateCappedSev1IsNotBundledIntoATextHeldForQuietHours)
{
    // 10:00 UTC Monday = 15:30 in Kolkata, inside alice's quiet hours until 16:00 (10:30 UTC).
    const QJsonObject config
        = withRouting(PagingHarness::defaultConfig(), QStringLiteral("alice"), [](QJsonObject &r) {
              r.insert(QStringLiteral("timeZone"), QStringLiteral("Asia/Kolkata"));
              QJsonObject routing = routingOf(r);
              routing.insert(
                  QStringLiteral("quietHours"),
                  QJsonArray{QJsonObject{{QStringLiteral("day"), QStringLiteral("mon")},
                                         {QStringLiteral("start"), QStringLiteral("15:00")},
                                         {QStringLiteral("end"), QStringLiteral("16:00")}}});
              routing.insert(QStringLiteral("rateCaps"),
                             QJsonArray{QJsonObject{{QStringLiteral("max"), 1},
                                                    {QStringLiteral("minutes"), 15}}});
              routing.insert(QStringLiteral("channelOrder"), QJsonArray{QStringLiteral("sms")});
              r.insert(QStringLiteral("routing"), routing);
          });
    PagingHarness h;
    ASSERT_TRUE(h.start(config));
    const Incident minor = h.raise(Severity::Sev2, QStringLiteral("Search latency high"));
    const Incident first = h.raise(Severity::Sev1, QStringLiteral("Checkout down"));
    const Incident second = h.raise(Severity::Sev1, QStringLiteral("Payments down"));
    ASSERT_EQ(h.messagesTo(alice()).size(), 1); // the first sev1; the rate cap holds the second
    EXPECT_TRUE(body(h.messagesTo(alice()).first()).contains(first.code));
    h.advance(16 * Minute, Minute);
    auto texts = h.messagesTo(alice());
    ASSERT_EQ(texts.size(), 2) << "the second sev1 goes out when the cap allows, at 10:15";
    EXPECT_TRUE(body(texts.last()).contains(second.code));
    EXPECT_FALSE(body(texts.last()).contains(QStringLiteral("Search latency")));
    h.advance(16 * Minute, Minute);
    texts = h.messagesTo(alice());
    ASSERT_EQ(texts.size(), 3) << "the sev2 after quiet hours and the cap";
    EXPECT_TRUE(body(texts.last()).contains(minor.code));
}
