// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/twilio/formparams.h"

#include <QHash>
#include <QList>
#include <QObject>

class QNetworkAccessManager;

namespace Vortex::Core::Twin {

class TwinChaos;

/// Posts signed webhooks (status callbacks, inbound SMS) the way Twilio does: form-encoded,
/// X-Twilio-Signature over the exact configured URL, in order per message, with a few modest
/// retries on connection errors and 5xx. With a chaos profile, message and call status callbacks
/// may be dropped, duplicated, or held back until the resource's next status has gone out.
class TwinWebhookSender : public QObject
{
    Q_OBJECT

public:
    explicit TwinWebhookSender(QByteArray authToken, QObject *parent = nullptr);

    void post(const QString &sid, const QString &status, const QString &url,
              const Twilio::FormParams &params);
    /// Held-back (reordered) callbacks count as pending.
    int pendingCount() const;
    /// Consulted for every message or call status callback (not for inbound webhooks); may be
    /// null.
    void setChaos(TwinChaos *chaos) { m_chaos = chaos; }

    static constexpr int MaxAttempts = 3;
    static constexpr int TimeoutMs = 15000; // Twilio gives up after 15 s (11200)

Q_SIGNALS:
    /// httpStatus is 0 when the connection failed; emitted once per webhook, after retries.
    void delivered(const QString &sid, const QString &status, int httpStatus);

private:
    struct Pending
    {
        QString status;
        QString url;
        Twilio::FormParams params;
        int attempt = 0;
    };

    void enqueue(const QString &sid, const Pending &pending);
    void sendHead(const QString &sid);
    void finishHead(const QString &sid, int httpStatus);

    QByteArray m_authToken;
    QNetworkAccessManager *m_network;
    QHash<QString, QList<Pending>> m_queues; // per message; the head is in flight
    QHash<QString, QList<Pending>> m_held;   // chaos: posted after the message's next callback
    TwinChaos *m_chaos = nullptr;
};

} // namespace Vortex::Core::Twin
