// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <core/paging/pagingtypes.h>

#include <QObject>
#include <QPointer>

class QAction;
class QSystemTrayIcon;
class QWidget;

namespace Vortex::Ui {

/// The tray icon and the sev1 alert: a desktop notification, a sound and the window's taskbar
/// entry asking for attention for each new sev1 incident, unless alerts are muted (setting
/// "ui/notifications/sev1Muted"). Where the desktop has no system tray (or the platform is
/// offscreen) there is no icon; the sound and the taskbar alert still happen.
class TrayController : public QObject
{
    Q_OBJECT

public:
    explicit TrayController(QWidget *window, QObject *parent = nullptr);
    ~TrayController() override;

    /// Null when the desktop has no system tray.
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QAction *muteAction() const { return m_muteAction; }
    bool isMuted() const;
    /// Alerts shown since start (muted ones not counted).
    int alertCount() const { return m_alertCount; }

    static QString settingsKey() { return QStringLiteral("ui/notifications/sev1Muted"); }

public Q_SLOTS:
    void setMuted(bool muted);
    /// Re-reads the mute setting (after the settings dialog saved).
    void reloadSettings();
    void alertNewSev1(const Vortex::Core::Paging::Incident &incident);

Q_SIGNALS:
    /// An alert went out (\a title, \a text as in the notification).
    void alerted(const QString &title, const QString &text);
    /// The tray icon's "Show" (or a click on the icon, or on the notification).
    void showWindowRequested();

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_muteAction = nullptr;
    int m_alertCount = 0;
};

} // namespace Vortex::Ui
