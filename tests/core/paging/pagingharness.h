// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/paging/pagingservice.h"
#include "core/paging/pagingstore.h"
#include "core/paging/pagingtypes.h"
#include "core/relay/relayserver.h"
#include "core/twin/twinserver.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace Vortex::Test {

/// The paging engine wired to real parts on loopback: an in-process twin (manual clock, shared
/// with the engine), a relay (signed webhooks, feed, voice TwiML), a SQLite store and the
/// Twilio gateway. Time moves only through advance(); settle() lets the HTTP traffic run out.
class PagingHarness
{
public:
    static constexpr const char *UsSender = "+12015550123";  ///< owned by the twin
    static constexpr const char *GbSender = "+447400123456"; ///< owned by the twin
    static constexpr const char *Alice = "+447400123457";
    static constexpr const char *Bob = "+12015550124";
    static constexpr const char *Chen = "+4915112345678";

    PagingHarness();
    ~PagingHarness();

    /// A config with alice (London, GB route), bob (New York) and chen (Berlin, German), and
    /// the "ops" policy: tier 1 alice, tier 2 bob, 10 minutes apart, voice after 5 minutes.
    static QJsonObject defaultConfig();

    /// Starts twin and relay, writes \a config, starts the paging service. \a relayUp false:
    /// the engine follows a relay URL nobody listens on (statuses only by polling).
    bool start(const QJsonObject &config = defaultConfig(), bool relayUp = true);
    /// Stops the service (as a crash would: nothing is flushed that is not already stored).
    void stopService();
    bool startService();

    void advance(qint64 ms, qint64 stepMs = 1000);
    /// Processes events until nothing is in flight and nothing changes for a few rounds.
    void settle();

    Core::Paging::Incident raise(Core::Paging::Severity severity, const QString &title,
                                 const QString &dedupKey = {});
    Core::Paging::Incident incident(qint64 id) const;
    QList<Core::Paging::TimelineEntry> timeline(qint64 id) const;
    QStringList timelineKinds(qint64 id) const;
    /// A handset texts the twin's \a to number (the relay gets the signed inbound webhook).
    void reply(const QString &from, const QString &body,
               const QString &to = QString::fromLatin1(GbSender));
    /// Messages the twin holds To \a number (outbound), oldest first: JSON objects.
    QList<QJsonObject> messagesTo(const QString &number) const;
    QList<QJsonObject> callsTo(const QString &number) const;
    void scriptPerson(const QString &number, const QString &smsReply, const QString &digits,
                      bool answers = true);
    /// A scripted person whose calls end busy (\a busy) or are picked up by voicemail.
    void scriptUnreachable(const QString &number, bool busy, bool voicemail);

    /// Before start(): the relay accepts signed intake requests with this HMAC secret.
    void setIntakeSecret(const QByteArray &secret) { m_intakeSecret = secret; }
    /// Before start(): changes the twin's config after the harness defaults are applied.
    void setTwinConfigure(std::function<void(Core::Twin::TwinConfig &)> edit)
    {
        m_twinConfigure = std::move(edit);
    }
    /// The twin's outcome profile for messages to \a region ("GB", "US", "*"); changes apply to
    /// messages created afterwards.
    Core::Twin::CountryProfile &twinCountry(const QString &region);
    /// POSTs \a body to the relay's intake, signed with the intake secret (\a secret overrides
    /// it), and settles. Returns the HTTP status (0: no answer).
    int postIntake(const QByteArray &body, const QByteArray &secret = {});
    /// The ValidityPeriod (seconds) the twin holds for an outbound message, -1 if unknown.
    int validityOf(const QString &messageSid) const;

    Core::Twin::TwinServer *twin() const { return m_twin.get(); }
    Core::Relay::RelayServer *relay() const { return m_relay.get(); }
    Core::Paging::PagingService *service() const { return m_service.get(); }
    Core::Paging::PagingEngine *engine() const { return m_service->engine(); }
    Core::Paging::PagingStore *store() const { return m_service->store(); }
    QString dataDir() const { return m_dir.path(); }
    Core::Paging::PagingServiceOptions &options() { return m_options; }

private:
    QJsonObject twinGet(const QString &path) const;
    int pendingTwinHttp() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Core::Twin::TwinServer> m_twin;
    std::unique_ptr<Core::Relay::RelayServer> m_relay;
    std::unique_ptr<Core::Paging::PagingService> m_service;
    Core::Paging::PagingServiceOptions m_options;
    qint64 m_relayLastId = 0;
    QByteArray m_intakeSecret;
    std::function<void(Core::Twin::TwinConfig &)> m_twinConfigure;
};

} // namespace Vortex::Test
