// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace Vortex::Core::Security {

struct SecretError
{
    enum class Kind { NotFound, AccessDenied, NoBackend, Other };
    Kind kind = Kind::Other;
    QString detail;
};

using SecretResult = Result<QByteArray, SecretError>;
using DoneResult = Result<Done, SecretError>;

/// Where auth tokens, API secrets and relay tokens live. Asynchronous: callbacks run on the
/// thread that called, with \a context as the receiver (dropped if it is gone).
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    virtual void readSecret(const QString &key, QObject *context,
                            std::function<void(SecretResult)> done)
        = 0;
    virtual void writeSecret(const QString &key, const QByteArray &secret, QObject *context,
                             std::function<void(DoneResult)> done)
        = 0;
    virtual void deleteSecret(const QString &key, QObject *context,
                              std::function<void(DoneResult)> done)
        = 0;
};

/// The OS keychain through QtKeychain (the Secret Service on Linux).
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("vortex-alert-console"));
    void readSecret(const QString &key, QObject *context,
                    std::function<void(SecretResult)> done) override;
    void writeSecret(const QString &key, const QByteArray &secret, QObject *context,
                     std::function<void(DoneResult)> done) override;
    void deleteSecret(const QString &key, QObject *context,
                      std::function<void(DoneResult)> done) override;

private:
    QString m_service;
};

} // namespace Vortex::Core::Security
