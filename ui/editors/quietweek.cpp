// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "quietweek.h"

#include <algorithm>

namespace Vortex::Ui {

using Core::Paging::QuietWindow;

namespace {

constexpr int MinutesPerDay = 24 * 60;

QTime timeOfSlot(int slot)
{
    return QTime(0, 0).addSecs(qint64(slot) * QuietWeek::SlotMinutes * 60);
}

QuietWindow windowFor(int startCell, int length)
{
    const int endCell = (startCell + length) % QuietWeek::Cells;
    return QuietWindow{startCell / QuietWeek::SlotsPerDay + 1,
                       timeOfSlot(startCell % QuietWeek::SlotsPerDay),
                       timeOfSlot(endCell % QuietWeek::SlotsPerDay)};
}

} // namespace

QuietWeek::QuietWeek()
    : m_cells(Cells)
{}

QuietWeek QuietWeek::fromWindows(const QList<QuietWindow> &windows, bool *isExact)
{
    QuietWeek week;
    bool exact = true;
    for (const QuietWindow &window : windows) {
        if (window.dayOfWeek < 1 || window.dayOfWeek > Days || !window.start.isValid()
            || !window.end.isValid()) {
            exact = false;
            continue;
        }
        const int start = window.start.hour() * 60 + window.start.minute();
        int end = window.end.hour() * 60 + window.end.minute();
        if (end <= start)
            end += MinutesPerDay; // runs past midnight (end == start: a full day)
        if (start % SlotMinutes != 0 || end % SlotMinutes != 0 || window.start.second() != 0
            || window.end.second() != 0)
            exact = false;
        const int first = start / SlotMinutes;
        const int last = (end + SlotMinutes - 1) / SlotMinutes; // exclusive, widened
        const int base = (window.dayOfWeek - 1) * SlotsPerDay;
        for (int cell = first; cell < last; ++cell)
            week.m_cells.setBit((base + cell) % Cells);
    }
    if (isExact)
        *isExact = exact;
    return week;
}

QList<QuietWindow> QuietWeek::windows() const
{
    QList<QuietWindow> out;
    const int quiet = quietCellCount();
    if (quiet == 0)
        return out;
    if (quiet == Cells) {
        for (int day = 0; day < Days; ++day) {
            out.append(windowFor(day * SlotsPerDay, SlotsPerDay / 2));
            out.append(windowFor(day * SlotsPerDay + SlotsPerDay / 2, SlotsPerDay / 2));
        }
        return out;
    }
    // Start scanning just after a free cell, so a run through Sunday midnight stays whole.
    int origin = 0;
    while (m_cells.testBit(origin))
        ++origin;
    for (int offset = 0; offset < Cells;) {
        const int cell = (origin + offset) % Cells;
        if (!m_cells.testBit(cell)) {
            ++offset;
            continue;
        }
        int length = 0;
        while (offset + length < Cells && m_cells.testBit((origin + offset + length) % Cells))
            ++length;
        offset += length;
        if (length < SlotsPerDay) {
            out.append(windowFor(cell, length));
            continue;
        }
        // 24 hours or more: one window per calendar day, a full day split at noon.
        int at = cell;
        int left = length;
        while (left > 0) {
            const int toMidnight = SlotsPerDay - at % SlotsPerDay;
            const int piece = std::min(left, toMidnight);
            if (piece == SlotsPerDay) {
                out.append(windowFor(at, SlotsPerDay / 2));
                out.append(windowFor((at + SlotsPerDay / 2) % Cells, SlotsPerDay / 2));
            } else {
                out.append(windowFor(at, piece));
            }
            at = (at + piece) % Cells;
            left -= piece;
        }
    }
    std::sort(out.begin(), out.end(), [](const QuietWindow &a, const QuietWindow &b) {
        return std::pair(a.dayOfWeek, a.start) < std::pair(b.dayOfWeek, b.start);
    });
    return out;
}

bool QuietWeek::isQuiet(int day, int slot) const
{
    if (day < 1 || day > Days || slot < 0 || slot >= SlotsPerDay)
        return false;
    return m_cells.testBit(index(day, slot));
}

void QuietWeek::setQuiet(int day, int slot, bool quiet)
{
    if (day < 1 || day > Days || slot < 0 || slot >= SlotsPerDay)
        return;
    m_cells.setBit(index(day, slot), quiet);
}

int QuietWeek::quietCellCount() const
{
    return int(m_cells.count(true));
}

} // namespace Vortex::Ui
