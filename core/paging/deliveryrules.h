// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/paging/pagingtypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace Vortex::Core::Paging {

/// What a delivery's status (or a refused submission) means for the page.
enum class Verdict {
    InFlight,  ///< not final yet
    Delivered, ///< delivered / read (messages); a completed call answered by a human
    /// transient: resubmit later through the same sender (30001, 30008, 30017, 30022, 30035,
    /// 30410, 30450, 63018, 21611, 20429, 20500, 20503 …)
    RetrySameSender,
    /// this sender cannot reach them (21612, 21408, 30004, 30007, 30018, 30024, 30032, 30034,
    /// 63007, 21606 …): fall back to the next sender
    NextSender,
    /// 21610 (and WhatsApp's 63033): the recipient opted out of / blocked this sender → disable
    /// the pair, fall back
    DisablePairNextSender,
    /// the number cannot get this channel at all (21211, 21614, 30003, 30005, 30006, 63003,
    /// 63024, 63016 for WhatsApp freeform, 63032 …)
    NextChannel,
    NotAnswered, ///< call ended busy / no-answer / failed / canceled, or answered by a machine
    Permanent,   ///< anything else final and failed (unknown codes): recorded, no retry
};

/// "in_flight", "delivered", "retry_same_sender", "next_sender", "disable_pair_next_sender",
/// "next_channel", "not_answered", "permanent" (stable keys for logs and the timeline).
QString verdictName(Verdict verdict);

/// The rules that turn Twilio's statuses and error codes into what the engine does next.
/// See docs/paging-routing.md for the tables.
namespace DeliveryRules {

/// Message statuses: accepted, scheduled, queued, sending, sent, delivered, undelivered, failed,
/// canceled, read, receiving, received. Call statuses: queued, initiated, ringing, in-progress,
/// completed, busy, no-answer, failed, canceled.
QStringList statuses(Channel channel);

/// unknown = -1; messages: accepted/scheduled 0, queued 1, sending/receiving 2, sent 3,
/// delivered/undelivered/failed/canceled/received 4, read 5; calls: queued 0, initiated 1,
/// ringing 2, in-progress 3, completed/busy/no-answer/failed/canceled 4
int statusRank(Channel channel, const QString &status);

/// True for the statuses after which Twilio reports nothing new (read follows delivered on
/// WhatsApp; it is final too).
bool isFinal(Channel channel, const QString &status);

/// True when \a incoming should replace \a current: higher rank only (a duplicate or an older
/// status is a no-op; unknown incoming statuses never replace a known one; two different finals
/// never replace each other except delivered → read).
bool advances(Channel channel, const QString &current, const QString &incoming);

/// What a status (+ error code, + answeredBy for calls) means for the page.
Verdict classify(Channel channel, SenderKind sender, const QString &status,
                 std::optional<int> errorCode, const QString &answeredBy = {});

/// What a synchronous REST refusal means (HTTP status + Twilio code; httpStatus 0 = no answer).
/// No answer is RetrySameSender: the engine must reconcile (list Messages) before resubmitting.
Verdict classifySubmitError(Channel channel, SenderKind sender, int httpStatus,
                            std::optional<int> errorCode);

/// Every error code classify/classifySubmitError handle specifically (for the table test and
/// docs), ascending.
QList<int> handledErrorCodes();

} // namespace DeliveryRules

} // namespace Vortex::Core::Paging
