// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QString>

#include <optional>

namespace Vortex::Core::Paging {

/// What an inbound SMS asks for. docs/paging-texts.md has the grammar.
struct ReplyCommand
{
    enum class Action { Ack, Resolve, Snooze, Stop, Start, Help, Unknown };
    Action action = Action::Unknown;
    /// Incident code (digits only, leading zeros dropped: "#017" → "17") when unambiguous:
    /// "#17", ACK/RESOLVE with one number, or the first of two numbers for SNOOZE.
    QString code;
    /// SNOOZE minutes when unambiguous: "30m"/"30 min"/"30 minutes"/"2h"/"1h30", or the second
    /// of two numbers.
    std::optional<int> minutes;
    /// SNOOZE with a single plain number ("SNOOZE 30"): code or minutes, the engine decides.
    QString bareNumber;
    /// Why a recognised verb could not be used ("minutes must be 1-1440"), else "". An English
    /// source marked for the "PagingText" context: PageFormatter::replyError() translates it.
    QString error;

    bool operator==(const ReplyCommand &) const = default;
};

namespace ReplyParser {

constexpr int MinSnoozeMinutes = 1;
constexpr int MaxSnoozeMinutes = 1440;

/// Reads an inbound SMS body: ACK/RESOLVE/SNOOZE with or without an incident code, in any case,
/// the verb before or after the code, quotes and punctuation tolerated; STOP/START/HELP keywords
/// only as the whole message. Everything else is Action::Unknown.
ReplyCommand parse(const QString &text);

/// "ack", "resolve", "snooze", "stop", "start", "help", "unknown".
QString actionName(ReplyCommand::Action action);

} // namespace ReplyParser

} // namespace Vortex::Core::Paging
