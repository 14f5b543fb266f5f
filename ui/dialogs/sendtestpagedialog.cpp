// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "sendtestpagedialog.h"

#include "recipientcheck.h"
#include "segmentsummary.h"

#include <ui/models/messagesmodel.h>
#include <ui/models/messagestatusstyle.h>

#include <core/twilio/errordictionary.h>
#include <core/twilio/segments.h>

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Vortex::Ui {

using Vortex::Core::MessageRecord;
using Vortex::Core::SendOutcome;
using Vortex::Core::Paging::Channel;

namespace {

// Request ids are unique in the process so that the engine's answers find their dialog.
quint64 nextRequestId()
{
    static quint64 counter = 0;
    return ++counter;
}

/// What Twilio reads out at most (the engine refuses longer texts).
constexpr int MaxSpokenLength = 3000;
/// Characters a text-to-speech voice says in a second, roughly (150 words a minute).
constexpr int SpokenCharactersPerSecond = 14;

void setErrorStyle(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     MessageStatusStyle::colour(MessageStatusStyle::Tone::Bad));
    label->setPalette(palette);
}

} // namespace

SendTestPageDialog::SendTestPageDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("sendTestPageDialog"));
    setWindowTitle(tr("Send test page"));
    buildUi();
    setBody(defaultBody());
    updateRecipient();
}

QString SendTestPageDialog::defaultBody()
{
    return tr("[TEST] Vortex Alert Console test page - reply ACK to confirm");
}

QString SendTestPageDialog::defaultBody(Channel channel)
{
    switch (channel) {
    case Channel::Voice:
        return tr("This is a test call from the Vortex Alert Console. No action is needed.");
    case Channel::WhatsApp:
        return tr("[TEST] Vortex Alert Console test page on WhatsApp");
    case Channel::Sms:
        break;
    }
    return defaultBody();
}

Channel SendTestPageDialog::channel() const
{
    return Channel(m_channelCombo->currentData().toInt());
}

void SendTestPageDialog::setChannel(Channel channel)
{
    m_channelCombo->setCurrentIndex(m_channelCombo->findData(int(channel)));
}

void SendTestPageDialog::buildUi()
{
    m_channelCombo = new QComboBox(this);
    m_channelCombo->setObjectName(QStringLiteral("channelCombo"));
    m_channelCombo->setAccessibleName(tr("Channel"));
    m_channelCombo->addItem(tr("SMS"), int(Channel::Sms));
    m_channelCombo->addItem(tr("Voice call"), int(Channel::Voice));
    m_channelCombo->addItem(tr("WhatsApp"), int(Channel::WhatsApp));
    m_channelHint = new QLabel(this);
    m_channelHint->setObjectName(QStringLiteral("channelHint"));
    m_channelHint->setWordWrap(true);
    m_channelHint->hide();

    m_recipientEdit = new QLineEdit(this);
    m_recipientEdit->setObjectName(QStringLiteral("recipientEdit"));
    m_recipientEdit->setPlaceholderText(tr("+44 7400 123456"));
    m_recipientEdit->setClearButtonEnabled(true);
    m_recipientEdit->setAccessibleName(tr("Recipient phone number"));

    m_recipientInfo = new QLabel(this);
    m_recipientInfo->setObjectName(QStringLiteral("recipientInfo"));
    m_recipientInfo->setWordWrap(true);
    m_recipientError = new QLabel(this);
    m_recipientError->setObjectName(QStringLiteral("recipientError"));
    m_recipientError->setWordWrap(true);
    setErrorStyle(m_recipientError);

    m_bodyEdit = new QPlainTextEdit(this);
    m_bodyEdit->setObjectName(QStringLiteral("bodyEdit"));
    m_bodyEdit->setAccessibleName(tr("Message text"));
    m_bodyEdit->setTabChangesFocus(true);
    m_segmentLabel = new QLabel(this);
    m_segmentLabel->setObjectName(QStringLiteral("segmentCounter"));
    m_bodyWarning = new QLabel(this);
    m_bodyWarning->setObjectName(QStringLiteral("bodyWarning"));
    m_bodyWarning->setWordWrap(true);
    setErrorStyle(m_bodyWarning);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("sendStatus"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("C&hannel:"), m_channelCombo);
    form->addRow(QString(), m_channelHint);
    form->addRow(tr("&To:"), m_recipientEdit);
    form->addRow(QString(), m_recipientInfo);
    form->addRow(QString(), m_recipientError);
    form->addRow(tr("&Message:"), m_bodyEdit);
    form->addRow(QString(), m_segmentLabel);
    form->addRow(QString(), m_bodyWarning);

    auto *buttons = new QDialogButtonBox(this);
    m_sendButton = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setDefault(true);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);

    connect(m_channelCombo, &QComboBox::currentIndexChanged, this,
            &SendTestPageDialog::updateChannel);
    connect(m_recipientEdit, &QLineEdit::textChanged, this, &SendTestPageDialog::updateRecipient);
    connect(m_bodyEdit, &QPlainTextEdit::textChanged, this, &SendTestPageDialog::updateBody);
    // The button box's accepted() would close the dialog; Send keeps it open to show progress.
    connect(m_sendButton, &QPushButton::clicked, this, &SendTestPageDialog::send);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    m_statusLabel->hide();
    resize(520, sizeHint().height());
}

QString SendTestPageDialog::statusText() const
{
    return m_statusLabel->text();
}

QString SendTestPageDialog::segmentText() const
{
    return m_segmentLabel->text();
}

void SendTestPageDialog::setRecipient(const QString &text)
{
    m_recipientEdit->setText(text);
}

void SendTestPageDialog::setBody(const QString &text)
{
    m_bodyEdit->setPlainText(text);
}

void SendTestPageDialog::updateRecipient()
{
    const auto verdict
        = RecipientCheck::check(m_recipientEdit->text(), RecipientCheck::systemRegion());
    m_recipientValid = verdict.valid;
    m_e164 = verdict.valid ? verdict.number.e164 : QString();
    m_recipientInfo->setText(verdict.valid ? verdict.message : QString());
    m_recipientInfo->setVisible(verdict.valid);
    // An empty field is not an error yet; it only keeps Send disabled.
    const bool showError = !verdict.valid && !m_recipientEdit->text().trimmed().isEmpty();
    m_recipientError->setText(showError ? verdict.message : QString());
    m_recipientError->setVisible(showError);
    updateSendButton();
}

void SendTestPageDialog::updateChannel()
{
    const Channel current = channel();
    // An untouched default text follows the channel; anything typed stays.
    if (m_bodyEdit->toPlainText() == defaultBody(m_lastChannel))
        setBody(defaultBody(current));
    m_lastChannel = current;
    QString hint;
    if (current == Channel::WhatsApp)
        hint = tr("WhatsApp delivers free text only to people who wrote to the sender in the "
                  "last 24 hours; otherwise Twilio reports error 63016.");
    else if (current == Channel::Voice)
        hint = tr("Twilio calls the number and reads the text out; the status follows the call.");
    m_channelHint->setText(hint);
    m_channelHint->setVisible(!hint.isEmpty());
    m_sendButton->setText(current == Channel::Voice ? tr("&Call") : tr("&Send"));
    updateBody();
}

void SendTestPageDialog::updateBody()
{
    const QString body = m_bodyEdit->toPlainText();
    QString warning;
    switch (channel()) {
    case Channel::Sms: {
        const auto count = Vortex::Core::Twilio::SmsSegments::count(body);
        m_segmentLabel->setText(SegmentSummary::describe(count));
        warning = SegmentSummary::lengthWarning(body);
        break;
    }
    case Channel::WhatsApp:
        m_segmentLabel->setText(tr("WhatsApp \u00b7 %n character(s)", nullptr, int(body.size())));
        warning = SegmentSummary::lengthWarning(body);
        break;
    case Channel::Voice: {
        const int seconds = std::max(1, int(body.trimmed().size()) / SpokenCharactersPerSecond);
        m_segmentLabel->setText(tr("Read out in about %n second(s)", nullptr, seconds));
        if (body.size() > MaxSpokenLength)
            warning = tr("A call reads out at most %1 characters; shorten the text.")
                          .arg(MaxSpokenLength);
        break;
    }
    }
    m_bodyWarning->setText(warning);
    m_bodyWarning->setVisible(!warning.isEmpty());
    m_bodyValid = !body.trimmed().isEmpty() && warning.isEmpty();
    updateSendButton();
}

void SendTestPageDialog::updateSendButton()
{
    // One request at a time; once Twilio has accepted it, another may be sent while tracking.
    m_sendButton->setEnabled(m_recipientValid && m_bodyValid && m_phase != Phase::Sending);
}

void SendTestPageDialog::send()
{
    if (!m_recipientValid || !m_bodyValid || m_phase == Phase::Sending)
        return;
    m_requestId = nextRequestId();
    m_sid.clear();
    m_status.clear();
    m_early.clear();
    m_phase = Phase::Sending;
    m_sentChannel = channel();
    showStatus(m_sentChannel == Channel::Voice ? tr("Calling %1\u2026").arg(m_e164)
                                               : tr("Sending to %1\u2026").arg(m_e164),
               MessageStatusStyle::colour(MessageStatusStyle::Tone::InFlight));
    updateSendButton();
    const QString text = m_bodyEdit->toPlainText();
    switch (m_sentChannel) {
    case Channel::Sms:
        Q_EMIT sendRequested(m_requestId, m_e164, text);
        break;
    case Channel::Voice:
        Q_EMIT callRequested(m_requestId, m_e164, text);
        break;
    case Channel::WhatsApp:
        Q_EMIT whatsAppRequested(m_requestId, m_e164, text);
        break;
    }
}

void SendTestPageDialog::onSendFinished(const SendOutcome &outcome)
{
    if (m_phase != Phase::Sending || outcome.requestId != m_requestId)
        return;
    if (!outcome.ok) {
        m_phase = Phase::Finished;
        QString text = tr("Not sent: %1").arg(outcome.errorText);
        if (outcome.twilioCode != 0) {
            const auto info = Vortex::Core::Twilio::ErrorDictionary::lookup(outcome.twilioCode);
            text += QLatin1Char('\n')
                    + tr("Twilio error %1: %2")
                          .arg(outcome.twilioCode)
                          .arg(info.known ? info.message : tr("no description"));
        }
        showStatus(text, MessageStatusStyle::colour(MessageStatusStyle::Tone::Bad));
        updateSendButton();
        return;
    }
    m_phase = Phase::Tracking;
    m_sid = outcome.sid;
    m_status = QStringLiteral("queued");
    if (m_sentChannel == Channel::Voice) {
        m_early.clear();
        showStatus(tr("Queued \u2014 waiting for the call to ring (%1)").arg(m_sid),
                   MessageStatusStyle::colour(MessageStatusStyle::Tone::InFlight));
        updateSendButton();
        return;
    }
    showStatus(tr("Queued \u2014 waiting for the delivery report (%1)").arg(m_sid),
               MessageStatusStyle::colour(m_status));
    updateSendButton();
    const auto early = m_early.take(m_sid);
    m_early.clear();
    if (!early.sid.isEmpty())
        track(early);
}

void SendTestPageDialog::onMessageChanged(const MessageRecord &record)
{
    if (m_phase == Phase::Sending && !record.sid.isEmpty()) {
        // The status callback may overtake the REST answer; keep it until the SID is known.
        MessageRecord &slot = m_early[record.sid];
        slot = slot.sid.isEmpty() ? record : MessagesModel::merged(slot, record);
        return;
    }
    if (m_phase != Phase::Tracking || m_sentChannel == Channel::Voice || record.sid != m_sid)
        return;
    track(record);
}

void SendTestPageDialog::onCallChanged(const MessageRecord &call)
{
    if (m_phase != Phase::Tracking || m_sentChannel != Channel::Voice || call.sid != m_sid)
        return;
    trackCall(call);
}

void SendTestPageDialog::trackCall(const MessageRecord &call)
{
    // The engine reports a call's statuses in order and only forwards.
    m_status = call.status;
    const QString label = MessageStatusStyle::callLabel(call.status);
    const QColor colour = MessageStatusStyle::colour(MessageStatusStyle::callTone(call.status));
    if (!MessageStatusStyle::isFinalCallStatus(call.status)) {
        showStatus(call.status == QLatin1String("in-progress")
                       ? tr("%1 \u2014 the text is being read out (%2)").arg(label, m_sid)
                       : tr("%1 \u2014 waiting for an answer (%2)").arg(label, m_sid),
                   colour);
        return;
    }
    m_phase = Phase::Finished;
    QString text = tr("Call: %1 (%2)").arg(label, m_sid);
    if (call.errorCode != 0) {
        const auto info = Vortex::Core::Twilio::ErrorDictionary::lookup(call.errorCode);
        text += QLatin1Char('\n')
                + tr("Twilio error %1: %2")
                      .arg(call.errorCode)
                      .arg(info.known ? info.message : tr("no description"));
    }
    showStatus(text, colour);
    updateSendButton();
}

void SendTestPageDialog::track(const MessageRecord &record)
{
    if (Vortex::Core::statusRank(record.status) < Vortex::Core::statusRank(m_status))
        return;
    m_status = record.status;
    const QString label = MessageStatusStyle::label(record.status);
    const QColor colour = MessageStatusStyle::colour(record.status);
    if (!record.isFinal()) {
        showStatus(tr("%1 \u2014 waiting for the delivery report (%2)").arg(label, m_sid), colour);
        return;
    }
    m_phase = Phase::Finished;
    QString text = tr("%1 (%2)").arg(label, m_sid);
    const QString error = MessagesModel::errorText(record);
    if (!error.isEmpty())
        text += QLatin1Char('\n') + tr("Error %1").arg(error);
    showStatus(text, colour);
    updateSendButton();
}

void SendTestPageDialog::showStatus(const QString &text, const QColor &colour)
{
    QPalette palette = m_statusLabel->palette();
    palette.setColor(QPalette::WindowText, colour);
    m_statusLabel->setPalette(palette);
    m_statusLabel->setText(text);
    m_statusLabel->show();
}

} // namespace Vortex::Ui

#include "moc_sendtestpagedialog.cpp"
