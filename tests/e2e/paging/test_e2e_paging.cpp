// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Sev1 paging with real processes: vortex-twin, vortex-relay and `vortexctl engine` on loopback,
// escalation timers at 60× speed. The incident comes in through the relay's signed intake.
#include "core/paging/intakesignature.h"
#include "core/paging/pagingtypes.h"
#include "core/paging/sqlitepagingstore.h"
#include "support/testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Vortex::Core::Paging;

namespace {

const QByteArray kAuthToken = QByteArrayLiteral("e2e-paging-auth-token-0123456789");
const QByteArray kConsoleToken = QByteArrayLiteral("e2e-paging-console-token");
const QByteArray kIntakeSecret = QByteArrayLiteral("e2e-paging-intake-secret");
const QString kAccount = QStringLiteral("ACa1b2c3d4e5f60718293a4b5c6d7e8f90");
const QString kSender = QStringLiteral("+447400123456");
const QString kAlice = QStringLiteral("+447400123457");

struct Http
{
    int status = 0;
    QByteArray body;
};

Http request(const QByteArray &method, const QUrl &url, const QByteArray &body,
             const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkAccessManager network;
    QNetworkRequest req(url);
    for (const auto &header : headers)
        req.setRawHeader(header.first, header.second);
    QNetworkReply *reply = network.sendCustomRequest(req, method, body);
    Http out;
    Vortex::Test::waitUntil([&] { return reply->isFinished(); }, 15000);
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    reply->deleteLater();
    return out;
}

QByteArray basicAuth()
{
    return "Basic " + QByteArray(kAccount.toUtf8() + ':' + kAuthToken).toBase64();
}

/// Starts a program and waits for "<name> listening on <url>" (or any line \a pattern matches).
QUrl startListening(QProcess &process, const QString &program, const QStringList &arguments,
                    const QProcessEnvironment &env, const QString &pattern)
{
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(5000))
        return {};
    const QRegularExpression line(pattern);
    QByteArray out;
    QUrl url;
    Vortex::Test::waitUntil(
        [&] {
            out += process.readAllStandardOutput();
            const auto match = line.match(QString::fromUtf8(out));
            if (match.hasMatch())
                url = QUrl(match.captured(1));
            return url.isValid() || process.state() == QProcess::NotRunning;
        },
        15000);
    return url;
}

class PagingProcesses : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VORTEX_TWIN_AUTH_TOKEN"), QString::fromLatin1(kAuthToken));
        env.insert(QStringLiteral("VORTEX_TWILIO_AUTH_TOKEN"), QString::fromLatin1(kAuthToken));
        env.insert(QStringLiteral("VORTEX_RELAY_CONSOLE_TOKENS"),
                   QString::fromLatin1(kConsoleToken));
        env.insert(QStringLiteral("VORTEX_RELAY_CONSOLE_TOKEN"),
                   QString::fromLatin1(kConsoleToken));
        env.insert(QStringLiteral("VORTEX_RELAY_INTAKE_SECRET"),
                   QString::fromLatin1(kIntakeSecret));
        m_env = env;

        const QJsonObject calm{{QStringLiteral("undelivered"), 0},
                               {QStringLiteral("failed"), 0},
                               {QStringLiteral("filtered"), 0},
                               {QStringLiteral("queuedToSentMs"), QJsonArray{200, 800}},
                               {QStringLiteral("sentToDeliveredMs"), QJsonArray{1000, 3000}}};
        writeJson(QStringLiteral("twin.json"),
                  {{QStringLiteral("seed"), 3},
                   {QStringLiteral("countries"), QJsonObject{{QStringLiteral("GB"), calm},
                                                             {QStringLiteral("US"), calm},
                                                             {QStringLiteral("*"), calm}}}});
        m_twinUrl = startListening(m_twin, QStringLiteral(VORTEX_TWIN_BINARY),
                                   {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                    QStringLiteral("--config"), path(QStringLiteral("twin.json")),
                                    QStringLiteral("--control-api"), QStringLiteral("--speed"),
                                    QStringLiteral("60"), QStringLiteral("--number"), kSender},
                                   env, QStringLiteral("vortex-twin listening on (\\S+)"));
        ASSERT_TRUE(m_twinUrl.isValid()) << m_twin.readAllStandardError().toStdString();
        m_relayUrl = startListening(m_relay, QStringLiteral(VORTEX_RELAY_BINARY),
                                    {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                     QStringLiteral("--data-dir"), path(QStringLiteral("relay"))},
                                    env, QStringLiteral("vortex-relay listening on (\\S+)"));
        ASSERT_TRUE(m_relayUrl.isValid()) << m_relay.readAllStandardError().toStdString();

        // The twin's number sends inbound SMS to the relay; Alice answers calls and presses 1.
        const QByteArray numbers
            = "Number=" + QUrl::toPercentEncoding(kSender) + "&SmsUrl="
              + QUrl::toPercentEncoding(m_relayUrl.toString()
                                        + QStringLiteral("/twilio/messages/inbound"));
        ASSERT_EQ(request("POST", twin(QStringLiteral("/_twin/numbers")), numbers,
                          {{"Content-Type", "application/x-www-form-urlencoded"}})
                      .status,
                  200);
        const QJsonObject alice{
            {QStringLiteral("name"), QStringLiteral("Alice")},
            {QStringLiteral("number"), kAlice},
            {QStringLiteral("sms"), QJsonObject{{QStringLiteral("reply"), QString()}}},
            {QStringLiteral("call"), QJsonObject{{QStringLiteral("answers"), true},
                                                 {QStringLiteral("answerAfterMs"), 6000},
                                                 {QStringLiteral("digits"), QStringLiteral("1")}}}};
        const Http people = request(
            "POST", twin(QStringLiteral("/_twin/people")),
            QJsonDocument(QJsonObject{{QStringLiteral("people"), QJsonArray{alice}}}).toJson(),
            {{"Content-Type", "application/json"}});
        ASSERT_LT(people.status, 300) << people.body.toStdString();

        const QJsonObject route{
            {QStringLiteral("region"), QStringLiteral("*")},
            {QStringLiteral("senders"),
             QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("long_code")},
                                    {QStringLiteral("address"), kSender}}}}};
        const QJsonObject recipient{
            {QStringLiteral("id"), QStringLiteral("alice")},
            {QStringLiteral("name"), QStringLiteral("Alice")},
            {QStringLiteral("smsNumber"), kAlice},
            {QStringLiteral("timeZone"), QStringLiteral("Europe/London")},
            {QStringLiteral("language"), QStringLiteral("en")},
            {QStringLiteral("routing"),
             QJsonObject{{QStringLiteral("channelOrder"),
                          QJsonArray{QStringLiteral("sms"), QStringLiteral("voice")}},
                         {QStringLiteral("senders"), QJsonArray{route}}}}};
        const QJsonObject policy{{QStringLiteral("id"), QStringLiteral("ops")},
                                 {QStringLiteral("name"), QStringLiteral("Operations")},
                                 {QStringLiteral("voiceAfterMinutes"), 2},
                                 {QStringLiteral("tiers"),
                                  QJsonArray{QJsonObject{{QStringLiteral("recipients"),
                                                          QJsonArray{QStringLiteral("alice")}},
                                                         {QStringLiteral("waitMinutes"), 30}}}}};
        writeJson(QStringLiteral("paging.json"),
                  {{QStringLiteral("defaultPolicy"), QStringLiteral("ops")},
                   {QStringLiteral("recipients"), QJsonArray{recipient}},
                   {QStringLiteral("policies"), QJsonArray{policy}}});
        startEngine();
    }

    void TearDown() override
    {
        for (QProcess *process : {&m_engine, &m_relay, &m_twin}) {
            if (process->state() != QProcess::NotRunning) {
                process->terminate();
                if (!process->waitForFinished(5000)) {
                    process->kill();
                    process->waitForFinished(2000);
                }
            }
        }
    }

    void startEngine()
    {
        m_engine.setProcessEnvironment(m_env);
        m_engine.setProcessChannelMode(QProcess::SeparateChannels);
        m_engine.start(QStringLiteral(VORTEXCTL_BINARY),
                       {QStringLiteral("engine"), QStringLiteral("--db"),
                        path(QStringLiteral("engine.sqlite")), QStringLiteral("--config"),
                        path(QStringLiteral("paging.json")), QStringLiteral("--twilio-api"),
                        m_twinUrl.toString(), QStringLiteral("--account-sid"), kAccount,
                        QStringLiteral("--relay"), m_relayUrl.toString(), QStringLiteral("--speed"),
                        QStringLiteral("60")});
        ASSERT_TRUE(m_engine.waitForStarted(5000));
        QByteArray out;
        ASSERT_TRUE(Vortex::Test::waitUntil(
            [&] {
                out += m_engine.readAllStandardOutput();
                return out.contains("engine running") || m_engine.state() == QProcess::NotRunning;
            },
            15000));
        ASSERT_EQ(m_engine.state(), QProcess::Running)
            << m_engine.readAllStandardError().toStdString();
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QUrl twin(const QString &path) const { return QUrl(m_twinUrl.toString() + path); }

    void writeJson(const QString &name, const QJsonObject &object)
    {
        QFile file(path(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(object).toJson());
    }

    Http raise(const QJsonObject &incident)
    {
        const QByteArray body = QJsonDocument(incident).toJson(QJsonDocument::Compact);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        return request("POST", QUrl(m_relayUrl.toString() + QStringLiteral("/v1/intake/incidents")),
                       body,
                       {{"Content-Type", "application/json"},
                        {"X-Vortex-Timestamp", QByteArray::number(now)},
                        {"X-Vortex-Signature", IntakeSignature::sign(kIntakeSecret, now, body)}});
    }

    /// The incident as the engine stored it (read-only look into its SQLite file).
    std::optional<Incident> storedIncident()
    {
        SqlitePagingStore store(path(QStringLiteral("engine.sqlite")));
        if (!store.open())
            return std::nullopt;
        auto incidents = store.recentIncidents(10);
        std::optional<Incident> out;
        if (incidents && !incidents->isEmpty())
            out = incidents->first();
        if (out) {
            auto entries = store.timeline(out->id);
            m_timeline = entries ? entries.value() : QList<TimelineEntry>{};
        }
        store.close();
        return out;
    }

    int twinCount(const QString &resource)
    {
        const Http list
            = request("GET",
                      twin(QStringLiteral("/2010-04-01/Accounts/%1/%2.json?To=%3")
                               .arg(kAccount, resource,
                                    QString::fromLatin1(QUrl::toPercentEncoding(kAlice)))),
                      {}, {{"Authorization", basicAuth()}});
        return int(
            QJsonDocument::fromJson(list.body).object().value(resource.toLower()).toArray().size());
    }

    const TimelineEntry *entry(const QString &kind) const
    {
        for (const TimelineEntry &e : m_timeline) {
            if (e.kind == kind)
                return &e;
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QProcess m_twin;
    QProcess m_relay;
    QProcess m_engine;
    QUrl m_twinUrl;
    QUrl m_relayUrl;
    QList<TimelineEntry> m_timeline;
};

QJsonObject sev1()
{
    return {
        {QStringLiteral("action"), QStringLiteral("raise")},
        {QStringLiteral("dedup_key"), QStringLiteral("checkout-5xx")},
        {QStringLiteral("severity"), QStringLiteral("sev1")},
        {QStringLiteral("title"), QStringLiteral("Checkout API down")},
        {QStringLiteral("summary"), QStringLiteral("5xx on /checkout above 40%")},
        {QStringLiteral("link"), QStringLiteral("https://status.example.com/i/981")},
        {QStringLiteral("runbook"), QStringLiteral("Fail over payments to the standby provider.")},
        {QStringLiteral("source"), QStringLiteral("vortex-iq")}};
}

} // namespace

TEST_F(PagingProcesses, Sev1FromIntakeIsTextedCalledAndAcknowledgedByKeypad)
{
    const Http accepted = raise(sev1());
    ASSERT_EQ(accepted.status, 202) << accepted.body.toStdString();

    std::optional<Incident> incident;
    ASSERT_TRUE(Vortex::Test::waitUntil(
        [&] {
            incident = storedIncident();
            return incident && incident->state == IncidentState::Acknowledged;
        },
        60000))
        << (incident ? incidentStateName(incident->state).toStdString()
                     : std::string("no incident"));

    const TimelineEntry *triggered = entry(QStringLiteral("incident.triggered"));
    const TimelineEntry *sms = entry(QStringLiteral("page.submitted"));
    const TimelineEntry *call = entry(QStringLiteral("call.submitted"));
    const TimelineEntry *digits = entry(QStringLiteral("call.digits"));
    const TimelineEntry *ack = entry(QStringLiteral("incident.acknowledged"));
    ASSERT_TRUE(triggered && sms && call && digits && ack);
    EXPECT_TRUE(sms->sid.startsWith(QStringLiteral("SM")));
    EXPECT_TRUE(call->sid.startsWith(QStringLiteral("CA")));
    EXPECT_EQ(ack->sid, call->sid);
    // The call is due voiceAfterMinutes after the SMS page was queued (engine time).
    const TimelineEntry *queued = entry(QStringLiteral("page.queued"));
    const TimelineEntry *dialled = entry(QStringLiteral("call.queued"));
    ASSERT_TRUE(queued && dialled);
    // (a few engine-clock milliseconds pass between taking the due time and the timeline note)
    EXPECT_GE(queued->at.msecsTo(dialled->at), 2 * 60 * 1000 - 1000)
        << "the call waits for the SMS to go unacknowledged";
    bool delivered = false;
    bool answered = false;
    for (const TimelineEntry &e : m_timeline) {
        delivered
            |= e.kind == QStringLiteral("page.status") && e.status == QStringLiteral("delivered");
        answered
            |= e.kind == QStringLiteral("call.status") && e.status == QStringLiteral("in-progress");
    }
    EXPECT_TRUE(delivered);
    EXPECT_TRUE(answered);
    EXPECT_EQ(twinCount(QStringLiteral("Messages")), 1);
    EXPECT_EQ(twinCount(QStringLiteral("Calls")), 1);
}

TEST_F(PagingProcesses, EngineKilledMidEscalationResumesWithoutDuplicates)
{
    ASSERT_EQ(raise(sev1()).status, 202);
    ASSERT_TRUE(Vortex::Test::waitUntil(
        [&] {
            storedIncident();
            return entry(QStringLiteral("page.submitted")) != nullptr;
        },
        30000));
    m_engine.kill(); // SIGKILL: no shutdown path runs
    ASSERT_TRUE(m_engine.waitForFinished(5000));
    startEngine();
    std::optional<Incident> incident;
    ASSERT_TRUE(Vortex::Test::waitUntil(
        [&] {
            incident = storedIncident();
            return incident && incident->state == IncidentState::Acknowledged;
        },
        60000));
    EXPECT_EQ(twinCount(QStringLiteral("Messages")), 1) << "the SMS was not sent again";
    EXPECT_EQ(twinCount(QStringLiteral("Calls")), 1) << "the call step ran exactly once";
}
