// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "secretstore.h"

#include "core/common/logging.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

namespace Vortex::Core::Security {

namespace {

SecretError toError(const QKeychain::Job *job)
{
    SecretError error;
    error.detail = job->errorString();
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        error.kind = SecretError::Kind::NotFound;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        error.kind = SecretError::Kind::AccessDenied;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        error.kind = SecretError::Kind::NoBackend;
        break;
    default:
        error.kind = SecretError::Kind::Other;
    }
    return error;
}

template<typename JobType, typename Callback>
void runJob(JobType *job, QObject *context, Callback onFinished)
{
    job->setAutoDelete(true);
    // Never fall back to a plain-text file: a secret must stay in the keychain or nowhere.
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [guard, onFinished = std::move(onFinished)](QKeychain::Job *finished) {
                         if (guard)
                             onFinished(static_cast<JobType *>(finished));
                     });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{}

void KeychainSecretStore::readSecret(const QString &key, QObject *context,
                                     std::function<void(SecretResult)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runJob(job, context, [done = std::move(done)](QKeychain::ReadPasswordJob *finished) {
        if (finished->error() != QKeychain::NoError) {
            done(fail(toError(finished)));
            return;
        }
        done(finished->binaryData());
    });
}

void KeychainSecretStore::writeSecret(const QString &key, const QByteArray &secret,
                                      QObject *context, std::function<void(DoneResult)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(secret);
    runJob(job, context, [done = std::move(done), key](QKeychain::WritePasswordJob *finished) {
        if (finished->error() != QKeychain::NoError) {
            qCWarning(lcSecurity) << "could not store secret" << key << finished->errorString();
            done(fail(toError(finished)));
            return;
        }
        done(Done{});
    });
}

void KeychainSecretStore::deleteSecret(const QString &key, QObject *context,
                                       std::function<void(DoneResult)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    runJob(job, context, [done = std::move(done)](QKeychain::DeletePasswordJob *finished) {
        if (finished->error() != QKeychain::NoError
            && finished->error() != QKeychain::EntryNotFound) {
            done(fail(toError(finished)));
            return;
        }
        done(Done{});
    });
}

} // namespace Vortex::Core::Security
