// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QObject>
#include <QPalette>

namespace Vortex::Ui {

/// Light and dark palettes. By default the console follows the system: it keeps the desktop's
/// palette and notices when it changes (Qt 6.4 has no colour-scheme hint, so "dark" means the
/// window background is darker than the text). An operator may force light or dark instead
/// (setting "ui/appearance/theme": "system", "light", "dark"). Colours the UI draws itself
/// (status tones) ask isDark() for the palette in use.
class ThemeController : public QObject
{
    Q_OBJECT

public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)

    explicit ThemeController(QObject *parent = nullptr);
    ~ThemeController() override;

    Mode mode() const { return m_mode; }
    /// Whether the application's palette is dark now.
    bool isDark() const { return m_dark; }

    static bool isDark(const QPalette &palette);
    static QPalette lightPalette();
    static QPalette darkPalette();
    static QString settingsKey() { return QStringLiteral("ui/appearance/theme"); }
    static QString modeName(Mode mode);
    static Mode modeFromName(const QString &name);

public Q_SLOTS:
    /// Applies \a mode and remembers it.
    void setMode(Vortex::Ui::ThemeController::Mode mode);
    /// Applies the saved mode (after the settings dialog saved).
    void reloadSettings();

Q_SIGNALS:
    /// The palette turned dark or light (the system changed, or the mode did).
    void darkChanged(bool dark);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply(Mode mode);
    void updateDark();

    Mode m_mode = Mode::System;
    bool m_dark = false;
};

} // namespace Vortex::Ui
