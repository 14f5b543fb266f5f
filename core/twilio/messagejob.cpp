// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/twilio/messagejob.h"

namespace Vortex::Core::Twilio {

MessageJob::MessageJob(TwilioClient *client, RestCall *call)
    : TwilioJob(client)
    , m_call(call)
{
    m_call->setParent(this);
    connect(m_call, &RestCall::finished, this, &MessageJob::onCallFinished);
}

void MessageJob::start()
{
    m_call->start();
}

void MessageJob::abort()
{
    m_call->abort();
}

int MessageJob::attempts() const
{
    return m_call->attempts();
}

void MessageJob::onCallFinished(const RestResult &result)
{
    const MessageResult message
        = result ? Message::fromJson(result->body) : MessageResult(fail(result.error()));
    markFinished();
    Q_EMIT finished(message);
}

} // namespace Vortex::Core::Twilio
