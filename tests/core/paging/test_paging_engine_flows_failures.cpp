// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Paging engine flows against real parts (twin, relay, SQLite, Twilio gateway over loopback):
// asynchronous failures and fallback, chaos on callbacks, WhatsApp falling back to SMS, and store
// failures (one transaction per step, per relay batch).
#include "engineflowsupport.h"

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
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Vortex::Core::Paging;
using namespace Vortex::Test::EngineFlows;
using Vortex::Core::Done;
using Vortex::Core::fail;
using Vortex::Core::Result;
using Vortex::Test::PagingHarness;

// --- Asynchronous failures -----------------------------------------------------------------------

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

// --- Chaos on callbacks --------------------------------------------------------------------------

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

// --- WhatsApp ------------------------------------------------------------------------------------

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

// --- Store failures: one transaction per step, per relay batch -----------------------------------

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
