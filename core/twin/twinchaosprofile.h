// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "core/twilio/formparams.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Vortex::Core::Twin {

/// One carrier (by name, through ChaosProfile::carrierPrefixes) or one destination region
/// filters a share of the messages sent to it with 30007.
struct CarrierIncident
{
    QString carrier;  ///< a name from carrierPrefixes; empty: match by region
    QString region;   ///< ISO region of To ("GB"); empty: match by carrier
    double share = 0; ///< 0–1 of the matching messages are filtered
    bool isActive() const { return share > 0 && (!carrier.isEmpty() || !region.isEmpty()); }
};

/// How badly the twin behaves, on top of FaultProfile. Every rate is a probability in 0–1 drawn
/// from the config seed; all zero (the default) means no chaos at all.
struct ChaosProfile
{
    // API requests (never the /_twin/ control API)
    double rate429 = 0;        ///< 429/20429 with Retry-After, not processed
    int retryAfterSeconds = 1; ///< Retry-After of a chaos 429
    double rate500 = 0;        ///< 500/20500
    double rate503 = 0;        ///< 503/20503
    double slowRate = 0;       ///< share of API responses delayed by [slowMinMs, slowMaxMs]
    int slowMinMs = 0;
    int slowMaxMs = 0;
    // Message status callbacks (one draw per callback; the three shares add up to at most 1)
    double dropRate = 0;      ///< never sent (logged as chaos.drop)
    double duplicateRate = 0; ///< posted twice, identical and identically signed
    double reorderRate = 0;   ///< a non-final status held back until after the next one
    // Message outcomes
    double senderMps = 0; ///< chaos throttle per sender; a burst waits past ValidityPeriod: 30001
    QStringList unregisteredSenders;        ///< From numbers (E.164) or From regions ("US"): 30034
    QMap<QString, QString> carrierPrefixes; ///< E.164 prefix ("+4474") → carrier name
    CarrierIncident incident;

    /// The JSON shape GET /_twin/chaos serves and POST accepts (snake_case keys).
    QJsonObject toJson() const;
    /// Applies the keys present in \a json on top of \a base; validates the result.
    static Result<ChaosProfile, QString> fromJson(const QJsonObject &json,
                                                  const ChaosProfile &base);
    /// Form keys (Rate429, RetryAfter, Rate500, Rate503, SlowRate, SlowMinMs, SlowMaxMs, DropRate,
    /// DuplicateRate, ReorderRate, SenderMps, UnregisteredSenders "a,b", CarrierPrefixes
    /// "+4474=Name,+1201=Other", IncidentCarrier, IncidentRegion, IncidentShare) on top of
    /// \a base; Reset=true starts from an empty profile.
    static Result<ChaosProfile, QString> fromForm(const Twilio::FormParams &form,
                                                  const ChaosProfile &base);
    /// The first problem, or an empty string.
    QString validate() const;
    /// The carrier of \a e164 by the longest matching prefix; empty when none matches.
    QString carrierOf(const QString &e164) const;
};

} // namespace Vortex::Core::Twin
