// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QList>
#include <QString>

namespace Vortex::Core::Twin {

/// One billable thing the twin's account did, at a twin time. Usage Records and Balance are
/// derived from these entries only, so they always match the traffic that really happened.
struct LedgerEntry
{
    qint64 atMs = 0;
    QString category;    ///< Twilio usage category: "sms-outbound", "calls-outbound", "verify-…"
    double count = 1;    ///< messages, segments, minutes, checks… in countUnit
    QString countUnit;   ///< "messages", "segments", "minutes", "verifications", …
    double priceUsd = 0; ///< positive amount charged
    QString sid;         ///< the resource charged for
};

/// The twin account's charges, in order. Every module that bills appends here.
class TwinLedger
{
public:
    void charge(const LedgerEntry &entry) { m_entries.append(entry); }
    const QList<LedgerEntry> &entries() const { return m_entries; }
    /// Sum of priceUsd over [fromMs, toMs).
    double total(qint64 fromMs, qint64 toMs) const;

private:
    QList<LedgerEntry> m_entries;
};

} // namespace Vortex::Core::Twin
