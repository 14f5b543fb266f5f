// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QWidget;

namespace Vortex::Ui {

/// Colours and small helpers the editors share; colours derive from the application palette so
/// they read on light and dark themes.
namespace EditorStyle {

/// A red that contrasts with the palette's base colour.
QColor errorColor();
/// Shows \a text under a field in the error colour, or hides the label when \a text is empty.
void showFieldError(QLabel *label, const QString &text);
/// Shows \a text (a success or info line) in the palette's normal text colour, or hides the
/// label when \a text is empty.
void showFieldInfo(QLabel *label, const QString &text);

} // namespace EditorStyle

} // namespace Vortex::Ui
