// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/twin/twinclock.h"

#include "core/twilio/formparams.h"
#include "twinconfig.h"
#include "twinerror.h"
#include "twinhttpserver.h"
#include "twinmessage.h"

#include <functional>
#include <optional>

namespace Vortex::Core::Twin {

class TwinMessageStore;
class TwinServices;

/// The Twilio 2010 Messages API of the twin: authentication, routing, validation with Twilio's
/// error codes, and the JSON shapes of twilio_api_v2010.json. Faults are applied by the caller.
class TwinApi
{
public:
    using CreatedHook = std::function<void(const QString &sid)>;

    TwinApi(const TwinConfig *config, TwinMessageStore *store, const TwinClock *clock,
            CreatedHook onCreated);

    /// Handles a request whose path starts with "/2010-04-01/".
    TwinResponse handle(const TwinRequest &request);
    /// HTTP Basic with the account SID and token, or an API key SID and secret.
    bool authenticate(const QByteArray &authorization) const;

    /// {"code","message","more_info","status"} with Twilio's headers.
    static TwinResponse errorResponse(const TwinError &error);
    static TwinResponse jsonResponse(int status, const QByteArray &json);
    static QString newSid(QLatin1String prefix);

    /// Messaging Services, Content templates and opt-outs (set by TwinServices::install).
    void attach(TwinServices *services) { m_services = services; }
    /// An inbound message was stored (server): billing, opt-out keywords, extra webhook fields.
    void inboundReceived(const TwinMessage &message, Twilio::FormParams *webhookParams);
    /// Channel fields of a status callback (WhatsApp EventType, ChannelPrefix, …).
    void addStatusFields(const TwinMessage &message, const QString &status,
                         Twilio::FormParams *params) const;
    /// Where new message SIDs come from (TwinContext::newSid: seeded when deterministicSids is
    /// set); unset: newSid().
    void setSidSource(std::function<QString(const QString &prefix)> source)
    {
        m_sidSource = std::move(source);
    }

private:
    TwinResponse create(const Twilio::FormParams &params);
    TwinResponse update(TwinMessage &message, const Twilio::FormParams &params);
    TwinResponse remove(const QString &sid);
    Result<TwinMessage, TwinError> validateCreate(const Twilio::FormParams &params) const;
    /// From/MessagingServiceSid, channels, opt-out and Content checks of a create.
    std::optional<TwinError> validateSender(const Twilio::FormParams &params,
                                            TwinMessage *message) const;

    const TwinConfig *m_config;
    TwinMessageStore *m_store;
    const TwinClock *m_clock;
    CreatedHook m_onCreated;
    TwinServices *m_services = nullptr;
    std::function<QString(const QString &prefix)> m_sidSource;
};

} // namespace Vortex::Core::Twin
