// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Vortex::Core::Twin {

/// How a scripted person handles a text (SMS or WhatsApp) that reaches their phone.
struct TextBehaviour
{
    int readAfterMinMs = 5000; ///< twin ms from delivered to read
    int readAfterMaxMs = 60000;
    /// What they answer once they read it: "ACK", "RESOLVE", "SNOOZE", "STOP", "START", "HELP",
    /// "CODE" (they type back the code found in the text, e.g. a Verify code or an incident
    /// code), "NONSENSE" (a reply that means nothing), any other literal text, or "" (silence).
    QString reply;
    int replyAfterMs = 20000; ///< twin ms after reading
};

/// How a scripted person handles a voice call.
struct CallBehaviour
{
    bool answers = true;
    int answerAfterMs = 8000; ///< ring time before they pick up (twin ms)
    bool voicemail = false;   ///< a machine answers instead (AnsweredBy machine_*)
    QString digits;           ///< what they press at a <Gather>, "" for nothing
    bool busy = false;        ///< the line is busy
};

/// A person the twin plays: their phone number(s) and habits.
struct Person
{
    QString name;
    QString number;                           ///< E.164
    QString whatsapp;                         ///< E.164 of their WhatsApp account ("" for none)
    QString timeZone = QStringLiteral("UTC"); ///< IANA, e.g. "Europe/London"
    TextBehaviour sms;
    TextBehaviour whatsappText;
    CallBehaviour call;

    static Result<Person, QString> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

/// Something a person's phone received: what the control API lets tests read back.
struct PhoneItem
{
    qint64 atMs = 0;
    QString channel; ///< "sms", "whatsapp", "call" (spoken text), "verify" (the code alone)
    QString from;
    QString text;
    QString sid; ///< the message or call SID

    QJsonObject toJson() const;
};

/// The people the twin plays, keyed by their numbers, and what their phones received.
class TwinPeople
{
public:
    /// Parses {"people": [ … ]} or a bare array of person objects.
    static Result<QList<Person>, QString> listFromJson(const QByteArray &json);

    void setPeople(const QList<Person> &people);
    /// Adds or replaces the person with that number.
    void upsert(const Person &person);
    /// By SMS/voice number or WhatsApp number (with or without "whatsapp:").
    const Person *find(const QString &address) const;
    QList<Person> all() const { return m_people; }

    void recordReceived(const QString &address, const PhoneItem &item);
    QList<PhoneItem> received(const QString &address) const;

private:
    QList<Person> m_people;
    QHash<QString, QList<PhoneItem>> m_inbox; ///< by bare E.164, the latest 1000 per phone
};

} // namespace Vortex::Core::Twin
