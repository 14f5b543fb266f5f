// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinscenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Vortex::Core::Twin {

namespace {

constexpr int HoursPerDay = 24;

Result<ScenarioRegion, QString> regionFromJson(const QJsonObject &o)
{
    ScenarioRegion r;
    r.region = o.value(QLatin1String("region")).toString().toUpper();
    r.share = o.value(QLatin1String("share")).toDouble();
    r.price = o.value(QLatin1String("price")).toString();
    r.numberPrefix = o.value(QLatin1String("numberPrefix")).toString();
    r.numberDigits = o.value(QLatin1String("numberDigits")).toInt();
    static const QRegularExpression prefix(QStringLiteral("^\\+[0-9]{1,12}$"));
    if (r.region.size() != 2)
        return fail(QStringLiteral("region: \"%1\" is not an ISO region code").arg(r.region));
    if (r.share < 0)
        return fail(QStringLiteral("region %1: share must be >= 0").arg(r.region));
    if (!prefix.match(r.numberPrefix).hasMatch() || r.numberDigits < r.numberPrefix.size()
        || r.numberDigits > 15)
        return fail(QStringLiteral("region %1: numberPrefix/numberDigits do not make E.164 numbers")
                        .arg(r.region));
    bool ok = r.price.isEmpty();
    if (!ok)
        ok = r.price.toDouble(&ok) > 0 && ok;
    if (!ok)
        return fail(
            QStringLiteral("region %1: price must be a positive decimal string").arg(r.region));
    return r;
}

Result<ScenarioPersona, QString> personaFromJson(const QJsonObject &o)
{
    ScenarioPersona persona;
    persona.name = o.value(QLatin1String("name")).toString();
    persona.share = o.value(QLatin1String("share")).toDouble();
    persona.missesPages = o.value(QLatin1String("missesPages")).toDouble();
    persona.mistypesCodes = o.value(QLatin1String("mistypesCodes")).toDouble();
    // The behaviours are a person object without a number: the twin's own parser reads them.
    QJsonObject template_ = o;
    template_.insert(QLatin1String("number"), QStringLiteral("+12015550100"));
    auto person = Person::fromJson(template_);
    if (!person)
        return fail(QStringLiteral("persona %1: %2").arg(persona.name, person.error()));
    persona.person = person.value();
    persona.person.number.clear();
    if (persona.share < 0 || persona.missesPages < 0 || persona.missesPages > 1
        || persona.mistypesCodes < 0 || persona.mistypesCodes > 1)
        return fail(QStringLiteral("persona %1: shares must be within 0–1").arg(persona.name));
    return persona;
}

} // namespace

qint64 TwinScenario::parseDuration(const QString &text)
{
    static const QRegularExpression iso(
        QStringLiteral("^P(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$"));
    const QRegularExpressionMatch m = iso.match(text);
    if (!m.hasMatch() || text == QLatin1String("P") || text.endsWith(QLatin1Char('T')))
        return -1;
    const qint64 days = m.captured(1).toLongLong();
    const qint64 hours = m.captured(2).toLongLong();
    const qint64 minutes = m.captured(3).toLongLong();
    const qint64 seconds = m.captured(4).toLongLong();
    return ((days * 24 + hours) * 60 + minutes) * 60000 + seconds * 1000;
}

Result<TwinScenario, QString> TwinScenario::fromFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read scenario %1").arg(fileName));
    return fromJson(file.readAll());
}

Result<TwinScenario, QString> TwinScenario::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return fail(
            QStringLiteral("scenario: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    const QJsonObject o = document.object();
    TwinScenario s;
    s.name = o.value(QLatin1String("name")).toString();
    s.seed = static_cast<quint64>(o.value(QLatin1String("seed")).toInteger(1));
    if (o.contains(QLatin1String("start"))) {
        s.start = QDateTime::fromString(o.value(QLatin1String("start")).toString(), Qt::ISODate);
        if (!s.start.isValid())
            return fail(QStringLiteral("scenario: start is not an ISO 8601 date-time"));
        s.start = s.start.toUTC();
    }
    s.durationMs
        = parseDuration(o.value(QLatin1String("duration")).toString(QStringLiteral("P1D")));
    if (s.durationMs <= 0)
        return fail(QStringLiteral("scenario: duration must be an ISO 8601 duration like P1D"));
    s.people = o.value(QLatin1String("people")).toInt(s.people);
    s.messagesPerDay = o.value(QLatin1String("messagesPerDay")).toInt();
    s.whatsappShare = o.value(QLatin1String("whatsappShare")).toDouble();
    if (s.people < 1 || s.messagesPerDay < 0 || s.whatsappShare < 0 || s.whatsappShare > 1)
        return fail(
            QStringLiteral("scenario: people >= 1, messagesPerDay >= 0, whatsappShare 0–1"));

    const QJsonArray curve = o.value(QLatin1String("hourlyCurve")).toArray();
    for (const QJsonValue &weight : curve)
        s.hourlyCurve.append(weight.toDouble(-1));
    if (s.hourlyCurve.isEmpty())
        s.hourlyCurve = QList<double>(HoursPerDay, 1.0);
    double total = 0;
    for (double weight : std::as_const(s.hourlyCurve))
        total += weight < 0 ? -1e9 : weight;
    if (s.hourlyCurve.size() != HoursPerDay || total <= 0)
        return fail(QStringLiteral("scenario: hourlyCurve needs 24 weights >= 0, not all 0"));

    double regionShares = 0;
    for (const QJsonValue &value : o.value(QLatin1String("regions")).toArray()) {
        auto region = regionFromJson(value.toObject());
        if (!region)
            return fail(region.error());
        regionShares += region.value().share;
        s.regions.append(region.value());
    }
    if (s.regions.isEmpty() || regionShares <= 0)
        return fail(QStringLiteral("scenario: at least one region with a share > 0"));

    double personaShares = 0;
    for (const QJsonValue &value : o.value(QLatin1String("personas")).toArray()) {
        auto persona = personaFromJson(value.toObject());
        if (!persona)
            return fail(persona.error());
        personaShares += persona.value().share;
        s.personas.append(persona.value());
    }
    if (s.personas.isEmpty() || personaShares <= 0)
        return fail(QStringLiteral("scenario: at least one persona with a share > 0"));

    const QJsonObject incidents = o.value(QLatin1String("incidents")).toObject();
    ScenarioIncidents &i = s.incidents;
    i.sev1 = incidents.value(QLatin1String("sev1")).toInt();
    i.verifications = incidents.value(QLatin1String("verifications")).toInt();
    i.escalateAfterMs = parseDuration(
        incidents.value(QLatin1String("escalateAfter")).toString(QStringLiteral("PT5M")));
    i.checkAfterMs = parseDuration(
        incidents.value(QLatin1String("checkAfter")).toString(QStringLiteral("PT45S")));
    i.callTwiml = incidents.value(QLatin1String("callTwiml")).toString(i.callTwiml);
    if (i.sev1 < 0 || i.verifications < 0 || i.escalateAfterMs < 0 || i.checkAfterMs < 0)
        return fail(QStringLiteral("scenario: incidents need counts >= 0 and valid durations"));
    return s;
}

} // namespace Vortex::Core::Twin
