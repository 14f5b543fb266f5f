// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "demoendpoints.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <random>

class QNetworkAccessManager;
class QTimer;

namespace Vortex::Core::Twilio {
class TwilioClient;
}

namespace Vortex::Core::Demo {

/// How busy the live demo is.
struct DemoTrafficOptions
{
    int firstIncidentMs = 1500; ///< the board is never empty for long
    int incidentMinMs = 60000;  ///< then one incident every 1–3 minutes
    int incidentMaxMs = 180000;
    int notificationMinMs = 2000; ///< a customer notification every 2–5 s
    int notificationMaxMs = 5000;
    int resolveMinMs = 4 * 60000;  ///< the monitoring resolves an incident 4–12 minutes
    int resolveMaxMs = 12 * 60000; ///< after raising it (acknowledged or not)
    double whatsappShare = 0.1;    ///< of notifications sent over WhatsApp
    quint64 seed = 0;              ///< 0: a random seed
};

/// Keeps the demo alive: customer notifications through the twin's REST API (with the relay as
/// status callback, so the console's messages log grows as they are delivered), and incidents
/// raised through the relay's signed intake as Vortex IQ would (the console's paging engine
/// reads them from the relay feed and pages the on-call team, whose scripted phones acknowledge
/// by SMS and keypad), resolved by the same intake a few minutes later. Lives on a worker
/// thread; every request is asynchronous.
class DemoTraffic : public QObject
{
    Q_OBJECT

public:
    /// \a customers: E.164 numbers to notify. \a openWhatsAppSession lets a customer write to
    /// the twin first (freeform WhatsApp needs their message in the last 24 hours); called on
    /// this object's thread, it may hand the work to the twin's thread.
    DemoTraffic(DemoEndpoints endpoints, QStringList customers,
                std::function<void(const QString &customer)> openWhatsAppSession,
                DemoTrafficOptions options = {}, QObject *parent = nullptr);
    ~DemoTraffic() override;

    void start();
    void stop();

    int notificationsSent() const { return m_notificationsSent; }
    int incidentsRaised() const { return m_incidentsRaised; }

Q_SIGNALS:
    /// The twin accepted a notification (SM… sid).
    void notificationSent(const QString &sid);
    /// The relay stored an intake request (202); \a action is "raise" or "resolve".
    void intakeAccepted(const QString &action, const QString &dedupKey);
    void intakeFailed(const QString &action, const QString &reason);

private:
    void notify();
    void raise();
    void resolve(const QString &dedupKey);
    void postIntake(const QJsonObject &request);
    int draw(int lo, int hi);

    DemoEndpoints m_endpoints;
    QStringList m_customers;
    std::function<void(const QString &)> m_openWhatsAppSession;
    DemoTrafficOptions m_options;
    std::mt19937_64 m_rng;
    Twilio::TwilioClient *m_client = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_notifyTimer = nullptr;
    QTimer *m_incidentTimer = nullptr;
    QHash<QString, qint64> m_whatsAppSessions; ///< customer → when they last wrote (ms)
    int m_notificationsSent = 0;
    int m_incidentsRaised = 0;
    int m_orderNumber = 48210;
    bool m_running = false;
};

} // namespace Vortex::Core::Demo
