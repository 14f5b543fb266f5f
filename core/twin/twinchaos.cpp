// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinchaos.h"

#include "core/phone/phonenumbers.h"
#include "twinapi.h"
#include "twinclock.h"
#include "twinconfig.h"
#include "twinlifecycle.h"
#include "twinmessage.h"
#include "twinmodule.h"

#include <QJsonDocument>

#include <limits>

namespace Vortex::Core::Twin {

namespace {

// Salts keep the chaos streams apart from each other and from outcomes, faults and SIDs.
constexpr quint64 ApiSalt = 0x6368616f73617069ULL;      // "chaosapi"
constexpr quint64 CallbackSalt = 0x6368616f7363626bULL; // "chaoscbk"
constexpr quint64 IncidentSalt = 0x6368616f73696e63ULL; // "chaosinc"

double unitDraw(std::mt19937_64 &rng)
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(rng);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

TwinChaos::TwinChaos(const TwinContext *context)
    : m_context(context)
    , m_apiRng(context->config->seed ^ ApiSalt)
    , m_callbackRng(context->config->seed ^ CallbackSalt)
{}

void TwinChaos::setProfile(const ChaosProfile &profile)
{
    m_profile = profile;
    m_context->log(QStringLiteral("chaos.profile"), {}, profile.toJson());
}

bool TwinChaos::injectFault(TwinResponse *response, int *extraDelayMs)
{
    // Three draws per request whatever the profile, so that the sequence of decisions depends
    // on the request count only.
    const double kind = unitDraw(m_apiRng);
    const double slow = unitDraw(m_apiRng);
    const quint64 pick = m_apiRng();
    const ChaosProfile &p = m_profile;
    *extraDelayMs = 0;
    if (slow < p.slowRate) {
        const auto span = static_cast<quint64>(p.slowMaxMs - p.slowMinMs) + 1;
        *extraDelayMs = p.slowMinMs + static_cast<int>(pick % span);
        m_context->log(QStringLiteral("chaos.slow"), {},
                       {{QLatin1String("delay_ms"), *extraDelayMs}});
    }
    if (kind < p.rate429) {
        *response = TwinApi::errorResponse({429, 20429, {}});
        response->headers.append(
            {QByteArrayLiteral("Retry-After"), QByteArray::number(qMax(0, p.retryAfterSeconds))});
        m_context->log(QStringLiteral("chaos.429"), {},
                       {{QLatin1String("retry_after"), p.retryAfterSeconds}});
        return true;
    }
    if (kind < p.rate429 + p.rate500) {
        *response = TwinApi::errorResponse({500, 20500, {}});
        m_context->log(QStringLiteral("chaos.500"), {});
        return true;
    }
    if (kind < p.rate429 + p.rate500 + p.rate503) {
        *response = TwinApi::errorResponse({503, 20503, {}});
        m_context->log(QStringLiteral("chaos.503"), {});
        return true;
    }
    return false;
}

TwinChaos::CallbackAction TwinChaos::callbackAction(const QString &sid, const QString &status,
                                                    bool finalStatus)
{
    const double u = unitDraw(m_callbackRng);
    const ChaosProfile &p = m_profile;
    const QJsonObject fields{{QLatin1String("status"), status}};
    if (u < p.dropRate) {
        m_context->log(QStringLiteral("chaos.drop"), sid, fields);
        return CallbackAction::Drop;
    }
    if (u < p.dropRate + p.duplicateRate) {
        m_context->log(QStringLiteral("chaos.duplicate"), sid, fields);
        return CallbackAction::Duplicate;
    }
    // A final status is never held: nothing would come after it to overtake it.
    if (u < p.dropRate + p.duplicateRate + p.reorderRate && !finalStatus) {
        m_context->log(QStringLiteral("chaos.reorder"), sid, fields);
        return CallbackAction::Hold;
    }
    return CallbackAction::Send;
}

void TwinChaos::overrideOutcome(const TwinMessage &message, MessageOutcome *outcome)
{
    const ChaosProfile &p = m_profile;
    if (p.senderMps > 0) {
        // The chaos throttle: one message per 1/mps seconds per sender. A message whose wait
        // passes its ValidityPeriod is dropped from the queue by the lifecycle (30001) and
        // does not hold a slot.
        const qint64 now = m_context->clock->nowMs();
        const qint64 ready = now + outcome->queuedToSentMs;
        const qint64 sendAt = qMax(ready, m_senderFreeAtMs.value(message.from, 0));
        const qint64 waitMs = sendAt - now;
        const qint64 validityMs = qint64(message.validityPeriodSeconds) * 1000;
        if (waitMs > validityMs) {
            m_context->log(
                QStringLiteral("chaos.overflow"), message.sid,
                {{QLatin1String("wait_ms"), waitMs}, {QLatin1String("validity_ms"), validityMs}});
        } else {
            m_senderFreeAtMs.insert(message.from,
                                    sendAt + static_cast<qint64>(1000.0 / p.senderMps));
            if (sendAt > ready)
                m_context->log(QStringLiteral("chaos.throttle"), message.sid,
                               {{QLatin1String("wait_ms"), waitMs}});
        }
        outcome->queuedToSentMs
            = static_cast<int>(qMin<qint64>(waitMs, std::numeric_limits<int>::max()));
    }
    if (isUnregistered(message.from)) {
        outcome->finalStatus = QStringLiteral("undelivered");
        outcome->errorCode = 30034;
        m_context->log(QStringLiteral("chaos.unregistered"), message.sid,
                       {{QLatin1String("from"), message.from}});
        return;
    }
    QString what;
    if (p.incident.isActive() && matchesIncident(message.to, message.toRegion, &what)) {
        // One generator per message (seeded with its index): the filtered set depends on the
        // seed and the message order only, not on what else the twin did meanwhile.
        std::mt19937_64 rng((m_context->config->seed ^ IncidentSalt) + message.index);
        if (unitDraw(rng) < p.incident.share) {
            outcome->finalStatus = QStringLiteral("undelivered");
            outcome->errorCode = 30007;
            m_context->log(QStringLiteral("chaos.filter"), message.sid,
                           {{QLatin1String("incident"), what}});
        }
    }
}

bool TwinChaos::isUnregistered(const QString &from) const
{
    if (m_profile.unregisteredSenders.isEmpty())
        return false;
    const QString number = PhoneNumbers::stripChannel(from);
    if (m_profile.unregisteredSenders.contains(number))
        return true;
    PhoneNumber parsed;
    return PhoneNumbers::parseE164(number, &parsed)
           && m_profile.unregisteredSenders.contains(parsed.regionCode);
}

bool TwinChaos::matchesIncident(const QString &to, const QString &toRegion, QString *what) const
{
    const CarrierIncident &incident = m_profile.incident;
    if (!incident.carrier.isEmpty()) {
        if (m_profile.carrierOf(PhoneNumbers::stripChannel(to)) != incident.carrier)
            return false;
        *what = incident.carrier;
    }
    if (!incident.region.isEmpty()) {
        if (toRegion != incident.region)
            return false;
        if (what->isEmpty())
            *what = incident.region;
    }
    return true;
}

std::optional<TwinResponse> TwinChaos::handleControl(const TwinRequest &request)
{
    if (request.path != QLatin1String("/_twin/chaos"))
        return std::nullopt;
    if (request.method == QLatin1String("POST")) {
        Result<ChaosProfile, QString> parsed = fail(QString());
        if (request.contentType.startsWith("application/json")
            || request.body.trimmed().startsWith('{')) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
            if (!document.isObject())
                return TwinApi::errorResponse(
                    {400, 20001, QStringLiteral("The chaos profile must be a JSON object")});
            const QJsonObject object = document.object();
            const bool reset = object.value(QLatin1String("reset")).toBool(false);
            parsed = ChaosProfile::fromJson(object, reset ? ChaosProfile{} : m_profile);
        } else {
            Twilio::FormParams form;
            if (!Twilio::FormParams::decode(request.body, &form))
                return TwinApi::errorResponse(
                    {400, 20001, QStringLiteral("Malformed form parameters")});
            parsed = ChaosProfile::fromForm(form, m_profile);
        }
        if (!parsed)
            return TwinApi::errorResponse({400, 20001, parsed.error()});
        setProfile(parsed.value());
    } else if (request.method != QLatin1String("GET")) {
        return TwinApi::errorResponse({405, 20004, {}});
    }
    return TwinApi::jsonResponse(200, compact(m_profile.toJson()));
}

} // namespace Vortex::Core::Twin
