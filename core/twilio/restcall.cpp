// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/twilio/restcall.h"

#include "core/common/logging.h"
#include "core/twilio/twilioclient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace Vortex::Core::Twilio {

RestCall::RestCall(TwilioClient *client, const QByteArray &method, const QUrl &url,
                   const QByteArray &formBody, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_method(method)
    , m_url(url)
    , m_body(formBody)
{}

RestCall::~RestCall()
{
    // Deleted mid-flight (owner went away): give the slot back without emitting anything.
    if (m_client && m_state == State::Queued)
        m_client->dequeue(this);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        if (m_client)
            m_client->release(this);
    }
}

void RestCall::start()
{
    if (m_state != State::Idle)
        return;
    if (!m_client) {
        finish(fail(TwilioError::network(QStringLiteral("client gone"))));
        return;
    }
    if (!m_url.isValid() || m_url.isEmpty()) {
        finish(fail(TwilioError::parse(QStringLiteral("unusable request URL"))));
        return;
    }
    enqueue();
}

void RestCall::enqueue()
{
    m_state = State::Queued;
    m_client->enqueue(this);
}

void RestCall::abort()
{
    switch (m_state) {
    case State::Done:
        return;
    case State::Queued:
        if (m_client)
            m_client->dequeue(this);
        break;
    case State::Running:
        if (m_reply) {
            // abort() makes the reply emit finished(); onReplyFinished() reports Aborted.
            m_aborting = true;
            m_reply->abort();
            return;
        }
        break;
    case State::Idle:
    case State::Waiting:
        break;
    }
    ++m_generation; // a pending retry timer becomes a no-op
    finish(fail(TwilioError::aborted()));
}

void RestCall::send(QNetworkAccessManager *nam)
{
    m_state = State::Running;
    ++m_attempts;
    QNetworkRequest request = m_client->buildRequest(m_url);
    if (!m_body.isNull()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
    }
    // Only the path: the query may carry phone numbers (To/From filters).
    qCDebug(lcTwilio).noquote() << m_method << m_url.path() << "attempt" << m_attempts;
    if (m_method == "GET")
        m_reply = nam->get(request);
    else
        m_reply = nam->sendCustomRequest(request, m_method, m_body);
    connect(m_reply, &QNetworkReply::finished, this, &RestCall::onReplyFinished);
}

void RestCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_client)
        m_client->release(this);

    if (m_aborting) {
        finish(fail(TwilioError::aborted()));
        return;
    }
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    const QByteArray body = status > 0 ? reply->readAll() : QByteArray();

    TwilioError error;
    if (status >= 200 && status < 300) {
        finish(RestResponse{status, body});
        return;
    }
    if (status > 0) {
        error = TwilioError::fromHttpReply(status, body, reply->rawHeader("Retry-After"));
    } else if (reply->error() == QNetworkReply::OperationCanceledError
               || reply->error() == QNetworkReply::TimeoutError) {
        // We did not abort it ourselves, so the transfer timeout fired.
        error = TwilioError::timeout();
    } else {
        error = TwilioError::network(reply->errorString());
    }

    // A POST creates something (a message, a call). Repeating it is safe only when Twilio
    // cannot have acted on it: a 429 (never processed), a 503, or a connection that was never
    // made. After a timeout, a reset or a 500 the first attempt may have gone out — retrying
    // would page someone twice, so the caller gets the error and reconciles instead.
    const QNetworkReply::NetworkError netError = reply->error();
    const bool neverSent = netError == QNetworkReply::ConnectionRefusedError
                           || netError == QNetworkReply::HostNotFoundError
                           || netError == QNetworkReply::TemporaryNetworkFailureError
                           || netError == QNetworkReply::NetworkSessionFailedError;
    const bool safeToRepeat = m_method != "POST" || error.httpStatus == 429
                              || error.httpStatus == 503 || (status == 0 && neverSent);
    const RetryPolicy policy = m_client ? m_client->retryPolicy() : RetryPolicy();
    if (m_client && safeToRepeat && policy.shouldRetry(error, m_attempts)) {
        const int delay = policy.delayMs(m_attempts - 1, error.retryAfterMs);
        qCInfo(lcTwilio).noquote()
            << m_method << m_url.path() << error.logTag() << "retry in" << delay << "ms";
        m_state = State::Waiting;
        const quint64 generation = ++m_generation;
        QTimer::singleShot(delay, this, [this, generation] {
            if (m_state == State::Waiting && generation == m_generation && m_client)
                enqueue();
        });
        return;
    }
    qCInfo(lcTwilio).noquote() << m_method << m_url.path() << "failed:" << error.logTag() << "after"
                               << m_attempts << "attempt(s)";
    finish(fail(error));
}

void RestCall::finish(const RestResult &result)
{
    m_state = State::Done;
    Q_EMIT finished(result);
}

} // namespace Vortex::Core::Twilio
