// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinhttpserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace Vortex::Core::Twin {

namespace {

void writeResponse(QHttpServerResponder &responder, const TwinResponse &response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &header : response.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

QString methodName(QHttpServerRequest::Method method)
{
    const QMetaEnum meta = QMetaEnum::fromType<QHttpServerRequest::Method>();
    return QString::fromLatin1(meta.valueToKey(static_cast<int>(method))).toUpper();
}

} // namespace

TwinHttpServer::TwinHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

bool TwinHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    TwinRequest req;
    req.method = methodName(request.method());
    req.path = request.url().path();
    req.query = request.url().query(QUrl::FullyEncoded).toLatin1();
    req.body = request.body();
    req.authorization = request.value(QByteArrayLiteral("authorization"));
    req.contentType = request.value(QByteArrayLiteral("content-type"));

    const TwinResponse response = m_handler(req);
    if (response.delayMs <= 0) {
        QHttpServerResponder responder = makeResponder(request, socket);
        writeResponse(responder, response);
        return true;
    }
    // Added latency: answer later without blocking; drop the answer if the client went away.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(response.delayMs, this, [responder, response, guard] {
        if (guard)
            writeResponse(*responder, response);
    });
    return true;
}

void TwinHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() accepts everything; this only runs if Qt itself rejects a request.
    QHttpServerResponder responder = makeResponder(request, socket);
    TwinResponse response;
    response.status = 404;
    writeResponse(responder, response);
}

} // namespace Vortex::Core::Twin
