// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "fieldproblems.h"

#include <core/paging/pagingtypes.h>

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace Vortex::Ui {

class QuietHoursGrid;
class RateCapsModel;
class SendersModel;

/// How a recipient is paged: channel order (checked channels, top first), quiet hours on a weekly
/// grid in the recipient's time zone, the sev1 override, layered rate caps, and per destination
/// region the senders in fallback order.
class RoutingForm : public QWidget
{
    Q_OBJECT

public:
    explicit RoutingForm(QWidget *parent = nullptr);

    /// Shows \a routing for a recipient in \a timeZone (IANA id).
    void setRouting(const Core::Paging::RoutingPolicy &routing, const QString &timeZone);
    Core::Paging::RoutingPolicy routing() const { return m_value; }
    /// The recipient's zone changed: the grid keeps its cells (they are wall-clock times there).
    void setTimeZone(const QString &timeZone);
    /// Shows the "routing.…" problems under their sections.
    void setProblems(const QList<FieldProblem> &problems);

    RateCapsModel *rateCapsModel() const { return m_capsModel; }
    SendersModel *sendersModel() const { return m_sendersModel; }
    QuietHoursGrid *quietHoursGrid() const { return m_grid; }

Q_SIGNALS:
    void edited();

private:
    QWidget *buildChannels();
    QWidget *buildQuietHours();
    QWidget *buildRateCaps();
    QWidget *buildSenders();
    void channelsEdited();
    void moveChannel(int delta);
    void showRegion(int row);
    void addRegion();
    void updateZoneLabel();
    void updateSenderProblems();

    Core::Paging::RoutingPolicy m_value;
    QString m_timeZone;
    bool m_loading = false;
    QList<FieldProblem> m_problems;

    QListWidget *m_channels = nullptr;
    QLabel *m_channelsError = nullptr;
    QuietHoursGrid *m_grid = nullptr;
    QLabel *m_zoneLabel = nullptr;
    QLabel *m_quietNote = nullptr;
    QLabel *m_quietError = nullptr;
    QCheckBox *m_sev1Override = nullptr;
    RateCapsModel *m_capsModel = nullptr;
    QTableView *m_capsTable = nullptr;
    QLabel *m_capsError = nullptr;
    QListWidget *m_regions = nullptr;
    QLineEdit *m_regionEdit = nullptr;
    SendersModel *m_sendersModel = nullptr;
    QTableView *m_sendersTable = nullptr;
    QLabel *m_sendersError = nullptr;
    int m_region = -1;
};

} // namespace Vortex::Ui
