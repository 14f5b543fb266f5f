// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinwebhooksender.h"

#include "core/common/logging.h"
#include "core/twilio/signature.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace Vortex::Core::Twin {

TwinWebhookSender::TwinWebhookSender(QByteArray authToken, QObject *parent)
    : QObject(parent)
    , m_authToken(std::move(authToken))
    , m_network(new QNetworkAccessManager(this))
{}

void TwinWebhookSender::post(const QString &sid, const QString &status, const QString &url,
                             const Twilio::FormParams &params)
{
    QList<Pending> &queue = m_queues[sid];
    queue.append({status, url, params, 0});
    if (queue.size() == 1)
        sendHead(sid);
}

int TwinWebhookSender::pendingCount() const
{
    int count = 0;
    for (const auto &queue : m_queues)
        count += static_cast<int>(queue.size());
    return count;
}

void TwinWebhookSender::sendHead(const QString &sid)
{
    const auto it = m_queues.find(sid);
    if (it == m_queues.end() || it->isEmpty())
        return;
    Pending &head = it->first();
    ++head.attempt;
    QNetworkRequest request{QUrl(head.url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("X-Twilio-Signature"),
                         Twilio::RequestSignature::compute(m_authToken, head.url, head.params));
    request.setRawHeader(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("TwilioProxy/1.1"));
    request.setRawHeader(QByteArrayLiteral("I-Twilio-Idempotency-Token"),
                         sid.toLatin1() + '-' + head.status.toLatin1());
    request.setTransferTimeout(TimeoutMs);
    QNetworkReply *reply = m_network->post(request, head.params.encode());
    connect(reply, &QNetworkReply::finished, this, [this, reply, sid] {
        reply->deleteLater();
        const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        finishHead(sid, httpStatus);
    });
}

void TwinWebhookSender::finishHead(const QString &sid, int httpStatus)
{
    const auto it = m_queues.find(sid);
    if (it == m_queues.end() || it->isEmpty())
        return;
    const Pending &head = it->first();
    const bool retryable = httpStatus == 0 || httpStatus >= 500;
    if (retryable && head.attempt < MaxAttempts) {
        // Twilio retries little; a short backoff (0.5 s, 1.5 s) is enough for a restarting relay.
        const int backoffMs = head.attempt == 1 ? 500 : 1500;
        qCDebug(lcTwin) << "webhook for" << sid << head.status << "failed with" << httpStatus
                        << "; retry in" << backoffMs << "ms";
        QTimer::singleShot(backoffMs, this, [this, sid] { sendHead(sid); });
        return;
    }
    const QString status = head.status;
    it->removeFirst();
    if (it->isEmpty())
        m_queues.erase(it);
    else
        sendHead(sid);
    Q_EMIT delivered(sid, status, httpStatus);
}

} // namespace Vortex::Core::Twin
