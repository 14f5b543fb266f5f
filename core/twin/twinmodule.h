// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/twin/twinclock.h"

#include "twinhttpserver.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <random>

namespace Vortex::Core::Twin {

class TwinEventLog;
class TwinLedger;
class TwinMessageStore;
class TwinPeople;
class TwinServer;
class TwinWebhookSender;
struct TwinConfig;

/// What every part of the twin shares: configuration, the clock, the event log, the scripted
/// people and the message store. Owned by TwinServer; modules keep a pointer.
struct TwinContext
{
    TwinServer *server = nullptr;
    TwinConfig *config = nullptr;
    TwinClock *clock = nullptr;
    TwinEventLog *events = nullptr;
    TwinPeople *people = nullptr;
    TwinMessageStore *messages = nullptr;
    TwinWebhookSender *webhooks = nullptr;
    TwinLedger *ledger = nullptr;
    std::mt19937_64 *sidRng = nullptr; ///< seeded from config->seed (deterministic SIDs)

    /// Appends to the event log at the current twin time.
    void log(const QString &kind, const QString &sid, const QJsonObject &fields = {}) const;
    /// A new resource SID: prefix + 32 hex. Random, or drawn from the seed when
    /// config->deterministicSids is set (scenario runs that must reproduce exactly).
    QString newSid(const QString &prefix) const;
};

/// One product of the twin (Calls, Verify, Lookup, Messaging Services, Usage, …). The server asks
/// each module in turn; a module answers the requests that are its own and returns nullopt for
/// the rest.
class TwinModule
{
public:
    virtual ~TwinModule() = default;
    /// A Twilio API request, already authenticated (HTTP Basic with the account's token or an
    /// API key) and past fault injection.
    virtual std::optional<TwinResponse> handleApi(const TwinRequest &request)
    {
        Q_UNUSED(request)
        return std::nullopt;
    }
    /// A control request under /_twin/ (only when the control API is enabled).
    virtual std::optional<TwinResponse> handleControl(const TwinRequest &request)
    {
        Q_UNUSED(request)
        return std::nullopt;
    }
};

} // namespace Vortex::Core::Twin
