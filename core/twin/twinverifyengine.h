// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "twinerror.h"
#include "twinmodule.h"
#include "twinverification.h"
#include "twinverifyservice.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <map>
#include <random>

namespace Vortex::Core::Twin {

/// What a start request asks for (already validated by the HTTP layer).
struct TwinVerifyStart
{
    QString to;      ///< E.164 or e-mail address
    QString channel; ///< sms, call, whatsapp, email
    QString customFriendlyName;
    QString amount;
    QString payee;
};

/// The rules of Twilio Verify, without HTTP: services, codes drawn from the seed, delivery to
/// the scripted people's phones, reuse within ten minutes, the check and send limits, expiry on
/// the twin clock, the ledger and the event log.
class TwinVerifyEngine
{
public:
    static constexpr qint64 LifetimeMs = 10 * 60 * 1000;
    static constexpr int MaxChecks = 5;
    static constexpr int MaxSends = 5;
    static constexpr double VerificationPriceUsd = 0.05;

    explicit TwinVerifyEngine(const TwinContext &context);
    TwinVerifyEngine(const TwinVerifyEngine &) = delete;
    TwinVerifyEngine &operator=(const TwinVerifyEngine &) = delete;

    /// Stores \a service with a new VA sid and the current twin time.
    const TwinVerifyService &addService(TwinVerifyService service);
    TwinVerifyService *service(const QString &sid);
    bool removeService(const QString &sid);
    const QList<TwinVerifyService> &services() const { return m_services; }

    /// Starts a verification, or resends the pending one for the same recipient.
    Result<TwinVerification, TwinError> start(const TwinVerifyService &service,
                                              const TwinVerifyStart &request);
    /// Checks \a code against the pending verification found by \a verificationSid (when set)
    /// or \a to. \a resource names the request path in a 404 message.
    Result<TwinVerification, TwinError> check(const TwinVerifyService &service, const QString &code,
                                              const QString &to, const QString &verificationSid,
                                              const QString &resource);
    /// Status "approved" or "canceled" on a pending verification.
    Result<TwinVerification, TwinError> update(const TwinVerifyService &service, const QString &sid,
                                               const QString &status, const QString &resource);
    /// Any verification of the service, expired ones included; null when unknown.
    const TwinVerification *find(const QString &serviceSid, const QString &sid);

private:
    TwinVerification *live(const QString &serviceSid, const QString &to);
    void expireIfDue(TwinVerification &verification);
    void finish(TwinVerification &verification, const QString &status);
    void approve(TwinVerification &verification);
    void send(const TwinVerifyService &service, TwinVerification &verification,
              const TwinVerifyStart &request);
    QString drawCode(int length);

    TwinContext m_context;
    QObject m_timers; ///< context of the expiry timers on the twin clock
    std::mt19937_64 m_rng;
    QList<TwinVerifyService> m_services;
    std::map<QString, TwinVerification> m_verifications; ///< node-stable: pointers stay valid
    QHash<QString, QString> m_live; ///< service sid + '|' + to → VE sid, while not final
};

} // namespace Vortex::Core::Twin
