// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "connectivityindicator.h"

#include <ui/models/messagestatusstyle.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace Vortex::Ui {

using Vortex::Core::Connectivity;

ConnectivityIndicator::ConnectivityIndicator(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
    , m_dot(new QLabel(this))
    , m_label(new QLabel(this))
{
    m_dot->setObjectName(QStringLiteral("dot"));
    m_label->setObjectName(QStringLiteral("label"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    setState({});
}

QString ConnectivityIndicator::text() const
{
    return m_label->text();
}

QString ConnectivityIndicator::stateText(Connectivity state)
{
    switch (state) {
    case Connectivity::Unknown:
        return tr("not checked yet");
    case Connectivity::Connecting:
        return tr("connecting");
    case Connectivity::Online:
        return tr("online");
    case Connectivity::Degraded:
        return tr("degraded");
    case Connectivity::Offline:
        return tr("offline");
    }
    return {};
}

QColor ConnectivityIndicator::stateColour(Connectivity state)
{
    using Tone = MessageStatusStyle::Tone;
    switch (state) {
    case Connectivity::Online:
        return MessageStatusStyle::colour(Tone::Good);
    case Connectivity::Degraded:
        return MessageStatusStyle::colour(Tone::Warning);
    case Connectivity::Offline:
        return MessageStatusStyle::colour(Tone::Bad);
    case Connectivity::Connecting:
        return MessageStatusStyle::colour(Tone::InFlight);
    case Connectivity::Unknown:
        break;
    }
    return MessageStatusStyle::colour(Tone::Neutral);
}

void ConnectivityIndicator::setState(const Vortex::Core::ConnectivityState &state)
{
    m_state = state;
    m_dot->setPixmap(MessageStatusStyle::dotIcon(stateColour(state.state)).pixmap(12, 12));
    m_label->setText(tr("%1: %2").arg(m_name, stateText(state.state)));
    QString tip = m_label->text();
    if (!state.detail.isEmpty())
        tip += QLatin1Char('\n') + state.detail;
    if (state.since.isValid())
        tip += QLatin1Char('\n')
               + tr("Since %1")
                     .arg(QLocale().toString(state.since.toLocalTime(), QLocale::ShortFormat));
    setToolTip(tip);
    setAccessibleDescription(tip);
}

} // namespace Vortex::Ui

#include "moc_connectivityindicator.cpp"
