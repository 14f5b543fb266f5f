// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "core/paging/pagingtypes.h"
#include "core/paging/voicescript.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Vortex::Core::Paging {

/// What a template words: the SMS page, the paging call's prompt, or the WhatsApp page (a
/// Content template approved at Twilio/Meta).
enum class TemplateKind { SmsPage, VoicePrompt, WhatsAppPage };
QString templateKindName(TemplateKind kind); ///< "sms_page", "voice_prompt", "whatsapp_page"
std::optional<TemplateKind> templateKindFromName(const QString &name);
/// The channel a kind of template is used on.
Channel templateChannel(TemplateKind kind);

/// A text the paging engine uses instead of its built-in one (docs/paging-texts.md,
/// "Templates"). One per kind and language.
///
/// SMS and voice bodies name variables in single braces: {severity} {code} {title} {summary}
/// {link} {runbook} {reply_hint}; "{{" and "}}" stand for literal braces. A WhatsApp body is the
/// Content template's text as registered at Twilio, with its numbered placeholders {{1}},
/// {{2}}…; contentVariables says which of our variables fills each of them.
struct PagingTemplate
{
    TemplateKind kind = TemplateKind::SmsPage;
    QString language; ///< "en", "de", "de-AT"; "" = every language without its own template
    QString body;
    QString contentSid;           ///< whatsapp_page: "HX" + 32 hex digits
    QStringList contentVariables; ///< whatsapp_page: our variable for {{1}}, {{2}}, … ("title")

    /// Every problem, in words for the person editing it; empty when the template can be
    /// used. Checks the variables and braces, that an SMS page fits two segments even with
    /// title, summary, link and runbook empty, that a call names its keys ({reply_hint}), and
    /// for WhatsApp the Content SID and that {{1}}…{{N}} and the mapping match exactly.
    QStringList validate() const;

    friend bool operator==(const PagingTemplate &, const PagingTemplate &) = default;
};

/// A WhatsApp page through a Content template: what Messages.json gets as ContentSid and
/// ContentVariables, and the text the person will read (for the log and the preview).
struct WhatsAppContent
{
    QString contentSid;
    QJsonObject variables; ///< {"1": "SEV1", "2": "17", …}: strings, never empty
    QString body;          ///< the template's text with the values filled in
};

/// What a text page carries: a Body, or (WhatsApp) a Content template with its variables.
struct PageText
{
    QString body;
    QString contentSid;
    QJsonObject contentVariables;
};

namespace PagingTemplates {

/// "severity", "code", "title", "summary", "link", "runbook", "reply_hint", in that order.
QStringList variableNames();
/// What a variable says, in the console's language (for the editor's insertion menu).
QString variableDescription(const QString &name);

/// The language of a template ("" or "en", "de", "de-AT") is well-formed.
bool isValidLanguage(const QString &language);
/// HX followed by 32 hexadecimal digits.
bool isValidContentSid(const QString &sid);

/// The template of \a kind for a recipient speaking \a language: the exact language first
/// ("de-AT"), then the same base language ("de" for "de-AT", or "de-DE" for "de"), then the
/// template for every language (""). Templates that do not validate are skipped. nullptr when
/// none applies.
const PagingTemplate *select(const QList<PagingTemplate> &templates, TemplateKind kind,
                             const QString &language);

/// The SMS page from an sms_page template in \a language, with the built-in page's rules:
/// GSM-7 spellings where that makes the whole text GSM-7, at most two segments — the runbook
/// gives way first, then the summary, then the title (shortened at a word, ending "..."); a
/// link that still does not fit is left out rather than cut; severity, code, reply hint and the
/// template's own words are never cut. Fails when even that does not fit.
Result<QString, QString> renderSms(const PagingTemplate &tmpl, const Incident &incident,
                                   const QString &language);
/// The paging call's script with a voice_prompt template as its prompt: voice, language, key
/// confirmations and the menu ({reply_hint}) come from PageVoice::script, in the voice's
/// language. Fields are spoken as PageVoice speaks them (capped, without a final stop); the
/// prompt stays within VoiceScript's 4000 characters (runbook, then summary, then title give
/// way). Fails for a template that is not a valid voice_prompt.
Result<VoiceScript, QString> renderVoicePrompt(const PagingTemplate &tmpl, const Incident &incident,
                                               const Recipient &recipient, const QString &scriptId);
/// ContentSid and ContentVariables for a whatsapp_page template: each {{n}} gets its mapped
/// variable, on one line (WhatsApp refuses newlines and tabs in parameters), at most 250
/// characters, "-" when empty (WhatsApp refuses empty parameters).
Result<WhatsAppContent, QString> renderWhatsApp(const PagingTemplate &tmpl,
                                                const Incident &incident, const QString &language);

/// What the engine sends for \a incident on the text \a channel to someone speaking \a language:
/// SMS — the sms_page template, else PageFormatter::page; WhatsApp — the whatsapp_page Content
/// template, else the same text as SMS. A template that cannot render falls back to the
/// built-in text: a page is never lost to a template.
PageText pageText(const QList<PagingTemplate> &templates, const Incident &incident, Channel channel,
                  const QString &language);
/// The paging call's script: the voice_prompt template for the voice's language (so words and
/// voice always match), else PageVoice::script.
VoiceScript voiceScript(const QList<PagingTemplate> &templates, const Incident &incident,
                        const Recipient &recipient, const QString &scriptId);

/// A template of \a kind worded like the built-in text, to start editing from.
PagingTemplate starter(TemplateKind kind);
/// The incident the editor previews with: sev1 #17 "Checkout API down", a summary, a tracking
/// link and a runbook.
Incident sampleIncident();

} // namespace PagingTemplates

} // namespace Vortex::Core::Paging

Q_DECLARE_METATYPE(Vortex::Core::Paging::PagingTemplate)
