// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinscenariorunner.h"

#include "core/common/logging.h"
#include "core/phone/phonenumbers.h"
#include "core/twilio/formparams.h"
#include "twinclock.h"
#include "twinserver.h"

#include <QJsonDocument>

namespace Vortex::Core::Twin {

namespace {

QString field(const TwinResponse &response, const char *name)
{
    return QJsonDocument::fromJson(response.body).object().value(QLatin1String(name)).toString();
}

int errorCode(const TwinResponse &response)
{
    return QJsonDocument::fromJson(response.body).object().value(QLatin1String("code")).toInt();
}

} // namespace

QJsonObject TwinScenarioSummary::toJson() const
{
    QJsonObject c;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        c.insert(it.key(), it.value());
    QJsonObject e;
    for (auto it = events.begin(); it != events.end(); ++it)
        e.insert(it.key(), it.value());
    return {{QLatin1String("counts"), c},
            {QLatin1String("events"), e},
            {QLatin1String("event_count"), eventCount},
            {QLatin1String("digest"), QString::fromLatin1(digest)},
            {QLatin1String("charged_usd"), chargedUsd}};
}

TwinScenarioRunner::TwinScenarioRunner(TwinServer *twin, QObject *parent)
    : QObject(parent)
    , m_twin(twin)
{}

TwinConfig TwinScenarioRunner::configFor(const TwinScenario &scenario, TwinConfig base)
{
    base.seed = scenario.seed;
    base.deterministicSids = true;
    base.faults = FaultProfile{};
    for (const ScenarioRegion &region : scenario.regions) {
        if (region.price.isEmpty())
            continue;
        CountryProfile profile = base.profileFor(region.region);
        profile.pricePerSegment = region.price;
        base.countries.insert(region.region, profile);
    }
    return base;
}

Result<TwinScenarioSummary, QString> TwinScenarioRunner::run(const TwinScenario &scenario)
{
    const TwinConfig &config = m_twin->config();
    if (!config.deterministicSids || config.seed != scenario.seed)
        return fail(QStringLiteral("the twin must be built from TwinScenarioRunner::configFor()"));
    if (config.numbers.isEmpty())
        return fail(QStringLiteral("the twin owns no numbers to send from"));
    m_scenario = scenario;
    m_summary = {};
    const QByteArray credentials = config.accountSid.toUtf8() + ':' + config.authToken;
    m_authorization = QByteArrayLiteral("Basic ") + credentials.toBase64();
    TwinClock *clock = m_twin->clock();
    clock->setMode(TwinClock::Mode::Manual);
    if (scenario.start.isValid())
        clock->resetTo(scenario.start);
    const qint64 startMs = clock->nowMs();
    if (scenario.start.isValid() && startMs != scenario.start.toMSecsSinceEpoch())
        return fail(QStringLiteral("the twin's clock is past the scenario's start"));

    QStringList owned;
    for (const OwnedNumber &number : config.numbers)
        owned.append(number.number);
    auto plan = TwinScenarioPlan::build(scenario, startMs, owned);
    if (!plan)
        return fail(plan.error());
    m_plan = std::move(plan).value();
    m_senders.clear();
    for (const Person &person : std::as_const(m_plan.people)) {
        m_twin->people().upsert(person);
        m_senders.append(senderFor(person.number));
    }
    const TwinContext &context = m_twin->context();
    context.log(QStringLiteral("scenario.start"), {},
                {{QLatin1String("name"), scenario.name},
                 {QLatin1String("seed"), QString::number(scenario.seed)},
                 {QLatin1String("people"), scenario.people},
                 {QLatin1String("items"), static_cast<qint64>(m_plan.items.size())}});

    if (scenario.incidents.verifications > 0) {
        Twilio::FormParams form;
        form.add(QStringLiteral("FriendlyName"), QStringLiteral("Vortex on-call"));
        const TwinResponse created = request("POST", QStringLiteral("/v2/Services"), form.encode());
        count(QStringLiteral("verify.services"), created, 201);
        if (created.status == 201)
            m_verifyService = field(created, "sid");
    }

    for (qsizetype i = 0; i < m_plan.items.size(); ++i) {
        clock->schedule(m_plan.items.at(i).atMs - startMs, this,
                        [this, i] { execute(m_plan.items.at(i)); });
    }
    clock->runUntil(startMs + scenario.durationMs);

    context.log(QStringLiteral("scenario.end"), {},
                {{QLatin1String("messages"), m_summary.count(QStringLiteral("messages.created"))},
                 {QLatin1String("calls"), m_summary.count(QStringLiteral("calls.created"))},
                 {QLatin1String("checks"), m_summary.count(QStringLiteral("verify.checks"))}});
    const TwinEventLog &log = m_twin->events();
    for (const TwinEvent &event : log.after(0, log.size()))
        ++m_summary.events[event.kind];
    m_summary.eventCount = log.size();
    m_summary.digest = log.digest();
    m_summary.chargedUsd = m_twin->ledger().total(startMs, startMs + scenario.durationMs + 1);
    qCInfo(lcTwin) << "scenario" << scenario.name << "done:" << m_summary.eventCount << "events";
    return m_summary;
}

TwinResponse TwinScenarioRunner::request(const QByteArray &method, const QString &path,
                                         const QByteArray &form)
{
    TwinRequest request;
    request.method = QString::fromLatin1(method);
    request.path = path;
    if (method == "GET")
        request.query = form;
    else
        request.body = form;
    request.authorization = m_authorization;
    request.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    return m_twin->handle(request);
}

void TwinScenarioRunner::count(const QString &kind, const TwinResponse &response, int successStatus)
{
    if (response.status == successStatus)
        return;
    const int code = errorCode(response);
    if (response.status == 404 && code == 20404)
        ++m_summary.counts[kind + QStringLiteral(".unavailable")];
    else
        ++m_summary.counts[kind + QStringLiteral(".rejected.") + QString::number(code)];
}

QString TwinScenarioRunner::senderFor(const QString &number) const
{
    // A sender in the recipient's country when the twin owns one, else the first number.
    const QList<OwnedNumber> &numbers = m_twin->config().numbers;
    PhoneNumber to;
    PhoneNumbers::parseE164(number, &to);
    for (const OwnedNumber &owned : numbers) {
        PhoneNumber from;
        if (PhoneNumbers::parseE164(owned.number, &from) && from.regionCode == to.regionCode)
            return owned.number;
    }
    return numbers.constFirst().number;
}

void TwinScenarioRunner::execute(const PlannedItem &item)
{
    switch (item.kind) {
    case PlannedItem::Kind::Notify:
        sendNotification(item);
        break;
    case PlannedItem::Kind::Page:
        page(item);
        break;
    case PlannedItem::Kind::Verify:
        startVerification(item);
        break;
    }
}

void TwinScenarioRunner::sendNotification(const PlannedItem &item)
{
    const QString prefix = item.whatsapp ? QStringLiteral("whatsapp:") : QString();
    Twilio::FormParams form;
    form.add(QStringLiteral("To"), prefix + m_plan.people.at(item.person).number);
    form.add(QStringLiteral("From"), prefix + m_senders.at(item.person));
    form.add(QStringLiteral("Body"), item.text);
    const QString path
        = QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(m_twin->config().accountSid);
    const TwinResponse response = request("POST", path, form.encode());
    if (response.status == 201)
        ++m_summary.counts[item.whatsapp ? QStringLiteral("messages.created.whatsapp")
                                         : QStringLiteral("messages.created.sms")];
    ++m_summary.counts[QStringLiteral("messages.requested")];
    if (response.status == 201)
        ++m_summary.counts[QStringLiteral("messages.created")];
    count(QStringLiteral("messages"), response, 201);
}

void TwinScenarioRunner::page(const PlannedItem &item)
{
    ++m_summary.counts[QStringLiteral("pages")];
    PlannedItem sms = item;
    sms.whatsapp = false;
    sendNotification(sms);
    if (!item.missed) {
        ++m_summary.counts[QStringLiteral("pages.acknowledged")];
        return;
    }
    const int person = item.person;
    m_twin->context().log(QStringLiteral("scenario.escalation"), {},
                          {{QLatin1String("to"), m_plan.people.at(person).number},
                           {QLatin1String("after_ms"), m_scenario.incidents.escalateAfterMs}});
    m_twin->clock()->schedule(m_scenario.incidents.escalateAfterMs, this,
                              [this, person] { call(person); });
}

void TwinScenarioRunner::call(int person)
{
    Twilio::FormParams form;
    form.add(QStringLiteral("To"), m_plan.people.at(person).number);
    form.add(QStringLiteral("From"), m_twin->config().numbers.constFirst().number);
    form.add(QStringLiteral("Twiml"), m_scenario.incidents.callTwiml);
    const QString path
        = QStringLiteral("/2010-04-01/Accounts/%1/Calls.json").arg(m_twin->config().accountSid);
    const TwinResponse response = request("POST", path, form.encode());
    if (response.status == 201)
        ++m_summary.counts[QStringLiteral("calls.created")];
    count(QStringLiteral("calls"), response, 201);
}

void TwinScenarioRunner::startVerification(const PlannedItem &item)
{
    if (m_verifyService.isEmpty()) {
        ++m_summary.counts[QStringLiteral("verify.unavailable")];
        return;
    }
    Twilio::FormParams form;
    form.add(QStringLiteral("To"), m_plan.people.at(item.person).number);
    form.add(QStringLiteral("Channel"), QStringLiteral("sms"));
    const TwinResponse response
        = request("POST", QStringLiteral("/v2/Services/%1/Verifications").arg(m_verifyService),
                  form.encode());
    count(QStringLiteral("verify.sends"), response, 201);
    if (response.status != 201)
        return;
    ++m_summary.counts[QStringLiteral("verify.sent")];
    const int person = item.person;
    const bool mistyped = item.mistyped;
    m_twin->clock()->schedule(m_scenario.incidents.checkAfterMs, this, [this, person, mistyped] {
        if (mistyped)
            check(person, true);
        check(person, false);
    });
}

void TwinScenarioRunner::check(int person, bool mistyped)
{
    const QString number = m_plan.people.at(person).number;
    QString code;
    const QList<PhoneItem> received = m_twin->people().received(number);
    for (auto it = received.crbegin(); it != received.crend(); ++it) {
        if (it->channel == QLatin1String("verify")) {
            code = it->text;
            break;
        }
    }
    if (code.isEmpty())
        ++m_summary.counts[QStringLiteral("verify.code_not_received")];
    if (mistyped || code.isEmpty()) {
        // A wrong code of the right length: the last digit off by one.
        code = code.isEmpty() ? QStringLiteral("000000") : code;
        code.back() = QLatin1Char(static_cast<char>('0' + (code.back().digitValue() + 1) % 10));
    }
    Twilio::FormParams form;
    form.add(QStringLiteral("To"), number);
    form.add(QStringLiteral("Code"), code);
    const TwinResponse response
        = request("POST", QStringLiteral("/v2/Services/%1/VerificationCheck").arg(m_verifyService),
                  form.encode());
    count(QStringLiteral("verify.checks"), response, 200);
    if (response.status != 200)
        return;
    ++m_summary.counts[QStringLiteral("verify.checks")];
    ++m_summary.counts[QStringLiteral("verify.check.") + field(response, "status")];
}

} // namespace Vortex::Core::Twin
