// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// More conformance rows: Messaging Service channel senders, hanging up a call in progress,
// messages sent as WhatsApp and from a Content template.
#include "core/twin/twinclock.h"
#include "core/twin/twinserver.h"
#include "twintestclient.h"

#include "support/openapioperation.h"

#include <QJsonArray>

using namespace Vortex::Core::Twin;
using namespace Vortex::Test;

namespace {

using Op = OpenApiOperation;
using Form = OpenApiOperation::Form;
using Values = OpenApiOperation::Values;

const QString Messages = QStringLiteral("/2010-04-01/Accounts/{AccountSid}/Messages");

QList<Op> channelSenderRows(TwinTestClient *client)
{
    const QString senders = QStringLiteral("/v1/Services/{channelService}/ChannelSenders");
    const auto whatsAppSenderSid = [client](Values &values) {
        const QString sid
            = client->ownedSenderSid(QStringLiteral("channel_senders"), QStringLiteral("sender"),
                                     QStringLiteral("whatsapp:+12015550123"));
        if (!sid.isEmpty())
            values.insert(QStringLiteral("whatsAppSender"), sid);
    };
    return {
        Op::success(QStringLiteral("messaging service create (channel senders)"), "POST",
                    QStringLiteral("/v1/Services"),
                    {{QStringLiteral("FriendlyName"), QStringLiteral("WhatsApp paging")}}, 201,
                    QStringLiteral("channelService")),
        Op::success(QStringLiteral("channel sender add"), "POST", senders,
                    {{QStringLiteral("Sid"), QStringLiteral("{whatsAppSender}")}}, 201,
                    QStringLiteral("channelSender"))
            .then(whatsAppSenderSid),
        Op::success(QStringLiteral("channel sender list"), "GET", senders),
        Op::success(QStringLiteral("channel sender fetch"), "GET",
                    senders + QStringLiteral("/{channelSender}")),
        Op::error(QStringLiteral("channel sender add unknown"), "POST", senders,
                  {{QStringLiteral("Sid"), QStringLiteral("XE00000000000000000000000000000000")}},
                  400, 63007),
        Op::error(QStringLiteral("channel sender add twice"), "POST", senders,
                  {{QStringLiteral("Sid"), QStringLiteral("{whatsAppSender}")}}, 409, 21710),
        Op::success(QStringLiteral("channel sender delete"), "DELETE",
                    senders + QStringLiteral("/{channelSender}"), {}, 204),
        Op::error(QStringLiteral("channel sender fetch deleted"), "GET",
                  senders + QStringLiteral("/{channelSender}"), {}, 404, 20404, false),
        Op::success(QStringLiteral("messaging service delete (channel senders)"), "DELETE",
                    QStringLiteral("/v1/Services/{channelService}"), {}, 204),
    };
}

QList<Op> hangUpRows(TwinServer *twin)
{
    const QString calls = QStringLiteral("/2010-04-01/Accounts/{AccountSid}/Calls");
    return {
        Op::success(QStringLiteral("call create (to hang up)"), "POST",
                    calls + QStringLiteral(".json"),
                    {{QStringLiteral("To"), QStringLiteral("+12015550199")},
                     {QStringLiteral("From"), QStringLiteral("+12015550123")},
                     {QStringLiteral("Twiml"),
                      QStringLiteral("<Response><Pause length=\"300\"/></Response>")}},
                    201, QStringLiteral("longCall")),
        // Nobody scripted answers after the default 8 s: in progress at 15 s.
        Op::success(QStringLiteral("call fetch (in progress)"), "GET",
                    calls + QStringLiteral("/{longCall}.json"))
            .then([twin](Values &) { twin->clock()->advance(15000); }),
        Op::success(QStringLiteral("call hang up (Status=completed)"), "POST",
                    calls + QStringLiteral("/{longCall}.json"),
                    {{QStringLiteral("Status"), QStringLiteral("completed")}}),
        Op::error(QStringLiteral("call hang up again"), "POST",
                  calls + QStringLiteral("/{longCall}.json"),
                  {{QStringLiteral("Status"), QStringLiteral("completed")}}, 400, 21220),
    };
}

QList<Op> whatsAppRows(TwinServer *twin, TwinTestClient *client)
{
    const Form whatsApp{{QStringLiteral("To"), QStringLiteral("whatsapp:+12015550199")},
                        {QStringLiteral("From"), QStringLiteral("whatsapp:+12015550123")}};
    Op content = Op::success(QStringLiteral("content create (for a message)"), "POST",
                             QStringLiteral("/v1/Content"), {}, 201, QStringLiteral("template"));
    content.json = R"({"friendly_name": "page", "language": "en",
        "variables": {"1": "web-3"}, "types": {"twilio/text": {"body": "Incident on {{1}}"}}})";
    const auto settle = [twin](Values &) {
        twin->clock()->advance(60000);
    };
    return {
        Op::success(QStringLiteral("message create (WhatsApp)"), "POST",
                    Messages + QStringLiteral(".json"),
                    whatsApp + Form{{QStringLiteral("Body"), QStringLiteral("Disk full on web-3")}},
                    201, QStringLiteral("whatsAppMessage"))
            .then([client](Values &) { // the handset writes first: the 24-hour window is open
                Vortex::Core::Twilio::FormParams hi;
                hi.add(QStringLiteral("From"), QStringLiteral("whatsapp:+12015550199"));
                hi.add(QStringLiteral("To"), QStringLiteral("whatsapp:+12015550123"));
                hi.add(QStringLiteral("Body"), QStringLiteral("hi"));
                client->post(QStringLiteral("/_twin/inbound"), hi);
            }),
        Op::success(QStringLiteral("message fetch (WhatsApp)"), "GET",
                    Messages + QStringLiteral("/{whatsAppMessage}.json"))
            .then(settle),
        content,
        Op::success(
            QStringLiteral("message create (Content template)"), "POST",
            Messages + QStringLiteral(".json"),
            whatsApp
                + Form{{QStringLiteral("ContentSid"), QStringLiteral("{template}")},
                       {QStringLiteral("ContentVariables"), QStringLiteral(R"({"1": "db-1"})")}},
            201, QStringLiteral("templateMessage")),
        Op::success(QStringLiteral("message fetch (Content template)"), "GET",
                    Messages + QStringLiteral("/{templateMessage}.json"))
            .then(settle),
        Op::success(QStringLiteral("content delete (for a message)"), "DELETE",
                    QStringLiteral("/v1/Content/{template}"), {}, 204),
    };
}

} // namespace

QList<OpenApiOperation> moreRows(TwinServer *twin, TwinTestClient *client)
{
    return channelSenderRows(client) + hangUpRows(twin) + whatsAppRows(twin, client);
}
