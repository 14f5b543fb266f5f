// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "relayintake.h"

#include "core/paging/intakerequest.h"
#include "core/paging/intakesignature.h"

#include <QCryptographicHash>

namespace Vortex::Core::Relay {

Result<RelayEvent, IntakeRejection> RelayIntake::toEvent(const QByteArray &secret,
                                                         const QByteArray &timestampHeader,
                                                         const QByteArray &signatureHeader,
                                                         const QByteArray &body,
                                                         qint64 nowUnixSeconds)
{
    auto verified = Paging::IntakeSignature::verify(secret, timestampHeader, signatureHeader, body,
                                                    nowUnixSeconds);
    if (!verified)
        return fail(IntakeRejection{401, verified.error()});
    auto request = Paging::IntakeRequest::fromJson(body);
    if (!request)
        return fail(IntakeRejection{400, request.error()});
    RelayEvent event;
    event.kind = RelayEvent::Kind::Intake;
    event.status = Paging::IntakeRequest::actionName(request.value().action);
    event.body = QString::fromUtf8(body);
    event.params = request.value().toJson();
    // The same signed request sent again (a client retrying after a lost answer) is the same
    // delivery; a new timestamp makes a new one.
    event.deliveryKey
        = QStringLiteral("ik:")
          + QString::fromLatin1(
              QCryptographicHash::hash(QByteArray(timestampHeader.trimmed() + '.' + body),
                                       QCryptographicHash::Sha256)
                  .toHex());
    return event;
}

} // namespace Vortex::Core::Relay
