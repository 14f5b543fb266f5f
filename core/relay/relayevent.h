// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Vortex::Core::Relay {

/// One webhook the relay accepted, as stored and as served on the console feed.
///
/// Field mapping per kind:
/// - MessageStatus / InboundMessage: MessageSid, MessageStatus (SmsStatus), ErrorCode, From, To,
///   Body (inbound), AccountSid, the whole form in params.
/// - CallStatus: messageSid = CallSid, status = CallStatus, errorCode = ErrorCode, From, To,
///   AccountSid, the whole form in params.
/// - VoiceGather: messageSid = CallSid, status = CallStatus, body = Digits, From, To,
///   AccountSid; params = the form plus "script" (the voice script id from the URL).
/// - Intake: status = the action ("raise", …), body = the raw JSON, params = the validated
///   request (IntakeRequest::toJson()); messageSid, from, to, accountSid empty.
struct RelayEvent
{
    enum class Kind { MessageStatus, InboundMessage, CallStatus, VoiceGather, Intake };

    qint64 id = 0; ///< monotonic cursor, assigned by the store
    Kind kind = Kind::MessageStatus;
    QDateTime receivedAt;
    QString messageSid;
    QString status;
    std::optional<int> errorCode;
    QString from;
    QString to;
    QString body;
    QString accountSid;
    QJsonObject params; ///< every form field as received (repeated keys become arrays)
    /// Relay-internal, not on the feed: what makes two deliveries the same when the fields do
    /// not say it (intake: a hash of the signed timestamp and body). Empty: derived from the
    /// fields (see WebhookParser::dedupeKey).
    QString deliveryKey;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);

    /// The feed's JSON shape (kind: "message-status", "inbound-message", "call-status",
    /// "voice-gather", "intake"): id, kind, receivedAt, messageSid, status, errorCode, from, to,
    /// body, accountSid, params.
    QJsonObject toJson() const;
    static std::optional<RelayEvent> fromJson(const QJsonObject &object);
};

} // namespace Vortex::Core::Relay

Q_DECLARE_METATYPE(Vortex::Core::Relay::RelayEvent)
