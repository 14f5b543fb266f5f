// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "twinmodule.h"
#include "twinusagerecords.h"

namespace Vortex::Core::Twin {

/// Usage Records and Balance of the 2010 API, derived only from the twin's ledger:
/// GET …/Usage/Records.json and its sub-lists (Daily, Monthly, Yearly, AllTime, Today,
/// Yesterday, ThisMonth, LastMonth), GET …/Balance.json (starting balance minus every charge),
/// and the control request GET/POST /_twin/usage (StartingBalance=).
class TwinUsage : public TwinModule
{
public:
    explicit TwinUsage(const TwinContext &context);

    std::optional<TwinResponse> handleApi(const TwinRequest &request) override;
    std::optional<TwinResponse> handleControl(const TwinRequest &request) override;

    /// A non-negative decimal string, USD (default "20.00").
    bool setStartingBalance(const QString &usd);
    QString startingBalance() const { return m_startingBalance; }
    /// The balance as Balance.json reports it: starting balance minus the ledger's charges.
    QString balance() const;

private:
    TwinResponse records(const QString &subresource, const QByteArray &query) const;
    QJsonObject recordJson(const UsageRecord &record, const QString &subresource) const;
    QString recordsPath(const QString &subresource) const;

    const TwinContext &m_context;
    QString m_startingBalance = QStringLiteral("20.00");
};

} // namespace Vortex::Core::Twin
