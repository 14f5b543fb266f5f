// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "incidentstyle.h"

#include <core/twilio/errordictionary.h>

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace Vortex::Ui {

using Core::Paging::IncidentState;
using Core::Paging::Severity;

bool IncidentStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
           < palette.color(QPalette::WindowText).lightness();
}

QString IncidentStyle::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Sev1:
        return tr("SEV1");
    case Severity::Sev2:
        return tr("SEV2");
    case Severity::Sev3:
        return tr("SEV3");
    case Severity::Sev4:
        return tr("SEV4");
    }
    return {};
}

QString IncidentStyle::severityDescription(Severity severity)
{
    switch (severity) {
    case Severity::Sev1:
        return tr("Severity 1 (critical)");
    case Severity::Sev2:
        return tr("Severity 2 (major)");
    case Severity::Sev3:
        return tr("Severity 3 (minor)");
    case Severity::Sev4:
        return tr("Severity 4 (low)");
    }
    return {};
}

QColor IncidentStyle::severityColour(Severity severity, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (severity) {
    case Severity::Sev1:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case Severity::Sev2:
        return dark ? QColor(0xff, 0xa7, 0x26) : QColor(0xe6, 0x51, 0x00);
    case Severity::Sev3:
        return dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0xf9, 0xa8, 0x25);
    case Severity::Sev4:
        break;
    }
    return dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75);
}

QColor IncidentStyle::textOn(const QColor &background)
{
    // Relative luminance (sRGB approximation) decides between black and white text.
    const double luminance
        = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}

QString IncidentStyle::stateLabel(IncidentState state)
{
    switch (state) {
    case IncidentState::Triggered:
        return tr("Triggered");
    case IncidentState::Acknowledged:
        return tr("Acknowledged");
    case IncidentState::Snoozed:
        return tr("Snoozed");
    case IncidentState::Resolved:
        return tr("Resolved");
    }
    return {};
}

QColor IncidentStyle::stateColour(IncidentState state, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (state) {
    case IncidentState::Triggered:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case IncidentState::Acknowledged:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case IncidentState::Snoozed:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xef, 0x8f, 0x00);
    case IncidentState::Resolved:
        break;
    }
    return dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75);
}

int IncidentStyle::stateRank(IncidentState state)
{
    switch (state) {
    case IncidentState::Triggered:
        return 0;
    case IncidentState::Acknowledged:
        return 1;
    case IncidentState::Snoozed:
        return 2;
    case IncidentState::Resolved:
        return 3;
    }
    return 4;
}

QString IncidentStyle::kindLabel(const QString &kind)
{
    // The engine's timeline vocabulary (core/paging), spelled out for people.
    static const QHash<QString, const char *> labels{
        {QStringLiteral("incident.triggered"), QT_TR_NOOP("Incident triggered")},
        {QStringLiteral("incident.acknowledged"), QT_TR_NOOP("Acknowledged")},
        {QStringLiteral("incident.resolved"), QT_TR_NOOP("Resolved")},
        {QStringLiteral("incident.snoozed"), QT_TR_NOOP("Snoozed")},
        {QStringLiteral("incident.snooze-ended"), QT_TR_NOOP("Snooze ended")},
        {QStringLiteral("incident.updated"), QT_TR_NOOP("Details updated")},
        {QStringLiteral("escalation.tier"), QT_TR_NOOP("Escalation: tier paged")},
        {QStringLiteral("escalation.manual"), QT_TR_NOOP("Escalated by hand")},
        {QStringLiteral("escalation.failed"), QT_TR_NOOP("Escalation failed")},
        {QStringLiteral("page.queued"), QT_TR_NOOP("Page queued")},
        {QStringLiteral("page.delayed"), QT_TR_NOOP("Page held back")},
        {QStringLiteral("page.bundled"), QT_TR_NOOP("Page bundled")},
        {QStringLiteral("page.submitted"), QT_TR_NOOP("Page sent to Twilio")},
        {QStringLiteral("page.status"), QT_TR_NOOP("Page status")},
        {QStringLiteral("page.failed"), QT_TR_NOOP("Page failed")},
        {QStringLiteral("page.rejected"), QT_TR_NOOP("Page refused by Twilio")},
        {QStringLiteral("page.cancelled"), QT_TR_NOOP("Page cancelled")},
        {QStringLiteral("page.no-sender"), QT_TR_NOOP("No sender")},
        {QStringLiteral("page.opted-out"), QT_TR_NOOP("Recipient opted out")},
        {QStringLiteral("page.fallback"), QT_TR_NOOP("Fallback sender")},
        {QStringLiteral("page.retry"), QT_TR_NOOP("Page retried")},
        {QStringLiteral("page.resubmit"), QT_TR_NOOP("Page sent again")},
        {QStringLiteral("page.ambiguous"), QT_TR_NOOP("Page outcome unclear")},
        {QStringLiteral("call.queued"), QT_TR_NOOP("Call queued")},
        {QStringLiteral("call.submitted"), QT_TR_NOOP("Call placed")},
        {QStringLiteral("call.status"), QT_TR_NOOP("Call status")},
        {QStringLiteral("call.digits"), QT_TR_NOOP("Keypad input")},
        {QStringLiteral("call.unanswered"), QT_TR_NOOP("Call not answered")},
        {QStringLiteral("call.rejected"), QT_TR_NOOP("Call refused by Twilio")},
        {QStringLiteral("reply.received"), QT_TR_NOOP("Reply received")},
        {QStringLiteral("reply.rejected"), QT_TR_NOOP("Reply not understood")},
        {QStringLiteral("reply.sent"), QT_TR_NOOP("Reply sent")},
    };
    const auto it = labels.constFind(kind);
    return it == labels.constEnd() ? kind : tr(it.value());
}

QString IncidentStyle::channelLabel(const QString &channel)
{
    if (channel == QLatin1String("sms"))
        return tr("SMS");
    if (channel == QLatin1String("voice"))
        return tr("Voice");
    if (channel == QLatin1String("whatsapp"))
        return tr("WhatsApp");
    return channel;
}

QString IncidentStyle::errorText(int code)
{
    const Core::Twilio::ErrorInfo info = Core::Twilio::ErrorDictionary::lookup(code);
    if (info.message.isEmpty())
        return QString::number(code);
    return tr("%1 — %2").arg(code).arg(info.message);
}

QString IncidentStyle::ageText(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString IncidentStyle::countdownText(qint64 seconds)
{
    if (seconds <= 0)
        return tr("due now");
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0) {
        return tr("in %1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    }
    return tr("in %1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString IncidentStyle::localTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
           + local.time().toString(QStringLiteral("HH:mm:ss"));
}

QString IncidentStyle::localTimeOfDay(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return at.toLocalTime().time().toString(QStringLiteral("HH:mm:ss"));
}

} // namespace Vortex::Ui
