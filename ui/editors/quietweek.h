// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <core/paging/pagingtypes.h>

#include <QBitArray>
#include <QList>

namespace Vortex::Ui {

/// A week of half-hour cells in the recipient's time zone (Monday 00:00 is cell 0, Sunday
/// 23:30 is cell 335), the quiet-hours grid's data, and its conversion to and from
/// QuietWindow lists.
class QuietWeek
{
public:
    static constexpr int Days = 7;
    static constexpr int SlotsPerDay = 48; ///< half hours
    static constexpr int SlotMinutes = 30;
    static constexpr int Cells = Days * SlotsPerDay;

    QuietWeek();

    /// The cells \a windows cover. Windows not on half-hour boundaries are widened to whole
    /// cells; isExact() then reports false.
    static QuietWeek fromWindows(const QList<Core::Paging::QuietWindow> &windows,
                                 bool *isExact = nullptr);

    /// The windows of this week, sorted by day and start: each run of quiet cells (Sunday night
    /// runs on into Monday) becomes one window when it is shorter than 24 hours — an overnight
    /// window when it crosses midnight — and otherwise one window per day (a full day is
    /// 00:00–12:00 plus 12:00–00:00, since a window is shorter than 24 hours). Adjacent windows
    /// chain, so the engine holds pages through the whole run.
    QList<Core::Paging::QuietWindow> windows() const;

    /// \a day 1 (Monday) … 7, \a slot 0 … 47.
    bool isQuiet(int day, int slot) const;
    void setQuiet(int day, int slot, bool quiet);
    int quietCellCount() const;

    friend bool operator==(const QuietWeek &, const QuietWeek &) = default;

private:
    static int index(int day, int slot) { return (day - 1) * SlotsPerDay + slot; }

    QBitArray m_cells;
};

} // namespace Vortex::Ui
