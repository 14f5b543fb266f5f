// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twincallrequest.h"

#include "core/phone/phonenumbers.h"
#include "twinconfig.h"

#include <QUrl>

namespace Vortex::Core::Twin {

namespace {

bool isMethod(const QString &method)
{
    return method == QLatin1String("GET") || method == QLatin1String("POST");
}

} // namespace

bool TwinCallRequest::isValidUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
           && !url.host().isEmpty() && !url.host().contains(QLatin1Char('_'));
}

Result<TwinCall, TwinError> TwinCallRequest::fromCreate(const Twilio::FormParams &params,
                                                        const TwinConfig &config)
{
    const QString toRaw = params.value(QStringLiteral("To")).trimmed();
    const QString fromRaw = params.value(QStringLiteral("From")).trimmed();
    if (toRaw.isEmpty())
        return fail(TwinError{400, 21201, {}}); // No Called number specified
    if (fromRaw.isEmpty())
        return fail(TwinError{400, 21213, {}}); // Caller phone number is required

    // From: an E.164 number (21212) that the account owns (21210).
    PhoneNumber from;
    if (!PhoneNumbers::parseE164(fromRaw, &from))
        return fail(TwinError{400, 21212, {}});
    if (!config.findNumber(from.e164))
        return fail(TwinError{400, 21210, {}});

    // To: not a phone number at all → 21211. A number libphonenumber finds invalid for its
    // region is accepted and fails once dialed, as an unreachable number does at Twilio.
    PhoneNumber to;
    PhoneError toError = PhoneError::Empty;
    const bool toValid = PhoneNumbers::parseE164(toRaw, &to, &toError);
    if (!toValid && toError != PhoneError::InvalidForRegion)
        return fail(TwinError{400, 21211, {}});
    if (toValid && to.e164 == from.e164)
        return fail(TwinError{400, 21211, {}});

    // Exactly one instruction source: Url wins over Twiml on create (the spec ignores Twiml).
    const QString url = params.value(QStringLiteral("Url")).trimmed();
    const QString twiml = params.value(QStringLiteral("Twiml"));
    if (url.isEmpty() && twiml.trimmed().isEmpty()) {
        if (!params.value(QStringLiteral("ApplicationSid")).isEmpty())
            return fail(TwinError{400, 21218, {}}); // the twin has no TwiML applications
        return fail(TwinError{400, 21205, {}});     // Twilio: "Url parameter is required"
    }
    if (!url.isEmpty() && !isValidUrl(url))
        return fail(TwinError{400, 21205, {}});
    if (url.isEmpty() && twiml.size() > MaxTwimlChars)
        return fail(TwinError{400, 21205, {}});
    const QString method
        = params.value(QStringLiteral("Method"), QStringLiteral("POST")).trimmed().toUpper();
    if (!isMethod(method))
        return fail(TwinError{400, 21209, {}});

    const QString callback = params.value(QStringLiteral("StatusCallback")).trimmed();
    if (!callback.isEmpty() && !isValidUrl(callback))
        return fail(TwinError{400, 21609, {}});
    const QString callbackMethod
        = params.value(QStringLiteral("StatusCallbackMethod"), QStringLiteral("POST"))
              .trimmed()
              .toUpper();
    if (!isMethod(callbackMethod))
        return fail(TwinError{400, 21209, {}});
    QStringList events;
    for (const QString &value : params.values(QStringLiteral("StatusCallbackEvent"))) {
        // The SDKs send one event per parameter; a space-separated list is accepted too.
        for (const QString &event : value.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            static const QStringList known
                = {QStringLiteral("initiated"), QStringLiteral("ringing"),
                   QStringLiteral("answered"), QStringLiteral("completed")};
            if (!known.contains(event))
                return fail(TwinError{400, 20001, {}});
            if (!events.contains(event))
                events.append(event);
        }
    }

    int timeout = DefaultTimeout;
    if (params.contains(QStringLiteral("Timeout"))) {
        bool ok = false;
        timeout = params.value(QStringLiteral("Timeout")).trimmed().toInt(&ok);
        if (!ok || timeout < 1)
            return fail(TwinError{400, 21208, {}});
        timeout = qMin(timeout, MaxTimeout); // Twilio caps silently at 600
    }
    const QString detection = params.value(QStringLiteral("MachineDetection")).trimmed();
    if (!detection.isEmpty() && detection != QLatin1String("Enable")
        && detection != QLatin1String("DetectMessageEnd"))
        return fail(TwinError{400, 21207, {}});

    TwinCall call;
    call.accountSid = config.accountSid;
    call.from = from.e164;
    call.to = toValid ? to.e164 : toRaw;
    call.toRegion = toValid ? to.regionCode : QString();
    call.toValid = toValid;
    call.url = url;
    call.method = method;
    call.twiml = url.isEmpty() ? twiml : QString();
    call.statusCallback = callback;
    call.statusCallbackMethod = callbackMethod;
    call.statusCallbackEvents = events;
    call.timeoutSeconds = timeout;
    call.machineDetection = detection;
    return call;
}

} // namespace Vortex::Core::Twin
