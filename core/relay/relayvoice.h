// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace Vortex::Core::Paging {
struct VoiceScript;
}

namespace Vortex::Core::Relay {

class RelayEventStore;

/// The relay's side of paging calls: voice scripts as published by the engine and the TwiML
/// served from them.
class RelayVoice
{
public:
    /// [A-Za-z0-9_-]{1,64}, like VoiceScript ids.
    static bool isScriptId(const QString &id);
    /// Says that the alert is no longer available, then hangs up.
    static QByteArray unavailableTwiml();
    /// The TwiML for \a scriptId: \a build(script) when the store has it, else
    /// unavailableTwiml(). Empty when the store cannot be read.
    static QByteArray twiml(const RelayEventStore &store, const QString &scriptId,
                            const std::function<QByteArray(const Paging::VoiceScript &)> &build);
    /// Checks a PUT /v1/voice/scripts/{id} body (a VoiceScript JSON object whose id is \a id)
    /// and returns the JSON to store, or what is wrong with it.
    static Result<QByteArray, QString> scriptToStore(const QString &id, const QByteArray &body);
};

} // namespace Vortex::Core::Relay
