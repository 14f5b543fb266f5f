// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace Vortex::Core::Paging {

enum class Channel { Sms, Voice, WhatsApp };
QString channelName(Channel channel); ///< "sms", "voice", "whatsapp"
std::optional<Channel> channelFromName(const QString &name);

enum class Severity { Sev1 = 1, Sev2 = 2, Sev3 = 3, Sev4 = 4 };
QString severityName(Severity severity); ///< "sev1" … "sev4"
std::optional<Severity> severityFromName(const QString &name);

/// Snoozed incidents page again when snoozedUntil passes; resolved is final.
enum class IncidentState { Triggered, Acknowledged, Snoozed, Resolved };
QString
incidentStateName(IncidentState state); ///< "triggered", "acknowledged", "snoozed", "resolved"
std::optional<IncidentState> incidentStateFromName(const QString &name);

enum class SenderKind { ShortCode, LongCode, Alphanumeric, MessagingService, WhatsApp };
QString senderKindName(SenderKind kind); ///< "short_code", "long_code", "alphanumeric",
                                         ///< "messaging_service", "whatsapp"
std::optional<SenderKind> senderKindFromName(const QString &name);

/// A weekly quiet window in the recipient's time zone. end <= start runs past midnight into the
/// next day (Fri 22:00–07:00 covers Friday night and Saturday morning).
struct QuietWindow
{
    int dayOfWeek = 1; ///< Qt numbering: 1 = Monday … 7 = Sunday (the day the window starts)
    QTime start;
    QTime end;

    friend bool operator==(const QuietWindow &, const QuietWindow &) = default;
};

/// At most maxPages pages per windowMinutes; caps are layered (all must hold).
struct RateCap
{
    int maxPages = 0;
    int windowMinutes = 0;

    friend bool operator==(const RateCap &, const RateCap &) = default;
};

/// One way to send: a short code ("89898"), a long code (E.164), an alphanumeric id ("VORTEX"),
/// a Messaging Service ("MG…") or a WhatsApp sender ("whatsapp:+E164").
struct Sender
{
    SenderKind kind = SenderKind::LongCode;
    QString address;

    friend bool operator==(const Sender &, const Sender &) = default;
};

/// The senders for one destination region (ISO 3166 alpha-2 such as "US", or "*" for every
/// other region), in fallback order.
struct SenderRoute
{
    QString region;
    QList<Sender> senders;

    friend bool operator==(const SenderRoute &, const SenderRoute &) = default;
};

struct RoutingPolicy
{
    QList<Channel> channelOrder{Channel::Sms, Channel::Voice};
    QList<QuietWindow> quietHours;
    bool sev1OverridesQuietHours = true;
    QList<RateCap> rateCaps;
    QList<SenderRoute> senders;

    friend bool operator==(const RoutingPolicy &, const RoutingPolicy &) = default;
};

struct Recipient
{
    QString id; ///< stable key, e.g. "alice"
    QString name;
    QString role;
    QString smsNumber;                        ///< E.164 or ""
    QString voiceNumber;                      ///< E.164 or "" (falls back to smsNumber)
    QString whatsappNumber;                   ///< E.164 without prefix, or ""
    QString timeZone = QStringLiteral("UTC"); ///< IANA id
    QString language = QStringLiteral("en");  ///< "en", "de", …
    RoutingPolicy routing;

    /// The E.164 number this recipient is reached at on \a channel ("" when none).
    QString numberFor(Channel channel) const;
    /// Field-level problems ("" when valid): E.164 via libphonenumber, time zone known, rate
    /// caps positive, quiet windows valid, senders well-formed.
    QStringList validate() const;

    friend bool operator==(const Recipient &, const Recipient &) = default;
};

struct EscalationTier
{
    QStringList recipientIds;
    int waitMinutes = 5; ///< before the next tier is paged

    friend bool operator==(const EscalationTier &, const EscalationTier &) = default;
};

struct EscalationPolicy
{
    QString id;
    QString name;
    QList<EscalationTier> tiers;
    int repeatCount = 0; ///< extra rounds through all tiers after the last one
    int voiceAfterMinutes
        = 5; ///< sev1: a call once the recipient's SMS is this old, unacknowledged

    QStringList validate() const;

    friend bool operator==(const EscalationPolicy &, const EscalationPolicy &) = default;
};

struct Incident
{
    qint64 id = 0;
    QString code; ///< short reply code, "17"
    Severity severity = Severity::Sev2;
    QString title;
    QString summary;
    QString link; ///< tracking link
    QString runbook;
    QString source;   ///< "vortex-iq", "console", "vortexctl"
    QString dedupKey; ///< intake's key ("" for none)
    QString policyId;
    IncidentState state = IncidentState::Triggered;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime acknowledgedAt;
    QDateTime resolvedAt;
    QDateTime snoozedUntil;
    QString actor; ///< who changed the state last ("alice", "+4474…", "console")

    bool isOpen() const { return state != IncidentState::Resolved; }
};

/// One line of an incident's timeline. kind is a dotted name: "incident.triggered",
/// "incident.acknowledged", "incident.resolved", "incident.snoozed", "incident.updated",
/// "escalation.tier", "page.queued", "page.delayed", "page.submitted", "page.status",
/// "page.failed", "call.queued", "call.status", "call.digits", "reply.received", "reply.sent".
struct TimelineEntry
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QDateTime at;
    QString kind;
    QString recipientId;
    QString channel;
    QString sid; ///< Twilio SM…/MM…/CA… involved, if any
    QString status;
    std::optional<int> errorCode;
    QString detail; ///< human-readable, already translated into the console's language
};

enum class StepKind {
    PageTier,      ///< page every recipient of a tier (round, tier)
    VoiceFollowUp, ///< sev1: call the recipient if still unacknowledged
    SnoozeExpiry,  ///< a snooze ended: page again from the first tier
};
QString stepKindName(StepKind kind);
std::optional<StepKind> stepKindFromName(const QString &name);

/// A planned escalation step. The engine marks it done in the same transaction as its effects,
/// so a restart neither loses nor repeats it.
struct EscalationStep
{
    qint64 id = 0;
    qint64 incidentId = 0;
    StepKind kind = StepKind::PageTier;
    int round = 0;
    int tier = 0;
    QString recipientId; ///< VoiceFollowUp only
    QDateTime dueAt;
    bool done = false;
    bool cancelled = false;
};

enum class DeliveryState {
    Pending,    ///< recorded; waits for notBefore (quiet hours, rate caps) and submission
    Submitting, ///< a submission is (or may be) on the wire; after a crash: reconcile
    Submitted,  ///< Twilio gave it a SID; status follows
    Failed,     ///< gave up before Twilio accepted it (permanent error, no sender left)
    Cancelled,  ///< not sent: its incidents were acknowledged/resolved before it went out
};
QString deliveryStateName(DeliveryState state);
std::optional<DeliveryState> deliveryStateFromName(const QString &name);

/// One outgoing page (SMS, WhatsApp or call) in the outbox. A bundle covers several incidents.
struct Delivery
{
    qint64 id = 0;
    QList<qint64> incidentIds;
    QString recipientId;
    Channel channel = Channel::Sms;
    QString to;              ///< E.164 (no whatsapp: prefix)
    Sender sender;           ///< the sender chosen (may change on fallback while Pending)
    int senderIndex = 0;     ///< position in the route's fallback order
    QString body;            ///< SMS/WhatsApp text; for calls the voice script id
    QString contentSid;      ///< WhatsApp Content template (HX…) sent instead of body; ""
    int validitySeconds = 0; ///< SMS ValidityPeriod (0 = Twilio's default)
    /// With contentSid: its ContentVariables ({"1": "SEV1", …}).
    QJsonObject contentVariables;
    DeliveryState state = DeliveryState::Pending;
    QDateTime createdAt;
    QDateTime notBefore;       ///< not submitted before this (quiet hours, rate caps)
    QDateTime submitAttemptAt; ///< the last time a submission started
    QDateTime submittedAt;
    QDateTime lastCheckedAt; ///< last poll of Twilio for its status
    int attempts = 0;
    QString sid;
    QString status; ///< Twilio's status, never moving backwards
    std::optional<int> errorCode;
    QString answeredBy;  ///< calls: human / machine_* / unknown
    QString delayReason; ///< "quiet-hours", "rate-cap" or ""
};

} // namespace Vortex::Core::Paging

Q_DECLARE_METATYPE(Vortex::Core::Paging::Incident)
Q_DECLARE_METATYPE(Vortex::Core::Paging::TimelineEntry)
