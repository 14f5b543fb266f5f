// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/twilio/messagepagejob.h"

namespace Vortex::Core::Twilio {

MessagePageJob::MessagePageJob(TwilioClient *client, RestCall *call)
    : TwilioJob(client)
    , m_call(call)
{
    m_call->setParent(this);
    connect(m_call, &RestCall::finished, this, &MessagePageJob::onCallFinished);
}

void MessagePageJob::start()
{
    m_call->start();
}

void MessagePageJob::abort()
{
    m_call->abort();
}

int MessagePageJob::attempts() const
{
    return m_call->attempts();
}

void MessagePageJob::onCallFinished(const RestResult &result)
{
    const MessagePageResult page
        = result ? MessagePage::fromJson(result->body) : MessagePageResult(fail(result.error()));
    markFinished();
    Q_EMIT finished(page);
}

} // namespace Vortex::Core::Twilio
