// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "intakesignature.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace Vortex::Core::Paging::IntakeSignature {

namespace {

QString text(const char *message)
{
    return QCoreApplication::translate("IntakeSignature", message);
}

/// Compares without an early exit, so the time taken does not reveal how much matched.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    unsigned char difference = a.size() == b.size() ? 0 : 1;
    const qsizetype n = qMin(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

QByteArray signText(const QByteArray &secret, const QByteArray &timestamp, const QByteArray &body)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
    mac.addData(timestamp);
    mac.addData(QByteArrayLiteral("."));
    mac.addData(body);
    return QByteArrayLiteral("v1=") + mac.result().toHex();
}

} // namespace

QByteArray sign(const QByteArray &secret, qint64 unixSeconds, const QByteArray &body)
{
    return signText(secret, QByteArray::number(unixSeconds), body);
}

Result<Done, QString> verify(const QByteArray &secret, const QByteArray &timestampHeader,
                             const QByteArray &signatureHeader, const QByteArray &body,
                             qint64 nowUnixSeconds, int toleranceSeconds)
{
    if (secret.isEmpty())
        return fail(text(QT_TRANSLATE_NOOP("IntakeSignature", "no intake secret is configured")));
    const QByteArray timestamp = timestampHeader.trimmed();
    const QByteArray signature = signatureHeader.trimmed();
    if (timestamp.isEmpty())
        return fail(text(QT_TRANSLATE_NOOP("IntakeSignature", "X-Vortex-Timestamp is missing")));
    if (signature.isEmpty())
        return fail(text(QT_TRANSLATE_NOOP("IntakeSignature", "X-Vortex-Signature is missing")));
    bool ok = false;
    const qint64 seconds = timestamp.toLongLong(&ok);
    // Digits only: "+12", " 12" or "1e9" would parse differently elsewhere and sign differently.
    const bool digitsOnly = std::all_of(timestamp.cbegin(), timestamp.cend(),
                                        [](char c) { return c >= '0' && c <= '9'; });
    if (!ok || !digitsOnly || timestamp.size() > 12)
        return fail(text(QT_TRANSLATE_NOOP("IntakeSignature",
                                           "X-Vortex-Timestamp is not a Unix time in seconds")));
    if (qAbs(nowUnixSeconds - seconds) > qMax(0, toleranceSeconds))
        return fail(text(QT_TRANSLATE_NOOP(
            "IntakeSignature",
            "X-Vortex-Timestamp is too far from the relay's clock (stale or replayed request)")));
    if (!signature.startsWith("v1="))
        return fail(
            text(QT_TRANSLATE_NOOP("IntakeSignature", "X-Vortex-Signature must start with v1=")));
    // The timestamp is signed as it was sent (the sender's text, not our re-formatting of it).
    const QByteArray expected = signText(secret, timestamp, body);
    if (!constantTimeEquals(signature.toLower(), expected))
        return fail(
            text(QT_TRANSLATE_NOOP("IntakeSignature", "X-Vortex-Signature does not match")));
    return Done{};
}

} // namespace Vortex::Core::Paging::IntakeSignature
