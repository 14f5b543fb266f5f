// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "phonenumbers.h"

#include <phonenumbers/phonenumberutil.h>

#include <QRegularExpression>

namespace Vortex::Core {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

LineKind toKind(PhoneNumberUtil::PhoneNumberType type)
{
    switch (type) {
    case PhoneNumberUtil::MOBILE:
        return LineKind::Mobile;
    case PhoneNumberUtil::FIXED_LINE:
        return LineKind::FixedLine;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return LineKind::FixedLineOrMobile;
    case PhoneNumberUtil::TOLL_FREE:
        return LineKind::TollFree;
    case PhoneNumberUtil::VOIP:
        return LineKind::Voip;
    case PhoneNumberUtil::UNKNOWN:
        return LineKind::Unknown;
    default:
        return LineKind::Other;
    }
}

bool parseWith(const QString &input, const QString &region, PhoneNumber *out, PhoneError *error)
{
    auto setError = [error](PhoneError e) {
        if (error)
            *error = e;
        return false;
    };
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    const auto status = util->Parse(input.toStdString(), region.toStdString(), &number);
    if (status != PhoneNumberUtil::NO_PARSING_ERROR)
        return setError(PhoneError::NotANumber);
    if (!util->IsValidNumber(number))
        return setError(PhoneError::InvalidForRegion);
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    std::string regionCode;
    util->GetRegionCodeForNumber(number, &regionCode);
    if (out) {
        out->e164 = QString::fromStdString(formatted);
        out->regionCode = QString::fromStdString(regionCode);
        out->countryCode = number.country_code();
        out->kind = toKind(util->GetNumberType(number));
    }
    return true;
}

} // namespace

bool PhoneNumbers::parseE164(const QString &input, PhoneNumber *out, PhoneError *error)
{
    if (input.isEmpty()) {
        if (error)
            *error = PhoneError::Empty;
        return false;
    }
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    if (!e164.match(input).hasMatch()) {
        if (error)
            *error = PhoneError::NotE164;
        return false;
    }
    return parseWith(input, QStringLiteral("ZZ"), out, error);
}

bool PhoneNumbers::parseLoose(const QString &input, const QString &defaultRegion, PhoneNumber *out,
                              PhoneError *error)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = PhoneError::Empty;
        return false;
    }
    return parseWith(trimmed, defaultRegion.isEmpty() ? QStringLiteral("ZZ") : defaultRegion, out,
                     error);
}

QString PhoneNumbers::masked(const QString &number)
{
    QString channel;
    const QString bare = stripChannel(number, &channel);
    if (bare.size() <= 6)
        return channel + QStringLiteral("…");
    return channel + bare.left(4) + QStringLiteral("…") + bare.right(2);
}

QString PhoneNumbers::stripChannel(const QString &address, QString *channel)
{
    const qsizetype colon = address.indexOf(QLatin1Char(':'));
    if (colon < 0) {
        if (channel)
            channel->clear();
        return address;
    }
    if (channel)
        *channel = address.left(colon + 1);
    return address.mid(colon + 1);
}

} // namespace Vortex::Core
