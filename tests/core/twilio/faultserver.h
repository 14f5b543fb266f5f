// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <QList>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

#include <deque>
#include <memory>
#include <vector>

namespace Vortex::Test {

/// A tiny fault-injecting HTTP server on 127.0.0.1 for the client's transport unit tests
/// (STYLE.md §18: only for fast retry-policy tests; everything else runs against the twin).
/// Each request takes the next scripted Step; with no script left it answers the fallback.
class FaultServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Step
    {
        enum class Action { Reply, Drop, Stall, Hold };
        Action action = Action::Reply;
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    struct Seen
    {
        QByteArray method;
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };

    explicit FaultServer(QObject *parent = nullptr);
    ~FaultServer() override;

    /// Listens on 127.0.0.1, port chosen by the OS; returns the base URL.
    QUrl start();

    static Step reply(int status, const QByteArray &body,
                      QList<QPair<QByteArray, QByteArray>> headers = {});
    static Step drop();  ///< closes the connection without an answer
    static Step stall(); ///< never answers (the client's timeout fires)
    static Step hold(int status, const QByteArray &body); ///< answers on releaseOne()

    void script(const Step &step) { m_script.push_back(step); }
    void setFallback(const Step &step) { m_fallback = step; }

    const QList<Seen> &seen() const { return m_seen; }
    int held() const { return int(m_held.size()); }
    /// Answers the oldest held request.
    void releaseOne();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Held
    {
        std::unique_ptr<QHttpServerResponder> responder;
        Step step;
        QPointer<QTcpSocket> socket;
    };
    static void answer(QHttpServerResponder &responder, const Step &step);

    std::deque<Step> m_script;
    Step m_fallback;
    QList<Seen> m_seen;
    std::deque<Held> m_held;
    std::vector<QTcpSocket *> m_stalled;
};

} // namespace Vortex::Test
