// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "core/paging/twiliogateway.h"
#include "core/twilio/createmessagerequest.h"
#include "core/twilio/formparams.h"
#include "core/twilio/message.h"
#include "core/twilio/twilioerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Vortex::Core::Paging {

/// One page of GET …/Calls.json, reduced to what the gateway needs.
struct CallPage
{
    QList<StatusReport> calls;
    QString nextPageUri; ///< relative; empty on the last page
};

/// The TwilioGateway's pure parts: the forms it sends, the answers it reads and how a failed
/// create is classified. No I/O; unit-testable on their own.
class TwilioGatewayCodec
{
    Q_DECLARE_TR_FUNCTIONS(TwilioGatewayCodec)

public:
    /// How far before Delivery::submitAttemptAt a message or call may have been created and
    /// still count as the delivery's own (clock skew, second-resolution dates).
    static constexpr int ReconcileSlackSeconds = 60;

    /// "whatsapp:+E164" for WhatsApp (an existing prefix is kept), the address unchanged else.
    static QString addressFor(Channel channel, const QString &address);
    /// The Messages.json create for an SMS or WhatsApp delivery (ContentSid and
    /// ContentVariables instead of Body when the delivery has a Content template).
    static Twilio::CreateMessageRequest messageRequest(const Delivery &delivery,
                                                       const TwilioGatewayOptions &options);
    /// The Calls.json form for a voice delivery (delivery.body is the voice script id). Fails
    /// when the sender cannot place calls, the script id is malformed or no answer URL is set.
    static Result<Twilio::FormParams, QString> callForm(const Delivery &delivery,
                                                        const TwilioGatewayOptions &options);
    /// The answer URL for \a scriptId: voiceAnswerUrl with ?script=<id> added to its query.
    static QUrl voiceUrl(const QUrl &voiceAnswerUrl, const QString &scriptId);

    static StatusReport reportFromMessage(const Twilio::Message &message);
    /// A 2010 Call resource. Fails without a sid.
    static Result<StatusReport, QString> reportFromCall(const QJsonObject &call);
    static Result<StatusReport, QString> reportFromCall(const QByteArray &json);
    /// GET Calls.json's envelope ("calls", "next_page_uri").
    static Result<CallPage, QString> callPage(const QByteArray &json);

    /// A create that failed: Twilio's code and message, transient per TwilioError::isTransient,
    /// ambiguous when the request may have reached Twilio without an answer (timeout, a
    /// connection that broke after it was made, a 5xx other than 503). \a host is the API host
    /// (to recognise "host not found").
    static SubmitResult submitFailure(const Twilio::TwilioError &error, const QString &host);
    /// A Network error from a connection that was never made (refused, host not found), as Qt
    /// words it in this process. Anything it does not recognise counts as "may have gone out".
    static bool connectionNeverMade(const Twilio::TwilioError &error, const QString &host);

    /// The earliest creation time that can belong to the delivery's last submission; invalid
    /// (no bound) when the delivery has neither submitAttemptAt nor createdAt.
    static QDateTime reconcileSince(const Delivery &delivery);
    /// True when \a message is what \a delivery created: outbound, same body (not compared for
    /// a Content template), same sender (or Messaging Service), created at or after
    /// reconcileSince().
    static bool isMessageOf(const Twilio::Message &message, const Delivery &delivery);
    /// True when \a call (listed To the delivery's number) is the delivery's: same From,
    /// created at or after reconcileSince().
    static bool isCallOf(const StatusReport &call, const Delivery &delivery);

    /// PUT /v1/voice/scripts/{id} on \a relayBase (keeping its path prefix); invalid for a
    /// malformed id.
    static QUrl voiceScriptUrl(const QUrl &relayBase, const QString &scriptId);
    /// The relay's error reply: its JSON "error", else "HTTP <status>".
    static QString relayError(int httpStatus, const QByteArray &body);
    /// [A-Za-z0-9_-]{1,64}
    static bool isValidScriptId(const QString &id);
};

} // namespace Vortex::Core::Paging
