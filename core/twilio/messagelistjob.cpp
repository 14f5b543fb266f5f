// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/twilio/messagelistjob.h"

#include "core/twilio/twilioclient.h"

namespace Vortex::Core::Twilio {

MessageListJob::MessageListJob(TwilioClient *client, const MessageFilter &filter, int limit)
    : TwilioJob(client)
    , m_filter(filter)
    , m_limit(qMax(1, limit))
{}

void MessageListJob::start()
{
    if (m_started || isFinished())
        return;
    m_started = true;
    if (!m_client) {
        complete(fail(TwilioError::network(QStringLiteral("client gone"))));
        return;
    }
    // Never ask for more per page than we still want.
    MessageFilter first = m_filter;
    first.pageSize = qMin(m_filter.pageSize, m_limit);
    request(m_client->createListCall(first, this));
}

void MessageListJob::request(RestCall *call)
{
    m_call = call;
    connect(m_call, &RestCall::finished, this, &MessageListJob::onCallFinished);
    m_call->start();
}

void MessageListJob::abort()
{
    if (isFinished())
        return;
    if (m_call) {
        m_call->abort();
        return;
    }
    complete(fail(TwilioError::aborted()));
}

int MessageListJob::attempts() const
{
    return m_attemptsDone + (m_call ? m_call->attempts() : 0);
}

void MessageListJob::onCallFinished(const RestResult &result)
{
    RestCall *call = m_call;
    m_call = nullptr;
    m_attemptsDone += call->attempts();
    call->deleteLater();
    if (!result) {
        complete(fail(result.error()));
        return;
    }
    auto page = MessagePage::fromJson(result->body);
    if (!page) {
        complete(fail(page.error()));
        return;
    }
    ++m_pagesRead;
    for (const Message &m : page->messages) {
        if (m_messages.size() >= m_limit)
            break;
        m_messages.append(m);
    }
    Q_EMIT pageReceived(m_pagesRead - 1, int(m_messages.size()));
    if (m_messages.size() >= m_limit || !page->hasNext() || page->messages.isEmpty()) {
        complete(m_messages);
        return;
    }
    if (!m_client) {
        complete(fail(TwilioError::network(QStringLiteral("client gone"))));
        return;
    }
    // An unusable next_page_uri (absolute, other host) yields a call that fails with Parse.
    request(m_client->createPageCall(page->nextPageUri, this));
}

void MessageListJob::complete(const MessageListResult &result)
{
    markFinished();
    Q_EMIT finished(result);
}

} // namespace Vortex::Core::Twilio
