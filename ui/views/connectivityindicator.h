// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <core/console/consoletypes.h>

#include <QColor>
#include <QWidget>

class QLabel;

namespace Vortex::Ui {

/// A status-bar item: a coloured dot and "Twilio: online", with the engine's detail as tooltip.
class ConnectivityIndicator : public QWidget
{
    Q_OBJECT

public:
    /// \a name is already translated ("Twilio", "Relay").
    explicit ConnectivityIndicator(const QString &name, QWidget *parent = nullptr);

    Vortex::Core::ConnectivityState state() const { return m_state; }
    QString text() const;

    static QString stateText(Vortex::Core::Connectivity state);
    static QColor stateColour(Vortex::Core::Connectivity state);

public Q_SLOTS:
    void setState(const Vortex::Core::ConnectivityState &state);

private:
    QString m_name;
    Vortex::Core::ConnectivityState m_state;
    QLabel *m_dot = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace Vortex::Ui
