// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "demohistory.h"

#include "core/common/logging.h"
#include "core/phone/phonenumbers.h"
#include "core/twilio/formparams.h"
#include "core/twilio/rfc2822.h"
#include "core/twin/twinchaos.h"
#include "core/twin/twinchaosprofile.h"
#include "core/twin/twinclock.h"
#include "core/twin/twinhttpserver.h"
#include "core/twin/twinscenarioplan.h"
#include "core/twin/twinserver.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <random>

namespace Vortex::Core::Demo {

namespace {

constexpr quint64 HistorySeedSalt = 0x64656d6f68697374ULL; // "demohist": apart from the twin's
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

// The on-call team of resources/paging/paging-demo.json and the twin numbers that page them.
const QString GbSender = QStringLiteral("+447400123456");
const QString UsSender = QStringLiteral("+12015550123");

struct Member
{
    const char *id;
    const char *number;
    bool usSender;
};
const Member Alice{"alice", "+447400123457", false};
const Member Bob{"bob", "+12015550124", true};
const Member Carla{"carla", "+4915112345678", false};

const Member &member(const QString &id)
{
    if (id == QLatin1String(Bob.id))
        return Bob;
    if (id == QLatin1String(Carla.id))
        return Carla;
    return Alice;
}

struct Story
{
    const char *title;
    const char *summary;
};

// What goes wrong in an online shop's week.
const Story Stories[] = {
    {QT_TRANSLATE_NOOP("DemoHistory", "Checkout error rate above 2%"),
     QT_TRANSLATE_NOOP("DemoHistory",
                       "POST /checkout answers 5xx for 2.4% of requests (eu-west).")},
    {QT_TRANSLATE_NOOP("DemoHistory", "Payment provider timeouts"),
     QT_TRANSLATE_NOOP("DemoHistory", "Card authorisations time out after 10 s for 6% of orders.")},
    {QT_TRANSLATE_NOOP("DemoHistory", "Inventory sync stalled"),
     QT_TRANSLATE_NOOP("DemoHistory", "No stock update from the warehouse feed for 25 minutes.")},
    {QT_TRANSLATE_NOOP("DemoHistory", "Carrier filtering spike"),
     QT_TRANSLATE_NOOP("DemoHistory",
                       "Order notifications to US numbers end undelivered (30007).")},
    {QT_TRANSLATE_NOOP("DemoHistory", "Search latency p95 above 3 s"),
     QT_TRANSLATE_NOOP("DemoHistory", "Product search is slow since the last index rebuild.")},
    {QT_TRANSLATE_NOOP("DemoHistory", "Order confirmation e-mails delayed"),
     QT_TRANSLATE_NOOP("DemoHistory", "The mail queue holds 4,800 messages older than 10 min.")},
    {QT_TRANSLATE_NOOP("DemoHistory", "Cart service memory above 90%"),
     QT_TRANSLATE_NOOP("DemoHistory", "Two of three cart pods restarted in the last hour.")},
    {QT_TRANSLATE_NOOP("DemoHistory", "Price feed rejected by marketplace"),
     QT_TRANSLATE_NOOP("DemoHistory", "The marketplace refused 312 offers: currency missing.")},
    {QT_TRANSLATE_NOOP("DemoHistory", "Login failures above baseline"),
     QT_TRANSLATE_NOOP("DemoHistory", "Failed logins at 4x the usual rate from two networks.")},
    {QT_TRANSLATE_NOOP("DemoHistory", "Shipping label API errors"),
     QT_TRANSLATE_NOOP("DemoHistory", "The carrier's label API answers 503 for new parcels.")},
};

QString storyText(const char *source)
{
    return QCoreApplication::translate("DemoHistory", source);
}

QByteArray basicAuth(const Twin::TwinConfig &config)
{
    const QByteArray credentials = config.accountSid.toUtf8() + ':' + config.authToken;
    return QByteArrayLiteral("Basic ") + credentials.toBase64();
}

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

/// The dice of one incident, drawn before anything is played.
struct DemoHistory::Planned
{
    qint64 atMs = 0;
    Paging::Severity severity = Paging::Severity::Sev3;
    int story = 0;
    bool aliceAcksBySms = false;
    qint64 aliceAckAfterMs = 0;
    bool aliceAcksByKeypad = false; ///< sev1: on the voice follow-up
    bool bobAcksBySms = false;
    qint64 bobAckAfterMs = 0;
    qint64 resolveAfterMs = 0;
    bool resolvedByConsole = false;
    // While playing
    bool acked = false;
    bool resolved = false;
    QHash<QString, qint64> deliveryOf; ///< recipient id → index of their SMS delivery
};

DemoHistory::DemoHistory(Twin::TwinServer *twin, QObject *parent)
    : QObject(parent)
    , m_twin(twin)
{}

Twin::TwinConfig DemoHistory::configFor(const Twin::TwinScenario &scenario, Twin::TwinConfig base)
{
    return Twin::TwinScenarioRunner::configFor(scenario, std::move(base));
}

Result<HistoryResult, QString> DemoHistory::play(const Twin::TwinScenario &scenario,
                                                 const QDateTime &end)
{
    Twin::TwinClock *clock = m_twin->clock();
    clock->setMode(Twin::TwinClock::Mode::Manual);
    const QDateTime start = end.addMSecs(-scenario.durationMs);
    if (!clock->startAt(start))
        return fail(tr("The demo twin's clock is already in use; no history was played."));
    const qint64 startMs = start.toMSecsSinceEpoch();
    const qint64 endMs = end.toMSecsSinceEpoch();

    HistoryResult result;
    result.start = start;
    result.end = end;

    // The carrier-filtering episode: on the third day, five hours in the afternoon (UTC), one US
    // carrier filters most of the notifications it gets (30007).
    result.filteringCarrier = QStringLiteral("T-Mobile US");
    const qint64 filterFrom = startMs + qMin<qint64>(2 * Day + 13 * Hour, scenario.durationMs / 2);
    const qint64 filterUntil = filterFrom + qMin<qint64>(5 * Hour, scenario.durationMs / 4);
    result.filteringFrom = at(filterFrom);
    result.filteringUntil = at(filterUntil);
    clock->schedule(filterFrom - startMs, this, [this, carrier = result.filteringCarrier] {
        Twin::ChaosProfile profile;
        for (const char *prefix : {"+12012", "+12013", "+12014", "+12015"})
            profile.carrierPrefixes.insert(QString::fromLatin1(prefix), carrier);
        profile.incident.carrier = carrier;
        profile.incident.share = 0.7;
        m_twin->chaos()->setProfile(profile);
    });
    clock->schedule(filterUntil - startMs, this,
                    [this] { m_twin->chaos()->setProfile(Twin::ChaosProfile{}); });

    // The on-call team's incidents: about five a day, sev1 at any hour, the rest in the team's
    // working day (so quiet hours do not hold their pages); all settled three hours before the
    // end, so the console starts with a clean board and live incidents of its own.
    std::mt19937_64 rng(scenario.seed ^ HistorySeedSalt);
    auto chance = [&rng](double p) {
        return std::uniform_real_distribution<double>(0, 1)(rng) < p;
    };
    auto between = [&rng](qint64 lo, qint64 hi) {
        return std::uniform_int_distribution<qint64>(lo, hi)(rng);
    };
    QList<Planned> plan;
    const qint64 lastStart = endMs - 3 * Hour;
    for (qint64 day = startMs - startMs % Day; day < lastStart; day += Day) {
        const int count = int(between(3, 7));
        for (int i = 0; i < count; ++i) {
            Planned p;
            const int sevDraw = int(between(0, 99));
            p.severity = sevDraw < 18   ? Paging::Severity::Sev1
                         : sevDraw < 55 ? Paging::Severity::Sev2
                         : sevDraw < 85 ? Paging::Severity::Sev3
                                        : Paging::Severity::Sev4;
            p.atMs = p.severity == Paging::Severity::Sev1 ? day + between(0, Day - 1)
                                                          : day + between(8 * Hour, 20 * Hour);
            if (p.atMs < startMs + Hour || p.atMs > lastStart)
                continue;
            p.story = int(between(0, int(std::size(Stories)) - 1));
            const QTime local = at(p.atMs).toTimeZone(QTimeZone("Europe/London")).time();
            const bool night = local.hour() < 7 || local.hour() >= 22;
            p.aliceAcksBySms = chance(night ? 0.35 : 0.72);
            p.aliceAckAfterMs = between(night ? 90000 : 35000, night ? 280000 : 240000);
            p.aliceAcksByKeypad = chance(0.5);
            p.bobAcksBySms = chance(0.8);
            p.bobAckAfterMs = between(60000, 420000);
            p.resolveAfterMs = between(8 * Minute, 95 * Minute);
            p.resolvedByConsole = chance(0.45);
            plan.append(p);
        }
    }
    std::sort(plan.begin(), plan.end(),
              [](const Planned &a, const Planned &b) { return a.atMs < b.atMs; });
    m_plan = &plan;
    m_incidents.clear();
    m_incidents.resize(plan.size());
    for (int i = 0; i < plan.size(); ++i) {
        HistoryIncident &h = m_incidents[i];
        const Planned &p = plan.at(i);
        h.incident.code = QString::number(11 + i % 89);
        h.incident.severity = p.severity;
        h.incident.title = storyText(Stories[p.story].title);
        h.incident.summary = storyText(Stories[p.story].summary);
        h.incident.link
            = QStringLiteral("https://status.vortexiq.example/incidents/%1").arg(4100 + i);
        h.incident.source = QStringLiteral("vortex-iq");
        h.incident.dedupKey = QStringLiteral("demo-history-%1").arg(i + 1);
        h.incident.policyId = QStringLiteral("ops");
        h.incident.createdAt = at(p.atMs);
        clock->schedule(p.atMs - startMs, this, [this, i] { scheduleIncident(i); });
    }

    Twin::TwinScenario played = scenario;
    played.start = start;
    scheduleWhatsAppSessions(played, startMs, rng);
    Twin::TwinScenarioRunner runner(m_twin);
    auto summary = runner.run(played);
    m_plan = nullptr;
    if (!summary)
        return fail(summary.error());
    m_twin->chaos()->setProfile(Twin::ChaosProfile{});
    settle();
    result.summary = summary.value();
    result.incidents = std::move(m_incidents);
    m_incidents.clear();
    qCInfo(lcDemo) << "demo history played:"
                   << result.summary.count(QStringLiteral("messages.created")) << "messages,"
                   << result.incidents.size() << "incidents";
    return result;
}

void DemoHistory::scheduleWhatsAppSessions(const Twin::TwinScenario &scenario, qint64 startMs,
                                           std::mt19937_64 &rng)
{
    // Freeform WhatsApp only reaches people who wrote to the sender in the last 24 hours. The
    // scenario's plan is drawn from its seed, so the WhatsApp notifications it will send are
    // known: most of those customers wrote first (asking about their order), some did not and
    // their notification fails with 63016, as at Twilio.
    QStringList owned;
    for (const Twin::OwnedNumber &number : m_twin->config().numbers)
        owned.append(number.number);
    const auto plan = Twin::TwinScenarioPlan::build(scenario, startMs, owned);
    if (!plan || owned.isEmpty())
        return;
    static const char *const Questions[] = {
        QT_TRANSLATE_NOOP("DemoHistory", "Hi, where is my order?"),
        QT_TRANSLATE_NOOP("DemoHistory", "Can I change the delivery address?"),
        QT_TRANSLATE_NOOP("DemoHistory", "Is the blue one back in stock?"),
        QT_TRANSLATE_NOOP("DemoHistory", "Thanks! When will it arrive?"),
    };
    QHash<int, qint64> lastWrote; // person → when they last wrote
    std::uniform_real_distribution<double> unit(0, 1);
    for (const Twin::PlannedItem &item : plan->items) {
        if (item.kind != Twin::PlannedItem::Kind::Notify || !item.whatsapp)
            continue;
        const auto last = lastWrote.constFind(item.person);
        if (last != lastWrote.constEnd() && item.atMs - *last < 22 * Hour)
            continue;
        if (unit(rng) < 0.12)
            continue; // no session: this one ends 63016
        const qint64 wroteAt = qMax(startMs, item.atMs - qint64(unit(rng) * 3 * Hour) - Minute);
        lastWrote.insert(item.person, wroteAt);
        const QString number = plan->people.at(item.person).number;
        PhoneNumber to;
        PhoneNumbers::parseE164(number, &to);
        QString sender = owned.constFirst();
        for (const QString &candidate : std::as_const(owned)) {
            PhoneNumber from;
            if (PhoneNumbers::parseE164(candidate, &from) && from.regionCode == to.regionCode) {
                sender = candidate;
                break;
            }
        }
        const QString text = QCoreApplication::translate(
            "DemoHistory", Questions[item.person % int(std::size(Questions))]);
        m_twin->clock()->schedule(wroteAt - startMs, this, [this, number, sender, text] {
            m_twin->injectInbound(QStringLiteral("whatsapp:") + number,
                                  QStringLiteral("whatsapp:") + sender, text);
        });
    }
}

QString DemoHistory::post(const QString &path, const QList<std::pair<QString, QString>> &fields,
                          int *errorCode)
{
    const Twin::TwinConfig &config = m_twin->config();
    Twilio::FormParams form;
    for (const auto &[key, value] : fields)
        form.add(key, value);
    Twin::TwinRequest request;
    request.method = QStringLiteral("POST");
    request.path = QStringLiteral("/2010-04-01/Accounts/%1/%2").arg(config.accountSid, path);
    request.body = form.encode();
    request.authorization = basicAuth(config);
    request.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    const Twin::TwinResponse response = m_twin->handle(request);
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    if (errorCode)
        *errorCode = response.status == 201 ? 0 : body.value(QLatin1String("code")).toInt();
    return response.status == 201 ? body.value(QLatin1String("sid")).toString() : QString();
}

void DemoHistory::add(int index, const QString &kind, const QString &recipientId,
                      const QString &channel, const QString &sid, const QString &detail)
{
    Paging::TimelineEntry entry;
    entry.at = m_twin->clock()->now();
    entry.kind = kind;
    entry.recipientId = recipientId;
    entry.channel = channel;
    entry.sid = sid;
    entry.detail = detail;
    m_incidents[index].timeline.append(entry);
}

void DemoHistory::scheduleIncident(int index)
{
    Planned &p = (*m_plan)[index];
    HistoryIncident &h = m_incidents[index];
    Twin::TwinClock *clock = m_twin->clock();
    add(index, QStringLiteral("incident.triggered"), {}, {}, {},
        tr("%1 incident #%2 raised by %3: %4")
            .arg(Paging::severityName(p.severity), h.incident.code, h.incident.source,
                 h.incident.title));
    add(index, QStringLiteral("escalation.tier"), {}, {}, {},
        tr("Round 1, tier 1: paging Alice Morgan"));
    pageBySms(index, QString::fromLatin1(Alice.id), clock->nowMs());
    const bool sev1 = p.severity == Paging::Severity::Sev1;
    if (p.aliceAcksBySms) {
        clock->schedule(p.aliceAckAfterMs, this,
                        [this, index] { replyAck(index, QString::fromLatin1(Alice.id)); });
        return;
    }
    // Nobody answered within the tier's five minutes: a sev1 calls Alice, and tier 2 is paged.
    clock->schedule(5 * Minute, this, [this, index, sev1] {
        Planned &planned = (*m_plan)[index];
        if (planned.acked)
            return;
        if (sev1)
            call(index, QString::fromLatin1(Alice.id), m_twin->clock()->nowMs());
        add(index, QStringLiteral("escalation.tier"), {}, {}, {},
            tr("Round 1, tier 2: paging Bob Carter, Carla Neumann"));
        pageBySms(index, QString::fromLatin1(Bob.id), m_twin->clock()->nowMs());
        pageBySms(index, QString::fromLatin1(Carla.id), m_twin->clock()->nowMs());
        if (sev1) {
            // Bob's voice follow-up five minutes after his text; he presses 1.
            m_twin->clock()->schedule(5 * Minute, this, [this, index] {
                if (!(*m_plan)[index].acked)
                    call(index, QString::fromLatin1(Bob.id), m_twin->clock()->nowMs());
            });
        } else if (planned.bobAcksBySms) {
            m_twin->clock()->schedule(planned.bobAckAfterMs, this, [this, index] {
                replyAck(index, QString::fromLatin1(Bob.id));
            });
        } else {
            // Nobody acknowledged: the monitoring resolves it once the shop recovers.
            m_twin->clock()->schedule(planned.resolveAfterMs + 30 * Minute, this, [this, index] {
                resolve(index, QStringLiteral("vortex-iq"));
            });
        }
    });
}

void DemoHistory::pageBySms(int index, const QString &recipientId, qint64 atMs)
{
    HistoryIncident &h = m_incidents[index];
    const Planned &p = m_plan->at(index);
    const Member &m = member(recipientId);
    const QString from = m.usSender ? UsSender : GbSender;
    Paging::Delivery delivery;
    delivery.incidentIds = {0};
    delivery.recipientId = recipientId;
    delivery.channel = Paging::Channel::Sms;
    delivery.to = QString::fromLatin1(m.number);
    delivery.sender = {Paging::SenderKind::LongCode, from};
    delivery.senderIndex = m.usSender ? 0 : 1;
    delivery.body
        = QStringLiteral("VORTEX %1 #%2: %3. Reply ACK %2, RESOLVE %2 or SNOOZE %2 30")
              .arg(Paging::severityName(p.severity).toUpper(), h.incident.code, h.incident.title);
    delivery.validitySeconds = p.severity == Paging::Severity::Sev1 ? 300 : 0;
    delivery.createdAt = at(atMs);
    delivery.notBefore = delivery.createdAt;
    delivery.attempts = 1;
    const bool weekend = at(atMs).toTimeZone(QTimeZone("Europe/Berlin")).date().dayOfWeek() >= 6;
    if (recipientId == QLatin1String(Carla.id) && weekend && p.severity != Paging::Severity::Sev1) {
        // Carla's weekend is quiet for anything below sev1: held, then not needed.
        delivery.state = Paging::DeliveryState::Cancelled;
        delivery.delayReason = QStringLiteral("quiet-hours");
        add(index, QStringLiteral("page.delayed"), recipientId, QStringLiteral("sms"), {},
            tr("SMS to Carla Neumann held until Monday 08:00 (quiet hours)"));
        m_plan->operator[](index).deliveryOf.insert(recipientId, h.deliveries.size());
        h.deliveries.append(delivery);
        return;
    }
    add(index, QStringLiteral("page.queued"), recipientId, QStringLiteral("sms"), {},
        tr("SMS page queued from %1").arg(from));
    int code = 0;
    delivery.sid = post(QStringLiteral("Messages.json"),
                        {{QStringLiteral("To"), delivery.to},
                         {QStringLiteral("From"), from},
                         {QStringLiteral("Body"), delivery.body}},
                        &code);
    delivery.submitAttemptAt = delivery.createdAt;
    if (delivery.sid.isEmpty()) {
        delivery.state = Paging::DeliveryState::Failed;
        delivery.errorCode = code;
        add(index, QStringLiteral("page.rejected"), recipientId, QStringLiteral("sms"), {},
            tr("Twilio refused the page (%1)").arg(code));
    } else {
        delivery.state = Paging::DeliveryState::Submitted;
        delivery.submittedAt = delivery.createdAt;
        delivery.status = QStringLiteral("queued");
        add(index, QStringLiteral("page.submitted"), recipientId, QStringLiteral("sms"),
            delivery.sid, tr("Twilio accepted the SMS page"));
    }
    m_plan->operator[](index).deliveryOf.insert(recipientId, h.deliveries.size());
    h.deliveries.append(delivery);
}

void DemoHistory::call(int index, const QString &recipientId, qint64 atMs)
{
    HistoryIncident &h = m_incidents[index];
    const Member &m = member(recipientId);
    const QString from = m.usSender ? UsSender : GbSender;
    Paging::Delivery delivery;
    delivery.incidentIds = {0};
    delivery.recipientId = recipientId;
    delivery.channel = Paging::Channel::Voice;
    delivery.to = QString::fromLatin1(m.number);
    delivery.sender = {Paging::SenderKind::LongCode, from};
    delivery.body = QStringLiteral("demo-history-%1-%2").arg(index + 1).arg(recipientId);
    delivery.createdAt = at(atMs);
    delivery.notBefore = delivery.createdAt;
    delivery.submitAttemptAt = delivery.createdAt;
    delivery.attempts = 1;
    add(index, QStringLiteral("call.queued"), recipientId, QStringLiteral("voice"), {},
        tr("Voice follow-up: the SMS was not acknowledged within 5 minutes"));
    const QString twiml
        = QStringLiteral("<Response><Say>Vortex alert. Severity one incident %1: %2. Press 1 to "
                         "acknowledge.</Say></Response>")
              .arg(h.incident.code, h.incident.title.toHtmlEscaped());
    int code = 0;
    delivery.sid = post(QStringLiteral("Calls.json"),
                        {{QStringLiteral("To"), delivery.to},
                         {QStringLiteral("From"), from},
                         {QStringLiteral("Twiml"), twiml}},
                        &code);
    if (delivery.sid.isEmpty()) {
        delivery.state = Paging::DeliveryState::Failed;
        delivery.errorCode = code;
        add(index, QStringLiteral("page.rejected"), recipientId, QStringLiteral("voice"), {},
            tr("Twilio refused the call (%1)").arg(code));
        h.deliveries.append(delivery);
        return;
    }
    delivery.state = Paging::DeliveryState::Submitted;
    delivery.submittedAt = delivery.createdAt;
    delivery.status = QStringLiteral("queued");
    delivery.answeredBy = QStringLiteral("human");
    add(index, QStringLiteral("call.submitted"), recipientId, QStringLiteral("voice"), delivery.sid,
        tr("Twilio accepted the call"));
    h.deliveries.append(delivery);
    const bool presses
        = recipientId == QLatin1String(Bob.id) || m_plan->at(index).aliceAcksByKeypad;
    if (!presses)
        return;
    const QString sid = delivery.sid;
    // The twin's default person answers after the ring; the keypad input comes while the
    // script is read.
    m_twin->clock()->schedule(28000, this, [this, index, recipientId, sid] {
        if ((*m_plan)[index].acked)
            return;
        add(index, QStringLiteral("call.digits"), recipientId, QStringLiteral("voice"), sid,
            tr("Pressed 1 (acknowledge)"));
        acknowledge(index, recipientId, sid, QStringLiteral("voice"));
    });
}

void DemoHistory::replyAck(int index, const QString &recipientId)
{
    Planned &p = (*m_plan)[index];
    if (p.acked)
        return;
    HistoryIncident &h = m_incidents[index];
    const Member &m = member(recipientId);
    const QString sender = m.usSender ? UsSender : GbSender;
    const QString text = QStringLiteral("ACK %1").arg(h.incident.code);
    const auto inbound = m_twin->injectInbound(QString::fromLatin1(m.number), sender, text);
    if (!inbound)
        return;
    add(index, QStringLiteral("reply.received"), recipientId, QStringLiteral("sms"),
        inbound.value(), tr("Reply \"%1\"").arg(text));
    acknowledge(index, recipientId, inbound.value(), QStringLiteral("sms"));
    const QString confirmation = tr("Acknowledged #%1: %2").arg(h.incident.code, h.incident.title);
    const QString sid = post(QStringLiteral("Messages.json"),
                             {{QStringLiteral("To"), QString::fromLatin1(m.number)},
                              {QStringLiteral("From"), sender},
                              {QStringLiteral("Body"), confirmation}});
    if (!sid.isEmpty())
        add(index, QStringLiteral("reply.sent"), recipientId, QStringLiteral("sms"), sid,
            tr("Confirmation sent"));
}

void DemoHistory::acknowledge(int index, const QString &actor, const QString &sid,
                              const QString &channel)
{
    Planned &p = (*m_plan)[index];
    if (p.acked)
        return;
    p.acked = true;
    HistoryIncident &h = m_incidents[index];
    h.incident.state = Paging::IncidentState::Acknowledged;
    h.incident.acknowledgedAt = m_twin->clock()->now();
    h.incident.actor = actor;
    add(index, QStringLiteral("incident.acknowledged"), actor, channel, sid,
        tr("Acknowledged by %1").arg(actor));
    // Pages still held are not needed any more.
    for (Paging::Delivery &delivery : h.deliveries) {
        if (delivery.state == Paging::DeliveryState::Cancelled && delivery.status.isEmpty()) {
            delivery.status = QStringLiteral("cancelled");
            add(index, QStringLiteral("page.cancelled"), delivery.recipientId,
                QStringLiteral("sms"), {}, tr("Not sent: the incident was acknowledged"));
        }
    }
    const QString resolver = p.resolvedByConsole ? QStringLiteral("console") : actor;
    m_twin->clock()->schedule(p.resolveAfterMs, this,
                              [this, index, resolver] { resolve(index, resolver); });
}

void DemoHistory::resolve(int index, const QString &actor)
{
    Planned &p = (*m_plan)[index];
    if (p.resolved)
        return;
    p.resolved = true;
    HistoryIncident &h = m_incidents[index];
    h.incident.state = Paging::IncidentState::Resolved;
    h.incident.resolvedAt = m_twin->clock()->now();
    h.incident.actor = actor;
    add(index, QStringLiteral("incident.resolved"), {}, {}, {}, tr("Resolved by %1").arg(actor));
    for (Paging::Delivery &delivery : h.deliveries) {
        if (delivery.state == Paging::DeliveryState::Cancelled && delivery.status.isEmpty()) {
            delivery.status = QStringLiteral("cancelled");
            add(index, QStringLiteral("page.cancelled"), delivery.recipientId,
                QStringLiteral("sms"), {}, tr("Not sent: the incident was resolved"));
        }
    }
}

void DemoHistory::settle()
{
    // The twin's final word on every page and call, on the timeline at the time it happened.
    const Twin::TwinConfig &config = m_twin->config();
    const QByteArray authorization = basicAuth(config);
    for (HistoryIncident &h : m_incidents) {
        for (Paging::Delivery &delivery : h.deliveries) {
            if (delivery.sid.isEmpty())
                continue;
            const bool voice = delivery.channel == Paging::Channel::Voice;
            Twin::TwinRequest request;
            request.method = QStringLiteral("GET");
            request.path = QStringLiteral("/2010-04-01/Accounts/%1/%2/%3.json")
                               .arg(config.accountSid,
                                    voice ? QStringLiteral("Calls") : QStringLiteral("Messages"),
                                    delivery.sid);
            request.authorization = authorization;
            const Twin::TwinResponse response = m_twin->handle(request);
            if (response.status != 200)
                continue;
            const QJsonObject o = QJsonDocument::fromJson(response.body).object();
            delivery.status = o.value(QLatin1String("status")).toString();
            const QJsonValue code = o.value(QLatin1String("error_code"));
            if (code.isDouble() && code.toInt() != 0)
                delivery.errorCode = code.toInt();
            else if (code.isString() && code.toString().toInt() != 0)
                delivery.errorCode = code.toString().toInt();
            QDateTime when
                = Twilio::parseRfc2822Date(o.value(QLatin1String("date_updated")).toString());
            if (!when.isValid())
                when = delivery.submittedAt;
            Paging::TimelineEntry entry;
            entry.at = when.toUTC();
            entry.kind = voice ? QStringLiteral("call.status") : QStringLiteral("page.status");
            entry.recipientId = delivery.recipientId;
            entry.channel = voice ? QStringLiteral("voice") : QStringLiteral("sms");
            entry.sid = delivery.sid;
            entry.status = delivery.status;
            entry.errorCode = delivery.errorCode;
            entry.detail = delivery.errorCode
                               ? tr("%1 (error %2)").arg(delivery.status).arg(*delivery.errorCode)
                               : delivery.status;
            h.timeline.append(entry);
            delivery.lastCheckedAt = entry.at;
        }
        std::stable_sort(h.timeline.begin(), h.timeline.end(),
                         [](const Paging::TimelineEntry &a, const Paging::TimelineEntry &b) {
                             return a.at < b.at;
                         });
        if (!h.timeline.isEmpty())
            h.incident.updatedAt = h.timeline.constLast().at;
    }
}

} // namespace Vortex::Core::Demo
