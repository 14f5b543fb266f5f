// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "demostack.h"

#include "core/common/logging.h"
#include "core/relay/relayserver.h"
#include "core/twin/twinpeople.h"
#include "core/twin/twinserver.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

namespace Vortex::Core::Demo {

namespace {

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return raw.toHex();
}

Twin::TwinConfig demoTwinConfig(const QByteArray &authToken, const QUrl &inboundUrl)
{
    Twin::TwinConfig config = Twin::TwinConfig::defaults();
    config.authToken = authToken;
    config.seed = QRandomGenerator::system()->generate64();
    config.controlApi = false; // nothing in the console needs to steer its twin
    // A demo shows the happy path of a test page within seconds: carriers answer quickly and
    // nothing is lost. Failure modes are the twin's own tests' business (and the scenario
    // engine's, later), not a surprise for someone trying the console.
    for (auto it = config.countries.begin(); it != config.countries.end(); ++it) {
        it->undelivered = 0.0;
        it->failed = 0.0;
        it->filtered = 0.0;
        it->queuedToSent = {200, 900};
        it->sentToDelivered = {1200, 4000};
    }
    for (auto &number : config.numbers)
        number.smsUrl = inboundUrl.toString();
    return config;
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
    return options;
}

DemoStack::DemoStack(QString dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
{
    m_relayThread.setObjectName(QStringLiteral("demo-relay"));
    m_twinThread.setObjectName(QStringLiteral("demo-twin"));
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
    m_twinThread.start();
    m_twinHost = new QObject;
    m_twinHost->moveToThread(&m_twinThread);
    const Twin::TwinConfig config = demoTwinConfig(m_endpoints.authToken, m_relayInbound);
    m_endpoints.accountSid = config.accountSid;
    if (!config.numbers.isEmpty())
        m_endpoints.fromNumber = config.numbers.first().number;
    m_endpoints.phoneBook = {QStringLiteral("+447400123457"), QStringLiteral("+12015550124"),
                             QStringLiteral("+4915123456789")};
    QMetaObject::invokeMethod(m_twinHost, [this, config, host = m_twinHost] {
        auto *twin = new Twin::TwinServer(config, host);
        addDemoPeople(twin->people());
        if (!twin->listen(QHostAddress::LocalHost, 0)) {
            QMetaObject::invokeMethod(
                this, [this] { Q_EMIT failed(tr("The demo Twilio twin could not start.")); });
            return;
        }
        const QUrl base = twin->baseUrl();
        QMetaObject::invokeMethod(this, [this, base] {
            m_endpoints.twinBase = base;
            m_running = true;
            qCInfo(lcDemo) << "demo stack up: twin" << base.toString() << "relay"
                           << m_endpoints.relayBase.toString();
            Q_EMIT started(m_endpoints);
        });
    });
}

void DemoStack::stopThreads()
{
    // The servers are children of their hosts, so deleting a host in its own thread stops the
    // server there; then the thread can end.
    for (auto [host, thread] :
         {std::pair{m_relayHost, &m_relayThread}, std::pair{m_twinHost, &m_twinThread}}) {
        if (host)
            QMetaObject::invokeMethod(
                host, [host] { delete host; }, Qt::BlockingQueuedConnection);
        thread->quit();
        thread->wait();
    }
    m_relayHost = nullptr;
    m_twinHost = nullptr;
    m_running = false;
}

} // namespace Vortex::Core::Demo
