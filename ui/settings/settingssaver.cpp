// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "settingssaver.h"

#include <core/common/logging.h>
#include <core/security/secretstore.h>

namespace Vortex::Ui {

using namespace Vortex::Core::Security;

SettingsSaver::SettingsSaver(SecretStore *secrets, Vortex::Core::ConsoleSettings *settings,
                             QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_settings(settings)
{}

void SettingsSaver::save(const SettingsDraft &draft)
{
    if (m_busy)
        return;
    m_busy = true;
    m_draft = draft;
    m_writes.clear();
    for (const AccountDraft &account : draft.accounts) {
        if (!account.newSecret.isEmpty())
            m_writes.append({account.account.secretKey(), account.newSecret});
    }
    if (!draft.newRelayToken.isEmpty())
        m_writes.append({Vortex::Core::ConsoleSettings::relayTokenKey(), draft.newRelayToken});
    m_deletes = draft.secretKeysToDelete();
    // Drop the typed secrets from the copy as soon as they are queued.
    for (AccountDraft &account : m_draft.accounts)
        account.newSecret.clear();
    m_draft.newRelayToken.clear();
    writeNext();
}

void SettingsSaver::writeNext()
{
    if (m_writes.isEmpty()) {
        m_draft.applyTo(*m_settings);
        m_settings->sync();
        deleteNext();
        return;
    }
    const auto [key, secret] = m_writes.takeFirst();
    m_secrets->writeSecret(key, secret, this, [this, key](DoneResult result) {
        if (!result) {
            m_writes.clear();
            m_busy = false;
            // The key names the account (its SID), never the secret.
            Q_EMIT finished(tr("The keychain did not store the secret for %1: %2")
                                .arg(key, result.error().detail));
            return;
        }
        writeNext();
    });
}

void SettingsSaver::deleteNext()
{
    if (m_deletes.isEmpty()) {
        m_busy = false;
        Q_EMIT finished(QString());
        return;
    }
    const QString key = m_deletes.takeFirst();
    m_secrets->deleteSecret(key, this, [this, key](DoneResult result) {
        // Not fatal: the settings are saved; a stale secret only takes keychain space.
        if (!result && result.error().kind != SecretError::Kind::NotFound)
            qCWarning(lcConsole) << "could not delete the keychain entry" << key
                                 << result.error().detail;
        deleteNext();
    });
}

} // namespace Vortex::Ui

#include "moc_settingssaver.cpp"
