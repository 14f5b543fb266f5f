// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "demostack.h"

#include "core/common/logging.h"
#include "core/relay/relayserver.h"
#include "core/twin/twinclock.h"
#include "core/twin/twinpeople.h"
#include "core/twin/twinscenarioplan.h"
#include "core/twin/twinserver.h"
#include "demohistory.h"
#include "demoseeder.h"
#include "demotraffic.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPointer>
#include <QRandomGenerator>

#include <optional>

namespace Vortex::Core::Demo {

namespace {

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return raw.toHex();
}

Twin::TwinConfig demoTwinConfig(const QByteArray &authToken)
{
    Twin::TwinConfig config = Twin::TwinConfig::defaults();
    config.authToken = authToken;
    config.seed = QRandomGenerator::system()->generate64();
    config.controlApi = false; // nothing in the console needs to steer its twin
    return config;
}

/// What the live demo twin does, after any history was played on it: random SIDs, no faults,
/// inbound SMS to the relay, and carriers that answer quickly and lose nothing. A demo shows the
/// happy path of a test page within seconds; the week of history shows the failure modes.
void makeLive(Twin::TwinServer &twin, const QUrl &inboundUrl)
{
    Twin::TwinConfig &config = *twin.context().config;
    config.deterministicSids = false;
    for (auto it = config.countries.begin(); it != config.countries.end(); ++it) {
        it->undelivered = 0.0;
        it->failed = 0.0;
        it->filtered = 0.0;
        it->queuedToSent = {200, 900};
        it->sentToDelivered = {1200, 4000};
    }
    twin.setFaults(Twin::FaultProfile{});
    QStringList numbers;
    for (const Twin::OwnedNumber &number : config.numbers)
        numbers.append(number.number);
    for (const QString &number : std::as_const(numbers))
        twin.setInboundUrl(number, inboundUrl.toString());
    Twin::TwinClock *clock = twin.clock();
    clock->resetTo(QDateTime::currentDateTimeUtc());
    clock->setMode(Twin::TwinClock::Mode::RealTime);
}

/// The demo recipients' phones (resources/paging/paging-demo.json): Alice acknowledges pages by
/// SMS a minute or so after reading them, Bob presses 1 when called, Carla reads and stays silent.
void addDemoPeople(Twin::TwinPeople &people)
{
    Twin::Person alice;
    alice.name = QStringLiteral("Alice Morgan");
    alice.number = QStringLiteral("+447400123457");
    alice.timeZone = QStringLiteral("Europe/London");
    alice.sms.reply = QStringLiteral("ACK");
    alice.sms.readAfterMinMs = 20000;
    alice.sms.readAfterMaxMs = 90000;
    alice.sms.replyAfterMs = 15000;
    alice.call.digits = QStringLiteral("1");
    people.upsert(alice);
    Twin::Person bob;
    bob.name = QStringLiteral("Bob Carter");
    bob.number = QStringLiteral("+12015550124");
    bob.timeZone = QStringLiteral("America/New_York");
    bob.call.answerAfterMs = 6000;
    bob.call.digits = QStringLiteral("1");
    people.upsert(bob);
    Twin::Person carla;
    carla.name = QStringLiteral("Carla Neumann");
    carla.number = QStringLiteral("+4915112345678");
    carla.timeZone = QStringLiteral("Europe/Berlin");
    people.upsert(carla);
}

} // namespace

ConsoleEngineOptions DemoEndpoints::engineOptions(const QString &databasePath) const
{
    ConsoleEngineOptions options;
    options.twilioApiBase = twinBase;
    options.accountSid = accountSid;
    options.apiUsername = accountSid;
    options.apiSecret = authToken;
    options.fromNumber = fromNumber;
    options.statusCallbackUrl = statusCallbackUrl;
    options.relayBase = relayBase;
    options.relayToken = consoleToken;
    options.databasePath = databasePath;
    options.pagingDatabasePath
        = QFileInfo(databasePath).absolutePath() + QStringLiteral("/paging.sqlite");
    options.pagingConfigPath = QStringLiteral(":/paging/paging-demo.json");
    options.pagingConfigSeedsOnly = true; // the operator's edits survive a restart
    return options;
}

DemoOptions DemoOptions::full()
{
    DemoOptions options;
    options.history = true;
    options.liveTraffic = true;
    return options;
}

DemoStack::DemoStack(QString dataDir, QObject *parent)
    : DemoStack(std::move(dataDir), DemoOptions{}, parent)
{}

DemoStack::DemoStack(QString dataDir, DemoOptions options, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_options(std::move(options))
{
    m_relayThread.setObjectName(QStringLiteral("demo-relay"));
    m_twinThread.setObjectName(QStringLiteral("demo-twin"));
    m_workerThread.setObjectName(QStringLiteral("demo-worker"));
}

DemoStack::~DemoStack()
{
    stopThreads();
}

void DemoStack::start()
{
    if (!QDir().mkpath(m_dataDir)) {
        // Queued: whoever called start() gets to enter its event loop before hearing of it.
        const QString reason = tr("Cannot create the demo data folder %1").arg(m_dataDir);
        QMetaObject::invokeMethod(
            this, [this, reason] { Q_EMIT failed(reason); }, Qt::QueuedConnection);
        return;
    }
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_report = {};
    m_endpoints = {};
    m_endpoints.dataDir = m_dataDir;
    m_endpoints.authToken = randomHex(16);
    m_endpoints.consoleToken = randomHex(24);
    m_endpoints.intakeSecret = randomHex(24);
    startRelay();
}

void DemoStack::startRelay()
{
    m_relayThread.start();
    m_relayHost = new QObject;
    m_relayHost->moveToThread(&m_relayThread);
    Relay::RelayConfig config;
    config.listenAddress = QHostAddress::LocalHost;
    config.listenPort = 0;
    config.twilioAuthToken = m_endpoints.authToken;
    config.consoleTokens = {m_endpoints.consoleToken};
    config.intakeSecret = m_endpoints.intakeSecret;
    config.dataDirectory = m_dataDir + QStringLiteral("/relay");
    QMetaObject::invokeMethod(m_relayHost, [this, config, host = m_relayHost] {
        QDir().mkpath(config.dataDirectory);
        auto *relay = new Relay::RelayServer(config, host);
        if (!relay->start()) {
            QMetaObject::invokeMethod(
                this, [this] { Q_EMIT failed(tr("The demo relay could not start.")); });
            return;
        }
        const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(relay->port()));
        relay->setPublicUrl(base);
        const QUrl status = relay->statusCallbackUrl();
        const QUrl inbound = relay->inboundUrl();
        QMetaObject::invokeMethod(this, [this, base, status, inbound] {
            m_endpoints.relayBase = base;
            m_endpoints.statusCallbackUrl = status;
            m_endpoints.phoneBook.clear();
            m_endpoints.twinBase = QUrl();
            m_endpoints.fromNumber.clear();
            m_relayInbound = inbound;
            startTwin();
        });
    });
}

void DemoStack::startTwin()
{
    std::optional<Twin::TwinScenario> scenario;
    if (m_options.history || m_options.liveTraffic) {
        auto loaded = Twin::TwinScenario::fromFile(m_options.scenarioPath);
        if (!loaded) {
            const QString reason = loaded.error();
            QMetaObject::invokeMethod(
                this, [this, reason] { Q_EMIT failed(tr("The demo scenario: %1").arg(reason)); },
                Qt::QueuedConnection);
            return;
        }
        scenario = std::move(loaded).value();
    }
    const bool seedHistory = m_options.history && !DemoSeeder::isSeeded(m_dataDir);
    m_twinThread.start();
    m_twinHost = new QObject;
    m_twinHost->moveToThread(&m_twinThread);
    Twin::TwinConfig config = demoTwinConfig(m_endpoints.authToken);
    if (seedHistory)
        config = DemoHistory::configFor(*scenario, config);
    m_endpoints.accountSid = config.accountSid;
    if (!config.numbers.isEmpty())
        m_endpoints.fromNumber = config.numbers.first().number;
    m_endpoints.phoneBook = {QStringLiteral("+447400123457"), QStringLiteral("+12015550124"),
                             QStringLiteral("+4915123456789")};
    const QUrl inbound = m_relayInbound;
    QMetaObject::invokeMethod(
        m_twinHost, [this, config, host = m_twinHost, scenario, seedHistory, inbound] {
            auto *twin = new Twin::TwinServer(config, host);
            HistoryResult history;
            qint64 playMs = 0;
            QString problem;
            if (seedHistory) {
                QElapsedTimer timer;
                timer.start();
                DemoHistory player(twin);
                auto played = player.play(*scenario, QDateTime::currentDateTimeUtc());
                if (played)
                    history = std::move(played).value();
                else
                    problem = played.error();
                playMs = timer.elapsed();
            }
            makeLive(*twin, inbound);
            QStringList customers;
            if (scenario) {
                // The scenario's customers, with their habits (some answer STOP), for live traffic.
                QStringList owned;
                for (const Twin::OwnedNumber &number : twin->config().numbers)
                    owned.append(number.number);
                const auto plan
                    = Twin::TwinScenarioPlan::build(*scenario, twin->clock()->nowMs(), owned);
                if (plan) {
                    for (const Twin::Person &person : plan->people) {
                        if (!seedHistory)
                            twin->people().upsert(person);
                        customers.append(person.number);
                    }
                }
            }
            addDemoPeople(twin->people()); // after the customers: the on-call team's scripts win
            if (!twin->listen(QHostAddress::LocalHost, 0)) {
                QMetaObject::invokeMethod(
                    this, [this] { Q_EMIT failed(tr("The demo Twilio twin could not start.")); });
                return;
            }
            const QUrl base = twin->baseUrl();
            QMetaObject::invokeMethod(
                this, [this, base, twin, history, playMs, problem, customers, seedHistory] {
                    m_twin = twin;
                    m_endpoints.twinBase = base;
                    m_report.customers = customers;
                    qCInfo(lcDemo) << "demo stack up: twin" << base.toString() << "relay"
                                   << m_endpoints.relayBase.toString();
                    if (!problem.isEmpty())
                        qCWarning(lcDemo) << "demo history not played:" << problem;
                    if (seedHistory && problem.isEmpty())
                        seed(history, playMs);
                    else
                        finishStart();
                });
        });
}

void DemoStack::seed(const HistoryResult &history, qint64 playMs)
{
    if (!m_workerThread.isRunning()) {
        m_workerThread.start();
        m_workerHost = new QObject;
        m_workerHost->moveToThread(&m_workerThread);
    }
    DemoSeedReport report;
    report.playMs = playMs;
    QMetaObject::invokeMethod(m_workerHost, [this, host = m_workerHost, endpoints = m_endpoints,
                                             history, report] {
        auto *seeder = new DemoSeeder(endpoints, history, report, host);
        connect(seeder, &DemoSeeder::finished, this, [this, seeder](const DemoSeedReport &done) {
            seeder->deleteLater();
            m_report.seed = done;
            finishStart();
        });
        connect(seeder, &DemoSeeder::failed, this, [this, seeder](const QString &reason) {
            seeder->deleteLater();
            // The demo still works without its history; the next start tries again.
            qCWarning(lcDemo) << "demo history not stored:" << reason;
            finishStart();
        });
        seeder->run();
    });
}

void DemoStack::finishStart()
{
    m_running = true;
    m_report.startedMs = QDateTime::currentMSecsSinceEpoch() - m_startedAtMs;
    qCInfo(lcDemo) << "demo ready after" << m_report.startedMs << "ms";
    Q_EMIT started(m_endpoints);
    if (!m_options.liveTraffic || m_report.customers.isEmpty())
        return;
    if (!m_workerThread.isRunning()) {
        m_workerThread.start();
        m_workerHost = new QObject;
        m_workerHost->moveToThread(&m_workerThread);
    }
    QPointer<QObject> twinHost = m_twinHost;
    Twin::TwinServer *twin = m_twin;
    auto openSession = [twinHost, twin](const QString &customer) {
        // The customer writes to the twin's number first (on the twin's thread).
        if (!twinHost)
            return;
        QMetaObject::invokeMethod(twinHost, [twin, customer] {
            const bool gb = customer.startsWith(QLatin1String("+44"));
            const QString to
                = gb ? QStringLiteral("+447400123456") : twin->config().numbers.constFirst().number;
            twin->injectInbound(
                QStringLiteral("whatsapp:") + customer, QStringLiteral("whatsapp:") + to,
                QCoreApplication::translate("DemoTraffic", "Hi, any news on my order?"));
        });
    };
    QMetaObject::invokeMethod(m_workerHost, [host = m_workerHost, endpoints = m_endpoints,
                                             customers = m_report.customers, openSession,
                                             options = m_options.traffic] {
        auto *traffic = new DemoTraffic(endpoints, customers, openSession, options, host);
        traffic->start();
    });
}

void DemoStack::stopThreads()
{
    // The servers are children of their hosts, so deleting a host in its own thread stops the
    // server there; then the thread can end.
    for (auto [host, thread] :
         {std::pair{m_workerHost, &m_workerThread}, std::pair{m_relayHost, &m_relayThread},
          std::pair{m_twinHost, &m_twinThread}}) {
        if (host)
            QMetaObject::invokeMethod(
                host, [host] { delete host; }, Qt::BlockingQueuedConnection);
        thread->quit();
        thread->wait();
    }
    m_workerHost = nullptr;
    m_relayHost = nullptr;
    m_twinHost = nullptr;
    m_twin = nullptr;
    m_running = false;
}

} // namespace Vortex::Core::Demo
