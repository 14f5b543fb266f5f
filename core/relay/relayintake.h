// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "core/relay/relayevent.h"

#include <QByteArray>
#include <QString>

namespace Vortex::Core::Relay {

/// Why an intake request was refused: the HTTP status to answer and the message for
/// {"error": …} (never containing the secret or the signature).
struct IntakeRejection
{
    int httpStatus = 400;
    QString message;
};

/// Turns a POST /v1/intake/incidents request into the Intake event the relay stores: the HMAC
/// signature is checked first (401), then the body is validated (400).
class RelayIntake
{
public:
    static Result<RelayEvent, IntakeRejection>
    toEvent(const QByteArray &secret, const QByteArray &timestampHeader,
            const QByteArray &signatureHeader, const QByteArray &body, qint64 nowUnixSeconds);
};

} // namespace Vortex::Core::Relay
