// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
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
    static QColor colour(const QString &status);
    static QColor colour(Tone tone);
    /// A small filled dot in the status colour (cached per colour).
    static QIcon icon(const QString &status);
    static QIcon dotIcon(const QColor &colour);
};

} // namespace Vortex::Ui
