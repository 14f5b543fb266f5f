// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinchaosprofile.h"

#include "core/phone/phonenumbers.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <type_traits>

namespace Vortex::Core::Twin {

namespace {

// Form key → JSON key for the plain numbers; the lists and the incident are mapped by hand.
struct NumberKey
{
    const char *form;
    const char *json;
};
constexpr NumberKey NumberKeys[] = {
    {"Rate429", "rate_429"},
    {"RetryAfter", "retry_after"},
    {"Rate500", "rate_500"},
    {"Rate503", "rate_503"},
    {"SlowRate", "slow_rate"},
    {"SlowMinMs", "slow_min_ms"},
    {"SlowMaxMs", "slow_max_ms"},
    {"DropRate", "drop_rate"},
    {"DuplicateRate", "duplicate_rate"},
    {"ReorderRate", "reorder_rate"},
    {"SenderMps", "sender_mps"},
};

bool isRate(double value)
{
    return value >= 0 && value <= 1;
}

QStringList splitList(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.append(part.trimmed());
    return out;
}

} // namespace

QJsonObject ChaosProfile::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("rate_429"), rate429);
    o.insert(QLatin1String("retry_after"), retryAfterSeconds);
    o.insert(QLatin1String("rate_500"), rate500);
    o.insert(QLatin1String("rate_503"), rate503);
    o.insert(QLatin1String("slow_rate"), slowRate);
    o.insert(QLatin1String("slow_min_ms"), slowMinMs);
    o.insert(QLatin1String("slow_max_ms"), slowMaxMs);
    o.insert(QLatin1String("drop_rate"), dropRate);
    o.insert(QLatin1String("duplicate_rate"), duplicateRate);
    o.insert(QLatin1String("reorder_rate"), reorderRate);
    o.insert(QLatin1String("sender_mps"), senderMps);
    o.insert(QLatin1String("unregistered_senders"),
             QJsonArray::fromStringList(unregisteredSenders));
    QJsonObject prefixes;
    for (auto it = carrierPrefixes.cbegin(); it != carrierPrefixes.cend(); ++it)
        prefixes.insert(it.key(), it.value());
    o.insert(QLatin1String("carrier_prefixes"), prefixes);
    QJsonObject incidentJson;
    incidentJson.insert(QLatin1String("carrier"), incident.carrier);
    incidentJson.insert(QLatin1String("region"), incident.region);
    incidentJson.insert(QLatin1String("share"), incident.share);
    o.insert(QLatin1String("incident"), incidentJson);
    return o;
}

Result<ChaosProfile, QString> ChaosProfile::fromJson(const QJsonObject &json,
                                                     const ChaosProfile &base)
{
    ChaosProfile p = base;
    QString problem;
    const auto number = [&](const char *key, auto *target) {
        const QString name = QString::fromLatin1(key);
        if (!json.contains(name))
            return;
        const QJsonValue value = json.value(name);
        if (!value.isDouble()) {
            problem = QStringLiteral("%1 must be a number").arg(name);
            return;
        }
        *target = static_cast<std::remove_pointer_t<decltype(target)>>(value.toDouble());
    };
    number("rate_429", &p.rate429);
    number("retry_after", &p.retryAfterSeconds);
    number("rate_500", &p.rate500);
    number("rate_503", &p.rate503);
    number("slow_rate", &p.slowRate);
    number("slow_min_ms", &p.slowMinMs);
    number("slow_max_ms", &p.slowMaxMs);
    number("drop_rate", &p.dropRate);
    number("duplicate_rate", &p.duplicateRate);
    number("reorder_rate", &p.reorderRate);
    number("sender_mps", &p.senderMps);
    if (json.contains(QLatin1String("unregistered_senders"))) {
        p.unregisteredSenders.clear();
        for (const QJsonValue &v : json.value(QLatin1String("unregistered_senders")).toArray())
            p.unregisteredSenders.append(v.toString());
    }
    if (json.contains(QLatin1String("carrier_prefixes"))) {
        p.carrierPrefixes.clear();
        const QJsonObject prefixes = json.value(QLatin1String("carrier_prefixes")).toObject();
        for (auto it = prefixes.begin(); it != prefixes.end(); ++it)
            p.carrierPrefixes.insert(it.key(), it.value().toString());
    }
    if (json.contains(QLatin1String("incident"))) {
        const QJsonObject incident = json.value(QLatin1String("incident")).toObject();
        p.incident.carrier = incident.value(QLatin1String("carrier")).toString(p.incident.carrier);
        p.incident.region = incident.value(QLatin1String("region")).toString(p.incident.region);
        p.incident.share = incident.value(QLatin1String("share")).toDouble(p.incident.share);
    }
    if (!problem.isEmpty())
        return fail(problem);
    problem = p.validate();
    if (!problem.isEmpty())
        return fail(problem);
    return p;
}

Result<ChaosProfile, QString> ChaosProfile::fromForm(const Twilio::FormParams &form,
                                                     const ChaosProfile &base)
{
    const bool reset = form.value(QStringLiteral("Reset")).toLower() == QLatin1String("true");
    QJsonObject json;
    for (const NumberKey &key : NumberKeys) {
        const QString name = QString::fromLatin1(key.form);
        if (!form.contains(name))
            continue;
        bool ok = false;
        const double value = form.value(name).toDouble(&ok);
        if (!ok)
            return fail(QStringLiteral("%1 must be a number").arg(name));
        json.insert(QString::fromLatin1(key.json), value);
    }
    if (form.contains(QStringLiteral("UnregisteredSenders")))
        json.insert(QLatin1String("unregistered_senders"),
                    QJsonArray::fromStringList(
                        splitList(form.value(QStringLiteral("UnregisteredSenders")))));
    if (form.contains(QStringLiteral("CarrierPrefixes"))) {
        QJsonObject prefixes;
        for (const QString &pair : splitList(form.value(QStringLiteral("CarrierPrefixes")))) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return fail(QStringLiteral("CarrierPrefixes entries look like +4474=Name"));
            prefixes.insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
        }
        json.insert(QLatin1String("carrier_prefixes"), prefixes);
    }
    const ChaosProfile start = reset ? ChaosProfile{} : base;
    QJsonObject incident;
    incident.insert(QLatin1String("carrier"),
                    form.value(QStringLiteral("IncidentCarrier"), start.incident.carrier));
    incident.insert(QLatin1String("region"),
                    form.value(QStringLiteral("IncidentRegion"), start.incident.region));
    if (form.contains(QStringLiteral("IncidentShare"))) {
        bool ok = false;
        const double share = form.value(QStringLiteral("IncidentShare")).toDouble(&ok);
        if (!ok)
            return fail(QStringLiteral("IncidentShare must be a number"));
        incident.insert(QLatin1String("share"), share);
    }
    json.insert(QLatin1String("incident"), incident);
    return fromJson(json, start);
}

QString ChaosProfile::validate() const
{
    for (const double rate : {rate429, rate500, rate503, slowRate, dropRate, duplicateRate,
                              reorderRate, incident.share}) {
        if (!isRate(rate))
            return QStringLiteral("Rates and shares must be between 0 and 1");
    }
    if (rate429 + rate500 + rate503 > 1)
        return QStringLiteral("rate_429 + rate_500 + rate_503 must not exceed 1");
    if (dropRate + duplicateRate + reorderRate > 1)
        return QStringLiteral("drop_rate + duplicate_rate + reorder_rate must not exceed 1");
    if (retryAfterSeconds < 0 || slowMinMs < 0 || slowMaxMs < slowMinMs || slowMaxMs > 60000)
        return QStringLiteral("retry_after >= 0 and 0 <= slow_min_ms <= slow_max_ms <= 60000");
    if (senderMps < 0)
        return QStringLiteral("sender_mps must be >= 0");
    static const QRegularExpression region(QStringLiteral("^[A-Z]{2}$"));
    static const QRegularExpression prefix(QStringLiteral("^\\+[1-9][0-9]{0,14}$"));
    for (const QString &sender : unregisteredSenders) {
        PhoneNumber parsed;
        if (!region.match(sender).hasMatch() && !PhoneNumbers::parseE164(sender, &parsed))
            return QStringLiteral("unregistered_senders: %1 is neither E.164 nor a region")
                .arg(sender);
    }
    for (auto it = carrierPrefixes.cbegin(); it != carrierPrefixes.cend(); ++it) {
        if (!prefix.match(it.key()).hasMatch() || it.value().isEmpty())
            return QStringLiteral("carrier_prefixes: %1 is not a +digits prefix with a name")
                .arg(it.key());
    }
    if (!incident.region.isEmpty() && !region.match(incident.region).hasMatch())
        return QStringLiteral("incident region must be an ISO region such as GB");
    if (!incident.carrier.isEmpty() && !carrierPrefixes.values().contains(incident.carrier))
        return QStringLiteral("incident carrier %1 has no prefix in carrier_prefixes")
            .arg(incident.carrier);
    return {};
}

QString ChaosProfile::carrierOf(const QString &e164) const
{
    QString best;
    qsizetype bestLength = 0;
    for (auto it = carrierPrefixes.cbegin(); it != carrierPrefixes.cend(); ++it) {
        if (e164.startsWith(it.key()) && it.key().size() > bestLength) {
            best = it.value();
            bestLength = it.key().size();
        }
    }
    return best;
}

} // namespace Vortex::Core::Twin
