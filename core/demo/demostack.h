// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/console/consoleengine.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <QUrl>

namespace Vortex::Core::Demo {

/// Where the in-process demo stack listens, and the throw-away secrets it made up for this run.
struct DemoEndpoints
{
    QUrl twinBase; ///< the twin's REST base URL, standing in for https://api.twilio.com
    QString accountSid;
    QByteArray authToken;    ///< random per run, in memory only
    QString fromNumber;      ///< the twin account's sender
    QStringList phoneBook;   ///< numbers a demo operator can page
    QUrl relayBase;          ///< the relay's base URL (feed, health)
    QUrl statusCallbackUrl;  ///< what Twilio is told to call
    QByteArray consoleToken; ///< the relay feed's bearer token, random per run
    QByteArray intakeSecret; ///< the relay intake's HMAC secret, random per run
    QString dataDir;

    /// What a console engine needs to work against this stack, with its store at \a databasePath.
    ConsoleEngineOptions engineOptions(const QString &databasePath) const;
};

/// Starts a Twilio twin and a relay, each on its own thread, on free loopback ports. The twin
/// signs callbacks with the same (random) auth token the relay validates against, and its number's
/// inbound SMS URL points at the relay. Used by the console in demo mode and by `vortexctl demo`.
class DemoStack : public QObject
{
    Q_OBJECT

public:
    explicit DemoStack(QString dataDir, QObject *parent = nullptr);
    ~DemoStack() override;

    /// Asynchronous: emits started() or failed().
    void start();
    const DemoEndpoints &endpoints() const { return m_endpoints; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void started(const Vortex::Core::Demo::DemoEndpoints &endpoints);
    void failed(const QString &reason);

private:
    void startRelay();
    void startTwin();
    void stopThreads();

    QString m_dataDir;
    QUrl m_relayInbound;
    DemoEndpoints m_endpoints;
    QThread m_relayThread;
    QThread m_twinThread;
    QObject *m_relayHost = nullptr; ///< lives on m_relayThread; owns the relay
    QObject *m_twinHost = nullptr;  ///< lives on m_twinThread; owns the twin
    bool m_running = false;
};

} // namespace Vortex::Core::Demo
