// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "relaytestclient.h"

#include "core/twilio/signature.h"
#include "support/testsupport.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace Vortex::Test {

HttpReply RelayTestClient::wait(QNetworkReply *reply, int timeoutMs)
{
    waitUntil([reply] { return reply->isFinished(); }, timeoutMs);
    HttpReply result;
    if (reply->isFinished()) {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    } else {
        reply->abort();
    }
    reply->deleteLater();
    return result;
}

HttpReply RelayTestClient::post(const QUrl &url, const QByteArray &body,
                                const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return wait(m_network.post(request, body), timeoutMs);
}

HttpReply RelayTestClient::get(const QUrl &url, const QByteArray &bearer, int timeoutMs)
{
    QNetworkRequest request(url);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    return wait(m_network.get(request), timeoutMs);
}

HttpReply RelayTestClient::put(const QUrl &url, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return wait(m_network.put(request, body), timeoutMs);
}

QString RelayTestClient::messageSid(int n)
{
    return QStringLiteral("SM%1").arg(n, 32, 16, QLatin1Char('0'));
}

QString RelayTestClient::callSid(int n)
{
    return QStringLiteral("CA%1").arg(n, 32, 16, QLatin1Char('0'));
}

Core::Twilio::FormParams RelayTestClient::callStatusForm(const QString &callSid,
                                                         const QString &status, int sequence)
{
    Core::Twilio::FormParams form;
    form.add(QStringLiteral("AccountSid"), QStringLiteral("AC%1").arg(7, 32, 16, QLatin1Char('0')));
    form.add(QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01"));
    form.add(QStringLiteral("CallSid"), callSid);
    form.add(QStringLiteral("CallStatus"), status);
    form.add(QStringLiteral("Direction"), QStringLiteral("outbound-api"));
    form.add(QStringLiteral("From"), QStringLiteral("+12015550123"));
    form.add(QStringLiteral("To"), QStringLiteral("+447400123456"));
    form.add(QStringLiteral("CallbackSource"), QStringLiteral("call-progress-events"));
    form.add(QStringLiteral("SequenceNumber"), QString::number(sequence));
    if (status == QLatin1String("completed"))
        form.add(QStringLiteral("CallDuration"), QStringLiteral("14"));
    return form;
}

Core::Twilio::FormParams RelayTestClient::gatherForm(const QString &callSid, const QString &digits)
{
    Core::Twilio::FormParams form;
    form.add(QStringLiteral("AccountSid"), QStringLiteral("AC%1").arg(7, 32, 16, QLatin1Char('0')));
    form.add(QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01"));
    form.add(QStringLiteral("CallSid"), callSid);
    form.add(QStringLiteral("CallStatus"), QStringLiteral("in-progress"));
    form.add(QStringLiteral("Digits"), digits);
    form.add(QStringLiteral("FinishedOnKey"), QString());
    form.add(QStringLiteral("From"), QStringLiteral("+12015550123"));
    form.add(QStringLiteral("To"), QStringLiteral("+447400123456"));
    return form;
}

Core::Twilio::FormParams RelayTestClient::statusForm(const QString &sid, const QString &status,
                                                     const QString &errorCode)
{
    Core::Twilio::FormParams form;
    form.add(QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01"));
    form.add(QStringLiteral("MessageStatus"), status);
    form.add(QStringLiteral("SmsSid"), sid);
    form.add(QStringLiteral("SmsStatus"), status);
    form.addIfSet(QStringLiteral("ErrorCode"), errorCode);
    form.add(QStringLiteral("To"), QStringLiteral("+14155550100"));
    form.add(QStringLiteral("From"), QStringLiteral("+14155550199"));
    form.add(QStringLiteral("MessageSid"), sid);
    form.add(QStringLiteral("AccountSid"), QStringLiteral("AC%1").arg(7, 32, 16, QLatin1Char('0')));
    return form;
}

Core::Twilio::FormParams RelayTestClient::inboundForm(const QString &sid, const QString &body)
{
    Core::Twilio::FormParams form;
    form.add(QStringLiteral("ToCountry"), QStringLiteral("US"));
    form.add(QStringLiteral("SmsMessageSid"), sid);
    form.add(QStringLiteral("NumMedia"), QStringLiteral("0"));
    form.add(QStringLiteral("SmsSid"), sid);
    form.add(QStringLiteral("SmsStatus"), QStringLiteral("received"));
    form.add(QStringLiteral("Body"), body);
    form.add(QStringLiteral("To"), QStringLiteral("+14155550100"));
    form.add(QStringLiteral("MessageSid"), sid);
    form.add(QStringLiteral("AccountSid"), QStringLiteral("AC%1").arg(7, 32, 16, QLatin1Char('0')));
    form.add(QStringLiteral("From"), QStringLiteral("+14155550123"));
    form.add(QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01"));
    return form;
}

HttpReply RelayTestClient::postSigned(const QUrl &target, const QString &signedUrl,
                                      const Core::Twilio::FormParams &form,
                                      const QByteArray &authToken)
{
    const QByteArray signature
        = Core::Twilio::RequestSignature::compute(authToken, signedUrl, form);
    return post(
        target, form.encode(),
        {{"Content-Type", "application/x-www-form-urlencoded"}, {"X-Twilio-Signature", signature}});
}

} // namespace Vortex::Test
