// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "messagestatusstyle.h"

#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace Vortex::Ui {

MessageStatusStyle::Tone MessageStatusStyle::tone(const QString &status)
{
    if (status == QLatin1String("delivered") || status == QLatin1String("read")
        || status == QLatin1String("received"))
        return Tone::Good;
    if (status == QLatin1String("failed") || status == QLatin1String("undelivered"))
        return Tone::Bad;
    if (status == QLatin1String("partially_delivered") || status == QLatin1String("canceled"))
        return Tone::Warning;
    if (status == QLatin1String("scheduled") || status == QLatin1String("accepted")
        || status == QLatin1String("queued") || status == QLatin1String("sending")
        || status == QLatin1String("sent") || status == QLatin1String("receiving"))
        return Tone::InFlight;
    return Tone::Neutral;
}

QString MessageStatusStyle::label(const QString &status)
{
    // Twilio's vocabulary, spelled out for people; anything new is shown verbatim.
    if (status == QLatin1String("scheduled"))
        return tr("Scheduled");
    if (status == QLatin1String("accepted"))
        return tr("Accepted");
    if (status == QLatin1String("queued"))
        return tr("Queued");
    if (status == QLatin1String("sending"))
        return tr("Sending");
    if (status == QLatin1String("sent"))
        return tr("Sent");
    if (status == QLatin1String("receiving"))
        return tr("Receiving");
    if (status == QLatin1String("received"))
        return tr("Received");
    if (status == QLatin1String("delivered"))
        return tr("Delivered");
    if (status == QLatin1String("undelivered"))
        return tr("Undelivered");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("read"))
        return tr("Read");
    if (status == QLatin1String("canceled"))
        return tr("Canceled");
    if (status == QLatin1String("partially_delivered"))
        return tr("Partially delivered");
    if (status.isEmpty())
        return tr("Unknown");
    return status;
}

QString MessageStatusStyle::callLabel(const QString &status)
{
    if (status == QLatin1String("queued"))
        return tr("Queued");
    if (status == QLatin1String("initiated"))
        return tr("Calling");
    if (status == QLatin1String("ringing"))
        return tr("Ringing");
    if (status == QLatin1String("in-progress"))
        return tr("Answered");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("busy"))
        return tr("Busy");
    if (status == QLatin1String("no-answer"))
        return tr("No answer");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("canceled"))
        return tr("Canceled");
    if (status.isEmpty())
        return tr("Unknown");
    return status;
}

MessageStatusStyle::Tone MessageStatusStyle::callTone(const QString &status)
{
    if (status == QLatin1String("completed"))
        return Tone::Good;
    if (status == QLatin1String("failed"))
        return Tone::Bad;
    if (status == QLatin1String("busy") || status == QLatin1String("no-answer")
        || status == QLatin1String("canceled"))
        return Tone::Warning;
    if (status.isEmpty())
        return Tone::Neutral;
    return Tone::InFlight;
}

bool MessageStatusStyle::isFinalCallStatus(const QString &status)
{
    return status == QLatin1String("completed") || status == QLatin1String("busy")
           || status == QLatin1String("no-answer") || status == QLatin1String("failed")
           || status == QLatin1String("canceled");
}

QColor MessageStatusStyle::colour(Tone tone)
{
    return colour(tone, QGuiApplication::palette());
}

bool MessageStatusStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
           < palette.color(QPalette::WindowText).lightness();
}

QColor MessageStatusStyle::colour(Tone tone, const QPalette &palette)
{
    // Deep shades on light windows, light ones on dark windows: each keeps a contrast of at
    // least 4.5:1 (WCAG AA for text) against window and base colours of common themes
    // (#efefef/#ffffff light, #2a2e32/#1e2124/#353535 dark); tests check the ones we ship.
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x27, 0x6c, 0x2b);
    case Tone::Bad:
        return dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xc6, 0x28, 0x28);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0x8d, 0x53, 0x00);
    case Tone::InFlight:
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    case Tone::Neutral:
        break;
    }
    return dark ? QColor(0xa8, 0xa8, 0xa8) : QColor(0x61, 0x61, 0x61);
}

QColor MessageStatusStyle::colour(const QString &status)
{
    return colour(tone(status));
}

QIcon MessageStatusStyle::icon(const QString &status)
{
    return dotIcon(colour(status));
}

QIcon MessageStatusStyle::dotIcon(const QColor &colour)
{
    // Icons are only ever made on the GUI thread, so a plain static cache is enough.
    static QHash<QRgb, QIcon> cache;
    const auto it = cache.constFind(colour.rgba());
    if (it != cache.constEnd())
        return it.value();
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colour.darker(130));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    painter.end();
    const QIcon icon(pixmap);
    cache.insert(colour.rgba(), icon);
    return icon;
}

} // namespace Vortex::Ui
