// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinverifyservice.h"

#include <QDateTime>
#include <QJsonValue>
#include <QTimeZone>

namespace Vortex::Core::Twin {

QString TwinVerifyService::isoDate(qint64 ms)
{
    // Twilio's "2015-07-30T20:00:00Z": UTC, whole seconds, a literal Z.
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QJsonObject TwinVerifyService::toJson(const QString &baseUrl) const
{
    const QString url = baseUrl + QStringLiteral("/v2/Services/") + sid;
    const QJsonValue null(QJsonValue::Null);
    QJsonObject o;
    o.insert(QLatin1String("sid"), sid);
    o.insert(QLatin1String("account_sid"), accountSid);
    o.insert(QLatin1String("friendly_name"), friendlyName);
    o.insert(QLatin1String("code_length"), codeLength);
    o.insert(QLatin1String("lookup_enabled"), lookupEnabled);
    o.insert(QLatin1String("psd2_enabled"), psd2Enabled);
    o.insert(QLatin1String("skip_sms_to_landlines"), skipSmsToLandlines);
    o.insert(QLatin1String("dtmf_input_required"), dtmfInputRequired);
    o.insert(QLatin1String("tts_name"), ttsName.isEmpty() ? null : QJsonValue(ttsName));
    o.insert(QLatin1String("do_not_share_warning_enabled"), doNotShareWarningEnabled);
    o.insert(QLatin1String("custom_code_enabled"), customCodeEnabled);
    // Push, TOTP, WhatsApp and passkeys are not modelled: Twilio's shape with every value unset.
    o.insert(QLatin1String("push"), QJsonObject{{QLatin1String("include_date"), false},
                                                {QLatin1String("apn_credential_sid"), null},
                                                {QLatin1String("fcm_credential_sid"), null}});
    o.insert(QLatin1String("totp"), QJsonObject{{QLatin1String("issuer"), null},
                                                {QLatin1String("time_step"), null},
                                                {QLatin1String("code_length"), null},
                                                {QLatin1String("skew"), null}});
    o.insert(QLatin1String("whatsapp"),
             QJsonObject{{QLatin1String("msg_service_sid"), null}, {QLatin1String("from"), null}});
    o.insert(
        QLatin1String("passkeys"),
        QJsonObject{{QLatin1String("relying_party"), QJsonObject{{QLatin1String("id"), null},
                                                                 {QLatin1String("name"), null},
                                                                 {QLatin1String("origins"), null}}},
                    {QLatin1String("authenticator_attachment"), null},
                    {QLatin1String("discoverable_credentials"), null},
                    {QLatin1String("user_verification"), null}});
    o.insert(QLatin1String("default_template_sid"), null);
    o.insert(QLatin1String("verify_event_subscription_enabled"), false);
    o.insert(QLatin1String("date_created"), isoDate(createdMs));
    o.insert(QLatin1String("date_updated"), isoDate(updatedMs));
    o.insert(QLatin1String("url"), url);
    QJsonObject links;
    const auto link = [&](const char *key, const char *leaf) {
        links.insert(QLatin1String(key), QString(url + QLatin1Char('/') + QLatin1String(leaf)));
    };
    link("verification_checks", "VerificationCheck");
    link("verifications", "Verifications");
    link("rate_limits", "RateLimits");
    link("messaging_configurations", "MessagingConfigurations");
    link("entities", "Entities");
    link("webhooks", "Webhooks");
    link("access_tokens", "AccessTokens");
    o.insert(QLatin1String("links"), links);
    return o;
}

} // namespace Vortex::Core::Twin
