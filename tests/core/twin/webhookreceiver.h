// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/twilio/formparams.h"

#include <QHttpServer>
#include <QList>
#include <QUrl>

namespace Vortex::Test {

/// One webhook the receiver got.
struct ReceivedWebhook
{
    QString path;
    QByteArray signature;
    QByteArray contentType;
    Core::Twilio::FormParams params;
};

/// A small QHttpServer on 127.0.0.1:0 that records every POST it gets and answers with the
/// next queued status (200 once the queue is empty).
class WebhookReceiver
{
public:
    WebhookReceiver();
    bool listen();
    QUrl url(const QString &path) const;
    void queueStatuses(const QList<int> &statuses) { m_statuses = statuses; }
    const QList<ReceivedWebhook> &received() const { return m_received; }
    QList<ReceivedWebhook> forSid(const QString &sid) const;

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    QList<int> m_statuses;
    QList<ReceivedWebhook> m_received;
};

} // namespace Vortex::Test
