// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace Vortex::App {

/// The translation context of vortexctl's messages.
class CtlText
{
    Q_DECLARE_TR_FUNCTIONS(vortexctl)
};

/// Exit codes shared by every vortexctl command.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailed = 1,   ///< the operation ran and failed (e.g. the message failed)
    ExitUsage = 2,    ///< bad arguments or input
    ExitTimeout = 3,  ///< no final answer in time
    ExitInternal = 4, ///< could not start (store, keychain, demo stack)
};

/// Dispatches `vortexctl <command> …`; returns the process exit code.
int runCommand(const QStringList &arguments);

/// Prints \a object as one line of JSON, or \a text, on stdout.
void printResult(bool json, const QJsonObject &object, const QString &text);
void printError(bool json, const QString &message, int exitCode);

} // namespace Vortex::App
