// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace Vortex::Core::Twin {

/// One TwiML voice verb: its element name, attributes, text and (for <Gather>) nested verbs.
struct TwimlVerb
{
    QString name; ///< "Say", "Pause", "Gather", "Redirect", "Hangup", "Play", "Reject", …
    QHash<QString, QString> attributes;
    QString text; ///< Say text, Redirect or Play URL (trimmed)
    QList<TwimlVerb> children;

    QString attribute(const QString &key, const QString &fallback = {}) const
    {
        return attributes.value(key, fallback);
    }
};

/// Reads a voice TwiML document (<Response> with verbs) with QXmlStreamReader.
class TwinTwiml
{
public:
    /// The verbs of the <Response>, or a description of why the XML does not parse (12100).
    static Result<QList<TwimlVerb>, QString> parse(const QByteArray &xml);
    /// Twin time a <Say> of \a text takes once: about 150 words a minute, at least one second.
    static int sayDurationMs(const QString &text);
};

} // namespace Vortex::Core::Twin
