// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/paging/twiliogateway.h"

#include "core/common/logging.h"
#include "core/paging/twiliogatewaycodec.h"
#include "core/phone/phonenumbers.h"
#include "core/twilio/twilioclient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Vortex::Core::Paging {

namespace {

/// Pages of a list looked at before giving up on older entries (50 a page).
constexpr int MaxLookupPages = 4;
constexpr int LookupPageSize = 50;

SubmitResult clientGone()
{
    SubmitResult result;
    result.errorMessage = TwilioGateway::tr("The Twilio client is not available.");
    result.transient = true;
    return result;
}

/// True when the page reaches back past the delivery's window (older entries cannot match).
bool reachesBefore(const QDateTime &oldest, const Delivery &delivery)
{
    const QDateTime since = TwilioGatewayCodec::reconcileSince(delivery);
    return since.isValid() && oldest.isValid() && oldest < since;
}

} // namespace

TwilioGateway::TwilioGateway(Twilio::TwilioClient *client, TwilioGatewayOptions options,
                             QObject *parent)
    : DeliveryGateway(parent)
    , m_client(client)
    , m_options(std::move(options))
{}

TwilioGateway::~TwilioGateway() = default;

void TwilioGateway::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    m_nam = manager;
}

QNetworkAccessManager *TwilioGateway::network()
{
    if (m_nam)
        return m_nam;
    if (!m_ownNam)
        m_ownNam = new QNetworkAccessManager(this);
    return m_ownNam;
}

void TwilioGateway::later(std::function<void()> fn)
{
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

QByteArray TwilioGateway::accountPath() const
{
    return "/2010-04-01/Accounts/" + QUrl::toPercentEncoding(m_client->credentials().accountSid());
}

void TwilioGateway::submit(const Delivery &delivery, std::function<void(SubmitResult)> done)
{
    if (!m_client) {
        later([done] { done(clientGone()); });
        return;
    }
    qCInfo(lcPaging).noquote() << "submit" << channelName(delivery.channel) << "delivery"
                               << delivery.id << "to" << PhoneNumbers::masked(delivery.to);
    if (delivery.channel == Channel::Voice) {
        auto form = TwilioGatewayCodec::callForm(delivery, m_options);
        if (!form) {
            SubmitResult refused;
            refused.errorMessage = form.error();
            later([done, refused] { done(refused); });
            return;
        }
        submitForm(accountPath() + "/Calls.json", form.value().encode(), std::move(done));
        return;
    }
    const Twilio::CreateMessageRequest request
        = TwilioGatewayCodec::messageRequest(delivery, m_options);
    submitForm(accountPath() + "/Messages.json", request.toForm().encode(), std::move(done));
}

void TwilioGateway::submitForm(const QByteArray &path, const QByteArray &form,
                               std::function<void(SubmitResult)> done)
{
    const bool isCall = path.endsWith("/Calls.json");
    Twilio::RestCall *call
        = m_client->createRestCall("POST", Twilio::Endpoints::Product::Api, path, form, this);
    const QString host = m_client->endpoints().api().host();
    connect(call, &Twilio::RestCall::finished, this,
            [this, call, isCall, host, done](const Twilio::RestResult &result) {
                call->deleteLater();
                SubmitResult outcome;
                if (!result) {
                    outcome = TwilioGatewayCodec::submitFailure(result.error(), host);
                } else {
                    outcome.httpStatus = result->httpStatus;
                    if (isCall) {
                        auto report = TwilioGatewayCodec::reportFromCall(result->body);
                        if (report)
                            outcome.accepted = report.value();
                        else
                            outcome.errorMessage = report.error();
                    } else {
                        auto message = Twilio::Message::fromJson(result->body);
                        if (message)
                            outcome.accepted = TwilioGatewayCodec::reportFromMessage(*message);
                        else
                            outcome.errorMessage = message.error().description();
                    }
                    // Created, but we cannot tell which one: reconcile by listing.
                    outcome.ambiguous = !outcome.accepted.has_value();
                }
                if (outcome.accepted) {
                    qCInfo(lcPaging).noquote()
                        << "accepted" << outcome.accepted->sid << outcome.accepted->status;
                } else {
                    qCInfo(lcPaging).noquote()
                        << "not accepted: http" << outcome.httpStatus << "code"
                        << outcome.errorCode.value_or(0) << "transient" << outcome.transient
                        << "ambiguous" << outcome.ambiguous;
                }
                later([done, outcome] { done(outcome); });
            });
    call->start();
}

void TwilioGateway::fetch(Channel channel, const QString &sid,
                          std::function<void(std::optional<StatusReport>)> done)
{
    if (!m_client || sid.isEmpty()) {
        later([done] { done(std::nullopt); });
        return;
    }
    if (channel != Channel::Voice) {
        Twilio::MessageJob *job = m_client->fetchMessage(sid);
        connect(job, &Twilio::MessageJob::finished, this,
                [this, done](const Twilio::MessageResult &result) {
                    std::optional<StatusReport> report;
                    if (result)
                        report = TwilioGatewayCodec::reportFromMessage(*result);
                    later([done, report] { done(report); });
                });
        job->start();
        return;
    }
    Twilio::RestCall *call = m_client->createRestCall(
        "GET", Twilio::Endpoints::Product::Api,
        accountPath() + "/Calls/" + QUrl::toPercentEncoding(sid) + ".json", QByteArray(), this);
    connect(call, &Twilio::RestCall::finished, this,
            [this, call, done](const Twilio::RestResult &result) {
                call->deleteLater();
                std::optional<StatusReport> report;
                if (result) {
                    auto parsed = TwilioGatewayCodec::reportFromCall(result->body);
                    if (parsed)
                        report = parsed.value();
                }
                later([done, report] { done(report); });
            });
    call->start();
}

void TwilioGateway::findSubmitted(
    const Delivery &delivery, std::function<void(bool ok, std::optional<StatusReport> found)> done)
{
    if (!m_client) {
        later([done] { done(false, std::nullopt); });
        return;
    }
    if (delivery.channel == Channel::Voice) {
        Twilio::FormParams query{{QStringLiteral("To"), delivery.to},
                                 {QStringLiteral("PageSize"), QString::number(LookupPageSize)}};
        findCall(delivery, accountPath() + "/Calls.json?" + query.encode(), MaxLookupPages,
                 std::move(done));
        return;
    }
    findMessage(delivery, QString(), MaxLookupPages, std::move(done));
}

void TwilioGateway::findMessage(const Delivery &delivery, const QString &pageUri, int pagesLeft,
                                std::function<void(bool, std::optional<StatusReport>)> done)
{
    if (!m_client) {
        later([done] { done(false, std::nullopt); });
        return;
    }
    Twilio::MessagePageJob *job = nullptr;
    if (pageUri.isEmpty()) {
        // Newest first. Not filtered on DateSent: it stays null while a message is queued.
        Twilio::MessageFilter filter;
        filter.to = TwilioGatewayCodec::addressFor(delivery.channel, delivery.to);
        filter.pageSize = LookupPageSize;
        job = m_client->listMessagesPage(filter);
    } else {
        job = m_client->fetchMessagePage(pageUri);
    }
    connect(job, &Twilio::MessagePageJob::finished, this,
            [this, delivery, pagesLeft, done](const Twilio::MessagePageResult &result) {
                if (!result) {
                    later([done] { done(false, std::nullopt); });
                    return;
                }
                for (const Twilio::Message &message : result->messages) {
                    if (TwilioGatewayCodec::isMessageOf(message, delivery)) {
                        const StatusReport found = TwilioGatewayCodec::reportFromMessage(message);
                        later([done, found] { done(true, found); });
                        return;
                    }
                }
                const bool older = !result->messages.isEmpty()
                                   && reachesBefore(result->messages.last().dateCreated, delivery);
                if (result->hasNext() && !older && pagesLeft > 1) {
                    findMessage(delivery, result->nextPageUri, pagesLeft - 1, done);
                    return;
                }
                later([done] { done(true, std::nullopt); });
            });
    job->start();
}

void TwilioGateway::findCall(const Delivery &delivery, const QByteArray &pathAndQuery,
                             int pagesLeft,
                             std::function<void(bool, std::optional<StatusReport>)> done)
{
    if (!m_client) {
        later([done] { done(false, std::nullopt); });
        return;
    }
    Twilio::RestCall *call = m_client->createRestCall("GET", Twilio::Endpoints::Product::Api,
                                                      pathAndQuery, QByteArray(), this);
    connect(call, &Twilio::RestCall::finished, this,
            [this, call, delivery, pagesLeft, done](const Twilio::RestResult &result) {
                call->deleteLater();
                auto page = result ? TwilioGatewayCodec::callPage(result->body)
                                   : Result<CallPage, QString>(fail(QString()));
                if (!page) {
                    later([done] { done(false, std::nullopt); });
                    return;
                }
                for (const StatusReport &report : page->calls) {
                    if (TwilioGatewayCodec::isCallOf(report, delivery)) {
                        later([done, report] { done(true, report); });
                        return;
                    }
                }
                const bool older = !page->calls.isEmpty()
                                   && reachesBefore(page->calls.last().createdAt, delivery);
                if (!page->nextPageUri.isEmpty() && !older && pagesLeft > 1) {
                    findCall(delivery, page->nextPageUri.toUtf8(), pagesLeft - 1, done);
                    return;
                }
                later([done] { done(true, std::nullopt); });
            });
    call->start();
}

void TwilioGateway::publishVoiceScript(const VoiceScript &script,
                                       std::function<void(QString error)> done)
{
    const QUrl url = TwilioGatewayCodec::voiceScriptUrl(m_options.relayBase, script.id);
    if (!url.isValid()) {
        const QString error = TwilioGatewayCodec::isValidScriptId(script.id)
                                  ? tr("No relay URL is configured for voice scripts.")
                                  : tr("The voice script id is not valid.");
        later([done, error] { done(error); });
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + m_options.relayToken);
    // Never follow a redirect: it could hand the bearer token to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_client ? m_client->transferTimeoutMs() : 30000);
    const QByteArray body = QJsonDocument(script.toJson()).toJson(QJsonDocument::Compact);
    qCDebug(lcPaging).noquote() << "PUT" << url.path();
    QNetworkReply *reply = network()->put(request, body);
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] {
        reply->deleteLater();
        const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
        QString error;
        if (status >= 200 && status < 300) {
            // published
        } else if (status > 0) {
            error = TwilioGatewayCodec::relayError(status, reply->readAll());
        } else if (reply->error() == QNetworkReply::OperationCanceledError
                   || reply->error() == QNetworkReply::TimeoutError) {
            error = tr("The relay did not answer in time.");
        } else {
            error = tr("Could not reach the relay: %1").arg(reply->errorString());
        }
        if (!error.isEmpty())
            qCInfo(lcPaging).noquote() << "voice script not published:" << error;
        later([done, error] { done(error); });
    });
}

} // namespace Vortex::Core::Paging
