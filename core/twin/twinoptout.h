// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QSet>
#include <QString>

namespace Vortex::Core::Twin {

/// Twilio's default opt-out handling (TWILIO.md §9.3) for long codes and Messaging Services:
/// single-word keywords, a blocklist of (scope, recipient) pairs, and the automatic replies.
/// The scope is the sender number, or the Messaging Service SID when the number is in a
/// service (an opt-out covers the whole service).
class TwinOptOut
{
public:
    enum class Keyword { None, OptOut, OptIn, Help };

    /// STOP/STOPALL/UNSUBSCRIBE/CANCEL/END/QUIT/REVOKE/OPTOUT, START/YES/UNSTOP, HELP/INFO:
    /// the whole trimmed body, any case.
    static Keyword classify(const QString &body);
    /// "STOP", "START", "HELP" (the webhook's OptOutType), "" for None.
    static QString optOutType(Keyword keyword);
    /// Twilio's default automatic reply for the keyword.
    static QString autoReply(Keyword keyword);

    bool isBlocked(const QString &scope, const QString &recipient) const;
    /// Returns true when the state changed.
    bool block(const QString &scope, const QString &recipient);
    bool unblock(const QString &scope, const QString &recipient);
    int size() const { return int(m_blocked.size()); }

private:
    static QString key(const QString &scope, const QString &recipient);
    QSet<QString> m_blocked;
};

} // namespace Vortex::Core::Twin
