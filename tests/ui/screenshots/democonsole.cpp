// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "democonsole.h"

#include <ui/mainwindow/mainwindow.h>

#include <core/console/consoleengine.h>
#include <core/demo/demoseeder.h>
#include <core/security/secretstore.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QTimer>

#include <optional>

namespace Vortex::Test {

namespace {

using Core::Security::DoneResult;
using Core::Security::SecretError;
using Core::Security::SecretResult;

/// Secrets in memory, answered later like the keychain: the screenshots never touch the
/// user's keychain.
class InMemorySecretStore final : public Core::Security::SecretStore
{
public:
    void readSecret(const QString &key, QObject *context,
                    std::function<void(SecretResult)> done) override
    {
        const auto it = m_secrets.constFind(key);
        SecretResult result
            = it == m_secrets.constEnd()
                  ? SecretResult(Core::fail(SecretError{SecretError::Kind::NotFound, {}}))
                  : SecretResult(it.value());
        QTimer::singleShot(0, context, [done, result] { done(result); });
    }
    void writeSecret(const QString &key, const QByteArray &secret, QObject *context,
                     std::function<void(DoneResult)> done) override
    {
        m_secrets.insert(key, secret);
        QTimer::singleShot(0, context, [done] { done(DoneResult(Core::Done{})); });
    }
    void deleteSecret(const QString &key, QObject *context,
                      std::function<void(DoneResult)> done) override
    {
        m_secrets.remove(key);
        QTimer::singleShot(0, context, [done] { done(DoneResult(Core::Done{})); });
    }

private:
    QHash<QString, QByteArray> m_secrets;
};

} // namespace

DemoConsole::DemoConsole(QString dataDir, Core::Demo::DemoOptions options)
    : m_dataDir(std::move(dataDir))
    , m_stack(std::make_unique<Core::Demo::DemoStack>(m_dataDir, std::move(options)))
    , m_secrets(std::make_unique<InMemorySecretStore>())
{
    m_engineThread.setObjectName(QStringLiteral("console-engine"));
}

DemoConsole::~DemoConsole()
{
    // As the console's launcher does it: the window (and its panels' workers) first, then the
    // engine on its own thread, then the stack.
    m_window.reset();
    if (m_engine) {
        QMetaObject::invokeMethod(m_engine, &Core::ConsoleEngine::stop,
                                  Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine] { delete engine; }, Qt::BlockingQueuedConnection);
        m_engine = nullptr;
    }
    m_engineThread.quit();
    m_engineThread.wait();
    m_stack.reset();
}

QString DemoConsole::consoleStorePath() const
{
    return Core::Demo::DemoSeeder::consoleStorePath(m_dataDir);
}

QString DemoConsole::pagingStorePath() const
{
    return Core::Demo::DemoSeeder::pagingStorePath(m_dataDir);
}

bool DemoConsole::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

QString DemoConsole::start(int timeoutMs)
{
    bool started = false;
    QString failure;
    QObject::connect(m_stack.get(), &Core::Demo::DemoStack::started, m_stack.get(),
                     [&started](const Core::Demo::DemoEndpoints &) { started = true; });
    QObject::connect(m_stack.get(), &Core::Demo::DemoStack::failed, m_stack.get(),
                     [&failure](const QString &why) { failure = why; });
    m_stack->start();
    const bool answered = waitFor([&] { return started || !failure.isEmpty(); }, timeoutMs);
    // The lambdas above capture locals: nothing may call them after this function.
    QObject::disconnect(m_stack.get(), nullptr, m_stack.get(), nullptr);
    if (!answered)
        return QStringLiteral("the demo stack did not start within %1 ms").arg(timeoutMs);
    if (!failure.isEmpty())
        return failure;

    const Core::ConsoleEngineOptions options = endpoints().engineOptions(consoleStorePath());
    m_engine = new Core::ConsoleEngine(options);
    m_engine->moveToThread(&m_engineThread);
    m_engineThread.start();

    Ui::MainWindowOptions windowOptions;
    windowOptions.demoMode = true;
    windowOptions.dataLocation = m_dataDir;
    windowOptions.messagesDatabasePath = options.databasePath;
    windowOptions.pagingDatabasePath = options.pagingDatabasePath;
    windowOptions.secretStore = m_secrets.get();
    m_window = std::make_unique<Ui::MainWindow>(m_engine, windowOptions);
    QMetaObject::invokeMethod(m_engine, &Core::ConsoleEngine::start, Qt::QueuedConnection);
    return {};
}

} // namespace Vortex::Test
