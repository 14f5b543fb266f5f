// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinreaders.h"

#include "core/phone/phonenumbers.h"
#include "twinclock.h"
#include "twinconfig.h"
#include "twinlifecycle.h"
#include "twinmessage.h"
#include "twinmessagestore.h"
#include "twinpeople.h"
#include "twinserver.h"

#include <QRegularExpression>

#include <random>

namespace Vortex::Core::Twin {

namespace {

constexpr quint64 ReaderSeedSalt = 0x7265616465727321ULL; // keeps reader draws apart

const char *const Nonsense[]
    = {"k", "?", "wrong number", "lol", "who is this", "ok ok", "sent from my phone", "call me"};

} // namespace

TwinReaders::TwinReaders(TwinServer &server, QObject *parent)
    : QObject(parent)
    , m_server(server)
{
    connect(&server, &TwinServer::messageStatusChanged, this, &TwinReaders::onStatus);
}

QString TwinReaders::replyText(const QString &reply, const QString &text, quint64 draw)
{
    const QString word = reply.trimmed().toUpper();
    if (word == QLatin1String("ACK") || word == QLatin1String("RESOLVE")
        || word == QLatin1String("SNOOZE")) {
        static const QRegularExpression hashCode(QStringLiteral("#([A-Za-z0-9]{2,10})\\b"));
        // "code 4821", "Code: A7K": the token is 2–10 capital letters or digits.
        static const QRegularExpression wordCode(
            QStringLiteral("\\b[Cc][Oo][Dd][Ee]:?\\s+([A-Z0-9]{2,10})\\b"));
        QRegularExpressionMatch m = hashCode.match(text);
        if (!m.hasMatch())
            m = wordCode.match(text);
        return m.hasMatch() ? word + QLatin1Char(' ') + m.captured(1) : word;
    }
    if (word == QLatin1String("CODE")) {
        static const QRegularExpression digits(QStringLiteral("(?<![0-9])([0-9]{4,10})(?![0-9])"));
        const QRegularExpressionMatch m = digits.match(text);
        return m.hasMatch() ? m.captured(1) : QString();
    }
    if (word == QLatin1String("NONSENSE"))
        return QString::fromLatin1(Nonsense[draw % std::size(Nonsense)]);
    if (word == QLatin1String("STOP") || word == QLatin1String("START")
        || word == QLatin1String("HELP"))
        return word;
    return reply; // literal text, or "" for silence
}

void TwinReaders::onStatus(const QString &sid, const QString &status)
{
    if (status != QLatin1String("delivered"))
        return;
    const TwinContext &context = m_server.context();
    const TwinMessage *message = context.messages->find(sid);
    if (!message || message->direction == QLatin1String("inbound"))
        return;
    const Person *person = context.people->find(message->to);
    if (!person)
        return;
    const bool whatsapp = message->channel == QLatin1String("whatsapp");
    PhoneItem item;
    item.atMs = context.clock->nowMs();
    item.channel = whatsapp ? QStringLiteral("whatsapp") : QStringLiteral("sms");
    item.from = message->from;
    item.text = message->body;
    item.sid = sid;
    context.people->recordReceived(message->to, item);

    // One generator per message (seed + salt + message index): draws do not depend on the
    // order in which other people read.
    std::mt19937_64 rng(context.config->seed ^ (ReaderSeedSalt + message->index));
    const TextBehaviour &behaviour = whatsapp ? person->whatsappText : person->sms;
    std::uniform_int_distribution<int> readDelay(
        behaviour.readAfterMinMs, qMax(behaviour.readAfterMinMs, behaviour.readAfterMaxMs));
    const int readAfter = readDelay(rng);
    const quint64 nonsenseDraw = rng();
    const QString replyTo = message->from;
    const QString replyFrom
        = whatsapp ? QStringLiteral("whatsapp:") + PhoneNumbers::stripChannel(message->to)
                   : PhoneNumbers::stripChannel(message->to);
    const QString text = message->body;
    const QString reply = replyText(behaviour.reply, text, nonsenseDraw);
    const int replyAfter = behaviour.replyAfterMs;
    context.clock->schedule(
        readAfter, this, [this, sid, whatsapp, reply, replyAfter, replyFrom, replyTo] {
            const TwinContext &ctx = m_server.context();
            ctx.log(QStringLiteral("person.read"), sid,
                    {{QLatin1String("channel"),
                      whatsapp ? QStringLiteral("whatsapp") : QStringLiteral("sms")}});
            if (whatsapp)
                m_server.lifecycle().markRead(sid);
            if (reply.isEmpty())
                return;
            ctx.clock->schedule(replyAfter, this, [this, sid, reply, replyFrom, replyTo] {
                const auto inbound = m_server.injectInbound(replyFrom, replyTo, reply);
                m_server.context().log(
                    QStringLiteral("person.reply"), sid,
                    {{QLatin1String("text"), reply}, {QLatin1String("ok"), bool(inbound)}});
            });
        });
}

} // namespace Vortex::Core::Twin
