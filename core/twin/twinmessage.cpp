// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinmessage.h"

#include "core/twilio/errordictionary.h"

#include <QLocale>

namespace Vortex::Core::Twin {

namespace {

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

bool TwinMessage::isFinal() const
{
    static const QStringList finals
        = {QStringLiteral("delivered"), QStringLiteral("undelivered"), QStringLiteral("failed"),
           QStringLiteral("received"),  QStringLiteral("canceled"),    QStringLiteral("read")};
    return finals.contains(status);
}

QString TwinMessage::uri() const
{
    return QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json").arg(accountSid, sid);
}

QString TwinMessage::rfc2822(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    // Twilio always renders English day and month names in GMT, whatever the host locale.
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
           + QStringLiteral(" +0000");
}

QJsonObject TwinMessage::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("account_sid"), accountSid);
    o.insert(QLatin1String("api_version"), QStringLiteral("2010-04-01"));
    o.insert(QLatin1String("body"), body);
    o.insert(QLatin1String("date_created"), rfc2822(dateCreated));
    o.insert(QLatin1String("date_sent"), stringOrNull(rfc2822(dateSent)));
    o.insert(QLatin1String("date_updated"), rfc2822(dateUpdated));
    o.insert(QLatin1String("direction"), direction);
    o.insert(QLatin1String("error_code"),
             errorCode == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(errorCode));
    o.insert(QLatin1String("error_message"),
             errorCode == 0 ? QJsonValue(QJsonValue::Null)
                            : QJsonValue(Twilio::ErrorDictionary::lookup(errorCode).message));
    o.insert(QLatin1String("from"), stringOrNull(from));
    o.insert(QLatin1String("messaging_service_sid"), stringOrNull(messagingServiceSid));
    o.insert(QLatin1String("num_media"), QString::number(mediaUrls.size()));
    o.insert(QLatin1String("num_segments"), QString::number(numSegments));
    o.insert(QLatin1String("price"), stringOrNull(price));
    o.insert(QLatin1String("price_unit"), stringOrNull(priceUnit));
    o.insert(QLatin1String("sid"), sid);
    o.insert(QLatin1String("status"), status);
    const QString base = QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2").arg(accountSid, sid);
    QJsonObject subresources;
    subresources.insert(QLatin1String("media"), QString(base + QStringLiteral("/Media.json")));
    subresources.insert(QLatin1String("feedback"),
                        QString(base + QStringLiteral("/Feedback.json")));
    o.insert(QLatin1String("subresource_uris"), subresources);
    o.insert(QLatin1String("to"), to);
    o.insert(QLatin1String("uri"), uri());
    return o;
}

} // namespace Vortex::Core::Twin
