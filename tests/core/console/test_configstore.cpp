// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// ConfigStore: the editors' path to the paging configuration, on a real SQLite file beside a
// running paging engine (twin + relay on loopback).
#include "core/console/configstore.h"
#include "core/paging/pagingengine.h"
#include "core/paging/sqlitepagingstore.h"
#include "tests/core/paging/pagingharness.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>
#include <QThread>

#include <optional>

#include <gtest/gtest.h>

using namespace Vortex::Core;
using namespace Vortex::Core::Paging;
using Vortex::Test::PagingHarness;

namespace {

constexpr qint64 Minute = 60 * 1000;

Recipient person(const QString &id, const QString &name, const QString &number)
{
    Recipient r;
    r.id = id;
    r.name = name;
    r.role = QStringLiteral("on-call");
    r.smsNumber = number;
    r.timeZone = QStringLiteral("Europe/London");
    r.routing.senders = {SenderRoute{
        QStringLiteral("*"), {Sender{SenderKind::LongCode, QStringLiteral("+12015550123")}}}};
    return r;
}

EscalationPolicy policy(const QString &id, const QString &name,
                        const QList<QStringList> &tierRecipients)
{
    EscalationPolicy p;
    p.id = id;
    p.name = name;
    for (const QStringList &ids : tierRecipients)
        p.tiers.append(EscalationTier{ids, 10});
    return p;
}

class ConfigStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("paging.sqlite"));
        PagingConfigChange seed;
        seed.upsertRecipients = {
            person(QStringLiteral("alice"), QStringLiteral("Alice"),
                   QStringLiteral("+447400123457")),
            person(QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("+12015550124"))};
        seed.upsertPolicies = {policy(QStringLiteral("ops"), QStringLiteral("Operations"),
                                      {{QStringLiteral("alice")}, {QStringLiteral("bob")}})};
        ConfigStore store(path);
        auto written = store.write(seed);
        ASSERT_TRUE(written) << written.error().join(u'\n').toStdString();
    }

    QTemporaryDir dir;
    QString path;
};

} // namespace

TEST_F(ConfigStoreTest, RoundTripThroughTheFileKeepsEveryField)
{
    Recipient chen
        = person(QStringLiteral("chen"), QStringLiteral("Chen"), QStringLiteral("+4915112345678"));
    chen.voiceNumber = QStringLiteral("+4915112345678");
    chen.whatsappNumber = QStringLiteral("+4915112345678");
    chen.timeZone = QStringLiteral("Asia/Kolkata");
    chen.language = QStringLiteral("de");
    chen.routing.channelOrder = {Channel::WhatsApp, Channel::Sms, Channel::Voice};
    chen.routing.quietHours
        = {QuietWindow{5, QTime(22, 0), QTime(7, 0)}, QuietWindow{7, QTime(0, 0), QTime(12, 0)}};
    chen.routing.sev1OverridesQuietHours = false;
    chen.routing.rateCaps = {RateCap{3, 15}, RateCap{6, 60}};
    chen.routing.senders
        = {SenderRoute{QStringLiteral("DE"),
                       {Sender{SenderKind::Alphanumeric, QStringLiteral("VORTEX")},
                        Sender{SenderKind::LongCode, QStringLiteral("+447400123456")}}},
           SenderRoute{QStringLiteral("*"),
                       {Sender{SenderKind::LongCode, QStringLiteral("+12015550123")}}}};
    PagingConfigChange change;
    change.upsertRecipients = {chen};
    change.upsertPolicies = {policy(QStringLiteral("db"), QStringLiteral("Databases"),
                                    {{QStringLiteral("chen"), QStringLiteral("alice")}})};
    {
        ConfigStore store(path);
        auto written = store.write(change);
        ASSERT_TRUE(written) << written.error().join(u'\n').toStdString();
        EXPECT_EQ(written->recipients.size(), 3);
    }
    ConfigStore reopened(path);
    auto read = reopened.read();
    ASSERT_TRUE(read) << read.error().toStdString();
    ASSERT_EQ(read->recipients.size(), 3);
    EXPECT_EQ(read->recipients.at(1).id, QStringLiteral("bob")) << "sorted by id";
    ASSERT_NE(read->findRecipient(QStringLiteral("chen")), nullptr);
    EXPECT_EQ(*read->findRecipient(QStringLiteral("chen")), chen);
    ASSERT_EQ(read->policies.size(), 2);
    EXPECT_EQ(*read->findPolicy(QStringLiteral("db")), change.upsertPolicies.first());

    // Written through the engine's own store type as well: the same rows.
    SqlitePagingStore engineStore(path);
    ASSERT_TRUE(engineStore.open());
    auto stored = engineStore.recipient(QStringLiteral("chen"));
    ASSERT_TRUE(stored && stored.value());
    EXPECT_EQ(*stored.value(), chen);
}

TEST_F(ConfigStoreTest, InvalidChangesAreRefusedWithClearMessagesAndNothingIsWritten)
{
    Recipient alice = person(QStringLiteral("alice"), QStringLiteral("Alice"),
                             QStringLiteral("+447700900123")); // not a real UK number
    alice.routing.rateCaps = {RateCap{0, 15}};
    PagingConfigChange change;
    change.upsertRecipients = {alice};
    change.upsertPolicies = {policy(QStringLiteral("ops"), QStringLiteral("Operations"),
                                    {{QStringLiteral("alice"), QStringLiteral("zed")}})};
    ConfigStore store(path);
    auto written = store.write(change);
    ASSERT_FALSE(written);
    const QString text = written.error().join(u'\n');
    EXPECT_TRUE(text.contains(QStringLiteral("Recipient Alice (alice): smsNumber:")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("rateCaps[0].max: at least 1 page, not 0")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(
        "Escalation policy \"Operations\" pages \"zed\" in tier 1, but there is no recipient")))
        << text.toStdString();

    auto read = store.read();
    ASSERT_TRUE(read);
    EXPECT_EQ(read->findRecipient(QStringLiteral("alice"))->smsNumber,
              QStringLiteral("+447400123457"));
    EXPECT_TRUE(read->findRecipient(QStringLiteral("alice"))->routing.rateCaps.isEmpty());
    EXPECT_EQ(read->findPolicy(QStringLiteral("ops"))->tiers.first().recipientIds,
              QStringList{QStringLiteral("alice")});
}

TEST_F(ConfigStoreTest, RecipientUsedByAPolicyCannotBeDeletedUntilThePolicyDropsThem)
{
    ConfigStore store(path);
    PagingConfigChange removeBob;
    removeBob.removeRecipients = {QStringLiteral("bob")};
    auto refused = store.write(removeBob);
    ASSERT_FALSE(refused);
    ASSERT_EQ(refused.error().size(), 1);
    EXPECT_EQ(refused.error().first(),
              QStringLiteral("Bob (bob) cannot be deleted: the escalation policy \"Operations\" "
                             "pages them in tier 2. Remove them from that policy first."));
    ASSERT_TRUE(store.read()->findRecipient(QStringLiteral("bob")));

    // The policy drops bob in the same change: allowed, in one transaction.
    removeBob.upsertPolicies = {
        policy(QStringLiteral("ops"), QStringLiteral("Operations"), {{QStringLiteral("alice")}})};
    auto written = store.write(removeBob);
    ASSERT_TRUE(written) << written.error().join(u'\n').toStdString();
    EXPECT_FALSE(written->findRecipient(QStringLiteral("bob")));
    auto read = store.read();
    EXPECT_FALSE(read->findRecipient(QStringLiteral("bob")));
    EXPECT_EQ(read->findPolicy(QStringLiteral("ops"))->tiers.size(), 1);
}

TEST_F(ConfigStoreTest, TheLastPolicyCannotBeDeleted)
{
    ConfigStore store(path);
    PagingConfigChange change;
    change.removePolicies = {QStringLiteral("ops")};
    auto refused = store.write(change);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().first().contains(QStringLiteral("last escalation policy")));

    change.upsertPolicies
        = {policy(QStringLiteral("night"), QStringLiteral("Night"), {{QStringLiteral("bob")}})};
    ASSERT_TRUE(store.write(change));
    auto read = store.read();
    ASSERT_EQ(read->policies.size(), 1);
    EXPECT_EQ(read->policies.first().id, QStringLiteral("night"));
}

TEST_F(ConfigStoreTest, WorksOnAWorkerThreadThroughQueuedSlots)
{
    QThread thread;
    auto *store = new ConfigStore(path);
    store->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, store, &QObject::deleteLater);
    thread.start();

    std::optional<std::pair<PagingConfigSnapshot, QString>> loaded;
    std::optional<PagingConfigSaveResult> saved;
    QObject context;
    QObject::connect(store, &ConfigStore::loaded, &context,
                     [&](const PagingConfigSnapshot &snapshot, const QString &error) {
                         EXPECT_EQ(QThread::currentThread(), context.thread());
                         loaded.emplace(snapshot, error);
                     });
    QObject::connect(store, &ConfigStore::saved, &context,
                     [&](const PagingConfigSaveResult &result) { saved = result; });
    QMetaObject::invokeMethod(store, &ConfigStore::load, Qt::QueuedConnection);
    ASSERT_TRUE(Vortex::Test::waitUntil([&] { return loaded.has_value(); }));
    const PagingConfigSnapshot snapshot = loaded->first;
    EXPECT_TRUE(loaded->second.isEmpty());
    EXPECT_EQ(snapshot.recipients.size(), 2);

    PagingConfigChange change;
    Recipient alice = *snapshot.findRecipient(QStringLiteral("alice"));
    alice.routing.rateCaps = {RateCap{2, 30}};
    change.upsertRecipients = {alice};
    QMetaObject::invokeMethod(
        store, [store, change] { store->save(7, change); }, Qt::QueuedConnection);
    ASSERT_TRUE(Vortex::Test::waitUntil([&] { return saved.has_value(); }));
    EXPECT_EQ(saved->requestId, 7u);
    EXPECT_TRUE(saved->ok) << saved->problems.join(u'\n').toStdString();
    EXPECT_EQ(saved->snapshot.findRecipient(QStringLiteral("alice"))->routing.rateCaps,
              (QList<RateCap>{RateCap{2, 30}}));

    thread.quit();
    thread.wait();
}

TEST_F(ConfigStoreTest, MissingDatabasePathIsAClearError)
{
    ConfigStore store{QString()};
    auto read = store.read();
    ASSERT_FALSE(read);
    EXPECT_TRUE(read.error().contains(QStringLiteral("without a paging engine")));
}

// The engine reads its configuration from the store on every use: a change saved through a
// second connection applies to the next decision, with no restart.
TEST(ConfigStoreWithEngine, SavedChangesApplyToTheRunningEngine)
{
    PagingHarness h;
    ASSERT_TRUE(h.start());
    ConfigStore store(h.options().databasePath);

    const Incident first = h.raise(Severity::Sev2, QStringLiteral("Inventory sync stalled"));
    ASSERT_EQ(h.messagesTo(QString::fromLatin1(PagingHarness::Alice)).size(), 1);

    auto snapshot = store.read();
    ASSERT_TRUE(snapshot);
    Recipient alice = *snapshot->findRecipient(QStringLiteral("alice"));
    alice.routing.rateCaps = {RateCap{1, 60}};
    EscalationPolicy ops = *snapshot->findPolicy(QStringLiteral("ops"));
    std::swap(ops.tiers[0], ops.tiers[1]);
    PagingConfigChange change;
    change.upsertRecipients = {alice};
    change.upsertPolicies = {ops};
    auto written = store.write(change);
    ASSERT_TRUE(written) << written.error().join(u'\n').toStdString();

    // The new cap holds alice's next page back …
    const Incident second = h.raise(Severity::Sev2, QStringLiteral("Feed export failing"));
    EXPECT_EQ(h.messagesTo(QString::fromLatin1(PagingHarness::Alice)).size(), 1);
    bool delayedByCap = false;
    auto deliveries = h.store()->deliveriesForIncident(second.id);
    ASSERT_TRUE(deliveries);
    for (const Delivery &delivery : deliveries.value())
        delayedByCap = delayedByCap
                       || (delivery.recipientId == QStringLiteral("alice")
                           && delivery.delayReason == QStringLiteral("rate-cap"));
    // … and the swapped tiers page bob first for an incident raised afterwards: the second
    // incident was raised after the save, so tier 1 is bob.
    EXPECT_EQ(h.messagesTo(QString::fromLatin1(PagingHarness::Bob)).size(), 1);
    EXPECT_FALSE(delayedByCap) << "tier 1 is bob now, alice is not paged for the second incident";

    h.advance(11 * Minute, Minute);
    // Tier 2 (alice) is due for the second incident, but her cap (1 per hour) holds it back.
    EXPECT_EQ(h.messagesTo(QString::fromLatin1(PagingHarness::Alice)).size(), 1);
    deliveries = h.store()->deliveriesForIncident(second.id);
    ASSERT_TRUE(deliveries);
    for (const Delivery &delivery : deliveries.value())
        delayedByCap = delayedByCap
                       || (delivery.recipientId == QStringLiteral("alice")
                           && delivery.delayReason == QStringLiteral("rate-cap"));
    EXPECT_TRUE(delayedByCap);
    EXPECT_NE(first.id, second.id);
}
