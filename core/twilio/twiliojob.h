// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QObject>
#include <QPointer>

namespace Vortex::Core::Twilio {

class TwilioClient;

/// Base of the typed jobs (MessageJob, MessagePageJob, MessageListJob). A job is created by
/// TwilioClient, does nothing until start(), emits its typed finished() exactly once (also
/// after abort(), with an Aborted error) and then deletes itself with deleteLater(). Connect
/// to finished() before calling start().
class TwilioJob : public QObject
{
    Q_OBJECT

public:
    ~TwilioJob() override;

    virtual void start() = 0;
    virtual void abort() = 0;
    /// HTTP attempts made so far (retries included; all pages for a list job).
    virtual int attempts() const = 0;
    bool isFinished() const { return m_finished; }

protected:
    explicit TwilioJob(TwilioClient *client);
    /// Marks the job done and schedules deletion; call right before emitting finished().
    void markFinished();

    QPointer<TwilioClient> m_client;

private:
    bool m_finished = false;
};

} // namespace Vortex::Core::Twilio
