// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "consolelauncher.h"

#include "ui/mainwindow/translations.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("VortexIQ"));
    QCoreApplication::setApplicationName(QStringLiteral("vortex-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VORTEX_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Vortex Alert Console"));
    Vortex::Ui::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Vortex Alert Console: pages people over Twilio and charts delivery health.\n"
                "Without a configured Twilio account it starts in demo mode."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Run against a local Twilio twin and relay."));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Keep the console's data in <dir>."),
        QStringLiteral("dir"));
    parser.addOptions({demo, dataDir});
    parser.process(app);

    Vortex::App::ConsoleLauncher launcher(parser.isSet(demo), parser.value(dataDir));
    launcher.launch();
    return QApplication::exec();
}
