// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QUrl>

namespace Vortex::Core::Paging {

/// What a paging call says and how it answers keys. The engine writes it (in the recipient's
/// language), publishes it to the relay (PUT /v1/voice/scripts/{id}), and the relay serves it as
/// TwiML when Twilio fetches the call's URL and when a Gather posts its digits.
struct VoiceScript
{
    QString id; ///< "vs-<delivery id>-<random>": [A-Za-z0-9_-]{1,64}
    QString language = QStringLiteral("en-US");     ///< TwiML <Say language>
    QString voice = QStringLiteral("Polly.Joanna"); ///< TwiML <Say voice>
    QString prompt;                       ///< severity, title, runbook and the key menu, spoken
    QMap<QString, QString> confirmations; ///< digit ("1","2","3","9") → what is said after it
    QString invalidKey;                   ///< said after a key that means nothing, before repeating
    QString noInput;                      ///< said when nothing was pressed, before hanging up

    QJsonObject toJson() const;
    /// Rejects a missing/invalid id, an empty prompt, texts over 4000 characters.
    static Result<VoiceScript, QString> fromJson(const QJsonObject &object);

    /// The TwiML served when the call is answered: a <Gather input="dtmf" numDigits="1"
    /// timeout="8" action="gatherUrl"> around the prompt, asked twice, then noInput and <Hangup/>.
    QByteArray answerTwiml(const QUrl &gatherUrl) const;
    /// The TwiML answering a Gather: the confirmation for 1/2/3/9 then <Hangup/>; "*" repeats
    /// answerTwiml; anything else says invalidKey and repeats.
    QByteArray gatherTwiml(const QString &digits, const QUrl &gatherUrl) const;
};

} // namespace Vortex::Core::Paging
