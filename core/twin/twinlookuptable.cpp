// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinlookuptable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Vortex::Core::Twin {

const QStringList &TwinLookupTable::lineTypes()
{
    // Lookup v2 line_type_intelligence.type values (Twilio's docs).
    static const QStringList types{
        QStringLiteral("landline"),     QStringLiteral("mobile"),     QStringLiteral("fixedVoip"),
        QStringLiteral("nonFixedVoip"), QStringLiteral("personal"),   QStringLiteral("tollFree"),
        QStringLiteral("premium"),      QStringLiteral("sharedCost"), QStringLiteral("uan"),
        QStringLiteral("voicemail"),    QStringLiteral("pager"),      QStringLiteral("unknown")};
    return types;
}

Result<TwinLookupCarrier, QString> TwinLookupCarrier::fromJson(const QJsonObject &object)
{
    static const QRegularExpression prefixPattern(QStringLiteral("^\\+[0-9]{1,15}$"));
    static const QRegularExpression codePattern(QStringLiteral("^([0-9]{2,3})?$"));
    TwinLookupCarrier carrier;
    carrier.prefix = object.value(QLatin1String("prefix")).toString();
    carrier.type = object.value(QLatin1String("type")).toString();
    carrier.carrierName = object.value(QLatin1String("carrierName")).toString();
    carrier.mobileCountryCode = object.value(QLatin1String("mobileCountryCode")).toString();
    carrier.mobileNetworkCode = object.value(QLatin1String("mobileNetworkCode")).toString();
    if (!prefixPattern.match(carrier.prefix).hasMatch())
        return fail(QStringLiteral("lookup carrier prefix must be '+' and digits: '%1'")
                        .arg(carrier.prefix));
    if (!carrier.type.isEmpty() && !TwinLookupTable::lineTypes().contains(carrier.type))
        return fail(QStringLiteral("unknown lookup line type '%1'").arg(carrier.type));
    if (!codePattern.match(carrier.mobileCountryCode).hasMatch()
        || !codePattern.match(carrier.mobileNetworkCode).hasMatch())
        return fail(QStringLiteral("mobile country/network codes are 2–3 digits (prefix %1)")
                        .arg(carrier.prefix));
    return carrier;
}

QJsonObject TwinLookupCarrier::toJson() const
{
    return QJsonObject{{QLatin1String("prefix"), prefix},
                       {QLatin1String("type"), type},
                       {QLatin1String("carrierName"), carrierName},
                       {QLatin1String("mobileCountryCode"), mobileCountryCode},
                       {QLatin1String("mobileNetworkCode"), mobileNetworkCode}};
}

TwinLookupTable TwinLookupTable::defaults()
{
    const auto row = [](const char *prefix, const char *type, const char *name, const char *mcc,
                        const char *mnc) {
        return TwinLookupCarrier{QString::fromLatin1(prefix), QString::fromLatin1(type),
                                 QString::fromUtf8(name), QString::fromLatin1(mcc),
                                 QString::fromLatin1(mnc)};
    };
    TwinLookupTable table;
    // US numbers are "fixed line or mobile" for libphonenumber (reported as mobile unless a row
    // says otherwise). The twin's
    // own +1 201-555-012x numbers are Twilio's, like the spec's example.
    table.m_carriers = {
        row("+1", "", "T-Mobile USA, Inc.", "310", "260"),
        row("+1415", "mobile", "Verizon Wireless", "311", "480"),
        row("+1212", "landline", "Verizon New York Inc.", "", ""),
        row("+1201555012", "nonFixedVoip", "Twilio - SMS/MMS-SVR", "240", "38"),
        row("+447", "", "EE", "234", "30"),
        row("+4474", "", "Vodafone UK", "234", "15"),
        row("+441", "", "BT", "", ""),
        row("+442", "", "BT", "", ""),
        row("+4456", "", "Magrathea Telecommunications", "", ""),
        row("+49151", "", "Telekom Deutschland GmbH", "262", "01"),
        row("+49152", "", "Vodafone GmbH", "262", "02"),
        row("+49157", "", "Telefónica Germany GmbH", "262", "03"),
        row("+4930", "", "Deutsche Telekom AG", "", ""),
        row("+91", "", "Bharti Airtel", "404", "10"),
    };
    return table;
}

Result<TwinLookupTable, QString> TwinLookupTable::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(QStringLiteral("lookup table: %1").arg(error.errorString()));
    const QJsonArray rows = document.isArray()
                                ? document.array()
                                : document.object().value(QLatin1String("carriers")).toArray();
    if (!document.isArray() && !document.object().contains(QLatin1String("carriers")))
        return fail(QStringLiteral("lookup table: expected {\"carriers\": [...]}"));
    TwinLookupTable table;
    for (const QJsonValue &value : rows) {
        const auto carrier = TwinLookupCarrier::fromJson(value.toObject());
        if (!carrier)
            return fail(carrier.error());
        table.m_carriers.append(carrier.value());
    }
    return table;
}

QJsonObject TwinLookupTable::toJson() const
{
    QJsonArray rows;
    for (const TwinLookupCarrier &carrier : m_carriers)
        rows.append(carrier.toJson());
    return QJsonObject{{QLatin1String("carriers"), rows}};
}

const TwinLookupCarrier *TwinLookupTable::match(const QString &e164) const
{
    const TwinLookupCarrier *best = nullptr;
    for (const TwinLookupCarrier &carrier : m_carriers) {
        if (e164.startsWith(carrier.prefix)
            && (!best || carrier.prefix.size() > best->prefix.size()))
            best = &carrier;
    }
    return best;
}

} // namespace Vortex::Core::Twin
