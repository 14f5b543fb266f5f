// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/paging/pagingtypes.h"
#include "core/paging/voicescript.h"

#include <QString>

/// The paging call's words: what it says and how it confirms keys, in the recipient's language.
namespace Vortex::Core::Paging::PageVoice {

constexpr int SnoozeMinutes = 30; ///< key 3 snoozes this long

/// The script for a paging call to \a recipient about \a incident (docs/paging-texts.md): "Vortex
/// alert, severity 1, incident 17. <title>. <summary>. Runbook: <runbook>. Press 1 to
/// acknowledge, 2 to resolve, 3 to snooze for 30 minutes, 9 to escalate now, star to repeat.",
/// confirmations for 1/2/3/9, invalidKey and noInput. German recipients hear de-DE /
/// Polly.Marlene once the German catalog has the call's texts; everyone else (and German until
/// then) en-US / Polly.Joanna, so voice and words are always the same language. Long fields are
/// shortened so every text stays within VoiceScript::fromJson's limits. \a scriptId is used as
/// given (fromJson rejects ids that are not [A-Za-z0-9_-]{1,64}).
VoiceScript script(const Incident &incident, const Recipient &recipient, const QString &scriptId);

} // namespace Vortex::Core::Paging::PageVoice
