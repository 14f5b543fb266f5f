// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/twilio/createmessagerequest.h"
#include "core/twilio/credentials.h"
#include "core/twilio/endpoints.h"
#include "core/twilio/messagefilter.h"
#include "core/twilio/messagejob.h"
#include "core/twilio/messagelistjob.h"
#include "core/twilio/messagepagejob.h"
#include "core/twilio/restcall.h"
#include "core/twilio/retrypolicy.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class QNetworkAccessManager;
class QNetworkRequest;

namespace Vortex::Core::Twilio {

/// Asynchronous Twilio REST client for one account, living in one thread (it owns that thread's
/// QNetworkAccessManager). Calls return jobs (see TwilioJob): connect to finished(), then
/// start(). Every request carries Basic auth, Accept: application/json, the User-Agent
/// "vortex-alert-console/<version>" and a transfer timeout. Transient failures
/// (TwilioError::isTransient) are retried by the RetryPolicy; at most maxInFlight() HTTP
/// requests are on the wire at once, the rest wait in a FIFO queue.
///
/// Caveat: a POST retried after a network error or timeout may have reached Twilio the first
/// time, so a message can be created twice; the engine reconciles by listing messages.
/// 429/5xx replies are safe to retry (Twilio did not process the request).
class TwilioClient : public QObject
{
    Q_OBJECT

public:
    TwilioClient(const Credentials &credentials, const Endpoints &endpoints,
                 QObject *parent = nullptr);
    ~TwilioClient() override;

    const Credentials &credentials() const { return m_credentials; }
    const Endpoints &endpoints() const { return m_endpoints; }

    /// Shares the thread's QNetworkAccessManager instead of the client's own (not owned; it
    /// must live in this client's thread and outlive it). Null restores the client's own.
    void setNetworkAccessManager(QNetworkAccessManager *manager);

    int transferTimeoutMs() const { return m_transferTimeoutMs; } ///< default 30000
    void setTransferTimeoutMs(int ms);
    int maxInFlight() const { return m_maxInFlight; } ///< default 10
    void setMaxInFlight(int requests);
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy &policy);

    /// POST /2010-04-01/Accounts/{AccountSid}/Messages.json
    MessageJob *createMessage(const CreateMessageRequest &request);
    /// GET …/Messages/{sid}.json
    MessageJob *fetchMessage(const QString &sid);
    /// GET …/Messages.json with the filter: the first page.
    MessagePageJob *listMessagesPage(const MessageFilter &filter);
    /// GET a page by its relative next_page_uri (joined onto the api base URL).
    MessagePageJob *fetchMessagePage(const QString &pageUri);
    /// Collects pages (following next_page_uri) until \a limit messages or the last page.
    MessageListJob *listMessages(const MessageFilter &filter, int limit = 1000);

    /// Low-level: a request to any product (verify, lookups, …) with this client's auth,
    /// timeout, retry and cap. \a encodedPath is host-relative and percent-encoded; a null
    /// \a formBody means no body. The caller owns the call (\a parent).
    RestCall *createRestCall(const QByteArray &method, Endpoints::Product product,
                             const QByteArray &encodedPath, const QByteArray &formBody,
                             QObject *parent);

    int inFlight() const { return int(m_running.size()); }
    int queued() const { return int(m_queue.size()); }
    /// HTTP requests put on the wire since construction (retries included).
    int requestsSent() const { return m_requestsSent; }
    /// The highest inFlight() seen since construction.
    int peakInFlight() const { return m_peakInFlight; }

private:
    friend class RestCall;
    friend class MessageListJob;

    QByteArray accountPath() const;
    RestCall *createListCall(const MessageFilter &filter, QObject *parent);
    RestCall *createPageCall(const QString &pageUri, QObject *parent);
    QNetworkRequest buildRequest(const QUrl &url) const;
    void enqueue(RestCall *call);
    void dequeue(RestCall *call);
    void release(RestCall *call);
    void pump();

    Credentials m_credentials;
    Endpoints m_endpoints;
    RetryPolicy m_retryPolicy;
    QNetworkAccessManager *m_ownNam = nullptr;
    QPointer<QNetworkAccessManager> m_nam;
    int m_transferTimeoutMs = 30000;
    int m_maxInFlight = 10;
    QList<RestCall *> m_queue;
    QSet<RestCall *> m_running;
    int m_requestsSent = 0;
    int m_peakInFlight = 0;
};

} // namespace Vortex::Core::Twilio
