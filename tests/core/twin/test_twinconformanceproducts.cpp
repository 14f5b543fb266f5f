// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Conformance rows for the products besides Messages: Calls, Usage and Balance (2010 API),
// Verify v2, Messaging Services v1, Lookup v2, Content v1. A product the twin does not serve
// answers 404/20404 and its rows are listed as not served; rows that need a SID an earlier row
// could not create are skipped.
#include "core/twin/twinclock.h"
#include "core/twin/twinpeople.h"
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

QList<Op> callRows(TwinServer *twin)
{
    const QString calls = QStringLiteral("/2010-04-01/Accounts/{AccountSid}/Calls");
    const Form call{{QStringLiteral("To"), QStringLiteral("+12015550199")},
                    {QStringLiteral("From"), QStringLiteral("+12015550123")},
                    {QStringLiteral("Twiml"),
                     QStringLiteral("<Response><Say>Disk full on web-3</Say></Response>")}};
    return {
        Op::success(QStringLiteral("call create"), "POST", calls + QStringLiteral(".json"), call,
                    201, QStringLiteral("call")),
        Op::success(QStringLiteral("call create (to cancel)"), "POST",
                    calls + QStringLiteral(".json"), call, 201, QStringLiteral("call2")),
        Op::success(QStringLiteral("call fetch (queued)"), "GET",
                    calls + QStringLiteral("/{call}.json")),
        Op::success(QStringLiteral("call cancel"), "POST", calls + QStringLiteral("/{call2}.json"),
                    {{QStringLiteral("Status"), QStringLiteral("canceled")}}),
        Op::success(QStringLiteral("call fetch (completed)"), "GET",
                    calls + QStringLiteral("/{call}.json"))
            .then([twin](Values &) { twin->clock()->advance(120000); }),
        Op::success(QStringLiteral("call list"), "GET", calls + QStringLiteral(".json?PageSize=1")),
        Op::success(QStringLiteral("call delete"), "DELETE", calls + QStringLiteral("/{call}.json"),
                    {}, 204),
        Op::error(QStringLiteral("call fetch unknown"), "GET",
                  calls + QStringLiteral("/CA00000000000000000000000000000000.json"), {}, 404,
                  20404, false),
        Op::error(QStringLiteral("call create without To"), "POST", calls + QStringLiteral(".json"),
                  {call.at(1), call.at(2)}, 400, 21201),
    };
}

QList<Op> usageRows()
{
    const QString usage = QStringLiteral("/2010-04-01/Accounts/{AccountSid}/Usage/Records");
    return {
        Op::success(QStringLiteral("usage records"), "GET", usage + QStringLiteral(".json")),
        Op::success(QStringLiteral("usage records daily"), "GET",
                    usage + QStringLiteral("/Daily.json?Category=sms")),
        Op::success(QStringLiteral("usage records monthly"), "GET",
                    usage + QStringLiteral("/Monthly.json")),
        Op::success(QStringLiteral("usage records all time"), "GET",
                    usage + QStringLiteral("/AllTime.json")),
        Op::success(QStringLiteral("usage records yearly"), "GET",
                    usage + QStringLiteral("/Yearly.json")),
        Op::success(QStringLiteral("usage records today"), "GET",
                    usage + QStringLiteral("/Today.json")),
        Op::success(QStringLiteral("usage records yesterday"), "GET",
                    usage + QStringLiteral("/Yesterday.json")),
        Op::success(QStringLiteral("usage records this month"), "GET",
                    usage + QStringLiteral("/ThisMonth.json")),
        Op::success(QStringLiteral("usage records last month"), "GET",
                    usage + QStringLiteral("/LastMonth.json")),
        Op::success(QStringLiteral("balance"), "GET",
                    QStringLiteral("/2010-04-01/Accounts/{AccountSid}/Balance.json")),
    };
}

QList<Op> verifyRows(TwinServer *twin)
{
    const QString service = QStringLiteral("/v2/Services/{verifyService}");
    const auto readCode = [twin](Values &values) {
        twin->clock()->advance(10000);
        const QList<PhoneItem> items = twin->people().received(QStringLiteral("+12015550199"));
        for (auto it = items.crbegin(); it != items.crend(); ++it) {
            if (it->channel == QLatin1String("verify")) {
                values.insert(QStringLiteral("code"), it->text);
                return;
            }
        }
    };
    return {
        Op::success(QStringLiteral("verify service create"), "POST", QStringLiteral("/v2/Services"),
                    {{QStringLiteral("FriendlyName"), QStringLiteral("Vortex")}}, 201,
                    QStringLiteral("verifyService")),
        Op::success(QStringLiteral("verify service fetch"), "GET", service),
        Op::success(QStringLiteral("verify service list"), "GET", QStringLiteral("/v2/Services")),
        Op::success(QStringLiteral("verify service update"), "POST", service,
                    {{QStringLiteral("CodeLength"), QStringLiteral("8")}}),
        Op::success(QStringLiteral("verification create"), "POST",
                    service + QStringLiteral("/Verifications"),
                    {{QStringLiteral("To"), QStringLiteral("+12015550199")},
                     {QStringLiteral("Channel"), QStringLiteral("sms")}},
                    201, QStringLiteral("verification")),
        Op::success(QStringLiteral("verification fetch"), "GET",
                    service + QStringLiteral("/Verifications/{verification}")),
        Op::success(QStringLiteral("verification check (wrong code)"), "POST",
                    service + QStringLiteral("/VerificationCheck"),
                    {{QStringLiteral("To"), QStringLiteral("+12015550199")},
                     {QStringLiteral("Code"), QStringLiteral("00000001")}}),
        Op::success(QStringLiteral("verification check"), "POST",
                    service + QStringLiteral("/VerificationCheck"),
                    {{QStringLiteral("VerificationSid"), QStringLiteral("{verification}")},
                     {QStringLiteral("Code"), QStringLiteral("{code}")}})
            .then(readCode),
        Op::error(QStringLiteral("verification check after approval"), "POST",
                  service + QStringLiteral("/VerificationCheck"),
                  {{QStringLiteral("VerificationSid"), QStringLiteral("{verification}")},
                   {QStringLiteral("Code"), QStringLiteral("{code}")}},
                  404, 20404, false),
        Op::success(QStringLiteral("verification create (to cancel)"), "POST",
                    service + QStringLiteral("/Verifications"),
                    {{QStringLiteral("To"), QStringLiteral("+447400123999")},
                     {QStringLiteral("Channel"), QStringLiteral("sms")}},
                    201, QStringLiteral("verification2")),
        Op::success(QStringLiteral("verification cancel"), "POST",
                    service + QStringLiteral("/Verifications/{verification2}"),
                    {{QStringLiteral("Status"), QStringLiteral("canceled")}}),
        Op::error(QStringLiteral("verification create bad channel"), "POST",
                  service + QStringLiteral("/Verifications"),
                  {{QStringLiteral("To"), QStringLiteral("+12015550199")},
                   {QStringLiteral("Channel"), QStringLiteral("pigeon")}},
                  400, 60200, false),
        Op::success(QStringLiteral("verify service delete"), "DELETE", service, {}, 204),
    };
}

QList<Op> messagingRows(TwinTestClient *client)
{
    const QString service = QStringLiteral("/v1/Services/{messagingService}");
    const auto ownedNumberSid = [client](Values &values) {
        const QString sid = client->ownedSenderSid(QStringLiteral("phone_numbers"),
                                                   QStringLiteral("phone_number"),
                                                   QStringLiteral("+12015550123"));
        if (!sid.isEmpty())
            values.insert(QStringLiteral("ownedNumber"), sid);
    };
    return {
        Op::success(QStringLiteral("messaging service create"), "POST",
                    QStringLiteral("/v1/Services"),
                    {{QStringLiteral("FriendlyName"), QStringLiteral("Ops paging")}}, 201,
                    QStringLiteral("messagingService")),
        Op::success(QStringLiteral("messaging service fetch"), "GET", service),
        Op::success(QStringLiteral("messaging service list"), "GET",
                    QStringLiteral("/v1/Services")),
        Op::success(QStringLiteral("messaging service update"), "POST", service,
                    {{QStringLiteral("StickySender"), QStringLiteral("false")}}),
        Op::success(QStringLiteral("service phone number add"), "POST",
                    service + QStringLiteral("/PhoneNumbers"),
                    {{QStringLiteral("PhoneNumberSid"), QStringLiteral("{ownedNumber}")}}, 201,
                    QStringLiteral("servicePhoneNumber"))
            .then(ownedNumberSid),
        Op::success(QStringLiteral("service phone number list"), "GET",
                    service + QStringLiteral("/PhoneNumbers")),
        Op::success(QStringLiteral("service phone number fetch"), "GET",
                    service + QStringLiteral("/PhoneNumbers/{servicePhoneNumber}")),
        Op::success(QStringLiteral("service alpha sender add"), "POST",
                    service + QStringLiteral("/AlphaSenders"),
                    {{QStringLiteral("AlphaSender"), QStringLiteral("Vortex")}}, 201,
                    QStringLiteral("alphaSender")),
        Op::success(QStringLiteral("service alpha sender list"), "GET",
                    service + QStringLiteral("/AlphaSenders")),
        Op::success(QStringLiteral("message create with service"), "POST",
                    QStringLiteral("/2010-04-01/Accounts/{AccountSid}/Messages.json"),
                    {{QStringLiteral("To"), QStringLiteral("+12015550199")},
                     {QStringLiteral("MessagingServiceSid"), QStringLiteral("{messagingService}")},
                     {QStringLiteral("Body"), QStringLiteral("via a service")}},
                    201),
        Op::success(QStringLiteral("service short code add"), "POST",
                    service + QStringLiteral("/ShortCodes"),
                    {{QStringLiteral("ShortCodeSid"), QStringLiteral("{shortCode}")}}, 201,
                    QStringLiteral("serviceShortCode"))
            .then([client](Values &values) {
                Vortex::Core::Twilio::FormParams form;
                form.add(QStringLiteral("ShortCode"), QStringLiteral("89123"));
                form.add(QStringLiteral("Country"), QStringLiteral("US"));
                const QString sid = client->post(QStringLiteral("/_twin/shortcodes"), form)
                                        .json.value(QLatin1String("sid"))
                                        .toString();
                if (!sid.isEmpty())
                    values.insert(QStringLiteral("shortCode"), sid);
            }),
        Op::success(QStringLiteral("service short code list"), "GET",
                    service + QStringLiteral("/ShortCodes")),
        Op::success(QStringLiteral("service short code fetch"), "GET",
                    service + QStringLiteral("/ShortCodes/{serviceShortCode}")),
        Op::success(QStringLiteral("service short code delete"), "DELETE",
                    service + QStringLiteral("/ShortCodes/{serviceShortCode}"), {}, 204),
        Op::error(QStringLiteral("message create to an opted-out person"), "POST",
                  QStringLiteral("/2010-04-01/Accounts/{AccountSid}/Messages.json"),
                  {{QStringLiteral("To"), QStringLiteral("+12015550177")},
                   {QStringLiteral("From"), QStringLiteral("+12015550123")},
                   {QStringLiteral("Body"), QStringLiteral("Disk full")}},
                  400, 21610)
            .then([client](Values &) {
                Vortex::Core::Twilio::FormParams stop;
                stop.add(QStringLiteral("From"), QStringLiteral("+12015550177"));
                stop.add(QStringLiteral("To"), QStringLiteral("+12015550123"));
                stop.add(QStringLiteral("Body"), QStringLiteral("STOP"));
                client->post(QStringLiteral("/_twin/inbound"), stop);
            }),
        Op::error(
            QStringLiteral("message create with an unknown ContentSid"), "POST",
            QStringLiteral("/2010-04-01/Accounts/{AccountSid}/Messages.json"),
            {{QStringLiteral("To"), QStringLiteral("+12015550199")},
             {QStringLiteral("From"), QStringLiteral("+12015550123")},
             {QStringLiteral("ContentSid"), QStringLiteral("HX00000000000000000000000000000000")}},
            400, 21655),
        Op::success(QStringLiteral("service alpha sender fetch"), "GET",
                    service + QStringLiteral("/AlphaSenders/{alphaSender}")),
        Op::success(QStringLiteral("service alpha sender delete"), "DELETE",
                    service + QStringLiteral("/AlphaSenders/{alphaSender}"), {}, 204),
        Op::success(QStringLiteral("service phone number delete"), "DELETE",
                    service + QStringLiteral("/PhoneNumbers/{servicePhoneNumber}"), {}, 204),
        Op::success(QStringLiteral("messaging service delete"), "DELETE", service, {}, 204),
    };
}

QList<Op> lookupAndContentRows()
{
    Op content = Op::success(QStringLiteral("content create"), "POST",
                             QStringLiteral("/v1/Content"), {}, 201, QStringLiteral("content"));
    content.json = R"({"friendly_name": "incident", "language": "en",
        "variables": {"1": "web-3"}, "types": {"twilio/text": {"body": "Incident on {{1}}"}}})";
    Op approval
        = Op::success(QStringLiteral("content approval request"), "POST",
                      QStringLiteral("/v1/Content/{content}/ApprovalRequests/whatsapp"), {}, 201);
    approval.json = R"({"name": "incident_alert", "category": "UTILITY"})";
    return {
        Op::success(QStringLiteral("lookup"), "GET",
                    QStringLiteral("/v2/PhoneNumbers/+12015550199")),
        Op::success(QStringLiteral("lookup line type"), "GET",
                    QStringLiteral("/v2/PhoneNumbers/+447400123999?Fields=line_type_intelligence")),
        Op::success(QStringLiteral("lookup invalid number"), "GET",
                    QStringLiteral("/v2/PhoneNumbers/+120155501999")),
        content,
        Op::success(QStringLiteral("content fetch"), "GET",
                    QStringLiteral("/v1/Content/{content}")),
        Op::success(QStringLiteral("content list"), "GET", QStringLiteral("/v1/Content")),
        approval,
        Op::success(QStringLiteral("content approval fetch"), "GET",
                    QStringLiteral("/v1/Content/{content}/ApprovalRequests")),
        Op::success(QStringLiteral("content delete"), "DELETE",
                    QStringLiteral("/v1/Content/{content}"), {}, 204),
    };
}

} // namespace

QList<OpenApiOperation> productRows(TwinServer *twin, TwinTestClient *client)
{
    return callRows(twin) + usageRows() + verifyRows(twin) + messagingRows(client)
           + lookupAndContentRows();
}
