// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <core/twilio/segments.h>

#include <QCoreApplication>
#include <QString>

namespace Vortex::Ui {

/// Words for an SMS body's size: "GSM-7 · 2 segments · 146 characters left in this segment".
class SegmentSummary
{
    Q_DECLARE_TR_FUNCTIONS(Vortex::Ui::SegmentSummary)

public:
    static QString describe(const Vortex::Core::Twilio::SegmentCount &count);
    /// Characters as Twilio counts them for its 1600-character limit (code points).
    static int characterCount(const QString &body);
    /// A warning when \a body is too long for Twilio, otherwise empty.
    static QString lengthWarning(const QString &body);
};

} // namespace Vortex::Ui
