// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Paging engine flows against real parts (twin, relay, SQLite, Twilio gateway over loopback):
// STOP/START, signed intake through the relay, bundles, repeat rounds and reply edge cases.
#include "engineflowsupport.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Vortex::Core::Paging;
using namespace Vortex::Test::EngineFlows;
using Vortex::Test::PagingHarness;

// --- STOP / START --------------------------------------------------------------------------------

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

// --- Intake through the relay --------------------------------------------------------------------

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

// --- Bundles -------------------------------------------------------------------------------------

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

// --- Repeat rounds -------------------------------------------------------------------------------

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

// --- Replies -------------------------------------------------------------------------------------

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
