// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace Vortex::Bench {

/// What one load run measured.
struct LoadStats
{
    int sent = 0;
    int succeeded = 0; ///< 2xx answers
    int failed = 0;    ///< other answers or broken connections
    double seconds = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
    QString error;

    double perSecond() const { return seconds > 0 ? succeeded / seconds : 0; }
};

/// A closed-loop HTTP/1.1 load generator on plain POSIX sockets: \a connections keep-alive
/// connections to 127.0.0.1:\a port, each sending the next pre-built request as soon as the
/// previous answer is complete. Runs on the calling thread (poll(2), no Qt event loop).
class LoadGenerator
{
public:
    static LoadStats run(quint16 port, const QList<QByteArray> &requests, int connections);
};

} // namespace Vortex::Bench
