// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/twilio/twiliojob.h"

#include "core/twilio/twilioclient.h"

namespace Vortex::Core::Twilio {

TwilioJob::TwilioJob(TwilioClient *client)
    : QObject(client)
    , m_client(client)
{}

TwilioJob::~TwilioJob() = default;

void TwilioJob::markFinished()
{
    m_finished = true;
    deleteLater();
}

} // namespace Vortex::Core::Twilio
