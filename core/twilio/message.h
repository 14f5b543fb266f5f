// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "core/twilio/twilioerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Vortex::Core::Twilio {

/// A 2010-04-01 Message resource. Every field of the spec is nullable: null strings become
/// empty, null dates invalid, null error_code 0.
struct Message
{
    QString sid;
    QString accountSid;
    QString messagingServiceSid;
    QString from;
    QString to;
    QString body;
    QString status;      ///< queued, sending, sent, delivered, undelivered, failed, …
    QString direction;   ///< inbound, outbound-api, outbound-call, outbound-reply
    int numSegments = 0; ///< the spec sends a string ("1")
    int numMedia = 0;    ///< the spec sends a string ("0")
    QString price;       ///< as sent ("-0.00750"); empty while unbilled (null)
    std::optional<double> priceValue; ///< price parsed; empty while unbilled
    QString priceUnit;
    int errorCode = 0; ///< 0 when null
    QString errorMessage;
    QDateTime dateCreated; ///< UTC; invalid when null
    QDateTime dateUpdated;
    QDateTime dateSent;
    QString uri;

    /// Parses one message object. Fails (Parse) when sid is missing or a numeric field is not a
    /// number.
    static Result<Message, TwilioError> fromJson(const QJsonObject &object);
    static Result<Message, TwilioError> fromJson(const QByteArray &json);
};

} // namespace Vortex::Core::Twilio
