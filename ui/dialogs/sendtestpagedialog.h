// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <core/console/consoletypes.h>
#include <core/paging/pagingtypes.h>

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Vortex::Ui {

/// "Send test page" over SMS, a voice call or WhatsApp: a validated recipient, a text with a live
/// counter for the channel, and after Send the message's or call's live status until it is
/// final. Never blocks: the send itself happens in the engine, this dialog only emits
/// sendRequested() / callRequested() / whatsAppRequested() and listens.
class SendTestPageDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Phase { Editing, Sending, Tracking, Finished };
    Q_ENUM(Phase)

    explicit SendTestPageDialog(QWidget *parent = nullptr);

    using Channel = Vortex::Core::Paging::Channel;

    static QString defaultBody();
    static QString defaultBody(Channel channel);

    Channel channel() const;
    void setChannel(Channel channel);

    Phase phase() const { return m_phase; }
    quint64 pendingRequestId() const { return m_requestId; }
    /// The SID Twilio gave the test page, empty before it was accepted.
    QString trackedSid() const { return m_sid; }
    /// Twilio's status string of the tracked message or call ("queued", "delivered", "ringing",
    /// …).
    QString trackedStatus() const { return m_status; }
    QString statusText() const;
    QString segmentText() const;

    void setRecipient(const QString &text);
    void setBody(const QString &text);

public Q_SLOTS:
    void onSendFinished(const Vortex::Core::SendOutcome &outcome);
    void onMessageChanged(const Vortex::Core::MessageRecord &record);
    /// A test call's status (ConsoleEngine::testCallChanged).
    void onCallChanged(const Vortex::Core::MessageRecord &call);

Q_SIGNALS:
    /// SMS.
    void sendRequested(quint64 requestId, const QString &to, const QString &body);
    /// A call that says \a text.
    void callRequested(quint64 requestId, const QString &to, const QString &text);
    void whatsAppRequested(quint64 requestId, const QString &to, const QString &text);

private:
    void buildUi();
    void updateRecipient();
    void updateBody();
    void updateChannel();
    void updateSendButton();
    void send();
    void track(const Vortex::Core::MessageRecord &record);
    void trackCall(const Vortex::Core::MessageRecord &call);
    void showStatus(const QString &text, const QColor &colour);

    QComboBox *m_channelCombo = nullptr;
    QLabel *m_channelHint = nullptr;
    QLineEdit *m_recipientEdit = nullptr;
    QLabel *m_recipientInfo = nullptr;
    QLabel *m_recipientError = nullptr;
    QPlainTextEdit *m_bodyEdit = nullptr;
    QLabel *m_segmentLabel = nullptr;
    QLabel *m_bodyWarning = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_sendButton = nullptr;

    QString m_e164;
    bool m_recipientValid = false;
    bool m_bodyValid = false;
    Phase m_phase = Phase::Editing;
    quint64 m_requestId = 0;
    Channel m_sentChannel = Channel::Sms; ///< the channel of the page being tracked
    Channel m_lastChannel = Channel::Sms; ///< to replace an untouched default text
    QString m_sid;
    QString m_status;
    /// Status updates that arrive before the send outcome names their SID.
    QHash<QString, Vortex::Core::MessageRecord> m_early;
};

} // namespace Vortex::Ui
