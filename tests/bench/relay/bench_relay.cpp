// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// bench_relay: durable status callbacks per second through RelayServer (group commit, SQLite
// WAL + synchronous=FULL), against nginx answering 204 on the same load as the ceiling.
#include "core/relay/relayserver.h"
#include "core/twilio/signature.h"
#include "loadgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <thread>

using namespace Vortex;

namespace {

const QByteArray kAuthToken = QByteArrayLiteral("bench-auth-token-0123456789abcdef");
const QString kPublicUrl = QStringLiteral("https://relay.example.com");

QList<QByteArray> signedCallbacks(int count)
{
    static const QString statuses[]
        = {QStringLiteral("sent"), QStringLiteral("delivered"), QStringLiteral("undelivered")};
    const QString url = kPublicUrl + QStringLiteral("/twilio/messages/status");
    QList<QByteArray> requests;
    requests.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString sid = QStringLiteral("SM%1").arg(i / 3, 32, 16, QLatin1Char('0'));
        const QString status = statuses[i % 3];
        Core::Twilio::FormParams form;
        form.add(QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01"));
        form.add(QStringLiteral("MessageStatus"), status);
        form.add(QStringLiteral("SmsSid"), sid);
        form.add(QStringLiteral("SmsStatus"), status);
        if (status == QLatin1String("undelivered"))
            form.add(QStringLiteral("ErrorCode"), QStringLiteral("30034"));
        form.add(QStringLiteral("To"), QStringLiteral("+14155550100"));
        form.add(QStringLiteral("From"), QStringLiteral("+14155550199"));
        form.add(QStringLiteral("MessageSid"), sid);
        form.add(QStringLiteral("AccountSid"),
                 QStringLiteral("AC%1").arg(7, 32, 16, QLatin1Char('0')));
        const QByteArray body = form.encode();
        requests.append("POST /twilio/messages/status HTTP/1.1\r\nHost: relay.example.com\r\n"
                        "Content-Type: application/x-www-form-urlencoded\r\n"
                        "X-Twilio-Signature: "
                        + Core::Twilio::RequestSignature::compute(kAuthToken, url, form)
                        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
                        + body);
    }
    return requests;
}

void print(const char *label, const Bench::LoadStats &stats)
{
    std::printf("%-8s %8d ok %6d failed in %6.2f s: %9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  "
                "max %7.2f ms%s%s\n",
                label, stats.succeeded, stats.failed, stats.seconds, stats.perSecond(), stats.p50Ms,
                stats.p99Ms, stats.maxMs,
                stats.error.isEmpty() ? "" : "  ERROR: ", qPrintable(stats.error));
    std::fflush(stdout);
}

qint64 distinctStored(const QString &file)
{
    qint64 rows = -1;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-verify"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT COUNT(DISTINCT message_sid || '/' || status) "
                                          "FROM relay_events"))
                && query.next())
                rows = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-verify"));
    return rows;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

Bench::LoadStats runOnOtherThread(quint16 port, const QList<QByteArray> &requests, int connections)
{
    Bench::LoadStats stats;
    std::thread client([&] { stats = Bench::LoadGenerator::run(port, requests, connections); });
    client.join();
    return stats;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Relay durable-callback benchmark"));
    parser.addHelpOption();
    const QCommandLineOption connectionsOption(QStringLiteral("connections"),
                                               QStringLiteral("Client connections (default 8)."),
                                               QStringLiteral("K"), QStringLiteral("8"));
    const QCommandLineOption callbacksOption(QStringLiteral("callbacks"),
                                             QStringLiteral("Callbacks to send (default 60000)."),
                                             QStringLiteral("M"), QStringLiteral("60000"));
    const QCommandLineOption nginxOption(QStringLiteral("nginx"),
                                         QStringLiteral("nginx binary (default /usr/sbin/nginx)."),
                                         QStringLiteral("PATH"), QStringLiteral("/usr/sbin/nginx"));
    const QCommandLineOption noNginx(QStringLiteral("no-nginx"),
                                     QStringLiteral("Skip the nginx ceiling run."));
    parser.addOptions({connectionsOption, callbacksOption, nginxOption, noNginx});
    parser.process(app);
    const int connections = qMax(1, parser.value(connectionsOption).toInt());
    const int callbacks = qMax(1, parser.value(callbacksOption).toInt());

    QTemporaryDir dir;
    std::printf("pre-signing %d status callbacks...\n", callbacks);
    const QList<QByteArray> requests = signedCallbacks(callbacks);

    // The relay runs on its own thread, as the brief's deployment would put it.
    QThread serverThread;
    serverThread.start();
    QObject anchor;
    anchor.moveToThread(&serverThread);
    Core::Relay::RelayServer *server = nullptr;
    quint16 port = 0;
    QString startError;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            Core::Relay::RelayConfig config;
            config.publicUrl = QUrl(kPublicUrl);
            config.twilioAuthToken = kAuthToken;
            config.dataDirectory = dir.filePath(QStringLiteral("relay"));
            server = new Core::Relay::RelayServer(config);
            if (server->start())
                port = server->port();
            else
                startError = server->errorString();
        },
        Qt::BlockingQueuedConnection);
    if (port == 0) {
        std::fprintf(stderr, "relay did not start: %s\n", qPrintable(startError));
        return 1;
    }
    std::printf("%d connections, HTTP/1.1 keep-alive, %d distinct signed callbacks\n", connections,
                callbacks);
    const Bench::LoadStats relay = runOnOtherThread(port, requests, connections);
    print("relay", relay);
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            server->flush();
            delete server;
        },
        Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();

    const qint64 stored = distinctStored(dir.filePath(QStringLiteral("relay/relay.sqlite")));
    const bool complete = stored == relay.succeeded && relay.failed == 0;
    std::printf("stored   %lld distinct (MessageSid, status) of %d acknowledged: %s\n",
                static_cast<long long>(stored), relay.succeeded, complete ? "OK" : "MISMATCH");

    int exitCode = complete ? 0 : 1;
    if (!parser.isSet(noNginx)) {
        const quint16 nginxPort = freePort();
        const QString prefix = dir.filePath(QStringLiteral("nginx"));
        QDir().mkpath(prefix + QStringLiteral("/logs"));
        QFile conf(prefix + QStringLiteral("/nginx.conf"));
        conf.open(QIODevice::WriteOnly);
        conf.write(
            QStringLiteral("daemon off;\nworker_processes 2;\npid %1/nginx.pid;\n"
                           "error_log %1/logs/error.log;\nevents { worker_connections 1024; }\n"
                           "http {\n  access_log off;\n  keepalive_requests 10000000;\n"
                           "  keepalive_timeout 120s;\n  client_body_temp_path %1/body;\n"
                           "  server {\n    listen 127.0.0.1:%2;\n    location / { return 204; }\n"
                           "  }\n}\n")
                .arg(prefix)
                .arg(nginxPort)
                .toUtf8());
        conf.close();
        QProcess nginx;
        nginx.setProcessChannelMode(QProcess::ForwardedChannels);
        nginx.start(parser.value(nginxOption),
                    {QStringLiteral("-p"), prefix, QStringLiteral("-c"), conf.fileName()});
        bool ready = false;
        for (int attempt = 0; attempt < 100 && !ready; ++attempt) {
            QThread::msleep(50);
            ready = Bench::LoadGenerator::run(
                        nginxPort, {QByteArrayLiteral("GET / HTTP/1.1\r\nHost: x\r\n\r\n")}, 1)
                        .succeeded
                    == 1;
        }
        if (!ready) {
            std::fprintf(stderr, "nginx did not start\n");
            exitCode = 1;
        } else {
            const Bench::LoadStats ceiling = runOnOtherThread(nginxPort, requests, connections);
            print("nginx", ceiling);
            std::printf("relay/nginx throughput ratio: %.2f\n",
                        ceiling.perSecond() > 0 ? relay.perSecond() / ceiling.perSecond() : 0.0);
        }
        nginx.terminate();
        if (!nginx.waitForFinished(5000))
            nginx.kill();
    }
    std::printf("goal >= 10000 durable callbacks/s: %s\n",
                relay.perSecond() >= 10000 ? "met" : "NOT met");
    return exitCode;
}
