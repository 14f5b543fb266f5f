// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <core/paging/pagingtypes.h>

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QPalette>
#include <QString>

namespace Vortex::Ui {

/// How incidents look: severity and state words and colours, timeline kinds in plain words,
/// ages and countdowns. Colours follow the palette (lighter tones on dark palettes).
class IncidentStyle
{
    Q_DECLARE_TR_FUNCTIONS(Vortex::Ui::IncidentStyle)

public:
    /// True for palettes whose window is darker than its text.
    static bool isDark(const QPalette &palette);

    /// "SEV1" … "SEV4".
    static QString severityLabel(Core::Paging::Severity severity);
    /// "Severity 1 (critical)" …, for tooltips and accessibility.
    static QString severityDescription(Core::Paging::Severity severity);
    /// sev1 red, sev2 orange, sev3 amber, sev4 grey; tuned for \a palette.
    static QColor severityColour(Core::Paging::Severity severity, const QPalette &palette);
    /// Black or white, whichever reads better on \a background.
    static QColor textOn(const QColor &background);

    /// "Triggered", "Acknowledged", "Snoozed", "Resolved".
    static QString stateLabel(Core::Paging::IncidentState state);
    static QColor stateColour(Core::Paging::IncidentState state, const QPalette &palette);
    /// Board order: triggered, acknowledged, snoozed, resolved.
    static int stateRank(Core::Paging::IncidentState state);

    /// A timeline kind ("page.status") in words ("Page status"); unknown kinds as they came.
    static QString kindLabel(const QString &kind);
    /// "sms" → "SMS", "voice" → "Voice", "whatsapp" → "WhatsApp".
    static QString channelLabel(const QString &channel);
    /// "30003 — Unreachable destination handset" (Twilio's error dictionary).
    static QString errorText(int code);

    /// "45 s", "3 min", "2 h 05 min", "3 d 4 h".
    static QString ageText(qint64 seconds);
    /// "in 3:42", "in 1:02:03"; "due now" when \a seconds <= 0.
    static QString countdownText(qint64 seconds);
    /// \a at in the operator's local time ("01/05/2024 11:00:05").
    static QString localTime(const QDateTime &at);
    /// Only the time of day, local ("11:00:05").
    static QString localTimeOfDay(const QDateTime &at);
};

} // namespace Vortex::Ui
