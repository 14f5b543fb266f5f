// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QObject>

class QSocketNotifier;

namespace Vortex::Core {

/// Turns SIGINT/SIGTERM into a Qt signal (self-pipe: the handler only writes a byte), so a
/// headless process can flush and quit cleanly from its event loop. One instance per process.
class UnixSignals : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignals(QObject *parent = nullptr);
    ~UnixSignals() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Vortex::Core
