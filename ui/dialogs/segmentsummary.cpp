// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "segmentsummary.h"

namespace Vortex::Ui {

using Vortex::Core::Twilio::SmsEncoding;
using Vortex::Core::Twilio::SmsSegments;

QString SegmentSummary::describe(const Vortex::Core::Twilio::SegmentCount &count)
{
    const QString encoding
        = count.encoding == SmsEncoding::Gsm7 ? tr("GSM-7") : tr("UCS-2 (Unicode)");
    const QString separator = QStringLiteral(" \u00b7 ");
    if (count.segments == 0)
        return encoding + separator + tr("empty message");
    return encoding + separator + tr("%n segment(s)", nullptr, count.segments) + separator
           + tr("%n character(s) left in this segment", nullptr, count.remainingInLast);
}

int SegmentSummary::characterCount(const QString &body)
{
    return int(body.toUcs4().size());
}

QString SegmentSummary::lengthWarning(const QString &body)
{
    const int characters = characterCount(body);
    if (characters <= SmsSegments::MaxBodyLength)
        return {};
    return tr("This message has %1 characters. Twilio refuses messages over %2 characters "
              "(error 21617): shorten it before sending.")
        .arg(characters)
        .arg(SmsSegments::MaxBodyLength);
}

} // namespace Vortex::Ui
