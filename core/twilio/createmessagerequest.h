// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/twilio/formparams.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace Vortex::Core::Twilio {

/// Parameters of POST …/Messages.json. Twilio validates (21211, 21602, 21603, …); the client
/// only encodes, so that Twilio's error codes reach the caller unchanged.
struct CreateMessageRequest
{
    QString to;                  ///< E.164 or a channel address ("whatsapp:+1…")
    QString from;                ///< or leave empty and set messagingServiceSid
    QString messagingServiceSid; ///< MG…
    QString body;
    QUrl statusCallback;
    int validityPeriodSeconds = 0; ///< 1–36000; 0 = Twilio's default
    QString contentSid;            ///< HX… template
    QJsonObject contentVariables;  ///< sent as a JSON string; only with contentSid

    /// The form body, in a stable order (To, From, MessagingServiceSid, Body, ContentSid,
    /// ContentVariables, StatusCallback, ValidityPeriod); empty fields are left out.
    FormParams toForm() const;
};

} // namespace Vortex::Core::Twilio
