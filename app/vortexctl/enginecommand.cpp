// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "enginecommand.h"

#include "ctlcommands.h"

#include "core/common/unixsignals.h"
#include "core/paging/pagingjson.h"
#include "core/paging/pagingservice.h"
#include "core/paging/pagingstore.h"
#include "core/paging/sqlitepagingstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace Vortex::App {

namespace {

/// A secret from a file named on the command line, or from an environment variable (never a
/// plain argument, which other users could read in the process list).
QByteArray readSecret(const QString &file, const char *environment, QString *error)
{
    if (!file.isEmpty()) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            *error = CtlText::tr("Cannot read %1").arg(file);
            return {};
        }
        return in.readAll().trimmed();
    }
    return qgetenv(environment).trimmed();
}

void printLine(bool json, const QJsonObject &object, const QString &text)
{
    QTextStream out(stdout);
    if (json)
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    else
        out << text << '\n';
    out.flush();
}

} // namespace

int runEngine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CtlText::tr(
        "Runs the paging engine headless: escalations, the delivery outbox, acknowledgements. "
        "It follows the relay's feed and sends through Twilio (or the twin). The Auth Token and "
        "the relay token come from files or from VORTEX_TWILIO_AUTH_TOKEN / "
        "VORTEX_RELAY_CONSOLE_TOKEN, never from arguments. Prints each timeline entry."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), CtlText::tr("Print JSON lines."));
    const QCommandLineOption db(QStringLiteral("db"), CtlText::tr("The engine's SQLite file."),
                                QStringLiteral("file"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    CtlText::tr("Recipients and escalation policies (JSON) to "
                                                "load into the store."),
                                    QStringLiteral("file"));
    const QCommandLineOption apiBase(QStringLiteral("twilio-api"),
                                     CtlText::tr("Twilio API base URL (default "
                                                 "https://api.twilio.com)."),
                                     QStringLiteral("url"));
    const QCommandLineOption account(QStringLiteral("account-sid"),
                                     CtlText::tr("Account SID (AC…)."), QStringLiteral("sid"));
    const QCommandLineOption apiKey(QStringLiteral("api-key-sid"),
                                    CtlText::tr("API Key SID (SK…) when using an API key."),
                                    QStringLiteral("sid"));
    const QCommandLineOption tokenFile(QStringLiteral("auth-token-file"),
                                       CtlText::tr("File holding the Auth Token or API Key "
                                                   "secret."),
                                       QStringLiteral("file"));
    const QCommandLineOption relay(QStringLiteral("relay"), CtlText::tr("The relay's base URL."),
                                   QStringLiteral("url"));
    const QCommandLineOption relayPublic(QStringLiteral("relay-public-url"),
                                         CtlText::tr("The URL Twilio reaches the relay at "
                                                     "(default: --relay)."),
                                         QStringLiteral("url"));
    const QCommandLineOption relayTokenFile(QStringLiteral("relay-token-file"),
                                            CtlText::tr("File holding the relay's console token."),
                                            QStringLiteral("file"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   CtlText::tr("Run escalation timers N times faster (tests and "
                                               "demos)."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption policy(QStringLiteral("default-policy"),
                                    CtlText::tr("Escalation policy for incidents that name none."),
                                    QStringLiteral("id"));
    parser.addOptions({json, db, config, apiBase, account, apiKey, tokenFile, relay, relayPublic,
                       relayTokenFile, speed, policy});
    parser.process(arguments);
    const bool asJson = parser.isSet(json);

    Core::Paging::PagingServiceOptions options;
    options.databasePath = parser.value(db);
    options.configPath = parser.value(config);
    options.twilioApiBase = QUrl(parser.value(apiBase));
    options.accountSid = parser.value(account);
    options.apiUsername = parser.isSet(apiKey) ? parser.value(apiKey) : options.accountSid;
    options.relayBase = QUrl(parser.value(relay));
    options.relayPublicUrl = QUrl(parser.value(relayPublic));
    options.engine.defaultPolicyId = parser.value(policy);
    bool speedOk = false;
    options.clockSpeed = parser.value(speed).toDouble(&speedOk);
    if (options.databasePath.isEmpty() || options.accountSid.isEmpty()) {
        printError(asJson, CtlText::tr("--db and --account-sid are required."), ExitUsage);
        return ExitUsage;
    }
    if (!speedOk || options.clockSpeed < 1 || options.clockSpeed > 10000) {
        printError(asJson, CtlText::tr("--speed must be a number from 1 to 10000."), ExitUsage);
        return ExitUsage;
    }
    QString error;
    options.apiSecret = readSecret(parser.value(tokenFile), "VORTEX_TWILIO_AUTH_TOKEN", &error);
    if (error.isEmpty())
        options.relayToken
            = readSecret(parser.value(relayTokenFile), "VORTEX_RELAY_CONSOLE_TOKEN", &error);
    if (!error.isEmpty() || options.apiSecret.isEmpty()) {
        printError(asJson,
                   error.isEmpty() ? CtlText::tr("No Auth Token: use --auth-token-file or "
                                                 "VORTEX_TWILIO_AUTH_TOKEN.")
                                   : error,
                   ExitUsage);
        return ExitUsage;
    }

    Core::Paging::PagingService service(options);
    Core::UnixSignals unixSignals;
    QObject::connect(&unixSignals, &Core::UnixSignals::terminationRequested, &service,
                     [] { QCoreApplication::quit(); });
    if (auto started = service.start(); !started) {
        printError(asJson, started.error(), ExitInternal);
        return ExitInternal;
    }
    QObject::connect(service.engine(), &Core::Paging::PagingEngine::timelineAppended, &service,
                     [asJson](const Core::Paging::TimelineEntry &entry) {
                         QJsonObject object = Core::Paging::toJson(entry);
                         object.insert(QStringLiteral("event"), QStringLiteral("timeline"));
                         printLine(asJson, object,
                                   QStringLiteral("%1 #%2 %3 %4 %5")
                                       .arg(entry.at.toString(Qt::ISODateWithMs))
                                       .arg(entry.incidentId)
                                       .arg(entry.kind, entry.sid, entry.detail));
                     });
    QObject::connect(&service, &Core::Paging::PagingService::relayConnectivityChanged, &service,
                     [asJson](bool online, const QString &detail) {
                         printLine(asJson,
                                   {{QStringLiteral("event"), QStringLiteral("relay")},
                                    {QStringLiteral("online"), online},
                                    {QStringLiteral("detail"), detail}},
                                   online ? CtlText::tr("relay online: %1").arg(detail)
                                          : CtlText::tr("relay offline: %1").arg(detail));
                     });
    printLine(asJson,
              {{QStringLiteral("event"), QStringLiteral("started")},
               {QStringLiteral("db"), options.databasePath}},
              CtlText::tr("vortexctl engine running (store %1). Press Ctrl+C to stop.")
                  .arg(options.databasePath));
    const int loop = QCoreApplication::exec();
    service.stop();
    return loop;
}

int runIncidents(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CtlText::tr("Lists the incidents in a paging engine's store, newest first, or shows one "
                    "incident (by id or #code) with its timeline."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), CtlText::tr("Print JSON."));
    const QCommandLineOption db(QStringLiteral("db"), CtlText::tr("The engine's SQLite file."),
                                QStringLiteral("file"));
    const QCommandLineOption limit(QStringLiteral("limit"), CtlText::tr("At most N incidents."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({json, db, limit});
    parser.addPositionalArgument(QStringLiteral("incident"),
                                 CtlText::tr("An incident id, or #code of an open incident."));
    parser.process(arguments);
    const bool asJson = parser.isSet(json);
    if (!parser.isSet(db)) {
        printError(asJson, CtlText::tr("--db is required."), ExitUsage);
        return ExitUsage;
    }
    Core::Paging::SqlitePagingStore store(parser.value(db));
    if (auto opened = store.open(); !opened) {
        printError(asJson, opened.error(), ExitInternal);
        return ExitInternal;
    }
    const QString which = parser.positionalArguments().value(0);
    if (which.isEmpty()) {
        auto incidents = store.recentIncidents(parser.value(limit).toInt());
        if (!incidents) {
            printError(asJson, incidents.error(), ExitFailed);
            return ExitFailed;
        }
        QJsonArray array;
        QStringList lines;
        for (const Core::Paging::Incident &incident : incidents.value()) {
            array.append(Core::Paging::toJson(incident));
            lines << QStringLiteral("%1 #%2 %3 %4 %5")
                         .arg(incident.id)
                         .arg(incident.code, Core::Paging::severityName(incident.severity),
                              Core::Paging::incidentStateName(incident.state), incident.title);
        }
        printResult(asJson, {{QStringLiteral("incidents"), array}}, lines.join(QLatin1Char('\n')));
        return ExitOk;
    }
    std::optional<Core::Paging::Incident> incident;
    if (which.startsWith(QLatin1Char('#'))) {
        auto found = store.openIncidentByCode(which.mid(1));
        if (found)
            incident = found.value();
    } else {
        auto found = store.incident(which.toLongLong());
        if (found)
            incident = found.value();
    }
    if (!incident) {
        printError(asJson, CtlText::tr("No incident %1.").arg(which), ExitFailed);
        return ExitFailed;
    }
    auto timeline = store.timeline(incident->id);
    QJsonArray entries;
    QStringList lines{QStringLiteral("#%1 %2 %3 %4")
                          .arg(incident->code, Core::Paging::severityName(incident->severity),
                               Core::Paging::incidentStateName(incident->state), incident->title)};
    if (timeline) {
        for (const Core::Paging::TimelineEntry &entry : timeline.value()) {
            entries.append(Core::Paging::toJson(entry));
            lines << QStringLiteral("  %1 %2 %3 %4")
                         .arg(entry.at.toString(Qt::ISODateWithMs), entry.kind, entry.sid,
                              entry.detail);
        }
    }
    QJsonObject object = Core::Paging::toJson(*incident);
    object.insert(QStringLiteral("timeline"), entries);
    printResult(asJson, object, lines.join(QLatin1Char('\n')));
    return ExitOk;
}

} // namespace Vortex::App
