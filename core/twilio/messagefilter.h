// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/twilio/formparams.h"

#include <QDate>
#include <QString>

namespace Vortex::Core::Twilio {

/// Query of GET …/Messages.json.
struct MessageFilter
{
    QString to;
    QString from;
    QDate sentOnOrAfter;  ///< DateSent>=YYYY-MM-DD (the key is literally "DateSent>")
    QDate sentOnOrBefore; ///< DateSent<=YYYY-MM-DD
    int pageSize = 50;    ///< 1–1000

    /// Query parameters in a stable order; percent-encode with FormParams::encode().
    FormParams toQuery() const;
};

} // namespace Vortex::Core::Twilio
