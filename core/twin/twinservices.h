// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/twilio/formparams.h"
#include "twincontent.h"
#include "twinmodule.h"
#include "twinoptout.h"
#include "twinservicesregistry.h"

#include <memory>

namespace Vortex::Core::Twin {

class TwinReaders;
struct TwinMessage;

/// Messaging Services (messaging v1 /v1/Services with PhoneNumbers, ShortCodes, AlphaSenders and
/// ChannelSenders), the Content API, opt-out handling and the people who read and reply: the
/// parts of the twin that the Messages API and the lifecycle consult. install() wires it into
/// a server.
class TwinServices : public TwinModule
{
public:
    explicit TwinServices(const TwinContext &context);
    ~TwinServices() override;

    /// Creates the module, attaches it to the server's Messages API and lifecycle and starts
    /// the scripted readers. Pass the result to TwinServer::addModule().
    static std::unique_ptr<TwinModule> install(TwinServer &server);

    std::optional<TwinResponse> handleApi(const TwinRequest &request) override;
    /// POST /_twin/shortcodes (ShortCode, Country) adds a short code; GET /_twin/senders lists
    /// the owned senders with their PN/XE/SC sids.
    std::optional<TwinResponse> handleControl(const TwinRequest &request) override;

    const TwinContext &context() const { return m_context; }
    TwinServicesRegistry &registry() { return m_registry; }
    TwinContent &content() { return m_content; }
    TwinOptOut &optOut() { return m_optOut; }

    /// The opt-out scope of a sender: the service SID if set, else the sender address.
    static QString optOutScope(const QString &from, const QString &serviceSid);
    /// An inbound message was stored: bills it, applies opt-out keywords (blocklist and the
    /// automatic reply to the sender's phone) and adds OptOutType / WhatsApp fields to the
    /// webhook \a params.
    void onInbound(const TwinMessage &message, Twilio::FormParams *params);
    /// WhatsApp fields of a status callback (EventType, ChannelPrefix, …).
    void addStatusFields(const TwinMessage &message, const QString &status,
                         Twilio::FormParams *params) const;

private:
    std::optional<TwinResponse> handleSenders(MessagingService &service, const QString &kind,
                                              const QString &senderSid, const TwinRequest &request,
                                              const Twilio::FormParams &params);
    TwinResponse addSender(MessagingService &service, ServiceSender::Kind kind,
                           const Twilio::FormParams &params);
    TwinResponse applyServiceParams(MessagingService &service, const Twilio::FormParams &params,
                                    int successStatus);

    const TwinContext &m_context;
    TwinServicesRegistry m_registry;
    TwinContent m_content;
    TwinOptOut m_optOut;
    TwinReaders *m_readers = nullptr; // QObject child of the server
};

} // namespace Vortex::Core::Twin
