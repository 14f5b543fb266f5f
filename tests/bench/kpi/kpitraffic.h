// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QString>

namespace Vortex::Test {

/// Writes synthetic but plausible traffic into a console message store (the schema comes from
/// MessageStore): US, GB and DE numbers, SMS and WhatsApp, ~95 % delivered, carrier filtering,
/// blocked numbers, opt-out replies and prices. One transaction, one prepared statement: a
/// million rows take seconds. For benchmarks and UI tests only.
struct KpiTraffic
{
    qint64 messages = 1000;
    QDateTime end = QDateTime::currentDateTimeUtc(); ///< the newest message
    qint64 spanSeconds = 7 * 24 * 3600 + 6 * 3600;   ///< spread over this much time before end
    quint32 seed = 1;
    qint64 firstSid = 1; ///< SIDs are numbered from here (use distinct ranges to append)

    Core::Result<Core::Done, QString> write(const QString &messagesPath) const;
};

} // namespace Vortex::Test
