// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QObject>
#include <QString>

namespace Vortex::Core::Twin {

class TwinServer;
struct TextBehaviour;

/// The scripted people's side of texting: when a message to a person's number (or WhatsApp) is
/// delivered it lands in their phone inbox; after a seeded delay in [readAfterMinMs,
/// readAfterMaxMs] they read it (WhatsApp: status `read`), and replyAfterMs later they answer
/// through the twin's inbound path (a signed webhook to the number's SMS URL).
class TwinReaders : public QObject
{
    Q_OBJECT

public:
    explicit TwinReaders(TwinServer &server, QObject *parent = nullptr);

    /// The reply a person with behaviour \a reply sends to \a text (docs/twin.md): ACK, RESOLVE
    /// and SNOOZE get the incident code appended ("#A7K" or "code 4821" → "ACK A7K"), CODE the
    /// first 4–10 digit number, NONSENSE a phrase picked by \a draw; "" = no reply.
    static QString replyText(const QString &reply, const QString &text, quint64 draw);

private:
    void onStatus(const QString &sid, const QString &status);

    TwinServer &m_server;
};

} // namespace Vortex::Core::Twin
