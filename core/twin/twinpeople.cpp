// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinpeople.h"

#include "core/phone/phonenumbers.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace Vortex::Core::Twin {

namespace {

QString bare(const QString &address)
{
    return PhoneNumbers::stripChannel(address);
}

TextBehaviour textFromJson(const QJsonObject &o, TextBehaviour b)
{
    b.readAfterMinMs = o.value(QLatin1String("readAfterMinMs")).toInt(b.readAfterMinMs);
    b.readAfterMaxMs = o.value(QLatin1String("readAfterMaxMs")).toInt(b.readAfterMaxMs);
    b.reply = o.value(QLatin1String("reply")).toString(b.reply);
    b.replyAfterMs = o.value(QLatin1String("replyAfterMs")).toInt(b.replyAfterMs);
    return b;
}

QJsonObject textToJson(const TextBehaviour &b)
{
    return {{QLatin1String("readAfterMinMs"), b.readAfterMinMs},
            {QLatin1String("readAfterMaxMs"), b.readAfterMaxMs},
            {QLatin1String("reply"), b.reply},
            {QLatin1String("replyAfterMs"), b.replyAfterMs}};
}

} // namespace

Result<Person, QString> Person::fromJson(const QJsonObject &o)
{
    Person p;
    p.name = o.value(QLatin1String("name")).toString();
    PhoneNumber number;
    const QString rawNumber = o.value(QLatin1String("number")).toString();
    if (!PhoneNumbers::parseE164(rawNumber, &number))
        return fail(
            QStringLiteral("person %1: \"%2\" is not a valid E.164 number").arg(p.name, rawNumber));
    p.number = number.e164;
    const QString wa = bare(o.value(QLatin1String("whatsapp")).toString());
    if (!wa.isEmpty()) {
        PhoneNumber waNumber;
        if (!PhoneNumbers::parseE164(wa, &waNumber))
            return fail(
                QStringLiteral("person %1: WhatsApp number \"%2\" is not valid").arg(p.name, wa));
        p.whatsapp = waNumber.e164;
    }
    p.timeZone = o.value(QLatin1String("timeZone")).toString(p.timeZone);
    if (!QTimeZone(p.timeZone.toUtf8()).isValid())
        return fail(QStringLiteral("person %1: unknown time zone \"%2\"").arg(p.name, p.timeZone));
    p.sms = textFromJson(o.value(QLatin1String("sms")).toObject(), p.sms);
    p.whatsappText = textFromJson(o.value(QLatin1String("whatsappText")).toObject(), p.sms);
    const QJsonObject call = o.value(QLatin1String("call")).toObject();
    p.call.answers = call.value(QLatin1String("answers")).toBool(p.call.answers);
    p.call.answerAfterMs = call.value(QLatin1String("answerAfterMs")).toInt(p.call.answerAfterMs);
    p.call.voicemail = call.value(QLatin1String("voicemail")).toBool(p.call.voicemail);
    p.call.digits = call.value(QLatin1String("digits")).toString(p.call.digits);
    p.call.busy = call.value(QLatin1String("busy")).toBool(p.call.busy);
    if (p.sms.readAfterMinMs < 0 || p.sms.readAfterMaxMs < p.sms.readAfterMinMs)
        return fail(
            QStringLiteral("person %1: readAfterMinMs/readAfterMaxMs out of order").arg(p.name));
    return p;
}

QJsonObject Person::toJson() const
{
    return {
        {QLatin1String("name"), name},
        {QLatin1String("number"), number},
        {QLatin1String("whatsapp"), whatsapp},
        {QLatin1String("timeZone"), timeZone},
        {QLatin1String("sms"), textToJson(sms)},
        {QLatin1String("whatsappText"), textToJson(whatsappText)},
        {QLatin1String("call"), QJsonObject{{QLatin1String("answers"), call.answers},
                                            {QLatin1String("answerAfterMs"), call.answerAfterMs},
                                            {QLatin1String("voicemail"), call.voicemail},
                                            {QLatin1String("digits"), call.digits},
                                            {QLatin1String("busy"), call.busy}}}};
}

QJsonObject PhoneItem::toJson() const
{
    return {{QLatin1String("at"),
             QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODateWithMs)},
            {QLatin1String("channel"), channel},
            {QLatin1String("from"), from},
            {QLatin1String("text"), text},
            {QLatin1String("sid"), sid}};
}

Result<QList<Person>, QString> TwinPeople::listFromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(
            QStringLiteral("people: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    const QJsonArray array
        = doc.isArray() ? doc.array() : doc.object().value(QLatin1String("people")).toArray();
    QList<Person> people;
    for (const QJsonValue &value : array) {
        auto person = Person::fromJson(value.toObject());
        if (!person)
            return fail(person.error());
        people.append(person.value());
    }
    return people;
}

void TwinPeople::setPeople(const QList<Person> &people)
{
    m_people.clear();
    for (const Person &p : people)
        upsert(p);
}

void TwinPeople::upsert(const Person &person)
{
    for (Person &existing : m_people) {
        if (existing.number == person.number) {
            existing = person;
            return;
        }
    }
    m_people.append(person);
}

const Person *TwinPeople::find(const QString &address) const
{
    const QString number = bare(address);
    for (const Person &p : m_people) {
        if (p.number == number || (!p.whatsapp.isEmpty() && p.whatsapp == number))
            return &p;
    }
    return nullptr;
}

void TwinPeople::recordReceived(const QString &address, const PhoneItem &item)
{
    // A phone keeps its latest items only, so a demo that runs for days stays small.
    constexpr qsizetype MaxItemsPerPhone = 1000;
    QList<PhoneItem> &inbox = m_inbox[bare(address)];
    inbox.append(item);
    if (inbox.size() > MaxItemsPerPhone)
        inbox.remove(0, inbox.size() - MaxItemsPerPhone);
}

QList<PhoneItem> TwinPeople::received(const QString &address) const
{
    return m_inbox.value(bare(address));
}

} // namespace Vortex::Core::Twin
