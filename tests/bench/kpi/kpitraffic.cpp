// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "kpitraffic.h"

#include "core/store/messagestore.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace Vortex::Test {

namespace {

struct Route
{
    const char *prefix; ///< number prefix; two random digits follow
    const char *sender;
    const char *price;
    int weight;
};

// Valid numbers for libphonenumber (+1 201 555 01xx, +44 7400 1234xx, +49 151 1234 56xx).
const Route Routes[] = {
    {"+120155501", "+12015550100", "-0.00830", 55},
    {"+4474001234", "+447400100200", "-0.04000", 25},
    {"+49151123456", "VORTEX", "-0.07000", 10},
    {"whatsapp:+4474001234", "whatsapp:+12015550199", "-0.00500", 10},
};

QString iso(const QDateTime &dt)
{
    return dt.toString(Qt::ISODateWithMs);
}

} // namespace

Core::Result<Core::Done, QString> KpiTraffic::write(const QString &messagesPath) const
{
    {
        Core::Store::MessageStore store(messagesPath); // creates and migrates the schema
        if (auto opened = store.open(); !opened)
            return Core::fail(opened.error());
        store.close();
    }
    const QString name = QStringLiteral("kpi-traffic-%1").arg(seed);
    Core::Result<Core::Done, QString> result = Core::Done{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(messagesPath);
        if (!db.open())
            return Core::fail(db.lastError().text());
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        pragma.exec(QStringLiteral("PRAGMA synchronous=OFF"));
        db.transaction();
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO messages (sid, direction, from_address, to_address, body,"
            " status, status_rank, error_code, error_message, num_segments, price, price_unit,"
            " date_created, date_updated, date_sent)"
            " VALUES (?, ?, ?, ?, ?, ?, 0, ?, '', ?, ?, 'USD', ?, ?, ?)"));
        QRandomGenerator random(seed);
        const QDateTime start = end.addSecs(-spanSeconds);
        for (qint64 i = 0; i < messages; ++i) {
            int pick = int(random.bounded(100));
            const Route *route = &Routes[0];
            for (const Route &r : Routes) {
                if (pick < r.weight) {
                    route = &r;
                    break;
                }
                pick -= r.weight;
            }
            const QString number
                = QString::fromLatin1(route->prefix)
                  + QStringLiteral("%1").arg(random.bounded(100), 2, 10, QLatin1Char('0'));
            const QString sender = QString::fromLatin1(route->sender);
            // In time order, as a live store fills up.
            const QDateTime created
                = start.addMSecs(qint64((double(i) + random.bounded(1.0)) * double(spanSeconds)
                                        * 1000.0 / double(messages)));
            const int roll = int(random.bounded(10000));
            const bool inbound = roll < 100;
            QString status = QStringLiteral("delivered");
            QString body = QStringLiteral("[P1] disk full on db-3 #17");
            int error = 0;
            if (inbound) {
                status = QStringLiteral("received");
                body = roll < 30 ? QStringLiteral("STOP") : QStringLiteral("ACK 17");
            } else if (roll < 150) {
                status = QStringLiteral("sent"); // no receipt yet
            } else if (roll < 350) {
                status = QStringLiteral("undelivered");
                error = 30003;
            } else if (roll < 400) {
                status = QStringLiteral("failed");
                error = 30007;
            } else if (roll < 420) {
                status = QStringLiteral("undelivered");
                error = 30004;
            }
            // Latency: log-normal around 5 s.
            const double seconds = 5.0 * std::exp((random.bounded(2.0) - 1.0) * 1.2);
            q.bindValue(0, QStringLiteral("SM%1").arg(firstSid + i, 32, 16, QLatin1Char('0')));
            q.bindValue(1, inbound ? QStringLiteral("inbound") : QStringLiteral("outbound-api"));
            q.bindValue(2, inbound ? number : sender);
            q.bindValue(3, inbound ? sender : number);
            q.bindValue(4, body);
            q.bindValue(5, status);
            q.bindValue(6, error);
            q.bindValue(7, 1);
            q.bindValue(8, status == QLatin1String("sent") ? QString()
                                                           : QString::fromLatin1(route->price));
            q.bindValue(9, iso(created));
            q.bindValue(10, iso(created.addMSecs(qint64(seconds * 1000))));
            q.bindValue(11, iso(created.addSecs(1)));
            if (!q.exec()) {
                result = Core::fail(q.lastError().text());
                break;
            }
        }
        if (result.ok() && !db.commit())
            result = Core::fail(db.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace Vortex::Test
