// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "pageformatter.h"

#include "core/paging/pagingtext.h"
#include "core/twilio/segments.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <string_view>

namespace Vortex::Core::Paging::PageFormatter {

namespace {

using Twilio::SegmentCount;
using Twilio::SmsEncoding;
using Twilio::SmsSegments;

// Two concatenated segments hold 2 × 153 septets or 2 × 67 UTF-16 units; no field needs more
// than this before shortening starts, and a cap keeps absurd inputs (a 1 MB summary) cheap.
constexpr qsizetype FieldCap = 320;
constexpr qsizetype ActorCap = 40;
constexpr qsizetype BundleTitleCap = 60;

QString translated(const QString &language, const char *source)
{
    return PagingText::tr(language, source);
}

/// One line of plain text: newlines, tabs and runs of spaces become one space; capped.
QString clean(const QString &text, qsizetype cap = FieldCap)
{
    return oneLine(text, cap);
}

bool isGsm(char32_t cp)
{
    return SmsSegments::gsmSeptets(cp) > 0;
}

/// GSM-7 spellings of characters that are not GSM-7 (Twilio's Smart Encoding does the same).
struct Spelling
{
    std::u32string_view from;
    const char *to;
};
constexpr Spelling Spellings[] = {
    {U"\u2018\u2019\u201A\u201B\u2032`\u00B4\u2039\u203A", "'"},
    {U"\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB", "\""},
    {U"\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\u2022\u00B7\u2023\u2219", "-"},
    {U"\u2026", "..."},
    {U"\t\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F"
     U"\u3000",
     " "},
    {U"\u200B\u200C\u200D\u2060\uFEFF\u00AD", ""},
    {U"\u00D7", "x"},
    {U"\u00F7\u2044\u2215", "/"},
    {U"\u00A9", "(C)"},
    {U"\u00AE", "(R)"},
    {U"\u2122", "TM"},
    {U"\u2192\u27F6", "->"},
    {U"\u2190", "<-"},
    {U"\u21D2", "=>"},
    {U"\u2264", "<="},
    {U"\u2265", ">="},
    {U"\u2260", "!="},
    {U"\u2248\u223C", "~"},
    {U"\u0142", "l"},
    {U"\u0141", "L"},
    {U"\u0111", "d"},
    {U"\u0110", "D"},
    {U"\u0153", "oe"},
    {U"\u0152", "OE"},
    {U"\u0131", "i"},
};

/// The GSM-7 spelling of one character that is not GSM-7, or nullopt when there is none.
std::optional<QString> gsmSpelling(char32_t cp, int depth = 0)
{
    for (const Spelling &spelling : Spellings) {
        if (spelling.from.find(cp) != std::u32string_view::npos)
            return QString::fromLatin1(spelling.to);
    }
    // Emoji, their modifiers and joiners, and other pictographs carry no words: dropping them
    // keeps a page GSM-7 (a single emoji would halve its room as UCS-2).
    const auto category = QChar::category(cp);
    if (category == QChar::Symbol_Other || category == QChar::Symbol_Modifier
        || category == QChar::Other_Format || (cp >= 0xFE00 && cp <= 0xFE0F)
        || (cp >= 0xE0100 && cp <= 0xE01EF))
        return QString();
    if (depth > 0)
        return std::nullopt;
    // Accented letters, ligatures, full-width forms: the compatibility decomposition without
    // its combining marks ("ê" → "e", "ﬁ" → "fi", "½" → "1/2").
    const QString decomposed = QString::fromUcs4(&cp, 1).normalized(QString::NormalizationForm_KD);
    QString spelled;
    for (const uint part : decomposed.toUcs4()) {
        const auto partCp = static_cast<char32_t>(part);
        if (QChar::isMark(partCp))
            continue;
        if (isGsm(partCp)) {
            spelled += QString::fromUcs4(&partCp, 1);
            continue;
        }
        const std::optional<QString> inner = gsmSpelling(partCp, depth + 1);
        if (!inner)
            return std::nullopt;
        spelled += *inner;
    }
    if (spelled.isEmpty())
        return std::nullopt;
    return spelled;
}

bool fits(const QString &text)
{
    return SmsSegments::count(text).segments <= MaxSegments;
}

/// Searches downwards from \a max for a length whose text (gsmSafe) fits two segments; ""
/// when not even length 0 does. One step of length changes the text by up to \a weight
/// characters (the number of fields it shortens); steps of half the overshoot end close to the
/// longest text that fits.
QString fitDownwards(qsizetype max, const std::function<QString(qsizetype)> &build,
                     qsizetype weight = 1)
{
    for (qsizetype length = max; length >= 0;) {
        const QString text = gsmSafe(build(length));
        const SegmentCount count = SmsSegments::count(text);
        if (count.segments <= MaxSegments)
            return text;
        if (length == 0)
            break;
        const int capacity = MaxSegments * (count.encoding == SmsEncoding::Gsm7 ? 153 : 67);
        const qsizetype overshoot = count.units - capacity;
        length = qMax<qsizetype>(0, length - qMax<qsizetype>(1, overshoot / (2 * weight)));
    }
    return {};
}

QString subject(const Incident &incident, qsizetype titleLength)
{
    const QString title = shortened(clean(incident.title), titleLength);
    const QString head = QLatin1Char('#') + incident.code;
    return title.isEmpty() ? head : head + QLatin1Char(' ') + title;
}

/// A confirmation "<#code title>: <what happened>": the title shrinks to fit.
QString confirmation(const Incident &incident, const std::function<QString(const QString &)> &say)
{
    const QString text
        = fitDownwards(clean(incident.title).size(),
                       [&](qsizetype length) -> QString { return say(subject(incident, length)); });
    return text.isEmpty() ? gsmSafe(say(QLatin1Char('#') + incident.code)) : text;
}

struct ListItem
{
    QString head; ///< "SEV1 #17" or "#17", never shortened
    QString title;
};

/// \a wrap around a "; "-separated list of \a items that fits two segments: titles shrink to
/// nothing first, then items are left out as "+N more".
QString fitList(const QList<ListItem> &items, const QString &language,
                const std::function<QString(const QString &)> &wrap)
{
    const auto list = [&](qsizetype titleLength, qsizetype count) -> QString {
        QStringList parts;
        for (qsizetype i = 0; i < count; ++i) {
            const QString title = shortened(items.at(i).title, titleLength);
            parts.append(title.isEmpty() ? items.at(i).head
                                         : items.at(i).head + QLatin1Char(' ') + title);
        }
        QString joined = parts.join(QStringLiteral("; "));
        if (count < items.size())
            joined += QLatin1Char(' ')
                      + translated(language, QT_TRANSLATE_NOOP("PagingText", "+%1 more"))
                            .arg(items.size() - count);
        return wrap(joined);
    };
    qsizetype longest = 0;
    for (const ListItem &item : items)
        longest = qMax(longest, item.title.size());
    const QString full = fitDownwards(
        qMin(longest, BundleTitleCap),
        [&](qsizetype length) -> QString { return list(length, items.size()); },
        qMax<qsizetype>(1, items.size()));
    if (!full.isEmpty())
        return full;
    for (qsizetype count = items.size() - 1; count >= 1; --count) {
        const QString text = gsmSafe(list(0, count));
        if (fits(text))
            return text;
    }
    return gsmSafe(list(0, 0));
}

/// "Wed 08:30 EST": \a until in \a timeZone, weekday in \a textLanguage.
QString zoneTime(const QDateTime &until, const QString &timeZone, const QString &textLanguage)
{
    QTimeZone zone(timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QDateTime local = until.toTimeZone(zone);
    const QLocale locale(textLanguage);
    QString abbreviation = zone.abbreviation(until);
    if (abbreviation.isEmpty())
        abbreviation = QString::fromUtf8(zone.id());
    return locale.toString(local, QStringLiteral("ddd HH:mm")) + QLatin1Char(' ') + abbreviation;
}

QString upperVerb(const QString &verb)
{
    const QString v = clean(verb, 16).toUpper();
    return v.isEmpty() ? QStringLiteral("ACK") : v;
}

} // namespace

QString oneLine(const QString &text, qsizetype cap)
{
    QString s = text.simplified();
    if (s.size() > cap) {
        qsizetype cut = cap;
        if (s.at(cut - 1).isHighSurrogate())
            --cut;
        s.truncate(cut);
    }
    return s;
}

QString shortened(const QString &text, qsizetype length, QStringView trailing)
{
    const QString ellipsis = QStringLiteral("...");
    if (text.size() <= length)
        return text;
    if (length <= ellipsis.size())
        return {};
    qsizetype cut = length - ellipsis.size();
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    const qsizetype space = text.lastIndexOf(QLatin1Char(' '), cut);
    if (space > 0 && space >= cut - 12)
        cut = space;
    QString s = text.left(cut);
    while (!s.isEmpty() && (s.back().isSpace() || trailing.contains(s.back())))
        s.chop(1);
    return s.isEmpty() ? QString() : s + ellipsis;
}

QString severityLabel(Severity severity, const QString &language)
{
    return translated(language, QT_TRANSLATE_NOOP("PagingText", "SEV%1"))
        .arg(static_cast<int>(severity));
}

QString gsmSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const uint uc : text.toUcs4()) {
        const auto cp = static_cast<char32_t>(uc);
        if (isGsm(cp)) {
            out += QString::fromUcs4(&cp, 1);
            continue;
        }
        const std::optional<QString> spelled = gsmSpelling(cp);
        if (!spelled)
            return text; // needs UCS-2 anyway: keep every character as written
        out += *spelled;
    }
    return out;
}

QString page(const Incident &incident, const QString &language)
{
    const QString label = severityLabel(incident.severity, language);
    const QString title = clean(incident.title);
    const QString summary = clean(incident.summary);
    const QString link = incident.link.simplified().remove(QLatin1Char(' '));
    const QString hint
        = translated(language,
                     QT_TRANSLATE_NOOP("PagingText", "Reply ACK %1, RESOLVE %1, SNOOZE %1 30"))
              .arg(incident.code);
    const auto build = [&](const QString &t, const QString &s, const QString &l) -> QString {
        QString text = label + QStringLiteral(" #") + incident.code;
        if (!t.isEmpty())
            text += QLatin1Char(' ') + t;
        if (!s.isEmpty())
            text += (t.isEmpty() ? QStringLiteral(" ") : QStringLiteral(": ")) + s;
        if (!l.isEmpty())
            text += QLatin1Char('\n') + l;
        return text + QLatin1Char('\n') + hint;
    };
    // The summary gives way first, then the title; the code, link and reply hint are kept.
    QString text = fitDownwards(summary.size(), [&](qsizetype length) -> QString {
        return build(title, shortened(summary, length), link);
    });
    if (text.isEmpty())
        text = fitDownwards(title.size(), [&](qsizetype length) -> QString {
            return build(shortened(title, length), {}, link);
        });
    // A link that leaves no room even for the code and hint would only arrive cut, i.e. broken:
    // it is left out and the page keeps what still fits.
    if (text.isEmpty())
        text = fitDownwards(title.size(), [&](qsizetype length) -> QString {
            return build(shortened(title, length), {}, {});
        });
    return text.isEmpty() ? gsmSafe(build({}, {}, {})) : text;
}

QString bundle(const QList<Incident> &incidents, const QString &language)
{
    if (incidents.isEmpty())
        return {};
    if (incidents.size() == 1)
        return page(incidents.first(), language);
    QList<Incident> sorted = incidents;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Incident &a, const Incident &b) {
        return static_cast<int>(a.severity) < static_cast<int>(b.severity);
    });
    QList<ListItem> items;
    for (const Incident &incident : sorted)
        items.append(
            {severityLabel(incident.severity, language) + QStringLiteral(" #") + incident.code,
             clean(incident.title)});
    const QString header
        = translated(language, QT_TRANSLATE_NOOP("PagingText", "%1 alerts:")).arg(sorted.size());
    const QString hint
        = translated(language,
                     QT_TRANSLATE_NOOP("PagingText", "Reply e.g. ACK %1, RESOLVE %1, SNOOZE %1 30"))
              .arg(sorted.first().code);
    return fitList(items, language, [&](const QString &list) -> QString {
        return header + QLatin1Char(' ') + list + QLatin1Char('\n') + hint;
    });
}

QString acknowledged(const Incident &incident, const QString &actorName, const QString &language)
{
    const QString actor = clean(actorName, ActorCap);
    return confirmation(incident, [&](const QString &subject) -> QString {
        return actor.isEmpty()
                   ? translated(
                         language,
                         QT_TRANSLATE_NOOP("PagingText", "%1: acknowledged. Escalation stopped."))
                         .arg(subject)
                   : translated(language,
                                QT_TRANSLATE_NOOP("PagingText",
                                                  "%1: acknowledged by %2. Escalation stopped."))
                         .arg(subject, actor);
    });
}

QString resolved(const Incident &incident, const QString &actorName, const QString &language)
{
    const QString actor = clean(actorName, ActorCap);
    return confirmation(incident, [&](const QString &subject) -> QString {
        return actor.isEmpty()
                   ? translated(language, QT_TRANSLATE_NOOP("PagingText", "%1: resolved."))
                         .arg(subject)
                   : translated(language, QT_TRANSLATE_NOOP("PagingText", "%1: resolved by %2."))
                         .arg(subject, actor);
    });
}

QString snoozed(const Incident &incident, const QDateTime &until, const QString &timeZone,
                const QString &language)
{
    const char *source
        = QT_TRANSLATE_NOOP("PagingText", "%1: snoozed until %2, then it pages again.");
    const QString sentence = translated(language, source);
    // The weekday in the sentence's language: English words until the catalog has this one.
    const QString when
        = zoneTime(until, timeZone,
                   sentence == QString::fromUtf8(source) ? QStringLiteral("en")
                                                         : PagingText::catalogLanguage(language));
    return confirmation(
        incident, [&](const QString &subject) -> QString { return sentence.arg(subject, when); });
}

QString escalated(const Incident &incident, const QString &language)
{
    return confirmation(incident, [&](const QString &subject) -> QString {
        return translated(
                   language,
                   QT_TRANSLATE_NOOP("PagingText", "%1: escalated, the next tier is being paged."))
            .arg(subject);
    });
}

QString whichIncident(const QList<Incident> &open, const QString &verb, const QString &language)
{
    if (open.isEmpty())
        return noOpenIncident(language);
    QList<ListItem> items;
    for (const Incident &incident : open)
        items.append({QLatin1Char('#') + incident.code, clean(incident.title)});
    const QString v = upperVerb(verb);
    const QString example = v + QLatin1Char(' ') + open.first().code;
    return fitList(items, language, [&](const QString &list) -> QString {
        return translated(language,
                          QT_TRANSLATE_NOOP("PagingText",
                                            "Which incident? Reply with its code, e.g. %1: %2"))
            .arg(example, list);
    });
}

QString notPagedFor(const QString &code, const QList<Incident> &open, const QString &language)
{
    const QString asked = clean(code, 8);
    const QString sentence
        = translated(
              language,
              QT_TRANSLATE_NOOP("PagingText", "#%1 is not an open incident paged to this number."))
              .arg(asked);
    if (open.isEmpty())
        return gsmSafe(sentence);
    QList<ListItem> items;
    for (const Incident &incident : open)
        items.append({QLatin1Char('#') + incident.code, {}});
    return fitList(items, language, [&](const QString &list) -> QString {
        return sentence + QLatin1Char(' ')
               + translated(language, QT_TRANSLATE_NOOP("PagingText", "Open: %1")).arg(list);
    });
}

QString noOpenIncident(const QString &language)
{
    return gsmSafe(translated(
        language, QT_TRANSLATE_NOOP("PagingText", "No open incident was paged to this number.")));
}

QString help(const QString &language)
{
    return gsmSafe(translated(
        language,
        QT_TRANSLATE_NOOP("PagingText", "Vortex alerts: reply ACK 17, RESOLVE 17 or SNOOZE 17 30 "
                                        "(incident code, minutes). Without a code it applies to "
                                        "your only open incident. STOP ends alerts.")));
}

QString replyError(const ReplyCommand &command, const QString &language)
{
    const QByteArray source = command.error.toUtf8();
    const QString reason
        = command.error.isEmpty() ? QString() : PagingText::tr(language, source.constData());
    return gsmSafe(
        translated(language,
                   QT_TRANSLATE_NOOP("PagingText", "Could not read your reply: %1. Reply HELP for "
                                                   "how to reply."))
            .arg(reason));
}

} // namespace Vortex::Core::Paging::PageFormatter
