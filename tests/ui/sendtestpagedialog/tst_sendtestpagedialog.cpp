// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include <ui/dialogs/sendtestpagedialog.h>
#include <ui/mainwindow/translations.h>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using Vortex::Core::MessageRecord;
using Vortex::Core::SendOutcome;
using Vortex::Ui::SendTestPageDialog;

namespace {

class SendTestPageDialogTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        // English is the source language; its .qm supplies the plural forms ("2 segments").
        ASSERT_TRUE(Vortex::Ui::installTranslations(*qApp, QLocale(QLocale::English)));
    }

    void SetUp() override
    {
        dialog.show();
        recipient = dialog.findChild<QLineEdit *>(QStringLiteral("recipientEdit"));
        body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
        send = dialog.findChild<QPushButton *>(QStringLiteral("sendButton"));
        error = dialog.findChild<QLabel *>(QStringLiteral("recipientError"));
        info = dialog.findChild<QLabel *>(QStringLiteral("recipientInfo"));
        counter = dialog.findChild<QLabel *>(QStringLiteral("segmentCounter"));
        ASSERT_TRUE(recipient && body && send && error && info && counter);
    }

    void type(const QString &text)
    {
        recipient->clear();
        QTest::keyClicks(recipient, text);
    }

    SendTestPageDialog dialog;
    QLineEdit *recipient = nullptr;
    QPlainTextEdit *body = nullptr;
    QPushButton *send = nullptr;
    QLabel *error = nullptr;
    QLabel *info = nullptr;
    QLabel *counter = nullptr;
};

} // namespace

TEST_F(SendTestPageDialogTest, StartsWithDefaultBodyAndSendDisabled)
{
    EXPECT_TRUE(body->toPlainText().startsWith(QStringLiteral("[TEST]")));
    // The default page must not cost a Unicode (UCS-2) segment.
    EXPECT_TRUE(counter->text().startsWith(QStringLiteral("GSM-7 \u00b7 1 segment \u00b7")))
        << qPrintable(counter->text());
    EXPECT_FALSE(send->isEnabled());
    EXPECT_FALSE(error->isVisible()); // an empty field is not an error yet
}

TEST_F(SendTestPageDialogTest, InvalidNumberKeepsSendDisabledAndExplains)
{
    type(QStringLiteral("12345"));
    EXPECT_FALSE(send->isEnabled());
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("country code")))
        << qPrintable(error->text());

    type(QStringLiteral("+44 7700 90"));
    EXPECT_FALSE(send->isEnabled());
    EXPECT_TRUE(error->isVisible());
    EXPECT_FALSE(error->text().isEmpty());
    EXPECT_FALSE(info->isVisible());
}

TEST_F(SendTestPageDialogTest, ValidNumberEnablesSendAndShowsRegion)
{
    type(QStringLiteral("+1 415 555 2671"));
    EXPECT_TRUE(send->isEnabled());
    EXPECT_FALSE(error->isVisible());
    EXPECT_TRUE(info->isVisible());
    EXPECT_TRUE(info->text().contains(QStringLiteral("+14155552671"))) << qPrintable(info->text());
    EXPECT_TRUE(info->text().contains(QStringLiteral("(US)"))) << qPrintable(info->text());

    type(QStringLiteral("+447400123456"));
    EXPECT_TRUE(send->isEnabled());
    EXPECT_TRUE(info->text().contains(QStringLiteral("(GB)"))) << qPrintable(info->text());

    // An empty body cannot be sent either.
    body->clear();
    EXPECT_FALSE(send->isEnabled());
}

TEST_F(SendTestPageDialogTest, SegmentCounterFollowsTheBody)
{
    body->setPlainText(QStringLiteral("Disk full on web-3"));
    EXPECT_EQ(counter->text(),
              QStringLiteral("GSM-7 \u00b7 1 segment \u00b7 142 characters left in "
                             "this segment"));

    body->setPlainText(QString(161, QLatin1Char('a')));
    EXPECT_EQ(counter->text(),
              QStringLiteral("GSM-7 \u00b7 2 segments \u00b7 145 characters left in "
                             "this segment"));

    body->setPlainText(QStringLiteral("Checkout down \U0001F525"));
    EXPECT_TRUE(counter->text().startsWith(QStringLiteral("UCS-2 (Unicode) \u00b7 1 segment")))
        << qPrintable(counter->text());

    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("bodyWarning"));
    ASSERT_TRUE(warning);
    EXPECT_FALSE(warning->isVisible());
    type(QStringLiteral("+14155552671"));
    body->setPlainText(QString(1601, QLatin1Char('x')));
    EXPECT_TRUE(warning->isVisible());
    EXPECT_TRUE(warning->text().contains(QStringLiteral("1600")));
    EXPECT_FALSE(send->isEnabled());
}

TEST_F(SendTestPageDialogTest, SendEmitsE164AndFollowsStatusUntilDelivered)
{
    QSignalSpy requested(&dialog, &SendTestPageDialog::sendRequested);
    type(QStringLiteral("+1 (415) 555-2671"));
    ASSERT_TRUE(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);

    ASSERT_EQ(requested.count(), 1);
    const quint64 requestId = requested.at(0).at(0).toULongLong();
    EXPECT_NE(requestId, 0u);
    EXPECT_EQ(requested.at(0).at(1).toString(), QStringLiteral("+14155552671"));
    EXPECT_EQ(requested.at(0).at(2).toString(), SendTestPageDialog::defaultBody());
    EXPECT_EQ(dialog.phase(), SendTestPageDialog::Phase::Sending);
    EXPECT_FALSE(send->isEnabled()); // one request at a time
    EXPECT_TRUE(dialog.isVisible());

    // An answer for someone else's request is ignored.
    SendOutcome other;
    other.requestId = requestId + 1000;
    other.ok = true;
    other.sid = QStringLiteral("SMother");
    dialog.onSendFinished(other);
    EXPECT_EQ(dialog.phase(), SendTestPageDialog::Phase::Sending);

    SendOutcome outcome;
    outcome.requestId = requestId;
    outcome.ok = true;
    outcome.sid = QStringLiteral("SM0123456789abcdef0123456789abcdef");
    dialog.onSendFinished(outcome);
    EXPECT_EQ(dialog.phase(), SendTestPageDialog::Phase::Tracking);
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("Queued")))
        << qPrintable(dialog.statusText());

    MessageRecord rec;
    rec.sid = outcome.sid;
    rec.status = QStringLiteral("sent");
    dialog.onMessageChanged(rec);
    EXPECT_EQ(dialog.trackedStatus(), QStringLiteral("sent"));
    rec.status = QStringLiteral("delivered");
    dialog.onMessageChanged(rec);
    EXPECT_EQ(dialog.trackedStatus(), QStringLiteral("delivered"));
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("Delivered")))
        << qPrintable(dialog.statusText());
    EXPECT_EQ(dialog.phase(), SendTestPageDialog::Phase::Finished);
    EXPECT_TRUE(send->isEnabled()); // ready for another test page

    // A late "sent" after "delivered" does not win.
    rec.status = QStringLiteral("sent");
    dialog.onMessageChanged(rec);
    EXPECT_EQ(dialog.trackedStatus(), QStringLiteral("delivered"));
}

TEST_F(SendTestPageDialogTest, ShowsFailureWithTwilioMeaning)
{
    QSignalSpy requested(&dialog, &SendTestPageDialog::sendRequested);
    type(QStringLiteral("+14155552671"));
    QTest::mouseClick(send, Qt::LeftButton);
    ASSERT_EQ(requested.count(), 1);
    const quint64 requestId = requested.at(0).at(0).toULongLong();

    // The status callback overtakes the REST answer; it is applied once the SID is known.
    MessageRecord rec;
    rec.sid = QStringLiteral("SMfeedfeedfeedfeedfeedfeedfeedfeed");
    rec.status = QStringLiteral("undelivered");
    rec.errorCode = 30003;
    dialog.onMessageChanged(rec);

    SendOutcome outcome;
    outcome.requestId = requestId;
    outcome.ok = true;
    outcome.sid = rec.sid;
    dialog.onSendFinished(outcome);
    EXPECT_EQ(dialog.phase(), SendTestPageDialog::Phase::Finished);
    EXPECT_EQ(dialog.trackedStatus(), QStringLiteral("undelivered"));
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("30003")));
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("Unreachable"), Qt::CaseInsensitive))
        << qPrintable(dialog.statusText());
}

TEST_F(SendTestPageDialogTest, ShowsRefusal)
{
    QSignalSpy requested(&dialog, &SendTestPageDialog::sendRequested);
    type(QStringLiteral("+14155552671"));
    QTest::mouseClick(send, Qt::LeftButton);
    ASSERT_EQ(requested.count(), 1);
    SendOutcome outcome;
    outcome.requestId = requested.at(0).at(0).toULongLong();
    outcome.ok = false;
    outcome.twilioCode = 21211;
    outcome.errorText = QStringLiteral("The 'To' number is not valid.");
    dialog.onSendFinished(outcome);
    EXPECT_EQ(dialog.phase(), SendTestPageDialog::Phase::Finished);
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("21211")));
    EXPECT_TRUE(send->isEnabled());
}

TEST(Translations, GermanIsEmbedded)
{
    ASSERT_TRUE(Vortex::Ui::installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)));
    SendTestPageDialog dialog;
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Testnachricht senden"));
    ASSERT_TRUE(Vortex::Ui::installTranslations(*qApp, QLocale(QLocale::English)));
    SendTestPageDialog english;
    EXPECT_EQ(english.windowTitle(), QStringLiteral("Send test page"));
}

TEST_F(SendTestPageDialogTest, VoiceAndWhatsAppHaveTheirOwnTextRulesAndRequests)
{
    using Vortex::Core::Paging::Channel;
    auto *channel = dialog.findChild<QComboBox *>(QStringLiteral("channelCombo"));
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("channelHint"));
    ASSERT_TRUE(channel && hint);
    EXPECT_EQ(dialog.channel(), Channel::Sms);
    EXPECT_FALSE(hint->isVisible());
    type(QStringLiteral("+447400123456"));

    // Voice: the untouched default text follows the channel; the counter speaks in seconds.
    channel->setCurrentIndex(channel->findData(int(Channel::Voice)));
    EXPECT_EQ(dialog.channel(), Channel::Voice);
    EXPECT_EQ(body->toPlainText(), SendTestPageDialog::defaultBody(Channel::Voice));
    EXPECT_TRUE(counter->text().startsWith(QStringLiteral("Read out in about")))
        << qPrintable(counter->text());
    EXPECT_TRUE(hint->isVisible());
    EXPECT_EQ(send->text(), QStringLiteral("&Call"));
    body->setPlainText(QString(3001, u'a'));
    EXPECT_FALSE(send->isEnabled()) << "too long to read out";
    body->setPlainText(QStringLiteral("Checkout is down, this is only a test."));
    ASSERT_TRUE(send->isEnabled());
    QSignalSpy calls(&dialog, &SendTestPageDialog::callRequested);
    QSignalSpy texts(&dialog, &SendTestPageDialog::sendRequested);
    send->click();
    ASSERT_EQ(calls.count(), 1);
    EXPECT_EQ(texts.count(), 0);
    EXPECT_EQ(calls.at(0).at(1).toString(), QStringLiteral("+447400123456"));
    EXPECT_TRUE(dialog.statusText().startsWith(QStringLiteral("Calling")));

    // A refused call is final; then WhatsApp, with a typed text that stays.
    Vortex::Core::SendOutcome refused;
    refused.requestId = dialog.pendingRequestId();
    refused.errorText = QStringLiteral("Test calls need the relay");
    dialog.onSendFinished(refused);
    EXPECT_EQ(dialog.phase(), SendTestPageDialog::Phase::Finished);
    channel->setCurrentIndex(channel->findData(int(Channel::WhatsApp)));
    EXPECT_EQ(body->toPlainText(), QStringLiteral("Checkout is down, this is only a test."));
    EXPECT_TRUE(counter->text().startsWith(QStringLiteral("WhatsApp")));
    EXPECT_TRUE(hint->text().contains(QStringLiteral("63016")));
    QSignalSpy whatsapp(&dialog, &SendTestPageDialog::whatsAppRequested);
    send->click();
    ASSERT_EQ(whatsapp.count(), 1);
    EXPECT_EQ(calls.count(), 1);

    // WhatsApp statuses are message statuses: tracked like an SMS, a call update is ignored.
    Vortex::Core::SendOutcome accepted;
    accepted.requestId = dialog.pendingRequestId();
    accepted.ok = true;
    accepted.sid = QStringLiteral("SM00000000000000000000000000000009");
    dialog.onSendFinished(accepted);
    MessageRecord update;
    update.sid = accepted.sid;
    update.status = QStringLiteral("completed");
    dialog.onCallChanged(update);
    EXPECT_EQ(dialog.trackedStatus(), QStringLiteral("queued"));
    update.status = QStringLiteral("failed");
    update.errorCode = 63016;
    dialog.onMessageChanged(update);
    EXPECT_EQ(dialog.phase(), SendTestPageDialog::Phase::Finished);
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("63016")))
        << qPrintable(dialog.statusText());
}
