// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "twinchaosprofile.h"
#include "twinhttpserver.h"

#include <QHash>

#include <optional>
#include <random>

namespace Vortex::Core::Twin {

struct MessageOutcome;
struct TwinContext;
struct TwinMessage;

/// The twin's chaos: decides, from the config seed, which API requests fail or crawl, which
/// status callbacks are dropped, duplicated or reordered, and which messages overflow the
/// sender queue (30001), come from unregistered senders (30034) or hit a carrier filtering
/// incident (30007). Every decision is logged in the event log as "chaos.<kind>".
///
/// Draws come from three seeded streams so that one kind of chaos never shifts another: API
/// requests (one stream, three draws per request), status callbacks (one stream, one draw per
/// callback) and the carrier incident (one generator per message, seeded with its index).
class TwinChaos
{
public:
    enum class CallbackAction { Send, Drop, Duplicate, Hold };

    explicit TwinChaos(const TwinContext *context);

    const ChaosProfile &profile() const { return m_profile; }
    /// Replaces the profile at run time (throttle queues and random streams carry on).
    void setProfile(const ChaosProfile &profile);

    /// For an API request: true with \a response set to a 429/500/503 answer; \a extraDelayMs
    /// gets the slow-response delay (0 when not slowed).
    bool injectFault(TwinResponse *response, int *extraDelayMs);
    /// What to do with a message status callback about to be posted.
    CallbackAction callbackAction(const QString &sid, const QString &status, bool finalStatus);
    /// Lifecycle hook: may lengthen the queue wait (throttle), or turn the outcome into
    /// undelivered 30034 (unregistered sender) or 30007 (carrier incident).
    void overrideOutcome(const TwinMessage &message, MessageOutcome *outcome);

    /// GET/POST /_twin/chaos (form or JSON body); nullopt for any other path.
    std::optional<TwinResponse> handleControl(const TwinRequest &request);

private:
    bool isUnregistered(const QString &from) const;
    bool matchesIncident(const QString &to, const QString &toRegion, QString *what) const;

    const TwinContext *m_context;
    ChaosProfile m_profile;
    std::mt19937_64 m_apiRng;
    std::mt19937_64 m_callbackRng;
    QHash<QString, qint64> m_senderFreeAtMs; ///< chaos throttle: when a sender may send again
};

} // namespace Vortex::Core::Twin
