// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/twilio/messagepage.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Vortex::Core::Twilio {

Result<MessagePage, TwilioError> MessagePage::fromJson(const QJsonObject &o)
{
    const QJsonValue list = o.value(QLatin1String("messages"));
    if (!list.isArray())
        return fail(TwilioError::parse(QStringLiteral("message page without a messages list")));
    MessagePage page;
    const QJsonArray array = list.toArray();
    page.messages.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (!v.isObject())
            return fail(TwilioError::parse(QStringLiteral("message page: entry not an object")));
        auto message = Message::fromJson(v.toObject());
        if (!message)
            return fail(message.error());
        page.messages.append(std::move(message).value());
    }
    page.nextPageUri = o.value(QLatin1String("next_page_uri")).toString();
    page.uri = o.value(QLatin1String("uri")).toString();
    page.page = o.value(QLatin1String("page")).toInt();
    page.pageSize = o.value(QLatin1String("page_size")).toInt();
    page.start = o.value(QLatin1String("start")).toInt();
    page.end = o.value(QLatin1String("end")).toInt();
    return page;
}

Result<MessagePage, TwilioError> MessagePage::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(TwilioError::parse(QStringLiteral("message page: not a JSON object")));
    return fromJson(doc.object());
}

} // namespace Vortex::Core::Twilio
