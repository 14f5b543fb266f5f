// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/twilio/message.h"

#include "core/twilio/rfc2822.h"

#include <QJsonDocument>

namespace Vortex::Core::Twilio {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// Twilio sends counts as strings ("1"); be liberal and also accept JSON numbers.
bool intField(const QJsonObject &o, const char *key, int *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined()) {
        *out = 0;
        return true;
    }
    if (v.isDouble()) {
        *out = v.toInt();
        return true;
    }
    if (!v.isString())
        return false;
    bool ok = false;
    *out = v.toString().trimmed().toInt(&ok);
    return ok || v.toString().isEmpty();
}

bool dateField(const QJsonObject &o, const char *key, QDateTime *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined() || v.toString().isEmpty()) {
        *out = {};
        return true;
    }
    *out = parseRfc2822Date(v.toString());
    return out->isValid();
}

} // namespace

Result<Message, TwilioError> Message::fromJson(const QJsonObject &o)
{
    Message m;
    m.sid = str(o, "sid");
    if (m.sid.isEmpty())
        return fail(TwilioError::parse(QStringLiteral("message without sid")));
    m.accountSid = str(o, "account_sid");
    m.messagingServiceSid = str(o, "messaging_service_sid");
    m.from = str(o, "from");
    m.to = str(o, "to");
    m.body = str(o, "body");
    m.status = str(o, "status");
    m.direction = str(o, "direction");
    m.priceUnit = str(o, "price_unit");
    m.errorMessage = str(o, "error_message");
    m.uri = str(o, "uri");
    if (!intField(o, "num_segments", &m.numSegments) || !intField(o, "num_media", &m.numMedia)
        || !intField(o, "error_code", &m.errorCode))
        return fail(TwilioError::parse(QStringLiteral("message %1: bad number").arg(m.sid)));

    const QJsonValue price = o.value(QLatin1String("price"));
    if (price.isString() && !price.toString().isEmpty()) {
        m.price = price.toString();
        bool ok = false;
        const double value = m.price.toDouble(&ok);
        if (!ok)
            return fail(TwilioError::parse(QStringLiteral("message %1: bad price").arg(m.sid)));
        m.priceValue = value;
    } else if (price.isDouble()) {
        m.priceValue = price.toDouble();
        m.price = QString::number(*m.priceValue, 'f', 5);
    }

    if (!dateField(o, "date_created", &m.dateCreated)
        || !dateField(o, "date_updated", &m.dateUpdated) || !dateField(o, "date_sent", &m.dateSent))
        return fail(TwilioError::parse(QStringLiteral("message %1: bad date").arg(m.sid)));
    return m;
}

Result<Message, TwilioError> Message::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(TwilioError::parse(QStringLiteral("message: not a JSON object")));
    return fromJson(doc.object());
}

} // namespace Vortex::Core::Twilio
