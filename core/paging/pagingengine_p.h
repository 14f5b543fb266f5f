// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Private to the paging engine: its state and the steps shared by pagingengine.cpp (transactions,
// lookups, scheduling), pagingescalation.cpp (steps, pages, quiet hours and rate caps),
// pagingoutbox.cpp (submission, reconciliation, polling, statuses), pagingactions.cpp (ack,
// resolve, snooze, escalate, intake) and pagingreplies.cpp (relay events: replies, keypad).
#pragma once

#include "core/common/eventclock.h"
#include "core/common/logging.h"
#include "core/phone/phonenumbers.h"
#include "core/relay/relayevent.h"
#include "deliverygateway.h"
#include "deliveryrules.h"
#include "intakerequest.h"
#include "pagingengine.h"
#include "pagingstore.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>
#include <random>
#include <utility>

namespace Vortex::Core::Paging {

namespace EngineDetail {
inline constexpr int kMaxCode = 9999;
inline constexpr int kHousekeepingMs = 15000;

inline bool isTextChannel(Channel channel)
{
    return channel == Channel::Sms || channel == Channel::WhatsApp;
}

inline QDateTime laterOf(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return a < b ? b : a;
}

/// The sender an inbound message was addressed to, as a Sender we can reply from.
inline Sender replySenderFor(const QString &address)
{
    QString channel;
    const QString bare = PhoneNumbers::stripChannel(address, &channel);
    if (channel == QStringLiteral("whatsapp"))
        return {SenderKind::WhatsApp, QStringLiteral("whatsapp:") + bare};
    if (bare.startsWith(QLatin1Char('+')))
        return {SenderKind::LongCode, bare};
    return {SenderKind::ShortCode, bare};
}

inline int maxCapWindowMinutes(const RoutingPolicy &routing)
{
    int longest = 0;
    for (const RateCap &cap : routing.rateCaps)
        longest = std::max(longest, cap.windowMinutes);
    return longest;
}
} // namespace EngineDetail

struct PagingEngine::Private
{
    PagingEngine *q = nullptr;
    PagingStore *store = nullptr;
    EventClock *clock = nullptr;
    DeliveryGateway *gateway = nullptr;
    PagingEngineOptions options;
    std::mt19937_64 rng;
    quint64 wakeId = 0;
    qint64 wakeAtMs = -1;
    bool running = false;
    bool inRunDue = false;
    bool workQueued = false; ///< a step or delivery was added since the last round
    QSet<qint64> inFlight;   ///< delivery ids with a submission or lookup on the wire
    QList<Incident> changed;
    QList<TimelineEntry> appended;

    QDateTime now() const { return clock->now().toUTC(); }

    // --- transactions ----------------------------------------------------------------------

    template<typename F>
    Result<Done, QString> transaction(F &&body);

    void flushSignals();

    Result<Done, QString> note(qint64 incidentId, const QString &kind, const QString &detail,
                               const Delivery *delivery = nullptr, const QString &status = {},
                               std::optional<int> errorCode = std::nullopt);

    Result<Done, QString> noteAll(const Delivery &delivery, const QString &kind,
                                  const QString &detail, const QString &status = {},
                                  std::optional<int> errorCode = std::nullopt);

    Result<Done, QString> saveIncident(Incident &incident);

    // --- configuration lookups -------------------------------------------------------------

    std::optional<EscalationPolicy> policyFor(const Incident &incident) const;

    std::optional<Recipient> recipientById(const QString &id) const;

    std::optional<Recipient> recipientByNumber(const QString &number) const;

    // --- codes -----------------------------------------------------------------------------

    Result<QString, QString> allocateCode() const;

    // --- escalation steps ------------------------------------------------------------------

    Result<Done, QString> addStep(qint64 incidentId, StepKind kind, int round, int tier,
                                  const QString &recipientId, const QDateTime &dueAt);

    /// Cancels the incident's pending steps (of \a kinds, or all) and the pages not yet sent.
    Result<Done, QString> stopPaging(const Incident &incident, bool keepSnoozeExpiry);

    Result<Done, QString> runStep(EscalationStep step);

    Result<Done, QString> pageTier(const Incident &incident, int round, int tier);

    /// Pages one recipient on their first text channel (sev1: a call follows if unacknowledged);
    /// a recipient without a text channel is called at once.
    Result<Done, QString> pageRecipient(const Incident &incident, const Recipient &recipient,
                                        const EscalationPolicy &policy);

    Result<Done, QString> voiceFollowUp(const Incident &incident, const QString &recipientId);

    /// When a page to \a recipient may go out: quiet hours and the layered rate caps.
    Result<std::pair<QDateTime, QString>, QString>
    allowedAt(const Recipient &recipient, Severity severity, Channel channel) const;

    /// Records a page (or adds the incident to a page already held for the same recipient and
    /// channel). Returns false when no sender can carry it.
    Result<bool, QString> createPage(const Incident &incident, const Recipient &recipient,
                                     Channel channel, const EscalationPolicy &policy,
                                     QDateTime *sendAt = nullptr);

    static QString delayText(const QString &reason);

    /// The stored templates; none when they cannot be read (pages go on with built-in texts).
    QList<PagingTemplate> templates() const;

    /// Words a text page for its incidents still triggered: one — the stored template for the
    /// delivery's channel and \a language, else the built-in page; several — the bundle. Leaves
    /// the delivery as it is when none is triggered.
    Result<Done, QString> refreshText(Delivery &delivery, const QString &language) const;

    // --- the outbox ------------------------------------------------------------------------

    qint64 backoffSeconds(int attempts);

    /// Outbox round: submits what is due, looks up interrupted submissions, polls stale pages.
    Result<Done, QString> pumpOutbox();

    Result<Done, QString> prepareSubmission(Delivery delivery);

    void onSubmitted(qint64 id, const SubmitResult &result);

    QString errorText(int code, const QString &fallback) const;

    Result<Done, QString> giveUp(Delivery &delivery, std::optional<int> errorCode);

    /// A page that cannot go out as it is: next sender, next channel, or give up. \a sameRow:
    /// the delivery never reached Twilio, so it is re-used; otherwise a new delivery follows it.
    Result<Done, QString> reroute(Delivery &delivery, Verdict verdict, bool sameRow);

    /// A text page no text channel can carry: call the recipient now when voice is in their
    /// channel order (cancelling a sev1 follow-up call still waiting), else give up.
    Result<Done, QString> fallBackToVoice(Delivery &delivery, const Recipient &recipient,
                                          bool sameRow);

    /// Twilio has the page: record its SID (the first answer or a lookup found it).
    Result<Done, QString> adopt(Delivery &delivery, const StatusReport &report, const QString &how);

    void lookUpSubmission(const Delivery &delivery);

    void poll(const Delivery &delivery);

    // --- statuses --------------------------------------------------------------------------

    /// Applies a status from the relay or a poll: never backwards; duplicates are no-ops.
    Result<Done, QString> applyStatus(Delivery &delivery, const QString &status,
                                      std::optional<int> errorCode, const QString &answeredBy,
                                      const QString &source);

    /// A page reached a final status: fall back, retry or record that it was not answered.
    Result<Done, QString> settle(Delivery &delivery, const QString &status,
                                 std::optional<int> errorCode, const QString &answeredBy);

    bool anyIncidentTriggered(const Delivery &delivery) const;
    /// For a text page with a sev1 voice follow-up for its recipient: when the call is due (now
    /// once it was placed); nullopt when no call follows.
    Result<std::optional<QDateTime>, QString> followUpCallDue(const Delivery &delivery) const;

    // --- incident actions ------------------------------------------------------------------

    Result<Incident, QString> act(qint64 incidentId,
                                  const std::function<Result<Done, QString>(Incident &)> &change);

    Result<Done, QString> doAcknowledge(Incident &incident, const QString &actor,
                                        const QString &sid = {});

    Result<Done, QString> doResolve(Incident &incident, const QString &actor,
                                    const QString &sid = {});

    Result<Done, QString> doSnooze(Incident &incident, int minutes, const QString &actor,
                                   const QString &sid = {});

    Result<Done, QString> doEscalate(Incident &incident, const QString &actor,
                                     const QString &sid = {});

    /// A timeline line with the Twilio SID that caused it; \a actor (a recipient id) is recorded
    /// as its recipient.
    Result<Done, QString> noteWithSid(qint64 incidentId, const QString &kind, const QString &detail,
                                      const QString &sid, const QString &actor = {});

    Result<Done, QString> raise(const IntakeRequest &request, const QString &source, Incident &out);

    Result<Done, QString> update(const IntakeRequest &request, Incident &incident,
                                 bool asDuplicate);

    Result<std::optional<Incident>, QString> target(const IntakeRequest &request) const;

    // --- relay events ----------------------------------------------------------------------

    Result<Done, QString> applyEvent(const Relay::RelayEvent &event);

    Result<Done, QString> applyIntakeIn(const IntakeRequest &request, const QString &source,
                                        Incident &incident);

    /// Open incidents this number was paged for (most recent first).
    Result<QList<Incident>, QString> pagedOpenIncidents(const QString &number) const;

    /// Queues an SMS/WhatsApp answer to someone who wrote in (from the number they wrote to).
    Result<Done, QString> queueReply(const QString &to, const QString &wroteTo, const QString &text,
                                     const QList<qint64> &incidentIds, bool passive);

    Result<Done, QString> handleReply(const Relay::RelayEvent &event);

    Result<Done, QString> handleGather(const Relay::RelayEvent &event);

    // --- scheduling ------------------------------------------------------------------------

    void reportStoreError(const QString &message);

    /// Arms the clock for the next due step or page (at most kHousekeepingMs away, for polls).
    void scheduleWake(qint64 delayMs = -1);
};

template<typename F>
Result<Done, QString> PagingEngine::Private::transaction(F &&body)
{
    if (auto begun = store->begin(); !begun)
        return fail(begun.error());
    Result<Done, QString> outcome = body();
    if (!outcome) {
        store->rollback();
        changed.clear();
        appended.clear();
        return outcome;
    }
    if (auto committed = store->commit(); !committed) {
        store->rollback();
        changed.clear();
        appended.clear();
        return fail(committed.error());
    }
    flushSignals();
    return Done{};
}

} // namespace Vortex::Core::Paging
