// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "consolelauncher.h"

#include "core/console/consolesettings.h"
#include "core/security/secretstore.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

namespace Vortex::App {

ConsoleLauncher::ConsoleLauncher(bool forceDemo, QString dataDir, QObject *parent)
    : QObject(parent)
    , m_forceDemo(forceDemo)
    , m_dataDir(dataDir.isEmpty()
                    ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                    : std::move(dataDir))
{
    m_engineThread.setObjectName(QStringLiteral("console-engine"));
}

ConsoleLauncher::~ConsoleLauncher()
{
    m_window.reset();
    if (m_engine) {
        QMetaObject::invokeMethod(m_engine, &Core::ConsoleEngine::stop,
                                  Qt::BlockingQueuedConnection);
        m_engine->deleteLater();
    }
    m_engineThread.quit();
    m_engineThread.wait();
    m_demo.reset();
}

void ConsoleLauncher::launch()
{
    Core::ConsoleSettings settings;
    if (m_forceDemo || settings.demoMode() || !settings.hasTwilioAccount())
        launchDemo();
    else
        launchLive();
}

void ConsoleLauncher::launchDemo()
{
    const QString demoDir = m_dataDir + QStringLiteral("/demo");
    m_demo = std::make_unique<Core::Demo::DemoStack>(demoDir, Core::Demo::DemoOptions::full());
    connect(m_demo.get(), &Core::Demo::DemoStack::failed, this, &ConsoleLauncher::showFatal);
    connect(m_demo.get(), &Core::Demo::DemoStack::started, this,
            [this, demoDir](const Core::Demo::DemoEndpoints &endpoints) {
                Core::ConsoleEngineOptions options
                    = endpoints.engineOptions(demoDir + QStringLiteral("/console.sqlite"));
                openWindow(options, true);
            });
    m_demo->start();
}

void ConsoleLauncher::launchLive()
{
    // Secrets come from the keychain asynchronously; the window opens when both are known.
    auto settings = std::make_shared<Core::ConsoleSettings>();
    auto store = std::make_shared<Core::Security::KeychainSecretStore>();
    auto options = std::make_shared<Core::ConsoleEngineOptions>();
    options->twilioApiBase = settings->apiBaseUrl();
    options->accountSid = settings->accountSid();
    options->apiUsername
        = settings->apiKeySid().isEmpty() ? settings->accountSid() : settings->apiKeySid();
    options->fromNumber = settings->fromNumber();
    options->statusCallbackUrl = settings->statusCallbackUrl();
    options->relayBase = settings->relayBaseUrl();
    options->databasePath = m_dataDir + QStringLiteral("/console.sqlite");
    options->pagingDatabasePath = m_dataDir + QStringLiteral("/paging.sqlite");
    QDir().mkpath(m_dataDir);
    store->readSecret(
        settings->twilioSecretKey(), this,
        [this, store, options](Core::Security::SecretResult secret) {
            if (!secret) {
                showFatal(tr("The Twilio credentials for %1 are not in the keychain (%2). Store "
                             "them with: vortexctl credentials set")
                              .arg(options->accountSid, secret.error().detail));
                return;
            }
            options->apiSecret = secret.value();
            store->readSecret(Core::ConsoleSettings::relayTokenKey(), this,
                              [this, options](Core::Security::SecretResult token) {
                                  // Without a relay token the console still sends; it shows
                                  // the relay as offline.
                                  if (token)
                                      options->relayToken = token.value();
                                  openWindow(*options, false);
                              });
        });
}

void ConsoleLauncher::openWindow(Core::ConsoleEngineOptions options, bool demo)
{
    const QString messagesDatabase = options.databasePath;
    const QString pagingDatabase = options.pagingDatabasePath;
    m_engine = new Core::ConsoleEngine(std::move(options));
    m_engine->moveToThread(&m_engineThread);
    m_engineThread.start();
    Ui::MainWindowOptions windowOptions;
    windowOptions.demoMode = demo;
    windowOptions.dataLocation = m_dataDir;
    windowOptions.messagesDatabasePath = messagesDatabase;
    windowOptions.pagingDatabasePath = pagingDatabase;
    m_window = std::make_unique<Ui::MainWindow>(m_engine, windowOptions);
    m_window->show();
    QMetaObject::invokeMethod(m_engine, &Core::ConsoleEngine::start, Qt::QueuedConnection);
}

void ConsoleLauncher::showFatal(const QString &message)
{
    QMessageBox::critical(nullptr, tr("Vortex Alert Console"), message);
    QApplication::exit(1);
}

} // namespace Vortex::App
