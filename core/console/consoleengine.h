// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "consoletypes.h"
#include "core/paging/pagingtypes.h"

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
    /// The paging engine's SQLite file ("" = no paging engine in this console).
    QString pagingDatabasePath;
    /// Recipients and escalation policies loaded into the paging store on start ("" = keep the
    /// store's own; a Qt resource path works too).
    QString pagingConfigPath;
    /// Load pagingConfigPath only into an empty paging store (the demo's seed), so that edits
    /// made in the console survive a restart.
    bool pagingConfigSeedsOnly = false;
    double pagingClockSpeed = 1.0;
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
    /// Like sendTestPage() but over WhatsApp ("whatsapp:" + the sender number). Freeform
    /// WhatsApp reaches only people who wrote to the sender in the last 24 hours; otherwise
    /// Twilio fails the message with 63016, which the live status shows.
    void sendTestWhatsApp(quint64 requestId, const QString &to, const QString &text);
    /// Calls \a to from the sender number and says \a text (a voice script published to the
    /// relay). Reports through testPageFinished() (sid "CA…"), then testCallChanged() until the
    /// call is final.
    void sendTestCall(quint64 requestId, const QString &to, const QString &text);

    /// Raises an incident in the paging engine (source "console"); answers with
    /// incidentActionFinished().
    void raiseIncident(quint64 requestId, int severity, const QString &title,
                       const QString &summary, const QString &link, const QString &runbook);
    /// \a action: "acknowledge", "resolve", "snooze" (\a minutes) or "escalate"; answers with
    /// incidentActionFinished().
    void incidentAction(quint64 requestId, qint64 incidentId, const QString &action, int minutes);
    /// Answers with timelineLoaded().
    void loadTimeline(qint64 incidentId);

Q_SIGNALS:
    void messagesLoaded(const QList<Vortex::Core::MessageRecord> &records);
    void messageChanged(const Vortex::Core::MessageRecord &record);
    void testPageFinished(const Vortex::Core::SendOutcome &outcome);
    /// A test call moved on: sid "CA…", status = Twilio's call status (queued, initiated,
    /// ringing, in-progress, completed, busy, no-answer, failed, canceled), errorCode. Test
    /// calls are not stored in the message store.
    void testCallChanged(const Vortex::Core::MessageRecord &call);
    void twilioConnectivityChanged(const Vortex::Core::ConnectivityState &state);
    void relayConnectivityChanged(const Vortex::Core::ConnectivityState &state);

    /// The paging engine's recent incidents, once after start().
    void incidentsLoaded(const QList<Vortex::Core::Paging::Incident> &incidents);
    void incidentChanged(const Vortex::Core::Paging::Incident &incident);
    void timelineAppended(const Vortex::Core::Paging::TimelineEntry &entry);
    void timelineLoaded(qint64 incidentId,
                        const QList<Vortex::Core::Paging::TimelineEntry> &entries);
    void incidentActionFinished(quint64 requestId, bool ok, const QString &message);
    /// The paging engine could not start or lost its store (message for the operator).
    void pagingUnavailable(const QString &message);

private:
    void startPaging();
    void applyRelayEvents(const QList<Relay::RelayEvent> &events);
    void applyRecord(const MessageRecord &record);
    void reconcile();
    void fetchFromTwilio(const QString &sid);
    void announce(const Store::UpsertOutcome &outcome);
    void noteTwilioResult(const Twilio::TwilioError *error, bool force = false);
    void sendTestMessage(quint64 requestId, const QString &to, const QString &body, bool whatsApp);
    void noteTestCall(const QString &sid, const QString &status, int errorCode);
    void pollTestCalls();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Vortex::Core
