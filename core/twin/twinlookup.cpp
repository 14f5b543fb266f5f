// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinlookup.h"

#include "core/phone/phonenumbers.h"
#include "core/twilio/formparams.h"
#include "twinapi.h"
#include "twinclock.h"
#include "twinledger.h"
#include "twinserver.h"

#include <QJsonArray>
#include <QJsonDocument>

// PhoneNumbers answers valid/invalid, E.164 and region; the national format, the reason a
// number is invalid and the finer line types (premium, pager, UAN…) come from libphonenumber
// itself, which PhoneNumbers does not expose.
#include <phonenumbers/phonenumberutil.h>

namespace Vortex::Core::Twin {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

/// What libphonenumber says about the looked-up number.
struct NumberFacts
{
    bool valid = false;
    QString e164;
    QString region;
    int callingCode = 0;
    QString national;
    QString type;
    QString error; ///< Lookup's validation error when not valid
};

QString lineType(PhoneNumberUtil::PhoneNumberType type)
{
    switch (type) {
    case PhoneNumberUtil::MOBILE:
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE: // US/CA: the carrier table refines it
        return QStringLiteral("mobile");
    case PhoneNumberUtil::FIXED_LINE:
        return QStringLiteral("landline");
    case PhoneNumberUtil::TOLL_FREE:
        return QStringLiteral("tollFree");
    case PhoneNumberUtil::PREMIUM_RATE:
        return QStringLiteral("premium");
    case PhoneNumberUtil::SHARED_COST:
        return QStringLiteral("sharedCost");
    case PhoneNumberUtil::VOIP:
        return QStringLiteral("nonFixedVoip");
    case PhoneNumberUtil::PERSONAL_NUMBER:
        return QStringLiteral("personal");
    case PhoneNumberUtil::PAGER:
        return QStringLiteral("pager");
    case PhoneNumberUtil::UAN:
        return QStringLiteral("uan");
    case PhoneNumberUtil::VOICEMAIL:
        return QStringLiteral("voicemail");
    default:
        return QStringLiteral("unknown");
    }
}

QString parseError(PhoneNumberUtil::ErrorType error)
{
    switch (error) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return QStringLiteral("INVALID_COUNTRY_CODE");
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return QStringLiteral("TOO_SHORT");
    case PhoneNumberUtil::TOO_LONG_NSN:
        return QStringLiteral("TOO_LONG");
    default:
        return QStringLiteral("NOT_A_NUMBER");
    }
}

QString possibilityError(PhoneNumberUtil::ValidationResult result)
{
    switch (result) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return QStringLiteral("INVALID_COUNTRY_CODE");
    case PhoneNumberUtil::TOO_SHORT:
        return QStringLiteral("TOO_SHORT");
    case PhoneNumberUtil::TOO_LONG:
        return QStringLiteral("TOO_LONG");
    case PhoneNumberUtil::INVALID_LENGTH:
        return QStringLiteral("INVALID_LENGTH");
    default: // possible, but not in any assigned range
        return QStringLiteral("INVALID_BUT_POSSIBLE");
    }
}

NumberFacts analyse(const QString &input, const QString &defaultRegion)
{
    NumberFacts facts;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    const std::string region
        = input.startsWith(QLatin1Char('+')) ? std::string("ZZ") : defaultRegion.toStdString();
    const auto status = util->Parse(input.toStdString(), region, &number);
    if (status != PhoneNumberUtil::NO_PARSING_ERROR) {
        facts.error = parseError(status);
        return facts;
    }
    PhoneNumber parsed;
    if (!PhoneNumbers::parseLoose(input, QString::fromStdString(region), &parsed)) {
        facts.error = possibilityError(util->IsPossibleNumberWithReason(number));
        return facts;
    }
    std::string national;
    util->Format(number, PhoneNumberUtil::NATIONAL, &national);
    facts.valid = true;
    facts.e164 = parsed.e164;
    facts.region = parsed.regionCode;
    facts.callingCode = parsed.countryCode;
    facts.national = QString::fromStdString(national);
    facts.type = lineType(util->GetNumberType(number));
    return facts;
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

bool hasCarrierData(const QString &type)
{
    // Twilio has no carrier for personal, tollFree, premium, sharedCost, uan, voicemail, pager
    // and unknown numbers.
    return type == QLatin1String("mobile") || type == QLatin1String("landline")
           || type == QLatin1String("fixedVoip") || type == QLatin1String("nonFixedVoip");
}

TwinResponse json(int status, const QJsonObject &object)
{
    return TwinApi::jsonResponse(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

TwinLookup::TwinLookup(const TwinContext &context, TwinLookupTable table)
    : m_context(context)
    , m_table(std::move(table))
{}

std::optional<TwinResponse> TwinLookup::handleApi(const TwinRequest &request)
{
    static const QString prefix = QStringLiteral("/v2/PhoneNumbers/");
    if (!request.path.startsWith(prefix))
        return std::nullopt;
    const QString number = request.path.mid(prefix.size());
    if (number.isEmpty() || number.contains(QLatin1Char('/')))
        return std::nullopt;
    if (request.method != QLatin1String("GET"))
        return TwinApi::errorResponse({405, 20004, {}});
    return lookup(number, request);
}

QJsonObject TwinLookup::lineTypeIntelligence(const QString &e164, const QString &type) const
{
    const TwinLookupCarrier *row = m_table.match(e164);
    const QString finalType = row && !row->type.isEmpty() ? row->type : type;
    const bool carrier = row && hasCarrierData(finalType);
    QJsonObject o;
    o.insert(QLatin1String("mobile_country_code"),
             nullable(carrier ? row->mobileCountryCode : QString()));
    o.insert(QLatin1String("mobile_network_code"),
             nullable(carrier ? row->mobileNetworkCode : QString()));
    o.insert(QLatin1String("carrier_name"), nullable(carrier ? row->carrierName : QString()));
    o.insert(QLatin1String("type"), finalType);
    // 60600 "Unprovisioned or out of coverage" when nothing is known about the line.
    o.insert(QLatin1String("error_code"), finalType == QLatin1String("unknown")
                                              ? QJsonValue(60600)
                                              : QJsonValue(QJsonValue::Null));
    return o;
}

TwinResponse TwinLookup::lookup(const QString &number, const TwinRequest &request)
{
    Twilio::FormParams params;
    if (!Twilio::FormParams::decode(request.query, &params))
        return TwinApi::errorResponse({400, 20001, {}});
    QStringList fields;
    for (const QString &list : params.values(QStringLiteral("Fields"))) {
        for (const QString &field : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
            fields << field.trimmed();
    }
    // The path's number in E.164 or national format; national numbers default to +1.
    const NumberFacts facts = analyse(
        number, params.value(QStringLiteral("CountryCode"), QStringLiteral("US")).toUpper());

    const QJsonValue null(QJsonValue::Null);
    QJsonObject o;
    o.insert(QLatin1String("calling_country_code"),
             facts.valid ? QJsonValue(QString::number(facts.callingCode)) : null);
    o.insert(QLatin1String("country_code"), facts.valid ? QJsonValue(facts.region) : null);
    o.insert(QLatin1String("phone_number"), facts.valid ? facts.e164 : number);
    o.insert(QLatin1String("national_format"), facts.valid ? QJsonValue(facts.national) : null);
    o.insert(QLatin1String("valid"), facts.valid);
    o.insert(QLatin1String("validation_errors"),
             facts.valid ? null : QJsonValue(QJsonArray{facts.error}));
    // Packages the twin does not model answer null, as they do when not requested.
    for (const char *package : {"caller_name", "sim_swap", "call_forwarding", "line_status",
                                "line_type_intelligence", "identity_match", "reassigned_number",
                                "sms_pumping_risk", "phone_number_quality_score", "pre_fill"})
        o.insert(QLatin1String(package), null);
    const bool lineType = facts.valid && fields.contains(QLatin1String("line_type_intelligence"));
    QJsonObject fieldsLog{{QLatin1String("valid"), facts.valid}};
    if (lineType) {
        const QJsonObject intelligence = lineTypeIntelligence(facts.e164, facts.type);
        o.insert(QLatin1String("line_type_intelligence"), intelligence);
        fieldsLog.insert(QLatin1String("type"), intelligence.value(QLatin1String("type")));
        m_context.ledger->charge(LedgerEntry{m_context.clock->nowMs(), QStringLiteral("lookups"), 1,
                                             QStringLiteral("lookups"), LineTypePriceUsd,
                                             facts.e164});
    }
    const QString phone = o.value(QLatin1String("phone_number")).toString();
    const QString url = m_context.server->baseUrl().toString(QUrl::StripTrailingSlash)
                        + QStringLiteral("/v2/PhoneNumbers/") + phone;
    o.insert(QLatin1String("url"), url);
    m_context.log(
        QStringLiteral("lookup.fetch"), {},
        QJsonObject{{QLatin1String("phone_number"), phone}, {QLatin1String("result"), fieldsLog}});
    return json(200, o);
}

std::optional<TwinResponse> TwinLookup::handleControl(const TwinRequest &request)
{
    if (request.path != QLatin1String("/_twin/lookup/carriers"))
        return std::nullopt;
    if (request.method == QLatin1String("POST")) {
        const auto table = TwinLookupTable::fromJson(request.body);
        if (!table)
            return TwinApi::errorResponse({400, 20001, table.error()});
        m_table = table.value();
    } else if (request.method != QLatin1String("GET")) {
        return TwinApi::errorResponse({405, 20004, {}});
    }
    return json(200, m_table.toJson());
}

} // namespace Vortex::Core::Twin
