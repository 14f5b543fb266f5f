// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twintwiml.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace Vortex::Core::Twin {

namespace {

constexpr int MsPerWord = 400; // ≈ 150 words a minute, a typical TTS pace
constexpr int MinSayMs = 1000;

constexpr int MaxDepth = 32; // deeper nesting is not TwiML; refusing it keeps the stack small

/// Reads the element the reader is on (its start tag was just read) up to its end tag.
TwimlVerb readVerb(QXmlStreamReader &reader, int depth = 0)
{
    if (depth > MaxDepth) {
        reader.raiseError(QStringLiteral("TwiML nested too deeply"));
        return {};
    }
    TwimlVerb verb;
    verb.name = reader.name().toString();
    for (const QXmlStreamAttribute &attribute : reader.attributes())
        verb.attributes.insert(attribute.name().toString(), attribute.value().toString());
    QString text;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::Characters) {
            text += reader.text();
        } else if (token == QXmlStreamReader::StartElement) {
            // Gather nests Say/Play/Pause; SSML inside Say (<break/>, <emphasis>…) keeps its text.
            TwimlVerb child = readVerb(reader, depth + 1);
            if (verb.name == QLatin1String("Gather"))
                verb.children.append(child);
            else
                text += child.text + QLatin1Char(' ');
        } else if (token == QXmlStreamReader::EndElement) {
            break;
        }
    }
    verb.text = text.simplified();
    return verb;
}

} // namespace

Result<QList<TwimlVerb>, QString> TwinTwiml::parse(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QList<TwimlVerb> verbs;
    bool sawResponse = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (sawResponse || reader.name() != QLatin1String("Response"))
            return fail(QStringLiteral("the root element must be <Response>, not <%1>")
                            .arg(reader.name().toString()));
        sawResponse = true;
        while (!reader.atEnd()) {
            const auto inner = reader.readNext();
            if (inner == QXmlStreamReader::StartElement)
                verbs.append(readVerb(reader));
            else if (inner == QXmlStreamReader::EndElement)
                break;
        }
    }
    if (reader.hasError())
        return fail(
            QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString()));
    if (!sawResponse)
        return fail(QStringLiteral("no <Response> element"));
    return verbs;
}

int TwinTwiml::sayDurationMs(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const auto words = text.split(space, Qt::SkipEmptyParts).size();
    return qMax(MinSayMs, static_cast<int>(words) * MsPerWord);
}

} // namespace Vortex::Core::Twin
