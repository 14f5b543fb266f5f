// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "openapicatalog.h"

#include "core/twilio/errordictionary.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Vortex::Test {

OpenApiCatalog::OpenApiCatalog()
{
    const QString dir = sharedDir() + QStringLiteral("/twilio-oai/");
    for (const char *name :
         {"twilio_api_v2010.json", "twilio_verify_v2.json", "twilio_messaging_v1.json",
          "twilio_lookups_v2.json", "twilio_content_v1.json"}) {
        auto spec = std::make_unique<OpenApiSpec>(dir + QLatin1String(name));
        if (!spec->isValid())
            m_errors.append(spec->error());
        else
            m_specs.push_back(std::move(spec));
    }
}

const OpenApiSpec *OpenApiCatalog::specFor(const QByteArray &method, const QString &path) const
{
    for (const auto &spec : m_specs) {
        if (!spec->findOperation(method, path).isEmpty())
            return spec.get();
    }
    return nullptr;
}

QStringList OpenApiCatalog::validateResponse(const QByteArray &method, const QString &path,
                                             int httpStatus, const QByteArray &body) const
{
    const OpenApiSpec *spec = specFor(method, path);
    if (!spec)
        return {QStringLiteral("%1 %2: no spec has this operation")
                    .arg(QString::fromLatin1(method), path)};
    return spec->validateResponse(method, path, httpStatus, body);
}

QStringList OpenApiCatalog::validateError(int httpStatus, const QByteArray &body, int expectedCode,
                                          bool dictionaryMessage)
{
    QStringList errors;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return {QStringLiteral("error body is not a JSON object: %1")
                    .arg(QString::fromUtf8(body.left(200)))};
    const QJsonObject o = document.object();
    const QStringList allowed{QStringLiteral("code"), QStringLiteral("message"),
                              QStringLiteral("more_info"), QStringLiteral("status"),
                              QStringLiteral("detail")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            errors.append(QStringLiteral("$.%1: unknown property in an error body").arg(it.key()));
    }
    if (!o.value(QLatin1String("code")).isDouble())
        errors.append(QStringLiteral("$.code: expected integer"));
    if (!o.value(QLatin1String("message")).isString())
        errors.append(QStringLiteral("$.message: expected string"));
    if (!o.value(QLatin1String("more_info")).isString())
        errors.append(QStringLiteral("$.more_info: expected string"));
    if (!o.value(QLatin1String("status")).isDouble())
        errors.append(QStringLiteral("$.status: expected integer"));
    if (o.contains(QLatin1String("detail")) && !o.value(QLatin1String("detail")).isString())
        errors.append(QStringLiteral("$.detail: expected string"));
    const int code = o.value(QLatin1String("code")).toInt();
    if (o.value(QLatin1String("status")).toInt() != httpStatus)
        errors.append(QStringLiteral("$.status: %1, but the HTTP status is %2")
                          .arg(o.value(QLatin1String("status")).toInt())
                          .arg(httpStatus));
    if (expectedCode != 0 && code != expectedCode)
        errors.append(QStringLiteral("$.code: %1, expected %2").arg(code).arg(expectedCode));
    const QString moreInfo = o.value(QLatin1String("more_info")).toString();
    if (moreInfo != Core::Twilio::ErrorDictionary::moreInfoUrl(code))
        errors.append(QStringLiteral("$.more_info: \"%1\" does not point at error %2")
                          .arg(moreInfo)
                          .arg(code));
    if (dictionaryMessage) {
        const QString expected = Core::Twilio::ErrorDictionary::lookup(code).message;
        const QString message = o.value(QLatin1String("message")).toString();
        if (message != expected)
            errors.append(QStringLiteral("$.message: \"%1\", the dictionary says \"%2\"")
                              .arg(message, expected));
    }
    return errors;
}

} // namespace Vortex::Test
