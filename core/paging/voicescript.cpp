// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "voicescript.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace Vortex::Core::Paging {

namespace {

constexpr qsizetype MaxTextLength = 4000;
constexpr int GatherTimeoutSeconds = 8;
constexpr int GatherRounds = 2; // the menu is asked twice before the call gives up

const QString Star = QStringLiteral("*");

bool validId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

bool validLanguage(const QString &language)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$"));
    return pattern.match(language).hasMatch();
}

bool validVoice(const QString &voice)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return pattern.match(voice).hasMatch();
}

bool validKey(const QString &key)
{
    return key.size() == 1 && key.at(0).isDigit() && key.at(0).unicode() < 0x80;
}

/// Characters XML 1.0 cannot carry (C0 controls other than tab/newline/return, U+FFFE/FFFF,
/// unpaired surrogates) would make the document unparseable (Twilio error 12100): dropped.
QString xmlText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        if (c.isSurrogate() || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
            continue;
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            continue;
        out += c;
    }
    return out;
}

/// Reads an optional string member; a present member of another type is an error.
Result<QString, QString> stringMember(const QJsonObject &object, const QString &key,
                                      const QString &fallback = {})
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isString())
        return fail(QStringLiteral("%1 must be a string").arg(key));
    if (value.toString().size() > MaxTextLength)
        return fail(QStringLiteral("%1 is longer than %2 characters").arg(key).arg(MaxTextLength));
    return value.toString();
}

class TwimlWriter
{
public:
    TwimlWriter()
        : m_writer(&m_xml)
    {
        m_writer.writeStartDocument();
        m_writer.writeStartElement(QStringLiteral("Response"));
    }

    void say(const VoiceScript &script, const QString &text)
    {
        if (text.trimmed().isEmpty())
            return;
        m_writer.writeStartElement(QStringLiteral("Say"));
        m_writer.writeAttribute(QStringLiteral("language"), script.language);
        m_writer.writeAttribute(QStringLiteral("voice"), script.voice);
        m_writer.writeCharacters(xmlText(text));
        m_writer.writeEndElement();
    }

    /// The menu: the prompt inside a one-key Gather, asked GatherRounds times, then noInput and
    /// a hang-up (reached only when no key was pressed).
    void menu(const VoiceScript &script, const QUrl &gatherUrl)
    {
        for (int round = 0; round < GatherRounds; ++round) {
            m_writer.writeStartElement(QStringLiteral("Gather"));
            m_writer.writeAttribute(QStringLiteral("input"), QStringLiteral("dtmf"));
            m_writer.writeAttribute(QStringLiteral("numDigits"), QStringLiteral("1"));
            m_writer.writeAttribute(QStringLiteral("timeout"),
                                    QString::number(GatherTimeoutSeconds));
            // No finish key: "#" is a key like any other (answered as invalid), "*" repeats.
            m_writer.writeAttribute(QStringLiteral("finishOnKey"), QString());
            if (gatherUrl.isValid() && !gatherUrl.isEmpty()) {
                m_writer.writeAttribute(QStringLiteral("action"),
                                        gatherUrl.toString(QUrl::FullyEncoded));
                m_writer.writeAttribute(QStringLiteral("method"), QStringLiteral("POST"));
            }
            say(script, script.prompt);
            m_writer.writeEndElement();
        }
        say(script, script.noInput);
        hangup();
    }

    void hangup() { m_writer.writeEmptyElement(QStringLiteral("Hangup")); }

    QByteArray finish()
    {
        m_writer.writeEndElement();
        m_writer.writeEndDocument();
        return m_xml;
    }

private:
    QByteArray m_xml;
    QXmlStreamWriter m_writer;
};

} // namespace

QJsonObject VoiceScript::toJson() const
{
    QJsonObject keys;
    for (auto it = confirmations.cbegin(); it != confirmations.cend(); ++it)
        keys.insert(it.key(), it.value());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("language"), language},
            {QStringLiteral("voice"), voice},
            {QStringLiteral("prompt"), prompt},
            {QStringLiteral("confirmations"), keys},
            {QStringLiteral("invalidKey"), invalidKey},
            {QStringLiteral("noInput"), noInput}};
}

Result<VoiceScript, QString> VoiceScript::fromJson(const QJsonObject &object)
{
    VoiceScript script;
    const QJsonValue id = object.value(QStringLiteral("id"));
    if (!id.isString() || !validId(id.toString()))
        return fail(QStringLiteral("id must be 1 to 64 characters of A-Z, a-z, 0-9, _ and -"));
    script.id = id.toString();

    const auto language = stringMember(object, QStringLiteral("language"), script.language);
    if (!language)
        return fail(language.error());
    if (!validLanguage(*language))
        return fail(QStringLiteral("language must be a tag such as en-US"));
    script.language = *language;

    const auto voice = stringMember(object, QStringLiteral("voice"), script.voice);
    if (!voice)
        return fail(voice.error());
    if (!validVoice(*voice))
        return fail(QStringLiteral("voice must be a name such as Polly.Joanna"));
    script.voice = *voice;

    const auto prompt = stringMember(object, QStringLiteral("prompt"));
    if (!prompt)
        return fail(prompt.error());
    if (prompt->trimmed().isEmpty())
        return fail(QStringLiteral("prompt must not be empty"));
    script.prompt = *prompt;

    for (const QString &key : {QStringLiteral("invalidKey"), QStringLiteral("noInput")}) {
        const auto text = stringMember(object, key);
        if (!text)
            return fail(text.error());
        (key == QLatin1String("invalidKey") ? script.invalidKey : script.noInput) = *text;
    }

    const QJsonValue keys = object.value(QStringLiteral("confirmations"));
    if (!keys.isUndefined() && !keys.isNull() && !keys.isObject())
        return fail(QStringLiteral("confirmations must be an object"));
    const QJsonObject keyObject = keys.toObject();
    for (auto it = keyObject.constBegin(); it != keyObject.constEnd(); ++it) {
        if (!validKey(it.key()))
            return fail(QStringLiteral("confirmations: \"%1\" is not a key 0-9").arg(it.key()));
        const auto text = stringMember(keyObject, it.key());
        if (!text)
            return fail(QStringLiteral("confirmations: ") + text.error());
        if (text->trimmed().isEmpty())
            return fail(QStringLiteral("confirmations: %1 must not be empty").arg(it.key()));
        script.confirmations.insert(it.key(), *text);
    }
    return script;
}

QByteArray VoiceScript::answerTwiml(const QUrl &gatherUrl) const
{
    TwimlWriter writer;
    writer.menu(*this, gatherUrl);
    return writer.finish();
}

QByteArray VoiceScript::gatherTwiml(const QString &digits, const QUrl &gatherUrl) const
{
    const QString key = digits.trimmed();
    if (key == Star)
        return answerTwiml(gatherUrl);
    TwimlWriter writer;
    if (const auto it = confirmations.constFind(key); it != confirmations.constEnd()) {
        writer.say(*this, it.value());
        writer.hangup();
        return writer.finish();
    }
    writer.say(*this, invalidKey);
    writer.menu(*this, gatherUrl);
    return writer.finish();
}

} // namespace Vortex::Core::Paging
