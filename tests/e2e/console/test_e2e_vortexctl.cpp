// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// vortexctl as a script would use it: JSON out, exit codes that mean something.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

namespace {

struct CtlRun
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray out;
    QByteArray err;
};

CtlRun vortexctl(const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.start(QStringLiteral(VORTEXCTL_PATH), arguments);
    CtlRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.json = QJsonDocument::fromJson(run.out.trimmed()).object();
    return run;
}

} // namespace

TEST(Vortexctl, SendTestInDemoModeReachesDelivered)
{
    const CtlRun run
        = vortexctl({QStringLiteral("send-test"), QStringLiteral("--demo"), QStringLiteral("--to"),
                     QStringLiteral("+12015550124"), QStringLiteral("--body"),
                     QStringLiteral("[TEST] from vortexctl"), QStringLiteral("--json"),
                     QStringLiteral("--timeout"), QStringLiteral("20")});
    ASSERT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_EQ(run.json.value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
    EXPECT_TRUE(run.json.value(QStringLiteral("sid")).toString().startsWith(QStringLiteral("SM")));
    EXPECT_EQ(run.json.value(QStringLiteral("segments")).toInt(), 1);
    EXPECT_TRUE(run.json.value(QStringLiteral("demo")).toBool());
}

TEST(Vortexctl, InvalidNumberIsRefusedWithUsageExitCode)
{
    const CtlRun run
        = vortexctl({QStringLiteral("send-test"), QStringLiteral("--demo"), QStringLiteral("--to"),
                     QStringLiteral("07400 123456"), QStringLiteral("--body"),
                     QStringLiteral("hello"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 2) << run.out.toStdString();
    EXPECT_TRUE(run.json.value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("not a valid phone number")))
        << run.out.toStdString();
}

TEST(Vortexctl, MissingArgumentsAndUnknownCommand)
{
    EXPECT_EQ(vortexctl({QStringLiteral("send-test"), QStringLiteral("--to"),
                         QStringLiteral("+12015550124")})
                  .exitCode,
              2);
    EXPECT_EQ(vortexctl({QStringLiteral("frobnicate")}).exitCode, 2);
    const CtlRun help = vortexctl({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("send-test"));
}
