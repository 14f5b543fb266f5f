// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "messagestatusstyle.h"

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

QColor MessageStatusStyle::colour(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0x2e, 0x7d, 0x32);
    case Tone::Bad:
        return QColor(0xc6, 0x28, 0x28);
    case Tone::Warning:
        return QColor(0xef, 0x8f, 0x00);
    case Tone::InFlight:
        return QColor(0x15, 0x65, 0xc0);
    case Tone::Neutral:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
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
