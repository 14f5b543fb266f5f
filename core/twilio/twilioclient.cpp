// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/twilio/twilioclient.h"

#include "core/common/logging.h"
#include "core/phone/phonenumbers.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace Vortex::Core::Twilio {

TwilioClient::TwilioClient(const Credentials &credentials, const Endpoints &endpoints,
                           QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_endpoints(endpoints)
    , m_ownNam(new QNetworkAccessManager(this))
    , m_nam(m_ownNam)
{}

TwilioClient::~TwilioClient()
{
    // Jobs (our children) cancel their calls while the queue and the manager still exist.
    m_queue.clear();
    const auto jobs = findChildren<TwilioJob *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(jobs);
}

void TwilioClient::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    m_nam = manager ? manager : m_ownNam;
}

void TwilioClient::setTransferTimeoutMs(int ms)
{
    m_transferTimeoutMs = qMax(1, ms);
}

void TwilioClient::setMaxInFlight(int requests)
{
    m_maxInFlight = qMax(1, requests);
    pump();
}

void TwilioClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_retryPolicy = policy;
}

QByteArray TwilioClient::accountPath() const
{
    return "/2010-04-01/Accounts/" + QUrl::toPercentEncoding(m_credentials.accountSid());
}

RestCall *TwilioClient::createRestCall(const QByteArray &method, Endpoints::Product product,
                                       const QByteArray &encodedPath, const QByteArray &formBody,
                                       QObject *parent)
{
    return new RestCall(this, method, m_endpoints.join(product, encodedPath), formBody, parent);
}

MessageJob *TwilioClient::createMessage(const CreateMessageRequest &request)
{
    qCInfo(lcTwilio).noquote() << "create message to" << PhoneNumbers::masked(request.to);
    RestCall *call
        = createRestCall("POST", Endpoints::Product::Api, accountPath() + "/Messages.json",
                         request.toForm().encode(), nullptr);
    return new MessageJob(this, call);
}

MessageJob *TwilioClient::fetchMessage(const QString &sid)
{
    RestCall *call
        = createRestCall("GET", Endpoints::Product::Api,
                         accountPath() + "/Messages/" + QUrl::toPercentEncoding(sid) + ".json",
                         QByteArray(), nullptr);
    return new MessageJob(this, call);
}

RestCall *TwilioClient::createListCall(const MessageFilter &filter, QObject *parent)
{
    return createRestCall("GET", Endpoints::Product::Api,
                          accountPath() + "/Messages.json?" + filter.toQuery().encode(),
                          QByteArray(), parent);
}

RestCall *TwilioClient::createPageCall(const QString &pageUri, QObject *parent)
{
    return createRestCall("GET", Endpoints::Product::Api, pageUri.toUtf8(), QByteArray(), parent);
}

MessagePageJob *TwilioClient::listMessagesPage(const MessageFilter &filter)
{
    return new MessagePageJob(this, createListCall(filter, nullptr));
}

MessagePageJob *TwilioClient::fetchMessagePage(const QString &pageUri)
{
    return new MessagePageJob(this, createPageCall(pageUri, nullptr));
}

MessageListJob *TwilioClient::listMessages(const MessageFilter &filter, int limit)
{
    return new MessageListJob(this, filter, limit);
}

QNetworkRequest TwilioClient::buildRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", m_credentials.authorizationHeader());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Accept-Charset", "utf-8");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("vortex-alert-console/" VORTEX_VERSION));
    request.setTransferTimeout(m_transferTimeoutMs);
    // Redirects are not followed: a 3xx from Twilio is unexpected, and following it could hand
    // the Authorization header to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    return request;
}

void TwilioClient::enqueue(RestCall *call)
{
    m_queue.append(call);
    pump();
}

void TwilioClient::dequeue(RestCall *call)
{
    m_queue.removeAll(call);
}

void TwilioClient::release(RestCall *call)
{
    if (m_running.remove(call))
        pump();
}

void TwilioClient::pump()
{
    while (!m_queue.isEmpty() && m_running.size() < m_maxInFlight) {
        RestCall *call = m_queue.takeFirst();
        m_running.insert(call);
        ++m_requestsSent;
        m_peakInFlight = qMax(m_peakInFlight, int(m_running.size()));
        call->send(m_nam ? m_nam.data() : m_ownNam);
    }
}

} // namespace Vortex::Core::Twilio
