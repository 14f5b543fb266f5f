// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "demotraffic.h"

#include "core/common/logging.h"
#include "core/paging/intakerequest.h"
#include "core/paging/intakesignature.h"
#include "core/twilio/twilioclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

namespace Vortex::Core::Demo {

namespace {

constexpr qint64 WhatsAppSessionMs = 20LL * 3600 * 1000; // well inside Twilio's 24 hours
constexpr int WhatsAppAfterSessionMs = 1500;             // the customer's message lands first

const char *const Notifications[] = {
    QT_TRANSLATE_NOOP("DemoTraffic",
                      "Your order #%1 has shipped. Track it: https://vx.example/t/%1"),
    QT_TRANSLATE_NOOP("DemoTraffic",
                      "Your parcel for order #%1 arrives today between 10:00 and 12:00."),
    QT_TRANSLATE_NOOP("DemoTraffic", "Thanks for your order #%1! We will text you when it ships."),
    QT_TRANSLATE_NOOP("DemoTraffic",
                      "Order #%1 was delivered. Tell us how we did: https://vx.example/r/%1"),
    QT_TRANSLATE_NOOP("DemoTraffic",
                      "Your return for order #%1 is approved. Refund within 3 days."),
    QT_TRANSLATE_NOOP("DemoTraffic",
                      "Good news: an item on your wishlist is back in stock (ref %1)."),
};

struct LiveStory
{
    const char *title;
    const char *summary;
};

const LiveStory Stories[] = {
    {QT_TRANSLATE_NOOP("DemoTraffic", "Checkout errors above 2%"),
     QT_TRANSLATE_NOOP("DemoTraffic", "POST /checkout answers 5xx for a share of requests.")},
    {QT_TRANSLATE_NOOP("DemoTraffic", "Payment provider timeouts"),
     QT_TRANSLATE_NOOP("DemoTraffic", "Card authorisations time out after 10 s.")},
    {QT_TRANSLATE_NOOP("DemoTraffic", "Inventory sync stalled"),
     QT_TRANSLATE_NOOP("DemoTraffic", "No stock update from the warehouse feed for 20 minutes.")},
    {QT_TRANSLATE_NOOP("DemoTraffic", "Carrier filtering spike"),
     QT_TRANSLATE_NOOP("DemoTraffic",
                       "Order notifications to one carrier end undelivered (30007).")},
    {QT_TRANSLATE_NOOP("DemoTraffic", "Search latency p95 above 3 s"),
     QT_TRANSLATE_NOOP("DemoTraffic", "Product search slowed down after the index rebuild.")},
    {QT_TRANSLATE_NOOP("DemoTraffic", "Basket service restarting"),
     QT_TRANSLATE_NOOP("DemoTraffic", "Basket pods restart every few minutes (out of memory).")},
    {QT_TRANSLATE_NOOP("DemoTraffic", "Promotion codes rejected"),
     QT_TRANSLATE_NOOP("DemoTraffic", "Valid promotion codes fail at checkout since 14:05.")},
    {QT_TRANSLATE_NOOP("DemoTraffic", "Order export to ERP failing"),
     QT_TRANSLATE_NOOP("DemoTraffic", "The nightly order export is retrying with HTTP 401.")},
};

QUrl intakeUrl(QUrl base)
{
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path + QStringLiteral("/v1/intake/incidents"));
    return base;
}

} // namespace

DemoTraffic::DemoTraffic(DemoEndpoints endpoints, QStringList customers,
                         std::function<void(const QString &)> openWhatsAppSession,
                         DemoTrafficOptions options, QObject *parent)
    : QObject(parent)
    , m_endpoints(std::move(endpoints))
    , m_customers(std::move(customers))
    , m_openWhatsAppSession(std::move(openWhatsAppSession))
    , m_options(options)
    , m_rng(options.seed ? options.seed : QRandomGenerator::system()->generate64())
{}

DemoTraffic::~DemoTraffic() = default;

int DemoTraffic::draw(int lo, int hi)
{
    return std::uniform_int_distribution<int>(lo, qMax(lo, hi))(m_rng);
}

void DemoTraffic::start()
{
    if (m_running)
        return;
    m_running = true;
    m_client = new Twilio::TwilioClient(
        Twilio::Credentials(m_endpoints.accountSid, m_endpoints.authToken),
        Twilio::Endpoints::forAll(m_endpoints.twinBase), this);
    m_network = new QNetworkAccessManager(this);
    m_notifyTimer = new QTimer(this);
    m_notifyTimer->setSingleShot(true);
    connect(m_notifyTimer, &QTimer::timeout, this, [this] {
        notify();
        m_notifyTimer->start(draw(m_options.notificationMinMs, m_options.notificationMaxMs));
    });
    m_incidentTimer = new QTimer(this);
    m_incidentTimer->setSingleShot(true);
    connect(m_incidentTimer, &QTimer::timeout, this, [this] {
        raise();
        m_incidentTimer->start(draw(m_options.incidentMinMs, m_options.incidentMaxMs));
    });
    m_notifyTimer->start(draw(200, 800));
    m_incidentTimer->start(m_options.firstIncidentMs);
}

void DemoTraffic::stop()
{
    m_running = false;
    if (m_notifyTimer)
        m_notifyTimer->stop();
    if (m_incidentTimer)
        m_incidentTimer->stop();
}

void DemoTraffic::notify()
{
    if (m_customers.isEmpty() || !m_running)
        return;
    const QString customer = m_customers.at(draw(0, int(m_customers.size()) - 1));
    const bool whatsapp
        = std::uniform_real_distribution<double>(0, 1)(m_rng) < m_options.whatsappShare
          && m_openWhatsAppSession;
    const int order = ++m_orderNumber;
    Twilio::CreateMessageRequest request;
    request.body = QCoreApplication::translate(
                       "DemoTraffic", Notifications[draw(0, int(std::size(Notifications)) - 1)])
                       .arg(order);
    request.statusCallback = m_endpoints.statusCallbackUrl;
    // A sender in the customer's country when the twin has one: the demo's numbers are US and GB.
    const bool gb = customer.startsWith(QLatin1String("+44"));
    const QString from = gb ? QStringLiteral("+447400123456") : m_endpoints.fromNumber;
    request.to = customer;
    request.from = from;
    auto send = [this, request, whatsapp]() mutable {
        if (!m_running)
            return;
        if (whatsapp) {
            request.to = QStringLiteral("whatsapp:") + request.to;
            request.from = QStringLiteral("whatsapp:") + request.from;
        }
        Twilio::MessageJob *job = m_client->createMessage(request);
        connect(job, &Twilio::MessageJob::finished, this,
                [this](const Twilio::MessageResult &result) {
                    if (!result) {
                        qCInfo(lcDemo) << "demo notification refused:" << result.error().message;
                        return;
                    }
                    ++m_notificationsSent;
                    Q_EMIT notificationSent(result.value().sid);
                });
        job->start();
    };
    if (!whatsapp) {
        send();
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto last = m_whatsAppSessions.constFind(customer);
    if (last != m_whatsAppSessions.constEnd() && now - *last < WhatsAppSessionMs) {
        send();
        return;
    }
    m_whatsAppSessions.insert(customer, now);
    m_openWhatsAppSession(customer);
    QTimer::singleShot(WhatsAppAfterSessionMs, this, send);
}

void DemoTraffic::raise()
{
    if (!m_running)
        return;
    const LiveStory &story = Stories[draw(0, int(std::size(Stories)) - 1)];
    const int sevDraw = draw(0, 99);
    const Paging::Severity severity = sevDraw < 20   ? Paging::Severity::Sev1
                                      : sevDraw < 60 ? Paging::Severity::Sev2
                                      : sevDraw < 88 ? Paging::Severity::Sev3
                                                     : Paging::Severity::Sev4;
    Paging::IntakeRequest request;
    request.action = Paging::IntakeRequest::Action::Raise;
    request.dedupKey = QStringLiteral("demo-live-%1-%2")
                           .arg(QDateTime::currentMSecsSinceEpoch())
                           .arg(++m_incidentsRaised);
    request.severity = severity;
    request.title = QCoreApplication::translate("DemoTraffic", story.title);
    request.summary = QCoreApplication::translate("DemoTraffic", story.summary);
    request.link = QStringLiteral("https://status.vortexiq.example/live/%1").arg(m_incidentsRaised);
    request.source = QStringLiteral("vortex-iq");
    request.policyId = QStringLiteral("ops");
    postIntake(request.toJson());
    const QString key = request.dedupKey;
    QTimer::singleShot(draw(m_options.resolveMinMs, m_options.resolveMaxMs), this,
                       [this, key] { resolve(key); });
}

void DemoTraffic::resolve(const QString &dedupKey)
{
    if (!m_running)
        return;
    Paging::IntakeRequest request;
    request.action = Paging::IntakeRequest::Action::Resolve;
    request.dedupKey = dedupKey;
    request.source = QStringLiteral("vortex-iq");
    request.actor = QStringLiteral("vortex-iq");
    postIntake(request.toJson());
}

void DemoTraffic::postIntake(const QJsonObject &json)
{
    const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QNetworkRequest post(intakeUrl(m_endpoints.relayBase));
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    post.setRawHeader(Paging::IntakeSignature::TimestampHeader, QByteArray::number(now));
    post.setRawHeader(Paging::IntakeSignature::SignatureHeader,
                      Paging::IntakeSignature::sign(m_endpoints.intakeSecret, now, body));
    QNetworkReply *reply = m_network->post(post, body);
    const QString action = json.value(QLatin1String("action")).toString();
    const QString key = json.value(QLatin1String("dedup_key")).toString();
    connect(reply, &QNetworkReply::finished, this, [this, reply, action, key] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 202) {
            Q_EMIT intakeAccepted(action, key);
            return;
        }
        const QString reason = QStringLiteral("HTTP %1 %2").arg(status).arg(reply->errorString());
        qCWarning(lcDemo) << "demo intake" << action << "refused:" << reason;
        Q_EMIT intakeFailed(action, reason);
    });
}

} // namespace Vortex::Core::Demo
