// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The vortex-twin executable: starts, prints its port, serves the API with the given options.
#include "support/testsupport.h"
#include "twintestclient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Vortex::Test;

TEST(TwinAppTest, PrintsPortAndServes)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile token(dir.filePath(QStringLiteral("token")));
    ASSERT_TRUE(token.open(QIODevice::WriteOnly));
    token.write("file-token\n");
    token.close();

    QProcess twin;
    twin.setProgram(QStringLiteral(VORTEX_TWIN_EXE));
    twin.setArguments(
        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
         QStringLiteral("--auth-token-file"), token.fileName(), QStringLiteral("--number"),
         QStringLiteral("+12015550123=http://127.0.0.1:9/sms"), QStringLiteral("--seed"),
         QStringLiteral("5"), QStringLiteral("--speed"), QStringLiteral("20")});
    twin.start();
    ASSERT_TRUE(twin.waitForStarted(5000));
    ASSERT_TRUE(waitUntil([&] { return twin.canReadLine(); }, 10000))
        << twin.readAllStandardError().constData();
    const QString line = QString::fromUtf8(twin.readLine()).trimmed();
    const QRegularExpressionMatch match
        = QRegularExpression(
              QStringLiteral("^vortex-twin listening on (http://127\\.0\\.0\\.1:\\d+)$"))
              .match(line);
    ASSERT_TRUE(match.hasMatch()) << qPrintable(line);

    TwinTestClient client(QUrl(match.captured(1)),
                          QStringLiteral("ACa1b2c3d4e5f60718293a4b5c6d7e8f90"),
                          QByteArrayLiteral("file-token"));
    const TwinReply created
        = client.create({{QStringLiteral("To"), QStringLiteral("+447400123456")},
                         {QStringLiteral("From"), QStringLiteral("+12015550123")},
                         {QStringLiteral("Body"), QStringLiteral("hello")}});
    EXPECT_EQ(created.status, 201) << created.body.constData();
    client.setCredentials(QStringLiteral("ACa1b2c3d4e5f60718293a4b5c6d7e8f90"),
                          QByteArrayLiteral("twin0demo0auth0token0000000000ab"));
    EXPECT_EQ(client.get(client.messagesPath()).status,
              401); // the file's token replaced the default

    twin.terminate();
    EXPECT_TRUE(twin.waitForFinished(5000));
}

TEST(TwinAppTest, RejectsInvalidNumber)
{
    QProcess twin;
    twin.start(QStringLiteral(VORTEX_TWIN_EXE),
               {QStringLiteral("--number"), QStringLiteral("+15551234567")});
    ASSERT_TRUE(twin.waitForFinished(10000));
    EXPECT_NE(twin.exitCode(), 0);
    EXPECT_TRUE(twin.readAllStandardError().contains("not a valid E.164"));
}
