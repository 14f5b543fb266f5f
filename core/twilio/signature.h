// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "formparams.h"

#include <QByteArray>
#include <QString>

namespace Vortex::Core::Twilio {

/// X-Twilio-Signature: base64(HMAC-SHA1(authToken, url + sorted key/value pairs)).
class RequestSignature
{
public:
    /// The string Twilio signs: the URL, then each name in sorted order followed by each of its
    /// distinct values in sorted order. Nothing is URL-encoded.
    static QByteArray signedPayload(const QString &url, const FormParams &params);
    /// Signs a form request (or, with empty params, a GET or a JSON-body request).
    static QByteArray compute(const QByteArray &authToken, const QString &url,
                              const FormParams &params);
    /// Checks a form request the way the official SDKs do: the URL as given, with its port
    /// removed, and with the scheme's default port added; constant-time comparison.
    static bool validate(const QByteArray &authToken, const QString &url, const FormParams &params,
                         const QByteArray &signature);
    /// Checks a JSON-body request: the URL must carry bodySHA256 (hex SHA-256 of the raw body)
    /// and the signature covers the URL alone.
    static bool validateJsonBody(const QByteArray &authToken, const QString &url,
                                 const QByteArray &body, const QByteArray &signature);

    /// The URL variants that validate() tries.
    static QStringList urlVariants(const QString &url);
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

} // namespace Vortex::Core::Twilio
