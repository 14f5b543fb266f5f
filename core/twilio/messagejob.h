// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/twilio/message.h"
#include "core/twilio/restcall.h"
#include "core/twilio/twiliojob.h"

namespace Vortex::Core::Twilio {

using MessageResult = Result<Message, TwilioError>;

/// Creates or fetches one message (TwilioClient::createMessage / fetchMessage).
class MessageJob : public TwilioJob
{
    Q_OBJECT

public:
    void start() override;
    void abort() override;
    int attempts() const override;

Q_SIGNALS:
    void finished(const Vortex::Core::Twilio::MessageResult &result);

private:
    friend class TwilioClient;
    MessageJob(TwilioClient *client, RestCall *call);
    void onCallFinished(const RestResult &result);

    RestCall *m_call = nullptr;
};

} // namespace Vortex::Core::Twilio
