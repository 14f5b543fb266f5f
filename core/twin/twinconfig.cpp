// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinconfig.h"

#include "core/phone/phonenumbers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Vortex::Core::Twin {

namespace {

bool isSid(const QString &value, QLatin1String prefix)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{2}[0-9a-fA-F]{32}$"));
    return value.startsWith(prefix) && pattern.match(value).hasMatch();
}

CountryProfile profile(const char *price, double undelivered, double failed, double filtered,
                       DelayRange queued, DelayRange delivered)
{
    CountryProfile p;
    p.pricePerSegment = QString::fromLatin1(price);
    p.undelivered = undelivered;
    p.failed = failed;
    p.filtered = filtered;
    p.queuedToSent = queued;
    p.sentToDelivered = delivered;
    return p;
}

DelayRange readRange(const QJsonValue &value, DelayRange fallback)
{
    const QJsonArray array = value.toArray();
    if (array.size() != 2)
        return fallback;
    return {array.at(0).toInt(fallback.minMs), array.at(1).toInt(fallback.maxMs)};
}

QString readPrice(const QJsonValue &value, const QString &fallback)
{
    // Prices are decimal strings as in Twilio's API; a JSON number is accepted for convenience.
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 5);
    return fallback;
}

CountryProfile readProfile(const QJsonObject &o, const CountryProfile &base)
{
    CountryProfile p = base;
    p.pricePerSegment = readPrice(o.value(QLatin1String("price")), p.pricePerSegment);
    p.priceUnit = o.value(QLatin1String("priceUnit")).toString(p.priceUnit);
    p.undelivered = o.value(QLatin1String("undelivered")).toDouble(p.undelivered);
    p.failed = o.value(QLatin1String("failed")).toDouble(p.failed);
    p.filtered = o.value(QLatin1String("filtered")).toDouble(p.filtered);
    if (o.contains(QLatin1String("undeliveredCodes"))) {
        p.undeliveredCodes.clear();
        for (const QJsonValue &code : o.value(QLatin1String("undeliveredCodes")).toArray())
            p.undeliveredCodes.append(code.toInt());
    }
    p.queuedToSent = readRange(o.value(QLatin1String("queuedToSentMs")), p.queuedToSent);
    p.sentToDelivered = readRange(o.value(QLatin1String("sentToDeliveredMs")), p.sentToDelivered);
    return p;
}

} // namespace

TwinConfig TwinConfig::defaults()
{
    TwinConfig config;
    config.accountSid = QStringLiteral("ACa1b2c3d4e5f60718293a4b5c6d7e8f90");
    config.authToken = QByteArrayLiteral("twin0demo0auth0token0000000000ab");
    config.numbers = {{QStringLiteral("+12015550123"), {}}, {QStringLiteral("+447400123456"), {}}};
    config.seed = 1;
    // Per-segment prices: US from Twilio's price list, the rest rough [est] figures (TWILIO.md
    // §11).
    config.countries.insert(QStringLiteral("US"),
                            profile("0.00830", 0.02, 0.005, 0.003, {200, 1500}, {2000, 8000}));
    config.countries.insert(QStringLiteral("CA"),
                            profile("0.00830", 0.02, 0.005, 0.003, {200, 1500}, {2000, 8000}));
    config.countries.insert(QStringLiteral("GB"),
                            profile("0.05240", 0.02, 0.005, 0.002, {300, 2000}, {3000, 10000}));
    config.countries.insert(QStringLiteral("DE"),
                            profile("0.08440", 0.02, 0.005, 0.002, {300, 2000}, {3000, 10000}));
    config.countries.insert(QStringLiteral("IN"),
                            profile("0.08300", 0.06, 0.01, 0.02, {500, 3000}, {4000, 20000}));
    config.countries.insert(QStringLiteral("BR"),
                            profile("0.06250", 0.04, 0.01, 0.01, {500, 3000}, {4000, 15000}));
    config.countries.insert(QStringLiteral("*"),
                            profile("0.05000", 0.04, 0.01, 0.005, {500, 3000}, {4000, 20000}));
    return config;
}

Result<TwinConfig, QString> TwinConfig::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(
            QStringLiteral("twin config is not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    TwinConfig config = defaults();
    config.accountSid = root.value(QLatin1String("accountSid")).toString(config.accountSid);
    if (root.contains(QLatin1String("authToken")))
        config.authToken = root.value(QLatin1String("authToken")).toString().toUtf8();
    for (const QJsonValue &key : root.value(QLatin1String("apiKeys")).toArray()) {
        const QJsonObject o = key.toObject();
        config.apiKeys.append({o.value(QLatin1String("sid")).toString(),
                               o.value(QLatin1String("secret")).toString().toUtf8()});
    }
    if (root.contains(QLatin1String("numbers"))) {
        config.numbers.clear();
        for (const QJsonValue &entry : root.value(QLatin1String("numbers")).toArray()) {
            if (entry.isString()) {
                config.numbers.append({entry.toString(), {}});
                continue;
            }
            const QJsonObject o = entry.toObject();
            config.numbers.append({o.value(QLatin1String("number")).toString(),
                                   o.value(QLatin1String("smsUrl")).toString()});
        }
    }
    const QJsonValue seed = root.value(QLatin1String("seed"));
    if (seed.isDouble())
        config.seed = static_cast<quint64>(seed.toInteger());
    else if (seed.isString())
        config.seed = seed.toString().toULongLong();
    const QJsonObject countries = root.value(QLatin1String("countries")).toObject();
    const CountryProfile fallback = config.profileFor(QStringLiteral("*"));
    for (auto it = countries.constBegin(); it != countries.constEnd(); ++it) {
        const QString region = it.key().toUpper();
        const CountryProfile base = config.countries.value(region, fallback);
        config.countries.insert(region, readProfile(it.value().toObject(), base));
    }
    const QJsonObject faults = root.value(QLatin1String("faults")).toObject();
    FaultProfile &f = config.faults;
    f.rate429 = faults.value(QLatin1String("rate429")).toDouble(f.rate429);
    f.rate500 = faults.value(QLatin1String("rate500")).toDouble(f.rate500);
    f.latencyMs = faults.value(QLatin1String("latencyMs")).toInt(f.latencyMs);
    f.retryAfterSeconds
        = faults.value(QLatin1String("retryAfterSeconds")).toInt(f.retryAfterSeconds);
    config.maxBodyBytes = root.value(QLatin1String("maxBodyBytes")).toInt(config.maxBodyBytes);
    config.controlApi = root.value(QLatin1String("controlApi")).toBool(config.controlApi);
    config.senderMps = root.value(QLatin1String("senderMps")).toInt(config.senderMps);
    const QString problem = config.validate();
    if (!problem.isEmpty())
        return fail(problem);
    return config;
}

const CountryProfile &TwinConfig::profileFor(const QString &regionCode) const
{
    static const CountryProfile builtIn;
    auto it = countries.constFind(regionCode);
    if (it == countries.cend())
        it = countries.constFind(QStringLiteral("*"));
    return it == countries.cend() ? builtIn : *it;
}

const OwnedNumber *TwinConfig::findNumber(const QString &e164) const
{
    for (const OwnedNumber &n : numbers) {
        if (n.number == e164)
            return &n;
    }
    return nullptr;
}

QString TwinConfig::validate() const
{
    if (!isSid(accountSid, QLatin1String("AC")))
        return QStringLiteral("accountSid must be AC followed by 32 hex digits");
    if (authToken.isEmpty())
        return QStringLiteral("authToken must not be empty");
    for (const ApiKey &key : apiKeys) {
        if (!isSid(key.sid, QLatin1String("SK")) || key.secret.isEmpty())
            return QStringLiteral("apiKeys need an SK… sid and a secret");
    }
    for (const OwnedNumber &n : numbers) {
        PhoneNumber parsed;
        if (!PhoneNumbers::parseE164(n.number, &parsed))
            return QStringLiteral("number %1 is not a valid E.164 number")
                .arg(PhoneNumbers::masked(n.number));
        if (!n.smsUrl.isEmpty() && !n.smsUrl.startsWith(QLatin1String("http")))
            return QStringLiteral("smsUrl of %1 must be an http(s) URL")
                .arg(PhoneNumbers::masked(n.number));
    }
    for (auto it = countries.constBegin(); it != countries.constEnd(); ++it) {
        const CountryProfile &p = it.value();
        const double sum = p.undelivered + p.failed + p.filtered;
        if (p.undelivered < 0 || p.failed < 0 || p.filtered < 0 || sum > 1.0)
            return QStringLiteral("country %1: outcome shares must be ≥ 0 and sum to ≤ 1")
                .arg(it.key());
        bool priceOk = false;
        p.pricePerSegment.toDouble(&priceOk);
        if (!priceOk)
            return QStringLiteral("country %1: price must be a decimal string").arg(it.key());
        if (p.queuedToSent.minMs < 0 || p.queuedToSent.maxMs < p.queuedToSent.minMs
            || p.sentToDelivered.minMs < 0 || p.sentToDelivered.maxMs < p.sentToDelivered.minMs)
            return QStringLiteral("country %1: delay ranges must be [min, max] with 0 ≤ min ≤ max")
                .arg(it.key());
    }
    if (faults.rate429 < 0 || faults.rate429 > 1 || faults.rate500 < 0 || faults.rate500 > 1)
        return QStringLiteral("fault rates must be between 0 and 1");
    return {};
}

} // namespace Vortex::Core::Twin
