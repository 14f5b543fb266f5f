// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/twilio/messagefilter.h"

namespace Vortex::Core::Twilio {

FormParams MessageFilter::toQuery() const
{
    FormParams query;
    query.addIfSet(QStringLiteral("To"), to);
    query.addIfSet(QStringLiteral("From"), from);
    if (sentOnOrAfter.isValid())
        query.add(QStringLiteral("DateSent>"), sentOnOrAfter.toString(Qt::ISODate));
    if (sentOnOrBefore.isValid())
        query.add(QStringLiteral("DateSent<"), sentOnOrBefore.toString(Qt::ISODate));
    query.add(QStringLiteral("PageSize"), QString::number(qBound(1, pageSize, 1000)));
    return query;
}

} // namespace Vortex::Core::Twilio
