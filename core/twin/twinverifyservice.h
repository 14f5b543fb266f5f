// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QJsonObject>
#include <QString>

namespace Vortex::Core::Twin {

/// A Verify v2 Service (VA…) of the twin's account: the settings that shape its verifications.
struct TwinVerifyService
{
    QString sid;
    QString accountSid;
    QString friendlyName;
    int codeLength = 6; ///< 4–10 digits
    bool lookupEnabled = false;
    bool psd2Enabled = false;
    bool skipSmsToLandlines = false;
    bool dtmfInputRequired = false;
    bool doNotShareWarningEnabled = false;
    bool customCodeEnabled = false;
    QString ttsName; ///< "" is null
    qint64 createdMs = 0;
    qint64 updatedMs = 0;

    /// The verify.v2.service shape; \a baseUrl ("http://127.0.0.1:PORT") makes `url`/`links`
    /// absolute.
    QJsonObject toJson(const QString &baseUrl) const;
    /// "2015-07-30T20:00:00Z" for twin-clock \a ms.
    static QString isoDate(qint64 ms);
};

} // namespace Vortex::Core::Twin
