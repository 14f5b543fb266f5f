// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Vortex::Core::Twin {

/// One time a Verify code was sent (VL…).
struct TwinSendAttempt
{
    qint64 atMs = 0;
    QString channel; ///< "sms", "call", "whatsapp", "email"
    QString sid;     ///< VL…
};

/// A Verify v2 Verification (VE…): one code for one recipient, valid for ten twin minutes.
struct TwinVerification
{
    QString sid;
    QString serviceSid;
    QString accountSid;
    QString to;      ///< E.164, or an e-mail address for the email channel
    QString channel; ///< of the latest send
    /// "pending", "approved", "canceled", "expired" or "max_attempts_reached"
    QString status = QStringLiteral("pending");
    QString code;
    QString amount; ///< PSD2; "" is null
    QString payee;  ///< PSD2; "" is null
    int checks = 0; ///< VerificationCheck attempts so far
    QList<TwinSendAttempt> attempts;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    quint64 expiryTimer = 0; ///< TwinClock id of the expiry, 0 when none

    bool isApproved() const { return status == QLatin1String("approved"); }
    /// The verify.v2.service.verification shape (`url` absolute under \a baseUrl).
    QJsonObject toJson(const QString &baseUrl) const;
    /// The verify.v2.service.verification_check shape.
    QJsonObject checkJson() const;
};

} // namespace Vortex::Core::Twin
