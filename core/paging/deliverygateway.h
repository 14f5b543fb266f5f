// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "pagingtypes.h"
#include "voicescript.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Vortex::Core::Paging {

/// What Twilio said about one message or call.
struct StatusReport
{
    QString sid;
    QString status; ///< Twilio's message or call status
    std::optional<int> errorCode;
    QString from;       ///< the sender Twilio used (a Messaging Service picks one)
    QString answeredBy; ///< calls
    QString price;      ///< "-0.00830" or ""
    QDateTime createdAt;
};

/// The answer to a submission.
struct SubmitResult
{
    std::optional<StatusReport> accepted; ///< set when Twilio created the message/call
    std::optional<int> errorCode;         ///< Twilio's error code when it refused
    QString errorMessage;                 ///< readable, for the timeline
    int httpStatus = 0;                   ///< 0 = no HTTP answer
    bool transient = false;               ///< worth retrying later (429, 5xx, no connection)
    bool ambiguous = false; ///< no answer after the request left: Twilio may have created it
};

/// The outbox's only way out: sends and looks up messages and calls, and publishes voice
/// scripts to the relay. Lives on the engine's thread; every callback runs there, later (never
/// inside the call).
class DeliveryGateway : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// SMS/WhatsApp: POST Messages.json (To, From or MessagingServiceSid, Body, StatusCallback,
    /// ValidityPeriod). Voice: POST Calls.json (To, From, Url = the relay's answer URL for the
    /// script named by delivery.body, StatusCallback + events, MachineDetection, Timeout).
    virtual void submit(const Delivery &delivery, std::function<void(SubmitResult)> done) = 0;
    /// GET the message or call by SID. std::nullopt on any failure (retried next round).
    virtual void fetch(Channel channel, const QString &sid,
                       std::function<void(std::optional<StatusReport>)> done)
        = 0;
    /// After a crash or an ambiguous submission: lists recent messages/calls To the delivery's
    /// number and returns the one this delivery created (same body/sender, created at or after
    /// submitAttemptAt minus a minute). \a found is nullopt when none; \a ok false when the
    /// lookup itself failed (try again later).
    virtual void findSubmitted(const Delivery &delivery,
                               std::function<void(bool ok, std::optional<StatusReport> found)> done)
        = 0;
    /// PUT the script to the relay (bearer token). \a error is "" on success.
    virtual void publishVoiceScript(const VoiceScript &script,
                                    std::function<void(QString error)> done)
        = 0;
};

} // namespace Vortex::Core::Paging
