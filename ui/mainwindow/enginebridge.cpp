// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "enginebridge.h"

#include <ui/dialogs/sendtestpagedialog.h>
#include <ui/models/messagesmodel.h>
#include <ui/views/connectivityindicator.h>

#include <core/console/consoleengine.h>

namespace Vortex::Ui {

using Vortex::Core::ConsoleEngine;

EngineBridge::EngineBridge(ConsoleEngine *engine, MessagesModel *model, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    if (!engine)
        return;
    // Explicitly queued: even when the engine shares the UI thread (tests), its signals are
    // handled from the event loop, never re-entrantly inside an engine call.
    connect(engine, &ConsoleEngine::messagesLoaded, model, &MessagesModel::setRecords,
            Qt::QueuedConnection);
    connect(
        engine, &ConsoleEngine::messageChanged, model,
        [model](const Vortex::Core::MessageRecord &record) { model->upsert(record); },
        Qt::QueuedConnection);
}

void EngineBridge::attachIndicators(ConnectivityIndicator *twilio, ConnectivityIndicator *relay)
{
    if (!m_engine)
        return;
    connect(m_engine, &ConsoleEngine::twilioConnectivityChanged, twilio,
            &ConnectivityIndicator::setState, Qt::QueuedConnection);
    connect(m_engine, &ConsoleEngine::relayConnectivityChanged, relay,
            &ConnectivityIndicator::setState, Qt::QueuedConnection);
}

void EngineBridge::attachDialog(SendTestPageDialog *dialog)
{
    connect(dialog, &SendTestPageDialog::sendRequested, this, &EngineBridge::requestTestPage);
    connect(dialog, &SendTestPageDialog::callRequested, this, &EngineBridge::requestTestCall);
    connect(dialog, &SendTestPageDialog::whatsAppRequested, this,
            &EngineBridge::requestTestWhatsApp);
    if (!m_engine)
        return;
    connect(m_engine, &ConsoleEngine::testPageFinished, dialog, &SendTestPageDialog::onSendFinished,
            Qt::QueuedConnection);
    connect(m_engine, &ConsoleEngine::messageChanged, dialog, &SendTestPageDialog::onMessageChanged,
            Qt::QueuedConnection);
    connect(m_engine, &ConsoleEngine::testCallChanged, dialog, &SendTestPageDialog::onCallChanged,
            Qt::QueuedConnection);
}

void EngineBridge::requestTestPage(quint64 requestId, const QString &to, const QString &body)
{
    if (!m_engine)
        return;
    ConsoleEngine *engine = m_engine;
    QMetaObject::invokeMethod(
        engine, [engine, requestId, to, body] { engine->sendTestPage(requestId, to, body); },
        Qt::QueuedConnection);
}

void EngineBridge::requestTestCall(quint64 requestId, const QString &to, const QString &text)
{
    if (!m_engine)
        return;
    ConsoleEngine *engine = m_engine;
    QMetaObject::invokeMethod(
        engine, [engine, requestId, to, text] { engine->sendTestCall(requestId, to, text); },
        Qt::QueuedConnection);
}

void EngineBridge::requestTestWhatsApp(quint64 requestId, const QString &to, const QString &text)
{
    if (!m_engine)
        return;
    ConsoleEngine *engine = m_engine;
    QMetaObject::invokeMethod(
        engine, [engine, requestId, to, text] { engine->sendTestWhatsApp(requestId, to, text); },
        Qt::QueuedConnection);
}

} // namespace Vortex::Ui

#include "moc_enginebridge.cpp"
