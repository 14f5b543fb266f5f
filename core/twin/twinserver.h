// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/twin/twinclock.h"

#include "core/common/result.h"
#include "twinconfig.h"
#include "twinerror.h"
#include "twineventlog.h"
#include "twinledger.h"
#include "twinmodule.h"
#include "twinpeople.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <random>
#include <vector>

namespace Vortex::Core::Twin {

class TwinApi;
struct TwinMessage;
class TwinChaos;
class TwinHttpServer;
class TwinLifecycle;
class TwinMessageStore;
class TwinWebhookSender;
struct TwinRequest;
struct TwinResponse;

/// A local Twilio stand-in: the 2010 Messages API on loopback, a seeded message lifecycle with
/// signed status callbacks, inbound SMS injection and fault injection. Create and use it on one
/// thread (a worker QThread is fine); it keeps no global state.
class TwinServer : public QObject
{
    Q_OBJECT

public:
    explicit TwinServer(TwinConfig config, QObject *parent = nullptr);
    ~TwinServer() override;

    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                quint16 port = 0);
    quint16 port() const { return m_port; }
    /// "http://127.0.0.1:PORT"
    QUrl baseUrl() const;
    const TwinConfig &config() const { return m_config; }

    void setFaults(const FaultProfile &faults);
    FaultProfile faults() const { return m_config.faults; }
    /// The chaos profile on top of the faults (setProfile() switches it at run time).
    TwinChaos *chaos() const { return m_chaos.get(); }
    /// Lifecycle delays are divided by \a factor (10 = ten times faster).
    void setClockSpeed(double factor);
    double clockSpeed() const;
    /// Sets (or clears, with an empty URL) the inbound SMS webhook of an owned number.
    bool setInboundUrl(const QString &number, const QString &url);
    /// A handset texts one of the twin's numbers: stores an inbound message and posts the signed
    /// inbound webhook to the number's SMS URL. Returns the new SM sid.
    Result<QString, TwinError> injectInbound(const QString &from, const QString &to,
                                             const QString &body);

    int messageCount() const;
    /// The twin's clock: read it for twin time, advance it in tests.
    TwinClock *clock() const { return m_clock; }
    TwinEventLog &events() { return m_events; }
    TwinPeople &people() { return m_people; }
    TwinLedger &ledger() { return m_ledger; }
    /// Shared state for modules (valid as long as the server lives).
    const TwinContext &context() const { return m_context; }
    /// Adds a product module; modules are asked in the order they were added, before the
    /// built-in Messages API.
    void addModule(std::unique_ptr<TwinModule> module);
    int pendingWebhooks() const;
    /// The built-in Messages API and message lifecycle (Messaging Services, WhatsApp and
    /// opt-out attach to them; see TwinServices::install).
    TwinApi &messagesApi() { return *m_api; }
    TwinLifecycle &lifecycle() { return *m_lifecycle; }
    /// Answers a request in-process exactly as over HTTP (faults, auth, modules, Messages API),
    /// without a socket: the scenario engine's way in.
    TwinResponse handle(const TwinRequest &request) { return route(request); }
    /// Called with every API request and its answer (not /_twin/ control requests); tests use
    /// it to validate everything the twin says against Twilio's specs. Empty: none.
    using ResponseObserver = std::function<void(const TwinRequest &, const TwinResponse &)>;
    void setResponseObserver(ResponseObserver observer) { m_observer = std::move(observer); }

Q_SIGNALS:
    void messageCreated(const QString &sid);
    void messageStatusChanged(const QString &sid, const QString &status);
    /// A status callback or inbound webhook finished (httpStatus 0: connection failed).
    void callbackDelivered(const QString &sid, const QString &status, int httpStatus);

private:
    TwinResponse route(const TwinRequest &request);
    TwinResponse control(const TwinRequest &request);
    bool injectFault(TwinResponse *response, int *extraDelayMs);
    void onTransition(const QString &sid, const QString &status);
    void postStatusCallback(const TwinMessage *message, const QString &sid, const QString &status);

    TwinConfig m_config;
    TwinClock *m_clock;
    TwinEventLog m_events;
    TwinPeople m_people;
    TwinLedger m_ledger;
    std::unique_ptr<TwinMessageStore> m_store;
    std::unique_ptr<TwinApi> m_api;
    TwinLifecycle *m_lifecycle;
    TwinWebhookSender *m_webhooks;
    TwinHttpServer *m_http;
    TwinContext m_context;
    std::vector<std::unique_ptr<TwinModule>> m_modules;
    std::unique_ptr<TwinChaos> m_chaos; // after m_context: destroyed before it
    std::mt19937_64 m_faultRng;
    std::mt19937_64 m_sidRng;
    QHostAddress m_address;
    quint16 m_port = 0;
    ResponseObserver m_observer;
};

} // namespace Vortex::Core::Twin
