// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/relay/relayevent.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
QT_END_NAMESPACE

namespace Vortex::Core::Relay {

/// Console side of the relay feed: long-polls GET /v1/events in a loop, reconnects with
/// exponential backoff, and reports events in order. The cursor advances only after
/// eventsReceived() has been emitted.
class RelayFeedClient : public QObject
{
    Q_OBJECT
public:
    RelayFeedClient(QUrl relayBase, QByteArray token, QObject *parent = nullptr);
    ~RelayFeedClient() override;

    void start(qint64 afterCursor);
    void stop();
    bool isRunning() const { return m_running; }
    bool isOnline() const { return m_online; }
    qint64 cursor() const { return m_cursor; }

    /// Long-poll wait asked of the relay (seconds, ≤ 30) and the retry bounds (ms).
    void setWaitSeconds(int seconds) { m_waitSeconds = qBound(0, seconds, 30); }
    void setBackoff(int initialMs, int maxMs);

Q_SIGNALS:
    void eventsReceived(const QList<Vortex::Core::Relay::RelayEvent> &events);
    void connectionChanged(bool online, const QString &detail);

private:
    void poll();
    void handleReply(QNetworkReply *reply);
    void setOnline(bool online, const QString &detail);
    void scheduleRetry(const QString &detail);

    QUrl m_base;
    QByteArray m_token;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_retryTimer = nullptr;
    QPointer<QNetworkReply> m_reply;
    qint64 m_cursor = 0;
    quint64 m_generation = 0;
    int m_waitSeconds = 25;
    int m_initialBackoffMs = 500;
    int m_maxBackoffMs = 30000;
    int m_backoffMs = 500;
    bool m_running = false;
    bool m_online = false;
    bool m_everReported = false;
};

} // namespace Vortex::Core::Relay
