// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinoptout.h"

#include "core/phone/phonenumbers.h"

#include <QStringList>

namespace Vortex::Core::Twin {

TwinOptOut::Keyword TwinOptOut::classify(const QString &body)
{
    static const QStringList optOut{QStringLiteral("STOP"),        QStringLiteral("STOPALL"),
                                    QStringLiteral("UNSUBSCRIBE"), QStringLiteral("CANCEL"),
                                    QStringLiteral("END"),         QStringLiteral("QUIT"),
                                    QStringLiteral("REVOKE"),      QStringLiteral("OPTOUT")};
    static const QStringList optIn{QStringLiteral("START"), QStringLiteral("YES"),
                                   QStringLiteral("UNSTOP")};
    static const QStringList help{QStringLiteral("HELP"), QStringLiteral("INFO")};
    const QString word = body.trimmed().toUpper();
    if (optOut.contains(word))
        return Keyword::OptOut;
    if (optIn.contains(word))
        return Keyword::OptIn;
    if (help.contains(word))
        return Keyword::Help;
    return Keyword::None;
}

QString TwinOptOut::optOutType(Keyword keyword)
{
    switch (keyword) {
    case Keyword::OptOut:
        return QStringLiteral("STOP");
    case Keyword::OptIn:
        return QStringLiteral("START");
    case Keyword::Help:
        return QStringLiteral("HELP");
    case Keyword::None:
        break;
    }
    return {};
}

QString TwinOptOut::autoReply(Keyword keyword)
{
    switch (keyword) {
    case Keyword::OptOut:
        return QStringLiteral("You have successfully been unsubscribed. You will not receive any "
                              "more messages from this number. Reply START to resubscribe.");
    case Keyword::OptIn:
        return QStringLiteral("You have successfully been re-subscribed to messages from this "
                              "number. Reply HELP for help. Reply STOP to unsubscribe. Msg&Data "
                              "Rates May Apply.");
    case Keyword::Help:
        return QStringLiteral("Reply STOP to unsubscribe. Msg&Data Rates May Apply.");
    case Keyword::None:
        break;
    }
    return {};
}

QString TwinOptOut::key(const QString &scope, const QString &recipient)
{
    return PhoneNumbers::stripChannel(scope) + QLatin1Char('|')
           + PhoneNumbers::stripChannel(recipient);
}

bool TwinOptOut::isBlocked(const QString &scope, const QString &recipient) const
{
    return m_blocked.contains(key(scope, recipient));
}

bool TwinOptOut::block(const QString &scope, const QString &recipient)
{
    const QString k = key(scope, recipient);
    if (m_blocked.contains(k))
        return false;
    m_blocked.insert(k);
    return true;
}

bool TwinOptOut::unblock(const QString &scope, const QString &recipient)
{
    return m_blocked.remove(key(scope, recipient));
}

} // namespace Vortex::Core::Twin
