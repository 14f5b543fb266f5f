// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "core/twilio/message.h"
#include "core/twilio/twilioerror.h"

#include <QList>

namespace Vortex::Core::Twilio {

/// One page of GET …/Messages.json (the 2010 paging envelope).
struct MessagePage
{
    QList<Message> messages;
    QString nextPageUri; ///< relative ("/2010-04-01/…&Page=1&PageToken=…"); empty on the last page
    QString uri;
    int page = 0;
    int pageSize = 0;
    int start = 0;
    int end = 0;

    bool hasNext() const { return !nextPageUri.isEmpty(); }

    static Result<MessagePage, TwilioError> fromJson(const QJsonObject &object);
    static Result<MessagePage, TwilioError> fromJson(const QByteArray &json);
};

} // namespace Vortex::Core::Twilio
