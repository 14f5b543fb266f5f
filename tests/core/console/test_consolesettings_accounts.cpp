// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Several Twilio accounts, Messaging Services per customer, budget and demo mode in the console's
// settings file; files from before several accounts existed keep working.
#include "core/console/consolesettings.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using Vortex::Core::ConsoleSettings;
using Vortex::Core::TwilioAccount;

namespace {
const QString A = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString B = QStringLiteral("ACfedcba9876543210fedcba9876543210");
const QString KeyB = QStringLiteral("SK00112233445566778899aabbccddeeff");
} // namespace

TEST(ConsoleSettingsAccounts, AnOlderSingleAccountFileIsOneAccountInUse)
{
    QTemporaryDir dir;
    ConsoleSettings settings(dir.filePath(QStringLiteral("console.ini")));
    EXPECT_TRUE(settings.twilioAccounts().isEmpty());
    EXPECT_EQ(settings.activeTwilioAccount(), -1);
    settings.setAccountSid(A); // what `vortexctl credentials set` writes
    settings.setFromNumber(QStringLiteral("+12015550123"));
    ASSERT_EQ(settings.twilioAccounts().size(), 1);
    EXPECT_EQ(settings.twilioAccounts().first().accountSid, A);
    EXPECT_EQ(settings.twilioAccounts().first().fromNumber, QStringLiteral("+12015550123"));
    EXPECT_EQ(settings.activeTwilioAccount(), 0);
}

TEST(ConsoleSettingsAccounts, TheAccountInUseDrivesTheSingleAccountKeys)
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("console.ini"));
    {
        ConsoleSettings settings(ini);
        settings.setTwilioAccounts(
            {{A, {}, QStringLiteral("US"), QStringLiteral("+12015550123")},
             {B, KeyB, QStringLiteral("EU"), QStringLiteral("+447400123456")}},
            1);
    }
    ConsoleSettings settings(ini);
    EXPECT_EQ(settings.accountSid(), B);
    EXPECT_EQ(settings.apiKeySid(), KeyB);
    EXPECT_EQ(settings.twilioSecretKey(), QStringLiteral("twilio/") + KeyB);
    EXPECT_EQ(settings.activeTwilioAccount(), 1);
    ASSERT_EQ(settings.twilioAccounts().size(), 2);
    EXPECT_EQ(settings.twilioAccounts().at(0).label, QStringLiteral("US"));
    EXPECT_EQ(settings.twilioAccounts().at(1).secretKey(), QStringLiteral("twilio/") + KeyB);

    // An older tool switching the single-account keys to an unknown account adds it in front.
    settings.setApiKeySid(QString());
    settings.setAccountSid(QStringLiteral("AC99999999999999999999999999999999"));
    ASSERT_EQ(settings.twilioAccounts().size(), 3);
    EXPECT_EQ(settings.activeTwilioAccount(), 0);

    settings.setTwilioAccounts({}, -1);
    EXPECT_FALSE(settings.hasTwilioAccount());
    EXPECT_TRUE(settings.twilioAccounts().isEmpty());
}

TEST(ConsoleSettingsAccounts, MessagingServicesBudgetAndDemoMode)
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("console.ini"));
    const QString sid = QStringLiteral("MG0123456789abcdef0123456789abcdef");
    EXPECT_TRUE(ConsoleSettings::isValidMessagingServiceSid(sid));
    EXPECT_FALSE(ConsoleSettings::isValidMessagingServiceSid(sid.chopped(1)));
    EXPECT_FALSE(
        ConsoleSettings::isValidMessagingServiceSid(QStringLiteral("MG") + QString(32, u'g')));
    EXPECT_FALSE(ConsoleSettings::isValidMessagingServiceSid(QStringLiteral("AC") + sid.mid(2)));
    {
        ConsoleSettings settings(ini);
        EXPECT_DOUBLE_EQ(settings.monthlyBudget(), 0.0);
        EXPECT_FALSE(settings.demoMode());
        settings.setMessagingServices(
            {{QStringLiteral("Acme Shoes"), sid}, {QStringLiteral("Beta/Books"), sid}});
        settings.setMonthlyBudget(1250.5);
        settings.setDemoMode(true);
    }
    ConsoleSettings settings(ini);
    ASSERT_EQ(settings.messagingServices().size(), 2);
    EXPECT_EQ(settings.messagingServices().at(1).customer, QStringLiteral("Beta/Books"));
    EXPECT_DOUBLE_EQ(settings.monthlyBudget(), 1250.5);
    EXPECT_TRUE(settings.demoMode());
}
