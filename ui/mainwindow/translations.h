// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QLocale>

class QApplication;

namespace Vortex::Ui {

/// Installs the console's translations for the system locale (embedded under ":/i18n", English
/// as the fallback so that plural forms read well) and Qt's own qtbase translations if present.
/// Returns true when the console's own translation was loaded.
bool installTranslations(QApplication &app);
bool installTranslations(QApplication &app, const QLocale &locale);

} // namespace Vortex::Ui
