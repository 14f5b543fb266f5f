// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Vortex::Core::Relay {

/// One webhook the relay accepted, as stored and as served on the console feed.
struct RelayEvent
{
    enum class Kind { MessageStatus, InboundMessage };

    qint64 id = 0; ///< monotonic cursor, assigned by the store
    Kind kind = Kind::MessageStatus;
    QDateTime receivedAt;
    QString messageSid;
    QString status;
    std::optional<int> errorCode;
    QString from;
    QString to;
    QString body;
    QString accountSid;
    QJsonObject params; ///< every form field as received (repeated keys become arrays)

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);

    /// The feed's JSON shape: id, kind, receivedAt, messageSid, status, errorCode, from, to,
    /// body, accountSid, params.
    QJsonObject toJson() const;
    static std::optional<RelayEvent> fromJson(const QJsonObject &object);
};

} // namespace Vortex::Core::Relay

Q_DECLARE_METATYPE(Vortex::Core::Relay::RelayEvent)
