// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twincall.h"

#include "twinmessage.h"

namespace Vortex::Core::Twin {

namespace {

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue dateOrNull(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(TwinMessage::rfc2822(when)) : QJsonValue(QJsonValue::Null);
}

} // namespace

bool TwinCall::isFinal() const
{
    static const QStringList finals
        = {QStringLiteral("completed"), QStringLiteral("busy"), QStringLiteral("failed"),
           QStringLiteral("no-answer"), QStringLiteral("canceled")};
    return finals.contains(status);
}

QString TwinCall::uri() const
{
    return QStringLiteral("/2010-04-01/Accounts/%1/Calls/%2.json").arg(accountSid, sid);
}

QString TwinCall::formatted(const QString &e164)
{
    // NANP numbers are "+1" and ten digits; everything else stays in E.164, as Twilio shows it.
    if (e164.size() == 12 && e164.startsWith(QLatin1String("+1")))
        return QStringLiteral("(%1) %2-%3").arg(e164.mid(2, 3), e164.mid(5, 3), e164.mid(8, 4));
    return e164;
}

QJsonObject TwinCall::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("account_sid"), accountSid);
    o.insert(QLatin1String("answered_by"), stringOrNull(answeredBy));
    o.insert(QLatin1String("api_version"), QStringLiteral("2010-04-01"));
    o.insert(QLatin1String("caller_name"), QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("date_created"), dateOrNull(dateCreated));
    o.insert(QLatin1String("date_updated"), dateOrNull(dateUpdated));
    o.insert(QLatin1String("direction"), QStringLiteral("outbound-api"));
    o.insert(QLatin1String("duration"), durationSeconds < 0
                                            ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(QString::number(durationSeconds)));
    o.insert(QLatin1String("end_time"), dateOrNull(endTime));
    o.insert(QLatin1String("forwarded_from"), QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("from"), from);
    o.insert(QLatin1String("from_formatted"), formatted(from));
    o.insert(QLatin1String("group_sid"), QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("parent_call_sid"), QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("phone_number_sid"), QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("price"), stringOrNull(price));
    o.insert(QLatin1String("price_unit"), stringOrNull(priceUnit));
    o.insert(QLatin1String("queue_time"), QString::number(queueTimeMs));
    o.insert(QLatin1String("sid"), sid);
    o.insert(QLatin1String("start_time"), dateOrNull(startTime));
    o.insert(QLatin1String("status"), status);
    const QString base = QStringLiteral("/2010-04-01/Accounts/%1/Calls/%2/").arg(accountSid, sid);
    QJsonObject subresources;
    for (const char *name :
         {"notifications", "recordings", "payments", "events", "siprec", "streams",
          "transcriptions", "user_defined_message_subscriptions", "user_defined_messages"}) {
        QString file = QString::fromLatin1(name);
        // notifications → Notifications.json, user_defined_messages → UserDefinedMessages.json
        QString camel;
        bool upper = true;
        for (const QChar c : file) {
            if (c == QLatin1Char('_')) {
                upper = true;
                continue;
            }
            camel += upper ? c.toUpper() : c;
            upper = false;
        }
        subresources.insert(file, QString(base + camel + QStringLiteral(".json")));
    }
    o.insert(QLatin1String("subresource_uris"), subresources);
    o.insert(QLatin1String("to"), to);
    o.insert(QLatin1String("to_formatted"), formatted(to));
    o.insert(QLatin1String("trunk_sid"), QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("uri"), uri());
    return o;
}

} // namespace Vortex::Core::Twin
