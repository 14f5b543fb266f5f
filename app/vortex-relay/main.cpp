// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// vortex-relay: the always-on webhook receiver. Composition root only.
#include "core/relay/relayserver.h"

#include "core/common/translations.h"
#include <QCommandLineParser>

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using Vortex::Core::Relay::RelayConfig;
using Vortex::Core::Relay::RelayServer;

namespace {

int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

QByteArray readSecretFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("main", "cannot read %1: %2")
                     .arg(path, file.errorString());
        return {};
    }
    return file.readAll().trimmed();
}

QList<QByteArray> splitTokens(const QByteArray &text)
{
    QList<QByteArray> tokens;
    for (QByteArray token : text.split(',')) {
        for (QByteArray line : token.split('\n')) {
            line = line.trimmed();
            if (!line.isEmpty())
                tokens.append(line);
        }
    }
    return tokens;
}

int failWith(const QString &message)
{
    QTextStream(stderr) << "vortex-relay: " << message << Qt::endl;
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vortex-relay"));
    QCoreApplication::setOrganizationName(QStringLiteral("Vortex"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VORTEX_VERSION));
    Vortex::Core::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Receives Twilio message webhooks, stores them durably and serves them to "
                "Vortex consoles.\nThe Twilio auth token comes from VORTEX_TWILIO_AUTH_TOKEN or "
                "--auth-token-file; console tokens from VORTEX_RELAY_CONSOLE_TOKENS "
                "(comma-separated) or --console-tokens-file; the incident intake secret from "
                "VORTEX_RELAY_INTAKE_SECRET or --intake-secret-file (without one, "
                "POST /v1/intake/incidents is disabled)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QCoreApplication::translate("main", "Address and port to listen on (default "
                                            "127.0.0.1:8080; port 0 = any free port)."),
        QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption publicUrl(
        QStringLiteral("public-url"),
        QCoreApplication::translate("main", "Base URL Twilio posts to, used to check "
                                            "signatures (default http://ADDR:PORT)."),
        QStringLiteral("URL"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Directory of the event database (default: the "
                                            "user's application data directory)."),
        QStringLiteral("DIR"));
    const QCommandLineOption tokenFile(
        QStringLiteral("auth-token-file"),
        QCoreApplication::translate("main", "File holding the Twilio auth token."),
        QStringLiteral("FILE"));
    const QCommandLineOption consoleTokensFile(
        QStringLiteral("console-tokens-file"),
        QCoreApplication::translate("main", "File holding console bearer tokens, one a line."),
        QStringLiteral("FILE"));
    const QCommandLineOption intakeSecretFile(
        QStringLiteral("intake-secret-file"),
        QCoreApplication::translate("main", "File holding the HMAC secret of the incident intake "
                                            "(POST /v1/intake/incidents)."),
        QStringLiteral("FILE"));
    const QCommandLineOption maxBody(
        QStringLiteral("max-body-bytes"),
        QCoreApplication::translate("main", "Largest webhook body accepted (default 65536)."),
        QStringLiteral("N"), QStringLiteral("65536"));
    parser.addOptions(
        {listen, publicUrl, dataDir, tokenFile, consoleTokensFile, intakeSecretFile, maxBody});
    parser.process(app);

    RelayConfig config;
    const QString listenValue = parser.value(listen);
    const qsizetype colon = listenValue.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listenValue.mid(colon + 1).toUInt(&portOk) : 0;
    config.listenAddress = QHostAddress(listenValue.left(colon));
    if (colon <= 0 || !portOk || port > 65535 || config.listenAddress.isNull())
        return failWith(QCoreApplication::translate("main", "--listen expects ADDR:PORT"));
    config.listenPort = quint16(port);
    if (parser.isSet(publicUrl)) {
        config.publicUrl = QUrl(parser.value(publicUrl), QUrl::StrictMode);
        if (!config.publicUrl.isValid() || config.publicUrl.scheme().isEmpty())
            return failWith(QCoreApplication::translate("main", "--public-url is not a URL"));
    }
    config.dataDirectory = parser.isSet(dataDir)
                               ? parser.value(dataDir)
                               : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    bool bodyOk = false;
    config.maxBodyBytes = parser.value(maxBody).toLongLong(&bodyOk);
    if (!bodyOk || config.maxBodyBytes <= 0)
        return failWith(QCoreApplication::translate("main", "--max-body-bytes expects a number"));

    QString error;
    config.twilioAuthToken = parser.isSet(tokenFile)
                                 ? readSecretFile(parser.value(tokenFile), &error)
                                 : qgetenv("VORTEX_TWILIO_AUTH_TOKEN");
    if (!error.isEmpty())
        return failWith(error);
    if (config.twilioAuthToken.isEmpty())
        return failWith(QCoreApplication::translate(
            "main", "no Twilio auth token (VORTEX_TWILIO_AUTH_TOKEN or --auth-token-file)"));
    config.consoleTokens = splitTokens(parser.isSet(consoleTokensFile)
                                           ? readSecretFile(parser.value(consoleTokensFile), &error)
                                           : qgetenv("VORTEX_RELAY_CONSOLE_TOKENS"));
    if (!error.isEmpty())
        return failWith(error);
    config.intakeSecret = parser.isSet(intakeSecretFile)
                              ? readSecretFile(parser.value(intakeSecretFile), &error)
                              : qgetenv("VORTEX_RELAY_INTAKE_SECRET");
    if (!error.isEmpty())
        return failWith(error);
    if (parser.isSet(intakeSecretFile) && config.intakeSecret.isEmpty())
        return failWith(QCoreApplication::translate("main", "the intake secret file is empty"));
    // Secrets are read; do not leave them in the environment of anything we might spawn.
    qunsetenv("VORTEX_TWILIO_AUTH_TOKEN");
    qunsetenv("VORTEX_RELAY_CONSOLE_TOKENS");
    qunsetenv("VORTEX_RELAY_INTAKE_SECRET");

    RelayServer server(config);
    if (!server.start())
        return failWith(server.errorString());

    // SIGTERM/SIGINT: commit what is queued, answer it, then leave the event loop.
    QObject::connect(&server, &RelayServer::drained, &app, &QCoreApplication::quit);
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&server, notifier] {
            notifier->setEnabled(false);
            char byte = 0;
            [[maybe_unused]] const auto got = ::read(g_signalFds[1], &byte, 1);
            server.flush(); // drained() follows once every accepted webhook is answered
        });
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }

    if (config.intakeSecret.isEmpty())
        QTextStream(stderr) << "vortex-relay: "
                            << QCoreApplication::translate(
                                   "main", "no intake secret: incident intake is disabled")
                            << Qt::endl;
    std::fprintf(stdout, "vortex-relay listening on http://%s:%u\n",
                 qPrintable(config.listenAddress.toString()), unsigned(server.port()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
