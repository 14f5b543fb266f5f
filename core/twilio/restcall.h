// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "core/twilio/twilioerror.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Vortex::Core::Twilio {

class TwilioClient;

/// A successful (2xx) HTTP reply.
struct RestResponse
{
    int httpStatus = 0;
    QByteArray body;
};

using RestResult = Result<RestResponse, TwilioError>;

/// One logical REST request with its retries: the transport under the typed jobs. It waits for
/// a slot of its client's in-flight cap, sends, classifies the reply into a TwilioError, and
/// retries transient failures after the client's RetryPolicy delay (QTimer::singleShot, never
/// blocking). Emits finished() exactly once. Created by TwilioClient::createRestCall().
class RestCall : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Queued, Running, Waiting, Done };

    ~RestCall() override;

    void start();
    /// Cancels the call wherever it is (queued, on the wire, waiting to retry); finished()
    /// carries an Aborted error. No effect once finished.
    void abort();

    State state() const { return m_state; }
    int attempts() const { return m_attempts; }
    QByteArray method() const { return m_method; }
    QUrl url() const { return m_url; }

Q_SIGNALS:
    void finished(const Vortex::Core::Twilio::RestResult &result);

private:
    friend class TwilioClient;
    RestCall(TwilioClient *client, const QByteArray &method, const QUrl &url,
             const QByteArray &formBody, QObject *parent);

    void enqueue();
    void send(QNetworkAccessManager *nam); // called by the client when a slot is free
    void onReplyFinished();
    void finish(const RestResult &result);

    QPointer<TwilioClient> m_client;
    QByteArray m_method;
    QUrl m_url;
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply;
    State m_state = State::Idle;
    int m_attempts = 0;
    quint64 m_generation = 0;
    bool m_aborting = false;
};

} // namespace Vortex::Core::Twilio
