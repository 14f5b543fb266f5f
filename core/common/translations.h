// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QLocale>

class QCoreApplication;

namespace Vortex::Core {

/// Installs the product's translations (embedded under ":/i18n") and Qt's own for \a locale on
/// \a app; every program calls it once, the console and the command-line tools alike. Falls back
/// to English. Returns false when no product translation could be loaded.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale::system());

} // namespace Vortex::Core
