// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "sendtestcommand.h"

#include "ctlcommands.h"

#include "core/console/consoleengine.h"
#include "core/console/consolesettings.h"
#include "core/demo/demostack.h"
#include "core/security/secretstore.h"
#include "core/twilio/errordictionary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>
#include <optional>

namespace Vortex::App {

namespace {

/// One send-test run: owns the engine and, in demo mode, the demo stack.
class SendTestRun : public QObject
{
public:
    SendTestRun(QString to, QString body, bool json, bool wait, int timeoutSeconds)
        : m_to(std::move(to))
        , m_body(std::move(body))
        , m_json(json)
        , m_wait(wait)
        , m_timeoutSeconds(timeoutSeconds)
    {}

    int exitCode() const { return m_exitCode; }

    void startDemo()
    {
        m_demoDir.emplace();
        m_demo = std::make_unique<Core::Demo::DemoStack>(m_demoDir->path());
        m_isDemo = true;
        connect(m_demo.get(), &Core::Demo::DemoStack::failed, this,
                [this](const QString &reason) { finish(ExitInternal, reason); });
        connect(m_demo.get(), &Core::Demo::DemoStack::started, this,
                [this](const Core::Demo::DemoEndpoints &e) {
                    Core::ConsoleEngineOptions options
                        = e.engineOptions(m_demoDir->filePath(QStringLiteral("console.sqlite")));
                    send(options);
                });
        m_demo->start();
    }

    void startLive()
    {
        Core::ConsoleSettings settings;
        Core::ConsoleEngineOptions options;
        options.twilioApiBase = settings.apiBaseUrl();
        options.accountSid = settings.accountSid();
        options.apiUsername
            = settings.apiKeySid().isEmpty() ? settings.accountSid() : settings.apiKeySid();
        options.fromNumber = settings.fromNumber();
        options.statusCallbackUrl = settings.statusCallbackUrl();
        options.relayBase = settings.relayBaseUrl();
        options.databasePath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                               + QStringLiteral("/console.sqlite");
        const QString relayKey = Core::ConsoleSettings::relayTokenKey();
        m_secrets.readSecret(
            settings.twilioSecretKey(), this,
            [this, options, relayKey](Core::Security::SecretResult secret) mutable {
                if (!secret) {
                    finish(ExitInternal, CtlText::tr("The Twilio secret is not in the keychain: ")
                                             + secret.error().detail);
                    return;
                }
                options.apiSecret = secret.value();
                m_secrets.readSecret(relayKey, this,
                                     [this, options](Core::Security::SecretResult token) mutable {
                                         if (token)
                                             options.relayToken = token.value();
                                         send(options);
                                     });
            });
    }

private:
    void send(const Core::ConsoleEngineOptions &options)
    {
        m_engine = std::make_unique<Core::ConsoleEngine>(options);
        connect(m_engine.get(), &Core::ConsoleEngine::testPageFinished, this,
                [this](const Core::SendOutcome &outcome) {
                    if (!outcome.ok) {
                        m_result.insert(QStringLiteral("twilioCode"), outcome.twilioCode);
                        finish(outcome.twilioCode != 0 ? ExitFailed : ExitUsage, outcome.errorText);
                        return;
                    }
                    m_sid = outcome.sid;
                    if (!m_wait)
                        report(m_last.value_or(Core::MessageRecord{}), ExitOk);
                    else if (m_last && m_last->isFinal())
                        report(*m_last, succeeded(*m_last) ? ExitOk : ExitFailed);
                });
        connect(m_engine.get(), &Core::ConsoleEngine::messageChanged, this,
                [this](const Core::MessageRecord &record) {
                    if (!m_sid.isEmpty() && record.sid != m_sid)
                        return;
                    m_last = record;
                    if (!m_sid.isEmpty() && m_wait && record.isFinal())
                        report(record, succeeded(record) ? ExitOk : ExitFailed);
                });
        m_elapsed.start();
        QTimer::singleShot(m_timeoutSeconds * 1000, this, [this] {
            m_result.insert(QStringLiteral("status"), m_last ? m_last->status : QString());
            finish(ExitTimeout, CtlText::tr("No final status within %1 s.").arg(m_timeoutSeconds));
        });
        m_engine->start();
        m_engine->sendTestPage(1, m_to, m_body);
    }

    static bool succeeded(const Core::MessageRecord &record)
    {
        return record.status == QLatin1String("delivered")
               || record.status == QLatin1String("read");
    }

    void report(const Core::MessageRecord &record, int code)
    {
        m_result.insert(QStringLiteral("sid"), m_sid);
        m_result.insert(QStringLiteral("to"), m_to);
        m_result.insert(QStringLiteral("status"), record.status);
        m_result.insert(QStringLiteral("segments"), record.numSegments);
        m_result.insert(QStringLiteral("price"), record.price);
        m_result.insert(QStringLiteral("priceUnit"), record.priceUnit);
        m_result.insert(QStringLiteral("elapsedMs"), m_elapsed.elapsed());
        m_result.insert(QStringLiteral("demo"), m_isDemo);
        QString text = CtlText::tr("%1 to %2: %3 after %4 ms")
                           .arg(m_sid, m_to, record.status)
                           .arg(m_elapsed.elapsed());
        if (record.errorCode != 0) {
            m_result.insert(QStringLiteral("errorCode"), record.errorCode);
            const QString meaning = Core::Twilio::ErrorDictionary::lookup(record.errorCode).message;
            m_result.insert(QStringLiteral("errorMessage"), meaning);
            text += QStringLiteral(" (%1 %2)").arg(record.errorCode).arg(meaning);
        }
        printResult(m_json, m_result, text);
        m_exitCode = code;
        quitSoon();
    }

    void finish(int code, const QString &message)
    {
        if (m_done)
            return;
        printError(m_json, message, code);
        m_exitCode = code;
        quitSoon();
    }

    void quitSoon()
    {
        m_done = true;
        if (m_engine)
            m_engine->stop();
        QTimer::singleShot(0, qApp, [] { QCoreApplication::quit(); });
    }

    QString m_to;
    QString m_body;
    bool m_json = false;
    bool m_wait = true;
    int m_timeoutSeconds = 30;
    bool m_isDemo = false;
    bool m_done = false;
    int m_exitCode = ExitInternal;
    QString m_sid;
    std::optional<Core::MessageRecord> m_last;
    QJsonObject m_result;
    QElapsedTimer m_elapsed;
    std::optional<QTemporaryDir> m_demoDir;
    std::unique_ptr<Core::Demo::DemoStack> m_demo;
    std::unique_ptr<Core::ConsoleEngine> m_engine;
    Core::Security::KeychainSecretStore m_secrets;
};

} // namespace

int runSendTest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CtlText::tr(
        "Sends a test page through the console's engine and waits for its final status. "
        "Uses the configured Twilio account, or the demo stack with --demo (and when no "
        "account is configured)."));
    parser.addHelpOption();
    const QCommandLineOption to(QStringLiteral("to"),
                                CtlText::tr("Recipient in E.164 (+447400123456)."),
                                QStringLiteral("number"));
    const QCommandLineOption body(QStringLiteral("body"), CtlText::tr("Message text."),
                                  QStringLiteral("text"));
    const QCommandLineOption json(QStringLiteral("json"), CtlText::tr("Print JSON."));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"), CtlText::tr("Seconds to wait for a final status (default 30)."),
        QStringLiteral("seconds"), QStringLiteral("30"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  CtlText::tr("Use the in-process demo stack."));
    const QCommandLineOption noWait(QStringLiteral("no-wait"),
                                    CtlText::tr("Return once Twilio accepted the message."));
    parser.addOptions({to, body, json, timeout, demo, noWait});
    parser.process(arguments);
    const bool asJson = parser.isSet(json);
    if (!parser.isSet(to) || !parser.isSet(body)) {
        printError(asJson, CtlText::tr("send-test needs --to and --body."), ExitUsage);
        return ExitUsage;
    }
    bool okTimeout = false;
    const int seconds = parser.value(timeout).toInt(&okTimeout);
    if (!okTimeout || seconds <= 0 || seconds > 86400) {
        printError(asJson, CtlText::tr("--timeout takes a number of seconds from 1 to 86400."),
                   ExitUsage);
        return ExitUsage;
    }
    SendTestRun run(parser.value(to), parser.value(body), asJson, !parser.isSet(noWait), seconds);
    if (parser.isSet(demo) || !Core::ConsoleSettings().hasTwilioAccount())
        run.startDemo();
    else
        run.startLive();
    QCoreApplication::exec();
    return run.exitCode();
}

} // namespace Vortex::App
