// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "recipientcheck.h"

#include <QLocale>

namespace Vortex::Ui {

using Vortex::Core::LineKind;
using Vortex::Core::PhoneError;
using Vortex::Core::PhoneNumber;
using Vortex::Core::PhoneNumbers;

RecipientCheck::Verdict RecipientCheck::check(const QString &input, const QString &defaultRegion)
{
    Verdict verdict;
    PhoneError error = PhoneError::Empty;
    PhoneNumber number;
    const QString trimmed = input.trimmed();
    // Strict E.164 first (what Twilio takes), then the forgiving parse for spaced input.
    bool ok = PhoneNumbers::parseE164(trimmed, &number, &error);
    if (!ok && !trimmed.isEmpty()) {
        PhoneError looseError = PhoneError::NotE164;
        if (trimmed.startsWith(QLatin1Char('+')) || !defaultRegion.isEmpty()) {
            ok = PhoneNumbers::parseLoose(trimmed, defaultRegion, &number, &looseError);
            if (!ok && error != PhoneError::InvalidForRegion)
                error = looseError;
        }
    }
    if (!ok) {
        verdict.message = errorText(error);
        return verdict;
    }
    verdict.valid = true;
    verdict.number = number;
    const QLocale::Territory territory = QLocale::codeToTerritory(number.regionCode);
    const QString country = territory == QLocale::AnyTerritory
                                ? number.regionCode
                                : QLocale::territoryToString(territory) + QStringLiteral(" (")
                                      + number.regionCode + QLatin1Char(')');
    verdict.message
        = tr("Sends to %1 \u00b7 %2 \u00b7 %3").arg(number.e164, country, kindText(number.kind));
    if (number.kind == LineKind::FixedLine)
        verdict.message
            += QLatin1Char('\n') + tr("Landlines usually cannot receive text messages.");
    return verdict;
}

QString RecipientCheck::systemRegion()
{
    const QLocale::Territory territory = QLocale::system().territory();
    if (territory == QLocale::AnyTerritory)
        return {};
    const QString code = QLocale::territoryToCode(territory);
    return code.size() == 2 ? code : QString();
}

QString RecipientCheck::errorText(PhoneError error)
{
    switch (error) {
    case PhoneError::Empty:
        return tr("Enter the recipient's mobile number, starting with + and the country code.");
    case PhoneError::NotE164:
        return tr("Start the number with + and the country code, for example +44 7400 123456.");
    case PhoneError::NotANumber:
        return tr("This is not a phone number. Use digits only, after + and the country code.");
    case PhoneError::InvalidForRegion:
        return tr("This number does not exist in its country's numbering plan. Check the digits.");
    }
    return tr("This number cannot be used.");
}

QString RecipientCheck::kindText(LineKind kind)
{
    switch (kind) {
    case LineKind::Mobile:
        return tr("mobile");
    case LineKind::FixedLine:
        return tr("landline");
    case LineKind::FixedLineOrMobile:
        return tr("landline or mobile");
    case LineKind::TollFree:
        return tr("toll-free");
    case LineKind::Voip:
        return tr("VoIP");
    case LineKind::Other:
    case LineKind::Unknown:
        break;
    }
    return tr("line type unknown");
}

} // namespace Vortex::Ui
