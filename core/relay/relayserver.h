// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/relay/relayconfig.h"
#include "core/relay/relayevent.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <map>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTimer;
QT_END_NAMESPACE

namespace Vortex::Core::Relay {

class RelayEventStore;

/// Receives Twilio webhooks (message status callbacks, inbound messages), stores each one
/// durably before acknowledging it, and serves them to consoles on an authenticated
/// long-poll feed. Create it on the thread it should run on; it never blocks that thread
/// except for the SQLite commit of a batch.
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

    /// Commits the queued batch now and answers its requests (used on shutdown).
    void flush();
    qint64 eventCount() const { return m_eventCount; }

Q_SIGNALS:
    /// A batch was committed; \a newEvents of its events were not duplicates.
    void batchCommitted(int newEvents, qint64 lastId);

private:
    struct Pending;
    struct Waiter;

    void handleWebhook(RelayEvent::Kind kind, const QHttpServerRequest &request,
                       QHttpServerResponder &&responder);
    void handleFeed(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleHealth(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    bool isAuthorized(const QHttpServerRequest &request) const;
    QString signedUrlFor(const QHttpServerRequest &request) const;
    void commitBatch();
    void wakeWaiters();
    void answerWaiter(quint64 id, bool timedOut);

    RelayConfig m_config;
    QString m_error;
    quint16 m_port = 0;
    qint64 m_eventCount = 0;
    qint64 m_lastId = 0;
    QHttpServer *m_http = nullptr;
    QTimer *m_batchTimer = nullptr;
    std::unique_ptr<RelayEventStore> m_store;
    std::vector<std::unique_ptr<Pending>> m_pending;
    std::map<quint64, std::unique_ptr<Waiter>> m_waiters;
    quint64 m_nextWaiterId = 1;
};

} // namespace Vortex::Core::Relay
