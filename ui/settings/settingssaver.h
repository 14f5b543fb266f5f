// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "settingsdraft.h"

#include <QObject>
#include <QPair>

namespace Vortex::Core::Security {
class SecretStore;
}

namespace Vortex::Ui {

/// Saves a SettingsDraft without blocking: first every new secret goes to the keychain (one
/// after the other), then — only if all were stored — the settings file is written, then
/// secrets no account uses any more are deleted. So the file never names an account whose
/// secret the keychain does not hold, and no secret ever reaches the file.
class SettingsSaver : public QObject
{
    Q_OBJECT

public:
    /// \a secrets and \a settings are not owned and must outlive the save.
    SettingsSaver(Vortex::Core::Security::SecretStore *secrets,
                  Vortex::Core::ConsoleSettings *settings, QObject *parent = nullptr);

    bool isBusy() const { return m_busy; }
    void save(const SettingsDraft &draft);

Q_SIGNALS:
    /// \a error is empty on success, else what went wrong (the settings file is unchanged).
    void finished(const QString &error);

private:
    void writeNext();
    void deleteNext();

    Vortex::Core::Security::SecretStore *m_secrets = nullptr;
    Vortex::Core::ConsoleSettings *m_settings = nullptr;
    SettingsDraft m_draft;
    QList<QPair<QString, QByteArray>> m_writes; ///< keychain key → secret, still to write
    QStringList m_deletes;
    bool m_busy = false;
};

} // namespace Vortex::Ui
