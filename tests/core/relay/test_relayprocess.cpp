// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Runs the real vortex-relay binary, kills it with SIGKILL in the middle of a stream of
// callbacks, restarts it on the same data directory and checks that every callback that was
// acknowledged with a 2xx is on the feed.
#include "core/twilio/signature.h"
#include "relaytestclient.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using Vortex::Test::RelayTestClient;

namespace {

const QByteArray kAuthToken = QByteArrayLiteral("process-test-auth-token");
const QByteArray kConsoleToken = QByteArrayLiteral("process-test-console-token");

/// Starts vortex-relay on a free port and returns it, or 0.
quint16 startRelay(QProcess &process, const QString &dataDir,
                   const QStringList &extraArguments = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VORTEX_TWILIO_AUTH_TOKEN"), QString::fromLatin1(kAuthToken));
    env.insert(QStringLiteral("VORTEX_RELAY_CONSOLE_TOKENS"),
               QStringLiteral("first,") + QString::fromLatin1(kConsoleToken));
    env.remove(QStringLiteral("VORTEX_RELAY_INTAKE_SECRET"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QStringLiteral(VORTEX_RELAY_BINARY),
                  QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                              QStringLiteral("--data-dir"), dataDir}
                      + extraArguments);
    if (!process.waitForStarted(5000))
        return 0;
    static const QRegularExpression line(
        QStringLiteral("vortex-relay listening on http://127\\.0\\.0\\.1:(\\d+)"));
    QByteArray out;
    quint16 port = 0;
    Vortex::Test::waitUntil(
        [&] {
            out += process.readAllStandardOutput();
            const auto match = line.match(QString::fromUtf8(out));
            if (match.hasMatch())
                port = quint16(match.captured(1).toUInt());
            return port != 0 || process.state() == QProcess::NotRunning;
        },
        10000);
    return port;
}

} // namespace

TEST(RelayProcess, HelpDocumentsTheOptions)
{
    QProcess process;
    process.start(QStringLiteral(VORTEX_RELAY_BINARY), {QStringLiteral("--help")});
    ASSERT_TRUE(process.waitForFinished(10000));
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    for (const char *option :
         {"--listen", "--public-url", "--data-dir", "--auth-token-file", "--console-tokens-file",
          "--max-body-bytes", "--intake-secret-file", "VORTEX_TWILIO_AUTH_TOKEN",
          "VORTEX_RELAY_CONSOLE_TOKENS", "VORTEX_RELAY_INTAKE_SECRET"})
        EXPECT_TRUE(help.contains(QLatin1String(option))) << option;
}

TEST(RelayProcess, RefusesToStartWithoutAnAuthToken)
{
    QTemporaryDir dir;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("VORTEX_TWILIO_AUTH_TOKEN"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(VORTEX_RELAY_BINARY),
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                   QStringLiteral("--data-dir"), dir.path()});
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_NE(process.exitCode(), 0);
    EXPECT_TRUE(process.readAllStandardError().contains("auth token"));
}

TEST(RelayProcess, KillNineLosesNoAcknowledgedEvent)
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("relay-data"));
    QProcess relay;
    const quint16 port = startRelay(relay, dataDir);
    ASSERT_NE(port, 0) << relay.readAllStandardError().constData();

    const QString url = QStringLiteral("http://127.0.0.1:%1/twilio/messages/status").arg(port);
    RelayTestClient client;
    constexpr int kTotal = 600;
    constexpr int kKillAfterAcks = 150;
    QSet<QString> acknowledged;
    int answered = 0;
    QList<QNetworkReply *> replies;
    // Keep many requests in flight so that some are certainly queued in a batch at the kill.
    for (int i = 0; i < kTotal; ++i) {
        const QString sid = RelayTestClient::messageSid(1000 + i);
        const auto form = RelayTestClient::statusForm(sid, QStringLiteral("delivered"));
        QNetworkRequest request{QUrl(url)};
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        request.setRawHeader("X-Twilio-Signature", Vortex::Core::Twilio::RequestSignature::compute(
                                                       kAuthToken, url, form));
        QNetworkReply *reply = client.network().post(request, form.encode());
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, sid] {
            ++answered;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status >= 200 && status < 300)
                acknowledged.insert(sid);
        });
        replies.append(reply);
    }
    ASSERT_TRUE(
        Vortex::Test::waitUntil([&] { return acknowledged.size() >= kKillAfterAcks; }, 30000));
    relay.kill(); // SIGKILL: no flush, no clean shutdown
    ASSERT_TRUE(relay.waitForFinished(5000));
    const QSet<QString> ackedBeforeKill = acknowledged;
    Vortex::Test::waitUntil([&] { return answered == kTotal; }, 10000);
    EXPECT_LT(ackedBeforeKill.size(), kTotal) << "the kill should land mid-stream";
    // Anything acknowledged after the kill signal was sent was answered before the process died.
    const QSet<QString> allAcked = acknowledged;
    qDeleteAll(replies);

    QProcess restarted;
    const quint16 port2 = startRelay(restarted, dataDir);
    ASSERT_NE(port2, 0) << restarted.readAllStandardError().constData();
    QSet<QString> onFeed;
    qint64 cursor = 0;
    for (int page = 0; page < 20; ++page) {
        const auto reply
            = client.get(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/events?after=%2&limit=1000")
                                  .arg(port2)
                                  .arg(cursor)),
                         kConsoleToken);
        ASSERT_EQ(reply.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        const QJsonArray events = body.value(QStringLiteral("events")).toArray();
        if (events.isEmpty())
            break;
        for (const QJsonValue &event : events)
            onFeed.insert(event.toObject().value(QStringLiteral("messageSid")).toString());
        cursor = body.value(QStringLiteral("cursor")).toInteger();
    }
    int missing = 0;
    for (const QString &sid : allAcked)
        missing += onFeed.contains(sid) ? 0 : 1;
    EXPECT_EQ(missing, 0) << "acknowledged " << allAcked.size() << ", on feed " << onFeed.size();
    EXPECT_GE(onFeed.size(), allAcked.size());

    restarted.terminate(); // SIGTERM: clean shutdown
    ASSERT_TRUE(restarted.waitForFinished(5000));
    EXPECT_EQ(restarted.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(restarted.exitCode(), 0);
}

namespace {

struct CtlRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CtlRun runVortexctl(const QStringList &arguments)
{
    QProcess ctl;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("VORTEX_RELAY_INTAKE_SECRET"));
    ctl.setProcessEnvironment(env);
    ctl.start(QStringLiteral(VORTEXCTL_BINARY), arguments);
    CtlRun run;
    if (!ctl.waitForFinished(30000)) {
        ctl.kill();
        ctl.waitForFinished(5000);
        return run;
    }
    run.exitCode = ctl.exitStatus() == QProcess::NormalExit ? ctl.exitCode() : -1;
    run.out = ctl.readAllStandardOutput();
    run.err = ctl.readAllStandardError();
    return run;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

TEST(RelayProcess, VortexctlIncidentRaiseReachesTheRelaysIntake)
{
    QTemporaryDir dir;
    const QString secretFile = dir.filePath(QStringLiteral("intake.secret"));
    const QString wrongFile = dir.filePath(QStringLiteral("wrong.secret"));
    ASSERT_TRUE(writeFile(secretFile, "process-intake-secret\n"));
    ASSERT_TRUE(writeFile(wrongFile, "not-the-secret\n"));
    QProcess relay;
    const quint16 port = startRelay(relay, dir.filePath(QStringLiteral("relay-data")),
                                    {QStringLiteral("--intake-secret-file"), secretFile});
    ASSERT_NE(port, 0) << relay.readAllStandardError().constData();
    const QString relayUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);

    const CtlRun raised = runVortexctl(
        {QStringLiteral("incident"), QStringLiteral("raise"), QStringLiteral("--relay"), relayUrl,
         QStringLiteral("--intake-secret-file"), secretFile, QStringLiteral("--dedup-key"),
         QStringLiteral("db-1/disk"), QStringLiteral("--severity"), QStringLiteral("sev1"),
         QStringLiteral("--title"), QStringLiteral("Disk full on db-1"), QStringLiteral("--link"),
         QStringLiteral("https://iq.example.com/i/1"), QStringLiteral("--json")});
    ASSERT_EQ(raised.exitCode, 0) << raised.out.constData() << raised.err.constData();
    const QJsonObject result = QJsonDocument::fromJson(raised.out.trimmed()).object();
    const qint64 eventId = result.value(QStringLiteral("eventId")).toInteger();
    EXPECT_GT(eventId, 0) << raised.out.constData();

    // A plain-text ack by code.
    const CtlRun acked = runVortexctl(
        {QStringLiteral("incident"), QStringLiteral("ack"), QStringLiteral("--relay"), relayUrl,
         QStringLiteral("--intake-secret-file"), secretFile, QStringLiteral("--code"),
         QStringLiteral("17"), QStringLiteral("--actor"), QStringLiteral("alice")});
    EXPECT_EQ(acked.exitCode, 0) << acked.err.constData();
    EXPECT_TRUE(acked.out.contains(QByteArray::number(eventId + 1))) << acked.out.constData();

    // Refused by the relay (wrong secret: 401), refused locally (no title: never sent), and an
    // unknown action.
    const CtlRun wrong = runVortexctl(
        {QStringLiteral("incident"), QStringLiteral("resolve"), QStringLiteral("--relay"), relayUrl,
         QStringLiteral("--intake-secret-file"), wrongFile, QStringLiteral("--code"),
         QStringLiteral("17"), QStringLiteral("--json")});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.out.contains("401")) << wrong.out.constData();
    EXPECT_FALSE(wrong.out.contains("not-the-secret"));
    const CtlRun noTitle = runVortexctl(
        {QStringLiteral("incident"), QStringLiteral("raise"), QStringLiteral("--relay"), relayUrl,
         QStringLiteral("--intake-secret-file"), secretFile, QStringLiteral("--dedup-key"),
         QStringLiteral("k"), QStringLiteral("--severity"), QStringLiteral("sev2")});
    EXPECT_EQ(noTitle.exitCode, 2);
    EXPECT_TRUE(noTitle.err.contains("title is required to raise")) << noTitle.err.constData();
    const CtlRun badSeverity = runVortexctl(
        {QStringLiteral("incident"), QStringLiteral("raise"), QStringLiteral("--relay"), relayUrl,
         QStringLiteral("--intake-secret-file"), secretFile, QStringLiteral("--dedup-key"),
         QStringLiteral("k"), QStringLiteral("--severity"), QStringLiteral("high"),
         QStringLiteral("--title"), QStringLiteral("t")});
    EXPECT_EQ(badSeverity.exitCode, 2);
    EXPECT_EQ(runVortexctl({QStringLiteral("incident"), QStringLiteral("delete"),
                            QStringLiteral("--relay"), relayUrl,
                            QStringLiteral("--intake-secret-file"), secretFile})
                  .exitCode,
              2);

    // On the feed: exactly the two accepted requests, as intake events.
    RelayTestClient client;
    const auto reply = client.get(
        QUrl(QStringLiteral("http://127.0.0.1:%1/v1/events?after=0").arg(port)), kConsoleToken);
    ASSERT_EQ(reply.status, 200);
    const QJsonArray events
        = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("events")).toArray();
    ASSERT_EQ(events.size(), 2);
    const QJsonObject raise = events.at(0).toObject();
    EXPECT_EQ(raise.value(QStringLiteral("id")).toInteger(), eventId);
    EXPECT_EQ(raise.value(QStringLiteral("kind")).toString(), QStringLiteral("intake"));
    const QJsonObject params = raise.value(QStringLiteral("params")).toObject();
    EXPECT_EQ(params.value(QStringLiteral("dedup_key")).toString(), QStringLiteral("db-1/disk"));
    EXPECT_EQ(params.value(QStringLiteral("severity")).toString(), QStringLiteral("sev1"));
    EXPECT_EQ(params.value(QStringLiteral("title")).toString(),
              QStringLiteral("Disk full on db-1"));
    EXPECT_EQ(params.value(QStringLiteral("source")).toString(), QStringLiteral("vortexctl"));
    const QJsonObject ack = events.at(1).toObject().value(QStringLiteral("params")).toObject();
    EXPECT_EQ(ack.value(QStringLiteral("action")).toString(), QStringLiteral("acknowledge"));
    EXPECT_EQ(ack.value(QStringLiteral("code")).toString(), QStringLiteral("17"));
    EXPECT_EQ(ack.value(QStringLiteral("actor")).toString(), QStringLiteral("alice"));

    relay.terminate();
    ASSERT_TRUE(relay.waitForFinished(5000));
    EXPECT_EQ(relay.exitCode(), 0);
    // The relay never prints the secret.
    const QByteArray logs = relay.readAllStandardOutput() + relay.readAllStandardError();
    EXPECT_FALSE(logs.contains("process-intake-secret"));
}

TEST(RelayProcess, WithoutAnIntakeSecretTheIntakeIsOff)
{
    QTemporaryDir dir;
    const QString secretFile = dir.filePath(QStringLiteral("intake.secret"));
    ASSERT_TRUE(writeFile(secretFile, "some-secret"));
    QProcess relay;
    const quint16 port = startRelay(relay, dir.filePath(QStringLiteral("relay-data")));
    ASSERT_NE(port, 0) << relay.readAllStandardError().constData();
    const CtlRun run = runVortexctl(
        {QStringLiteral("incident"), QStringLiteral("resolve"), QStringLiteral("--relay"),
         QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--intake-secret-file"),
         secretFile, QStringLiteral("--dedup-key"), QStringLiteral("k")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("intake is disabled")) << run.err.constData();
    relay.terminate();
    ASSERT_TRUE(relay.waitForFinished(5000));
    EXPECT_TRUE(relay.readAllStandardError().contains("intake is disabled"));
}
