// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/twilio/rfc2822.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <array>

namespace Vortex::Core::Twilio {

namespace {

constexpr std::array<const char *, 12> kMonths
    = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<const char *, 7> kDays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

int monthFromName(QStringView name)
{
    for (int i = 0; i < 12; ++i) {
        if (name.compare(QLatin1String(kMonths[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

} // namespace

QDateTime parseRfc2822Date(const QString &text)
{
    // Hand-written rather than Qt::RFC2822Date so that the accepted forms are explicit and the
    // result is always UTC; QDateTime::fromString also accepts forms Twilio never sends.
    static const QRegularExpression re(
        QStringLiteral("^\\s*(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\s*,\\s*)?(\\d{1,2})\\s+([A-Za-z]{3})"
                       "\\s+(\\d{4})"
                       "\\s+(\\d{2}):(\\d{2})(?::(\\d{2}))?\\s+([+-]\\d{4}|GMT|UTC|UT|Z)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    const int month = monthFromName(m.capturedView(3));
    const QDate date(m.captured(4).toInt(), month, m.captured(2).toInt());
    const int hour = m.captured(5).toInt();
    const int minute = m.captured(6).toInt();
    const int second = m.capturedLength(7) > 0 ? m.captured(7).toInt() : 0;
    if (month == 0 || !date.isValid() || hour > 23 || minute > 59 || second > 60)
        return {};
    int offsetSeconds = 0;
    const QString zone = m.captured(8);
    if (zone.startsWith(QLatin1Char('+')) || zone.startsWith(QLatin1Char('-'))) {
        const int hh = zone.mid(1, 2).toInt();
        const int mm = zone.mid(3, 2).toInt();
        if (hh > 23 || mm > 59)
            return {};
        offsetSeconds = (hh * 3600 + mm * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    // A leap second (":60") is folded onto the next second.
    QDateTime local(date, QTime(hour, minute, qMin(second, 59)), Qt::OffsetFromUTC, offsetSeconds);
    if (second == 60)
        local = local.addSecs(1);
    if (!local.isValid())
        return {};
    if (m.capturedLength(1) > 0) {
        const int weekday = date.dayOfWeek();
        if (m.capturedView(1).compare(QLatin1String(kDays[weekday - 1]), Qt::CaseInsensitive) != 0)
            return {};
    }
    return local.toUTC();
}

QString formatRfc2822Date(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime utc = dateTime.toUTC();
    const QDate d = utc.date();
    return QStringLiteral("%1, %2 %3 %4 %5 +0000")
        .arg(QLatin1String(kDays[d.dayOfWeek() - 1]))
        .arg(d.day(), 2, 10, QLatin1Char('0'))
        .arg(QLatin1String(kMonths[d.month() - 1]))
        .arg(d.year(), 4, 10, QLatin1Char('0'))
        .arg(utc.time().toString(QStringLiteral("HH:mm:ss")));
}

} // namespace Vortex::Core::Twilio
