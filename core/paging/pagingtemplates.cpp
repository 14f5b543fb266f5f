// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "pagingtemplates.h"

#include "core/paging/pageformatter.h"
#include "core/paging/pagevoice.h"
#include "core/paging/pagingtext.h"
#include "core/twilio/segments.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace Vortex::Core::Paging {

namespace {

QString say(const char *source)
{
    return QCoreApplication::translate("PagingTemplates", source);
}

// Field caps: no SMS needs more before shortening starts; the voice caps are PageVoice's, so a
// template speaks as much of a field as the built-in call does.
constexpr qsizetype SmsFieldCap = 320;
constexpr qsizetype VoiceTitleCap = 300;
constexpr qsizetype VoiceSummaryCap = 800;
constexpr qsizetype VoiceRunbookCap = 2000;
constexpr qsizetype LinkCap = 500;
constexpr qsizetype WhatsAppValueCap = 250;
constexpr qsizetype VoicePromptLimit = 4000; // VoiceScript::fromJson's limit
constexpr qsizetype VoiceOwnWordsLimit = 1000;

// The same sources as PageFormatter and PageVoice: one translation serves both.
const char *const SmsHint
    = QT_TRANSLATE_NOOP("PagingText", "Reply ACK %1, RESOLVE %1, SNOOZE %1 30");
const char *const VoiceMenu = QT_TRANSLATE_NOOP(
    "PagingText", "Press 1 to acknowledge, 2 to resolve, 3 to snooze for 30 minutes, 9 to "
                  "escalate now, star to repeat.");
const char *const VoiceSeverity = QT_TRANSLATE_NOOP("PagingText", "severity %1");

/// One piece of a parsed body: literal text, or a variable (name set).
struct Part
{
    QString text;
    QString variable;
};

struct Parsed
{
    QList<Part> parts;
    QString error;
};

using Values = QHash<QString, QString>;

const QRegularExpression &numberedPlaceholder()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*(\\d+)\\s*\\}\\}"));
    return re;
}

QString knownList()
{
    QStringList names;
    for (const QString &name : PagingTemplates::variableNames())
        names.append(QLatin1Char('{') + name + QLatin1Char('}'));
    return names.join(QStringLiteral(", "));
}

/// A named-variable body ("{title}", "{{" and "}}" for literal braces) as parts.
Parsed parseNamed(const QString &body)
{
    Parsed parsed;
    const QStringList known = PagingTemplates::variableNames();
    QString literal;
    const qsizetype n = body.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = body.at(i);
        if (c == QLatin1Char('{')) {
            if (i + 1 < n && body.at(i + 1) == QLatin1Char('{')) {
                literal += c;
                i += 2;
                continue;
            }
            qsizetype j = i + 1;
            while (j < n && body.at(j) != QLatin1Char('}') && body.at(j) != QLatin1Char('{')
                   && body.at(j) != QLatin1Char('\n'))
                ++j;
            if (j >= n || body.at(j) != QLatin1Char('}')) {
                parsed.error
                    = say(QT_TRANSLATE_NOOP("PagingTemplates",
                                            "Unbalanced braces: the { at character %1 is never "
                                            "closed."))
                          .arg(i + 1);
                return parsed;
            }
            const QString name = body.mid(i + 1, j - i - 1).trimmed();
            if (name.isEmpty()) {
                parsed.error = say(QT_TRANSLATE_NOOP("PagingTemplates",
                                                     "Empty {} at character %1: name a variable, "
                                                     "e.g. {title}."))
                                   .arg(i + 1);
                return parsed;
            }
            if (!known.contains(name)) {
                parsed.error
                    = say(QT_TRANSLATE_NOOP("PagingTemplates", "Unknown variable {%1}. Known: %2."))
                          .arg(name, knownList());
                return parsed;
            }
            if (!literal.isEmpty())
                parsed.parts.append({literal, {}});
            literal.clear();
            parsed.parts.append({{}, name});
            i = j + 1;
            continue;
        }
        if (c == QLatin1Char('}')) {
            if (i + 1 < n && body.at(i + 1) == QLatin1Char('}')) {
                literal += c;
                i += 2;
                continue;
            }
            parsed.error = say(QT_TRANSLATE_NOOP("PagingTemplates",
                                                 "Unbalanced braces: the } at character %1 has no "
                                                 "{ before it."))
                               .arg(i + 1);
            return parsed;
        }
        literal += c;
        ++i;
    }
    if (!literal.isEmpty())
        parsed.parts.append({literal, {}});
    return parsed;
}

/// The body with \a values filled in. A line with variables that are all empty is left out
/// (its words only labelled them); separators left dangling by an empty variable at a line's
/// end go too.
QString compose(const QList<Part> &parts, const Values &values)
{
    QStringList lines;
    QString line;
    bool hasVariable = false;
    bool anyValue = false;
    bool endsEmpty = false;
    bool hadEmpty = false;
    const auto finish = [&] {
        QString l = line;
        if (endsEmpty) {
            while (!l.isEmpty() && QStringLiteral(" :;,-").contains(l.back()))
                l.chop(1);
        }
        if (hadEmpty) {
            while (l.contains(QStringLiteral("  ")))
                l.replace(QStringLiteral("  "), QStringLiteral(" "));
        }
        while (!l.isEmpty() && l.back().isSpace())
            l.chop(1);
        if (!hasVariable || anyValue)
            lines.append(l);
        line.clear();
        hasVariable = anyValue = endsEmpty = hadEmpty = false;
    };
    for (const Part &part : parts) {
        if (!part.variable.isEmpty()) {
            const QString value = values.value(part.variable);
            line += value;
            hasVariable = true;
            endsEmpty = value.isEmpty();
            hadEmpty = hadEmpty || value.isEmpty();
            anyValue = anyValue || !value.isEmpty();
            continue;
        }
        const QStringList pieces = part.text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (i > 0)
                finish();
            line += pieces.at(i);
            if (!pieces.at(i).trimmed().isEmpty())
                endsEmpty = false;
        }
    }
    finish();
    while (!lines.isEmpty() && lines.constFirst().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

using PageFormatter::oneLine;

/// PageFormatter::shortened(), also dropping a full stop before the "...".
QString shortened(const QString &text, qsizetype length)
{
    return PageFormatter::shortened(text, length, u",;:-.");
}

/// A field as the call speaks it: one line, capped at a word, without a final stop.
QString spoken(const QString &text, qsizetype cap)
{
    QString s = text.simplified();
    if (s.size() > cap) {
        s.truncate(cap);
        const qsizetype space = s.lastIndexOf(QLatin1Char(' '));
        if (space > cap / 2)
            s.truncate(space);
    }
    while (!s.isEmpty() && QStringLiteral(".!?;:, ").contains(s.back()))
        s.chop(1);
    return s;
}

QString cleanLink(const QString &link)
{
    return oneLine(link, LinkCap).remove(QLatin1Char(' '));
}

/// Shrinks runbook, then summary, then title (each to the longest length that fits, or to
/// nothing) until \a fits accepts the rendered text; nullopt when even all three empty do not.
std::optional<QString> shrinkToFit(const Values &start,
                                   const std::function<QString(const Values &)> &render,
                                   const std::function<bool(const QString &)> &fits)
{
    Values values = start;
    QString text = render(values);
    if (fits(text))
        return text;
    for (const char *field : {"runbook", "summary", "title"}) {
        const QString key = QString::fromLatin1(field);
        const QString full = values.value(key);
        if (full.isEmpty())
            continue;
        Values trial = values;
        trial.insert(key, QString());
        if (!fits(render(trial))) {
            values = trial;
            continue;
        }
        // Binary search for the longest length that fits; lo always fits.
        qsizetype lo = 0;
        qsizetype hi = full.size() - 1;
        while (lo < hi) {
            const qsizetype mid = (lo + hi + 1) / 2;
            trial.insert(key, shortened(full, mid));
            if (fits(render(trial)))
                lo = mid;
            else
                hi = mid - 1;
        }
        values.insert(key, shortened(full, lo));
        return render(values);
    }
    return std::nullopt;
}

bool fitsTwoSegments(const QString &text)
{
    return Twilio::SmsSegments::count(text).segments <= PageFormatter::MaxSegments;
}

Values smsValues(const Incident &incident, const QString &language)
{
    return {{QStringLiteral("severity"), PageFormatter::severityLabel(incident.severity, language)},
            {QStringLiteral("code"), incident.code},
            {QStringLiteral("title"), oneLine(incident.title, SmsFieldCap)},
            {QStringLiteral("summary"), oneLine(incident.summary, SmsFieldCap)},
            {QStringLiteral("link"), cleanLink(incident.link)},
            {QStringLiteral("runbook"), oneLine(incident.runbook, SmsFieldCap)},
            {QStringLiteral("reply_hint"), PagingText::tr(language, SmsHint).arg(incident.code)}};
}

QString normalizedLanguage(const QString &language)
{
    return language.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
}

/// Problems of a WhatsApp template: Content SID, placeholders and mapping.
QStringList whatsAppProblems(const PagingTemplate &t)
{
    QStringList problems;
    if (!PagingTemplates::isValidContentSid(t.contentSid))
        problems.append(say(QT_TRANSLATE_NOOP(
            "PagingTemplates",
            "The Content SID must be HX followed by 32 hexadecimal digits (Twilio Console → "
            "Content Template Builder).")));
    if (t.body.trimmed().isEmpty()) {
        problems.append(say(QT_TRANSLATE_NOOP(
            "PagingTemplates",
            "Paste the Content template's text, with its placeholders {{1}}, {{2}}…")));
        return problems;
    }
    QSet<int> used;
    QString rest = t.body;
    for (auto it = numberedPlaceholder().globalMatch(t.body); it.hasNext();)
        used.insert(it.next().captured(1).toInt());
    rest.remove(numberedPlaceholder());
    if (rest.contains(QStringLiteral("{{")) || rest.contains(QStringLiteral("}}")))
        problems.append(say(QT_TRANSLATE_NOOP(
            "PagingTemplates", "Unbalanced braces: a placeholder must look like {{1}}.")));
    for (const QString &name : PagingTemplates::variableNames()) {
        if (rest.contains(QLatin1Char('{') + name + QLatin1Char('}'))) {
            problems.append(say(QT_TRANSLATE_NOOP("PagingTemplates",
                                                  "WhatsApp templates number their placeholders: "
                                                  "write {{n}} in the text and map it to %1 "
                                                  "below."))
                                .arg(name));
            break;
        }
    }
    QList<int> sorted(used.begin(), used.end());
    std::sort(sorted.begin(), sorted.end());
    for (int n : sorted) {
        if (n < 1 || n > t.contentVariables.size())
            problems.append(
                say(QT_TRANSLATE_NOOP("PagingTemplates", "{{%1}} has no variable mapped to it."))
                    .arg(n));
    }
    const QStringList known = PagingTemplates::variableNames();
    for (qsizetype i = 0; i < t.contentVariables.size(); ++i) {
        const int n = int(i + 1);
        if (!used.contains(n))
            problems.append(say(QT_TRANSLATE_NOOP("PagingTemplates",
                                                  "{{%1}} is mapped but not in the text (Twilio "
                                                  "refuses variables the template does not "
                                                  "use)."))
                                .arg(n));
        if (!known.contains(t.contentVariables.at(i)))
            problems.append(say(QT_TRANSLATE_NOOP("PagingTemplates",
                                                  "{{%1}} is mapped to \"%2\", which is not a "
                                                  "variable. Known: %3."))
                                .arg(n)
                                .arg(t.contentVariables.at(i), knownList()));
    }
    if (!t.contentVariables.contains(QStringLiteral("code")))
        problems.append(say(QT_TRANSLATE_NOOP(
            "PagingTemplates", "Map one placeholder to code: people reply with it (ACK 17).")));
    return problems;
}

} // namespace

QString templateKindName(TemplateKind kind)
{
    switch (kind) {
    case TemplateKind::SmsPage:
        return QStringLiteral("sms_page");
    case TemplateKind::VoicePrompt:
        return QStringLiteral("voice_prompt");
    case TemplateKind::WhatsAppPage:
        return QStringLiteral("whatsapp_page");
    }
    return {};
}

std::optional<TemplateKind> templateKindFromName(const QString &name)
{
    for (TemplateKind kind :
         {TemplateKind::SmsPage, TemplateKind::VoicePrompt, TemplateKind::WhatsAppPage}) {
        if (templateKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

Channel templateChannel(TemplateKind kind)
{
    switch (kind) {
    case TemplateKind::VoicePrompt:
        return Channel::Voice;
    case TemplateKind::WhatsAppPage:
        return Channel::WhatsApp;
    case TemplateKind::SmsPage:
        break;
    }
    return Channel::Sms;
}

QStringList PagingTemplate::validate() const
{
    QStringList problems;
    if (!PagingTemplates::isValidLanguage(language))
        problems.append(say(QT_TRANSLATE_NOOP("PagingTemplates",
                                              "The language must look like en, de or de-AT, or "
                                              "be empty for every language.")));
    if (kind == TemplateKind::WhatsAppPage)
        return problems + whatsAppProblems(*this);

    if (!contentSid.isEmpty() || !contentVariables.isEmpty())
        problems.append(say(QT_TRANSLATE_NOOP(
            "PagingTemplates", "Only WhatsApp templates have a Content SID and numbered "
                               "placeholders.")));
    if (body.trimmed().isEmpty()) {
        problems.append(say(QT_TRANSLATE_NOOP("PagingTemplates", "The text is empty.")));
        return problems;
    }
    if (numberedPlaceholder().match(body).hasMatch())
        problems.append(say(QT_TRANSLATE_NOOP("PagingTemplates",
                                              "{{1}}-style placeholders belong to WhatsApp "
                                              "templates; use named variables such as {title}.")));
    const Parsed parsed = parseNamed(body);
    if (!parsed.error.isEmpty()) {
        problems.append(parsed.error);
        return problems;
    }
    QSet<QString> used;
    QString ownWords;
    for (const Part &part : parsed.parts) {
        if (part.variable.isEmpty())
            ownWords += part.text;
        else
            used.insert(part.variable);
    }
    if (kind == TemplateKind::SmsPage) {
        if (!used.contains(QStringLiteral("code")))
            problems.append(say(QT_TRANSLATE_NOOP(
                "PagingTemplates", "Put {code} in the page: people reply with it (ACK 17).")));
        // The longest fixed parts (a four-digit code) with every shrinkable field empty.
        Incident widest;
        widest.severity = Severity::Sev1;
        widest.code = QStringLiteral("9999");
        const QString lang = language.isEmpty() ? QStringLiteral("en") : language;
        const QString text = PageFormatter::gsmSafe(compose(parsed.parts, smsValues(widest, lang)));
        const Twilio::SegmentCount count = Twilio::SmsSegments::count(text);
        if (count.segments > PageFormatter::MaxSegments)
            problems.append(
                say(QT_TRANSLATE_NOOP("PagingTemplates",
                                      "Even with title, summary, link and runbook empty the page "
                                      "needs %1 segments (%2); an SMS page may use at most %3."))
                    .arg(count.segments)
                    .arg(count.encoding == Twilio::SmsEncoding::Gsm7 ? QStringLiteral("GSM-7")
                                                                     : QStringLiteral("UCS-2"))
                    .arg(PageFormatter::MaxSegments));
    } else {
        if (!used.contains(QStringLiteral("reply_hint")))
            problems.append(say(QT_TRANSLATE_NOOP("PagingTemplates",
                                                  "Put {reply_hint} in the prompt: it tells the "
                                                  "person which keys to press.")));
        if (ownWords.size() > VoiceOwnWordsLimit)
            problems.append(say(QT_TRANSLATE_NOOP("PagingTemplates",
                                                  "The prompt's own words are %1 characters; keep "
                                                  "them under %2 so the incident's details fit."))
                                .arg(ownWords.size())
                                .arg(VoiceOwnWordsLimit));
    }
    return problems;
}

namespace PagingTemplates {

QStringList variableNames()
{
    return {QStringLiteral("severity"),  QStringLiteral("code"), QStringLiteral("title"),
            QStringLiteral("summary"),   QStringLiteral("link"), QStringLiteral("runbook"),
            QStringLiteral("reply_hint")};
}

QString variableDescription(const QString &name)
{
    static const QHash<QString, const char *> descriptions = {
        {QStringLiteral("severity"),
         QT_TRANSLATE_NOOP("PagingTemplates", "Severity: SEV1 in texts, \"severity 1\" on calls")},
        {QStringLiteral("code"),
         QT_TRANSLATE_NOOP("PagingTemplates", "The incident's reply code, e.g. 17")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("PagingTemplates", "The incident's title")},
        {QStringLiteral("summary"),
         QT_TRANSLATE_NOOP("PagingTemplates", "What is happening (shortened first)")},
        {QStringLiteral("link"), QT_TRANSLATE_NOOP("PagingTemplates", "The tracking link")},
        {QStringLiteral("runbook"),
         QT_TRANSLATE_NOOP("PagingTemplates", "What to do first (from the runbook)")},
        {QStringLiteral("reply_hint"),
         QT_TRANSLATE_NOOP("PagingTemplates",
                           "How to answer: \"Reply ACK 17, …\" in texts, the key menu on calls")},
    };
    const char *source = descriptions.value(name);
    return source ? say(source) : QString();
}

bool isValidLanguage(const QString &language)
{
    static const QRegularExpression re(QStringLiteral("^([a-z]{2,3}(-[A-Z]{2})?)?$"));
    return re.match(language).hasMatch();
}

bool isValidContentSid(const QString &sid)
{
    static const QRegularExpression re(QStringLiteral("^HX[0-9a-fA-F]{32}$"));
    return re.match(sid).hasMatch();
}

const PagingTemplate *select(const QList<PagingTemplate> &templates, TemplateKind kind,
                             const QString &language)
{
    const QString wanted = normalizedLanguage(language);
    const QString wantedBase = wanted.section(QLatin1Char('-'), 0, 0);
    const PagingTemplate *best = nullptr;
    int bestScore = 0;
    for (const PagingTemplate &t : templates) {
        if (t.kind != kind)
            continue;
        const QString have = normalizedLanguage(t.language);
        int score = 0;
        if (have.isEmpty())
            score = 1;
        else if (have == wanted)
            score = 3;
        else if (!wantedBase.isEmpty() && have.section(QLatin1Char('-'), 0, 0) == wantedBase)
            score = 2;
        if (score <= bestScore || !t.validate().isEmpty())
            continue;
        best = &t;
        bestScore = score;
    }
    return best;
}

Result<QString, QString> renderSms(const PagingTemplate &tmpl, const Incident &incident,
                                   const QString &language)
{
    if (tmpl.kind != TemplateKind::SmsPage)
        return fail(say(QT_TRANSLATE_NOOP("PagingTemplates", "This is not an SMS template.")));
    if (const QStringList problems = tmpl.validate(); !problems.isEmpty())
        return fail(problems.constFirst());
    const QList<Part> parts = parseNamed(tmpl.body).parts;
    const auto render = [&parts](const Values &values) -> QString {
        return PageFormatter::gsmSafe(compose(parts, values));
    };
    Values values = smsValues(incident, language);
    std::optional<QString> text = shrinkToFit(values, render, &fitsTwoSegments);
    if (!text && !values.value(QStringLiteral("link")).isEmpty()) {
        // A cut link is a broken link: leave it out and let the other fields grow back.
        values.insert(QStringLiteral("link"), QString());
        text = shrinkToFit(values, render, &fitsTwoSegments);
    }
    if (!text)
        return fail(
            say(QT_TRANSLATE_NOOP("PagingTemplates", "The page does not fit two SMS segments.")));
    return *text;
}

Result<VoiceScript, QString> renderVoicePrompt(const PagingTemplate &tmpl, const Incident &incident,
                                               const Recipient &recipient, const QString &scriptId)
{
    if (tmpl.kind != TemplateKind::VoicePrompt)
        return fail(say(QT_TRANSLATE_NOOP("PagingTemplates", "This is not a voice template.")));
    if (const QStringList problems = tmpl.validate(); !problems.isEmpty())
        return fail(problems.constFirst());
    VoiceScript script = PageVoice::script(incident, recipient, scriptId);
    const QString catalog = script.language.section(QLatin1Char('-'), 0, 0);
    const QList<Part> parts = parseNamed(tmpl.body).parts;
    const Values values{{QStringLiteral("severity"),
                         PagingText::tr(catalog, VoiceSeverity)
                             .arg(QString::number(static_cast<int>(incident.severity)))},
                        {QStringLiteral("code"), incident.code},
                        {QStringLiteral("title"), spoken(incident.title, VoiceTitleCap)},
                        {QStringLiteral("summary"), spoken(incident.summary, VoiceSummaryCap)},
                        {QStringLiteral("link"), cleanLink(incident.link)},
                        {QStringLiteral("runbook"), spoken(incident.runbook, VoiceRunbookCap)},
                        {QStringLiteral("reply_hint"), PagingText::tr(catalog, VoiceMenu)}};
    const auto render = [&parts](const Values &v) -> QString {
        return compose(parts, v).simplified();
    };
    const std::optional<QString> prompt
        = shrinkToFit(values, render, [](const QString &text) -> bool {
              return !text.isEmpty() && text.size() <= VoicePromptLimit;
          });
    if (!prompt)
        return fail(say(QT_TRANSLATE_NOOP("PagingTemplates",
                                          "The prompt is empty or longer than 4000 characters.")));
    script.prompt = *prompt;
    return script;
}

Result<WhatsAppContent, QString> renderWhatsApp(const PagingTemplate &tmpl,
                                                const Incident &incident, const QString &language)
{
    if (tmpl.kind != TemplateKind::WhatsAppPage)
        return fail(say(QT_TRANSLATE_NOOP("PagingTemplates", "This is not a WhatsApp template.")));
    if (const QStringList problems = tmpl.validate(); !problems.isEmpty())
        return fail(problems.constFirst());
    const Values values{
        {QStringLiteral("severity"), PageFormatter::severityLabel(incident.severity, language)},
        {QStringLiteral("code"), incident.code},
        {QStringLiteral("title"),
         shortened(oneLine(incident.title, SmsFieldCap), WhatsAppValueCap)},
        {QStringLiteral("summary"),
         shortened(oneLine(incident.summary, SmsFieldCap), WhatsAppValueCap)},
        {QStringLiteral("link"), cleanLink(incident.link).left(WhatsAppValueCap)},
        {QStringLiteral("runbook"),
         shortened(oneLine(incident.runbook, SmsFieldCap), WhatsAppValueCap)},
        {QStringLiteral("reply_hint"), PagingText::tr(language, SmsHint).arg(incident.code)}};
    WhatsAppContent content;
    content.contentSid = tmpl.contentSid;
    for (qsizetype i = 0; i < tmpl.contentVariables.size(); ++i) {
        QString value = values.value(tmpl.contentVariables.at(i));
        if (value.isEmpty())
            value = QStringLiteral("-");
        content.variables.insert(QString::number(i + 1), value);
    }
    QString body;
    qsizetype last = 0;
    for (auto it = numberedPlaceholder().globalMatch(tmpl.body); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        body += tmpl.body.mid(last, m.capturedStart() - last)
                + content.variables.value(m.captured(1)).toString();
        last = m.capturedEnd();
    }
    content.body = body + tmpl.body.mid(last);
    return content;
}

PageText pageText(const QList<PagingTemplate> &templates, const Incident &incident, Channel channel,
                  const QString &language)
{
    if (channel == Channel::WhatsApp) {
        if (const PagingTemplate *t = select(templates, TemplateKind::WhatsAppPage, language)) {
            if (auto content = renderWhatsApp(*t, incident, language))
                return {content->body, content->contentSid, content->variables};
        }
    }
    if (const PagingTemplate *t = select(templates, TemplateKind::SmsPage, language)) {
        if (auto text = renderSms(*t, incident, language))
            return {text.value(), {}, {}};
    }
    return {PageFormatter::page(incident, language), {}, {}};
}

VoiceScript voiceScript(const QList<PagingTemplate> &templates, const Incident &incident,
                        const Recipient &recipient, const QString &scriptId)
{
    VoiceScript builtIn = PageVoice::script(incident, recipient, scriptId);
    // The voice's language, not the recipient's: a German template is only read by a German
    // voice, which PageVoice picks once the catalog speaks German.
    const QString voiceLanguage = builtIn.language.section(QLatin1Char('-'), 0, 0);
    if (const PagingTemplate *t = select(templates, TemplateKind::VoicePrompt, voiceLanguage)) {
        if (auto script = renderVoicePrompt(*t, incident, recipient, scriptId))
            return script.value();
    }
    return builtIn;
}

PagingTemplate starter(TemplateKind kind)
{
    PagingTemplate t;
    t.kind = kind;
    switch (kind) {
    case TemplateKind::SmsPage:
        t.body = QStringLiteral("{severity} #{code} {title}: {summary}\n{link}\n{reply_hint}");
        break;
    case TemplateKind::VoicePrompt:
        t.body = QStringLiteral("Vortex alert, {severity}, incident {code}. {title}. {summary}. "
                                "Runbook: {runbook}. {reply_hint}");
        break;
    case TemplateKind::WhatsAppPage:
        t.body = QStringLiteral("{{1}} #{{2}} {{3}}: {{4}}\n{{5}}\n{{6}}");
        t.contentVariables
            = {QStringLiteral("severity"), QStringLiteral("code"), QStringLiteral("title"),
               QStringLiteral("summary"),  QStringLiteral("link"), QStringLiteral("reply_hint")};
        break;
    }
    return t;
}

Incident sampleIncident()
{
    Incident incident;
    incident.id = 17;
    incident.code = QStringLiteral("17");
    incident.severity = Severity::Sev1;
    incident.title = QStringLiteral("Checkout API down");
    incident.summary
        = QStringLiteral("Error rate 45% on checkout-api in eu-west-1 since 01:58 UTC.");
    incident.link = QStringLiteral("https://vx.example.com/i/17");
    incident.runbook = QStringLiteral("Fail over to eu-central-1.");
    incident.source = QStringLiteral("console");
    return incident;
}

} // namespace PagingTemplates

} // namespace Vortex::Core::Paging
