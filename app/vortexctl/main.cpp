// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "ctlcommands.h"

#include "core/common/translations.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("VortexIQ"));
    QCoreApplication::setApplicationName(QStringLiteral("vortex-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VORTEX_VERSION));
    Vortex::Core::installTranslations(app);
    return Vortex::App::runCommand(QCoreApplication::arguments());
}
