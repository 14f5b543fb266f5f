// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

static void initTranslationResources()
{
    Q_INIT_RESOURCE(vortex_translations);
}

namespace Vortex::Core {

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Translators belong to the application object, so they live exactly as long as it does;
    // ones installed by an earlier call are replaced.
    const QList<QTranslator *> previous = app.findChildren<QTranslator *>(
        QStringLiteral("vortexTranslator"), Qt::FindDirectChildrenOnly);
    for (QTranslator *old : previous) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }

    auto *qtTranslator = new QTranslator(&app);
    qtTranslator->setObjectName(QStringLiteral("vortexTranslator"));
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    initTranslationResources();
    auto *translator = new QTranslator(&app);
    translator->setObjectName(QStringLiteral("vortexTranslator"));
    const QString dir = QStringLiteral(":/i18n");
    if (translator->load(locale, QStringLiteral("vortex"), QStringLiteral("_"), dir)
        || translator->load(QStringLiteral("vortex_en"), dir)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace Vortex::Core
