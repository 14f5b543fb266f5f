// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <core/console/consoletypes.h>

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Vortex::Ui {

/// "Send test page": a validated recipient, a body with a live segment counter, and after Send
/// the message's live status until it is final. Never blocks: the send itself happens in the
/// engine, this dialog only emits sendRequested() and listens.
class SendTestPageDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Phase { Editing, Sending, Tracking, Finished };
    Q_ENUM(Phase)

    explicit SendTestPageDialog(QWidget *parent = nullptr);

    static QString defaultBody();

    Phase phase() const { return m_phase; }
    quint64 pendingRequestId() const { return m_requestId; }
    /// The SID Twilio gave the test page, empty before it was accepted.
    QString trackedSid() const { return m_sid; }
    /// Twilio's status string of the tracked message ("queued", "delivered", …).
    QString trackedStatus() const { return m_status; }
    QString statusText() const;
    QString segmentText() const;

    void setRecipient(const QString &text);
    void setBody(const QString &text);

public Q_SLOTS:
    void onSendFinished(const Vortex::Core::SendOutcome &outcome);
    void onMessageChanged(const Vortex::Core::MessageRecord &record);

Q_SIGNALS:
    void sendRequested(quint64 requestId, const QString &to, const QString &body);

private:
    void buildUi();
    void updateRecipient();
    void updateBody();
    void updateSendButton();
    void send();
    void track(const Vortex::Core::MessageRecord &record);
    void showStatus(const QString &text, const QColor &colour);

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
    QString m_sid;
    QString m_status;
    /// Status updates that arrive before the send outcome names their SID.
    QHash<QString, Vortex::Core::MessageRecord> m_early;
};

} // namespace Vortex::Ui
