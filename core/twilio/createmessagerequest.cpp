// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/twilio/createmessagerequest.h"

#include <QJsonDocument>

namespace Vortex::Core::Twilio {

FormParams CreateMessageRequest::toForm() const
{
    FormParams form;
    form.add(QStringLiteral("To"), to);
    form.addIfSet(QStringLiteral("From"), from);
    form.addIfSet(QStringLiteral("MessagingServiceSid"), messagingServiceSid);
    form.addIfSet(QStringLiteral("Body"), body);
    form.addIfSet(QStringLiteral("ContentSid"), contentSid);
    if (!contentSid.isEmpty() && !contentVariables.isEmpty()) {
        form.add(QStringLiteral("ContentVariables"),
                 QString::fromUtf8(QJsonDocument(contentVariables).toJson(QJsonDocument::Compact)));
    }
    if (statusCallback.isValid() && !statusCallback.isEmpty())
        form.add(QStringLiteral("StatusCallback"), statusCallback.toString(QUrl::FullyEncoded));
    if (validityPeriodSeconds > 0)
        form.add(QStringLiteral("ValidityPeriod"), QString::number(validityPeriodSeconds));
    return form;
}

} // namespace Vortex::Core::Twilio
