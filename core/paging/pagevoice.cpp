// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "pagevoice.h"

#include "core/paging/pagingtext.h"

#include <QCoreApplication>

namespace Vortex::Core::Paging::PageVoice {

namespace {

const char *const Menu = QT_TRANSLATE_NOOP(
    "PagingText", "Press 1 to acknowledge, 2 to resolve, 3 to snooze for 30 minutes, 9 to "
                  "escalate now, star to repeat.");

// Field caps keep the prompt well under VoiceScript's 4000 characters (and a call short enough
// to listen to).
constexpr qsizetype TitleCap = 300;
constexpr qsizetype SummaryCap = 800;
constexpr qsizetype RunbookCap = 2000;

/// One spoken sentence from a field: whitespace simplified, capped at a word, no final stop.
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

struct VoiceLanguage
{
    QString catalog; ///< the texts' language
    QString language;
    QString voice;
};

VoiceLanguage voiceFor(const QString &recipientLanguage)
{
    // German voice only once the German catalog speaks the menu: never English words with a
    // German voice.
    if (PagingText::catalogLanguage(recipientLanguage) == QLatin1String("de")
        && PagingText::tr(QStringLiteral("de"), Menu) != QString::fromUtf8(Menu))
        return {QStringLiteral("de"), QStringLiteral("de-DE"), QStringLiteral("Polly.Marlene")};
    return {QStringLiteral("en"), QStringLiteral("en-US"), QStringLiteral("Polly.Joanna")};
}

} // namespace

VoiceScript script(const Incident &incident, const Recipient &recipient, const QString &scriptId)
{
    const VoiceLanguage voice = voiceFor(recipient.language);
    const auto say = [&voice](const char *source) -> QString {
        return PagingText::tr(voice.catalog, source);
    };

    VoiceScript script;
    script.id = scriptId;
    script.language = voice.language;
    script.voice = voice.voice;

    QStringList sentences;
    sentences.append(say(QT_TRANSLATE_NOOP("PagingText", "Vortex alert, severity %1, incident %2."))
                         .arg(QString::number(static_cast<int>(incident.severity)), incident.code));
    for (const QString &field :
         {spoken(incident.title, TitleCap), spoken(incident.summary, SummaryCap)}) {
        if (!field.isEmpty())
            sentences.append(field + QLatin1Char('.'));
    }
    if (const QString runbook = spoken(incident.runbook, RunbookCap); !runbook.isEmpty())
        sentences.append(say(QT_TRANSLATE_NOOP("PagingText", "Runbook: %1.")).arg(runbook));
    sentences.append(say(Menu));
    script.prompt = sentences.join(QLatin1Char(' '));

    const QString code = incident.code;
    script.confirmations.insert(
        QStringLiteral("1"),
        say(QT_TRANSLATE_NOOP("PagingText",
                              "Incident %1 acknowledged. The escalation stops. Goodbye."))
            .arg(code));
    script.confirmations.insert(
        QStringLiteral("2"),
        say(QT_TRANSLATE_NOOP("PagingText", "Incident %1 resolved. Goodbye.")).arg(code));
    script.confirmations.insert(
        QStringLiteral("3"),
        say(QT_TRANSLATE_NOOP("PagingText", "Incident %1 snoozed for 30 minutes. Goodbye."))
            .arg(code));
    script.confirmations.insert(
        QStringLiteral("9"),
        say(QT_TRANSLATE_NOOP("PagingText",
                              "Incident %1 is escalated to the next tier now. Goodbye."))
            .arg(code));
    script.invalidKey = say(QT_TRANSLATE_NOOP("PagingText", "That key is not in the menu."));
    script.noInput = say(QT_TRANSLATE_NOOP(
        "PagingText", "No key was pressed. The alert stays open and escalates. Goodbye."));
    return script;
}

} // namespace Vortex::Core::Paging::PageVoice
