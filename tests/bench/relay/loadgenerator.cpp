// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "loadgenerator.h"

#include <algorithm>
#include <chrono>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Vortex::Bench {

namespace {

using Clock = std::chrono::steady_clock;

struct Connection
{
    int fd = -1;
    qsizetype request = -1; ///< index of the request in flight, -1 when idle
    qsizetype written = 0;
    QByteArray received;
    Clock::time_point startedAt;
};

int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

/// Length of the complete response at the start of \a data, 0 if incomplete, -1 if broken.
/// Sets *status.
qsizetype completeResponse(const QByteArray &data, int *status)
{
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return 0;
    const QByteArray head = data.left(headerEnd).toLower();
    if (!head.startsWith("http/1.1 ") && !head.startsWith("http/1.0 "))
        return -1;
    *status = head.mid(9, 3).toInt();
    qsizetype length = 0;
    const qsizetype at = head.indexOf("\r\ncontent-length:");
    if (at >= 0) {
        const qsizetype lineEnd = head.indexOf("\r\n", at + 2);
        length = head.mid(at + 17, lineEnd < 0 ? -1 : lineEnd - at - 17).trimmed().toLongLong();
    }
    const qsizetype total = headerEnd + 4 + length;
    return data.size() >= total ? total : 0;
}

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto index = std::min(sorted.size() - 1, std::size_t(p * double(sorted.size())));
    return sorted[index];
}

} // namespace

LoadStats LoadGenerator::run(quint16 port, const QList<QByteArray> &requests, int connections)
{
    LoadStats stats;
    std::vector<Connection> pool(std::size_t(std::max(1, connections)));
    for (Connection &connection : pool) {
        connection.fd = connectTo(port);
        if (connection.fd < 0) {
            stats.error = QStringLiteral("cannot connect to 127.0.0.1:%1").arg(port);
            for (Connection &open : pool)
                if (open.fd >= 0)
                    ::close(open.fd);
            return stats;
        }
    }
    std::vector<double> latencies;
    latencies.reserve(std::size_t(requests.size()));
    qsizetype next = 0;
    int active = 0;
    auto startNext = [&](Connection &connection) {
        if (next >= requests.size()) {
            connection.request = -1;
            return;
        }
        connection.request = next++;
        connection.written = 0;
        connection.startedAt = Clock::now();
        ++stats.sent;
        ++active;
    };
    const auto begin = Clock::now();
    for (Connection &connection : pool)
        startNext(connection);

    std::vector<pollfd> fds(pool.size());
    char buffer[16384];
    while (active > 0) {
        for (std::size_t i = 0; i < pool.size(); ++i) {
            const Connection &connection = pool[i];
            fds[i].fd = connection.request >= 0 ? connection.fd : -1;
            fds[i].events = POLLIN;
            if (connection.request >= 0
                && connection.written < requests.at(connection.request).size())
                fds[i].events |= POLLOUT;
            fds[i].revents = 0;
        }
        if (::poll(fds.data(), fds.size(), 10000) <= 0) {
            stats.error = QStringLiteral("no progress for 10 s");
            break;
        }
        for (std::size_t i = 0; i < pool.size(); ++i) {
            Connection &connection = pool[i];
            if (connection.request < 0 || fds[i].revents == 0)
                continue;
            const QByteArray &request = requests.at(connection.request);
            if ((fds[i].revents & POLLOUT) && connection.written < request.size()) {
                const ssize_t n
                    = ::send(connection.fd, request.constData() + connection.written,
                             std::size_t(request.size() - connection.written), MSG_NOSIGNAL);
                if (n > 0)
                    connection.written += n;
            }
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = ::recv(connection.fd, buffer, sizeof buffer, 0);
            if (n <= 0) {
                if (n < 0 && (errno == EAGAIN || errno == EINTR))
                    continue;
                ++stats.failed; // the server closed the connection under us
                --active;
                ::close(connection.fd);
                connection.fd = connectTo(port);
                connection.received.clear();
                if (connection.fd >= 0)
                    startNext(connection);
                else
                    connection.request = -1;
                continue;
            }
            connection.received.append(buffer, n);
            int status = 0;
            const qsizetype length = completeResponse(connection.received, &status);
            if (length == 0)
                continue;
            const double ms
                = std::chrono::duration<double, std::milli>(Clock::now() - connection.startedAt)
                      .count();
            latencies.push_back(ms);
            if (length > 0 && status >= 200 && status < 300)
                ++stats.succeeded;
            else
                ++stats.failed;
            connection.received.remove(0, length < 0 ? connection.received.size() : length);
            --active;
            startNext(connection);
        }
    }
    stats.seconds = std::chrono::duration<double>(Clock::now() - begin).count();
    for (Connection &connection : pool)
        if (connection.fd >= 0)
            ::close(connection.fd);
    std::sort(latencies.begin(), latencies.end());
    stats.p50Ms = percentile(latencies, 0.50);
    stats.p99Ms = percentile(latencies, 0.99);
    stats.maxMs = latencies.empty() ? 0 : latencies.back();
    return stats;
}

} // namespace Vortex::Bench
