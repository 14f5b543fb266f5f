// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinwebhooksender.h"

#include "core/common/logging.h"
#include "core/twilio/signature.h"
#include "twinchaos.h"

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

namespace {

// Status callbacks of messages (SM…/MM…, not the inbound "received" webhook) and of calls
// (CA…) are the ones chaos may touch.
bool isStatusCallback(const QString &sid, const QString &status)
{
    if (sid.startsWith(QLatin1String("CA")))
        return true;
    return (sid.startsWith(QLatin1String("SM")) || sid.startsWith(QLatin1String("MM")))
           && status != QLatin1String("received");
}

bool isFinalStatus(const QString &status)
{
    static const QStringList finals{QStringLiteral("delivered"), QStringLiteral("undelivered"),
                                    QStringLiteral("failed"),    QStringLiteral("read"),
                                    QStringLiteral("canceled"),  QStringLiteral("completed"),
                                    QStringLiteral("busy"),      QStringLiteral("no-answer")};
    return finals.contains(status);
}

} // namespace

void TwinWebhookSender::post(const QString &sid, const QString &status, const QString &url,
                             const Twilio::FormParams &params)
{
    const Pending pending{status, url, params, 0};
    if (!m_chaos || !isStatusCallback(sid, status)) {
        enqueue(sid, pending);
        return;
    }
    switch (m_chaos->callbackAction(sid, status, isFinalStatus(status))) {
    case TwinChaos::CallbackAction::Hold:
        m_held[sid].append(pending);
        return;
    case TwinChaos::CallbackAction::Drop:
        break;
    case TwinChaos::CallbackAction::Duplicate:
        // The same form and URL, hence the same signature and idempotency token.
        enqueue(sid, pending);
        enqueue(sid, pending);
        break;
    case TwinChaos::CallbackAction::Send:
        enqueue(sid, pending);
        break;
    }
    // What was held back goes out after this (later) status: delivered before sent.
    for (const Pending &held : m_held.take(sid))
        enqueue(sid, held);
}

void TwinWebhookSender::enqueue(const QString &sid, const Pending &pending)
{
    QList<Pending> &queue = m_queues[sid];
    queue.append(pending);
    if (queue.size() == 1)
        sendHead(sid);
}

int TwinWebhookSender::pendingCount() const
{
    int count = 0;
    for (const auto &queue : m_queues)
        count += static_cast<int>(queue.size());
    for (const auto &held : m_held)
        count += static_cast<int>(held.size());
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
