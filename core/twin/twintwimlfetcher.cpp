// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twintwimlfetcher.h"

#include "core/common/logging.h"
#include "core/twilio/signature.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace Vortex::Core::Twin {

namespace {

QNetworkRequest signedRequest(const QByteArray &authToken, const QString &url,
                              const Twilio::FormParams &signedParams)
{
    QNetworkRequest request{QUrl(url)};
    request.setRawHeader(QByteArrayLiteral("X-Twilio-Signature"),
                         Twilio::RequestSignature::compute(authToken, url, signedParams));
    request.setRawHeader(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("TwilioProxy/1.1"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("*/*"));
    request.setTransferTimeout(TwinTwimlFetcher::TimeoutMs);
    return request;
}

} // namespace

TwinTwimlFetcher::TwinTwimlFetcher(QByteArray authToken, QObject *parent)
    : QObject(parent)
    , m_authToken(std::move(authToken))
    , m_network(new QNetworkAccessManager(this))
{}

QString TwinTwimlFetcher::withQuery(const QString &url, const Twilio::FormParams &params)
{
    if (params.isEmpty())
        return url;
    const QChar separator = url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    return url + separator + QString::fromUtf8(params.encode());
}

int TwinTwimlFetcher::pending() const
{
    int count = m_fetching;
    for (const auto &queue : m_callbacks)
        count += static_cast<int>(queue.size());
    return count;
}

void TwinTwimlFetcher::fetch(const QString &method, const QString &url,
                             const Twilio::FormParams &params, QObject *context, Done done)
{
    QNetworkReply *reply = nullptr;
    if (method == QLatin1String("GET")) {
        // GET webhooks are signed over the full URL with the params in its query, nothing else.
        const QString full = withQuery(url, params);
        reply = m_network->get(signedRequest(m_authToken, full, {}));
    } else {
        QNetworkRequest request = signedRequest(m_authToken, url, params);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_network->post(request, params.encode());
    }
    ++m_fetching;
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, done = std::move(done)] {
        reply->deleteLater();
        --m_fetching;
        TwimlFetchResult result;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        if (reply->error() != QNetworkReply::NoError || result.httpStatus < 200
            || result.httpStatus >= 300)
            result.errorCode = 11200;
        else if (result.body.size() > MaxBodyBytes)
            result.errorCode = 11750;
        else if (!type.isEmpty() && !type.contains(QLatin1String("xml"), Qt::CaseInsensitive))
            result.errorCode = 12300;
        if (result.errorCode != 0)
            qCDebug(lcTwin) << "TwiML request failed:" << result.errorCode << result.httpStatus
                            << reply->errorString();
        if (guard)
            done(result);
    });
}

void TwinTwimlFetcher::sendGetCallback(const QString &key, const QString &url,
                                       const Twilio::FormParams &params)
{
    QList<Callback> &queue = m_callbacks[key];
    queue.append({url, params});
    if (queue.size() == 1)
        sendHead(key);
}

void TwinTwimlFetcher::sendHead(const QString &key)
{
    const auto it = m_callbacks.find(key);
    if (it == m_callbacks.end() || it->isEmpty())
        return;
    const QString full = withQuery(it->first().url, it->first().params);
    QNetworkReply *reply = m_network->get(signedRequest(m_authToken, full, {}));
    connect(reply, &QNetworkReply::finished, this, [this, reply, key] {
        reply->deleteLater();
        const auto queue = m_callbacks.find(key);
        if (queue == m_callbacks.end())
            return;
        queue->removeFirst();
        if (queue->isEmpty())
            m_callbacks.erase(queue);
        else
            sendHead(key);
    });
}

} // namespace Vortex::Core::Twin
