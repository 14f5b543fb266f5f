// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/twilio/messagepage.h"
#include "core/twilio/restcall.h"
#include "core/twilio/twiliojob.h"

namespace Vortex::Core::Twilio {

using MessagePageResult = Result<MessagePage, TwilioError>;

/// Reads one page of messages (TwilioClient::listMessagesPage / fetchMessagePage).
class MessagePageJob : public TwilioJob
{
    Q_OBJECT

public:
    void start() override;
    void abort() override;
    int attempts() const override;

Q_SIGNALS:
    void finished(const Vortex::Core::Twilio::MessagePageResult &result);

private:
    friend class TwilioClient;
    MessagePageJob(TwilioClient *client, RestCall *call);
    void onCallFinished(const RestResult &result);

    RestCall *m_call = nullptr;
};

} // namespace Vortex::Core::Twilio
