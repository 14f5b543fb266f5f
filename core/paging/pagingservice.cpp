// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "pagingservice.h"

#include "core/common/eventclock.h"
#include "core/common/logging.h"
#include "core/relay/relayfeedclient.h"
#include "core/twilio/twilioclient.h"
#include "pagingjson.h"
#include "sqlitepagingstore.h"
#include "twiliogateway.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace Vortex::Core::Paging {

namespace {
constexpr int RetryApplyMs = 2000;

QUrl joined(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path);
    return url;
}
} // namespace

struct PagingService::Private
{
    PagingServiceOptions options;
    std::unique_ptr<SqlitePagingStore> store;
    EventClock *clock = nullptr;
    Twilio::TwilioClient *client = nullptr;
    TwilioGateway *gateway = nullptr;
    PagingEngine *engine = nullptr;
    Relay::RelayFeedClient *feed = nullptr;
};

PagingService::PagingService(PagingServiceOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->options = std::move(options);
}

PagingService::~PagingService()
{
    stop();
}

PagingEngine *PagingService::engine() const
{
    return d->engine;
}

PagingStore *PagingService::store() const
{
    return d->store.get();
}

Result<Done, QString> PagingService::start()
{
    d->store = std::make_unique<SqlitePagingStore>(d->options.databasePath);
    if (auto opened = d->store->open(); !opened)
        return fail(
            QCoreApplication::translate("PagingService", "The paging store %1 cannot be opened: %2")
                .arg(d->options.databasePath, opened.error()));
    bool loadConfig = !d->options.configPath.isEmpty();
    if (loadConfig && d->options.configSeedsEmptyStoreOnly) {
        auto existing = d->store->recipients();
        if (!existing)
            return fail(existing.error());
        loadConfig = existing->isEmpty();
    }
    if (loadConfig) {
        auto config = PagingConfig::fromFile(d->options.configPath);
        if (!config)
            return fail(config.error());
        if (const QStringList problems = config->validate(); !problems.isEmpty())
            return fail(problems.join(QLatin1Char('\n')));
        if (auto saved = config->saveTo(*d->store); !saved)
            return fail(saved.error());
        if (d->options.engine.defaultPolicyId.isEmpty())
            d->options.engine.defaultPolicyId = config->defaultPolicyId;
    }

    d->clock = d->options.clock;
    if (!d->clock) {
        d->clock = new EventClock(this);
        d->clock->setSpeed(d->options.clockSpeed);
    }

    const Twilio::Credentials credentials
        = d->options.apiUsername.isEmpty() || d->options.apiUsername == d->options.accountSid
              ? Twilio::Credentials(d->options.accountSid, d->options.apiSecret)
              : Twilio::Credentials(d->options.accountSid, d->options.apiUsername,
                                    d->options.apiSecret);
    Twilio::Endpoints endpoints = Twilio::Endpoints::defaults();
    if (d->options.twilioApiBase.isValid())
        endpoints.setBase(Twilio::Endpoints::Product::Api, d->options.twilioApiBase);
    d->client = new Twilio::TwilioClient(credentials, endpoints, this);

    const QUrl publicUrl
        = d->options.relayPublicUrl.isValid() ? d->options.relayPublicUrl : d->options.relayBase;
    TwilioGatewayOptions gatewayOptions;
    gatewayOptions.messageStatusCallback
        = joined(publicUrl, QStringLiteral("/twilio/messages/status"));
    gatewayOptions.callStatusCallback = joined(publicUrl, QStringLiteral("/twilio/calls/status"));
    gatewayOptions.voiceAnswerUrl = joined(publicUrl, QStringLiteral("/twilio/voice/answer"));
    gatewayOptions.relayBase = d->options.relayBase;
    gatewayOptions.relayToken = d->options.relayToken;
    d->gateway = new TwilioGateway(d->client, gatewayOptions, this);

    d->engine = new PagingEngine(d->store.get(), d->clock, d->gateway, d->options.engine, this);
    if (auto started = d->engine->start(); !started)
        return started;

    if (d->options.relayBase.isValid() && !d->options.relayToken.isEmpty()) {
        d->feed = new Relay::RelayFeedClient(d->options.relayBase, d->options.relayToken, this);
        connect(d->feed, &Relay::RelayFeedClient::connectionChanged, this,
                &PagingService::relayConnectivityChanged);
        connect(d->feed, &Relay::RelayFeedClient::eventsReceived, this,
                [this](const QList<Relay::RelayEvent> &events) {
                    auto applied = d->engine->applyRelayEvents(events);
                    if (applied)
                        return;
                    // Nothing is lost: the feed starts again from the stored cursor.
                    qCWarning(lcPaging)
                        << "relay events not applied, reading them again:" << applied.error();
                    d->feed->stop();
                    QPointer<Relay::RelayFeedClient> feed = d->feed;
                    auto cursor = d->store->relayCursor();
                    const qint64 after = cursor ? cursor.value() : 0;
                    QTimer::singleShot(RetryApplyMs, this, [feed, after] {
                        if (feed)
                            feed->start(after);
                    });
                });
        auto cursor = d->store->relayCursor();
        if (!cursor)
            return fail(cursor.error());
        d->feed->start(cursor.value());
    }
    return Done{};
}

void PagingService::stop()
{
    if (d->feed)
        d->feed->stop();
    if (d->engine)
        d->engine->stop();
}

} // namespace Vortex::Core::Paging
