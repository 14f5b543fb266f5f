// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twintestclient.h"

#include <QJsonArray>

#include "support/testsupport.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Vortex::Test {

QByteArray TwinReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

TwinTestClient::TwinTestClient(QUrl baseUrl, QString user, QByteArray password)
    : m_baseUrl(std::move(baseUrl))
    , m_user(std::move(user))
    , m_password(std::move(password))
{}

void TwinTestClient::setCredentials(const QString &user, const QByteArray &password)
{
    m_user = user;
    m_password = password;
}

QString TwinTestClient::messagesPath() const
{
    return QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(m_user);
}

TwinReply TwinTestClient::create(const Core::Twilio::FormParams &form)
{
    return post(messagesPath(), form);
}

TwinReply TwinTestClient::send(const QByteArray &verb, const QString &pathAndQuery,
                               const Core::Twilio::FormParams &form, bool withAuth)
{
    const QUrl url = m_baseUrl.resolved(QUrl(pathAndQuery, QUrl::StrictMode));
    QNetworkRequest request(url);
    if (withAuth) {
        const QByteArray credentials = m_user.toUtf8() + ':' + m_password;
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             QByteArrayLiteral("Basic ") + credentials.toBase64());
    }
    QNetworkReply *reply = nullptr;
    if (verb == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_network.post(request, form.encode());
    } else {
        reply = m_network.sendCustomRequest(request, verb);
    }
    bool done = false;
    QObject::connect(reply, &QNetworkReply::finished, reply, [&done] { done = true; });
    waitUntil([&done] { return done; }, 10000);
    TwinReply result;
    if (!done) {
        reply->abort();
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    reply->deleteLater();
    return result;
}

QString TwinTestClient::ownedSenderSid(const QString &listKey, const QString &field,
                                       const QString &value)
{
    const QJsonObject senders = get(QStringLiteral("/_twin/senders")).json;
    for (const QJsonValue &entry : senders.value(listKey).toArray()) {
        const QJsonObject sender = entry.toObject();
        if (sender.value(field).toString() == value)
            return sender.value(QLatin1String("sid")).toString();
    }
    return {};
}

} // namespace Vortex::Test
