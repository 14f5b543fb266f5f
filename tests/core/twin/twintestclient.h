// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/twilio/formparams.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

namespace Vortex::Test {

/// What the twin answered to one raw HTTP request.
struct TwinReply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
};

/// Raw QNetworkAccessManager requests against a twin over loopback (tests only: waits by
/// spinning the event loop with waitUntil).
class TwinTestClient
{
public:
    TwinTestClient(QUrl baseUrl, QString user, QByteArray password);

    TwinReply send(const QByteArray &verb, const QString &pathAndQuery,
                   const Core::Twilio::FormParams &form = {}, bool withAuth = true);
    TwinReply get(const QString &pathAndQuery) { return send("GET", pathAndQuery); }
    TwinReply post(const QString &path, const Core::Twilio::FormParams &form)
    {
        return send("POST", path, form);
    }
    /// POST …/Messages.json
    TwinReply create(const Core::Twilio::FormParams &form);
    QString messagesPath() const;
    void setCredentials(const QString &user, const QByteArray &password);
    /// The SID the twin gave one of its own senders: looks \a value up in the \a listKey list
    /// of GET /_twin/senders by its \a field ("phone_number", "sender", …); empty if absent.
    QString ownedSenderSid(const QString &listKey, const QString &field, const QString &value);

private:
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_user;
    QByteArray m_password;
};

} // namespace Vortex::Test
