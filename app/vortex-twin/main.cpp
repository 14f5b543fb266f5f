// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// vortex-twin: the Twilio-compatible local server (docs/twin.md). Parse → config → TwinServer.
#include "core/twin/twinclock.h"
#include "core/twin/twinscenario.h"
#include "core/twin/twinscenariorunner.h"
#include "core/twin/twinserver.h"

#include "core/common/translations.h"
#include <QCommandLineParser>

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <optional>

using Vortex::Core::Twin::TwinClock;
using Vortex::Core::Twin::TwinConfig;
using Vortex::Core::Twin::TwinScenario;
using Vortex::Core::Twin::TwinScenarioRunner;
using Vortex::Core::Twin::TwinServer;

namespace {

const char *const Description = QT_TRANSLATE_NOOP(
    "vortex_twin",
    "Vortex Twilio twin: a local stand-in for Twilio's 2010-04-01 Messages API.\n"
    "\n"
    "Config file (--config, JSON; every key optional, see docs/twin.md):\n"
    "  {\"accountSid\": \"AC…32 hex\", \"authToken\": \"…\",\n"
    "   \"apiKeys\": [{\"sid\": \"SK…\", \"secret\": \"…\"}],\n"
    "   \"numbers\": [{\"number\": \"+12015550123\", \"smsUrl\": "
    "\"http://127.0.0.1:8080/sms\"}],\n"
    "   \"seed\": 42, \"senderMps\": 0, \"maxBodyBytes\": 65536,\n"
    "   \"countries\": {\"US\": {\"price\": \"0.00830\", \"priceUnit\": \"USD\",\n"
    "       \"undelivered\": 0.02, \"failed\": 0.005, \"filtered\": 0.003,\n"
    "       \"undeliveredCodes\": [30003, 30005, 30006],\n"
    "       \"queuedToSentMs\": [200, 1500], \"sentToDeliveredMs\": [2000, 8000]}, \"*\": {…}},\n"
    "   \"faults\": {\"rate429\": 0, \"rate500\": 0, \"latencyMs\": 0, \"retryAfterSeconds\": "
    "1}}\n"
    "Command-line options override the file. The auth token is never a plain argument:\n"
    "use --auth-token-file or the VORTEX_TWIN_AUTH_TOKEN environment variable.\n"
    "Control endpoints: POST /_twin/inbound, /_twin/faults, /_twin/clock, /_twin/numbers;\n"
    "GET /_twin/health.");

/// The translation context of this program's messages.
class TwinText
{
    Q_DECLARE_TR_FUNCTIONS(vortex_twin)
};

int failWith(const QString &message)
{
    QTextStream(stderr) << "vortex-twin: " << message << Qt::endl;
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vortex-twin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VORTEX_VERSION));
    Vortex::Core::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(TwinText::tr(Description));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    TwinText::tr("Address and port (default 127.0.0.1:0, "
                                                 "a free port; the chosen one is printed)."),
                                    QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    TwinText::tr("JSON configuration file (format above)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption accountSid(QStringLiteral("account-sid"),
                                        TwinText::tr("Account SID (AC + 32 hex digits)."),
                                        QStringLiteral("SID"));
    const QCommandLineOption tokenFile(QStringLiteral("auth-token-file"),
                                       TwinText::tr("File holding the auth token (else "
                                                    "$VORTEX_TWIN_AUTH_TOKEN, else the config)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption number(QStringLiteral("number"),
                                    TwinText::tr("An owned number in E.164, optionally with its "
                                                 "inbound SMS URL (repeatable; replaces the "
                                                 "configured numbers)."),
                                    QStringLiteral("NUMBER[=INBOUND_URL]"));
    const QCommandLineOption seed(QStringLiteral("seed"), TwinText::tr("Seed of the outcome PRNG."),
                                  QStringLiteral("N"));
    const QCommandLineOption rate429(QStringLiteral("rate-429"),
                                     TwinText::tr("Share of API requests answered 429/20429."),
                                     QStringLiteral("X"));
    const QCommandLineOption rate500(QStringLiteral("rate-500"),
                                     TwinText::tr("Share of API requests answered 500/20500."),
                                     QStringLiteral("X"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     TwinText::tr("Latency added to every API response."),
                                     QStringLiteral("N"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   TwinText::tr("Clock speed: lifecycle delays are divided by N."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption controlApi(
        QStringLiteral("control-api"),
        TwinText::tr("Serve the /_twin/ control API (inject inbound SMS, faults, clock, people, "
                     "event log). Off unless given: never expose it beyond loopback."));
    const QCommandLineOption scenario(
        QStringLiteral("scenario"),
        TwinText::tr("Play a scenario file (resources/twin/scenarios/, docs/twin.md) on a "
                     "manual clock before listening: its traffic, people and event log are "
                     "there when the first client connects; the clock then runs on from the "
                     "scenario's end. Its seed replaces --seed."),
        QStringLiteral("FILE"));
    parser.addOptions({listen, config, accountSid, tokenFile, number, seed, rate429, rate500,
                       latency, speed, controlApi, scenario});
    parser.process(app);

    TwinConfig twinConfig = TwinConfig::defaults();
    if (parser.isSet(config)) {
        QFile file(parser.value(config));
        if (!file.open(QIODevice::ReadOnly))
            return failWith(TwinText::tr("cannot read %1").arg(file.fileName()));
        auto parsed = TwinConfig::fromJson(file.readAll());
        if (!parsed)
            return failWith(parsed.error());
        twinConfig = parsed.value();
    }
    twinConfig.controlApi = parser.isSet(controlApi);
    if (parser.isSet(accountSid))
        twinConfig.accountSid = parser.value(accountSid);
    if (parser.isSet(tokenFile)) {
        QFile file(parser.value(tokenFile));
        if (!file.open(QIODevice::ReadOnly))
            return failWith(TwinText::tr("cannot read %1").arg(file.fileName()));
        twinConfig.authToken = file.readAll().trimmed();
    } else if (qEnvironmentVariableIsSet("VORTEX_TWIN_AUTH_TOKEN")) {
        twinConfig.authToken = qgetenv("VORTEX_TWIN_AUTH_TOKEN").trimmed();
    }
    if (parser.isSet(number)) {
        twinConfig.numbers.clear();
        for (const QString &entry : parser.values(number)) {
            const qsizetype eq = entry.indexOf(QLatin1Char('='));
            twinConfig.numbers.append(
                {eq < 0 ? entry : entry.left(eq), eq < 0 ? QString() : entry.mid(eq + 1)});
        }
    }
    bool ok = true;
    if (parser.isSet(seed))
        twinConfig.seed = parser.value(seed).toULongLong(&ok);
    if (ok && parser.isSet(rate429))
        twinConfig.faults.rate429 = parser.value(rate429).toDouble(&ok);
    if (ok && parser.isSet(rate500))
        twinConfig.faults.rate500 = parser.value(rate500).toDouble(&ok);
    if (ok && parser.isSet(latency))
        twinConfig.faults.latencyMs = parser.value(latency).toInt(&ok);
    const double clockSpeed = ok ? parser.value(speed).toDouble(&ok) : 0;
    if (!ok || clockSpeed <= 0)
        return failWith(TwinText::tr("invalid numeric option"));
    const QString problem = twinConfig.validate();
    if (!problem.isEmpty())
        return failWith(problem);

    const QString listenSpec = parser.value(listen);
    const qsizetype colon = listenSpec.lastIndexOf(QLatin1Char(':'));
    const QHostAddress address(colon < 0 ? listenSpec : listenSpec.left(colon));
    const uint port = colon < 0 ? 0 : listenSpec.mid(colon + 1).toUInt(&ok);
    if (address.isNull() || !ok || port > 65535)
        return failWith(TwinText::tr("--listen wants ADDR:PORT, e.g. 127.0.0.1:8089"));

    std::optional<TwinScenario> played;
    const auto faults = twinConfig.faults;
    if (parser.isSet(scenario)) {
        auto loaded = TwinScenario::fromFile(parser.value(scenario));
        if (!loaded)
            return failWith(loaded.error());
        played = loaded.value();
        twinConfig = TwinScenarioRunner::configFor(*played, twinConfig);
    }

    TwinServer server(twinConfig);
    if (played) {
        TwinScenarioRunner runner(&server);
        const auto summary = runner.run(*played);
        if (!summary)
            return failWith(summary.error());
        std::printf("vortex-twin scenario %s: %lld messages, %lld calls, %lld Verify checks, "
                    "%lld events, digest %s\n",
                    played->name.toUtf8().constData(),
                    summary->count(QStringLiteral("messages.created")),
                    summary->count(QStringLiteral("calls.created")),
                    summary->count(QStringLiteral("verify.checks")), summary->eventCount,
                    summary->digest.constData());
        // A live twin again: random SIDs (a restarted twin never reuses one), the faults asked
        // for, the clock running on from the scenario's end.
        server.context().config->deterministicSids = false;
        server.setFaults(faults);
        server.clock()->setMode(TwinClock::Mode::RealTime);
    }
    server.setClockSpeed(clockSpeed);
    if (!server.listen(address, static_cast<quint16>(port)))
        return failWith(TwinText::tr("cannot listen on %1").arg(listenSpec));
    std::printf("vortex-twin listening on %s\n", server.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);
    return QCoreApplication::exec();
}
