// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "relayfeedclient.h"

#include "core/common/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace Vortex::Core::Relay {

namespace {
constexpr int kPageLimit = 500;
// The relay holds a poll for at most `wait` seconds; allow for the answer to travel back.
constexpr int kTransferSlackMs = 10000;
} // namespace

RelayFeedClient::RelayFeedClient(QUrl relayBase, QByteArray token, QObject *parent)
    : QObject(parent)
    , m_base(std::move(relayBase))
    , m_token(std::move(token))
    , m_network(new QNetworkAccessManager(this))
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &RelayFeedClient::poll);
}

RelayFeedClient::~RelayFeedClient()
{
    stop();
}

void RelayFeedClient::setBackoff(int initialMs, int maxMs)
{
    m_initialBackoffMs = qMax(1, initialMs);
    m_maxBackoffMs = qMax(m_initialBackoffMs, maxMs);
    m_backoffMs = m_initialBackoffMs;
}

void RelayFeedClient::start(qint64 afterCursor)
{
    stop();
    ++m_generation; // a restart from inside eventsReceived() wins over the page in hand
    m_cursor = afterCursor;
    m_running = true;
    m_backoffMs = m_initialBackoffMs;
    poll();
}

void RelayFeedClient::stop()
{
    m_running = false;
    m_retryTimer->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void RelayFeedClient::poll()
{
    if (!m_running || m_reply)
        return;
    QUrl url = m_base;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/v1/events"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(m_cursor));
    query.addQueryItem(QStringLiteral("limit"), QString::number(kPageLimit));
    // The first request of a session asks for no wait so that "online" is known at once.
    query.addQueryItem(QStringLiteral("wait"), QString::number(m_online ? m_waitSeconds : 0));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_waitSeconds * 1000 + kTransferSlackMs);
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { handleReply(reply); });
}

void RelayFeedClient::handleReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    if (!m_running)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 401 || status == 403) {
        // A wrong token does not heal by retrying fast: say so, and check back slowly in case
        // the relay's token list is fixed.
        m_backoffMs = m_maxBackoffMs;
        scheduleRetry(tr("the relay refused this console's token (HTTP %1)").arg(status));
        return;
    }
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        const QString detail
            = status != 0 ? tr("relay answered HTTP %1").arg(status) : reply->errorString();
        scheduleRetry(detail);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError
        || !root.value(QStringLiteral("events")).isArray()) {
        scheduleRetry(tr("relay sent an unreadable feed page"));
        return;
    }
    // A reset page (the relay's store is newer than our cursor: restored or replaced) starts
    // from the beginning: every event on it is delivered, whatever its id.
    const bool reset = root.value(QStringLiteral("reset")).toBool();
    QList<RelayEvent> events;
    qint64 pageEnd = m_cursor;
    int skipped = 0;
    for (const QJsonValue &value : root.value(QStringLiteral("events")).toArray()) {
        const QJsonObject object = value.toObject();
        pageEnd = qMax(pageEnd, object.value(QStringLiteral("id")).toInteger());
        auto event = RelayEvent::fromJson(object);
        if (!event) {
            ++skipped; // e.g. a kind a newer relay knows and this console does not
            continue;
        }
        if (reset || event->id > m_cursor)
            events.append(std::move(*event));
    }
    pageEnd = qMax(pageEnd, root.value(QStringLiteral("cursor")).toInteger(pageEnd));
    if (skipped > 0)
        qCWarning(lcRelay) << "skipped" << skipped << "relay events this console cannot read";
    if (reset) {
        qCWarning(lcRelay) << "relay feed was reset; reading it again from the start";
        pageEnd = root.value(QStringLiteral("cursor")).toInteger(0);
    }
    m_backoffMs = m_initialBackoffMs;
    setOnline(true, tr("connected to relay"));
    const quint64 generation = m_generation;
    if (!events.isEmpty())
        Q_EMIT eventsReceived(events);
    // The receiver may have stopped or restarted us from its slot (it could not store the
    // events): then its cursor stands.
    if (generation == m_generation)
        m_cursor = reset ? pageEnd : qMax(m_cursor, pageEnd);
    if (m_running)
        QTimer::singleShot(0, this, &RelayFeedClient::poll);
}

void RelayFeedClient::scheduleRetry(const QString &detail)
{
    qCInfo(lcRelay) << "relay feed unavailable, retrying in" << m_backoffMs << "ms:" << detail;
    setOnline(false, detail);
    m_retryTimer->start(m_backoffMs);
    m_backoffMs = qMin(m_backoffMs * 2, m_maxBackoffMs);
}

void RelayFeedClient::setOnline(bool online, const QString &detail)
{
    if (m_everReported && online == m_online)
        return;
    m_everReported = true;
    m_online = online;
    Q_EMIT connectionChanged(online, detail);
}

} // namespace Vortex::Core::Relay
