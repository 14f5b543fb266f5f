// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "faultserver.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace Vortex::Test {

QByteArray FaultServer::Seen::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

FaultServer::FaultServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
    m_fallback = reply(500, R"({"code": 20500, "message": "no script", "status": 500})");
}

FaultServer::~FaultServer()
{
    // A responder whose client already hung up must not touch its deleted socket.
    for (Held &h : m_held) {
        if (!h.socket)
            static_cast<void>(h.responder.release());
    }
}

QUrl FaultServer::start()
{
    const quint16 port = listen(QHostAddress::LocalHost, 0);
    if (port == 0)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    return url;
}

FaultServer::Step FaultServer::reply(int status, const QByteArray &body,
                                     QList<QPair<QByteArray, QByteArray>> headers)
{
    Step s;
    s.status = status;
    s.body = body;
    s.headers = std::move(headers);
    return s;
}

FaultServer::Step FaultServer::drop()
{
    Step s;
    s.action = Step::Action::Drop;
    return s;
}

FaultServer::Step FaultServer::stall()
{
    Step s;
    s.action = Step::Action::Stall;
    return s;
}

FaultServer::Step FaultServer::hold(int status, const QByteArray &body)
{
    Step s = reply(status, body);
    s.action = Step::Action::Hold;
    return s;
}

void FaultServer::releaseOne()
{
    if (m_held.empty())
        return;
    Held h = std::move(m_held.front());
    m_held.pop_front();
    if (h.socket && h.socket->state() == QAbstractSocket::ConnectedState)
        answer(*h.responder, h.step);
    else
        static_cast<void>(h.responder.release()); // the client hung up; see the destructor
}

void FaultServer::answer(QHttpServerResponder &responder, const Step &step)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(step.status));
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(step.body.size()));
    for (const auto &h : step.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeBody(step.body);
}

bool FaultServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    static const char *const methods[]
        = {"GET", "PUT", "DELETE", "POST", "HEAD", "OPTIONS", "PATCH", "CONNECT", "TRACE"};
    QByteArray method = "OTHER";
    for (int i = 0; i < 9; ++i) {
        if (request.method() == static_cast<QHttpServerRequest::Method>(1 << i))
            method = methods[i];
    }
    m_seen.append(Seen{method, request.url(), request.headers(), request.body()});

    Step step = m_fallback;
    if (!m_script.empty()) {
        step = m_script.front();
        m_script.pop_front();
    }
    switch (step.action) {
    case Step::Action::Drop:
        socket->abort();
        break;
    case Step::Action::Stall:
        m_stalled.push_back(socket);
        break;
    case Step::Action::Hold:
        m_held.push_back(Held{
            std::make_unique<QHttpServerResponder>(makeResponder(request, socket)), step, socket});
        break;
    case Step::Action::Reply: {
        QHttpServerResponder responder = makeResponder(request, socket);
        answer(responder, step);
        break;
    }
    }
    return true;
}

void FaultServer::missingHandler(const QHttpServerRequest &, QTcpSocket *) {}

} // namespace Vortex::Test
