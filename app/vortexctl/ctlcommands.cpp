// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "ctlcommands.h"

#include "enginecommand.h"
#include "incidentcommand.h"
#include "sendtestcommand.h"

#include "core/common/unixsignals.h"
#include "core/console/consolesettings.h"
#include "core/demo/demostack.h"
#include "core/security/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace Vortex::App {

namespace {

const char *const Usage = QT_TRANSLATE_NOOP(
    "vortexctl",
    "Usage: vortexctl <command> [options]\n\n"
    "Commands:\n"
    "  send-test     Send a test page and wait until it is final (delivered, failed, …).\n"
    "  demo          Run the headless demo stack (Twilio twin + relay) until interrupted.\n"
    "  credentials   Store, show or clear the Twilio account the console uses.\n"
    "  incident      Raise, update, resolve, acknowledge or snooze an incident at the relay.\n"
    "  engine        Run the paging engine headless (escalations, outbox, acknowledgements).\n"
    "  incidents     List the incidents in an engine's store, or show one with its timeline.\n\n"
    "Run 'vortexctl <command> --help' for a command's options. Every command takes --json.\n"
    "Exit codes: 0 ok, 1 failed, 2 bad input, 3 timed out, 4 could not start.");

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CtlText::tr(
        "Runs a Twilio twin and a relay on free loopback ports until SIGINT/SIGTERM. The "
        "endpoints are printed; the throw-away secrets go only to --env-file (mode 0600)."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), CtlText::tr("Print JSON."));
    const QCommandLineOption envFile(
        QStringLiteral("env-file"),
        CtlText::tr("Write VORTEX_* variables, secrets included, to <file>."),
        QStringLiteral("file"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        CtlText::tr("Keep the relay's data in <dir> (default: a temporary "
                    "folder removed on exit)."),
        QStringLiteral("dir"));
    parser.addOptions({json, envFile, dataDir});
    parser.process(arguments);

    std::optional<QTemporaryDir> temp;
    QString dir = parser.value(dataDir);
    if (dir.isEmpty()) {
        temp.emplace();
        dir = temp->path();
    }
    Core::Demo::DemoStack stack(dir);
    Core::UnixSignals unixSignals;
    int exitCode = ExitOk;
    QObject::connect(&unixSignals, &Core::UnixSignals::terminationRequested, &stack,
                     [] { QCoreApplication::quit(); });
    QObject::connect(&stack, &Core::Demo::DemoStack::failed, &stack, [&](const QString &reason) {
        printError(parser.isSet(json), reason, ExitInternal);
        exitCode = ExitInternal;
        QCoreApplication::quit();
    });
    QObject::connect(
        &stack, &Core::Demo::DemoStack::started, &stack, [&](const Core::Demo::DemoEndpoints &e) {
            if (parser.isSet(envFile)) {
                QFile file(parser.value(envFile));
                if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                    printError(parser.isSet(json),
                               CtlText::tr("Cannot write %1").arg(file.fileName()), ExitUsage);
                    exitCode = ExitUsage;
                    QCoreApplication::quit();
                    return;
                }
                file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
                QTextStream out(&file);
                out << "VORTEX_TWILIO_API_BASE=" << e.twinBase.toString() << '\n'
                    << "VORTEX_TWILIO_ACCOUNT_SID=" << e.accountSid << '\n'
                    << "VORTEX_TWILIO_AUTH_TOKEN=" << QString::fromLatin1(e.authToken) << '\n'
                    << "VORTEX_TWILIO_FROM=" << e.fromNumber << '\n'
                    << "VORTEX_RELAY_BASE=" << e.relayBase.toString() << '\n'
                    << "VORTEX_RELAY_STATUS_CALLBACK=" << e.statusCallbackUrl.toString() << '\n'
                    << "VORTEX_RELAY_CONSOLE_TOKEN=" << QString::fromLatin1(e.consoleToken) << '\n'
                    << "VORTEX_RELAY_INTAKE_SECRET=" << QString::fromLatin1(e.intakeSecret) << '\n';
            }
            QJsonObject object{
                {QStringLiteral("twinBase"), e.twinBase.toString()},
                {QStringLiteral("accountSid"), e.accountSid},
                {QStringLiteral("from"), e.fromNumber},
                {QStringLiteral("relayBase"), e.relayBase.toString()},
                {QStringLiteral("statusCallbackUrl"), e.statusCallbackUrl.toString()},
                {QStringLiteral("dataDir"), e.dataDir}};
            printResult(parser.isSet(json), object,
                        CtlText::tr("Demo stack running.\n  Twilio twin: %1 (account %2, from %3)\n"
                                    "  Relay:       %4\nPress Ctrl+C to stop.")
                            .arg(e.twinBase.toString(), e.accountSid, e.fromNumber,
                                 e.relayBase.toString()));
        });
    stack.start();
    const int loop = QCoreApplication::exec();
    return exitCode != ExitOk ? exitCode : loop;
}

int runCredentials(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CtlText::tr(
        "credentials set|show|clear — the Twilio account of the console. 'set' reads the Auth "
        "Token (or the API Key secret) from standard input and stores it in the keychain; "
        "only non-secret settings go to the settings file."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), CtlText::tr("Print JSON."));
    const QCommandLineOption account(QStringLiteral("account-sid"),
                                     CtlText::tr("Account SID (AC…)."), QStringLiteral("sid"));
    const QCommandLineOption apiKey(QStringLiteral("api-key-sid"),
                                    CtlText::tr("API Key SID (SK…) when using an API key."),
                                    QStringLiteral("sid"));
    const QCommandLineOption from(QStringLiteral("from"), CtlText::tr("Sender number (E.164)."),
                                  QStringLiteral("number"));
    const QCommandLineOption apiBase(
        QStringLiteral("api-base"),
        CtlText::tr("Twilio API base URL (default https://api.twilio.com)."),
        QStringLiteral("url"));
    const QCommandLineOption relay(QStringLiteral("relay-url"),
                                   CtlText::tr("The relay's base URL."), QStringLiteral("url"));
    const QCommandLineOption callback(QStringLiteral("status-callback"),
                                      CtlText::tr("The relay's public status-callback URL."),
                                      QStringLiteral("url"));
    const QCommandLineOption relayTokenFile(QStringLiteral("relay-token-file"),
                                            CtlText::tr("File holding the relay's console token."),
                                            QStringLiteral("file"));
    parser.addOptions({json, account, apiKey, from, apiBase, relay, callback, relayTokenFile});
    parser.addPositionalArgument(QStringLiteral("action"), CtlText::tr("set, show or clear"));
    parser.process(arguments);
    const bool asJson = parser.isSet(json);
    const QString action = parser.positionalArguments().value(0);
    Core::ConsoleSettings settings;
    Core::Security::KeychainSecretStore store;
    QObject context;
    int exitCode = ExitOk;

    auto finishWith = [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::quit();
    };
    if (action == QLatin1String("show")) {
        store.readSecret(settings.twilioSecretKey(), &context, [&](Core::Security::SecretResult r) {
            QJsonObject object{
                {QStringLiteral("accountSid"), settings.accountSid()},
                {QStringLiteral("apiKeySid"), settings.apiKeySid()},
                {QStringLiteral("from"), settings.fromNumber()},
                {QStringLiteral("apiBase"), settings.apiBaseUrl().toString()},
                {QStringLiteral("relayUrl"), settings.relayBaseUrl().toString()},
                {QStringLiteral("statusCallbackUrl"), settings.statusCallbackUrl().toString()},
                {QStringLiteral("secretInKeychain"), r.ok()}};
            printResult(
                asJson, object,
                settings.hasTwilioAccount()
                    ? CtlText::tr("Account %1, sender %2, secret %3")
                          .arg(settings.accountSid(), settings.fromNumber(),
                               r.ok() ? CtlText::tr("stored in the keychain")
                                      : CtlText::tr("missing"))
                    : CtlText::tr("No Twilio account configured: the console runs in demo mode."));
            finishWith(ExitOk);
        });
    } else if (action == QLatin1String("clear")) {
        const QString key = settings.twilioSecretKey();
        settings.clear();
        settings.sync();
        store.deleteSecret(key, &context, [&](Core::Security::DoneResult r) {
            if (!r) {
                printError(asJson, r.error().detail, ExitFailed);
                finishWith(ExitFailed);
                return;
            }
            store.deleteSecret(Core::ConsoleSettings::relayTokenKey(), &context,
                               [&](Core::Security::DoneResult t) {
                                   if (t)
                                       printResult(asJson, {{QStringLiteral("cleared"), true}},
                                                   CtlText::tr("Cleared."));
                                   else
                                       printError(asJson, t.error().detail, ExitFailed);
                                   finishWith(t ? ExitOk : ExitFailed);
                               });
        });
    } else if (action == QLatin1String("set")) {
        const QString sid = parser.value(account);
        static const QRegularExpression sidPattern(QStringLiteral("^AC[0-9a-fA-F]{32}$"));
        if (!sidPattern.match(sid).hasMatch()) {
            printError(asJson, CtlText::tr("--account-sid must be AC followed by 32 hex digits."),
                       ExitUsage);
            return ExitUsage;
        }
        QTextStream in(stdin);
        const QByteArray secret = in.readLine().trimmed().toUtf8();
        if (secret.isEmpty()) {
            printError(asJson,
                       CtlText::tr("Pipe the Auth Token (or API Key secret) into standard input."),
                       ExitUsage);
            return ExitUsage;
        }
        // The secret goes in first: settings that name an account whose secret is missing
        // would make the console refuse to start instead of falling back to demo mode.
        const QString secretKey
            = QStringLiteral("twilio/") + (parser.isSet(apiKey) ? parser.value(apiKey) : sid);
        QByteArray relayToken;
        if (parser.isSet(relayTokenFile)) {
            QFile file(parser.value(relayTokenFile));
            if (!file.open(QIODevice::ReadOnly)) {
                printError(asJson, CtlText::tr("Cannot read %1").arg(file.fileName()), ExitUsage);
                return ExitUsage;
            }
            relayToken = file.readAll().trimmed();
        }
        auto saveSettings = [&] {
            settings.setAccountSid(sid);
            settings.setApiKeySid(parser.value(apiKey));
            if (parser.isSet(from))
                settings.setFromNumber(parser.value(from));
            if (parser.isSet(apiBase))
                settings.setApiBaseUrl(QUrl(parser.value(apiBase)));
            if (parser.isSet(relay))
                settings.setRelayBaseUrl(QUrl(parser.value(relay)));
            if (parser.isSet(callback))
                settings.setStatusCallbackUrl(QUrl(parser.value(callback)));
            settings.sync();
            printResult(asJson, {{QStringLiteral("stored"), true}}, CtlText::tr("Stored."));
            finishWith(ExitOk);
        };
        store.writeSecret(secretKey, secret, &context, [&](Core::Security::DoneResult r) {
            if (!r) {
                printError(asJson, r.error().detail, ExitInternal);
                finishWith(ExitInternal);
                return;
            }
            if (relayToken.isEmpty()) {
                saveSettings();
                return;
            }
            store.writeSecret(Core::ConsoleSettings::relayTokenKey(), relayToken, &context,
                              [&](Core::Security::DoneResult t) {
                                  if (!t) {
                                      printError(asJson, t.error().detail, ExitInternal);
                                      finishWith(ExitInternal);
                                      return;
                                  }
                                  saveSettings();
                              });
        });
    } else {
        printError(asJson, CtlText::tr("credentials takes one of: set, show, clear"), ExitUsage);
        return ExitUsage;
    }
    const int loop = QCoreApplication::exec();
    return exitCode != ExitOk ? exitCode : loop;
}

} // namespace

void printResult(bool json, const QJsonObject &object, const QString &text)
{
    QTextStream out(stdout);
    if (json)
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    else
        out << text << '\n';
    out.flush();
}

void printError(bool json, const QString &message, int exitCode)
{
    if (json) {
        printResult(
            true, {{QStringLiteral("error"), message}, {QStringLiteral("exitCode"), exitCode}}, {});
        return;
    }
    QTextStream err(stderr);
    err << QStringLiteral("vortexctl: ") << message << '\n';
}

int runCommand(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (command == QLatin1String("send-test"))
        return runSendTest(rest);
    if (command == QLatin1String("demo"))
        return runDemo(rest);
    if (command == QLatin1String("credentials"))
        return runCredentials(rest);
    if (command == QLatin1String("incident"))
        return runIncident(rest);
    if (command == QLatin1String("engine"))
        return runEngine(rest);
    if (command == QLatin1String("incidents"))
        return runIncidents(rest);
    QTextStream out(command.isEmpty() || command.startsWith(QLatin1Char('-')) ? stdout : stderr);
    if (!command.isEmpty() && !command.startsWith(QLatin1Char('-')))
        out << CtlText::tr("Unknown command: %1").arg(command) << "\n\n";
    if (command == QLatin1String("--version")) {
        out << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    out << CtlText::tr(Usage) << '\n';
    return command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")
               ? ExitOk
               : ExitUsage;
}

} // namespace Vortex::App
