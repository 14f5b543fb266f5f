// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinverifyengine.h"

#include "core/phone/phonenumbers.h"
#include "twinclock.h"
#include "twinconfig.h"
#include "twinledger.h"
#include "twinpeople.h"

namespace Vortex::Core::Twin {

namespace {

constexpr quint64 CodeSeedSalt = 0x7665726966790000ULL; // "verify": codes apart from other draws

QString liveKey(const QString &serviceSid, const QString &to)
{
    return serviceSid + QLatin1Char('|') + to;
}

QString notFound(const QString &resource)
{
    return QStringLiteral("The requested resource %1 was not found").arg(resource);
}

} // namespace

TwinVerifyEngine::TwinVerifyEngine(const TwinContext &context)
    : m_context(context)
    , m_rng(context.config->seed ^ CodeSeedSalt)
{}

const TwinVerifyService &TwinVerifyEngine::addService(TwinVerifyService service)
{
    service.sid = m_context.newSid(QStringLiteral("VA"));
    service.accountSid = m_context.config->accountSid;
    service.createdMs = m_context.clock->nowMs();
    service.updatedMs = service.createdMs;
    m_services.append(service);
    m_context.log(QStringLiteral("verify.service"), service.sid,
                  {{QLatin1String("friendly_name"), service.friendlyName},
                   {QLatin1String("code_length"), service.codeLength}});
    return m_services.last();
}

TwinVerifyService *TwinVerifyEngine::service(const QString &sid)
{
    for (TwinVerifyService &service : m_services) {
        if (service.sid == sid)
            return &service;
    }
    return nullptr;
}

bool TwinVerifyEngine::removeService(const QString &sid)
{
    for (qsizetype i = 0; i < m_services.size(); ++i) {
        if (m_services.at(i).sid == sid) {
            m_services.removeAt(i);
            m_context.log(QStringLiteral("verify.service.deleted"), sid);
            return true;
        }
    }
    return false;
}

QString TwinVerifyEngine::drawCode(int length)
{
    // One draw per digit, in order: the same seed gives the same codes.
    QString code;
    for (int i = 0; i < length; ++i)
        code += QLatin1Char(static_cast<char>('0' + m_rng() % 10));
    return code;
}

void TwinVerifyEngine::expireIfDue(TwinVerification &verification)
{
    // The clock's timer normally does this; checking here as well makes expiry exact even when
    // a real-time timer has not fired yet.
    if (m_context.clock->nowMs() >= verification.createdMs + LifetimeMs)
        finish(verification, QStringLiteral("expired"));
}

void TwinVerifyEngine::finish(TwinVerification &verification, const QString &status)
{
    if (verification.status != QLatin1String("pending")
        && verification.status != QLatin1String("max_attempts_reached"))
        return;
    verification.status = status;
    verification.updatedMs = m_context.clock->nowMs();
    if (verification.expiryTimer != 0)
        m_context.clock->cancel(verification.expiryTimer);
    verification.expiryTimer = 0;
    m_live.remove(liveKey(verification.serviceSid, verification.to));
    m_context.log(QStringLiteral("verify.status"), verification.sid,
                  {{QLatin1String("status"), status}});
}

void TwinVerifyEngine::approve(TwinVerification &verification)
{
    finish(verification, QStringLiteral("approved"));
    m_context.log(QStringLiteral("verify.approved"), verification.sid,
                  {{QLatin1String("checks"), verification.checks},
                   {QLatin1String("sends"), static_cast<int>(verification.attempts.size())}});
    m_context.ledger->charge(
        LedgerEntry{m_context.clock->nowMs(), QStringLiteral("verify-voice-sms"), 1,
                    QStringLiteral("verifications"), VerificationPriceUsd, verification.sid});
}

TwinVerification *TwinVerifyEngine::live(const QString &serviceSid, const QString &to)
{
    const auto it = m_live.constFind(liveKey(serviceSid, to));
    if (it == m_live.constEnd())
        return nullptr;
    TwinVerification &verification = m_verifications.at(it.value());
    expireIfDue(verification);
    return verification.status == QLatin1String("expired") ? nullptr : &verification;
}

const TwinVerification *TwinVerifyEngine::find(const QString &serviceSid, const QString &sid)
{
    const auto it = m_verifications.find(sid);
    if (it == m_verifications.end() || it->second.serviceSid != serviceSid)
        return nullptr;
    expireIfDue(it->second);
    return &it->second;
}

void TwinVerifyEngine::send(const TwinVerifyService &service, TwinVerification &verification,
                            const TwinVerifyStart &request)
{
    const qint64 now = m_context.clock->nowMs();
    const TwinSendAttempt attempt{now, request.channel, m_context.newSid(QStringLiteral("VL"))};
    verification.attempts.append(attempt);
    verification.channel = request.channel;
    verification.updatedMs = now;
    m_context.log(QStringLiteral("verify.start"), verification.sid,
                  {{QLatin1String("to"), verification.to},
                   {QLatin1String("channel"), request.channel},
                   {QLatin1String("attempt"), static_cast<int>(verification.attempts.size())}});
    if (request.channel == QLatin1String("email"))
        return; // no phone receives it; the twin has no mailboxes

    const QString name
        = request.customFriendlyName.isEmpty() ? service.friendlyName : request.customFriendlyName;
    QString text = QStringLiteral("Your %1 verification code is: %2").arg(name, verification.code);
    if (request.channel == QLatin1String("call")) {
        // What the voice reads out: the digits one by one.
        QStringList digits;
        for (const QChar digit : verification.code)
            digits << QString(digit);
        text = QStringLiteral("Your %1 verification code is: %2.")
                   .arg(name, digits.join(QStringLiteral(", ")));
    }
    m_context.people->recordReceived(verification.to,
                                     PhoneItem{now, request.channel, name, text, verification.sid});
    m_context.people->recordReceived(
        verification.to,
        PhoneItem{now, QStringLiteral("verify"), name, verification.code, verification.sid});
    if (request.channel == QLatin1String("sms")) {
        PhoneNumber number;
        PhoneNumbers::parseE164(verification.to, &number);
        const CountryProfile &profile = m_context.config->profileFor(number.regionCode);
        m_context.ledger->charge(LedgerEntry{now, QStringLiteral("sms-outbound"), 1,
                                             QStringLiteral("messages"),
                                             profile.pricePerSegment.toDouble(), verification.sid});
    }
}

Result<TwinVerification, TwinError> TwinVerifyEngine::start(const TwinVerifyService &service,
                                                            const TwinVerifyStart &request)
{
    if (TwinVerification *pending = live(service.sid, request.to)) {
        // Within ten minutes Twilio reuses the verification and resends the same code.
        if (pending->status == QLatin1String("max_attempts_reached"))
            return fail(TwinError{429, 60202, {}});
        if (pending->attempts.size() >= MaxSends)
            return fail(TwinError{429, 60203, {}});
        send(service, *pending, request);
        return *pending;
    }
    TwinVerification verification;
    verification.sid = m_context.newSid(QStringLiteral("VE"));
    verification.serviceSid = service.sid;
    verification.accountSid = service.accountSid;
    verification.to = request.to;
    verification.code = drawCode(service.codeLength);
    verification.amount = request.amount;
    verification.payee = request.payee;
    verification.createdMs = m_context.clock->nowMs();
    const QString sid = verification.sid;
    verification.expiryTimer = m_context.clock->schedule(LifetimeMs, &m_timers, [this, sid] {
        const auto it = m_verifications.find(sid);
        if (it != m_verifications.end()) {
            it->second.expiryTimer = 0;
            finish(it->second, QStringLiteral("expired"));
        }
    });
    TwinVerification &stored = m_verifications.emplace(sid, verification).first->second;
    m_live.insert(liveKey(service.sid, request.to), sid);
    send(service, stored, request);
    return stored;
}

Result<TwinVerification, TwinError> TwinVerifyEngine::check(const TwinVerifyService &service,
                                                            const QString &code, const QString &to,
                                                            const QString &verificationSid,
                                                            const QString &resource)
{
    TwinVerification *verification = nullptr;
    if (!verificationSid.isEmpty()) {
        const auto it = m_verifications.find(verificationSid);
        if (it != m_verifications.end() && it->second.serviceSid == service.sid
            && live(service.sid, it->second.to) == &it->second)
            verification = &it->second;
    } else {
        verification = live(service.sid, to);
    }
    // Expired, approved, canceled or never started: nothing to check against.
    if (!verification)
        return fail(TwinError{404, 20404, notFound(resource)});
    if (verification->checks >= MaxChecks) {
        if (verification->status != QLatin1String("max_attempts_reached")) {
            verification->status = QStringLiteral("max_attempts_reached");
            verification->updatedMs = m_context.clock->nowMs();
            m_context.log(QStringLiteral("verify.status"), verification->sid,
                          {{QLatin1String("status"), verification->status}});
        }
        return fail(TwinError{429, 60202, {}});
    }
    ++verification->checks;
    verification->updatedMs = m_context.clock->nowMs();
    const bool right = code == verification->code;
    m_context.log(
        QStringLiteral("verify.check"), verification->sid,
        {{QLatin1String("status"), right ? QStringLiteral("approved") : QStringLiteral("pending")},
         {QLatin1String("attempt"), verification->checks}});
    if (right)
        approve(*verification);
    return *verification;
}

Result<TwinVerification, TwinError> TwinVerifyEngine::update(const TwinVerifyService &service,
                                                             const QString &sid,
                                                             const QString &status,
                                                             const QString &resource)
{
    const auto it = m_verifications.find(sid);
    if (it == m_verifications.end() || it->second.serviceSid != service.sid
        || live(service.sid, it->second.to) != &it->second)
        return fail(TwinError{404, 20404, notFound(resource)});
    if (status == QLatin1String("approved"))
        approve(it->second);
    else
        finish(it->second, status);
    return it->second;
}

} // namespace Vortex::Core::Twin
