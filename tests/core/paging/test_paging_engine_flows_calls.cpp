// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Paging engine flows against real parts (twin, relay, SQLite, Twilio gateway over loopback):
// keypad input, unanswered calls, voice only for sev1 and validity, an interrupted call.
#include "engineflowsupport.h"

#include "core/paging/sqlitepagingstore.h"

#include <gtest/gtest.h>

using namespace Vortex::Core::Paging;
using namespace Vortex::Test::EngineFlows;
using Vortex::Test::PagingHarness;

// --- Keypad --------------------------------------------------------------------------------------

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

// --- Unanswered calls ----------------------------------------------------------------------------

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

// --- Voice only for sev1; validity ---------------------------------------------------------------

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

// --- Crash recovery ------------------------------------------------------------------------------

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
