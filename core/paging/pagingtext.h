// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QString>

namespace Vortex::Core::Paging::PagingText {

/// The product catalog that serves \a language ("de", "de-DE", "de_AT", "EN"…): "de" when the
/// product embeds a translation for that language, else "en". Pages and calls speak this
/// language.
QString catalogLanguage(const QString &language);

/// Translates \a source from translation context \a context into \a language with the product's
/// embedded .qm files (":/i18n/vortex_<lang>.qm"), one cached QTranslator per language and never
/// the application's installed translators, so each recipient gets their own language whatever
/// the console shows. A missing translation returns \a source; \a n replaces "%n" (and "%Ln") as
/// in tr(), picking the plural form when the catalog has one. Thread-safe.
QString translate(const QString &language, const char *context, const char *source, int n = -1);

/// Translates \a source (marked with QT_TRANSLATE_NOOP("PagingText", …)) into \a language
/// ("de", "en", "de-DE"…); English or an unknown language returns the source (with the English
/// catalog's plural forms). \a n for plurals as in tr().
QString tr(const QString &language, const char *source, int n = -1);

} // namespace Vortex::Core::Paging::PagingText
