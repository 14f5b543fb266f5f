// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/twilio/messagefilter.h"
#include "core/twilio/messagepage.h"
#include "core/twilio/restcall.h"
#include "core/twilio/twiliojob.h"

#include <QList>

namespace Vortex::Core::Twilio {

using MessageListResult = Result<QList<Message>, TwilioError>;

/// Follows next_page_uri page by page and collects up to a limit of messages
/// (TwilioClient::listMessages). Pages are requested one after the other, never in parallel.
/// Any page failing (after its retries) fails the whole job.
class MessageListJob : public TwilioJob
{
    Q_OBJECT

public:
    void start() override;
    void abort() override;
    int attempts() const override;
    int pagesRead() const { return m_pagesRead; }

Q_SIGNALS:
    /// Emitted for every page as it arrives (before finished()).
    void pageReceived(int pageIndex, int messagesSoFar);
    void finished(const Vortex::Core::Twilio::MessageListResult &result);

private:
    friend class TwilioClient;
    MessageListJob(TwilioClient *client, const MessageFilter &filter, int limit);
    void request(RestCall *call);
    void onCallFinished(const RestResult &result);
    void complete(const MessageListResult &result);

    MessageFilter m_filter;
    int m_limit = 0;
    QList<Message> m_messages;
    RestCall *m_call = nullptr;
    int m_pagesRead = 0;
    int m_attemptsDone = 0;
    bool m_started = false;
};

} // namespace Vortex::Core::Twilio
