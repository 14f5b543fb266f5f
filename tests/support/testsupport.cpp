// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "testsupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QThread>

namespace Vortex::Test {

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return condition();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return true;
}

QString sourceDir()
{
    return qEnvironmentVariable("VORTEX_SOURCE_DIR", QStringLiteral(VORTEX_TEST_SOURCE_DIR));
}

QString sharedDir()
{
    const QString fromEnv = qEnvironmentVariable("VORTEX_SHARED_DIR");
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(fromEnv);
    return QDir::cleanPath(sourceDir() + QStringLiteral("/../shared"));
}

QString binaryDir()
{
    return qEnvironmentVariable("VORTEX_BINARY_DIR");
}

} // namespace Vortex::Test
