// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "signature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrl>
#include <QUrlQuery>

#include <map>
#include <set>

namespace Vortex::Core::Twilio {

QByteArray RequestSignature::signedPayload(const QString &url, const FormParams &params)
{
    // std::map/std::set order by UTF-16 code unit, which matches the SDKs for the ASCII names
    // Twilio uses; values are deduplicated as the Python and Node validators do.
    std::map<QString, std::set<QString>> sorted;
    for (const auto &item : params.items())
        sorted[item.first].insert(item.second);
    QString payload = url;
    for (const auto &[key, values] : sorted) {
        for (const QString &value : values)
            payload += key + value;
    }
    return payload.toUtf8();
}

QByteArray RequestSignature::compute(const QByteArray &authToken, const QString &url,
                                     const FormParams &params)
{
    return QMessageAuthenticationCode::hash(signedPayload(url, params), authToken,
                                            QCryptographicHash::Sha1)
        .toBase64();
}

QStringList RequestSignature::urlVariants(const QString &url)
{
    QStringList variants{url};
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return variants;
    const int defaultPort = parsed.scheme() == QLatin1String("https")  ? 443
                            : parsed.scheme() == QLatin1String("http") ? 80
                                                                       : -1;
    // Rebuild the authority by hand: QUrl would normalise the rest of the URL, and the
    // signature is over the exact string Twilio was configured with.
    const qsizetype schemeEnd = url.indexOf(QStringLiteral("://"));
    if (schemeEnd < 0)
        return variants;
    const qsizetype authorityStart = schemeEnd + 3;
    qsizetype authorityEnd = url.size();
    for (const QChar stop : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype at = url.indexOf(stop, authorityStart);
        if (at >= 0)
            authorityEnd = std::min(authorityEnd, at);
    }
    const QString authority = url.mid(authorityStart, authorityEnd - authorityStart);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    const QString userInfo = at >= 0 ? authority.left(at + 1) : QString();
    QString hostPort = authority.mid(at + 1);
    const qsizetype bracket = hostPort.lastIndexOf(QLatin1Char(']'));
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    const bool hasPort = colon > bracket && colon >= 0;
    const QString host = hasPort ? hostPort.left(colon) : hostPort;
    const QString before = url.left(authorityStart) + userInfo;
    const QString after = url.mid(authorityEnd);
    if (hasPort)
        variants.append(before + host + after);
    else if (defaultPort > 0)
        variants.append(before + host + QLatin1Char(':') + QString::number(defaultPort) + after);
    return variants;
}

bool RequestSignature::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // The length of a valid signature is public (28 base64 characters), so only the content
    // comparison has to be branch-free.
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i)) ^ static_cast<unsigned char>(b.at(i));
    return diff == 0;
}

bool RequestSignature::validate(const QByteArray &authToken, const QString &url,
                                const FormParams &params, const QByteArray &signature)
{
    if (signature.isEmpty() || authToken.isEmpty())
        return false;
    bool valid = false;
    for (const QString &variant : urlVariants(url))
        valid |= constantTimeEquals(compute(authToken, variant, params), signature);
    return valid;
}

bool RequestSignature::validateJsonBody(const QByteArray &authToken, const QString &url,
                                        const QByteArray &body, const QByteArray &signature)
{
    const QUrlQuery query(QUrl(url).query());
    const QString expectedHash = query.queryItemValue(QStringLiteral("bodySHA256"));
    if (expectedHash.isEmpty())
        return false;
    const QByteArray actualHash
        = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    const bool hashValid = constantTimeEquals(actualHash, expectedHash.toLatin1().toLower());
    const bool signatureValid = validate(authToken, url, FormParams(), signature);
    return hashValid && signatureValid;
}

} // namespace Vortex::Core::Twilio
