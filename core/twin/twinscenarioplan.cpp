// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twinscenarioplan.h"

#include "core/phone/phonenumbers.h"

#include <QDateTime>
#include <QSet>

#include <random>

namespace Vortex::Core::Twin {

namespace {

constexpr quint64 PlanSeedSalt = 0x5CE7A210ULL; // keeps the plan's draws apart from the twin's
constexpr qint64 HourMs = 3600000;
constexpr int MaxNumberTries = 200;

/// Index drawn by weight (weights >= 0, not all 0).
template<typename Weight>
int pickWeighted(std::mt19937_64 &rng, const QList<Weight> &items,
                 double (*weightOf)(const Weight &))
{
    double total = 0;
    for (const Weight &item : items)
        total += weightOf(item);
    double draw = std::uniform_real_distribution<double>(0.0, total)(rng);
    for (int i = 0; i < items.size(); ++i) {
        draw -= weightOf(items.at(i));
        if (draw < 0)
            return i;
    }
    return static_cast<int>(items.size()) - 1;
}

double regionWeight(const ScenarioRegion &r)
{
    return r.share;
}

double personaWeight(const ScenarioPersona &p)
{
    return p.share;
}

QString notificationText(std::mt19937_64 &rng, int serial)
{
    static const char *const services[]
        = {"api-gateway", "billing", "checkout", "search", "db-primary", "cache", "queue", "web"};
    static const char *const alerts[]
        = {"latency p99 above 800 ms",      "error rate above 2%", "disk 91% full",
           "certificate expires in 7 days", "replica lag 45 s",    "CPU above 90% for 10 min",
           "health check failing",          "queue depth 12k"};
    std::uniform_int_distribution<int> service(0, std::size(services) - 1);
    std::uniform_int_distribution<int> alert(0, std::size(alerts) - 1);
    const int s = service(rng);
    const int a = alert(rng);
    return QStringLiteral("[%1] %2 (alert #%3)")
        .arg(QLatin1String(services[s]), QLatin1String(alerts[a]))
        .arg(serial);
}

Result<QString, QString> drawNumber(std::mt19937_64 &rng, const ScenarioRegion &region,
                                    QSet<QString> *used)
{
    const int free = region.numberDigits - static_cast<int>(region.numberPrefix.size() - 1);
    std::uniform_int_distribution<int> digit(0, 9);
    for (int attempt = 0; attempt < MaxNumberTries; ++attempt) {
        QString candidate = region.numberPrefix;
        for (int i = 0; i < free; ++i)
            candidate += QLatin1Char(static_cast<char>('0' + digit(rng)));
        PhoneNumber number;
        if (used->contains(candidate) || !PhoneNumbers::parseE164(candidate, &number)
            || number.regionCode != region.region)
            continue;
        used->insert(number.e164);
        return number.e164;
    }
    return fail(QStringLiteral("region %1: %2 with %3 digits gives no valid, unused numbers")
                    .arg(region.region, region.numberPrefix)
                    .arg(region.numberDigits));
}

} // namespace

Result<TwinScenarioPlan, QString> TwinScenarioPlan::build(const TwinScenario &scenario,
                                                          qint64 startMs,
                                                          const QStringList &reservedNumbers)
{
    std::mt19937_64 rng(scenario.seed ^ PlanSeedSalt);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    TwinScenarioPlan plan;
    QSet<QString> used(reservedNumbers.begin(), reservedNumbers.end());

    // People first: region, persona, number — three draws per person, in order.
    for (int i = 0; i < scenario.people; ++i) {
        const int region = pickWeighted(rng, scenario.regions, &regionWeight);
        const int persona = pickWeighted(rng, scenario.personas, &personaWeight);
        auto number = drawNumber(rng, scenario.regions.at(region), &used);
        if (!number)
            return fail(number.error());
        Person person = scenario.personas.at(persona).person;
        person.name = QStringLiteral("%1-%2").arg(scenario.personas.at(persona).name).arg(i + 1);
        person.number = number.value();
        person.whatsapp = number.value();
        plan.people.append(person);
        plan.personaOf.append(persona);
    }
    std::uniform_int_distribution<int> anyone(0, scenario.people - 1);

    // Notifications: each hour of the span gets its share of the curve.
    const qint64 hours = (scenario.durationMs + HourMs - 1) / HourMs;
    const double total = double(scenario.messagesPerDay) * double(scenario.durationMs) / 86400000.0;
    double curveSum = 0;
    QList<double> weights;
    for (qint64 h = 0; h < hours; ++h) {
        const int hourOfDay
            = QDateTime::fromMSecsSinceEpoch(startMs + h * HourMs, Qt::UTC).time().hour();
        weights.append(scenario.hourlyCurve.at(hourOfDay));
        curveSum += weights.last();
    }
    double carry = 0; // keeps the rounded hourly counts summing to the total
    int serial = 0;
    for (qint64 h = 0; h < hours; ++h) {
        const double exact = total * weights.at(h) / curveSum + carry;
        const int count = static_cast<int>(exact);
        carry = exact - count;
        const qint64 slotStart = h * HourMs;
        const qint64 slotLength = qMin(HourMs, scenario.durationMs - slotStart);
        std::uniform_int_distribution<qint64> offset(0, slotLength - 1);
        for (int n = 0; n < count; ++n) {
            PlannedItem item;
            item.kind = PlannedItem::Kind::Notify;
            item.atMs = startMs + slotStart + offset(rng);
            item.person = anyone(rng);
            item.whatsapp = unit(rng) < scenario.whatsappShare;
            item.text = notificationText(rng, ++serial);
            plan.items.append(item);
        }
    }

    // Incidents: sev1 pages and Verify sends, anywhere in the span.
    std::uniform_int_distribution<qint64> anytime(0, scenario.durationMs - 1);
    for (int n = 0; n < scenario.incidents.sev1; ++n) {
        PlannedItem item;
        item.kind = PlannedItem::Kind::Page;
        item.atMs = startMs + anytime(rng);
        item.person = anyone(rng);
        item.missed = unit(rng) < scenario.personas.at(plan.personaOf.at(item.person)).missesPages;
        item.text = QStringLiteral("SEV1 incident %1: checkout down. Reply ACK %1 to acknowledge.")
                        .arg(1000 + n);
        plan.items.append(item);
    }
    for (int n = 0; n < scenario.incidents.verifications; ++n) {
        PlannedItem item;
        item.kind = PlannedItem::Kind::Verify;
        item.atMs = startMs + anytime(rng);
        item.person = anyone(rng);
        item.mistyped
            = unit(rng) < scenario.personas.at(plan.personaOf.at(item.person)).mistypesCodes;
        plan.items.append(item);
    }
    return plan;
}

} // namespace Vortex::Core::Twin
