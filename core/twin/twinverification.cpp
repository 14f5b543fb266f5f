// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinverification.h"

#include "twinverifyservice.h"

#include <QJsonArray>
#include <QJsonValue>

namespace Vortex::Core::Twin {

namespace {

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString attemptChannel(const QString &channel)
{
    // What Twilio reports in send_code_attempts (spec examples): "SMS", "EMAIL", "CALL", but
    // "whatsapp" in lower case.
    return channel == QLatin1String("whatsapp") ? channel : channel.toUpper();
}

QJsonObject coreFields(const TwinVerification &v)
{
    QJsonObject o;
    o.insert(QLatin1String("sid"), v.sid);
    o.insert(QLatin1String("service_sid"), v.serviceSid);
    o.insert(QLatin1String("account_sid"), v.accountSid);
    o.insert(QLatin1String("to"), v.to);
    o.insert(QLatin1String("channel"), v.channel);
    o.insert(QLatin1String("status"), v.status);
    o.insert(QLatin1String("valid"), v.isApproved());
    o.insert(QLatin1String("amount"), nullable(v.amount));
    o.insert(QLatin1String("payee"), nullable(v.payee));
    o.insert(QLatin1String("date_created"), TwinVerifyService::isoDate(v.createdMs));
    o.insert(QLatin1String("date_updated"), TwinVerifyService::isoDate(v.updatedMs));
    return o;
}

} // namespace

QJsonObject TwinVerification::toJson(const QString &baseUrl) const
{
    QJsonObject o = coreFields(*this);
    o.insert(QLatin1String("lookup"), QJsonObject());
    QJsonArray sends;
    for (const TwinSendAttempt &attempt : attempts) {
        sends.append(QJsonObject{{QLatin1String("time"), TwinVerifyService::isoDate(attempt.atMs)},
                                 {QLatin1String("channel"), attemptChannel(attempt.channel)},
                                 {QLatin1String("attempt_sid"), attempt.sid}});
    }
    o.insert(QLatin1String("send_code_attempts"), sends);
    o.insert(QLatin1String("sna"), QJsonValue(QJsonValue::Null));
    o.insert(
        QLatin1String("url"),
        QString(baseUrl + QStringLiteral("/v2/Services/%1/Verifications/%2").arg(serviceSid, sid)));
    return o;
}

QJsonObject TwinVerification::checkJson() const
{
    QJsonObject o = coreFields(*this);
    o.insert(QLatin1String("sna_attempts_error_codes"), QJsonArray());
    return o;
}

} // namespace Vortex::Core::Twin
