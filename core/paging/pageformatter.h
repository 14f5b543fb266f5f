// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/paging/pagingtypes.h"
#include "core/paging/replyparser.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

/// The SMS texts of the paging engine, each in the recipient's language (PagingText), GSM-7 safe
/// where the content allows it and never longer than two segments. docs/paging-texts.md shows
/// them.
namespace Vortex::Core::Paging::PageFormatter {

constexpr int MaxSegments = 2;

/// The SMS page: "SEV1 #17 Checkout API down: <summary>\n<link>\nReply ACK 17, RESOLVE 17,
/// SNOOZE 17 30" in \a language. At most two segments: the summary is shortened first, then the
/// title; the code, link and reply hint never are (a link too long to fit even without title
/// and summary is left out rather than cut).
QString page(const Incident &incident, const QString &language);
/// Several incidents held by a rate cap, in one SMS (≤ 2 segments), most severe first:
/// "3 alerts: SEV1 #17 Checkout down; SEV2 #18 …\nReply e.g. ACK 17, RESOLVE 17, SNOOZE 17 30".
/// Titles shrink (to nothing) before incidents are left out as "+N more". One incident: page().
QString bundle(const QList<Incident> &incidents, const QString &language);

/// Confirmations and hints sent back to someone who replied.
QString acknowledged(const Incident &incident, const QString &actorName, const QString &language);
QString resolved(const Incident &incident, const QString &actorName, const QString &language);
/// Shows \a until as local time in \a timeZone (IANA id; UTC when unknown): "Tue 14:30 CET".
QString snoozed(const Incident &incident, const QDateTime &until, const QString &timeZone,
                const QString &language);
QString escalated(const Incident &incident, const QString &language);
/// A bare \a verb ("ACK") with several open incidents: lists their codes and short titles,
/// ≤ 2 segments. With none open it is noOpenIncident().
QString whichIncident(const QList<Incident> &open, const QString &verb, const QString &language);
/// A \a code this number was not paged for, or that is not open; lists the open codes.
QString notPagedFor(const QString &code, const QList<Incident> &open, const QString &language);
QString noOpenIncident(const QString &language);
/// How to reply.
QString help(const QString &language);
/// A reply whose verb was recognised but could not be used (command.error), e.g. "Could not read
/// your reply: minutes must be 1-1440. Reply HELP for how to reply."
QString replyError(const ReplyCommand &command, const QString &language);

/// \a text as one line of plain text (newlines, tabs and runs of spaces become one space), at
/// most \a cap UTF-16 units and never ending inside a surrogate pair.
QString oneLine(const QString &text, qsizetype cap);
/// \a text in at most \a length UTF-16 units: when it is longer, cut at a word boundary near
/// the limit and ended with "...", after dropping spaces and any of \a trailing before it. Empty
/// when no room is left for more than the "...". The SMS texts and templates shorten with this.
QString shortened(const QString &text, qsizetype length, QStringView trailing = u",;:-");

/// "SEV1" … "SEV4" in \a language.
QString severityLabel(Severity severity, const QString &language);
/// \a text with typographic punctuation, dashes, ellipses, odd spaces, accents and emoji replaced
/// by GSM-7 equivalents ("“Hi” – ça…" → "\"Hi\" - ca...") when that makes all of it GSM-7;
/// otherwise (Cyrillic, CJK…) \a text unchanged, as UCS-2 keeps it intact.
QString gsmSafe(const QString &text);

} // namespace Vortex::Core::Paging::PageFormatter
