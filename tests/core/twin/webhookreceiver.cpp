// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "webhookreceiver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace Vortex::Test {

WebhookReceiver::WebhookReceiver()
{
    m_server.route(QStringLiteral("/<arg>"), [this](const QString &,
                                                    const QHttpServerRequest &request) {
        ReceivedWebhook hook;
        hook.path = request.url().path();
        hook.signature = request.value(QByteArrayLiteral("x-twilio-signature"));
        hook.contentType = request.value(QByteArrayLiteral("content-type"));
        Core::Twilio::FormParams::decode(request.body(), &hook.params);
        m_received.append(hook);
        const int status = m_statuses.isEmpty() ? 200 : m_statuses.takeFirst();
        return QHttpServerResponse(QByteArrayLiteral("text/xml"), QByteArrayLiteral("<Response/>"),
                                   static_cast<QHttpServerResponder::StatusCode>(status));
    });
}

bool WebhookReceiver::listen()
{
    m_port = m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
    return m_port != 0;
}

QUrl WebhookReceiver::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

QList<ReceivedWebhook> WebhookReceiver::forSid(const QString &sid) const
{
    QList<ReceivedWebhook> result;
    for (const ReceivedWebhook &hook : m_received) {
        if (hook.params.value(QStringLiteral("MessageSid")) == sid)
            result.append(hook);
    }
    return result;
}

} // namespace Vortex::Test
