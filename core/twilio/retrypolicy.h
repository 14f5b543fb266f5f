// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <functional>

namespace Vortex::Core::Twilio {

struct TwilioError;

/// Bounded attempts with exponential backoff and full jitter:
/// delay(n) = random[0,1) × min(maxDelay, baseDelay × 2^n), n = 0 for the first retry.
/// A Retry-After from the server is used when it is larger, up to maxRetryAfter; a server that
/// asks for a longer pause than that gets no further attempt (the caller schedules later).
class RetryPolicy
{
public:
    /// Uniform in [0, 1). Injectable so that unit tests are deterministic.
    using RandomSource = std::function<double()>;

    RetryPolicy();

    int maxAttempts() const { return m_maxAttempts; } ///< first try included; default 4
    void setMaxAttempts(int attempts);
    int baseDelayMs() const { return m_baseDelayMs; } ///< default 250
    void setBaseDelayMs(int ms);
    int maxDelayMs() const { return m_maxDelayMs; } ///< cap of the jittered part; default 8000
    void setMaxDelayMs(int ms);
    int maxRetryAfterMs() const { return m_maxRetryAfterMs; } ///< default 60000
    void setMaxRetryAfterMs(int ms);
    void setRandomSource(RandomSource source);

    /// True when \a error is transient and another attempt is allowed after \a attemptsMade
    /// (>= 1) attempts.
    bool shouldRetry(const TwilioError &error, int attemptsMade) const;
    /// The pause before retry number \a retryIndex (0-based); \a retryAfterMs < 0 means none.
    int delayMs(int retryIndex, int retryAfterMs = -1) const;
    /// The upper bound of the jittered delay for \a retryIndex: min(cap, base × 2^n).
    int ceilingMs(int retryIndex) const;

private:
    int m_maxAttempts = 4;
    int m_baseDelayMs = 250;
    int m_maxDelayMs = 8000;
    int m_maxRetryAfterMs = 60000;
    RandomSource m_random;
};

} // namespace Vortex::Core::Twilio
