// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <core/console/configstore.h>

#include <QObject>
#include <QThread>

namespace Vortex::Ui {

/// The editors' side of ConfigStore: runs the store on its own worker thread (own SQLite
/// connection beside the engine's) and hands back value snapshots by queued signals, so the UI
/// thread never touches the disk. One controller serves both editors of a RoutingPanel.
class ConfigController : public QObject
{
    Q_OBJECT

public:
    /// \a databasePath: the paging store (PanelContext::pagingDatabasePath).
    explicit ConfigController(const QString &databasePath, QObject *parent = nullptr);
    ~ConfigController() override;

    /// Reads the stored configuration again; answers with snapshotChanged() or loadFailed().
    void reload();
    /// Validates and writes \a change; answers with saveFinished() (and snapshotChanged() when
    /// it was written). Returns the request id.
    quint64 save(const Core::PagingConfigChange &change);

    bool isLoaded() const { return m_loaded; }
    bool isSaving() const { return m_pendingSaves > 0; }
    /// The last configuration read or written.
    const Core::PagingConfigSnapshot &snapshot() const { return m_snapshot; }

Q_SIGNALS:
    void snapshotChanged(const Vortex::Core::PagingConfigSnapshot &snapshot);
    void loadFailed(const QString &message);
    void saveFinished(const Vortex::Core::PagingConfigSaveResult &result);

private:
    QThread m_thread;
    Core::ConfigStore *m_store = nullptr; ///< lives on m_thread; deleted there
    Core::PagingConfigSnapshot m_snapshot;
    bool m_loaded = false;
    int m_pendingSaves = 0;
    quint64 m_nextRequest = 1;
};

} // namespace Vortex::Ui
