// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

/// HMAC signatures of incident intake requests (POST /v1/intake/incidents on the relay).
/// The sender puts the Unix time in X-Vortex-Timestamp and
/// "v1=" + hex(HMAC-SHA256(secret, "<timestamp>." + raw body)) in X-Vortex-Signature.
namespace Vortex::Core::Paging::IntakeSignature {

inline constexpr char TimestampHeader[] = "X-Vortex-Timestamp";
inline constexpr char SignatureHeader[] = "X-Vortex-Signature";
inline constexpr int DefaultToleranceSeconds = 300;

/// "v1=" + lowercase hex of HMAC-SHA256(secret, "<unixSeconds>." + body).
QByteArray sign(const QByteArray &secret, qint64 unixSeconds, const QByteArray &body);

/// Checks both headers: the timestamp must be a decimal Unix time within \a toleranceSeconds of
/// \a nowUnixSeconds (either direction) and the signature must match (constant-time). The error
/// says what is wrong without echoing the signature.
Result<Done, QString> verify(const QByteArray &secret, const QByteArray &timestampHeader,
                             const QByteArray &signatureHeader, const QByteArray &body,
                             qint64 nowUnixSeconds, int toleranceSeconds = DefaultToleranceSeconds);

} // namespace Vortex::Core::Paging::IntakeSignature
