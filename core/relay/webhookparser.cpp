// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "webhookparser.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace Vortex::Core::Relay {

namespace {

bool isSid(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{2}[0-9a-fA-F]{32}$"));
    return pattern.match(value).hasMatch();
}

bool isDigits(const QString &value)
{
    return std::all_of(value.cbegin(), value.cend(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

/// DTMF keys: digits, '*' and '#'.
bool isKeys(const QString &value)
{
    return std::all_of(value.cbegin(), value.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('*')
               || c == QLatin1Char('#');
    });
}

} // namespace

bool WebhookParser::isKnownCallStatus(const QString &status)
{
    static const QStringList statuses = {
        QStringLiteral("queued"),      QStringLiteral("initiated"), QStringLiteral("ringing"),
        QStringLiteral("in-progress"), QStringLiteral("completed"), QStringLiteral("busy"),
        QStringLiteral("failed"),      QStringLiteral("no-answer"), QStringLiteral("canceled"),
    };
    return statuses.contains(status);
}

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
    const bool isCall
        = kind == RelayEvent::Kind::CallStatus || kind == RelayEvent::Kind::VoiceGather;
    const QString sidName = isCall ? QStringLiteral("CallSid") : QStringLiteral("MessageSid");
    if (isCall) {
        event.messageSid = params.value(QStringLiteral("CallSid"));
    } else {
        // SmsSid / SmsMessageSid are legacy aliases Twilio still sends alongside MessageSid.
        event.messageSid
            = params.value(QStringLiteral("MessageSid"), params.value(QStringLiteral("SmsSid")));
    }
    if (event.messageSid.isEmpty())
        return fail(sidName + QStringLiteral(" is missing"));
    if (!isSid(event.messageSid))
        return fail(sidName + QStringLiteral(" is not a Twilio SID"));
    QString statusName = QStringLiteral("MessageStatus");
    switch (kind) {
    case RelayEvent::Kind::MessageStatus:
        event.status = params.value(QStringLiteral("MessageStatus"),
                                    params.value(QStringLiteral("SmsStatus")));
        if (event.status.isEmpty())
            return fail(QStringLiteral("MessageStatus is missing"));
        break;
    case RelayEvent::Kind::InboundMessage:
        event.status = params.value(QStringLiteral("SmsStatus"), QStringLiteral("received"));
        event.body = params.value(QStringLiteral("Body"));
        break;
    case RelayEvent::Kind::CallStatus:
        statusName = QStringLiteral("CallStatus");
        event.status = params.value(QStringLiteral("CallStatus"));
        if (event.status.isEmpty())
            return fail(QStringLiteral("CallStatus is missing"));
        if (const QString sequence = params.value(QStringLiteral("SequenceNumber"));
            !sequence.isEmpty() && !isDigits(sequence))
            return fail(QStringLiteral("SequenceNumber is not a number"));
        break;
    case RelayEvent::Kind::VoiceGather:
        statusName = QStringLiteral("CallStatus");
        // A Gather posts while the call is in progress; CallStatus is there but not essential.
        event.status = params.value(QStringLiteral("CallStatus"), QStringLiteral("in-progress"));
        event.body = params.value(QStringLiteral("Digits"));
        if (event.body.size() > 64 || !isKeys(event.body))
            return fail(QStringLiteral("Digits is not a key sequence"));
        break;
    case RelayEvent::Kind::Intake:
        return fail(QStringLiteral("intake requests are not Twilio webhooks"));
    }
    // Twilio adds statuses over time; a signed event with a status this relay does not know yet
    // is still stored (the console ranks unknown statuses below every known one). Only values
    // that cannot be a status word are refused.
    static const QRegularExpression statusWord(QStringLiteral("^[a-z][a-z_-]{0,39}$"));
    const bool known
        = isCall ? isKnownCallStatus(event.status) : isKnownMessageStatus(event.status);
    if (!known && !statusWord.match(event.status).hasMatch())
        return fail(statusName + QStringLiteral(" is not a status"));
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
    if (!event.deliveryKey.isEmpty())
        return event.deliveryKey;
    const QLatin1Char sep(':');
    switch (event.kind) {
    case RelayEvent::Kind::InboundMessage:
        // Inbound messages are unique per MessageSid.
        return QStringLiteral("in:") + event.messageSid;
    case RelayEvent::Kind::MessageStatus:
        // Status callbacks per (MessageSid, status).
        return QStringLiteral("st:") + event.messageSid + sep + event.status;
    case RelayEvent::Kind::CallStatus:
        // Call progress events carry a SequenceNumber; Twilio's retry repeats it.
        return QStringLiteral("cs:") + event.messageSid + sep + event.status + sep
               + event.params.value(QStringLiteral("SequenceNumber")).toString();
    case RelayEvent::Kind::VoiceGather:
        return QStringLiteral("vg:") + event.messageSid + sep
               + event.params.value(QStringLiteral("script")).toString() + sep + event.body;
    case RelayEvent::Kind::Intake:
        break;
    }
    // Intake events get their deliveryKey from the relay; without one every event is new.
    return QStringLiteral("ik:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Vortex::Core::Relay
