// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "pagingtypes.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace Vortex::Core {
class EventClock;
namespace Relay {
struct RelayEvent;
}
} // namespace Vortex::Core

namespace Vortex::Core::Paging {

class DeliveryGateway;
class PagingStore;
struct Delivery;
struct IntakeRequest;
struct StatusReport;
struct SubmitResult;

struct PagingEngineOptions
{
    QString defaultPolicyId;
    int pollAfterSeconds = 180;     ///< ask Twilio about a page with no final status after this
    int pollIntervalSeconds = 60;   ///< and again this often
    int pollBatch = 20;             ///< at most this many lookups per round
    int reconcileAfterSeconds = 30; ///< an ambiguous submission is looked up after this
    int retryBaseSeconds = 15;      ///< transient errors: full-jitter backoff from this …
    int retryMaxSeconds = 600;      ///< … up to this
    int maxAttempts = 8;            ///< submissions of one delivery before it is given up
    int codeQuarantineHours = 72; ///< a closed incident's code is not handed out again before this
    int passiveReplyCap = 3;      ///< hints/errors sent to one number …
    int passiveReplyWindowMinutes = 60; ///< … per this window
    int defaultSnoozeMinutes = 30;
    int nonSev1ValiditySeconds = 3600;
    quint64 seed = 0; ///< jitter and script ids (0 = random)
};

/// The paging engine: turns incidents into escalations, pages through the outbox, reads
/// statuses, replies, keypad input and intake from the relay feed, and acts on them. It runs on
/// one thread (the console's engine thread or `vortexctl engine`) on an injectable EventClock;
/// everything it knows lives in the PagingStore, so a restart — even after kill -9 — resumes
/// mid-escalation without losing or repeating a step.
class PagingEngine : public QObject
{
    Q_OBJECT

public:
    PagingEngine(PagingStore *store, EventClock *clock, DeliveryGateway *gateway,
                 PagingEngineOptions options, QObject *parent = nullptr);
    ~PagingEngine() override;

    /// Recovers the outbox (submissions a crash interrupted are looked up at Twilio) and starts
    /// running due work. The store must be open.
    Result<Done, QString> start();
    void stop();

    /// Applies one intake request (raise, update, resolve, acknowledge, snooze) from \a source.
    Result<Incident, QString> applyIntake(const IntakeRequest &request, const QString &source);
    Result<Incident, QString> acknowledge(qint64 incidentId, const QString &actor);
    Result<Incident, QString> resolve(qint64 incidentId, const QString &actor);
    Result<Incident, QString> snooze(qint64 incidentId, int minutes, const QString &actor);
    /// Pages the next tier now.
    Result<Incident, QString> escalateNow(qint64 incidentId, const QString &actor);

    /// Applies relay feed events (message and call statuses, inbound replies, keypad input,
    /// intake) and moves the stored relay cursor with them, in one transaction.
    Result<Done, QString> applyRelayEvents(const QList<Relay::RelayEvent> &events);

    /// Runs everything due now (steps, outbox, polling); normally driven by the clock.
    void runDue();

    /// Deliveries being submitted right now (for tests and diagnostics).
    int submissionsInFlight() const;

Q_SIGNALS:
    void incidentChanged(const Vortex::Core::Paging::Incident &incident);
    void timelineAppended(const Vortex::Core::Paging::TimelineEntry &entry);
    /// A store error the engine could not recover from by itself (it retries on the next round).
    void storeError(const QString &message);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Vortex::Core::Paging
