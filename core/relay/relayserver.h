// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/relay/relayconfig.h"
#include "core/relay/relayevent.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <map>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QThread;
class QTimer;
QT_END_NAMESPACE

namespace Vortex::Core::Twilio {
class FormParams;
}

namespace Vortex::Core::Relay {

class RelayEventStore;
class RelayEventWriter;
struct RelayBatchOutcome;

/// Receives Twilio webhooks (message and call status callbacks, inbound messages, keypad
/// gathers) and signed incident intake requests, stores each one durably before acknowledging
/// it, and serves them to consoles on an authenticated long-poll feed. It also keeps the voice
/// scripts the engine publishes and answers Twilio's TwiML requests from them. Create it on the
/// thread it should run on. Batches are committed on an internal writer thread (group commit), so
/// this thread never waits for the disk.
class RelayServer : public QObject
{
    Q_OBJECT
public:
    explicit RelayServer(RelayConfig config, QObject *parent = nullptr);
    ~RelayServer() override;

    /// Opens the store in the data directory and starts listening. On failure, errorString()
    /// says why.
    bool start();
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }

    QUrl publicUrl() const { return m_config.publicUrl; }
    void setPublicUrl(const QUrl &url);
    QUrl statusCallbackUrl() const;
    QUrl inboundUrl() const;
    /// publicUrl + /twilio/calls/status (a call's StatusCallback).
    QUrl callStatusUrl() const;
    /// publicUrl + /v1/intake/incidents.
    QUrl intakeUrl() const;
    /// publicUrl + /twilio/voice/answer?script=ID (a call's Url).
    QUrl voiceAnswerUrl(const QString &scriptId) const;
    /// publicUrl + /twilio/voice/gather?script=ID (the Gather action in the served TwiML).
    QUrl voiceGatherUrl(const QString &scriptId) const;

    /// Sends everything queued to the store now; drained() follows once every accepted
    /// webhook has been stored and answered (used on shutdown).
    void flush();
    qint64 eventCount() const { return m_eventCount; }

Q_SIGNALS:
    /// A batch was committed; \a newEvents of its events were not duplicates.
    void batchCommitted(int newEvents, qint64 lastId);
    /// After flush(): nothing is queued or being committed any more.
    void drained();

private:
    struct Pending;
    struct Waiter;
    struct ScriptWrite;

    /// Writes a committed event's answer (the default: 204, or empty TwiML for inbound).
    using Answer = std::function<void(QHttpServerResponder &, const RelayEvent &stored)>;

    void handleWebhook(RelayEvent::Kind kind, const QHttpServerRequest &request,
                       QHttpServerResponder &&responder);
    void handleIntake(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleVoiceAnswer(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleVoiceGather(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleVoiceScript(const QString &id, const QHttpServerRequest &request,
                           QHttpServerResponder &&responder);
    void onVoiceScriptStored(quint64 requestId, const QString &error);
    /// Method, body size, form body and X-Twilio-Signature. False: already answered. For GET
    /// the query's items are returned in \a params (they are part of the signed URL).
    bool acceptTwilioRequest(const QHttpServerRequest &request, QHttpServerResponder &responder,
                             bool allowGet, Twilio::FormParams *params);
    /// Queues \a event for the next group commit; \a answer runs once it is stored.
    void enqueue(RelayEvent event, QHttpServerResponder &&responder, Answer answer = {});
    void finishDrainIfIdle();
    void handleFeed(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleHealth(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    bool isAuthorized(const QHttpServerRequest &request) const;
    QString signedUrlFor(const QHttpServerRequest &request) const;
    void dispatchBatch();
    void onBatchCommitted(const RelayBatchOutcome &outcome);
    void wakeWaiters();
    void answerWaiter(quint64 id, bool timedOut);

    RelayConfig m_config;
    QString m_error;
    quint16 m_port = 0;
    qint64 m_eventCount = 0;
    qint64 m_lastId = 0;
    QHttpServer *m_http = nullptr;
    QTimer *m_batchTimer = nullptr;
    QThread *m_writerThread = nullptr;
    RelayEventWriter *m_writer = nullptr;     ///< lives on m_writerThread
    std::unique_ptr<RelayEventStore> m_store; ///< this thread's (reading) connection
    std::vector<std::unique_ptr<Pending>> m_pending;
    std::vector<std::unique_ptr<Pending>> m_inFlight; ///< the batch the writer is committing
    quint64 m_inFlightBatch = 0;
    quint64 m_nextBatchId = 1;
    bool m_drainRequested = false;
    std::map<quint64, std::unique_ptr<Waiter>> m_waiters;
    quint64 m_nextWaiterId = 1;
    std::map<quint64, std::unique_ptr<ScriptWrite>> m_scriptWrites; ///< PUTs being stored
    quint64 m_nextScriptWrite = 1;
};

} // namespace Vortex::Core::Relay
