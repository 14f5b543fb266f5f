// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/paging/pagingjson.h"
#include "core/paging/sqlitepagingstore.h"
#include "core/store/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace Vortex::Core;
using namespace Vortex::Core::Paging;

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

template<typename T>
std::string text(const T &value)
{
    return QJsonDocument(toJson(value)).toJson(QJsonDocument::Compact).toStdString();
}

template<typename T>
std::string texts(const QList<T> &values)
{
    std::string out;
    for (const T &value : values)
        out += text(value) + "\n";
    return out;
}

#define ASSERT_OK(expr) \
    do { \
        const auto &result_ = (expr); \
        ASSERT_TRUE(result_.ok()) << #expr << ": " << result_.error().toStdString(); \
    } while (false)

Recipient recipient(const char *id, const char *number)
{
    Recipient r;
    r.id = QString::fromLatin1(id);
    r.name = QString::fromLatin1(id).toUpper();
    r.smsNumber = QString::fromLatin1(number);
    r.timeZone = QStringLiteral("Europe/London");
    r.routing.quietHours = {{1, QTime(22, 0), QTime(7, 0)}};
    r.routing.rateCaps = {{3, 15}};
    r.routing.senders = {{QStringLiteral("GB"),
                          {{SenderKind::ShortCode, QStringLiteral("60123")},
                           {SenderKind::LongCode, QStringLiteral("+447400123456")}}}};
    return r;
}

EscalationPolicy policy(const char *id)
{
    EscalationPolicy p;
    p.id = QString::fromLatin1(id);
    p.name = QStringLiteral("Policy ") + p.id;
    p.tiers = {{{QStringLiteral("alice")}, 5}, {{QStringLiteral("bob")}, 10}};
    p.repeatCount = 1;
    p.voiceAfterMinutes = 5;
    return p;
}

Incident incident(const char *code, const char *createdAt)
{
    Incident i;
    i.code = QString::fromLatin1(code);
    i.severity = Severity::Sev1;
    i.title = QStringLiteral("Checkout down ") + i.code;
    i.summary = QStringLiteral("Errors — 40 %");
    i.link = QStringLiteral("https://vortex.example/i/") + i.code;
    i.runbook = QStringLiteral("Restart the pods.");
    i.source = QStringLiteral("vortex-iq");
    i.policyId = QStringLiteral("ops");
    i.createdAt = at(createdAt);
    i.updatedAt = i.createdAt;
    i.actor = QStringLiteral("vortex-iq");
    return i;
}

Delivery delivery(QList<qint64> incidents, const char *recipientId, const char *to,
                  const char *createdAt)
{
    Delivery d;
    d.incidentIds = std::move(incidents);
    d.recipientId = QString::fromLatin1(recipientId);
    d.to = QString::fromLatin1(to);
    d.sender = {SenderKind::ShortCode, QStringLiteral("60123")};
    d.body = QStringLiteral("SEV1 Checkout down. Reply ACK 17");
    d.validitySeconds = 300;
    d.createdAt = at(createdAt);
    d.notBefore = d.createdAt;
    return d;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

class PagingStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("paging.sqlite"));
        reopen();
    }

    void reopen()
    {
        if (m_store)
            m_store->close();
        m_store = std::make_unique<SqlitePagingStore>(m_path);
        const auto opened = m_store->open();
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    }

    qint64 addIncident(const char *code, const char *createdAt = "2024-05-01T02:00:00.000Z")
    {
        Incident i = incident(code, createdAt);
        const auto inserted = store().insertIncident(i);
        EXPECT_TRUE(inserted.ok()) << inserted.error().toStdString();
        return i.id;
    }

    SqlitePagingStore &store() { return *m_store; }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SqlitePagingStore> m_store;
};

} // namespace

TEST_F(PagingStoreTest, RecipientsAndPoliciesUpsertReadRemoveAndSurviveReopen)
{
    ASSERT_OK(store().upsertRecipient(recipient("bob", "+12015550124")));
    ASSERT_OK(store().upsertRecipient(recipient("alice", "+447400123457")));
    Recipient changed = recipient("alice", "+447400123457");
    changed.language = QStringLiteral("de");
    changed.routing.channelOrder = {Channel::Voice};
    ASSERT_OK(store().upsertRecipient(changed));
    ASSERT_OK(store().upsertPolicy(policy("ops")));
    ASSERT_OK(store().upsertPolicy(policy("dev")));
    EXPECT_FALSE(store().upsertRecipient(Recipient{}).ok());
    EXPECT_FALSE(store().upsertPolicy(EscalationPolicy{}).ok());

    reopen();
    const auto all = store().recipients();
    ASSERT_OK(all);
    ASSERT_EQ(all.value().size(), 2);
    EXPECT_EQ(all.value().at(0), changed); // ordered by id
    EXPECT_EQ(all.value().at(1), recipient("bob", "+12015550124"));
    const auto one = store().recipient(QStringLiteral("alice"));
    ASSERT_OK(one);
    ASSERT_TRUE(one.value().has_value());
    EXPECT_EQ(*one.value(), changed);
    const auto none = store().recipient(QStringLiteral("zed"));
    ASSERT_OK(none);
    EXPECT_FALSE(none.value().has_value());

    const auto policies = store().policies();
    ASSERT_OK(policies);
    ASSERT_EQ(policies.value().size(), 2);
    EXPECT_EQ(policies.value().at(0), policy("dev"));
    EXPECT_EQ(policies.value().at(1), policy("ops"));
    const auto ops = store().policy(QStringLiteral("ops"));
    ASSERT_OK(ops);
    ASSERT_TRUE(ops.value().has_value());
    EXPECT_EQ(*ops.value(), policy("ops"));

    ASSERT_OK(store().removeRecipient(QStringLiteral("bob")));
    ASSERT_OK(store().removeRecipient(QStringLiteral("bob"))); // already gone: no error
    ASSERT_OK(store().removePolicy(QStringLiteral("dev")));
    EXPECT_EQ(store().recipients().value().size(), 1);
    EXPECT_EQ(store().policies().value().size(), 1);
    EXPECT_FALSE(store().policy(QStringLiteral("dev")).value().has_value());
}

TEST_F(PagingStoreTest, IncidentsInsertUpdateAndLookups)
{
    Incident first = incident("17", "2024-05-01T02:00:00.000Z");
    first.dedupKey = QStringLiteral("checkout-5xx");
    ASSERT_OK(store().insertIncident(first));
    EXPECT_GT(first.id, 0);
    Incident second = incident("18", "2024-05-01T03:00:00.000Z");
    ASSERT_OK(store().insertIncident(second));
    EXPECT_GT(second.id, first.id);

    const auto read = store().incident(first.id);
    ASSERT_OK(read);
    ASSERT_TRUE(read.value().has_value());
    EXPECT_EQ(text(*read.value()), text(first));
    EXPECT_FALSE(read.value()->acknowledgedAt.isValid());
    EXPECT_FALSE(store().incident(9999).value().has_value());

    first.state = IncidentState::Acknowledged;
    first.acknowledgedAt = at("2024-05-01T02:03:00.250Z");
    first.updatedAt = first.acknowledgedAt;
    first.actor = QStringLiteral("+447400123457");
    ASSERT_OK(store().updateIncident(first));
    reopen();
    EXPECT_EQ(text(*store().incident(first.id).value()), text(first));

    Incident ghost = incident("99", "2024-05-01T02:00:00.000Z");
    ghost.id = 12345;
    EXPECT_FALSE(store().updateIncident(ghost).ok());

    auto byCode = store().openIncidentByCode(QStringLiteral("17"));
    ASSERT_OK(byCode);
    ASSERT_TRUE(byCode.value().has_value());
    EXPECT_EQ(byCode.value()->id, first.id);
    auto byKey = store().openIncidentByDedupKey(QStringLiteral("checkout-5xx"));
    ASSERT_OK(byKey);
    ASSERT_TRUE(byKey.value().has_value());
    EXPECT_EQ(byKey.value()->id, first.id);
    EXPECT_FALSE(store().openIncidentByDedupKey(QString()).value().has_value());
    EXPECT_FALSE(store().openIncidentByDedupKey(QStringLiteral("other")).value().has_value());

    // Resolved incidents are no longer found by code or key, nor listed as open.
    first.state = IncidentState::Resolved;
    first.resolvedAt = at("2024-05-01T02:10:00.000Z");
    ASSERT_OK(store().updateIncident(first));
    EXPECT_FALSE(store().openIncidentByCode(QStringLiteral("17")).value().has_value());
    EXPECT_FALSE(
        store().openIncidentByDedupKey(QStringLiteral("checkout-5xx")).value().has_value());
    // A new incident may reuse the key (and, later, the code): the open one is found.
    Incident again = incident("17", "2024-05-04T02:00:00.000Z");
    again.dedupKey = QStringLiteral("checkout-5xx");
    again.state = IncidentState::Snoozed;
    again.snoozedUntil = at("2024-05-04T02:30:00.000Z");
    ASSERT_OK(store().insertIncident(again));
    EXPECT_EQ(store().openIncidentByCode(QStringLiteral("17")).value()->id, again.id);
    EXPECT_EQ(store().openIncidentByDedupKey(QStringLiteral("checkout-5xx")).value()->id, again.id);

    const auto open = store().openIncidents();
    ASSERT_OK(open);
    ASSERT_EQ(open.value().size(), 2);
    EXPECT_EQ(open.value().at(0).id, second.id);
    EXPECT_EQ(open.value().at(1).id, again.id);
    EXPECT_EQ(text(open.value().at(1)), text(again));

    const auto recent = store().recentIncidents(2);
    ASSERT_OK(recent);
    ASSERT_EQ(recent.value().size(), 2);
    EXPECT_EQ(recent.value().at(0).id, again.id); // newest first
    EXPECT_EQ(recent.value().at(1).id, second.id);
    EXPECT_EQ(store().recentIncidents(10).value().size(), 3);
}

TEST_F(PagingStoreTest, ReservedCodesCoverOpenAndRecentlyResolved)
{
    addIncident("1");
    Incident old = incident("2", "2024-05-01T00:00:00.000Z");
    old.state = IncidentState::Resolved;
    old.resolvedAt = at("2024-05-01T01:00:00.000Z");
    ASSERT_OK(store().insertIncident(old));
    Incident recent = incident("3", "2024-05-03T00:00:00.000Z");
    recent.state = IncidentState::Resolved;
    recent.resolvedAt = at("2024-05-03T12:00:00.000Z");
    ASSERT_OK(store().insertIncident(recent));
    Incident acked = incident("4", "2024-05-03T00:00:00.000Z");
    acked.state = IncidentState::Acknowledged;
    ASSERT_OK(store().insertIncident(acked));

    // 72 h before 2024-05-04T00:00 is 2024-05-01T00:00: "2" was resolved after it.
    auto codes = store().reservedCodes(at("2024-05-01T00:00:00.000Z"));
    ASSERT_OK(codes);
    EXPECT_EQ(codes.value(), (QStringList{QStringLiteral("1"), QStringLiteral("2"),
                                          QStringLiteral("3"), QStringLiteral("4")}));
    // A day later "2" is free again; "3" is still within its window.
    codes = store().reservedCodes(at("2024-05-02T00:00:00.000Z"));
    ASSERT_OK(codes);
    EXPECT_EQ(codes.value(),
              (QStringList{QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("4")}));
    codes = store().reservedCodes(at("2024-06-01T00:00:00.000Z"));
    ASSERT_OK(codes);
    EXPECT_EQ(codes.value(), (QStringList{QStringLiteral("1"), QStringLiteral("4")}));
}

TEST_F(PagingStoreTest, TimelineIsPerIncidentOldestFirst)
{
    const qint64 a = addIncident("1");
    const qint64 b = addIncident("2");
    TimelineEntry first;
    first.incidentId = a;
    first.at = at("2024-05-01T02:00:00.000Z");
    first.kind = QStringLiteral("incident.triggered");
    first.detail = QStringLiteral("Raised by Vortex IQ");
    ASSERT_OK(store().appendTimeline(first));
    TimelineEntry other = first;
    other.incidentId = b;
    ASSERT_OK(store().appendTimeline(other));
    TimelineEntry status;
    status.incidentId = a;
    status.at = at("2024-05-01T02:00:05.000Z");
    status.kind = QStringLiteral("page.status");
    status.recipientId = QStringLiteral("alice");
    status.channel = QStringLiteral("sms");
    status.sid = QStringLiteral("SM0123456789abcdef0123456789abcdef");
    status.status = QStringLiteral("undelivered");
    status.errorCode = 30003;
    status.detail = QStringLiteral("Unreachable handset");
    ASSERT_OK(store().appendTimeline(status));
    EXPECT_GT(status.id, first.id);

    reopen();
    const auto entries = store().timeline(a);
    ASSERT_OK(entries);
    ASSERT_EQ(entries.value().size(), 2);
    EXPECT_EQ(text(entries.value().at(0)), text(first));
    EXPECT_EQ(text(entries.value().at(1)), text(status));
    EXPECT_FALSE(entries.value().at(0).errorCode.has_value());
    EXPECT_EQ(entries.value().at(1).errorCode, std::optional<int>(30003));
    EXPECT_EQ(store().timeline(b).value().size(), 1);
    EXPECT_TRUE(store().timeline(9999).value().isEmpty());

    // The timeline belongs to an incident that exists.
    TimelineEntry orphan = first;
    orphan.incidentId = 9999;
    EXPECT_FALSE(store().appendTimeline(orphan).ok());
}

TEST_F(PagingStoreTest, PendingStepsAreOrderedByDueTimeAndExcludeDoneAndCancelled)
{
    const qint64 a = addIncident("1");
    const qint64 b = addIncident("2");
    auto step = [](qint64 incidentId, StepKind kind, int tier, const char *due) {
        EscalationStep s;
        s.incidentId = incidentId;
        s.kind = kind;
        s.tier = tier;
        s.dueAt = at(due);
        return s;
    };
    EscalationStep later = step(a, StepKind::PageTier, 1, "2024-05-01T02:05:00.000Z");
    EscalationStep sooner = step(b, StepKind::PageTier, 0, "2024-05-01T02:01:00.000Z");
    EscalationStep sameTime = step(a, StepKind::VoiceFollowUp, 0, "2024-05-01T02:05:00.000Z");
    sameTime.recipientId = QStringLiteral("alice");
    sameTime.round = 2;
    EscalationStep done = step(a, StepKind::PageTier, 0, "2024-05-01T02:00:00.000Z");
    EscalationStep cancelled = step(b, StepKind::SnoozeExpiry, 0, "2024-05-01T01:00:00.000Z");
    for (EscalationStep *s : {&later, &sooner, &sameTime, &done, &cancelled})
        ASSERT_OK(store().insertStep(*s));
    done.done = true;
    ASSERT_OK(store().updateStep(done));
    cancelled.cancelled = true;
    ASSERT_OK(store().updateStep(cancelled));
    EscalationStep ghost = later;
    ghost.id = 9999;
    EXPECT_FALSE(store().updateStep(ghost).ok());

    reopen();
    const auto pending = store().pendingSteps();
    ASSERT_OK(pending);
    ASSERT_EQ(pending.value().size(), 3) << texts(pending.value());
    EXPECT_EQ(pending.value().at(0).id, sooner.id);
    EXPECT_EQ(pending.value().at(1).id, later.id); // same due time: by id
    EXPECT_EQ(text(pending.value().at(2)), text(sameTime));

    const auto forA = store().steps(a);
    ASSERT_OK(forA);
    ASSERT_EQ(forA.value().size(), 3);
    EXPECT_EQ(text(forA.value().at(0)), text(later));
    EXPECT_EQ(text(forA.value().at(2)), text(done));
    EXPECT_TRUE(forA.value().at(2).done);
    EXPECT_TRUE(store().steps(b).value().at(1).cancelled);
}

TEST_F(PagingStoreTest, DeliveriesKeepEveryFieldAndTheirBundle)
{
    const qint64 a = addIncident("1");
    const qint64 b = addIncident("2");
    Delivery d = delivery({b, a}, "alice", "+447400123457", "2024-05-01T02:00:00.000Z");
    d.delayReason = QStringLiteral("quiet-hours");
    ASSERT_OK(store().insertDelivery(d));
    EXPECT_GT(d.id, 0);

    d.state = DeliveryState::Submitted;
    d.sender = {SenderKind::LongCode, QStringLiteral("+447400123456")};
    d.senderIndex = 1;
    d.submitAttemptAt = at("2024-05-01T02:00:01.000Z");
    d.submittedAt = at("2024-05-01T02:00:01.300Z");
    d.lastCheckedAt = at("2024-05-01T02:05:00.000Z");
    d.attempts = 2;
    d.sid = QStringLiteral("SM0123456789abcdef0123456789abcdef");
    d.status = QStringLiteral("sent");
    d.errorCode = 30007;
    d.answeredBy = QStringLiteral("unknown");
    ASSERT_OK(store().updateDelivery(d));

    reopen();
    auto read = store().delivery(d.id);
    ASSERT_OK(read);
    ASSERT_TRUE(read.value().has_value());
    EXPECT_EQ(text(*read.value()), text(d));
    EXPECT_EQ(read.value()->incidentIds, (QList<qint64>{b, a})); // order kept

    auto bySid = store().deliveryBySid(d.sid);
    ASSERT_OK(bySid);
    ASSERT_TRUE(bySid.value().has_value());
    EXPECT_EQ(bySid.value()->id, d.id);
    EXPECT_FALSE(store().deliveryBySid(QStringLiteral("SMnone")).value().has_value());
    EXPECT_FALSE(store().deliveryBySid(QString()).value().has_value());
    EXPECT_FALSE(store().delivery(9999).value().has_value());

    // The bundle can change while pending (a new incident joins it).
    const qint64 c = addIncident("3");
    d.incidentIds = {a, c};
    d.errorCode.reset();
    ASSERT_OK(store().updateDelivery(d));
    EXPECT_EQ(text(*store().delivery(d.id).value()), text(d));
    EXPECT_TRUE(store().deliveriesForIncident(b).value().isEmpty());
    ASSERT_EQ(store().deliveriesForIncident(c).value().size(), 1);

    Delivery call = delivery({a}, "alice", "+447400123457", "2024-05-01T02:05:00.000Z");
    call.channel = Channel::Voice;
    call.body = QStringLiteral("voice-script-1");
    ASSERT_OK(store().insertDelivery(call));
    const auto forA = store().deliveriesForIncident(a);
    ASSERT_OK(forA);
    ASSERT_EQ(forA.value().size(), 2);
    EXPECT_EQ(forA.value().at(0).id, d.id);
    EXPECT_EQ(text(forA.value().at(1)), text(call));

    Delivery ghost = call;
    ghost.id = 9999;
    EXPECT_FALSE(store().updateDelivery(ghost).ok());
    Delivery orphan = delivery({9999}, "alice", "+447400123457", "2024-05-01T02:05:00.000Z");
    EXPECT_FALSE(store().insertDelivery(orphan).ok());
    EXPECT_EQ(orphan.id, 0);
    EXPECT_EQ(store().deliveriesTo(QStringLiteral("+447400123457"), QDateTime()).value().size(), 2)
        << "a failed insert leaves no row behind";
}

TEST_F(PagingStoreTest, OpenDeliveriesAreTheOutboxWork)
{
    const qint64 a = addIncident("1");
    auto add = [&](DeliveryState state, const char *status) {
        Delivery d = delivery({a}, "alice", "+447400123457", "2024-05-01T02:00:00.000Z");
        d.state = state;
        d.status = QString::fromLatin1(status);
        if (state == DeliveryState::Submitted)
            d.sid = QStringLiteral("SM%1").arg(QString::fromLatin1(status));
        EXPECT_TRUE(store().insertDelivery(d).ok());
        return d.id;
    };
    const qint64 pending = add(DeliveryState::Pending, "");
    const qint64 submitting = add(DeliveryState::Submitting, "");
    const qint64 queued = add(DeliveryState::Submitted, "queued");
    const qint64 sent = add(DeliveryState::Submitted, "sent");
    const qint64 ringing = add(DeliveryState::Submitted, "ringing");
    add(DeliveryState::Submitted, "delivered");
    add(DeliveryState::Submitted, "undelivered");
    add(DeliveryState::Submitted, "failed");
    add(DeliveryState::Submitted, "read");
    add(DeliveryState::Submitted, "completed");
    add(DeliveryState::Submitted, "busy");
    add(DeliveryState::Submitted, "no-answer");
    add(DeliveryState::Submitted, "canceled");
    add(DeliveryState::Failed, "");
    add(DeliveryState::Cancelled, "");

    const auto open = store().openDeliveries();
    ASSERT_OK(open);
    QList<qint64> ids;
    for (const Delivery &d : open.value())
        ids.append(d.id);
    EXPECT_EQ(ids, (QList<qint64>{pending, submitting, queued, sent, ringing}))
        << texts(open.value());
    EXPECT_EQ(open.value().at(0).incidentIds, QList<qint64>{a});
}

TEST_F(PagingStoreTest, DeliveriesToANumberNewestFirstSince)
{
    const qint64 a = addIncident("1");
    const QString number = QStringLiteral("+447400123457");
    Delivery old = delivery({a}, "alice", "+447400123457", "2024-05-01T01:00:00.000Z");
    Delivery sms = delivery({a}, "alice", "+447400123457", "2024-05-01T02:00:00.000Z");
    Delivery call = delivery({a}, "alice", "+447400123457", "2024-05-01T02:10:00.000Z");
    call.channel = Channel::Voice;
    Delivery sameTime = delivery({a}, "alice", "+447400123457", "2024-05-01T02:10:00.000Z");
    sameTime.channel = Channel::WhatsApp;
    Delivery someoneElse = delivery({a}, "bob", "+12015550124", "2024-05-01T02:20:00.000Z");
    for (Delivery *d : {&old, &sms, &call, &sameTime, &someoneElse})
        ASSERT_OK(store().insertDelivery(*d));

    const auto since = store().deliveriesTo(number, at("2024-05-01T02:00:00.000Z"));
    ASSERT_OK(since);
    QList<qint64> ids;
    for (const Delivery &d : since.value())
        ids.append(d.id);
    EXPECT_EQ(ids, (QList<qint64>{sameTime.id, call.id, sms.id}));
    EXPECT_EQ(store().deliveriesTo(number, QDateTime()).value().size(), 4);
    EXPECT_TRUE(store().deliveriesTo(number, at("2024-05-02T00:00:00.000Z")).value().isEmpty());
}

TEST_F(PagingStoreTest, SubmittedTimesCountEveryDeliveryThatReachedTwilioOnce)
{
    const qint64 a = addIncident("1");
    const qint64 b = addIncident("2");
    auto submitted = [&](QList<qint64> incidents, const char *recipientId, const char *when) {
        Delivery d = delivery(std::move(incidents), recipientId, "+447400123457",
                              "2024-05-01T01:00:00.000Z");
        d.state = DeliveryState::Submitted;
        d.sid = QStringLiteral("SM") + QString::fromLatin1(when);
        d.submittedAt = at(when);
        EXPECT_TRUE(store().insertDelivery(d).ok());
        return d;
    };
    submitted({a}, "alice", "2024-05-01T01:50:00.000Z");    // before the window
    submitted({a, b}, "alice", "2024-05-01T02:01:00.000Z"); // a bundle: counts once
    submitted({b}, "alice", "2024-05-01T02:00:00.000Z");
    submitted({a}, "bob", "2024-05-01T02:02:00.000Z"); // someone else
    Delivery pending = delivery({a}, "alice", "+447400123457", "2024-05-01T02:03:00.000Z");
    ASSERT_OK(store().insertDelivery(pending)); // not submitted: not counted
    Delivery failed = delivery({a}, "alice", "+447400123457", "2024-05-01T02:03:00.000Z");
    failed.state = DeliveryState::Failed;
    failed.submitAttemptAt = at("2024-05-01T02:03:00.000Z");
    ASSERT_OK(store().insertDelivery(failed)); // never reached Twilio: not counted
    Delivery failedLater = delivery({a}, "alice", "+447400123457", "2024-05-01T02:04:00.000Z");
    failedLater.state = DeliveryState::Failed; // reached Twilio, failed there: the carrier saw it
    failedLater.sid = QStringLiteral("SMfailedlater");
    failedLater.submittedAt = at("2024-05-01T02:04:00.000Z");
    ASSERT_OK(store().insertDelivery(failedLater));

    const auto times
        = store().submittedTimes(QStringLiteral("alice"), at("2024-05-01T02:00:00.000Z"));
    ASSERT_OK(times);
    EXPECT_EQ(times.value(),
              (QList<QDateTime>{at("2024-05-01T02:00:00.000Z"), at("2024-05-01T02:01:00.000Z"),
                                at("2024-05-01T02:04:00.000Z")}));
    EXPECT_EQ(store().submittedTimes(QStringLiteral("alice"), QDateTime()).value().size(), 4);
    EXPECT_TRUE(store()
                    .submittedTimes(QStringLiteral("carol"), at("2024-05-01T00:00:00.000Z"))
                    .value()
                    .isEmpty());
}

TEST_F(PagingStoreTest, OptOutsPerSenderAndNumberTheNewestChangeWins)
{
    const QString number = QStringLiteral("+447400123457");
    const QString shortCode = QStringLiteral("60123");
    const QString longCode = QStringLiteral("+447400123456");
    EXPECT_TRUE(store().optedOutSenders(number).value().isEmpty());
    ASSERT_OK(store().setOptedOut(shortCode, number, true, at("2024-05-01T02:00:00.000Z")));
    ASSERT_OK(store().setOptedOut(longCode, number, true, at("2024-05-01T02:01:00.000Z")));
    ASSERT_OK(store().setOptedOut(longCode, QStringLiteral("+12015550124"), true,
                                  at("2024-05-01T02:01:00.000Z")));
    EXPECT_EQ(store().optedOutSenders(number).value(), (QStringList{longCode, shortCode}));

    ASSERT_OK(store().setOptedOut(longCode, number, false, at("2024-05-01T03:00:00.000Z")));
    reopen();
    EXPECT_EQ(store().optedOutSenders(number).value(), QStringList{shortCode});
    // A STOP older than the START that is already stored changes nothing.
    ASSERT_OK(store().setOptedOut(longCode, number, true, at("2024-05-01T02:30:00.000Z")));
    EXPECT_EQ(store().optedOutSenders(number).value(), QStringList{shortCode});
    ASSERT_OK(store().setOptedOut(longCode, number, true, at("2024-05-01T03:30:00.000Z")));
    EXPECT_EQ(store().optedOutSenders(number).value(), (QStringList{longCode, shortCode}));
    ASSERT_OK(store().setOptedOut(shortCode, number, false, at("2024-05-01T04:00:00.000Z")));
    EXPECT_EQ(store().optedOutSenders(number).value(), QStringList{longCode});
}

TEST_F(PagingStoreTest, PassiveRepliesAreCountedPerNumberSince)
{
    const QString number = QStringLiteral("+447400123457");
    ASSERT_OK(store().recordPassiveReply(number, at("2024-05-01T01:00:00.000Z")));
    ASSERT_OK(store().recordPassiveReply(number, at("2024-05-01T02:00:00.000Z")));
    ASSERT_OK(store().recordPassiveReply(number, at("2024-05-01T02:30:00.000Z")));
    ASSERT_OK(
        store().recordPassiveReply(QStringLiteral("+12015550124"), at("2024-05-01T02:30:00.000Z")));
    EXPECT_FALSE(store().recordPassiveReply(number, QDateTime()).ok());
    reopen();
    EXPECT_EQ(store().passiveRepliesSince(number, at("2024-05-01T02:00:00.000Z")).value(), 2);
    EXPECT_EQ(store().passiveRepliesSince(number, at("2024-05-01T00:00:00.000Z")).value(), 3);
    EXPECT_EQ(store().passiveRepliesSince(number, at("2024-05-01T03:00:00.000Z")).value(), 0);
    EXPECT_EQ(store().passiveRepliesSince(QStringLiteral("+4915112345678"), QDateTime()).value(),
              0);
}

TEST_F(PagingStoreTest, RelayCursorStartsAtZeroAndPersists)
{
    EXPECT_EQ(store().relayCursor().value(), 0);
    ASSERT_OK(store().setRelayCursor(41));
    ASSERT_OK(store().setRelayCursor(9007199254740000LL));
    reopen();
    EXPECT_EQ(store().relayCursor().value(), 9007199254740000LL);
}

TEST_F(PagingStoreTest, RollbackDiscardsAndCommitKeeps)
{
    ASSERT_OK(store().begin());
    EXPECT_TRUE(store().inTransaction());
    EXPECT_FALSE(store().begin().ok()); // no nesting
    Incident i = incident("1", "2024-05-01T02:00:00.000Z");
    ASSERT_OK(store().insertIncident(i));
    Delivery d = delivery({i.id}, "alice", "+447400123457", "2024-05-01T02:00:00.000Z");
    ASSERT_OK(store().insertDelivery(d));
    ASSERT_OK(store().setRelayCursor(7));
    ASSERT_OK(store().upsertRecipient(recipient("alice", "+447400123457")));
    store().rollback();
    EXPECT_FALSE(store().inTransaction());
    EXPECT_FALSE(store().incident(i.id).value().has_value());
    EXPECT_FALSE(store().delivery(d.id).value().has_value());
    EXPECT_EQ(store().relayCursor().value(), 0);
    EXPECT_TRUE(store().recipients().value().isEmpty());
    EXPECT_FALSE(store().commit().ok()); // nothing to commit

    ASSERT_OK(store().begin());
    Incident kept = incident("2", "2024-05-01T02:00:00.000Z");
    ASSERT_OK(store().insertIncident(kept));
    Delivery keptDelivery
        = delivery({kept.id}, "alice", "+447400123457", "2024-05-01T02:00:00.000Z");
    ASSERT_OK(store().insertDelivery(keptDelivery));
    ASSERT_OK(store().setRelayCursor(8));
    ASSERT_OK(store().commit());
    reopen();
    EXPECT_TRUE(store().incident(kept.id).value().has_value());
    EXPECT_EQ(store().delivery(keptDelivery.id).value()->incidentIds, QList<qint64>{kept.id});
    EXPECT_EQ(store().relayCursor().value(), 8);
}

TEST_F(PagingStoreTest, ClosingWithAnOpenTransactionDiscardsIt)
{
    ASSERT_OK(store().begin());
    ASSERT_OK(store().setRelayCursor(5));
    reopen(); // close() rolls back
    EXPECT_EQ(store().relayCursor().value(), 0);
    EXPECT_FALSE(store().inTransaction());
}

TEST_F(PagingStoreTest, TimestampsAreIntegerMillisecondsAndNullWhenUnset)
{
    Incident i = incident("1", "2024-05-01T02:00:00.123Z");
    ASSERT_OK(store().insertIncident(i));
    Store::Database raw(m_path, QStringLiteral("paging-test-raw"));
    ASSERT_OK(raw.open());
    QSqlQuery q(raw.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT created_at, typeof(created_at), acknowledged_at "
                                      "IS NULL FROM incidents")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), i.createdAt.toMSecsSinceEpoch());
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("integer"));
    EXPECT_TRUE(q.value(2).toBool());
}

TEST_F(PagingStoreTest, CallsOnAClosedStoreFailCleanly)
{
    store().close();
    EXPECT_FALSE(store().recipients().ok());
    EXPECT_FALSE(store().setRelayCursor(1).ok());
    EXPECT_FALSE(store().begin().ok());
    Incident i = incident("1", "2024-05-01T02:00:00.000Z");
    EXPECT_FALSE(store().insertIncident(i).ok());
}

TEST(PagingStoreFile, NotADatabaseGivesAnErrorAndStaysUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paging.sqlite"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        QByteArray junk;
        for (int i = 0; i < 512; ++i)
            junk.append("this is not a SQLite database, it is a text file.\n");
        file.write(junk);
    }
    const QByteArray before = fileHash(path);
    SqlitePagingStore store(path);
    const auto opened = store.open();
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(path)) << opened.error().toStdString();
    store.close();
    EXPECT_EQ(fileHash(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(PagingStoreFile, NewerSchemaIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paging.sqlite"));
    {
        SqlitePagingStore store(path);
        ASSERT_OK(store.open());
    }
    {
        Store::Database raw(path, QStringLiteral("paging-test-raw"));
        ASSERT_OK(raw.open());
        QSqlQuery q(raw.connection());
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO schema_version (version, applied_at) VALUES (999, 'later')")));
    }
    SqlitePagingStore store(path);
    const auto opened = store.open();
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("999"))) << opened.error().toStdString();
}

// --- PagingConfig::saveTo ------------------------------------------------------------------------

namespace {

/// A real store whose policy writes fail, to show saveTo() lands all or nothing.
class PolicyWritesFail : public SqlitePagingStore
{
public:
    using SqlitePagingStore::SqlitePagingStore;
    Result<Done, QString> upsertPolicy(const EscalationPolicy &) override
    {
        return fail(QStringLiteral("disk full"));
    }
};

PagingConfig smallConfig()
{
    PagingConfig config;
    config.recipients = {recipient("alice", "+447400123457"), recipient("bob", "+12015550124")};
    config.policies = {policy("ops")};
    config.defaultPolicyId = QStringLiteral("ops");
    return config;
}

} // namespace

TEST_F(PagingStoreTest, ConfigSavesEverythingInOneTransaction)
{
    ASSERT_TRUE(smallConfig().validate().isEmpty())
        << smallConfig().validate().join(QLatin1Char('\n')).toStdString();
    ASSERT_OK(smallConfig().saveTo(store()));
    EXPECT_FALSE(store().inTransaction());
    reopen();
    EXPECT_EQ(store().recipients().value(), smallConfig().recipients);
    EXPECT_EQ(store().policies().value(), smallConfig().policies);

    // Saving again updates in place.
    PagingConfig changed = smallConfig();
    changed.recipients[0].name = QStringLiteral("Alice M.");
    ASSERT_OK(changed.saveTo(store()));
    EXPECT_EQ(store().recipient(QStringLiteral("alice")).value()->name, QStringLiteral("Alice M."));
    EXPECT_EQ(store().recipients().value().size(), 2);
}

TEST_F(PagingStoreTest, InvalidConfigWritesNothing)
{
    PagingConfig config = smallConfig();
    config.recipients[1].timeZone = QStringLiteral("Nowhere/Special");
    const auto saved = config.saveTo(store());
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().contains(QStringLiteral("recipients[1].timeZone")))
        << saved.error().toStdString();
    EXPECT_TRUE(store().recipients().value().isEmpty());
    EXPECT_FALSE(store().inTransaction());
}

TEST(PagingStoreConfig, AFailedWriteRollsBackTheWholeConfig)
{
    QTemporaryDir dir;
    PolicyWritesFail store(dir.filePath(QStringLiteral("paging.sqlite")));
    ASSERT_OK(store.open());
    const auto saved = smallConfig().saveTo(store);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error(), QStringLiteral("disk full"));
    EXPECT_FALSE(store.inTransaction());
    EXPECT_TRUE(store.recipients().value().isEmpty());
}

TEST_F(PagingStoreTest, DemoConfigSavesAndReadsBack)
{
    const auto config
        = PagingConfig::fromFile(qEnvironmentVariable("VORTEX_SOURCE_DIR")
                                 + QStringLiteral("/resources/paging/paging-demo.json"));
    ASSERT_OK(config);
    ASSERT_OK(config.value().saveTo(store()));
    reopen();
    EXPECT_EQ(store().recipients().value().size(), config.value().recipients.size());
    const auto ops = store().policy(QStringLiteral("ops"));
    ASSERT_OK(ops);
    ASSERT_TRUE(ops.value().has_value());
    EXPECT_EQ(*ops.value(), config.value().policies.constFirst());
}
