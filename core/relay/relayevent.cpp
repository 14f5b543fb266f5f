// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "relayevent.h"

#include <QJsonValue>

namespace Vortex::Core::Relay {

QString RelayEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::MessageStatus:
        return QStringLiteral("message-status");
    case Kind::InboundMessage:
        return QStringLiteral("inbound-message");
    case Kind::CallStatus:
        return QStringLiteral("call-status");
    case Kind::VoiceGather:
        return QStringLiteral("voice-gather");
    case Kind::Intake:
        return QStringLiteral("intake");
    }
    return {};
}

std::optional<RelayEvent::Kind> RelayEvent::kindFromName(const QString &name)
{
    for (Kind kind : {Kind::MessageStatus, Kind::InboundMessage, Kind::CallStatus,
                      Kind::VoiceGather, Kind::Intake}) {
        if (name == kindName(kind))
            return kind;
    }
    return std::nullopt;
}

QJsonObject RelayEvent::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("kind"), kindName(kind));
    object.insert(QStringLiteral("receivedAt"), receivedAt.toUTC().toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("messageSid"), messageSid);
    object.insert(QStringLiteral("status"), status);
    object.insert(QStringLiteral("errorCode"),
                  errorCode ? QJsonValue(*errorCode) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("from"), from);
    object.insert(QStringLiteral("to"), to);
    object.insert(QStringLiteral("body"), body);
    object.insert(QStringLiteral("accountSid"), accountSid);
    object.insert(QStringLiteral("params"), params);
    return object;
}

std::optional<RelayEvent> RelayEvent::fromJson(const QJsonObject &object)
{
    const auto kind = kindFromName(object.value(QStringLiteral("kind")).toString());
    const QJsonValue id = object.value(QStringLiteral("id"));
    if (!kind || !id.isDouble())
        return std::nullopt;
    RelayEvent event;
    event.id = id.toInteger();
    event.kind = *kind;
    event.receivedAt = QDateTime::fromString(object.value(QStringLiteral("receivedAt")).toString(),
                                             Qt::ISODateWithMs);
    event.messageSid = object.value(QStringLiteral("messageSid")).toString();
    event.status = object.value(QStringLiteral("status")).toString();
    const QJsonValue errorCode = object.value(QStringLiteral("errorCode"));
    if (errorCode.isDouble())
        event.errorCode = errorCode.toInt();
    event.from = object.value(QStringLiteral("from")).toString();
    event.to = object.value(QStringLiteral("to")).toString();
    event.body = object.value(QStringLiteral("body")).toString();
    event.accountSid = object.value(QStringLiteral("accountSid")).toString();
    event.params = object.value(QStringLiteral("params")).toObject();
    return event;
}

} // namespace Vortex::Core::Relay
