// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/paging/twiliogatewaycodec.h"

#include "core/twilio/rfc2822.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Vortex::Core::Paging {

namespace {

const QString WhatsAppPrefix = QStringLiteral("whatsapp:");

QString jsonString(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

bool createdInWindow(const QDateTime &created, const Delivery &delivery)
{
    // Unsure means "not ours": a false match would silently drop a page, a miss only repeats it.
    if (!created.isValid())
        return false;
    const QDateTime since = TwilioGatewayCodec::reconcileSince(delivery);
    return !since.isValid() || created >= since;
}

} // namespace

QString TwilioGatewayCodec::addressFor(Channel channel, const QString &address)
{
    if (channel != Channel::WhatsApp || address.startsWith(WhatsAppPrefix))
        return address;
    return WhatsAppPrefix + address;
}

Twilio::CreateMessageRequest TwilioGatewayCodec::messageRequest(const Delivery &delivery,
                                                                const TwilioGatewayOptions &options)
{
    Twilio::CreateMessageRequest request;
    request.to = addressFor(delivery.channel, delivery.to);
    if (delivery.sender.kind == SenderKind::MessagingService)
        request.messagingServiceSid = delivery.sender.address;
    else
        request.from = addressFor(delivery.channel, delivery.sender.address);
    if (delivery.contentSid.isEmpty()) {
        request.body = delivery.body;
    } else {
        // A Content template: Twilio sends the approved text; body is only our copy of it.
        request.contentSid = delivery.contentSid;
        request.contentVariables = delivery.contentVariables;
    }
    request.statusCallback = options.messageStatusCallback;
    if (delivery.validitySeconds > 0)
        request.validityPeriodSeconds = delivery.validitySeconds;
    return request;
}

QUrl TwilioGatewayCodec::voiceUrl(const QUrl &voiceAnswerUrl, const QString &scriptId)
{
    QUrl url = voiceAnswerUrl;
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("script"));
    query.addQueryItem(QStringLiteral("script"), scriptId);
    url.setQuery(query);
    return url;
}

Result<Twilio::FormParams, QString>
TwilioGatewayCodec::callForm(const Delivery &delivery, const TwilioGatewayOptions &options)
{
    if (delivery.sender.kind != SenderKind::LongCode)
        return fail(tr("Only a phone number (long code) can place a call, not a %1 sender.")
                        .arg(senderKindName(delivery.sender.kind)));
    if (!isValidScriptId(delivery.body))
        return fail(tr("The call has no valid voice script id."));
    if (!options.voiceAnswerUrl.isValid() || options.voiceAnswerUrl.isRelative())
        return fail(tr("No voice answer URL is configured for calls."));

    Twilio::FormParams form;
    form.add(QStringLiteral("To"), delivery.to);
    form.add(QStringLiteral("From"), delivery.sender.address);
    form.add(QStringLiteral("Url"),
             voiceUrl(options.voiceAnswerUrl, delivery.body).toString(QUrl::FullyEncoded));
    form.add(QStringLiteral("Method"), QStringLiteral("POST"));
    if (options.callStatusCallback.isValid() && !options.callStatusCallback.isEmpty()) {
        form.add(QStringLiteral("StatusCallback"),
                 options.callStatusCallback.toString(QUrl::FullyEncoded));
        form.add(QStringLiteral("StatusCallbackMethod"), QStringLiteral("POST"));
        for (const char *event : {"initiated", "ringing", "answered", "completed"})
            form.add(QStringLiteral("StatusCallbackEvent"), QString::fromLatin1(event));
    }
    if (options.callTimeoutSeconds > 0)
        form.add(QStringLiteral("Timeout"), QString::number(options.callTimeoutSeconds));
    if (options.machineDetection)
        form.add(QStringLiteral("MachineDetection"), QStringLiteral("Enable"));
    return form;
}

StatusReport TwilioGatewayCodec::reportFromMessage(const Twilio::Message &message)
{
    StatusReport report;
    report.sid = message.sid;
    report.status = message.status;
    if (message.errorCode != 0)
        report.errorCode = message.errorCode;
    report.from = message.from;
    report.price = message.price;
    report.createdAt = message.dateCreated;
    return report;
}

Result<StatusReport, QString> TwilioGatewayCodec::reportFromCall(const QJsonObject &call)
{
    StatusReport report;
    report.sid = jsonString(call, QLatin1String("sid"));
    if (report.sid.isEmpty())
        return fail(tr("The call has no sid."));
    report.status = jsonString(call, QLatin1String("status"));
    report.from = jsonString(call, QLatin1String("from"));
    report.answeredBy = jsonString(call, QLatin1String("answered_by"));
    report.price = jsonString(call, QLatin1String("price"));
    const QString created = jsonString(call, QLatin1String("date_created"));
    if (!created.isEmpty()) {
        report.createdAt = Twilio::parseRfc2822Date(created);
        if (!report.createdAt.isValid())
            return fail(tr("The call's date_created cannot be read."));
    }
    return report;
}

Result<StatusReport, QString> TwilioGatewayCodec::reportFromCall(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return fail(tr("The call is not a JSON object."));
    return reportFromCall(doc.object());
}

Result<CallPage, QString> TwilioGatewayCodec::callPage(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject() || !doc.object().value(QLatin1String("calls")).isArray())
        return fail(tr("The call list cannot be read."));
    CallPage page;
    for (const QJsonValue &value : doc.object().value(QLatin1String("calls")).toArray()) {
        auto report = reportFromCall(value.toObject());
        if (!report)
            return fail(report.error());
        page.calls.append(report.value());
    }
    page.nextPageUri = jsonString(doc.object(), QLatin1String("next_page_uri"));
    return page;
}

bool TwilioGatewayCodec::connectionNeverMade(const Twilio::TwilioError &error, const QString &host)
{
    if (error.kind != Twilio::TwilioError::Kind::Network)
        return false;
    // TwilioError keeps Qt's errorString() only. Qt's HTTP stack words these two failures with
    // its "QHttp" translations; translating the same sources here gives the same text in any
    // language this process has loaded. A text we do not know counts as "may have gone out".
    const QString refused = QCoreApplication::translate("QHttp", "Connection refused");
    const QString notFound = QCoreApplication::translate("QHttp", "Host %1 not found").arg(host);
    return error.message == refused || error.message == notFound;
}

SubmitResult TwilioGatewayCodec::submitFailure(const Twilio::TwilioError &error,
                                               const QString &host)
{
    using Kind = Twilio::TwilioError::Kind;
    SubmitResult result;
    result.httpStatus = error.httpStatus;
    if (error.code > 0)
        result.errorCode = error.code;
    result.errorMessage = error.description();
    result.transient = error.isTransient();
    switch (error.kind) {
    case Kind::Timeout:
        result.ambiguous = true;
        break;
    case Kind::Network:
        result.ambiguous = !connectionNeverMade(error, host);
        break;
    case Kind::Aborted:
        // We never abort a create; if something did, it may have been on the wire.
        result.ambiguous = true;
        result.transient = true;
        break;
    case Kind::Http:
    case Kind::Api:
        // 429 and 503: Twilio did not process the request. Another 5xx may come after it did.
        result.ambiguous = error.httpStatus >= 500 && error.httpStatus <= 599
                           && error.httpStatus != 503 && error.code != 20503;
        break;
    case Kind::Parse:
        break;
    }
    return result;
}

QDateTime TwilioGatewayCodec::reconcileSince(const Delivery &delivery)
{
    const QDateTime anchor
        = delivery.submitAttemptAt.isValid() ? delivery.submitAttemptAt : delivery.createdAt;
    if (!anchor.isValid())
        return {};
    return anchor.addSecs(-ReconcileSlackSeconds);
}

bool TwilioGatewayCodec::isMessageOf(const Twilio::Message &message, const Delivery &delivery)
{
    if (message.direction == QLatin1String("inbound"))
        return false;
    // A Content template's text is Twilio's: our copy of it may differ in a character.
    if (message.to != addressFor(delivery.channel, delivery.to)
        || (delivery.contentSid.isEmpty() && message.body != delivery.body))
        return false;
    if (delivery.sender.kind == SenderKind::MessagingService) {
        if (message.messagingServiceSid != delivery.sender.address)
            return false;
    } else if (message.from != addressFor(delivery.channel, delivery.sender.address)) {
        return false;
    }
    return createdInWindow(message.dateCreated, delivery);
}

bool TwilioGatewayCodec::isCallOf(const StatusReport &call, const Delivery &delivery)
{
    return call.from == delivery.sender.address && createdInWindow(call.createdAt, delivery);
}

bool TwilioGatewayCodec::isValidScriptId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

QUrl TwilioGatewayCodec::voiceScriptUrl(const QUrl &relayBase, const QString &scriptId)
{
    if (!isValidScriptId(scriptId) || !relayBase.isValid() || relayBase.isRelative())
        return {};
    QUrl url = relayBase;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/v1/voice/scripts/") + scriptId);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString TwilioGatewayCodec::relayError(int httpStatus, const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QString error = doc.object().value(QLatin1String("error")).toString();
    if (!error.isEmpty())
        return error;
    return tr("The relay answered HTTP %1.").arg(httpStatus);
}

} // namespace Vortex::Core::Paging
