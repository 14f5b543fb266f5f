// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "ui/mainwindow/panelcontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Vortex::Core::Store {
struct TrafficFilter;
struct TrafficRow;
} // namespace Vortex::Core::Store

namespace Vortex::Ui {

class LogDetailsPane;
class LogModel;

/// The messages and calls log: a filter bar (status, channel, region, recipient, sender, error
/// code, search with a short debounce), the table (rows fetched page by page off the UI
/// thread), a placeholder while loading or when nothing matches, and a details pane for the
/// selected row. Live messages from the engine appear at the top when they match. Remembers
/// its column layout in QSettings ("ui/logPanel/headerState").
class LogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LogPanel(const PanelContext &context, QWidget *parent = nullptr);
    ~LogPanel() override;

    LogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// The filter the bar describes now (the model gets it after the debounce).
    Core::Store::TrafficFilter currentFilter() const;

    void saveState() const;
    void restoreState();

private:
    void scheduleApply();
    void applyFilter();
    void updatePlaceholder();
    void updateCount(qint64 count, bool atLeast);
    void showDetailsFor(const QModelIndex &index);

    LogModel *m_model = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_region = nullptr;
    QLineEdit *m_recipient = nullptr;
    QLineEdit *m_sender = nullptr;
    QLineEdit *m_errorCode = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_placeholder = nullptr;
    QTableView *m_view = nullptr;
    LogDetailsPane *m_details = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace Vortex::Ui
