// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/twilio/retrypolicy.h"

#include "core/twilio/twilioerror.h"

#include <QRandomGenerator>
#include <QtGlobal>

#include <cmath>

namespace Vortex::Core::Twilio {

RetryPolicy::RetryPolicy()
    : m_random([] { return QRandomGenerator::global()->generateDouble(); })
{}

void RetryPolicy::setMaxAttempts(int attempts)
{
    m_maxAttempts = qMax(1, attempts);
}

void RetryPolicy::setBaseDelayMs(int ms)
{
    m_baseDelayMs = qMax(0, ms);
}

void RetryPolicy::setMaxDelayMs(int ms)
{
    m_maxDelayMs = qMax(0, ms);
}

void RetryPolicy::setMaxRetryAfterMs(int ms)
{
    m_maxRetryAfterMs = qMax(0, ms);
}

void RetryPolicy::setRandomSource(RandomSource source)
{
    if (source)
        m_random = std::move(source);
}

bool RetryPolicy::shouldRetry(const TwilioError &error, int attemptsMade) const
{
    if (!error.isTransient() || attemptsMade >= m_maxAttempts)
        return false;
    // A server asking for a longer pause than we are willing to wait: give up now and let the
    // caller (the engine) decide when to try again.
    return error.retryAfterMs <= m_maxRetryAfterMs;
}

int RetryPolicy::ceilingMs(int retryIndex) const
{
    // Compute in double so that 2^n cannot overflow for large n.
    const double exp = std::ldexp(static_cast<double>(m_baseDelayMs), qBound(0, retryIndex, 62));
    return static_cast<int>(qMin(exp, static_cast<double>(m_maxDelayMs)));
}

int RetryPolicy::delayMs(int retryIndex, int retryAfterMs) const
{
    // Full jitter (AWS architecture blog): spreads retries of many clients evenly over the window.
    const double r = qBound(0.0, m_random(), 1.0);
    int delay = static_cast<int>(r * ceilingMs(retryIndex));
    delay = qMin(delay, m_maxDelayMs);
    if (retryAfterMs > delay)
        delay = qMin(retryAfterMs, m_maxRetryAfterMs);
    return delay;
}

} // namespace Vortex::Core::Twilio
