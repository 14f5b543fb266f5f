// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "translations.h"

#include "core/common/translations.h"
#include <QApplication>

namespace Vortex::Ui {

bool installTranslations(QApplication &app)
{
    return installTranslations(app, QLocale::system());
}

bool installTranslations(QApplication &app, const QLocale &locale)
{
    return Core::installTranslations(app, locale);
}

} // namespace Vortex::Ui
