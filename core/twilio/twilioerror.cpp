// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/twilio/twilioerror.h"

#include "core/twilio/errordictionary.h"
#include "core/twilio/rfc2822.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Vortex::Core::Twilio {

namespace {

int jsonInt(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toInt();
    if (v.isString())
        return v.toString().toInt();
    return 0;
}

} // namespace

bool TwilioError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Parse:
    case Kind::Aborted:
        return false;
    case Kind::Http:
    case Kind::Api:
        break;
    }
    // Verify answers its own limits with HTTP 429 too, but those are verdicts, not load:
    // 60202 (max check attempts) and 60203 (max send attempts) hold for the verification's
    // ten minutes, and repeating only spends the budget.
    if (code == 60202 || code == 60203)
        return false;
    // 429/20429: Twilio did not process the request, so even a POST is safe to repeat.
    if (httpStatus == 429 || code == 20429)
        return true;
    if (httpStatus >= 500 && httpStatus <= 599)
        return true;
    if (code == 20500 || code == 20503)
        return true;
    return false;
}

QString TwilioError::description() const
{
    switch (kind) {
    case Kind::Network:
        return tr("Could not reach Twilio: %1").arg(message);
    case Kind::Timeout:
        return tr("Twilio did not answer in time.");
    case Kind::Aborted:
        return tr("The request was cancelled.");
    case Kind::Parse:
        return tr("Twilio sent a reply that could not be read: %1").arg(message);
    case Kind::Http:
        return tr("Twilio answered with HTTP status %1.").arg(httpStatus);
    case Kind::Api:
        break;
    }
    const ErrorInfo info = ErrorDictionary::lookup(code);
    const QString title = info.known ? info.message : message;
    if (title.isEmpty())
        return tr("Twilio error %1 (HTTP %2).").arg(code).arg(httpStatus);
    return tr("Twilio error %1: %2").arg(code).arg(title);
}

QString TwilioError::logTag() const
{
    static const char *const names[] = {"Network", "Http", "Api", "Parse", "Timeout", "Aborted"};
    return QStringLiteral("%1 %2/%3")
        .arg(QLatin1String(names[static_cast<int>(kind)]))
        .arg(httpStatus)
        .arg(code);
}

TwilioError TwilioError::network(const QString &message)
{
    TwilioError e;
    e.kind = Kind::Network;
    e.message = message;
    return e;
}

TwilioError TwilioError::timeout()
{
    TwilioError e;
    e.kind = Kind::Timeout;
    e.message = QStringLiteral("transfer timeout");
    return e;
}

TwilioError TwilioError::aborted()
{
    TwilioError e;
    e.kind = Kind::Aborted;
    e.message = QStringLiteral("aborted");
    return e;
}

TwilioError TwilioError::parse(const QString &message)
{
    TwilioError e;
    e.kind = Kind::Parse;
    e.message = message;
    return e;
}

TwilioError TwilioError::fromHttpReply(int httpStatus, const QByteArray &body,
                                       const QByteArray &retryAfter, const QDateTime &now)
{
    TwilioError e;
    e.kind = Kind::Http;
    e.httpStatus = httpStatus;
    e.retryAfterMs = parseRetryAfter(retryAfter, now);

    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !doc.isObject()) {
        // Proxies and load balancers answer with HTML or plain text: keep a short excerpt.
        e.message = QString::fromUtf8(body.left(200)).simplified();
        return e;
    }
    const QJsonObject o = doc.object();
    const int code = jsonInt(o.value(QLatin1String("code")));
    const bool problemJson = o.contains(QLatin1String("type")) && o.contains(QLatin1String("title"))
                             && o.contains(QLatin1String("status"));
    if (code == 0 && !problemJson) {
        e.message = o.value(QLatin1String("message")).toString();
        return e;
    }
    e.kind = Kind::Api;
    e.code = code;
    if (problemJson) {
        // RFC 9457: title is the short text, detail the specific one, type the link.
        const QString detail = o.value(QLatin1String("detail")).toString();
        e.message = detail.isEmpty() ? o.value(QLatin1String("title")).toString() : detail;
        e.moreInfo = o.value(QLatin1String("type")).toString();
    } else {
        e.message = o.value(QLatin1String("message")).toString();
        e.moreInfo = o.value(QLatin1String("more_info")).toString();
    }
    if (e.moreInfo.isEmpty() && code != 0)
        e.moreInfo = ErrorDictionary::moreInfoUrl(code);
    return e;
}

int TwilioError::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : static_cast<int>(qMin<qint64>(seconds, 86400) * 1000);
    // HTTP-date (IMF-fixdate) is RFC 2822 compatible.
    const QDateTime when = parseRfc2822Date(QString::fromLatin1(v));
    if (!when.isValid())
        return -1;
    const qint64 ms = now.msecsTo(when);
    return static_cast<int>(qBound<qint64>(0, ms, qint64(86400) * 1000));
}

} // namespace Vortex::Core::Twilio
