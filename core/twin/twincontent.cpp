// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twincontent.h"

#include "core/twilio/formparams.h"
#include "twinapi.h"
#include "twinclock.h"
#include "twinconfig.h"
#include "twinmodule.h"
#include "twinserver.h"
#include "twinservicespage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace Vortex::Core::Twin {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

TwinResponse invalid(const QString &message)
{
    return TwinApi::errorResponse({400, 20001, message});
}

const QRegularExpression &placeholder()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"));
    return re;
}

/// The text a template sends: twilio/text's body, else the first type that has one.
QString templateBody(const QJsonObject &types)
{
    const QJsonObject text = types.value(QLatin1String("twilio/text")).toObject();
    if (text.contains(QLatin1String("body")))
        return text.value(QLatin1String("body")).toString();
    for (auto it = types.constBegin(); it != types.constEnd(); ++it) {
        const QJsonValue body = it.value().toObject().value(QLatin1String("body"));
        if (body.isString())
            return body.toString();
    }
    return {};
}

} // namespace

TwinContent::TwinContent(const TwinContext &context)
    : m_context(context)
{}

QString TwinContent::url(const QString &path) const
{
    return m_context.server->baseUrl().toString() + path;
}

const ContentTemplate *TwinContent::find(const QString &sid) const
{
    const auto it = m_templates.find(sid);
    return it == m_templates.end() ? nullptr : &it->second;
}

QString TwinContent::approvalStatus(const ContentTemplate &content) const
{
    if (content.approvalCategory.isEmpty())
        return QStringLiteral("unsubmitted");
    return m_context.clock->nowMs() >= content.approvalRequestedMs + ApprovalDelayMs
               ? QStringLiteral("approved")
               : QStringLiteral("received");
}

QJsonObject TwinContent::toJson(const ContentTemplate &c) const
{
    const QString self = url(QStringLiteral("/v1/Content/") + c.sid);
    return {{QLatin1String("sid"), c.sid},
            {QLatin1String("account_sid"), m_context.config->accountSid},
            {QLatin1String("friendly_name"), c.friendlyName},
            {QLatin1String("language"), c.language},
            {QLatin1String("variables"), c.variables},
            {QLatin1String("types"), c.types},
            {QLatin1String("url"), self},
            {QLatin1String("date_created"), TwinServicesPage::isoDate(c.createdMs)},
            {QLatin1String("date_updated"), TwinServicesPage::isoDate(c.createdMs)},
            {QLatin1String("links"),
             QJsonObject{{QLatin1String("approval_create"),
                          QString(self + QStringLiteral("/ApprovalRequests/whatsapp"))},
                         {QLatin1String("approval_fetch"),
                          QString(self + QStringLiteral("/ApprovalRequests"))}}}};
}

QJsonObject TwinContent::approvalJson(const ContentTemplate &c) const
{
    return {{QLatin1String("name"), c.approvalName},
            {QLatin1String("category"), c.approvalCategory},
            {QLatin1String("content_type"), c.types.isEmpty() ? QString() : c.types.keys().first()},
            {QLatin1String("status"), approvalStatus(c)},
            {QLatin1String("rejection_reason"), QString()},
            {QLatin1String("allow_category_change"), true}};
}

std::optional<TwinResponse> TwinContent::handle(const TwinRequest &request)
{
    static const QRegularExpression route(
        QStringLiteral("^/v1/Content(?:/(HX[0-9a-fA-F]{32})(/ApprovalRequests(?:/whatsapp)?)?)?$"));
    const QRegularExpressionMatch match = route.match(request.path);
    if (!match.hasMatch())
        return std::nullopt;
    const QString sid = match.captured(1);
    const QString sub = match.captured(2);
    const QString &method = request.method;
    if (sid.isEmpty()) {
        if (method == QLatin1String("POST"))
            return create(request.body);
        if (method != QLatin1String("GET"))
            return TwinApi::errorResponse({405, 20004, {}});
        Twilio::FormParams query;
        Twilio::FormParams::decode(request.query, &query);
        QJsonArray items;
        for (const QString &s : std::as_const(m_order))
            items.append(toJson(m_templates.at(s)));
        const auto page = TwinServicesPage::build(items, QStringLiteral("contents"),
                                                  url(QStringLiteral("/v1/Content")), query);
        if (!page)
            return TwinApi::errorResponse(page.error());
        return TwinApi::jsonResponse(200, compact(page.value()));
    }
    const auto it = m_templates.find(sid);
    if (it == m_templates.end())
        return TwinApi::errorResponse(
            {404, 20404,
             QStringLiteral("The requested resource %1 was not found").arg(request.path)});
    ContentTemplate &content = it->second;
    if (sub == QLatin1String("/ApprovalRequests/whatsapp")) {
        if (method != QLatin1String("POST"))
            return TwinApi::errorResponse({405, 20004, {}});
        return requestApproval(content, request.body);
    }
    if (sub == QLatin1String("/ApprovalRequests")) {
        if (method != QLatin1String("GET"))
            return TwinApi::errorResponse({405, 20004, {}});
        QJsonObject whatsapp = approvalJson(content);
        whatsapp.insert(QLatin1String("type"), QStringLiteral("whatsapp"));
        const QJsonObject o{{QLatin1String("sid"), content.sid},
                            {QLatin1String("account_sid"), m_context.config->accountSid},
                            {QLatin1String("whatsapp"), whatsapp},
                            {QLatin1String("url"),
                             url(QStringLiteral("/v1/Content/%1/ApprovalRequests").arg(sid))}};
        return TwinApi::jsonResponse(200, compact(o));
    }
    if (method == QLatin1String("GET"))
        return TwinApi::jsonResponse(200, compact(toJson(content)));
    if (method == QLatin1String("DELETE")) {
        m_templates.erase(it);
        m_order.removeOne(sid);
        m_context.log(QStringLiteral("content.deleted"), sid);
        TwinResponse response = TwinApi::jsonResponse(204, {});
        response.headers.removeFirst(); // no body, no Content-Type
        return response;
    }
    return TwinApi::errorResponse({405, 20004, {}});
}

TwinResponse TwinContent::create(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(QStringLiteral("The request body must be a JSON object"));
    const QJsonObject o = doc.object();
    ContentTemplate content;
    content.language = o.value(QLatin1String("language")).toString();
    content.types = o.value(QLatin1String("types")).toObject();
    if (content.language.isEmpty())
        return invalid(QStringLiteral("Missing required parameter language"));
    if (content.types.isEmpty())
        return invalid(QStringLiteral("Missing required parameter types"));
    content.friendlyName = o.value(QLatin1String("friendly_name")).toString();
    content.variables = o.value(QLatin1String("variables")).toObject();
    for (auto it = content.variables.constBegin(); it != content.variables.constEnd(); ++it) {
        if (!it.value().isString())
            return invalid(QStringLiteral("Variable values must be strings"));
    }
    content.sid = m_context.newSid(QStringLiteral("HX"));
    content.createdMs = m_context.clock->nowMs();
    m_context.log(QStringLiteral("content.created"), content.sid,
                  {{QLatin1String("language"), content.language}});
    m_order.append(content.sid);
    const QString sid = content.sid;
    const ContentTemplate &stored
        = m_templates.insert_or_assign(sid, std::move(content)).first->second;
    return TwinApi::jsonResponse(201, compact(toJson(stored)));
}

TwinResponse TwinContent::requestApproval(ContentTemplate &content, const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString name = o.value(QLatin1String("name")).toString();
    const QString category = o.value(QLatin1String("category")).toString().toUpper();
    static const QSet<QString> categories{QStringLiteral("UTILITY"), QStringLiteral("MARKETING"),
                                          QStringLiteral("AUTHENTICATION")};
    if (name.isEmpty())
        return invalid(QStringLiteral("Missing required parameter name"));
    if (!categories.contains(category))
        return invalid(QStringLiteral("category must be UTILITY, MARKETING or AUTHENTICATION"));
    content.approvalName = name;
    content.approvalCategory = category;
    content.approvalRequestedMs = m_context.clock->nowMs();
    m_context.log(QStringLiteral("content.approval"), content.sid,
                  {{QLatin1String("category"), category}});
    return TwinApi::jsonResponse(201, compact(approvalJson(content)));
}

ContentRender TwinContent::render(const QString &contentSid, const QString &variablesJson) const
{
    ContentRender result;
    const ContentTemplate *content = find(contentSid);
    if (!content) {
        result.syncError = 21655;
        return result;
    }
    result.category = content->approvalCategory;
    QJsonObject given;
    if (!variablesJson.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(variablesJson.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            result.syncError = 21656;
            return result;
        }
        given = doc.object();
        for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
            if (!it.value().isString() && !it.value().isDouble()) {
                result.syncError = 21656;
                return result;
            }
        }
    }
    // Parameter-count check (63028): every placeholder needs a value (given, or the template's
    // declared default) and every given variable must be one the template uses or declares.
    const QString text = templateBody(content->types);
    QSet<QString> used;
    auto matches = placeholder().globalMatch(text);
    while (matches.hasNext())
        used.insert(matches.next().captured(1));
    for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
        if (!used.contains(it.key()) && !content->variables.contains(it.key()))
            result.asyncError = 63028;
    }
    QString body;
    qsizetype last = 0;
    matches = placeholder().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch m = matches.next();
        const QString key = m.captured(1);
        QString value;
        if (given.contains(key)) {
            const QJsonValue v = given.value(key);
            value = v.isString() ? v.toString() : QString::number(v.toDouble());
        } else if (content->variables.contains(key)) {
            value = content->variables.value(key).toString();
        } else {
            result.asyncError = 63028;
        }
        body += text.mid(last, m.capturedStart() - last) + value;
        last = m.capturedEnd();
    }
    body += text.mid(last);
    result.body = body;
    return result;
}

} // namespace Vortex::Core::Twin
