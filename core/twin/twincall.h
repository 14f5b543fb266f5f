// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Vortex::Core::Twin {

/// One outbound API call as the twin stores it; toJson() renders Twilio's 2010 Call resource.
struct TwinCall
{
    QString sid;
    QString accountSid;
    QString from;
    QString to;
    QString toRegion;    ///< ISO region of To (libphonenumber); "" when To is not a valid number
    bool toValid = true; ///< libphonenumber accepts To; an invalid number fails after dialing
    /// Resource status: queued, ringing, in-progress, completed, busy, failed, no-answer,
    /// canceled ("initiated" is a callback event only; the resource stays queued).
    QString status = QStringLiteral("queued");
    QString answeredBy; ///< "" = null; human, machine_start, machine_end_beep, …
    QString url;        ///< TwiML URL ("" when Twiml was given)
    QString method = QStringLiteral("POST");
    QString twiml; ///< inline TwiML
    QString statusCallback;
    QString statusCallbackMethod = QStringLiteral("POST");
    QStringList statusCallbackEvents; ///< subscribed events; "completed" is always sent
    int timeoutSeconds = 60;
    QString machineDetection; ///< "", "Enable" or "DetectMessageEnd"
    qint64 queueTimeMs = 0;
    int durationSeconds = -1; ///< -1 = null (not answered or still going)
    QString price;            ///< "" = null; otherwise a negative decimal string
    QString priceUnit;
    QDateTime dateCreated;
    QDateTime dateUpdated;
    QDateTime startTime; ///< invalid = null; set when the call is dialed
    QDateTime endTime;   ///< invalid = null
    QDateTime answeredAt;
    quint64 index = 0;      ///< order of creation, seeds the call's PRNG
    int sequenceNumber = 0; ///< next status callback's SequenceNumber

    bool isFinal() const;
    QString uri() const;
    QJsonObject toJson() const;

    /// "(201) 555-0123" for NANP numbers, the E.164 string otherwise (as Twilio formats).
    static QString formatted(const QString &e164);
};

} // namespace Vortex::Core::Twin
