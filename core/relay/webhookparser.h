// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "core/relay/relayevent.h"
#include "core/twilio/formparams.h"

namespace Vortex::Core::Relay {

/// Turns a verified Twilio webhook form into a RelayEvent, or says why it is malformed.
class WebhookParser
{
public:
    /// For MessageStatus, InboundMessage, CallStatus and VoiceGather (see RelayEvent for the
    /// field mapping); VoiceGather's "script" param is added by the caller.
    static Result<RelayEvent, QString> parse(RelayEvent::Kind kind,
                                             const Twilio::FormParams &params);
    /// Two events with the same key are the same delivery (Twilio retried it).
    static QString dedupeKey(const RelayEvent &event);
    static bool isKnownMessageStatus(const QString &status);
    static bool isKnownCallStatus(const QString &status);
    /// Repeated keys become JSON arrays, in order.
    static QJsonObject paramsToJson(const Twilio::FormParams &params);
};

} // namespace Vortex::Core::Relay
