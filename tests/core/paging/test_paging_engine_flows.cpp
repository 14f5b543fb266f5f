// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Paging engine flows against real parts (twin, relay, SQLite, Twilio gateway over loopback):
// keypad input, unanswered calls, validity, async failures and fallback, chaos on callbacks,
// STOP/START, signed intake, bundles, repeat rounds, WhatsApp and reply edge cases.
#include "pagingharness.h"

#include "core/common/eventclock.h"
#include "core/paging/deliverygateway.h"
#include "core/paging/intakerequest.h"
#include "core/paging/pagingengine.h"
#include "core/paging/pagingjson.h"
#include "core/paging/sqlitepagingstore.h"
#include "core/relay/relayevent.h"
#include "core/twin/twinchaos.h"
#include "core/twin/twinchaosprofile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// Readable QString values in failure messages.
void PrintTo(const QString &value, std::ostream *os)
{
    *os << '"' << value.toStdString() << '"';
}

using namespace Vortex::Core::Paging;
using Vortex::Core::Done;
using Vortex::Core::fail;
using Vortex::Core::Result;
using Vortex::Test::PagingHarness;

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;

QString alice()
{
    return QString::fromLatin1(PagingHarness::Alice);
}
QString bob()
{
    return QString::fromLatin1(PagingHarness::Bob);
}
QString gbSender()
{
    return QString::fromLatin1(PagingHarness::GbSender);
}
QString usSender()
{
    return QString::fromLatin1(PagingHarness::UsSender);
}

QJsonObject
withRecipient(QJsonObject config, const QString &recipientId,
              const std::function<void(QJsonObject &recipient, QJsonObject &routing)> &edit)
{
    QJsonArray recipients = config.value(QStringLiteral("recipients")).toArray();
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        QJsonObject recipient = recipients.at(i).toObject();
        if (recipient.value(QStringLiteral("id")).toString() != recipientId)
            continue;
        QJsonObject routing = recipient.value(QStringLiteral("routing")).toObject();
        edit(recipient, routing);
        recipient.insert(QStringLiteral("routing"), routing);
        recipients[i] = recipient;
    }
    config.insert(QStringLiteral("recipients"), recipients);
    return config;
}

QJsonObject sender(const QString &kind, const QString &address)
{
    return {{QStringLiteral("kind"), kind}, {QStringLiteral("address"), address}};
}

/// Alice's GB route with these senders (in fallback order).
void setGbSenders(QJsonObject &routing, const QJsonArray &senders)
{
    QJsonArray routes = routing.value(QStringLiteral("senders")).toArray();
    QJsonObject gb = routes.at(0).toObject();
    gb.insert(QStringLiteral("senders"), senders);
    routes[0] = gb;
    routing.insert(QStringLiteral("senders"), routes);
}

QJsonObject withPolicy(QJsonObject config, const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray policies = config.value(QStringLiteral("policies")).toArray();
    QJsonObject policy = policies.at(0).toObject();
    edit(policy);
    policies[0] = policy;
    config.insert(QStringLiteral("policies"), policies);
    return config;
}

int countKind(const QList<TimelineEntry> &entries, const QString &kind)
{
    return int(std::count_if(entries.begin(), entries.end(),
                             [&](const TimelineEntry &e) { return e.kind == kind; }));
}

std::optional<TimelineEntry> firstOf(const QList<TimelineEntry> &entries, const QString &kind)
{
    for (const TimelineEntry &entry : entries) {
        if (entry.kind == kind)
            return entry;
    }
    return std::nullopt;
}

QString body(const QJsonObject &message)
{
    return message.value(QStringLiteral("body")).toString();
}

QString field(const QJsonObject &object, const char *key)
{
    return object.value(QString::fromLatin1(key)).toString();
}

QString kinds(PagingHarness &h, qint64 id)
{
    return h.timelineKinds(id).join(u' ');
}

int twinEvents(PagingHarness &h, const QString &kind)
{
    const auto events = h.twin()->events().after(0, 1000000);
    return int(
        std::count_if(events.begin(), events.end(),
                      [&](const Vortex::Core::Twin::TwinEvent &e) { return e.kind == kind; }));
}

QList<Delivery> deliveries(PagingHarness &h, qint64 incidentId)
{
    auto found = h.store()->deliveriesForIncident(incidentId);
    return found ? found.value() : QList<Delivery>{};
}

} // namespace

// --- 1. Keypad -----------------------------------------------------------------------------

TEST(PagingEngineFlows, KeypadTwoResolvesAndStopsTheEscalation)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    h.scriptPerson(alice(), QString(), QStringLiteral("2"));
    const Incident raised = h.raise(Severity::Sev1, QStringLiteral("Checkout API down"));
    h.advance(7 * Minute);
    ASSERT_EQ(h.callsTo(alice()).size(), 1);
    const Incident after = h.incident(raised.id);
    EXPECT_EQ(after.state, IncidentState::Resolved) << kinds(h, raised.id).toStdString();
    EXPECT_EQ(after.actor, QStringLiteral("alice"));
    const auto timeline = h.timeline(raised.id);
    const std::optional<TimelineEntry> resolved
        = firstOf(timeline, QStringLiteral("incident.resolved"));
    ASSERT_TRUE(resolved);
    EXPECT_EQ(resolved->sid, field(h.callsTo(alice()).first(), "sid"));
    h.advance(20 * Minute, 5 * Minute);
    EXPECT_TRUE(h.messagesTo(bob()).isEmpty());
    EXPECT_TRUE(h.callsTo(bob()).isEmpty());
}

TEST(PagingEngineFlows, KeypadThreeSnoozesThirtyMinutesAndPagesAgainAfter)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    h.scriptPerson(alice(), QString(), QStringLiteral("3"));
    const Incident raised = h.raise(Severity::Sev1, QStringLiteral("Payments failing"));
    h.advance(7 * Minute);
    ASSERT_EQ(h.callsTo(alice()).size(), 1);
    const Incident snoozed = h.incident(raised.id);
    ASSERT_EQ(snoozed.state, IncidentState::Snoozed) << kinds(h, raised.id).toStdString();
    const std::optional<TimelineEntry> entry
        = firstOf(h.timeline(raised.id), QStringLiteral("incident.snoozed"));
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->at.secsTo(snoozed.snoozedUntil), 30 * 60);

    // Snoozed: no tier 2 at minute 10, no second call.
    h.scriptPerson(alice(), QString(), QStringLiteral("1"));
    h.advance(20 * Minute, Minute);
    EXPECT_EQ(h.incident(raised.id).state, IncidentState::Snoozed);
    EXPECT_TRUE(h.messagesTo(bob()).isEmpty());
    EXPECT_EQ(h.messagesTo(alice()).size(), 1);
    EXPECT_EQ(h.callsTo(alice()).size(), 1);

    // The snooze ends ~30 minutes after the key press: paged again from tier 1.
    const qint64 untilEnd = h.twin()->clock()->now().msecsTo(snoozed.snoozedUntil);
    h.advance(untilEnd + Minute, Minute);
    ASSERT_EQ(h.messagesTo(alice()).size(), 2) << kinds(h, raised.id).toStdString();
    EXPECT_EQ(countKind(h.timeline(raised.id), QStringLiteral("incident.snooze-ended")), 1);
    h.advance(7 * Minute);
    EXPECT_EQ(h.callsTo(alice()).size(), 2)
        << "sev1: called again when the new SMS went unanswered";
    EXPECT_EQ(h.incident(raised.id).state, IncidentState::Acknowledged);
}

TEST(PagingEngineFlows, KeypadNineEscalatesToTheNextTierAtOnce)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    h.scriptPerson(alice(), QString(), QStringLiteral("9"));
    h.scriptPerson(bob(), QString(), QString(), /*answers=*/false);
    const Incident raised = h.raise(Severity::Sev1, QStringLiteral("Database failover"));
    h.advance(4 * Minute, 30 * Second);
    EXPECT_TRUE(h.messagesTo(bob()).isEmpty());
    h.advance(3 * Minute);
    ASSERT_EQ(h.callsTo(alice()).size(), 1);
    ASSERT_EQ(h.messagesTo(bob()).size(), 1)
        << "tier 2 paged at the key press, not at minute 10: " << kinds(h, raised.id).toStdString();
    EXPECT_EQ(h.incident(raised.id).state, IncidentState::Triggered);
    const std::optional<TimelineEntry> manual
        = firstOf(h.timeline(raised.id), QStringLiteral("escalation.manual"));
    ASSERT_TRUE(manual);
    EXPECT_EQ(manual->sid, field(h.callsTo(alice()).first(), "sid"));
    h.advance(20 * Minute, Minute);
    EXPECT_EQ(h.messagesTo(bob()).size(), 1) << "the scheduled tier-2 step does not page bob again";
    EXPECT_EQ(countKind(h.timeline(raised.id), QStringLiteral("escalation.tier")), 2);
}

TEST(PagingEngineFlows, KeypadStarChangesNothingInTheEngine)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    h.scriptPerson(alice(), QString(), QStringLiteral("*"));
    const Incident raised = h.raise(Severity::Sev1, QStringLiteral("CDN errors"));
    h.advance(8 * Minute);
    ASSERT_EQ(h.callsTo(alice()).size(), 1);
    const auto timeline = h.timeline(raised.id);
    const std::optional<TimelineEntry> digits = firstOf(timeline, QStringLiteral("call.digits"));
    ASSERT_TRUE(digits) << kinds(h, raised.id).toStdString();
    EXPECT_TRUE(digits->detail.contains(u'*'));
    EXPECT_EQ(h.incident(raised.id).state, IncidentState::Triggered);
    for (const char *kind : {"incident.acknowledged", "incident.resolved", "incident.snoozed",
                             "escalation.manual", "call.rejected"})
        EXPECT_EQ(countKind(timeline, QString::fromLatin1(kind)), 0) << kind;
    h.advance(3 * Minute, 30 * Second);
    EXPECT_EQ(h.messagesTo(bob()).size(), 1) << "the escalation went on as planned";
}

// --- 2. Unanswered calls ---------------------------------------------------------------------

class UnansweredCall : public ::testing::TestWithParam<bool>
{};

TEST_P(UnansweredCall, CountsAsNotAcknowledgedAndEscalationContinues)
{
    const bool busy = GetParam();
    PagingHarness h;
    ASSERT_TRUE(h.start());
    h.scriptUnreachable(alice(), busy, /*voicemail=*/!busy);
    const Incident raised = h.raise(Severity::Sev1, QStringLiteral("Orders stuck"));
    h.advance(8 * Minute);
    const auto calls = h.callsTo(alice());
    ASSERT_EQ(calls.size(), 1);
    if (busy) {
        EXPECT_EQ(field(calls.first(), "status"), QStringLiteral("busy"));
    } else {
        EXPECT_EQ(field(calls.first(), "status"), QStringLiteral("completed"));
        EXPECT_TRUE(field(calls.first(), "answered_by").startsWith(QStringLiteral("machine")))
            << "the gateway asks for answering machine detection";
    }
    const auto timeline = h.timeline(raised.id);
    const std::optional<TimelineEntry> unanswered
        = firstOf(timeline, QStringLiteral("call.unanswered"));
    ASSERT_TRUE(unanswered) << kinds(h, raised.id).toStdString();
    EXPECT_EQ(unanswered->sid, field(calls.first(), "sid"));
    EXPECT_EQ(h.incident(raised.id).state, IncidentState::Triggered);
    h.advance(3 * Minute, 30 * Second);
    EXPECT_EQ(h.messagesTo(bob()).size(), 1) << "tier 2 after 10 minutes";
}

INSTANTIATE_TEST_SUITE_P(PagingEngineFlows, UnansweredCall, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool> &info) {
                             return info.param ? std::string("Busy") : std::string("Voicemail");
                         });

// --- 3. Voice only for sev1; validity ----------------------------------------------------------

TEST(PagingEngineFlows, Sev2IsNeverCalled)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    const Incident raised = h.raise(Severity::Sev2, QStringLiteral("Search slow"));
    h.advance(30 * Minute, Minute);
    EXPECT_EQ(h.messagesTo(alice()).size(), 1);
    EXPECT_EQ(h.messagesTo(bob()).size(), 1);
    EXPECT_TRUE(h.callsTo(alice()).isEmpty());
    EXPECT_TRUE(h.callsTo(bob()).isEmpty());
    EXPECT_EQ(countKind(h.timeline(raised.id), QStringLiteral("call.queued")), 0);
    const QString sid = field(h.messagesTo(alice()).first(), "sid");
    EXPECT_EQ(h.validityOf(sid), 3600) << "non-sev1 pages expire after an hour";
}

TEST(PagingEngineFlows, Sev1SmsExpiresBeforeTheVoiceCall)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    h.scriptPerson(alice(), QString(), QString(), /*answers=*/false);
    h.raise(Severity::Sev1, QStringLiteral("Checkout down"));
    const auto texts = h.messagesTo(alice());
    ASSERT_EQ(texts.size(), 1);
    const int validity = h.validityOf(field(texts.first(), "sid"));
    EXPECT_GT(validity, 0);
    EXPECT_LE(validity, 5 * 60)
        << "voiceAfterMinutes is 5: a stale SMS must not land after the call";
}

// --- 4. Asynchronous failures --------------------------------------------------------------------

TEST(PagingEngineFlows, TransientAsyncFailureIsRetriedThroughTheSameSenderWithBackoff)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    h.twinCountry(QStringLiteral("GB")).failed = 1; // queued → failed 30008
    const Incident raised = h.raise(Severity::Sev2, QStringLiteral("Inventory sync"));
    h.advance(2 * Second);
    ASSERT_EQ(h.messagesTo(alice()).size(), 1);
    EXPECT_EQ(field(h.messagesTo(alice()).first(), "status"), QStringLiteral("failed"));
    ASSERT_EQ(countKind(h.timeline(raised.id), QStringLiteral("page.retry")), 1)
        << kinds(h, raised.id).toStdString();
    h.twinCountry(QStringLiteral("GB")).failed = 0;

    auto rows = deliveries(h, raised.id);
    ASSERT_EQ(rows.size(), 2);
    const Delivery retry = rows.last();
    EXPECT_EQ(retry.state, DeliveryState::Pending);
    EXPECT_GT(retry.notBefore, retry.createdAt) << "backoff, not an immediate resend";
    EXPECT_EQ(retry.sender.address, gbSender());

    h.advance(40 * Second, Second);
    const auto texts = h.messagesTo(alice());
    ASSERT_EQ(texts.size(), 2);
    EXPECT_EQ(field(texts.last(), "from"), gbSender());
    EXPECT_EQ(field(texts.last(), "status"), QStringLiteral("delivered"));
    EXPECT_EQ(body(texts.last()), body(texts.first()));
    rows = deliveries(h, raised.id);
    EXPECT_EQ(rows.last().status, QStringLiteral("delivered"));
    EXPECT_EQ(countKind(h.timeline(raised.id), QStringLiteral("page.failed")), 0);
}

TEST(PagingEngineFlows, TransientAsyncFailuresGiveUpVisiblyAfterMaxAttempts)
{
    PagingHarness h;
    h.options().engine.maxAttempts = 3;
    h.setTwinConfigure([](Vortex::Core::Twin::TwinConfig &config) {
        config.countries[QStringLiteral("GB")].failed = 1;
    });
    ASSERT_TRUE(h.start());
    const Incident raised = h.raise(Severity::Sev2, QStringLiteral("Feed export"));
    h.advance(5 * Minute, 5 * Second);
    EXPECT_EQ(h.messagesTo(alice()).size(), 3) << "maxAttempts submissions, no more";
    const auto timeline = h.timeline(raised.id);
    EXPECT_EQ(countKind(timeline, QStringLiteral("page.retry")), 2);
    const std::optional<TimelineEntry> failed = firstOf(timeline, QStringLiteral("page.failed"));
    ASSERT_TRUE(failed) << "never dropped silently: " << kinds(h, raised.id).toStdString();
    EXPECT_EQ(failed->errorCode, 30008);
    h.advance(6 * Minute, Minute);
    EXPECT_EQ(h.messagesTo(alice()).size(), 3);
    EXPECT_EQ(h.messagesTo(bob()).size(), 1) << "the escalation goes on to tier 2";
}

TEST(PagingEngineFlows, UnknownHandsetOnSev2IsGivenUpVisiblyNeverCalled)
{
    // Voice is for sev1 only (PRODUCT.md): a sev2 that no text channel can reach is reported,
    // not turned into a call.
    PagingHarness h;
    h.setTwinConfigure([](Vortex::Core::Twin::TwinConfig &config) {
        auto &gb = config.countries[QStringLiteral("GB")];
        gb.undelivered = 1;
        gb.undeliveredCodes = {30005};
    });
    ASSERT_TRUE(h.start());
    h.scriptPerson(alice(), QString(), QStringLiteral("1"));
    const Incident raised = h.raise(Severity::Sev2, QStringLiteral("Tax service errors"));
    h.advance(Minute);
    ASSERT_EQ(h.messagesTo(alice()).size(), 1);
    EXPECT_EQ(field(h.messagesTo(alice()).first(), "status"), QStringLiteral("undelivered"));
    EXPECT_TRUE(h.callsTo(alice()).isEmpty()) << kinds(h, raised.id).toStdString();
    const auto failed = firstOf(h.timeline(raised.id), QStringLiteral("page.failed"));
    ASSERT_TRUE(failed) << kinds(h, raised.id).toStdString();
    EXPECT_EQ(failed->errorCode, 30005);
    EXPECT_EQ(h.incident(raised.id).state, IncidentState::Triggered);
}

TEST(PagingEngineFlows, UnknownHandsetOnSev1CallsAtOnceAndOnlyOnce)
{
    PagingHarness h;
    h.setTwinConfigure([](Vortex::Core::Twin::TwinConfig &config) {
        auto &gb = config.countries[QStringLiteral("GB")];
        gb.undelivered = 1;
        gb.undeliveredCodes = {30006};
    });
    ASSERT_TRUE(h.start());
    h.scriptPerson(alice(), QString(), QString(), /*answers=*/false);
    h.scriptPerson(bob(), QString(), QString(), /*answers=*/false);
    const Incident raised = h.raise(Severity::Sev1, QStringLiteral("Checkout down"));
    h.advance(Minute);
    EXPECT_EQ(h.callsTo(alice()).size(), 1) << "no waiting 5 minutes for an SMS that cannot land: "
                                            << kinds(h, raised.id).toStdString();
    h.advance(8 * Minute, 30 * Second);
    EXPECT_EQ(h.callsTo(alice()).size(), 1) << "the voice follow-up does not call a second time";
}

TEST(PagingEngineFlows, UnknownHandsetWithoutAnotherChannelGivesUpVisibly)
{
    const QJsonObject config = withRecipient(
        PagingHarness::defaultConfig(), QStringLiteral("alice"), [](QJsonObject &, QJsonObject &r) {
            r.insert(QStringLiteral("channelOrder"), QJsonArray{QStringLiteral("sms")});
        });
    PagingHarness h;
    h.setTwinConfigure([](Vortex::Core::Twin::TwinConfig &c) {
        auto &gb = c.countries[QStringLiteral("GB")];
        gb.undelivered = 1;
        gb.undeliveredCodes = {30005};
    });
    ASSERT_TRUE(h.start(config));
    const Incident raised = h.raise(Severity::Sev2, QStringLiteral("Images slow"));
    h.advance(Minute, 5 * Second);
    EXPECT_EQ(h.messagesTo(alice()).size(), 1) << "a permanent failure is not retried";
    EXPECT_TRUE(h.callsTo(alice()).isEmpty());
    const std::optional<TimelineEntry> failed
        = firstOf(h.timeline(raised.id), QStringLiteral("page.failed"));
    ASSERT_TRUE(failed) << kinds(h, raised.id).toStdString();
    EXPECT_EQ(failed->errorCode, 30005);
}

// --- 5. Chaos on callbacks
// ------------------------------------------------------------------------

TEST(PagingEngineFlows, DuplicatedAndReorderedCallbacksEndDeliveredExactlyOnce)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    Vortex::Core::Twin::ChaosProfile chaos;
    chaos.duplicateRate = 0.5;
    chaos.reorderRate = 0.5; // together: every callback is duplicated or reordered
    h.twin()->chaos()->setProfile(chaos);
    QList<Incident> raised;
    for (const char *title : {"Cart slow", "Emails queued", "Search stale", "Reviews down"})
        raised << h.raise(Severity::Sev2, QString::fromLatin1(title));
    h.advance(10 * Second);
    EXPECT_GT(twinEvents(h, QStringLiteral("chaos.duplicate")), 0);
    EXPECT_GT(twinEvents(h, QStringLiteral("chaos.reorder")), 0);
    for (const Incident &incident : raised) {
        const auto rows = deliveries(h, incident.id);
        ASSERT_EQ(rows.size(), 1);
        EXPECT_EQ(rows.first().status, QStringLiteral("delivered"));
        QStringList statuses;
        for (const TimelineEntry &entry : h.timeline(incident.id)) {
            if (entry.kind == QStringLiteral("page.status"))
                statuses << entry.status;
        }
        EXPECT_EQ(statuses.count(QStringLiteral("delivered")), 1)
            << statuses.join(u' ').toStdString();
        EXPECT_EQ(statuses.last(), QStringLiteral("delivered"))
            << "nothing after the final status: " << statuses.join(u' ').toStdString();
        EXPECT_EQ(statuses.removeDuplicates(), 0) << "each status once";
    }
}

TEST(PagingEngineFlows, DroppedCallbacksAreRecoveredByPolling)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    Vortex::Core::Twin::ChaosProfile chaos;
    chaos.dropRate = 1;
    h.twin()->chaos()->setProfile(chaos);
    const Incident raised = h.raise(Severity::Sev2, QStringLiteral("Price feed"));
    h.advance(2 * Minute, 30 * Second);
    EXPECT_GT(twinEvents(h, QStringLiteral("chaos.drop")), 0);
    ASSERT_EQ(h.messagesTo(alice()).size(), 1);
    EXPECT_EQ(field(h.messagesTo(alice()).first(), "status"), QStringLiteral("delivered"));
    auto rows = deliveries(h, raised.id);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_NE(rows.first().status, QStringLiteral("delivered")) << "nothing arrived yet";
    h.advance(2 * Minute, 30 * Second); // pollAfterSeconds = 180
    rows = deliveries(h, raised.id);
    EXPECT_EQ(rows.first().status, QStringLiteral("delivered"));
    int delivered = 0;
    for (const TimelineEntry &entry : h.timeline(raised.id)) {
        if (entry.kind == QStringLiteral("page.status")
            && entry.status == QStringLiteral("delivered")) {
            ++delivered;
            EXPECT_TRUE(entry.detail.contains(QStringLiteral("polled")));
        }
    }
    EXPECT_EQ(delivered, 1);
    h.advance(3 * Minute, 30 * Second);
    EXPECT_EQ(countKind(h.timeline(raised.id), QStringLiteral("page.status")), 1)
        << "a final page is not polled again";
}

// --- 6. STOP / START
// -------------------------------------------------------------------------------

TEST(PagingEngineFlows, StopThroughTheRelayUsesTheNextSenderAndStartReEnables)
{
    const QJsonObject config = withRecipient(
        PagingHarness::defaultConfig(), QStringLiteral("alice"), [](QJsonObject &, QJsonObject &r) {
            setGbSenders(r, {sender(QStringLiteral("long_code"), gbSender()),
                             sender(QStringLiteral("long_code"), usSender())});
        });
    PagingHarness h;
    ASSERT_TRUE(h.start(config));
    const Incident first = h.raise(Severity::Sev2, QStringLiteral("Export late"));
    ASSERT_EQ(h.messagesTo(alice()).size(), 1);
    EXPECT_EQ(field(h.messagesTo(alice()).first(), "from"), gbSender());

    h.reply(alice(), QStringLiteral("STOP"));
    auto opted = h.store()->optedOutSenders(alice());
    ASSERT_TRUE(opted);
    EXPECT_EQ(opted.value(), QStringList{gbSender()});
    EXPECT_EQ(h.messagesTo(alice()).size(), 1) << "the engine sends no answer to STOP";
    EXPECT_EQ(h.incident(first.id).state, IncidentState::Triggered);

    const Incident second = h.raise(Severity::Sev2, QStringLiteral("Import late"));
    ASSERT_EQ(h.messagesTo(alice()).size(), 2);
    EXPECT_EQ(field(h.messagesTo(alice()).last(), "from"), usSender());
    EXPECT_EQ(countKind(h.timeline(second.id), QStringLiteral("page.rejected")), 0)
        << "the opted-out sender is not even tried";

    h.reply(alice(), QStringLiteral("start"));
    opted = h.store()->optedOutSenders(alice());
    ASSERT_TRUE(opted);
    EXPECT_TRUE(opted->isEmpty());
    h.raise(Severity::Sev2, QStringLiteral("Sync late"));
    h.advance(3 * Second);
    const auto texts = h.messagesTo(alice());
    ASSERT_EQ(texts.size(), 3);
    EXPECT_EQ(field(texts.last(), "from"), gbSender());
    EXPECT_EQ(field(texts.last(), "status"), QStringLiteral("delivered"));
}

TEST(PagingEngineFlows, StopOnTheOnlySenderReportsNoSender)
{
    const QJsonObject config = withRecipient(
        PagingHarness::defaultConfig(), QStringLiteral("alice"), [](QJsonObject &, QJsonObject &r) {
            r.insert(QStringLiteral("channelOrder"), QJsonArray{QStringLiteral("sms")});
        });
    PagingHarness h;
    ASSERT_TRUE(h.start(config));
    h.reply(alice(), QStringLiteral("stop"));
    const Incident raised = h.raise(Severity::Sev2, QStringLiteral("Stock sync"));
    EXPECT_TRUE(h.messagesTo(alice()).isEmpty());
    const auto timeline = h.timeline(raised.id);
    EXPECT_EQ(countKind(timeline, QStringLiteral("page.no-sender")), 1)
        << kinds(h, raised.id).toStdString();
    EXPECT_EQ(countKind(timeline, QStringLiteral("page.failed")), 1);
}

// --- 7. Intake through the relay -----------------------------------------------------------------

namespace {
QByteArray intake(QJsonObject object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<Incident> byKey(PagingHarness &h, const QString &key)
{
    auto found = h.store()->openIncidentByDedupKey(key);
    return found ? found.value() : std::nullopt;
}
} // namespace

TEST(PagingEngineFlows, SignedIntakeThroughTheRelayRaisesUpdatesAndActs)
{
    PagingHarness h;
    h.setIntakeSecret(QByteArrayLiteral("intake-secret-for-tests"));
    ASSERT_TRUE(h.start());
    const QJsonObject raise{{QStringLiteral("action"), QStringLiteral("raise")},
                            {QStringLiteral("dedup_key"), QStringLiteral("checkout-5xx")},
                            {QStringLiteral("severity"), QStringLiteral("sev2")},
                            {QStringLiteral("title"), QStringLiteral("Checkout 5xx")}};

    EXPECT_EQ(h.postIntake(intake(raise), QByteArrayLiteral("wrong-secret")), 401);
    EXPECT_FALSE(byKey(h, QStringLiteral("checkout-5xx")));

    ASSERT_EQ(h.postIntake(intake(raise)), 202);
    const std::optional<Incident> raised = byKey(h, QStringLiteral("checkout-5xx"));
    ASSERT_TRUE(raised);
    EXPECT_EQ(raised->severity, Severity::Sev2);
    ASSERT_EQ(h.messagesTo(alice()).size(), 1);

    QJsonObject again = raise;
    again.insert(QStringLiteral("title"), QStringLiteral("Checkout 5xx still"));
    ASSERT_EQ(h.postIntake(intake(again)), 202);
    EXPECT_EQ(h.messagesTo(alice()).size(), 1) << "same dedup_key: no second page";
    EXPECT_EQ(h.incident(raised->id).title, QStringLiteral("Checkout 5xx still"));
    EXPECT_EQ(countKind(h.timeline(raised->id), QStringLiteral("incident.triggered")), 1);

    ASSERT_EQ(
        h.postIntake(intake({{QStringLiteral("action"), QStringLiteral("update")},
                             {QStringLiteral("dedup_key"), QStringLiteral("checkout-5xx")},
                             {QStringLiteral("title"), QStringLiteral("Checkout 5xx (EU)")}})),
        202);
    EXPECT_EQ(h.incident(raised->id).title, QStringLiteral("Checkout 5xx (EU)"));

    ASSERT_EQ(h.postIntake(intake({{QStringLiteral("action"), QStringLiteral("acknowledge")},
                                   {QStringLiteral("code"), raised->code},
                                   {QStringLiteral("actor"), QStringLiteral("vortex-iq-ops")}})),
              202);
    EXPECT_EQ(h.incident(raised->id).state, IncidentState::Acknowledged);
    EXPECT_EQ(h.incident(raised->id).actor, QStringLiteral("vortex-iq-ops"));

    ASSERT_EQ(h.postIntake(intake({{QStringLiteral("action"), QStringLiteral("snooze")},
                                   {QStringLiteral("dedup_key"), QStringLiteral("checkout-5xx")},
                                   {QStringLiteral("minutes"), 15}})),
              202);
    EXPECT_EQ(h.incident(raised->id).state, IncidentState::Snoozed);

    // A second incident: resolved by code; the first one by its key.
    QJsonObject other = raise;
    other.insert(QStringLiteral("dedup_key"), QStringLiteral("search-down"));
    other.insert(QStringLiteral("title"), QStringLiteral("Search down"));
    ASSERT_EQ(h.postIntake(intake(other)), 202);
    const std::optional<Incident> search = byKey(h, QStringLiteral("search-down"));
    ASSERT_TRUE(search);
    ASSERT_EQ(h.postIntake(intake({{QStringLiteral("action"), QStringLiteral("resolve")},
                                   {QStringLiteral("code"), search->code}})),
              202);
    EXPECT_EQ(h.incident(search->id).state, IncidentState::Resolved);
    ASSERT_EQ(h.postIntake(intake({{QStringLiteral("action"), QStringLiteral("resolve")},
                                   {QStringLiteral("dedup_key"), QStringLiteral("checkout-5xx")}})),
              202);
    EXPECT_EQ(h.incident(raised->id).state, IncidentState::Resolved);
}

TEST(PagingEngineFlows, IntakeForAnUnknownKeyChangesNothingAndTheFeedGoesOn)
{
    PagingHarness h;
    h.setIntakeSecret(QByteArrayLiteral("intake-secret-for-tests"));
    ASSERT_TRUE(h.start());
    const Incident open = h.raise(Severity::Sev2, QStringLiteral("Queue backlog"));
    const int timelineBefore = int(h.timeline(open.id).size());
    ASSERT_EQ(h.postIntake(intake({{QStringLiteral("action"), QStringLiteral("resolve")},
                                   {QStringLiteral("dedup_key"), QStringLiteral("no-such-key")}})),
              202);
    ASSERT_EQ(h.postIntake(intake({{QStringLiteral("action"), QStringLiteral("acknowledge")},
                                   {QStringLiteral("code"), QStringLiteral("9876")}})),
              202);
    EXPECT_EQ(h.incident(open.id).state, IncidentState::Triggered);
    EXPECT_EQ(int(h.timeline(open.id).size()), timelineBefore);
    auto all = h.store()->recentIncidents(10);
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 1);

    ASSERT_EQ(h.postIntake(intake({{QStringLiteral("action"), QStringLiteral("raise")},
                                   {QStringLiteral("dedup_key"), QStringLiteral("after")},
                                   {QStringLiteral("severity"), QStringLiteral("sev3")},
                                   {QStringLiteral("title"), QStringLiteral("After the miss")}})),
              202);
    EXPECT_TRUE(byKey(h, QStringLiteral("after"))) << "later intake events are still applied";
}

// --- 8. Bundles
// ------------------------------------------------------------------------------------

namespace {
QJsonObject cappedConfig()
{
    return withRecipient(PagingHarness::defaultConfig(), QStringLiteral("alice"),
                         [](QJsonObject &, QJsonObject &r) {
                             r.insert(QStringLiteral("rateCaps"),
                                      QJsonArray{QJsonObject{{QStringLiteral("max"), 1},
                                                             {QStringLiteral("minutes"), 15}}});
                         });
}
} // namespace

TEST(PagingEngineFlows, BundleGoesOutForTheIncidentsStillOpenOnly)
{
    PagingHarness h;
    ASSERT_TRUE(h.start(cappedConfig()));
    h.raise(Severity::Sev2, QStringLiteral("Inventory sync stalled"));
    const Incident second = h.raise(Severity::Sev2, QStringLiteral("Feed export failing"));
    const Incident third = h.raise(Severity::Sev3, QStringLiteral("Image CDN slow"));
    ASSERT_EQ(countKind(h.timeline(third.id), QStringLiteral("page.bundled")), 1);
    ASSERT_TRUE(h.engine()->acknowledge(second.id, QStringLiteral("console")));
    h.advance(16 * Minute, Minute);
    const auto texts = h.messagesTo(alice());
    ASSERT_EQ(texts.size(), 2);
    EXPECT_TRUE(body(texts.last()).contains(QStringLiteral("Image CDN slow")));
    EXPECT_FALSE(body(texts.last()).contains(QStringLiteral("Feed export failing")))
        << "the acknowledged incident is not paged: " << body(texts.last()).toStdString();
}

TEST(PagingEngineFlows, BundleOfAcknowledgedIncidentsIsNotSent)
{
    PagingHarness h;
    ASSERT_TRUE(h.start(cappedConfig()));
    h.raise(Severity::Sev2, QStringLiteral("Inventory sync stalled"));
    const Incident second = h.raise(Severity::Sev2, QStringLiteral("Feed export failing"));
    const Incident third = h.raise(Severity::Sev3, QStringLiteral("Image CDN slow"));
    ASSERT_TRUE(h.engine()->acknowledge(second.id, QStringLiteral("console")));
    ASSERT_TRUE(h.engine()->resolve(third.id, QStringLiteral("console")));
    EXPECT_EQ(countKind(h.timeline(third.id), QStringLiteral("page.cancelled")), 1)
        << kinds(h, third.id).toStdString();
    h.advance(16 * Minute, Minute);
    EXPECT_EQ(h.messagesTo(alice()).size(), 1);
}

// --- 9. Repeat rounds
// -------------------------------------------------------------------------------

TEST(PagingEngineFlows, RepeatCountOnePagesBothTiersTwiceThenStops)
{
    const QJsonObject config = withPolicy(PagingHarness::defaultConfig(), [](QJsonObject &policy) {
        policy.insert(QStringLiteral("repeatCount"), 1);
    });
    PagingHarness h;
    ASSERT_TRUE(h.start(config));
    const Incident raised = h.raise(Severity::Sev2, QStringLiteral("Backups failing"));
    auto counts = [&] {
        return std::pair{h.messagesTo(alice()).size(), h.messagesTo(bob()).size()};
    };
    EXPECT_EQ(counts(), (std::pair<qsizetype, qsizetype>{1, 0}));
    h.advance(11 * Minute, Minute);
    EXPECT_EQ(counts(), (std::pair<qsizetype, qsizetype>{1, 1}));
    h.advance(10 * Minute, Minute);
    EXPECT_EQ(counts(), (std::pair<qsizetype, qsizetype>{2, 1})) << "round 2 starts with tier 1";
    h.advance(10 * Minute, Minute);
    EXPECT_EQ(counts(), (std::pair<qsizetype, qsizetype>{2, 2}));
    h.advance(40 * Minute, 5 * Minute);
    EXPECT_EQ(counts(), (std::pair<qsizetype, qsizetype>{2, 2})) << "then it stops";
    EXPECT_EQ(countKind(h.timeline(raised.id), QStringLiteral("escalation.tier")), 4);
}

// --- 10. WhatsApp
// -----------------------------------------------------------------------------------

TEST(PagingEngineFlows, WhatsAppOutsideTheWindowFallsBackToSms)
{
    const QString waSender = QStringLiteral("whatsapp:") + gbSender();
    const QJsonObject config
        = withRecipient(PagingHarness::defaultConfig(), QStringLiteral("alice"),
                        [&](QJsonObject &recipient, QJsonObject &r) {
                            recipient.insert(QStringLiteral("whatsappNumber"), alice());
                            r.insert(QStringLiteral("channelOrder"),
                                     QJsonArray{QStringLiteral("whatsapp"), QStringLiteral("sms"),
                                                QStringLiteral("voice")});
                            setGbSenders(r, {sender(QStringLiteral("whatsapp"), waSender),
                                             sender(QStringLiteral("long_code"), gbSender())});
                        });
    PagingHarness h;
    ASSERT_TRUE(h.start(config));
    const Incident raised = h.raise(Severity::Sev2, QStringLiteral("Storefront slow"));
    h.advance(5 * Second);
    const auto whatsapp = h.messagesTo(QStringLiteral("whatsapp:") + alice());
    ASSERT_EQ(whatsapp.size(), 1) << kinds(h, raised.id).toStdString();
    EXPECT_EQ(field(whatsapp.first(), "from"), waSender);
    EXPECT_EQ(field(whatsapp.first(), "status"), QStringLiteral("failed"));
    EXPECT_EQ(whatsapp.first().value(QStringLiteral("error_code")).toInt(), 63016);
    const auto texts = h.messagesTo(alice());
    ASSERT_EQ(texts.size(), 1) << kinds(h, raised.id).toStdString();
    EXPECT_EQ(field(texts.first(), "from"), gbSender());
    EXPECT_EQ(field(texts.first(), "status"), QStringLiteral("delivered"));
    const std::optional<TimelineEntry> fallback
        = firstOf(h.timeline(raised.id), QStringLiteral("page.fallback"));
    ASSERT_TRUE(fallback);
    EXPECT_EQ(fallback->channel, QStringLiteral("sms"));
    EXPECT_TRUE(h.callsTo(alice()).isEmpty());
}

// --- 11. Replies
// ------------------------------------------------------------------------------------

TEST(PagingEngineFlows, ReplyForAnIncidentResolvedMeanwhileGetsAClearAnswer)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    const Incident raised = h.raise(Severity::Sev2, QStringLiteral("Sitemap stale"));
    ASSERT_TRUE(h.engine()->resolve(raised.id, QStringLiteral("console")));
    h.reply(alice(), QStringLiteral("ACK %1").arg(raised.code));
    auto texts = h.messagesTo(alice());
    ASSERT_EQ(texts.size(), 2);
    EXPECT_TRUE(body(texts.last()).contains(QLatin1Char('#') + raised.code));
    EXPECT_TRUE(body(texts.last()).contains(QStringLiteral("not an open incident")))
        << body(texts.last()).toStdString();
    h.reply(alice(), QStringLiteral("resolve"));
    texts = h.messagesTo(alice());
    ASSERT_EQ(texts.size(), 3);
    EXPECT_TRUE(body(texts.last()).contains(QStringLiteral("No open incident")))
        << body(texts.last()).toStdString();
    EXPECT_EQ(h.incident(raised.id).state, IncidentState::Resolved);
    EXPECT_EQ(countKind(h.timeline(raised.id), QStringLiteral("incident.resolved")), 1);
}

TEST(PagingEngineFlows, ResolveFromANumberPagedForAnotherIncidentOnlyIsRefused)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    const Incident forBob = h.raise(Severity::Sev2, QStringLiteral("Warehouse API"));
    ASSERT_TRUE(h.engine()->escalateNow(forBob.id, QStringLiteral("console")));
    h.settle();
    ASSERT_EQ(h.messagesTo(bob()).size(), 1);
    const Incident forAlice = h.raise(Severity::Sev2, QStringLiteral("Billing export"));
    ASSERT_EQ(h.messagesTo(bob()).size(), 1);

    h.reply(bob(), QStringLiteral("RESOLVE %1").arg(forAlice.code),
            QString::fromLatin1(PagingHarness::UsSender));
    EXPECT_EQ(h.incident(forAlice.id).state, IncidentState::Triggered);
    EXPECT_EQ(h.incident(forBob.id).state, IncidentState::Triggered);
    const auto texts = h.messagesTo(bob());
    ASSERT_EQ(texts.size(), 2);
    EXPECT_TRUE(body(texts.last()).contains(QLatin1Char('#') + forAlice.code));
    EXPECT_TRUE(body(texts.last()).contains(QLatin1Char('#') + forBob.code))
        << "the answer lists what bob may act on: " << body(texts.last()).toStdString();
}

TEST(PagingEngineFlows, RepliesTolerateQuotesSpacesAndCase)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    QList<Incident> raised;
    for (const char *title : {"One", "Two", "Three", "Four", "Five"})
        raised << h.raise(Severity::Sev2, QStringLiteral("Incident ") + QString::fromLatin1(title));
    const QStringList replies{
        QStringLiteral("\u201Cack #%1\u201D").arg(raised[0].code),
        QStringLiteral("'%1 Resolve'").arg(raised[1].code),
        QStringLiteral("  SnOoZe   %1   15  ").arg(raised[2].code),
        QStringLiteral("\"ACK\" %1").arg(raised[3].code),
        QStringLiteral("resolve #%1.").arg(raised[4].code),
    };
    const IncidentState expected[]
        = {IncidentState::Acknowledged, IncidentState::Resolved, IncidentState::Snoozed,
           IncidentState::Acknowledged, IncidentState::Resolved};
    for (qsizetype i = 0; i < replies.size(); ++i) {
        h.reply(alice(), replies[i]);
        const Incident now = h.incident(raised[i].id);
        EXPECT_EQ(now.state, expected[i]) << replies[i].toStdString();
        if (expected[i] == IncidentState::Snoozed) {
            const std::optional<TimelineEntry> entry
                = firstOf(h.timeline(now.id), QStringLiteral("incident.snoozed"));
            ASSERT_TRUE(entry);
            EXPECT_EQ(entry->at.secsTo(now.snoozedUntil), 15 * 60);
        }
        for (qsizetype j = i + 1; j < raised.size(); ++j)
            EXPECT_EQ(h.incident(raised[j].id).state, IncidentState::Triggered);
    }
    // Five pages and five confirmations.
    EXPECT_EQ(h.messagesTo(alice()).size(), 10);
}

// --- Crash recovery
// ---------------------------------------------------------------------------------

TEST(PagingEngineFlows, InterruptedCallIsNotMistakenForAnotherIncidentsCall)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    h.scriptPerson(alice(), QString(), QString(), /*answers=*/false);
    const Incident first = h.raise(Severity::Sev1, QStringLiteral("Checkout down"));
    h.advance(30 * Second);
    const Incident second = h.raise(Severity::Sev1, QStringLiteral("Payments down"));
    h.advance(5 * Minute - 20 * Second); // the first call is out, the second one is not yet
    ASSERT_EQ(h.callsTo(alice()).size(), 1);
    const QString firstCall = field(h.callsTo(alice()).first(), "sid");
    h.stopService();
    {
        // As if the engine died after recording the second call as Submitting, before its POST.
        SqlitePagingStore store(h.options().databasePath);
        ASSERT_TRUE(store.open());
        auto steps = store.steps(second.id);
        ASSERT_TRUE(steps);
        bool found = false;
        for (EscalationStep step : steps.value()) {
            if (step.kind != StepKind::VoiceFollowUp || step.done || step.cancelled)
                continue;
            step.done = true;
            ASSERT_TRUE(store.updateStep(step));
            found = true;
        }
        ASSERT_TRUE(found);
        auto pages = store.deliveriesForIncident(second.id);
        ASSERT_TRUE(pages);
        ASSERT_EQ(pages->size(), 1);
        Delivery call = pages->first();
        call.id = 0;
        call.channel = Channel::Voice;
        call.body = QStringLiteral("vs-%1-interrupted").arg(second.id);
        call.validitySeconds = 0;
        call.state = DeliveryState::Submitting;
        call.attempts = 1;
        call.submitAttemptAt = h.twin()->clock()->now().toUTC();
        call.lastCheckedAt = {};
        call.sid.clear();
        call.status.clear();
        ASSERT_TRUE(store.insertDelivery(call));
        store.close();
    }
    ASSERT_TRUE(h.startService());
    h.advance(2 * Minute, 5 * Second);
    const auto calls = h.callsTo(alice());
    EXPECT_EQ(calls.size(), 2) << "the lookup must not adopt the first incident's call: "
                               << kinds(h, second.id).toStdString();
    auto pages = h.store()->deliveriesForIncident(second.id);
    ASSERT_TRUE(pages);
    for (const Delivery &page : pages.value())
        EXPECT_NE(page.sid, firstCall) << "one SID, one delivery";
}

// --- Store failures: one transaction per step, per relay batch
// -------------------------------------

namespace {

/// The SQLite store with one write that fails on demand (as a full disk or a busy database would).
class FlakyStore : public PagingStore
{
public:
    explicit FlakyStore(const QString &path)
        : m_inner(path)
    {}

    QString failNext; ///< "appendTimeline", "insertDelivery" or "insertStep"

    Result<Done, QString> open() override { return m_inner.open(); }
    void close() override { m_inner.close(); }
    Result<Done, QString> begin() override { return m_inner.begin(); }
    Result<Done, QString> commit() override { return m_inner.commit(); }
    void rollback() override { m_inner.rollback(); }
    Result<QList<Recipient>, QString> recipients() const override { return m_inner.recipients(); }
    Result<std::optional<Recipient>, QString> recipient(const QString &id) const override
    {
        return m_inner.recipient(id);
    }
    Result<Done, QString> upsertRecipient(const Recipient &r) override
    {
        return m_inner.upsertRecipient(r);
    }
    Result<Done, QString> removeRecipient(const QString &id) override
    {
        return m_inner.removeRecipient(id);
    }
    Result<QList<EscalationPolicy>, QString> policies() const override
    {
        return m_inner.policies();
    }
    Result<std::optional<EscalationPolicy>, QString> policy(const QString &id) const override
    {
        return m_inner.policy(id);
    }
    Result<Done, QString> upsertPolicy(const EscalationPolicy &p) override
    {
        return m_inner.upsertPolicy(p);
    }
    Result<Done, QString> removePolicy(const QString &id) override
    {
        return m_inner.removePolicy(id);
    }
    Result<Done, QString> insertIncident(Incident &incident) override
    {
        return m_inner.insertIncident(incident);
    }
    Result<Done, QString> updateIncident(const Incident &incident) override
    {
        return m_inner.updateIncident(incident);
    }
    Result<std::optional<Incident>, QString> incident(qint64 id) const override
    {
        return m_inner.incident(id);
    }
    Result<std::optional<Incident>, QString> openIncidentByCode(const QString &code) const override
    {
        return m_inner.openIncidentByCode(code);
    }
    Result<std::optional<Incident>, QString>
    openIncidentByDedupKey(const QString &key) const override
    {
        return m_inner.openIncidentByDedupKey(key);
    }
    Result<QList<Incident>, QString> openIncidents() const override
    {
        return m_inner.openIncidents();
    }
    Result<QList<Incident>, QString> recentIncidents(int limit) const override
    {
        return m_inner.recentIncidents(limit);
    }
    Result<QStringList, QString> reservedCodes(const QDateTime &closedAfter) const override
    {
        return m_inner.reservedCodes(closedAfter);
    }
    Result<Done, QString> appendTimeline(TimelineEntry &entry) override
    {
        if (failing(QStringLiteral("appendTimeline")))
            return fail(QStringLiteral("disk I/O error"));
        return m_inner.appendTimeline(entry);
    }
    Result<QList<TimelineEntry>, QString> timeline(qint64 incidentId) const override
    {
        return m_inner.timeline(incidentId);
    }
    Result<Done, QString> insertStep(EscalationStep &step) override
    {
        if (failing(QStringLiteral("insertStep")))
            return fail(QStringLiteral("disk I/O error"));
        return m_inner.insertStep(step);
    }
    Result<Done, QString> updateStep(const EscalationStep &step) override
    {
        return m_inner.updateStep(step);
    }
    Result<QList<EscalationStep>, QString> pendingSteps() const override
    {
        return m_inner.pendingSteps();
    }
    Result<QList<EscalationStep>, QString> steps(qint64 incidentId) const override
    {
        return m_inner.steps(incidentId);
    }
    Result<Done, QString> insertDelivery(Delivery &delivery) override
    {
        if (failing(QStringLiteral("insertDelivery")))
            return fail(QStringLiteral("disk I/O error"));
        return m_inner.insertDelivery(delivery);
    }
    Result<Done, QString> updateDelivery(const Delivery &delivery) override
    {
        return m_inner.updateDelivery(delivery);
    }
    Result<std::optional<Delivery>, QString> delivery(qint64 id) const override
    {
        return m_inner.delivery(id);
    }
    Result<std::optional<Delivery>, QString> deliveryBySid(const QString &sid) const override
    {
        return m_inner.deliveryBySid(sid);
    }
    Result<QList<Delivery>, QString> openDeliveries() const override
    {
        return m_inner.openDeliveries();
    }
    Result<QList<Delivery>, QString> deliveriesForIncident(qint64 incidentId) const override
    {
        return m_inner.deliveriesForIncident(incidentId);
    }
    Result<QList<Delivery>, QString> deliveriesTo(const QString &number,
                                                  const QDateTime &since) const override
    {
        return m_inner.deliveriesTo(number, since);
    }
    Result<QList<QDateTime>, QString> submittedTimes(const QString &recipientId,
                                                     const QDateTime &since) const override
    {
        return m_inner.submittedTimes(recipientId, since);
    }
    Result<Done, QString> setOptedOut(const QString &sender, const QString &number, bool optedOut,
                                      const QDateTime &at) override
    {
        return m_inner.setOptedOut(sender, number, optedOut, at);
    }
    Result<QStringList, QString> optedOutSenders(const QString &number) const override
    {
        return m_inner.optedOutSenders(number);
    }
    Result<Done, QString> recordPassiveReply(const QString &number, const QDateTime &at) override
    {
        return m_inner.recordPassiveReply(number, at);
    }
    Result<int, QString> passiveRepliesSince(const QString &number,
                                             const QDateTime &since) const override
    {
        return m_inner.passiveRepliesSince(number, since);
    }
    Result<qint64, QString> relayCursor() const override { return m_inner.relayCursor(); }
    Result<Done, QString> setRelayCursor(qint64 cursor) override
    {
        return m_inner.setRelayCursor(cursor);
    }

private:
    bool failing(const QString &method)
    {
        if (failNext != method)
            return false;
        failNext.clear();
        return true;
    }

    SqlitePagingStore m_inner;
};

/// A gateway that takes every page and never calls back: these tests look at the store only.
class SilentGateway : public DeliveryGateway
{
public:
    using DeliveryGateway::DeliveryGateway;
    int submitted = 0;
    void submit(const Delivery &, std::function<void(SubmitResult)>) override { ++submitted; }
    void fetch(Channel, const QString &, std::function<void(std::optional<StatusReport>)>) override
    {}
    void findSubmitted(const Delivery &,
                       std::function<void(bool, std::optional<StatusReport>)>) override
    {}
    void publishVoiceScript(const VoiceScript &, std::function<void(QString)>) override {}
};

struct EngineOnFlakyStore
{
    QTemporaryDir dir;
    std::unique_ptr<FlakyStore> store;
    Vortex::Core::EventClock clock;
    SilentGateway gateway;
    std::unique_ptr<PagingEngine> engine;

    bool start()
    {
        store = std::make_unique<FlakyStore>(dir.filePath(QStringLiteral("engine.sqlite")));
        if (!store->open())
            return false;
        auto config
            = PagingConfig::fromJson(QJsonDocument(PagingHarness::defaultConfig()).toJson());
        if (!config || !config->saveTo(*store))
            return false;
        clock.setMode(Vortex::Core::EventClock::Mode::Manual);
        clock.resetTo(QDateTime(QDate(2030, 1, 7), QTime(10, 0), Qt::UTC));
        PagingEngineOptions options;
        options.defaultPolicyId = QStringLiteral("ops");
        options.seed = 3;
        engine = std::make_unique<PagingEngine>(store.get(), &clock, &gateway, options);
        return bool(engine->start());
    }

    int count(const QString &kind, qint64 incidentId) const
    {
        auto entries = store->timeline(incidentId);
        return entries ? countKind(entries.value(), kind) : -1;
    }
};

Vortex::Core::Relay::RelayEvent intakeEvent(qint64 id, const QJsonObject &request)
{
    Vortex::Core::Relay::RelayEvent event;
    event.id = id;
    event.kind = Vortex::Core::Relay::RelayEvent::Kind::Intake;
    event.status = request.value(QStringLiteral("action")).toString();
    event.params = request;
    return event;
}

} // namespace

TEST(PagingEngineFlows, StoreFailureInAStepRollsBackItsEffectsAndItsDoneFlag)
{
    EngineOnFlakyStore e;
    ASSERT_TRUE(e.start());
    IntakeRequest request;
    request.severity = Severity::Sev2;
    request.title = QStringLiteral("Checkout errors");
    request.dedupKey = QStringLiteral("checkout");
    e.store->failNext = QStringLiteral("insertDelivery"); // the page of the first tier
    auto raised = e.engine->applyIntake(request, QStringLiteral("test"));
    ASSERT_TRUE(raised);
    EXPECT_EQ(e.count(QStringLiteral("escalation.tier"), raised->id), 0) << "rolled back";
    auto pending = e.store->pendingSteps();
    ASSERT_TRUE(pending);
    ASSERT_EQ(pending->size(), 1) << "the step is still due";
    e.clock.advance(20 * Second); // the engine's next round
    QCoreApplication::processEvents();
    EXPECT_EQ(e.count(QStringLiteral("escalation.tier"), raised->id), 1);
    auto pages = e.store->deliveriesForIncident(raised->id);
    ASSERT_TRUE(pages);
    EXPECT_EQ(pages->size(), 1) << "paged once";
    EXPECT_EQ(e.gateway.submitted, 1);
}

TEST(PagingEngineFlows, StoreFailureWhileApplyingIntakeFromTheRelayIsRetriedNotSkipped)
{
    EngineOnFlakyStore e;
    ASSERT_TRUE(e.start());
    const QJsonObject raise{{QStringLiteral("action"), QStringLiteral("raise")},
                            {QStringLiteral("dedup_key"), QStringLiteral("checkout")},
                            {QStringLiteral("severity"), QStringLiteral("sev2")},
                            {QStringLiteral("title"), QStringLiteral("Checkout errors")}};
    e.store->failNext = QStringLiteral("insertStep");
    EXPECT_FALSE(e.engine->applyRelayEvents({intakeEvent(1, raise)}))
        << "a store failure is not a request that does not apply";
    EXPECT_EQ(e.store->relayCursor().value(), 0) << "the feed reads the event again";
    // The feed delivers it again.
    ASSERT_TRUE(e.engine->applyRelayEvents({intakeEvent(1, raise)}));
    EXPECT_EQ(e.store->relayCursor().value(), 1);
    auto open = e.store->openIncidents();
    ASSERT_TRUE(open);
    ASSERT_EQ(open->size(), 1);
    auto pages = e.store->deliveriesForIncident(open->first().id);
    ASSERT_TRUE(pages);
    EXPECT_EQ(pages->size(), 1) << "the incident is paged";
    EXPECT_EQ(e.gateway.submitted, 1);
}
