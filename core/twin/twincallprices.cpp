// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twincallprices.h"

#include <QHash>

namespace Vortex::Core::Twin {

double TwinCallPrices::perMinuteUsd(const QString &regionCode)
{
    static const QHash<QString, double> table = {
        {QStringLiteral("US"), 0.0140}, {QStringLiteral("CA"), 0.0140},
        {QStringLiteral("GB"), 0.0300}, {QStringLiteral("DE"), 0.0500},
        {QStringLiteral("IN"), 0.0450}, {QStringLiteral("BR"), 0.0600},
    };
    return table.value(regionCode, 0.1000);
}

} // namespace Vortex::Core::Twin
