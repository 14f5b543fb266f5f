// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/paging/deliverygateway.h"

#include <QByteArray>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace Vortex::Core::Twilio {
class TwilioClient;
} // namespace Vortex::Core::Twilio

namespace Vortex::Core::Paging {

/// Where Twilio reports back and where the relay takes voice scripts.
struct TwilioGatewayOptions
{
    QUrl messageStatusCallback; ///< relay: <public>/twilio/messages/status
    QUrl callStatusCallback;    ///< relay: <public>/twilio/calls/status
    QUrl voiceAnswerUrl;   ///< relay: <public>/twilio/voice/answer (the gateway adds ?script=<id>)
    QUrl relayBase;        ///< the relay's base URL for PUT /v1/voice/scripts/{id}
    QByteArray relayToken; ///< bearer token (never logged)
    int callTimeoutSeconds = 30;
    bool machineDetection = true;
};

/// The DeliveryGateway that talks to Twilio through a TwilioClient (Messages.json, Calls.json)
/// and to the relay over HTTP (voice scripts). What each call sends and how answers are
/// classified: docs/paging-gateway.md. Lives in the client's thread; every callback runs there,
/// queued, never inside the call that was given it. Callbacks of requests still pending when
/// the gateway or the client is destroyed are dropped.
class TwilioGateway : public DeliveryGateway
{
    Q_OBJECT

public:
    /// \a client is not owned; it must live in this thread.
    TwilioGateway(Twilio::TwilioClient *client, TwilioGatewayOptions options,
                  QObject *parent = nullptr);
    ~TwilioGateway() override;

    const TwilioGatewayOptions &options() const { return m_options; }
    /// Shares the thread's QNetworkAccessManager for relay requests (not owned; must outlive
    /// the gateway). Null: the gateway creates its own when first needed.
    void setNetworkAccessManager(QNetworkAccessManager *manager);

    void submit(const Delivery &delivery, std::function<void(SubmitResult)> done) override;
    void fetch(Channel channel, const QString &sid,
               std::function<void(std::optional<StatusReport>)> done) override;
    void
    findSubmitted(const Delivery &delivery,
                  std::function<void(bool ok, std::optional<StatusReport> found)> done) override;
    void publishVoiceScript(const VoiceScript &script,
                            std::function<void(QString error)> done) override;

private:
    QByteArray accountPath() const;
    void submitForm(const QByteArray &path, const QByteArray &form,
                    std::function<void(SubmitResult)> done);
    void findMessage(const Delivery &delivery, const QString &pageUri, int pagesLeft,
                     std::function<void(bool, std::optional<StatusReport>)> done);
    void findCall(const Delivery &delivery, const QByteArray &pathAndQuery, int pagesLeft,
                  std::function<void(bool, std::optional<StatusReport>)> done);
    QNetworkAccessManager *network();
    /// Runs \a fn on this thread's next event-loop turn (never inside the caller).
    void later(std::function<void()> fn);

    QPointer<Twilio::TwilioClient> m_client;
    TwilioGatewayOptions m_options;
    QPointer<QNetworkAccessManager> m_nam;
    QNetworkAccessManager *m_ownNam = nullptr;
};

} // namespace Vortex::Core::Paging
