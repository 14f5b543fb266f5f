// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace Vortex::Core::Twin {

/// A request as the twin's router sees it: decoded path, raw query and body.
struct TwinRequest
{
    QString method;   ///< "GET", "POST", "DELETE", …
    QString path;     ///< decoded path, e.g. "/2010-04-01/Accounts/AC…/Messages.json"
    QByteArray query; ///< raw (percent-encoded) query string, without '?'
    QByteArray body;
    QByteArray authorization;
    QByteArray contentType;
};

struct TwinResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0; ///< answer after this many milliseconds (fault latency)
};

/// Qt HttpServer 6.4 underneath, with one catch-all handler: the twin routes by itself, so the
/// Twilio paths, 404/20404 and 405/20004 behave exactly as the twin decides.
class TwinHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<TwinResponse(const TwinRequest &)>;

    explicit TwinHttpServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace Vortex::Core::Twin
