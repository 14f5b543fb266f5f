// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "incidentcommand.h"

#include "ctlcommands.h"

#include "core/paging/intakerequest.h"
#include "core/paging/intakesignature.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace Vortex::App {

using Core::Paging::IntakeRequest;

namespace {

/// The CLI's action words: "ack" is the intake's "acknowledge".
std::optional<IntakeRequest::Action> actionFromWord(const QString &word)
{
    if (word == QLatin1String("ack"))
        return IntakeRequest::Action::Acknowledge;
    if (word == QLatin1String("acknowledge"))
        return std::nullopt; // one spelling on the command line
    return IntakeRequest::actionFromName(word);
}

/// The relay's base URL (maybe with a proxy prefix) + /v1/intake/incidents.
QUrl intakeUrl(QUrl base)
{
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path + QStringLiteral("/v1/intake/incidents"));
    base.setQuery(QString());
    base.setFragment(QString());
    return base;
}

} // namespace

int runIncident(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CtlText::tr(
        "incident raise|update|resolve|ack|snooze — sends an incident action to the relay's "
        "intake, signed with the intake secret (read from --intake-secret-file or "
        "VORTEX_RELAY_INTAKE_SECRET), and prints the relay's event id."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), CtlText::tr("Print JSON."));
    const QCommandLineOption relay(QStringLiteral("relay"),
                                   CtlText::tr("The relay's base URL (https://relay.example.com)."),
                                   QStringLiteral("url"));
    const QCommandLineOption secretFile(QStringLiteral("intake-secret-file"),
                                        CtlText::tr("File holding the relay's intake secret."),
                                        QStringLiteral("file"));
    const QCommandLineOption dedupKey(QStringLiteral("dedup-key"),
                                      CtlText::tr("The incident's deduplication key."),
                                      QStringLiteral("key"));
    const QCommandLineOption code(QStringLiteral("code"),
                                  CtlText::tr("The incident's reply code (instead of a key)."),
                                  QStringLiteral("code"));
    const QCommandLineOption severity(QStringLiteral("severity"),
                                      CtlText::tr("sev1, sev2, sev3 or sev4."),
                                      QStringLiteral("sevN"));
    const QCommandLineOption title(QStringLiteral("title"), CtlText::tr("Title."),
                                   QStringLiteral("text"));
    const QCommandLineOption summary(QStringLiteral("summary"), CtlText::tr("Summary."),
                                     QStringLiteral("text"));
    const QCommandLineOption link(
        QStringLiteral("link"), CtlText::tr("Tracking link (http/https)."), QStringLiteral("url"));
    const QCommandLineOption runbook(QStringLiteral("runbook"), CtlText::tr("Runbook text."),
                                     QStringLiteral("text"));
    const QCommandLineOption policy(QStringLiteral("policy"), CtlText::tr("Escalation policy id."),
                                    QStringLiteral("id"));
    const QCommandLineOption minutes(QStringLiteral("minutes"),
                                     CtlText::tr("Snooze for this many minutes (1–1440)."),
                                     QStringLiteral("n"));
    const QCommandLineOption actor(QStringLiteral("actor"), CtlText::tr("Who is acting."),
                                   QStringLiteral("name"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     CtlText::tr("Seconds to wait for the relay (default 30)."),
                                     QStringLiteral("seconds"), QStringLiteral("30"));
    parser.addOptions({json, relay, secretFile, dedupKey, code, severity, title, summary, link,
                       runbook, policy, minutes, actor, timeout});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 CtlText::tr("raise, update, resolve, ack or snooze"));
    parser.process(arguments);
    const bool asJson = parser.isSet(json);
    auto usage = [asJson](const QString &message) {
        printError(asJson, message, ExitUsage);
        return int(ExitUsage);
    };

    const QStringList positional = parser.positionalArguments();
    const auto action = actionFromWord(positional.value(0));
    if (positional.size() != 1 || !action)
        return usage(CtlText::tr("incident takes one of: raise, update, resolve, ack, snooze"));
    const QUrl relayUrl(parser.value(relay), QUrl::StrictMode);
    if (!parser.isSet(relay) || !relayUrl.isValid()
        || (relayUrl.scheme() != QLatin1String("http")
            && relayUrl.scheme() != QLatin1String("https"))
        || relayUrl.host().isEmpty())
        return usage(CtlText::tr("--relay takes the relay's http(s) base URL."));
    bool okTimeout = false;
    const int seconds = parser.value(timeout).toInt(&okTimeout);
    if (!okTimeout || seconds <= 0 || seconds > 3600)
        return usage(CtlText::tr("--timeout takes a number of seconds from 1 to 3600."));

    QByteArray secret;
    if (parser.isSet(secretFile)) {
        QFile file(parser.value(secretFile));
        if (!file.open(QIODevice::ReadOnly))
            return usage(CtlText::tr("Cannot read %1").arg(file.fileName()));
        secret = file.readAll().trimmed();
    } else {
        secret = qgetenv("VORTEX_RELAY_INTAKE_SECRET");
    }
    if (secret.isEmpty())
        return usage(CtlText::tr("No intake secret: pass --intake-secret-file (or set "
                                 "VORTEX_RELAY_INTAKE_SECRET)."));

    IntakeRequest request;
    request.action = *action;
    request.dedupKey = parser.value(dedupKey);
    request.code = parser.value(code);
    if (parser.isSet(severity)) {
        const QStringList names{QStringLiteral("sev1"), QStringLiteral("sev2"),
                                QStringLiteral("sev3"), QStringLiteral("sev4")};
        const qsizetype index = names.indexOf(parser.value(severity));
        if (index < 0)
            return usage(CtlText::tr("--severity takes sev1, sev2, sev3 or sev4."));
        request.severity = Core::Paging::Severity(index + 1);
    }
    request.title = parser.value(title);
    request.summary = parser.value(summary);
    request.link = parser.value(link);
    request.runbook = parser.value(runbook);
    request.policyId = parser.value(policy);
    request.actor = parser.value(actor);
    request.source = QStringLiteral("vortexctl");
    if (parser.isSet(minutes)) {
        bool ok = false;
        request.minutes = parser.value(minutes).toInt(&ok);
        if (!ok)
            return usage(CtlText::tr("--minutes takes a whole number."));
    }
    if (parser.isSet(title) && request.title.trimmed().isEmpty())
        return usage(CtlText::tr("--title must not be empty."));
    if (const QString problem = request.validate(); !problem.isEmpty())
        return usage(problem);

    const QByteArray body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QNetworkRequest post(intakeUrl(relayUrl));
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    post.setRawHeader(Core::Paging::IntakeSignature::TimestampHeader, QByteArray::number(now));
    post.setRawHeader(Core::Paging::IntakeSignature::SignatureHeader,
                      Core::Paging::IntakeSignature::sign(secret, now, body));
    post.setTransferTimeout(seconds * 1000);
    QNetworkAccessManager network;
    QNetworkReply *reply = network.post(post, body);
    int exitCode = ExitInternal;
    QObject::connect(reply, &QNetworkReply::finished, reply, [&] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 202) {
            const qint64 eventId = answer.value(QStringLiteral("event_id")).toInteger();
            printResult(asJson,
                        {{QStringLiteral("eventId"), eventId},
                         {QStringLiteral("action"), IntakeRequest::actionName(request.action)},
                         {QStringLiteral("request"), request.toJson()}},
                        CtlText::tr("Accepted by the relay as event %1.").arg(eventId));
            exitCode = ExitOk;
        } else if (status == 0) {
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError
                                  || reply->error() == QNetworkReply::TimeoutError;
            exitCode = timedOut ? ExitTimeout : ExitFailed;
            printError(asJson,
                       timedOut
                           ? CtlText::tr("The relay did not answer within %1 s.").arg(seconds)
                           : CtlText::tr("Cannot reach the relay: %1").arg(reply->errorString()),
                       exitCode);
        } else {
            // 400: the relay refused the request itself; 401/404/413/5xx: the relay or the
            // secret is not set up for this request.
            exitCode = status == 400 ? ExitUsage : ExitFailed;
            const QString reason = answer.value(QStringLiteral("error")).toString();
            printError(asJson,
                       CtlText::tr("The relay answered HTTP %1: %2")
                           .arg(status)
                           .arg(reason.isEmpty() ? reply->errorString() : reason),
                       exitCode);
        }
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    reply->deleteLater();
    return exitCode;
}

} // namespace Vortex::App
