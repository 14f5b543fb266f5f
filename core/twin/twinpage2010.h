// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "core/twilio/formparams.h"
#include "twinerror.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace Vortex::Core::Twin {

/// One page of a 2010-04-01 list (Messages, Calls): Twilio's envelope with exactly one list key
/// and first/next/previous/uri (relative, the filters echoed), page, page_size, start, end.
/// PageToken "PA<sid>" names the last record of the previous page, so paging stays stable while
/// new records arrive; without it the page number decides.
struct Page2010
{
    QString path;               ///< "/2010-04-01/Accounts/AC…/Messages.json"
    QLatin1String listKey;      ///< "messages", "calls"
    Twilio::FormParams filters; ///< echoed in every page URI, in a stable order
    int page = 0;
    int pageSize = 50;
    QString token;

    /// Reads PageSize (1–1000, default 50; else 400/20007), Page (≥ 0; else 400/20001) and
    /// PageToken from \a query.
    static Result<Page2010, TwinError> fromQuery(const Twilio::FormParams &query, QString path,
                                                 QLatin1String listKey, Twilio::FormParams filters);

    /// \a sids are the matching records in list order; \a json renders the record at an index.
    Result<QJsonObject, TwinError> build(const QStringList &sids,
                                         const std::function<QJsonObject(qsizetype)> &json) const;
};

} // namespace Vortex::Core::Twin
