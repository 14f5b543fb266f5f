// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "twinpeople.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Vortex::Core::Twin {

/// Where recipients live: a share of the traffic, a price and how their numbers look.
struct ScenarioRegion
{
    QString region;       ///< ISO 3166-1 alpha-2 ("US", "GB", …)
    double share = 0;     ///< of all people (and so of the traffic)
    QString price;        ///< USD per SMS segment; "" keeps the twin's table
    QString numberPrefix; ///< E.164 prefix of generated numbers, e.g. "+1201555"
    int numberDigits = 0; ///< digits after the "+" in a full number
};

/// A template for scripted people: a share of them behave like this.
struct ScenarioPersona
{
    QString name;
    double share = 0;
    /// Behaviours and time zone (a person object of docs/twin.md without a number).
    Person person;
    /// Share of this persona's sev1 pages that go unacknowledged in time (escalate to voice).
    double missesPages = 0;
    /// Share of this persona's Verify checks that carry a wrong code first.
    double mistypesCodes = 0;
};

/// The incident mix of the simulated span.
struct ScenarioIncidents
{
    int sev1 = 0;                    ///< pages: an SMS, then a call when not acknowledged
    qint64 escalateAfterMs = 300000; ///< twin ms from the page to the call
    int verifications = 0;           ///< Verify sends, each followed by a check
    qint64 checkAfterMs = 45000;     ///< twin ms from the send to the check
    QString callTwiml = QStringLiteral(
        "<Response><Say>Severity one incident. Please check your pager.</Say></Response>");
};

/// A scenario file (JSON, docs/twin.md "Scenarios"): seed, span, regions, channels, volumes,
/// personas and the incident mix. Plain data.
struct TwinScenario
{
    QString name;
    quint64 seed = 1;
    QDateTime start;              ///< UTC; invalid: the twin clock's current time
    qint64 durationMs = 86400000; ///< ISO 8601 duration in the file ("P1D", "PT6H", "P7D")
    int people = 1000;            ///< scripted people generated from the personas
    int messagesPerDay = 0;       ///< ordinary notifications (besides pages and codes)
    QList<double> hourlyCurve;    ///< 24 weights for the hours of the day (UTC)
    double whatsappShare = 0;     ///< of notifications sent as WhatsApp
    QList<ScenarioRegion> regions;
    QList<ScenarioPersona> personas;
    ScenarioIncidents incidents;

    static Result<TwinScenario, QString> fromJson(const QByteArray &json);
    static Result<TwinScenario, QString> fromFile(const QString &fileName);
    /// "P1D", "PT6H30M", "P7DT12H", "PT90S" → milliseconds; -1 when malformed.
    static qint64 parseDuration(const QString &text);
};

} // namespace Vortex::Core::Twin
