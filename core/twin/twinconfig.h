// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace Vortex::Core::Twin {

/// A delay drawn uniformly from [minMs, maxMs] (twin-clock milliseconds).
struct DelayRange
{
    int minMs = 0;
    int maxMs = 0;
};

/// How messages to one destination country behave. Shares are fractions of 1; what is left
/// after undelivered + failed + filtered is delivered.
struct CountryProfile
{
    QString pricePerSegment = QStringLiteral("0.00830"); ///< positive decimal string, USD
    QString priceUnit = QStringLiteral("USD");
    double undelivered = 0.02; ///< after sent, ErrorCode from undeliveredCodes
    double failed = 0.005;     ///< queued → failed, 30008
    double filtered = 0.003;   ///< after sent, undelivered with 30007
    QList<int> undeliveredCodes = {30003, 30005, 30006};
    DelayRange queuedToSent{200, 1500};
    DelayRange sentToDelivered{2000, 8000};
};

/// Deterministic fault injection on the Twilio API endpoints (never on /_twin/).
struct FaultProfile
{
    double rate429 = 0.0;
    double rate500 = 0.0;
    int latencyMs = 0;         ///< added to every API response (wall clock, not scaled)
    int retryAfterSeconds = 1; ///< Retry-After on a 429
    int next429 = 0;           ///< the next N API requests fail with 429/20429
    int next500 = 0;           ///< the next N API requests fail with 500/20500
};

/// A phone number the twin's account owns.
struct OwnedNumber
{
    QString number; ///< E.164
    QString smsUrl; ///< inbound SMS webhook; empty: inbound messages are stored only
};

struct ApiKey
{
    QString sid; ///< SK…
    QByteArray secret;
};

/// Everything the twin needs to start. Plain data; see docs/twin.md for the JSON format.
struct TwinConfig
{
    QString accountSid;
    QByteArray authToken;
    QList<ApiKey> apiKeys;
    QList<OwnedNumber> numbers;
    quint64 seed = 1;
    /// Keyed by ISO region ("US", "GB"); "*" is the fallback for every other country.
    QHash<QString, CountryProfile> countries;
    FaultProfile faults;
    int maxBodyBytes = 64 * 1024; ///< larger request bodies get 413/20413
    int senderMps = 0;            ///< messages per second per sender; 0 = unlimited
    /// Serve the /_twin/ control API (injection, faults, clock, people, event log). On in
    /// defaults() (tests); the demo stack and vortex-twin switch it on only when asked.
    bool controlApi = true;
    /// Draw resource SIDs from the seed instead of at random (scenario runs that must reproduce
    /// exactly). Off for live twins, so a restarted twin never reuses a SID a relay has seen.
    bool deterministicSids = false;

    /// A working configuration: a fixed test account, two example numbers, US/GB/DE/IN/BR prices.
    static TwinConfig defaults();
    /// Parses the JSON format of docs/twin.md; missing keys keep their defaults().
    static Result<TwinConfig, QString> fromJson(const QByteArray &json);

    const CountryProfile &profileFor(const QString &regionCode) const;
    const OwnedNumber *findNumber(const QString &e164) const;
    /// Checks SIDs, numbers (libphonenumber) and rates; returns the first problem.
    QString validate() const;
};

} // namespace Vortex::Core::Twin
