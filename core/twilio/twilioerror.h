// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Vortex::Core::Twilio {

/// One failed Twilio call, classified once (STYLE.md §10).
struct TwilioError
{
    Q_DECLARE_TR_FUNCTIONS(TwilioError)

public:
    enum class Kind {
        Network, ///< connection refused/reset, DNS, TLS…: nothing usable came back
        Http,    ///< an HTTP error status without a Twilio error body
        Api,     ///< an HTTP error status with Twilio's {"code","message",…} (or problem JSON)
        Parse,   ///< a success status whose body we could not understand
        Timeout, ///< the transfer timeout elapsed
        Aborted, ///< the caller aborted the job
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;    ///< 0 when no HTTP response arrived
    int code = 0;          ///< Twilio error code (20003, 21211, 20429, …); 0 when none
    QString message;       ///< Twilio's message, or a technical description
    QString moreInfo;      ///< "https://www.twilio.com/docs/errors/<code>" when given
    int retryAfterMs = -1; ///< from the Retry-After header; -1 when absent

    /// The single retry rule: network errors, timeouts, HTTP 429 (or code 20429) and 5xx
    /// (20500/20503) are transient; every other 4xx, parse errors and aborts never are.
    bool isTransient() const;

    /// A one-line, user-facing description (translated), using Twilio's error dictionary for
    /// known codes.
    QString description() const;
    /// "Api 400/21211" style tag for logs; never contains request data.
    QString logTag() const;

    static TwilioError network(const QString &message);
    static TwilioError timeout();
    static TwilioError aborted();
    static TwilioError parse(const QString &message);
    /// Classifies an HTTP error reply. Understands Twilio's error body, RFC 9457 problem JSON
    /// and non-JSON bodies. \a retryAfter is the raw Retry-After header (seconds or HTTP-date).
    static TwilioError fromHttpReply(int httpStatus, const QByteArray &body,
                                     const QByteArray &retryAfter = {},
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// Retry-After in milliseconds (delta-seconds or an HTTP-date); -1 when absent/invalid.
    static int parseRetryAfter(const QByteArray &value,
                               const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace Vortex::Core::Twilio
