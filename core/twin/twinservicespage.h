// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "core/twilio/formparams.h"
#include "twinerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Vortex::Core::Twin {

/// The paging envelope of the v1/v2 APIs (messaging, content):
/// {"<key>": [...], "meta": {page, page_size, first_page_url, previous_page_url,
/// next_page_url, url, key}} with absolute URLs. Query: PageSize 1–1000 (default 50), Page.
class TwinServicesPage
{
public:
    static Result<QJsonObject, TwinError> build(const QJsonArray &items, const QString &key,
                                                const QString &absoluteUrl,
                                                const Twilio::FormParams &query);
    /// ISO 8601 in UTC without milliseconds: "2015-07-30T20:12:31Z".
    static QString isoDate(qint64 epochMs);
};

} // namespace Vortex::Core::Twin
