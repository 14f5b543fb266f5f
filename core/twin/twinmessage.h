// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Vortex::Core::Twin {

/// One message as the twin stores it; toJson() renders Twilio's 2010 Message resource.
struct TwinMessage
{
    QString sid;
    QString accountSid;
    QString messagingServiceSid;
    QString from;
    QString to;
    QString body;
    QString direction = QStringLiteral("outbound-api");
    QString status = QStringLiteral("queued");
    QStringList mediaUrls;
    int numSegments = 1;
    int errorCode = 0; ///< 0 = null
    QString price;     ///< empty = null; otherwise negative decimal string
    QString priceUnit;
    QString statusCallback;
    int validityPeriodSeconds = 36000;
    QString toRegion; ///< ISO region of To (libphonenumber)
    QDateTime dateCreated;
    QDateTime dateUpdated;
    QDateTime dateSent; ///< invalid = null
    quint64 index = 0;  ///< order among outbound messages, seeds the outcome PRNG
    QString channel = QStringLiteral("sms"); ///< "sms" or "whatsapp" (from the addresses)
    QString contentSid;                      ///< HX… template the body was rendered from
    QString templateCategory; ///< the template's WhatsApp category (fee), "" for none
    int pendingError = 0;     ///< an asynchronous failure decided at create (e.g. 63028)

    bool isFinal() const;
    QString uri() const;
    QJsonObject toJson() const;

    /// "Fri, 24 May 2019 17:44:50 +0000"
    static QString rfc2822(const QDateTime &utc);
};

} // namespace Vortex::Core::Twin
