// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

namespace Vortex::Core::Relay {

/// Everything a RelayServer needs. The auth token and console tokens live in memory only.
struct RelayConfig
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 0; ///< 0 = any free port
    /// The base URL Twilio posts to (scheme://host[:port]); signatures are checked against
    /// publicUrl + request path + query.
    QUrl publicUrl;
    QByteArray twilioAuthToken;
    QString dataDirectory;
    QList<QByteArray> consoleTokens;
    /// The HMAC secret of POST /v1/intake/incidents (IntakeSignature); empty = intake disabled.
    QByteArray intakeSecret;
    qint64 maxBodyBytes = 64 * 1024;
    /// Group commit: a batch is committed when it holds this many events, or after
    /// batchDelayMs (0 = as soon as the event loop has read what is pending).
    int maxBatchSize = 512;
    int batchDelayMs = 0;
};

} // namespace Vortex::Core::Relay
