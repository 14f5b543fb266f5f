// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "editorstyle.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>

namespace Vortex::Ui::EditorStyle {

QColor errorColor()
{
    const QColor base = QApplication::palette().color(QPalette::Base);
    // Dark bases get a light red, light bases a dark red (both readable as text).
    return base.lightnessF() < 0.5 ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

namespace {

QColor normalTextColor(const QLabel *label)
{
    const QWidget *parent = label->parentWidget();
    return (parent ? parent->palette() : QApplication::palette()).color(QPalette::WindowText);
}

} // namespace

void showFieldError(QLabel *label, const QString &text)
{
    if (!label)
        return;
    QPalette pal = label->palette();
    // Only a shown error is red: a cleared label goes back to the normal text colour, so
    // whatever is written into it next (a success or info line) does not read as an error.
    pal.setColor(QPalette::WindowText, text.isEmpty() ? normalTextColor(label) : errorColor());
    label->setPalette(pal);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void showFieldInfo(QLabel *label, const QString &text)
{
    if (!label)
        return;
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, normalTextColor(label));
    label->setPalette(pal);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace Vortex::Ui::EditorStyle
