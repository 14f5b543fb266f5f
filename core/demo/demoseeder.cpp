// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "demoseeder.h"

#include "core/common/logging.h"
#include "core/paging/pagingjson.h"
#include "core/paging/sqlitepagingstore.h"
#include "core/twilio/rfc2822.h"
#include "core/twilio/twilioclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <climits>

namespace Vortex::Core::Demo {

namespace {

constexpr int PageSize = 1000; // the most Twilio serves per page

QDateTime rfcDate(const QJsonValue &value)
{
    return value.isString() ? Twilio::parseRfc2822Date(value.toString()) : QDateTime();
}

Store::CallRecord callFromJson(const QJsonObject &o)
{
    Store::CallRecord call;
    call.sid = o.value(QLatin1String("sid")).toString();
    call.direction = o.value(QLatin1String("direction")).toString();
    call.from = o.value(QLatin1String("from")).toString();
    call.to = o.value(QLatin1String("to")).toString();
    call.status = o.value(QLatin1String("status")).toString();
    const QJsonValue duration = o.value(QLatin1String("duration"));
    call.durationS = duration.isString() ? duration.toString().toInt() : duration.toInt();
    const QJsonValue price = o.value(QLatin1String("price"));
    if (price.isString())
        call.price = price.toString();
    else if (price.isDouble())
        call.price = QString::number(price.toDouble(), 'f', 5);
    call.priceUnit = o.value(QLatin1String("price_unit")).toString();
    call.dateCreated = rfcDate(o.value(QLatin1String("date_created")));
    call.dateUpdated = rfcDate(o.value(QLatin1String("date_updated")));
    return call;
}

} // namespace

QJsonObject DemoSeedReport::toJson() const
{
    return {{QLatin1String("seeded"), seeded},      {QLatin1String("play_ms"), playMs},
            {QLatin1String("import_ms"), importMs}, {QLatin1String("store_ms"), storeMs},
            {QLatin1String("messages"), messages},  {QLatin1String("calls"), calls},
            {QLatin1String("incidents"), incidents}};
}

DemoSeeder::DemoSeeder(DemoEndpoints endpoints, HistoryResult history, DemoSeedReport report,
                       QObject *parent)
    : QObject(parent)
    , m_endpoints(std::move(endpoints))
    , m_history(std::move(history))
    , m_report(report)
{}

DemoSeeder::~DemoSeeder() = default;

QString DemoSeeder::markerPath(const QString &dataDir)
{
    return dataDir + QStringLiteral("/demo-history.json");
}

bool DemoSeeder::isSeeded(const QString &dataDir)
{
    return QFile::exists(markerPath(dataDir));
}

QString DemoSeeder::consoleStorePath(const QString &dataDir)
{
    return dataDir + QStringLiteral("/console.sqlite");
}

QString DemoSeeder::pagingStorePath(const QString &dataDir)
{
    return dataDir + QStringLiteral("/paging.sqlite");
}

MessageRecord DemoSeeder::toRecord(const Twilio::Message &m)
{
    MessageRecord r;
    r.sid = m.sid;
    r.direction = m.direction;
    r.from = m.from;
    r.to = m.to;
    r.body = m.body;
    r.status = m.status;
    r.errorCode = m.errorCode;
    r.errorMessage = m.errorMessage;
    r.numSegments = m.numSegments;
    r.price = m.price;
    r.priceUnit = m.priceUnit;
    r.dateCreated = m.dateCreated;
    r.dateUpdated = m.dateUpdated;
    r.dateSent = m.dateSent;
    return r;
}

void DemoSeeder::run()
{
    m_client = new Twilio::TwilioClient(
        Twilio::Credentials(m_endpoints.accountSid, m_endpoints.authToken),
        Twilio::Endpoints::forAll(m_endpoints.twinBase), this);
    m_importStarted = QDateTime::currentMSecsSinceEpoch();
    m_store = std::make_unique<Store::MessageStore>(consoleStorePath(m_endpoints.dataDir));
    if (auto opened = m_store->open(); !opened) {
        Q_EMIT failed(opened.error());
        return;
    }
    Twilio::MessageFilter filter;
    filter.pageSize = PageSize;
    readMessages(m_client->listMessagesPage(filter));
}

void DemoSeeder::readMessages(Twilio::MessagePageJob *job)
{
    connect(job, &Twilio::MessagePageJob::finished, this,
            [this](const Twilio::MessagePageResult &result) {
                if (!result) {
                    Q_EMIT failed(tr("The demo history could not be read from the twin: %1")
                                      .arg(result.error().message));
                    return;
                }
                // The next page is asked for first: the twin serves it on its thread while this
                // one is stored.
                if (result.value().hasNext())
                    readMessages(m_client->fetchMessagePage(result.value().nextPageUri));
                QList<MessageRecord> records;
                records.reserve(result.value().messages.size());
                for (const Twilio::Message &message : result.value().messages)
                    records.append(toRecord(message));
                QElapsedTimer timer;
                timer.start();
                const auto cursor = m_store->relayCursor();
                const auto applied
                    = m_store->applyRelayBatch(records, {}, cursor ? cursor.value() : 0);
                m_report.storeMs += timer.elapsed();
                if (!applied) {
                    Q_EMIT failed(applied.error());
                    return;
                }
                m_report.messages += records.size();
                if (!result.value().hasNext())
                    readCalls(QStringLiteral("/2010-04-01/Accounts/%1/Calls.json?PageSize=%2")
                                  .arg(m_endpoints.accountSid)
                                  .arg(PageSize));
            });
    job->start();
}

void DemoSeeder::readCalls(const QString &pageUri)
{
    Twilio::RestCall *call = m_client->createRestCall("GET", Twilio::Endpoints::Product::Api,
                                                      pageUri.toUtf8(), QByteArray(), this);
    connect(call, &Twilio::RestCall::finished, this,
            [this, call](const Twilio::RestResult &result) {
                call->deleteLater();
                if (!result) {
                    Q_EMIT failed(tr("The demo calls could not be read from the twin: %1")
                                      .arg(result.error().message));
                    return;
                }
                const QJsonObject page = QJsonDocument::fromJson(result.value().body).object();
                for (const QJsonValue &value : page.value(QLatin1String("calls")).toArray())
                    m_calls.append(callFromJson(value.toObject()));
                const QString next = page.value(QLatin1String("next_page_uri")).toString();
                if (!next.isEmpty()) {
                    readCalls(next);
                    return;
                }
                store();
            });
    call->start();
}

void DemoSeeder::store()
{
    QElapsedTimer timer;
    timer.start();
    const QString dataDir = m_endpoints.dataDir;
    const auto cursor = m_store->relayCursor();
    const auto applied = m_store->applyRelayBatch({}, m_calls, cursor ? cursor.value() : 0);
    m_store->close();
    m_store.reset();
    if (!applied) {
        Q_EMIT failed(applied.error());
        return;
    }
    const auto incidents = writePagingHistory(pagingStorePath(dataDir), m_history.incidents);
    if (!incidents) {
        Q_EMIT failed(incidents.error());
        return;
    }
    m_report.storeMs += timer.elapsed();
    m_report.importMs = QDateTime::currentMSecsSinceEpoch() - m_importStarted - m_report.storeMs;
    m_report.seeded = true;
    m_report.calls = m_calls.size();
    m_report.incidents = incidents.value();

    QJsonObject marker = m_report.toJson();
    marker.insert(QLatin1String("start"), m_history.start.toString(Qt::ISODate));
    marker.insert(QLatin1String("end"), m_history.end.toString(Qt::ISODate));
    marker.insert(QLatin1String("filtering_from"), m_history.filteringFrom.toString(Qt::ISODate));
    marker.insert(QLatin1String("filtering_until"), m_history.filteringUntil.toString(Qt::ISODate));
    marker.insert(QLatin1String("filtering_carrier"), m_history.filteringCarrier);
    marker.insert(QLatin1String("scenario"), m_history.summary.toJson());
    QSaveFile file(markerPath(dataDir));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(marker).toJson()) < 0
        || !file.commit()) {
        Q_EMIT failed(tr("Cannot write %1").arg(markerPath(dataDir)));
        return;
    }
    m_calls.clear();
    qCInfo(lcDemo) << "demo history stored:" << m_report.messages << "messages," << m_report.calls
                   << "calls," << m_report.incidents << "incidents; play" << m_report.playMs
                   << "ms, REST import" << m_report.importMs << "ms, stores" << m_report.storeMs
                   << "ms";
    Q_EMIT finished(m_report);
}

Result<int, QString> DemoSeeder::writePagingHistory(const QString &path,
                                                    const QList<HistoryIncident> &incidents)
{
    Paging::SqlitePagingStore store(path);
    auto opened = store.open();
    if (!opened)
        return fail(opened.error());
    auto config = Paging::PagingConfig::fromFile(QStringLiteral(":/paging/paging-demo.json"));
    if (!config)
        return fail(config.error());
    // The recipients and policy first (their own transaction; the engine loads the same on
    // start), then every incident in one transaction.
    if (auto saved = config->saveTo(store); !saved)
        return fail(saved.error());
    auto begun = store.begin();
    if (!begun)
        return fail(begun.error());
    auto abort = [&store](const QString &error) -> Result<int, QString> {
        store.rollback();
        return fail(error);
    };
    for (const HistoryIncident &history : incidents) {
        Paging::Incident incident = history.incident;
        incident.id = 0;
        if (auto inserted = store.insertIncident(incident); !inserted)
            return abort(inserted.error());
        for (Paging::Delivery delivery : history.deliveries) {
            delivery.id = 0;
            delivery.incidentIds = {incident.id};
            if (auto inserted = store.insertDelivery(delivery); !inserted)
                return abort(inserted.error());
        }
        for (Paging::TimelineEntry entry : history.timeline) {
            entry.id = 0;
            entry.incidentId = incident.id;
            if (auto appended = store.appendTimeline(entry); !appended)
                return abort(appended.error());
        }
    }
    if (auto committed = store.commit(); !committed)
        return abort(committed.error());
    store.close();
    return int(incidents.size());
}

} // namespace Vortex::Core::Demo
