// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "webhookparser.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Vortex::Core::Relay {

namespace {

bool isSid(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{2}[0-9a-fA-F]{32}$"));
    return pattern.match(value).hasMatch();
}

} // namespace

bool WebhookParser::isKnownMessageStatus(const QString &status)
{
    static const QStringList statuses = {
        QStringLiteral("queued"),    QStringLiteral("sending"),
        QStringLiteral("sent"),      QStringLiteral("failed"),
        QStringLiteral("delivered"), QStringLiteral("undelivered"),
        QStringLiteral("receiving"), QStringLiteral("received"),
        QStringLiteral("accepted"),  QStringLiteral("scheduled"),
        QStringLiteral("read"),      QStringLiteral("partially_delivered"),
        QStringLiteral("canceled"),
    };
    return statuses.contains(status);
}

QJsonObject WebhookParser::paramsToJson(const Twilio::FormParams &params)
{
    QJsonObject object;
    for (const auto &[key, value] : params.items()) {
        const auto existing = object.constFind(key);
        if (existing == object.constEnd()) {
            object.insert(key, value);
        } else if (existing->isArray()) {
            QJsonArray values = existing->toArray();
            values.append(value);
            object.insert(key, values);
        } else {
            object.insert(key, QJsonArray{existing->toString(), value});
        }
    }
    return object;
}

Result<RelayEvent, QString> WebhookParser::parse(RelayEvent::Kind kind,
                                                 const Twilio::FormParams &params)
{
    RelayEvent event;
    event.kind = kind;
    // SmsSid / SmsMessageSid are legacy aliases Twilio still sends alongside MessageSid.
    event.messageSid
        = params.value(QStringLiteral("MessageSid"), params.value(QStringLiteral("SmsSid")));
    if (event.messageSid.isEmpty())
        return fail(QStringLiteral("MessageSid is missing"));
    if (!isSid(event.messageSid))
        return fail(QStringLiteral("MessageSid is not a Twilio SID"));
    if (kind == RelayEvent::Kind::MessageStatus) {
        event.status = params.value(QStringLiteral("MessageStatus"),
                                    params.value(QStringLiteral("SmsStatus")));
        if (event.status.isEmpty())
            return fail(QStringLiteral("MessageStatus is missing"));
    } else {
        event.status = params.value(QStringLiteral("SmsStatus"), QStringLiteral("received"));
        event.body = params.value(QStringLiteral("Body"));
    }
    // Twilio adds statuses over time; a signed event with a status this relay does not know yet
    // is still stored (the console ranks unknown statuses below every known one). Only values
    // that cannot be a status word are refused.
    static const QRegularExpression statusWord(QStringLiteral("^[a-z][a-z_-]{0,39}$"));
    if (!isKnownMessageStatus(event.status) && !statusWord.match(event.status).hasMatch())
        return fail(QStringLiteral("MessageStatus is not a status"));
    const QString errorCode = params.value(QStringLiteral("ErrorCode"));
    if (!errorCode.isEmpty()) {
        bool ok = false;
        const int code = errorCode.toInt(&ok);
        if (!ok || code < 0)
            return fail(QStringLiteral("ErrorCode is not a number"));
        event.errorCode = code;
    }
    event.accountSid = params.value(QStringLiteral("AccountSid"));
    if (!event.accountSid.isEmpty() && !isSid(event.accountSid))
        return fail(QStringLiteral("AccountSid is not a Twilio SID"));
    event.from = params.value(QStringLiteral("From"));
    event.to = params.value(QStringLiteral("To"));
    event.params = paramsToJson(params);
    return event;
}

QString WebhookParser::dedupeKey(const RelayEvent &event)
{
    // Inbound messages are unique per MessageSid; status callbacks per (MessageSid, status).
    if (event.kind == RelayEvent::Kind::InboundMessage)
        return QStringLiteral("in:") + event.messageSid;
    return QStringLiteral("st:") + event.messageSid + QLatin1Char(':') + event.status;
}

} // namespace Vortex::Core::Relay
