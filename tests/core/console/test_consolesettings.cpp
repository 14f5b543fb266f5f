// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/console/consolesettings.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using Vortex::Core::ConsoleSettings;

TEST(ConsoleSettings, StatusCallbackFollowsTheRelayUrlWithoutDoubleSlashes)
{
    QTemporaryDir dir;
    ConsoleSettings settings(dir.filePath(QStringLiteral("console.ini")));
    EXPECT_FALSE(settings.hasTwilioAccount());
    EXPECT_TRUE(settings.statusCallbackUrl().isEmpty());
    settings.setRelayBaseUrl(QUrl(QStringLiteral("https://relay.example.com/")));
    EXPECT_EQ(settings.statusCallbackUrl().toString(),
              QStringLiteral("https://relay.example.com/twilio/messages/status"));
    settings.setRelayBaseUrl(QUrl(QStringLiteral("https://ops.example.com/relay")));
    EXPECT_EQ(settings.statusCallbackUrl().toString(),
              QStringLiteral("https://ops.example.com/relay/twilio/messages/status"));
    settings.setStatusCallbackUrl(QUrl(QStringLiteral("https://cb.example.com/s")));
    EXPECT_EQ(settings.statusCallbackUrl().toString(), QStringLiteral("https://cb.example.com/s"));
}

TEST(ConsoleSettings, NamesSecretsButNeverHoldsThem)
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("console.ini"));
    {
        ConsoleSettings settings(ini);
        settings.setAccountSid(QStringLiteral("ACa1b2c3d4e5f60718293a4b5c6d7e8f90"));
        EXPECT_EQ(settings.twilioSecretKey(),
                  QStringLiteral("twilio/ACa1b2c3d4e5f60718293a4b5c6d7e8f90"));
        settings.setApiKeySid(QStringLiteral("SK0123456789abcdef0123456789abcdef"));
        EXPECT_EQ(settings.twilioSecretKey(),
                  QStringLiteral("twilio/SK0123456789abcdef0123456789abcdef"));
        EXPECT_TRUE(settings.hasTwilioAccount());
        settings.sync();
    }
    QFile file(ini);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_TRUE(text.contains("accountSid"));
    EXPECT_FALSE(text.toLower().contains("token")) << "no secret, not even a placeholder";
}
