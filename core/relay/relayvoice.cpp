// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "relayvoice.h"

#include "core/common/logging.h"
#include "core/paging/voicescript.h"
#include "core/relay/relayeventstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace Vortex::Core::Relay {

bool RelayVoice::isScriptId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

QByteArray RelayVoice::unavailableTwiml()
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("Response"));
    writer.writeTextElement(
        QStringLiteral("Say"),
        QCoreApplication::translate("RelayVoice",
                                    "Sorry, this alert is no longer available. Goodbye."));
    writer.writeEmptyElement(QStringLiteral("Hangup"));
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

QByteArray RelayVoice::twiml(const RelayEventStore &store, const QString &scriptId,
                             const std::function<QByteArray(const Paging::VoiceScript &)> &build)
{
    if (!isScriptId(scriptId))
        return unavailableTwiml();
    auto stored = store.voiceScript(scriptId);
    if (!stored) {
        qCWarning(lcRelay) << "cannot read voice script:" << stored.error();
        return {};
    }
    if (!stored.value())
        return unavailableTwiml();
    auto script = Paging::VoiceScript::fromJson(QJsonDocument::fromJson(*stored.value()).object());
    if (!script) {
        qCWarning(lcRelay) << "stored voice script is unreadable:" << script.error();
        return unavailableTwiml();
    }
    return build(script.value());
}

Result<QByteArray, QString> RelayVoice::scriptToStore(const QString &id, const QByteArray &body)
{
    if (!isScriptId(id))
        return fail(QStringLiteral("a script id is 1 to 64 characters of A-Z, a-z, 0-9, _ and -"));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(QStringLiteral("the body must be a JSON object"));
    auto script = Paging::VoiceScript::fromJson(document.object());
    if (!script)
        return fail(script.error());
    if (script.value().id != id)
        return fail(QStringLiteral("the body's id must match the URL"));
    return QJsonDocument(script.value().toJson()).toJson(QJsonDocument::Compact);
}

} // namespace Vortex::Core::Relay
