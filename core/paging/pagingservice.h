// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "pagingengine.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace Vortex::Core {
class EventClock;
}

namespace Vortex::Core::Paging {

class PagingStore;

/// Where the paging engine sends and listens. Secrets are held in memory only.
struct PagingServiceOptions
{
    QString databasePath; ///< the engine's SQLite file
    QString configPath; ///< optional: recipients and policies (JSON) loaded into the store on start
    /// Load configPath only into a store that has no recipients yet (demo mode: a seed that the
    /// operator's edits then replace), instead of on every start.
    bool configSeedsEmptyStoreOnly = false;
    QUrl twilioApiBase; ///< "https://api.twilio.com" or the twin's base URL
    QString accountSid;
    QString apiUsername;  ///< the Account SID, or an API Key SID (SK…)
    QByteArray apiSecret; ///< the Auth Token or the API Key secret
    QUrl relayBase;       ///< the relay's base URL for the feed and voice scripts
    QUrl relayPublicUrl;  ///< the URL Twilio reaches the relay at (callbacks, TwiML); default
                          ///< relayBase
    QByteArray relayToken;
    double clockSpeed = 1.0; ///< >1 runs escalation timers faster (demos, end-to-end tests)
    /// Run on this clock instead of an own one (not owned; tests share the twin's manual clock).
    EventClock *clock = nullptr;
    PagingEngineOptions engine;
};

/// The paging engine with everything around it: the store, a clock, the Twilio client and
/// gateway, and the relay feed. `vortexctl engine` runs one headless; the console runs one on
/// its engine thread. Create and use it on one thread.
class PagingService : public QObject
{
    Q_OBJECT

public:
    explicit PagingService(PagingServiceOptions options, QObject *parent = nullptr);
    ~PagingService() override;

    /// Opens the store (loading the config file when given), starts the engine and follows the
    /// relay feed.
    Result<Done, QString> start();
    void stop();

    PagingEngine *engine() const;
    PagingStore *store() const;

Q_SIGNALS:
    void relayConnectivityChanged(bool online, const QString &detail);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Vortex::Core::Paging
