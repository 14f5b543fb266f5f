// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "trafficgenerator.h"

#include "core/console/consoletypes.h"
#include "core/phone/phonenumbers.h"
#include "database.h"
#include "messagestore.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <random>

namespace Vortex::Core::Store {

namespace {

/// One destination country: its share of traffic, recipients and the sender it is paged from.
struct Region
{
    QString code;
    double share = 0;
    QStringList recipients;
    QStringList senders;
    double pricePerSegment = 0;
};

/// A status with its error code and share (within its channel and direction).
struct Outcome
{
    const char *status;
    int errorCode;
    double share;
};

// Shares after TWILIO.md §11 (healthy registered notification traffic): ≈ 96 % delivered,
// ≈ 1 % without a DLR ("sent"), ≈ 2 % undelivered (30003/30005/30006 dominate, then 30008),
// carrier filtering 30007 a few tenths of a percent, failures (unregistered 10DLC 30034,
// opted-out recipients 21610, landlines 21614, queue overflow 30001) rare.
const Outcome SmsOutcomes[] = {
    {"delivered", 0, 0.9610},       {"sent", 0, 0.0110},
    {"undelivered", 30003, 0.0070}, {"undelivered", 30005, 0.0045},
    {"undelivered", 30006, 0.0050}, {"undelivered", 30008, 0.0025},
    {"undelivered", 30007, 0.0030}, {"failed", 30034, 0.0020},
    {"failed", 21610, 0.0020},      {"failed", 21614, 0.0012},
    {"failed", 30001, 0.0008},
};
const Outcome WhatsAppOutcomes[] = {
    {"read", 0, 0.58},
    {"delivered", 0, 0.37},
    {"sent", 0, 0.01},
    {"undelivered", 63016, 0.015},
    {"undelivered", 63024, 0.015},
    {"failed", 63003, 0.006},
    {"failed", 63018, 0.004},
};
const Outcome CallOutcomes[] = {
    {"completed", 0, 0.72},   {"no-answer", 0, 0.17},   {"busy", 0, 0.05},
    {"failed", 13224, 0.015}, {"failed", 13227, 0.015}, {"canceled", 0, 0.03},
};

const char *const Services[]
    = {"checkout-api", "payments-gateway", "search-indexer", "auth-service",
       "orders-db",    "cdn-edge",         "notifications",  "inventory-sync"};
const char *const Problems[] = {"error rate 12%",    "p99 latency 4.2 s",
                                "5xx spike",         "disk 94% full",
                                "replica lag 380 s", "health check failing",
                                "queue depth 48k",   "certificate expires in 2 days"};
const char *const Replies[] = {"1", "ACK", "ack", "2", "OK on it", "Looking now", "1 ", "STOP"};

class Random
{
public:
    explicit Random(quint32 seed)
        : m_engine(seed)
    {}
    double unit() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_engine); }
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_engine); }
    qint64 below64(qint64 n) { return std::uniform_int_distribution<qint64>(0, n - 1)(m_engine); }
    QString digits(int count)
    {
        QString s;
        s.reserve(count);
        for (int i = 0; i < count; ++i)
            s.append(QLatin1Char(char('0' + below(10))));
        return s;
    }
    QString sid(const char *prefix)
    {
        static const char hex[] = "0123456789abcdef";
        QString s = QLatin1String(prefix);
        s.reserve(34);
        for (int i = 0; i < 32; ++i)
            s.append(QLatin1Char(hex[below(16)]));
        return s;
    }
    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }
    template<std::size_t N>
    const Outcome &outcome(const Outcome (&items)[N])
    {
        double r = unit();
        for (const Outcome &o : items) {
            if (r < o.share)
                return o;
            r -= o.share;
        }
        return items[0];
    }

private:
    std::mt19937 m_engine;
};

/// Numbers libphonenumber accepts for \a code, built from \a pattern ('#' = a random digit).
QStringList numbersFor(Random &random, const QString &code, const QStringList &patterns, int want)
{
    QStringList out;
    for (int attempt = 0; attempt < want * 20 && out.size() < want; ++attempt) {
        QString candidate = patterns.at(attempt % patterns.size());
        for (QChar &c : candidate) {
            if (c == QLatin1Char('#'))
                c = QLatin1Char(char('0' + random.below(10)));
        }
        PhoneNumber parsed;
        if (PhoneNumbers::parseE164(candidate, &parsed) && parsed.regionCode == code
            && !out.contains(candidate))
            out.append(candidate);
    }
    return out;
}

QList<Region> buildRegions(Random &random)
{
    // Fictional ranges where the plan has them (NANP 555-01xx), otherwise mobile ranges.
    const QString us1 = QStringLiteral("+12015550100");
    QList<Region> regions = {
        {QStringLiteral("US"),
         0.44,
         numbersFor(random, QStringLiteral("US"),
                    {QStringLiteral("+120155501##"), QStringLiteral("+121255501##"),
                     QStringLiteral("+131255501##"), QStringLiteral("+141555501##"),
                     QStringLiteral("+161755501##"), QStringLiteral("+171355501##")},
                    240),
         {us1, QStringLiteral("+12015550101"), QStringLiteral("24365")},
         0.0083},
        {QStringLiteral("GB"),
         0.20,
         numbersFor(random, QStringLiteral("GB"), {QStringLiteral("+4474001#####")}, 120),
         {QStringLiteral("+447400100100"), QStringLiteral("VortexIQ")},
         0.040},
        {QStringLiteral("DE"),
         0.10,
         numbersFor(random, QStringLiteral("DE"), {QStringLiteral("+491511234####")}, 60),
         {QStringLiteral("VortexIQ"), us1},
         0.080},
        {QStringLiteral("FR"),
         0.06,
         numbersFor(random, QStringLiteral("FR"), {QStringLiteral("+3361234####")}, 40),
         {QStringLiteral("VortexIQ")},
         0.075},
        {QStringLiteral("CA"),
         0.06,
         numbersFor(random, QStringLiteral("CA"),
                    {QStringLiteral("+141655501##"), QStringLiteral("+160455501##")}, 40),
         {us1},
         0.0083},
        {QStringLiteral("IN"),
         0.05,
         numbersFor(random, QStringLiteral("IN"), {QStringLiteral("+919812######")}, 40),
         {us1},
         0.080},
        {QStringLiteral("BR"),
         0.04,
         numbersFor(random, QStringLiteral("BR"), {QStringLiteral("+5511987######")}, 30),
         {us1},
         0.060},
        {QStringLiteral("AU"),
         0.05,
         numbersFor(random, QStringLiteral("AU"), {QStringLiteral("+614123#####")}, 30),
         {QStringLiteral("VortexIQ")},
         0.052},
    };
    regions.removeIf([](const Region &r) { return r.recipients.isEmpty(); });
    return regions;
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString price(double amount)
{
    return QString::number(-amount, 'f', 5);
}

int segmentsFor(const QString &body)
{
    return body.size() <= 160 ? 1 : int((body.size() + 152) / 153);
}

QString pageBody(Random &random, int incident)
{
    const QString service = QLatin1String(random.pick(Services));
    const QString problem = QLatin1String(random.pick(Problems));
    const int severity = 1 + random.below(3);
    switch (random.below(4)) {
    case 0:
        return QStringLiteral("[SEV%1] %2: %3 - incident #%4. Reply 1 to ack, 2 to escalate.")
            .arg(severity)
            .arg(service, problem)
            .arg(incident);
    case 1:
        return QStringLiteral("[SEV%1] %2 %3 (#%4). Ack: reply 1. Runbook: https://vx.io/r/%4")
            .arg(severity)
            .arg(service, problem)
            .arg(incident);
    case 2:
        return QStringLiteral(
                   "Reminder: incident #%1 (%2) is still open and unacknowledged. Reply 1 to ack.")
            .arg(incident)
            .arg(service);
    default:
        return QStringLiteral("Resolved: incident #%1 %2 - %3. No action needed.")
            .arg(incident)
            .arg(service, problem);
    }
}

} // namespace

Result<TrafficGeneratorSummary, QString>
TrafficGenerator::fill(const QString &databasePath, const TrafficGeneratorOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    {
        MessageStore store(databasePath);
        if (auto opened = store.open(); !opened)
            return fail(opened.error());
    }
    Database database(databasePath, QStringLiteral("traffic-generator"));
    if (auto opened = database.open(); !opened)
        return fail(opened.error());
    QSqlDatabase db = database.connection();

    const QDateTime end = options.end.isValid() ? options.end : QDateTime::currentDateTimeUtc();
    const QDateTime start = options.start.isValid() ? options.start : end.addDays(-365);
    const qint64 startMs = start.toMSecsSinceEpoch();
    const qint64 spanMs = std::max<qint64>(1, end.toMSecsSinceEpoch() - startMs);
    const qint64 rows = std::max<qint64>(0, options.rows);
    const qint64 step = std::max<qint64>(1, spanMs / std::max<qint64>(1, rows));

    Random random(options.seed);
    const QList<Region> regions = buildRegions(random);
    if (regions.isEmpty())
        return fail(QStringLiteral("no valid numbers for any region"));
    const QString whatsappSender = QStringLiteral("whatsapp:+12015550199");
    const QString callerId = QStringLiteral("+12015550100");

    // A generated file needs no crash safety while it is written: no WAL copy of every page,
    // no fsync; it goes back to WAL (what every other connection expects) at the end.
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA cache_size=-131072")); // 128 MiB while writing
    pragma.exec(QStringLiteral("PRAGMA journal_mode=MEMORY"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=OFF"));
    if (!db.transaction())
        return fail(QStringLiteral("cannot begin a transaction: ") + db.lastError().text());
    auto abort = [&db](const QString &what,
                       const QSqlQuery &q) -> Result<TrafficGeneratorSummary, QString> {
        const QString error = what + q.lastError().text();
        db.rollback();
        return fail(error);
    };
    QSqlQuery message(db);
    if (!message.prepare(QStringLiteral(
            "INSERT INTO messages (sid, direction, from_address, to_address, body,"
            " status, status_rank, error_code, error_message, num_segments, price, price_unit,"
            " date_created, date_updated, date_sent, channel, region)"
            " VALUES (?,?,?,?,?,?,?,?,'',?,?,'USD',?,?,?,?,?)")))
        return abort(QStringLiteral("cannot prepare: "), message);
    QSqlQuery call(db);
    if (!call.prepare(QStringLiteral(
            "INSERT INTO calls (sid, direction, from_address, to_address, status,"
            " status_rank, error_code, error_message, duration, price, price_unit, region,"
            " date_created, date_updated) VALUES (?,?,?,?,?,?,?,'',?,?,'USD',?,?,?)")))
        return abort(QStringLiteral("cannot prepare: "), call);

    const QString outboundApi = QStringLiteral("outbound-api");
    const QString inbound = QStringLiteral("inbound");
    const QString sms = QStringLiteral("sms");
    const QString whatsapp = QStringLiteral("whatsapp");
    const QString received = QStringLiteral("received");
    TrafficGeneratorSummary summary;
    int incident = 1000;
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 created = startMs + i * step + random.below64(step);
        if (random.unit() < 0.0004)
            ++incident;
        double pickRegion = random.unit();
        const Region *region = &regions.constLast();
        for (const Region &r : regions) {
            if (pickRegion < r.share) {
                region = &r;
                break;
            }
            pickRegion -= r.share;
        }
        const QString &person = region->recipients.at(random.below(int(region->recipients.size())));
        const double kind = random.unit();
        if (kind < options.voiceShare) {
            const Outcome &o = random.outcome(CallOutcomes);
            const int duration = qstrcmp(o.status, "completed") == 0 ? 8 + random.below(90) : 0;
            const double perMinute = region->code == QLatin1String("US") ? 0.014 : 0.10;
            call.bindValue(0, random.sid("CA"));
            call.bindValue(1, outboundApi);
            call.bindValue(2, callerId);
            call.bindValue(3, person);
            call.bindValue(4, QLatin1String(o.status));
            call.bindValue(5, callStatusRank(QLatin1String(o.status)));
            call.bindValue(6, o.errorCode);
            call.bindValue(7, duration);
            call.bindValue(8, duration > 0 ? price(perMinute * ((duration + 59) / 60))
                                           : QStringLiteral(""));
            call.bindValue(9, region->code);
            call.bindValue(10, iso(created));
            call.bindValue(11, iso(created + 5000 + duration * 1000));
            if (!call.exec())
                return abort(QStringLiteral("cannot store call: "), call);
            ++summary.calls;
            continue;
        }
        const bool isWhatsApp = random.unit() < options.whatsappShare;
        const bool isInbound = !isWhatsApp && random.unit() < options.inboundShare;
        QString body;
        QString from;
        QString to;
        QString status;
        int errorCode = 0;
        if (isInbound) {
            body = QLatin1String(random.pick(Replies));
            from = person;
            to = region->senders.constFirst().startsWith(QLatin1Char('+'))
                     ? region->senders.constFirst()
                     : callerId;
            status = received;
        } else {
            body = pageBody(random, incident);
            const Outcome &o
                = isWhatsApp ? random.outcome(WhatsAppOutcomes) : random.outcome(SmsOutcomes);
            status = QLatin1String(o.status);
            errorCode = o.errorCode;
            from = isWhatsApp ? whatsappSender
                              : region->senders.at(random.below(int(region->senders.size())));
            to = isWhatsApp ? QStringLiteral("whatsapp:") + person : person;
        }
        const int segments = segmentsFor(body);
        const double amount = isWhatsApp ? 0.005 : region->pricePerSegment * segments;
        const bool failed = status == QLatin1String("failed");
        const qint64 sent = created + 200 + random.below(1300);
        message.bindValue(0, random.sid("SM"));
        message.bindValue(1, isInbound ? inbound : outboundApi);
        message.bindValue(2, from);
        message.bindValue(3, to);
        message.bindValue(4, body);
        message.bindValue(5, status);
        message.bindValue(6, statusRank(status));
        message.bindValue(7, errorCode);
        message.bindValue(8, segments);
        message.bindValue(9, failed ? QStringLiteral("") : price(amount));
        message.bindValue(10, iso(created));
        message.bindValue(11, iso(sent + 2000 + random.below(20000)));
        message.bindValue(12, failed || isInbound ? QStringLiteral("") : iso(sent));
        message.bindValue(13, isWhatsApp ? whatsapp : sms);
        message.bindValue(14, region->code);
        if (!message.exec())
            return abort(QStringLiteral("cannot store message: "), message);
        ++summary.messages;
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return fail(QStringLiteral("cannot commit: ") + error);
    }
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    pragma.finish();
    summary.milliseconds = timer.elapsed();
    return summary;
}

} // namespace Vortex::Core::Store
