// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QPalette>
#include <QString>

namespace Vortex::Ui {

/// How a Twilio status string looks in the console: core hands out plain strings, the UI alone
/// decides on words, colours and icons.
class MessageStatusStyle
{
    Q_DECLARE_TR_FUNCTIONS(Vortex::Ui::MessageStatusStyle)

public:
    enum class Tone { Neutral, InFlight, Good, Bad, Warning };

    static Tone tone(const QString &status);
    /// "Delivered", "Undelivered", … (translated); unknown statuses are shown as they came.
    static QString label(const QString &status);
    /// The tone's colour for the application's current palette (see below).
    static QColor colour(const QString &status);
    static QColor colour(Tone tone);
    /// The tone's colour on \a palette: deeper shades on light windows, lighter ones on dark
    /// windows, so that text in the colour reads on both.
    static QColor colour(Tone tone, const QPalette &palette);
    /// A dark palette: its window is darker than its text.
    static bool isDark(const QPalette &palette);
    /// Twilio's call statuses (queued, initiated, ringing, in-progress, completed, busy,
    /// no-answer, failed, canceled) in words and tones.
    static QString callLabel(const QString &status);
    static Tone callTone(const QString &status);
    static bool isFinalCallStatus(const QString &status);
    /// A small filled dot in the status colour (cached per colour).
    static QIcon icon(const QString &status);
    static QIcon dotIcon(const QColor &colour);
};

} // namespace Vortex::Ui
