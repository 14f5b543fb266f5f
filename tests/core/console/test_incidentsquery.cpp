// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// IncidentsQuery answers the incident panels from a real SQLite paging store filled through the
// store API: who was paged, the newest page's status, the next escalation step (time and words),
// and the planned (done, cancelled, pending, projected) versus actual escalation of one incident.
#include "core/console/incidentsquery.h"
#include "core/paging/sqlitepagingstore.h"
#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <optional>

using namespace Vortex::Core;
using namespace Vortex::Core::Paging;

namespace {

#define ASSERT_OK(expr) \
    do { \
        const auto &result_ = (expr); \
        ASSERT_TRUE(result_.ok()) << #expr << ": " << result_.error().toStdString(); \
    } while (false)

const QDateTime T0 = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);

QDateTime minutes(int m)
{
    return T0.addSecs(qint64(m) * 60);
}

Recipient person(const char *id, const char *name, const char *number, QList<Channel> channels)
{
    Recipient r;
    r.id = QString::fromLatin1(id);
    r.name = QString::fromUtf8(name);
    r.smsNumber = QString::fromLatin1(number);
    r.timeZone = QStringLiteral("Europe/London");
    r.routing.channelOrder = channels;
    return r;
}

class IncidentsQueryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("paging.sqlite"));
        m_store = std::make_unique<SqlitePagingStore>(m_path);
        ASSERT_OK(m_store->open());
        ASSERT_OK(m_store->upsertRecipient(
            person("alice", "Alice Morgan", "+447400123457", {Channel::Sms, Channel::Voice})));
        ASSERT_OK(m_store->upsertRecipient(
            person("bob", "Bob Carter", "+12015550124", {Channel::Sms, Channel::Voice})));
        ASSERT_OK(m_store->upsertRecipient(
            person("carla", "Carla Neumann", "+4915112345678", {Channel::Sms})));
        EscalationPolicy ops;
        ops.id = QStringLiteral("ops");
        ops.name = QStringLiteral("Operations");
        ops.tiers = {{{QStringLiteral("alice")}, 5},
                     {{QStringLiteral("bob"), QStringLiteral("carla")}, 10}};
        ops.repeatCount = 1;
        ops.voiceAfterMinutes = 3;
        ASSERT_OK(m_store->upsertPolicy(ops));
    }

    void TearDown() override { m_store->close(); }

    Incident addIncident(const char *code, Severity severity, IncidentState state, int createdAt)
    {
        Incident i;
        i.code = QString::fromLatin1(code);
        i.severity = severity;
        i.title = QStringLiteral("Checkout down ") + i.code;
        i.source = QStringLiteral("console");
        i.policyId = QStringLiteral("ops");
        i.state = state;
        i.createdAt = minutes(createdAt);
        i.updatedAt = i.createdAt;
        if (state == IncidentState::Resolved)
            i.resolvedAt = minutes(createdAt + 1);
        EXPECT_TRUE(m_store->insertIncident(i).ok());
        return i;
    }

    EscalationStep addStep(qint64 incident, StepKind kind, int round, int tier, int due,
                           bool done = false, bool cancelled = false, const char *recipient = "")
    {
        EscalationStep s;
        s.incidentId = incident;
        s.kind = kind;
        s.round = round;
        s.tier = tier;
        s.dueAt = minutes(due);
        s.done = done;
        s.cancelled = cancelled;
        s.recipientId = QString::fromLatin1(recipient);
        EXPECT_TRUE(m_store->insertStep(s).ok());
        return s;
    }

    Delivery addDelivery(qint64 incident, const char *recipient, DeliveryState state,
                         const char *status, int createdAt, const char *sid = "")
    {
        Delivery d;
        d.incidentIds = {incident};
        d.recipientId = QString::fromLatin1(recipient);
        d.channel = Channel::Sms;
        d.to = QStringLiteral("+447400123457");
        d.sender = {SenderKind::ShortCode, QStringLiteral("60123")};
        d.body = QStringLiteral("SEV1 #17 Checkout down");
        d.state = state;
        d.status = QString::fromLatin1(status);
        d.sid = QString::fromLatin1(sid);
        d.createdAt = minutes(createdAt);
        d.notBefore = d.createdAt;
        EXPECT_TRUE(m_store->insertDelivery(d).ok());
        return d;
    }

    void note(qint64 incident, const char *kind, int at, const char *recipient = "",
              const char *status = "", std::optional<int> error = std::nullopt)
    {
        TimelineEntry e;
        e.incidentId = incident;
        e.kind = QString::fromLatin1(kind);
        e.at = minutes(at);
        e.recipientId = QString::fromLatin1(recipient);
        e.channel = e.recipientId.isEmpty() ? QString() : QStringLiteral("sms");
        e.status = QString::fromLatin1(status);
        e.errorCode = error;
        e.detail = QStringLiteral("detail of ") + e.kind;
        EXPECT_TRUE(m_store->appendTimeline(e).ok());
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SqlitePagingStore> m_store;
};

const IncidentSummary *find(const QList<IncidentSummary> &list, qint64 id)
{
    for (const IncidentSummary &s : list) {
        if (s.incident.id == id)
            return &s;
    }
    return nullptr;
}

std::string kindsOf(const QList<PlannedStep> &steps)
{
    std::string out;
    for (const PlannedStep &s : steps) {
        out += stepKindName(s.kind).toStdString() + "/r" + std::to_string(s.round) + "t"
               + std::to_string(s.tier) + "@" + std::to_string(T0.secsTo(s.dueAt) / 60) + ":"
               + std::to_string(int(s.status)) + " ";
    }
    return out;
}

} // namespace

TEST_F(IncidentsQueryTest, SummariesTellWhoWasPagedTheLastStatusAndTheNextStep)
{
    // A: sev1, tier 1 paged, Alice's call due before tier 2.
    const Incident a = addIncident("17", Severity::Sev1, IncidentState::Triggered, 0);
    addStep(a.id, StepKind::PageTier, 0, 0, 0, /*done=*/true);
    EscalationStep call = addStep(a.id, StepKind::VoiceFollowUp, 0, 0, 3, false, false, "alice");
    addStep(a.id, StepKind::PageTier, 0, 1, 5);
    addDelivery(a.id, "alice", DeliveryState::Submitted, "delivered", 0, "SM0001");
    addDelivery(a.id, "", DeliveryState::Submitted, "sent", 1, "SM0002"); // a reply, not a page
    // B: acknowledged; Bob's page was cancelled before it went out.
    const Incident b = addIncident("18", Severity::Sev2, IncidentState::Acknowledged, 1);
    addStep(b.id, StepKind::PageTier, 0, 0, 1, true);
    addStep(b.id, StepKind::PageTier, 0, 1, 6, false, /*cancelled=*/true);
    addDelivery(b.id, "alice", DeliveryState::Submitted, "sent", 1, "SM0003");
    addDelivery(b.id, "bob", DeliveryState::Cancelled, "", 6);
    // C: second round pending; its page waits for quiet hours to end.
    const Incident c = addIncident("19", Severity::Sev3, IncidentState::Triggered, 2);
    addStep(c.id, StepKind::PageTier, 1, 0, 20);
    addDelivery(c.id, "carla", DeliveryState::Pending, "", 2);
    // D: resolved long ago, with a step left pending: no next escalation.
    const Incident d = addIncident("20", Severity::Sev4, IncidentState::Resolved, -60);
    addStep(d.id, StepKind::PageTier, 0, 1, 30);

    IncidentsQuery query(m_path);
    auto result = query.summaries();
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    ASSERT_EQ(result->size(), 4);
    EXPECT_EQ(result->at(0).incident.id, c.id) << "newest first";
    EXPECT_EQ(result->at(3).incident.id, d.id);

    const IncidentSummary *sa = find(*result, a.id);
    ASSERT_NE(sa, nullptr);
    EXPECT_EQ(sa->pagedRecipients, QStringList{QStringLiteral("Alice Morgan")});
    EXPECT_EQ(sa->lastPageStatus, QStringLiteral("delivered"));
    EXPECT_EQ(sa->nextEscalationAt, minutes(3));
    EXPECT_EQ(sa->nextEscalationText, QStringLiteral("call Alice Morgan"));
    EXPECT_EQ(sa->incident.severity, Severity::Sev1);

    const IncidentSummary *sb = find(*result, b.id);
    ASSERT_NE(sb, nullptr);
    EXPECT_EQ(sb->pagedRecipients, QStringList{QStringLiteral("Alice Morgan")});
    EXPECT_EQ(sb->lastPageStatus, QStringLiteral("sent")) << "a cancelled page is no page";
    EXPECT_FALSE(sb->nextEscalationAt.isValid());
    EXPECT_TRUE(sb->nextEscalationText.isEmpty());

    const IncidentSummary *sc = find(*result, c.id);
    ASSERT_NE(sc, nullptr);
    EXPECT_EQ(sc->pagedRecipients, QStringList{QStringLiteral("Carla Neumann")});
    EXPECT_EQ(sc->lastPageStatus, QStringLiteral("pending"));
    EXPECT_EQ(sc->nextEscalationAt, minutes(20));
    EXPECT_EQ(sc->nextEscalationText, QStringLiteral("round 2, tier 1: Alice Morgan"));

    const IncidentSummary *sd = find(*result, d.id);
    ASSERT_NE(sd, nullptr);
    EXPECT_TRUE(sd->pagedRecipients.isEmpty());
    EXPECT_TRUE(sd->lastPageStatus.isEmpty());
    EXPECT_FALSE(sd->nextEscalationAt.isValid()) << "resolved incidents escalate no more";

    // Alice's call is made: the next step is the second tier.
    call.done = true;
    ASSERT_OK(m_store->updateStep(call));
    result = query.summaries();
    ASSERT_TRUE(result.ok());
    sa = find(*result, a.id);
    ASSERT_NE(sa, nullptr);
    EXPECT_EQ(sa->nextEscalationAt, minutes(5));
    EXPECT_EQ(sa->nextEscalationText, QStringLiteral("tier 2: Bob Carter, Carla Neumann"));

    // Only one recent incident asked for: the open ones are still all there.
    query.setRecentLimit(1);
    result = query.summaries();
    ASSERT_TRUE(result.ok());
    QList<qint64> ids;
    for (const IncidentSummary &s : *result)
        ids << s.incident.id;
    EXPECT_EQ(ids, (QList<qint64>{c.id, b.id, a.id}));
}

TEST_F(IncidentsQueryTest, PlanShowsStepsFromTheStoreProjectionsFromThePolicyAndTheTimeline)
{
    const Incident a = addIncident("17", Severity::Sev1, IncidentState::Triggered, 0);
    addStep(a.id, StepKind::PageTier, 0, 0, 0, true);
    addStep(a.id, StepKind::VoiceFollowUp, 0, 0, 3, false, false, "alice");
    addStep(a.id, StepKind::PageTier, 0, 1, 5);
    note(a.id, "incident.triggered", 0);
    note(a.id, "escalation.tier", 0);
    note(a.id, "page.submitted", 0, "alice", "queued");
    note(a.id, "page.status", 1, "alice", "undelivered", 30003);

    IncidentsQuery query(m_path);
    auto plan = query.plan(a.id);
    ASSERT_TRUE(plan.ok()) << plan.error().toStdString();
    EXPECT_EQ(plan->incident.code, QStringLiteral("17"));
    EXPECT_EQ(plan->policyName, QStringLiteral("Operations"));
    EXPECT_EQ(plan->tierLabels, (QStringList{QStringLiteral("Tier 1: Alice Morgan"),
                                             QStringLiteral("Tier 2: Bob Carter, Carla Neumann")}));
    EXPECT_EQ(plan->recipientNames.value(QStringLiteral("bob")), QStringLiteral("Bob Carter"));

    // Stored: tier 1 done, Alice's call and tier 2 pending. Projected while nobody acks: Bob's
    // call after tier 2 (Carla has no voice channel), then round 2 with Alice's and Bob's calls.
    using S = PlannedStep::Status;
    const QList<std::tuple<StepKind, int, int, int, S>> expected{
        {StepKind::PageTier, 0, 0, 0, S::Done},
        {StepKind::VoiceFollowUp, 0, 0, 3, S::Pending},
        {StepKind::PageTier, 0, 1, 5, S::Pending},
        {StepKind::VoiceFollowUp, 0, 1, 8, S::Projected},
        {StepKind::PageTier, 1, 0, 15, S::Projected},
        {StepKind::VoiceFollowUp, 1, 0, 18, S::Projected},
        {StepKind::PageTier, 1, 1, 20, S::Projected},
        {StepKind::VoiceFollowUp, 1, 1, 23, S::Projected},
    };
    ASSERT_EQ(plan->planned.size(), expected.size()) << kindsOf(plan->planned);
    for (int i = 0; i < expected.size(); ++i) {
        const auto &[kind, round, tier, due, status] = expected.at(i);
        const PlannedStep &step = plan->planned.at(i);
        EXPECT_EQ(step.kind, kind) << i << ": " << kindsOf(plan->planned);
        EXPECT_EQ(step.round, round) << i;
        EXPECT_EQ(step.tier, tier) << i;
        EXPECT_EQ(step.dueAt, minutes(due)) << i;
        EXPECT_EQ(step.status, status) << i;
        EXPECT_EQ(step.stepId != 0, status != S::Projected) << i;
    }
    EXPECT_EQ(plan->planned.at(2).recipientNames,
              (QStringList{QStringLiteral("Bob Carter"), QStringLiteral("Carla Neumann")}));
    EXPECT_EQ(plan->planned.at(2).waitMinutes, 10);
    EXPECT_EQ(plan->planned.at(3).recipientNames, QStringList{QStringLiteral("Bob Carter")});

    ASSERT_EQ(plan->actual.size(), 4);
    ASSERT_EQ(plan->timeline.size(), 4);
    EXPECT_EQ(plan->actual.at(0).kind, ActualEvent::Kind::Triggered);
    EXPECT_EQ(plan->actual.at(1).kind, ActualEvent::Kind::TierPaged);
    EXPECT_EQ(plan->actual.at(1).tier, 0);
    EXPECT_EQ(plan->actual.at(2).kind, ActualEvent::Kind::Page);
    EXPECT_EQ(plan->actual.at(2).recipientName, QStringLiteral("Alice Morgan"));
    EXPECT_EQ(plan->actual.at(2).tier, 0);
    EXPECT_EQ(plan->actual.at(3).kind, ActualEvent::Kind::PageStatus);
    EXPECT_EQ(plan->actual.at(3).status, QStringLiteral("undelivered"));
    EXPECT_EQ(plan->actual.at(3).errorCode, std::optional<int>(30003));
    EXPECT_EQ(plan->actual.at(3).at, minutes(1));
    EXPECT_EQ(plan->actual.at(3).timelineKind, QStringLiteral("page.status"));
}

TEST_F(IncidentsQueryTest, AcknowledgedIncidentsProjectNothingAndSnoozedOnesStartOverWhenItEnds)
{
    const Incident acked = addIncident("21", Severity::Sev2, IncidentState::Acknowledged, 0);
    addStep(acked.id, StepKind::PageTier, 0, 0, 0, true);
    addStep(acked.id, StepKind::PageTier, 0, 1, 5, false, true);
    note(acked.id, "incident.acknowledged", 2);

    IncidentsQuery query(m_path);
    auto plan = query.plan(acked.id);
    ASSERT_TRUE(plan.ok()) << plan.error().toStdString();
    ASSERT_EQ(plan->planned.size(), 2) << kindsOf(plan->planned);
    EXPECT_EQ(plan->planned.at(1).status, PlannedStep::Status::Cancelled);
    ASSERT_EQ(plan->actual.size(), 1);
    EXPECT_EQ(plan->actual.at(0).kind, ActualEvent::Kind::Acknowledged);

    const Incident snoozed = addIncident("22", Severity::Sev2, IncidentState::Snoozed, 0);
    addStep(snoozed.id, StepKind::PageTier, 0, 0, 0, true);
    addStep(snoozed.id, StepKind::SnoozeExpiry, 0, 0, 30);
    plan = query.plan(snoozed.id);
    ASSERT_TRUE(plan.ok());
    // Done tier 1, the snooze's end, then both tiers in both rounds from then on (no calls: sev2).
    ASSERT_EQ(plan->planned.size(), 6) << kindsOf(plan->planned);
    EXPECT_EQ(plan->planned.at(1).kind, StepKind::SnoozeExpiry);
    EXPECT_EQ(plan->planned.at(1).status, PlannedStep::Status::Pending);
    EXPECT_EQ(plan->planned.at(2).dueAt, minutes(30));
    EXPECT_EQ(plan->planned.at(2).status, PlannedStep::Status::Projected);
    EXPECT_EQ(plan->planned.at(3).dueAt, minutes(35));
    EXPECT_EQ(plan->planned.at(4).dueAt, minutes(45));
    EXPECT_EQ(plan->planned.at(5).dueAt, minutes(50));
    EXPECT_EQ(plan->planned.at(5).round, 1);
    EXPECT_EQ(plan->planned.at(5).tier, 1);

    const auto summaries = query.summaries();
    ASSERT_TRUE(summaries.ok());
    const IncidentSummary *s = find(*summaries, snoozed.id);
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->nextEscalationText, QStringLiteral("snooze ends, paging again"));
    EXPECT_EQ(s->nextEscalationAt, minutes(30));

    EXPECT_FALSE(query.plan(9999).ok());
}

TEST_F(IncidentsQueryTest, AnswersFromItsWorkerThroughQueuedSignals)
{
    const Incident a = addIncident("17", Severity::Sev1, IncidentState::Triggered, 0);
    addStep(a.id, StepKind::PageTier, 0, 1, 5);
    note(a.id, "incident.triggered", 0);

    QThread worker;
    auto *query = new IncidentsQuery(m_path);
    query->moveToThread(&worker);
    QObject::connect(&worker, &QThread::finished, query, &QObject::deleteLater);
    worker.start();

    QObject receiver;
    std::optional<QList<IncidentSummary>> summaries;
    std::optional<EscalationPlan> plan;
    QStringList failures;
    Qt::HANDLE answeredOn = nullptr;
    QObject::connect(query, &IncidentsQuery::incidentsReady, &receiver,
                     [&](const QList<IncidentSummary> &list) {
                         summaries = list;
                         answeredOn = QThread::currentThreadId();
                     });
    QObject::connect(query, &IncidentsQuery::planReady, &receiver,
                     [&](qint64, const EscalationPlan &p) { plan = p; });
    QObject::connect(query, &IncidentsQuery::queryFailed, &receiver,
                     [&](const QString &message) { failures << message; });
    QMetaObject::invokeMethod(query, &IncidentsQuery::refreshIncidents, Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        query, [query, id = a.id] { query->loadPlan(id); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        query, [query] { query->loadPlan(424242); }, Qt::QueuedConnection);
    ASSERT_TRUE(
        Vortex::Test::waitUntil([&] { return summaries && plan && !failures.isEmpty(); }, 10000));
    EXPECT_EQ(answeredOn, QThread::currentThreadId());
    ASSERT_EQ(summaries->size(), 1);
    EXPECT_EQ(summaries->first().nextEscalationText,
              QStringLiteral("tier 2: Bob Carter, Carla Neumann"));
    EXPECT_EQ(plan->timeline.size(), 1);
    EXPECT_TRUE(failures.first().contains(QStringLiteral("424242")));

    worker.quit();
    ASSERT_TRUE(worker.wait(10000));
}

TEST(IncidentsQuery, WithoutAPagingStoreItSaysSo)
{
    IncidentsQuery query{QString()};
    const auto result = query.summaries();
    ASSERT_FALSE(result.ok());
    EXPECT_FALSE(result.error().isEmpty());
}
