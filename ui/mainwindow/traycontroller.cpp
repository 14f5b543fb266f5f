// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "traycontroller.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QWidget>

namespace Vortex::Ui {

namespace {

/// How long the desktop shows the notification (the desktop may decide otherwise).
constexpr int NotificationMs = 15000;

} // namespace

TrayController::TrayController(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_muteAction = new QAction(tr("&Mute sev1 alerts"), this);
    m_muteAction->setObjectName(QStringLiteral("actionMuteSev1"));
    m_muteAction->setCheckable(true);
    m_muteAction->setStatusTip(
        tr("No notification or sound for new sev1 incidents (the incidents still page people)"));
    m_muteAction->setChecked(isMuted());
    connect(m_muteAction, &QAction::toggled, this, &TrayController::setMuted);

    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setIcon(window && !window->windowIcon().isNull()
                        ? window->windowIcon()
                        : QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_tray->setToolTip(tr("Vortex Alert Console"));
    auto *menu = new QMenu; // owned here: QSystemTrayIcon does not take its menu
    menu->setObjectName(QStringLiteral("trayMenu"));
    QAction *show = menu->addAction(tr("&Show the console"));
    connect(show, &QAction::triggered, this, &TrayController::showWindowRequested);
    menu->addAction(m_muteAction);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT showWindowRequested();
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayController::showWindowRequested);
    m_tray->show();
}

TrayController::~TrayController()
{
    if (m_tray)
        delete m_tray->contextMenu();
}

bool TrayController::isMuted() const
{
    return QSettings().value(settingsKey(), false).toBool();
}

void TrayController::setMuted(bool muted)
{
    QSettings().setValue(settingsKey(), muted);
    if (m_muteAction->isChecked() != muted)
        m_muteAction->setChecked(muted);
}

void TrayController::reloadSettings()
{
    m_muteAction->setChecked(isMuted());
}

void TrayController::alertNewSev1(const Vortex::Core::Paging::Incident &incident)
{
    if (isMuted())
        return;
    ++m_alertCount;
    const QString title = tr("Sev1 incident #%1").arg(incident.code);
    QString text = incident.title;
    if (!incident.summary.isEmpty())
        text += QLatin1Char('\n') + incident.summary;
    if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Critical, NotificationMs);
    QApplication::beep();
    // The taskbar entry asks for attention until the window is activated.
    if (m_window)
        QApplication::alert(m_window, 0);
    Q_EMIT alerted(title, text);
}

} // namespace Vortex::Ui

#include "moc_traycontroller.cpp"
