// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "consoletypes.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <memory>

namespace Vortex::Core {

namespace Relay {
struct RelayEvent;
}
namespace Twilio {
struct TwilioError;
}
namespace Store {
struct UpsertOutcome;
}

/// Where the console's engine sends and listens. Secrets are passed in memory only.
struct ConsoleEngineOptions
{
    QUrl twilioApiBase; ///< "https://api.twilio.com" or the twin's base URL
    QString accountSid;
    QString apiUsername;    ///< the Account SID, or an API Key SID (SK…)
    QByteArray apiSecret;   ///< the Auth Token or the API Key secret
    QString fromNumber;     ///< the sender used for test pages
    QUrl statusCallbackUrl; ///< the relay's public status-callback URL
    QUrl relayBase;         ///< the relay's base URL for the console feed
    QByteArray relayToken;  ///< bearer token for the feed
    QString databasePath;   ///< the console's SQLite file
};

/// The console's engine: sends through the Twilio REST client, keeps the message store and
/// follows the relay's feed. It lives on a worker thread; call its slots through queued
/// connections or QMetaObject::invokeMethod, and listen to its signals (value types only).
class ConsoleEngine : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleEngine(ConsoleEngineOptions options, QObject *parent = nullptr);
    ~ConsoleEngine() override;

public Q_SLOTS:
    /// Opens the store, emits messagesLoaded() with recent messages, starts following the relay.
    void start();
    void stop();
    /// Validates \a to (E.164, libphonenumber), sends, and reports through testPageFinished().
    void sendTestPage(quint64 requestId, const QString &to, const QString &body);

Q_SIGNALS:
    void messagesLoaded(const QList<Vortex::Core::MessageRecord> &records);
    void messageChanged(const Vortex::Core::MessageRecord &record);
    void testPageFinished(const Vortex::Core::SendOutcome &outcome);
    void twilioConnectivityChanged(const Vortex::Core::ConnectivityState &state);
    void relayConnectivityChanged(const Vortex::Core::ConnectivityState &state);

private:
    void applyRelayEvents(const QList<Relay::RelayEvent> &events);
    void applyRecord(const MessageRecord &record);
    void reconcile();
    void fetchFromTwilio(const QString &sid);
    void announce(const Store::UpsertOutcome &outcome);
    void noteTwilioResult(const Twilio::TwilioError *error, bool force = false);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Vortex::Core
