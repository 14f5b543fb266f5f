// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "pagingharness.h"

#include "core/paging/intakerequest.h"
#include "core/paging/intakesignature.h"
#include "core/twin/twinhttpserver.h"
#include "core/twin/twinmessagestore.h"
#include "core/twin/twinpeople.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>

namespace Vortex::Test {

using namespace Core;

namespace {
constexpr const char *ConsoleToken = "harness-console-token";

QJsonObject sender(const char *kind, const QString &address)
{
    return {{QStringLiteral("kind"), QString::fromLatin1(kind)},
            {QStringLiteral("address"), address}};
}
} // namespace

PagingHarness::PagingHarness() = default;

PagingHarness::~PagingHarness()
{
    m_service.reset();
    m_relay.reset();
    m_twin.reset();
}

QJsonObject PagingHarness::defaultConfig()
{
    const QJsonArray gbRoute{sender("long_code", QString::fromLatin1(GbSender))};
    const QJsonArray usRoute{sender("long_code", QString::fromLatin1(UsSender))};
    const QJsonArray routes{QJsonObject{{QStringLiteral("region"), QStringLiteral("GB")},
                                        {QStringLiteral("senders"), gbRoute}},
                            QJsonObject{{QStringLiteral("region"), QStringLiteral("*")},
                                        {QStringLiteral("senders"), usRoute}}};
    auto person = [&](const char *id, const char *name, const char *number, const char *zone,
                      const char *language) {
        return QJsonObject{
            {QStringLiteral("id"), QString::fromLatin1(id)},
            {QStringLiteral("name"), QString::fromLatin1(name)},
            {QStringLiteral("role"), QStringLiteral("on-call")},
            {QStringLiteral("smsNumber"), QString::fromLatin1(number)},
            {QStringLiteral("voiceNumber"), QString::fromLatin1(number)},
            {QStringLiteral("timeZone"), QString::fromLatin1(zone)},
            {QStringLiteral("language"), QString::fromLatin1(language)},
            {QStringLiteral("routing"),
             QJsonObject{{QStringLiteral("channelOrder"),
                          QJsonArray{QStringLiteral("sms"), QStringLiteral("voice")}},
                         {QStringLiteral("sev1OverridesQuietHours"), true},
                         {QStringLiteral("senders"), routes}}}};
    };
    const QJsonArray recipients{person("alice", "Alice", Alice, "Europe/London", "en"),
                                person("bob", "Bob", Bob, "America/New_York", "en"),
                                person("chen", "Chen", Chen, "Europe/Berlin", "de")};
    const QJsonArray tiers{
        QJsonObject{{QStringLiteral("recipients"), QJsonArray{QStringLiteral("alice")}},
                    {QStringLiteral("waitMinutes"), 10}},
        QJsonObject{{QStringLiteral("recipients"), QJsonArray{QStringLiteral("bob")}},
                    {QStringLiteral("waitMinutes"), 10}}};
    const QJsonArray policies{QJsonObject{{QStringLiteral("id"), QStringLiteral("ops")},
                                          {QStringLiteral("name"), QStringLiteral("Operations")},
                                          {QStringLiteral("tiers"), tiers},
                                          {QStringLiteral("repeatCount"), 0},
                                          {QStringLiteral("voiceAfterMinutes"), 5}}};
    return {{QStringLiteral("defaultPolicy"), QStringLiteral("ops")},
            {QStringLiteral("recipients"), recipients},
            {QStringLiteral("policies"), policies}};
}

bool PagingHarness::start(const QJsonObject &config, bool relayUp)
{
    if (!m_dir.isValid())
        return false;
    Twin::TwinConfig twinConfig = Twin::TwinConfig::defaults();
    twinConfig.seed = 11;
    for (auto it = twinConfig.countries.begin(); it != twinConfig.countries.end(); ++it) {
        it->failed = 0;
        it->filtered = 0;
        it->undelivered = 0;
        it->queuedToSent = {100, 300};
        it->sentToDelivered = {200, 600};
    }
    if (m_twinConfigure)
        m_twinConfigure(twinConfig);
    m_twin = std::make_unique<Twin::TwinServer>(twinConfig);
    if (!m_twin->listen())
        return false;
    m_twin->clock()->setMode(Twin::TwinClock::Mode::Manual);
    m_twin->clock()->resetTo(QDateTime(QDate(2030, 1, 7), QTime(10, 0), Qt::UTC)); // a Monday

    QUrl relayBase = QUrl(QStringLiteral("http://127.0.0.1:1"));
    if (relayUp) {
        Relay::RelayConfig relayConfig;
        relayConfig.twilioAuthToken = twinConfig.authToken;
        relayConfig.consoleTokens = {QByteArray(ConsoleToken)};
        relayConfig.dataDirectory = m_dir.filePath(QStringLiteral("relay"));
        relayConfig.publicUrl = QUrl(QStringLiteral("http://127.0.0.1"));
        relayConfig.intakeSecret = m_intakeSecret;
        m_relay = std::make_unique<Relay::RelayServer>(relayConfig);
        if (!m_relay->start())
            return false;
        relayBase = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_relay->port()));
        m_relay->setPublicUrl(relayBase);
        QObject::connect(
            m_relay.get(), &Relay::RelayServer::batchCommitted, m_relay.get(),
            [this](int, qint64 lastId) { m_relayLastId = std::max(m_relayLastId, lastId); });
        for (const char *number : {UsSender, GbSender})
            m_twin->setInboundUrl(QString::fromLatin1(number), m_relay->inboundUrl().toString());
    }

    const QString configPath = m_dir.filePath(QStringLiteral("paging.json"));
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(config).toJson());
    file.close();

    m_options.databasePath = m_dir.filePath(QStringLiteral("engine.sqlite"));
    m_options.configPath = configPath;
    m_options.twilioApiBase = m_twin->baseUrl();
    m_options.accountSid = twinConfig.accountSid;
    m_options.apiUsername = twinConfig.accountSid;
    m_options.apiSecret = twinConfig.authToken;
    m_options.relayBase = relayBase;
    m_options.relayToken = QByteArray(ConsoleToken);
    m_options.clock = m_twin->clock();
    m_options.engine.seed = 5;
    return startService();
}

bool PagingHarness::startService()
{
    m_service = std::make_unique<Paging::PagingService>(m_options);
    auto started = m_service->start();
    if (!started) {
        qWarning() << "paging service:" << started.error();
        return false;
    }
    settle();
    return true;
}

void PagingHarness::stopService()
{
    m_service.reset();
}

void PagingHarness::advance(qint64 ms, qint64 stepMs)
{
    while (ms > 0) {
        const qint64 step = std::min(ms, stepMs);
        m_twin->clock()->advance(step);
        settle();
        ms -= step;
    }
}

void PagingHarness::settle()
{
    QString last;
    int stable = 0;
    for (int round = 0; round < 3000 && stable < 5; ++round) {
        m_twin->clock()->advance(0);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
        qint64 cursor = 0;
        if (m_service && m_service->store()) {
            auto stored = m_service->store()->relayCursor();
            cursor = stored ? stored.value() : 0;
        }
        const int inFlight
            = m_service && m_service->engine() ? m_service->engine()->submissionsInFlight() : 0;
        const int webhooks = m_twin->pendingWebhooks();
        const int http = pendingTwinHttp();
        const bool busy = inFlight > 0 || webhooks > 0 || http > 0
                          || (m_relay && m_service && cursor < m_relayLastId);
        const QString signature = QStringLiteral("%1/%2/%3/%4/%5/%6")
                                      .arg(inFlight)
                                      .arg(webhooks)
                                      .arg(http)
                                      .arg(cursor)
                                      .arg(m_relayLastId)
                                      .arg(m_twin->messageCount());
        stable = (!busy && signature == last) ? stable + 1 : 0;
        last = signature;
    }
}

QJsonObject PagingHarness::twinGet(const QString &pathAndQuery) const
{
    Twin::TwinRequest request;
    request.method = QStringLiteral("GET");
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    request.path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
    request.query = q < 0 ? QByteArray() : pathAndQuery.mid(q + 1).toUtf8();
    const Twin::TwinConfig &config = *m_twin->context().config;
    request.authorization
        = "Basic " + QByteArray(config.accountSid.toUtf8() + ':' + config.authToken).toBase64();
    const Twin::TwinResponse response = m_twin->handle(request);
    return QJsonDocument::fromJson(response.body).object();
}

int PagingHarness::pendingTwinHttp() const
{
    return twinGet(QStringLiteral("/_twin/calls")).value(QStringLiteral("pending_http")).toInt();
}

QList<QJsonObject> PagingHarness::messagesTo(const QString &number) const
{
    const QString path = QStringLiteral("/2010-04-01/Accounts/%1/Messages.json?PageSize=1000&To=%2")
                             .arg(m_twin->context().config->accountSid,
                                  QString::fromLatin1(QUrl::toPercentEncoding(number)));
    QList<QJsonObject> out;
    for (const QJsonValue &value : twinGet(path).value(QStringLiteral("messages")).toArray())
        out.prepend(value.toObject());
    return out;
}

QList<QJsonObject> PagingHarness::callsTo(const QString &number) const
{
    const QString path = QStringLiteral("/2010-04-01/Accounts/%1/Calls.json?PageSize=1000&To=%2")
                             .arg(m_twin->context().config->accountSid,
                                  QString::fromLatin1(QUrl::toPercentEncoding(number)));
    QList<QJsonObject> out;
    for (const QJsonValue &value : twinGet(path).value(QStringLiteral("calls")).toArray())
        out.prepend(value.toObject());
    return out;
}

void PagingHarness::scriptPerson(const QString &number, const QString &smsReply,
                                 const QString &digits, bool answers)
{
    Twin::Person person;
    person.name = number;
    person.number = number;
    person.sms.reply = smsReply;
    person.sms.readAfterMinMs = 1000;
    person.sms.readAfterMaxMs = 2000;
    person.sms.replyAfterMs = 1000;
    person.call.answers = answers;
    person.call.answerAfterMs = 3000;
    person.call.digits = digits;
    m_twin->people().upsert(person);
}

void PagingHarness::scriptUnreachable(const QString &number, bool busy, bool voicemail)
{
    Twin::Person person;
    person.name = number;
    person.number = number;
    person.call.answers = !busy;
    person.call.busy = busy;
    person.call.voicemail = voicemail;
    person.call.answerAfterMs = 3000;
    m_twin->people().upsert(person);
}

Twin::CountryProfile &PagingHarness::twinCountry(const QString &region)
{
    return m_twin->context().config->countries[region];
}

int PagingHarness::postIntake(const QByteArray &body, const QByteArray &secret)
{
    if (!m_relay)
        return 0;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QNetworkRequest request(m_relay->intakeUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(Paging::IntakeSignature::TimestampHeader, QByteArray::number(now));
    request.setRawHeader(
        Paging::IntakeSignature::SignatureHeader,
        Paging::IntakeSignature::sign(secret.isEmpty() ? m_intakeSecret : secret, now, body));
    QNetworkAccessManager network;
    QNetworkReply *reply = network.post(request, body);
    for (int i = 0; i < 5000 && !reply->isFinished(); ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    settle();
    return status;
}

int PagingHarness::validityOf(const QString &messageSid) const
{
    const Twin::TwinMessage *message = m_twin->context().messages->find(messageSid);
    return message ? message->validityPeriodSeconds : -1;
}

Paging::Incident PagingHarness::raise(Paging::Severity severity, const QString &title,
                                      const QString &dedupKey)
{
    Paging::IntakeRequest request;
    request.action = Paging::IntakeRequest::Action::Raise;
    request.severity = severity;
    request.title = title;
    request.summary = QStringLiteral("Error rate above 40% for 5 minutes");
    request.link = QStringLiteral("https://status.example.com/i/42");
    request.runbook = QStringLiteral("Check the payment provider, then roll back the last deploy.");
    request.dedupKey = dedupKey.isEmpty() ? title : dedupKey;
    auto raised = engine()->applyIntake(request, QStringLiteral("test"));
    settle();
    return raised ? raised.value() : Paging::Incident{};
}

Paging::Incident PagingHarness::incident(qint64 id) const
{
    auto found = store()->incident(id);
    return found && found.value() ? *found.value() : Paging::Incident{};
}

QList<Paging::TimelineEntry> PagingHarness::timeline(qint64 id) const
{
    auto entries = store()->timeline(id);
    return entries ? entries.value() : QList<Paging::TimelineEntry>{};
}

QStringList PagingHarness::timelineKinds(qint64 id) const
{
    QStringList kinds;
    for (const Paging::TimelineEntry &entry : timeline(id))
        kinds << entry.kind;
    return kinds;
}

void PagingHarness::reply(const QString &from, const QString &body, const QString &to)
{
    auto injected = m_twin->injectInbound(from, to, body);
    if (!injected)
        qWarning() << "inbound not injected";
    settle();
}

} // namespace Vortex::Test
