// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinresponsetap.h"

#include "core/twilio/errordictionary.h"
#include "core/twin/twinhttpserver.h"
#include "core/twin/twinserver.h"
#include "support/openapicatalog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Vortex::Test {

void TwinResponseTap::attach(Core::Twin::TwinServer *twin)
{
    twin->setResponseObserver([this](const Core::Twin::TwinRequest &request,
                                     const Core::Twin::TwinResponse &response) {
        m_answers.append({request.method.toLatin1(), request.path, response.status, response.body});
    });
}

const OpenApiCatalog &TwinResponseTap::catalog()
{
    static const OpenApiCatalog instance;
    return instance;
}

bool TwinResponseTap::messageOverride(int code, const QString &message)
{
    if (message.isEmpty())
        return false;
    switch (code) {
    case 20003: // Twilio answers "Authenticate" with the reason in "detail"
        return message == QLatin1String("Authenticate");
    case 20404: // "The requested resource /2010-04-01/…/SM….json was not found"
        return message.startsWith(QLatin1String("The requested resource "))
               && message.endsWith(QLatin1String(" was not found"));
    case 20001: // "Invalid parameter": Twilio names the parameter
    case 20007: // "PageSize must be between 1 and 1000"
    case 21211: // "The 'To' number +1555 is not a valid phone number."
    case 21606: // "The From phone number +1… is not a valid, SMS-capable inbound phone number…"
    case 21609: // "The StatusCallback URL … is not a valid URL."
    case 60200: // "Invalid parameter: Channel"
        return true;
    default:
        return false;
    }
}

QStringList TwinResponseTap::check(const Answer &answer)
{
    if (answer.status >= 400) {
        QStringList problems = OpenApiCatalog::validateError(answer.status, answer.body, 0, false);
        const QJsonObject error = QJsonDocument::fromJson(answer.body).object();
        const int code = error.value(QLatin1String("code")).toInt();
        const QString message = error.value(QLatin1String("message")).toString();
        const Core::Twilio::ErrorInfo info = Core::Twilio::ErrorDictionary::lookup(code);
        if (!info.known)
            problems.append(
                QStringLiteral("$.code: %1 is not in Twilio's error dictionary").arg(code));
        else if (message != info.message && !messageOverride(code, message))
            problems.append(QStringLiteral("$.message: \"%1\", the dictionary says \"%2\"")
                                .arg(message, info.message));
        return problems;
    }
    QStringList problems
        = catalog().validateResponse(answer.method, answer.path, answer.status, answer.body);
    // Lookup v2 marks no line type field nullable, but Twilio sends null carrier fields for
    // lines without carrier data (landline, toll-free); test_twin_lookup documents the same.
    static const QRegularExpression carrierNull(
        QStringLiteral("^\\$\\.line_type_intelligence\\.(carrier_name|mobile_country_code|"
                       "mobile_network_code): null but not nullable$"));
    if (answer.path.startsWith(QLatin1String("/v2/PhoneNumbers/")))
        problems.removeIf([](const QString &p) { return carrierNull.match(p).hasMatch(); });
    return problems;
}

QStringList TwinResponseTap::problems() const
{
    QStringList all;
    if (!catalog().errors().isEmpty())
        all.append(catalog().errors());
    for (const Answer &answer : m_answers) {
        const QStringList problems = check(answer);
        if (problems.isEmpty())
            continue;
        all.append(
            QStringLiteral("%1 %2 %3: %4 (body: %5)")
                .arg(QString::fromLatin1(answer.method), answer.path)
                .arg(answer.status)
                .arg(problems.join(QLatin1String("; ")), QString::fromUtf8(answer.body.left(300))));
    }
    return all;
}

} // namespace Vortex::Test
