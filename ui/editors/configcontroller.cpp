// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "configcontroller.h"

namespace Vortex::Ui {

using Core::ConfigStore;
using Core::PagingConfigChange;
using Core::PagingConfigSaveResult;
using Core::PagingConfigSnapshot;

ConfigController::ConfigController(const QString &databasePath, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("vortex-config"));
    m_store = new ConfigStore(databasePath);
    m_store->moveToThread(&m_thread);
    // The store opens its SQLite connection on the worker thread, so it must close it there.
    connect(&m_thread, &QThread::finished, m_store, &QObject::deleteLater);
    connect(
        m_store, &ConfigStore::loaded, this,
        [this](const PagingConfigSnapshot &snapshot, const QString &error) {
            if (!error.isEmpty()) {
                Q_EMIT loadFailed(error);
                return;
            }
            m_snapshot = snapshot;
            m_loaded = true;
            Q_EMIT snapshotChanged(m_snapshot);
        },
        Qt::QueuedConnection);
    connect(
        m_store, &ConfigStore::saved, this,
        [this](const PagingConfigSaveResult &result) {
            m_pendingSaves = std::max(0, m_pendingSaves - 1);
            if (result.ok) {
                m_snapshot = result.snapshot;
                m_loaded = true;
            }
            Q_EMIT saveFinished(result);
            if (result.ok)
                Q_EMIT snapshotChanged(m_snapshot);
        },
        Qt::QueuedConnection);
    m_thread.start();
}

ConfigController::~ConfigController()
{
    // Shutting down: the worker finishes what it is doing (a save completes) and closes.
    m_thread.quit();
    m_thread.wait();
}

void ConfigController::reload()
{
    QMetaObject::invokeMethod(m_store, &ConfigStore::load, Qt::QueuedConnection);
}

quint64 ConfigController::save(const PagingConfigChange &change)
{
    const quint64 id = m_nextRequest++;
    ++m_pendingSaves;
    ConfigStore *store = m_store;
    QMetaObject::invokeMethod(
        m_store, [store, id, change] { store->save(id, change); }, Qt::QueuedConnection);
    return id;
}

} // namespace Vortex::Ui
