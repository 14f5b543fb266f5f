// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/console/consoleengine.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Vortex::Core::Demo {

/// Where the in-process demo stack listens, and the throw-away secrets it made up for this run.
struct DemoEndpoints
{
    QUrl twinBase; ///< the twin's REST base URL, standing in for https://api.twilio.com
    QString accountSid;
    QByteArray authToken;    ///< random per run, in memory only
    QString fromNumber;      ///< the twin account's sender
    QStringList phoneBook;   ///< numbers a demo operator can page
    QUrl relayBase;          ///< the relay's base URL (feed, health)
    QUrl statusCallbackUrl;  ///< what Twilio is told to call
    QByteArray consoleToken; ///< the relay feed's bearer token, random per run
    QByteArray intakeSecret; ///< the relay intake's HMAC secret, random per run
    QString dataDir;

    /// What a console engine needs to work against this stack, with its store at \a databasePath.
    ConsoleEngineOptions engineOptions(const QString &databasePath) const;
};

} // namespace Vortex::Core::Demo
