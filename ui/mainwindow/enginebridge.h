// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QObject>
#include <QPointer>

namespace Vortex::Core {
class ConsoleEngine;
}

namespace Vortex::Ui {

class ConnectivityIndicator;
class MessagesModel;
class SendTestPageDialog;

/// Wires the UI to the engine, which lives on a worker thread: engine signals reach the UI
/// through queued connections, requests go out with QMetaObject::invokeMethod (queued). The
/// UI thread never waits on the engine.
class EngineBridge : public QObject
{
    Q_OBJECT

public:
    EngineBridge(Vortex::Core::ConsoleEngine *engine, MessagesModel *model,
                 QObject *parent = nullptr);

    void attachIndicators(ConnectivityIndicator *twilio, ConnectivityIndicator *relay);
    void attachDialog(SendTestPageDialog *dialog);

    /// Queues ConsoleEngine::sendTestPage on the engine's thread.
    void requestTestPage(quint64 requestId, const QString &to, const QString &body);
    /// Queues ConsoleEngine::sendTestCall.
    void requestTestCall(quint64 requestId, const QString &to, const QString &text);
    /// Queues ConsoleEngine::sendTestWhatsApp.
    void requestTestWhatsApp(quint64 requestId, const QString &to, const QString &text);

private:
    QPointer<Vortex::Core::ConsoleEngine> m_engine;
};

} // namespace Vortex::Ui
