// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "core/twilio/formparams.h"
#include "twinerror.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Vortex::Core::Twin {

/// A period that one usage record covers (inclusive dates, UTC).
struct UsagePeriod
{
    QDate start;
    QDate end;
};

/// A parsed Usage Records list request: which sub-list, which category, which dates, which page.
struct UsageQuery
{
    enum class Granularity { Whole, Daily, Monthly, Yearly };

    QString subresource; ///< "" (Records.json), "Daily", "Monthly", "AllTime", "Today", …
    Granularity granularity = Granularity::Whole;
    QString category; ///< empty: every category with usage, plus totalprice
    UsagePeriod range;
    int pageSize = 50;
    int page = 0;
    QString startParam; ///< as given, for the page URIs
    QString endParam;

    /// Parses the query of GET …/Usage/Records[/Sub].json. \a today is the twin's UTC date;
    /// \a firstUsage the date of the first ledger entry (the default start).
    static Result<UsageQuery, TwinError> parse(const QString &subresource,
                                               const Twilio::FormParams &params, const QDate &today,
                                               const QDate &firstUsage);
    /// "YYYY-MM-DD" or an offset from today such as "-30days" / "+30days"; invalid when neither.
    static QDate parseDate(const QString &value, const QDate &today);
    /// The periods the range splits into for the granularity, in date order.
    QList<UsagePeriod> periods() const;
    /// The sub-lists Twilio serves, with their snake_case names for subresource_uris.
    static const QList<QPair<QString, QString>> &subresources();
};

} // namespace Vortex::Core::Twin
