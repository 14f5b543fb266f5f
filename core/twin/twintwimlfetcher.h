// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/twilio/formparams.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace Vortex::Core::Twin {

/// What a TwiML request returned: the document, or the Twilio error that ends the call.
struct TwimlFetchResult
{
    int errorCode = 0; ///< 0, 11200 (HTTP retrieval failure), 11750 (too big), 12300 (type)
    int httpStatus = 0;
    QByteArray body;
};

/// The twin's voice webhooks: TwiML requests (signed POST with form params, or GET with the
/// params in the query string, as Twilio sends them) and status callbacks with
/// StatusCallbackMethod=GET (POST callbacks go through TwinWebhookSender).
class TwinTwimlFetcher : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const TwimlFetchResult &)>;

    explicit TwinTwimlFetcher(QByteArray authToken, QObject *parent = nullptr);

    /// Requests TwiML; \a done runs unless \a context is gone by then.
    void fetch(const QString &method, const QString &url, const Twilio::FormParams &params,
               QObject *context, Done done);
    /// A signed GET status callback; callbacks with the same \a key go out strictly in order.
    void sendGetCallback(const QString &key, const QString &url, const Twilio::FormParams &params);
    /// Requests on the wire or waiting (tests wait for 0 before moving a manual clock).
    int pending() const;

    static constexpr int TimeoutMs = 15000;        // Twilio waits 15 s for TwiML (then 11200)
    static constexpr int MaxBodyBytes = 64 * 1024; // larger documents: 11750

    /// \a url with \a params appended to its query string (how Twilio sends GET webhooks).
    static QString withQuery(const QString &url, const Twilio::FormParams &params);

private:
    struct Callback
    {
        QString url;
        Twilio::FormParams params;
    };
    void sendHead(const QString &key);

    QByteArray m_authToken;
    QNetworkAccessManager *m_network;
    QHash<QString, QList<Callback>> m_callbacks; // per call; the head is in flight
    int m_fetching = 0;
};

} // namespace Vortex::Core::Twin
