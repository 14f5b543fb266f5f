// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinledger.h"

namespace Vortex::Core::Twin {

double TwinLedger::total(qint64 fromMs, qint64 toMs) const
{
    double sum = 0;
    for (const LedgerEntry &entry : m_entries) {
        if (entry.atMs >= fromMs && entry.atMs < toMs)
            sum += entry.priceUsd;
    }
    return sum;
}

} // namespace Vortex::Core::Twin
