// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "errordictionary.h"

#include "core/common/logging.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

static void initTwilioResources()
{
    Q_INIT_RESOURCE(twilio);
}

namespace Vortex::Core::Twilio {

namespace {

const QHash<int, ErrorInfo> &dictionary()
{
    static const QHash<int, ErrorInfo> table = [] {
        initTwilioResources();
        QHash<int, ErrorInfo> result;
        QFile file(QStringLiteral(":/vortex/twilio/error-codes.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcTwilio) << "Twilio error dictionary resource is missing";
            return result;
        }
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        result.reserve(root.size());
        for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
            const QJsonObject entry = it.value().toObject();
            ErrorInfo info;
            info.code = it.key().toInt();
            info.message = entry.value(QLatin1String("message")).toString();
            info.causes = entry.value(QLatin1String("causes")).toString();
            info.solutions = entry.value(QLatin1String("solutions")).toString();
            info.product = entry.value(QLatin1String("product")).toString();
            info.known = true;
            result.insert(info.code, info);
        }
        return result;
    }();
    return table;
}

} // namespace

ErrorInfo ErrorDictionary::lookup(int code)
{
    const auto &table = dictionary();
    const auto it = table.constFind(code);
    if (it != table.cend())
        return *it;
    ErrorInfo unknown;
    unknown.code = code;
    return unknown;
}

QString ErrorDictionary::moreInfoUrl(int code)
{
    return QStringLiteral("https://www.twilio.com/docs/errors/") + QString::number(code);
}

int ErrorDictionary::size()
{
    return static_cast<int>(dictionary().size());
}

} // namespace Vortex::Core::Twilio
