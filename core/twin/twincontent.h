// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "twinhttpserver.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <map>
#include <optional>

namespace Vortex::Core::Twin {

struct TwinContext;

/// A Content API template (HX…) with its WhatsApp approval request.
struct ContentTemplate
{
    QString sid;
    QString friendlyName;
    QString language;
    QJsonObject variables; ///< declared variables with sample/default values
    QJsonObject types;     ///< {"twilio/text": {"body": "Hi {{1}}"}, …}
    qint64 createdMs = 0;
    QString approvalName;
    QString approvalCategory; ///< UTILITY, MARKETING, AUTHENTICATION; "" = never submitted
    qint64 approvalRequestedMs = 0;
};

/// What a send with ContentSid/ContentVariables turns into.
struct ContentRender
{
    int syncError = 0;  ///< 21655 (unknown ContentSid), 21656 (ContentVariables not JSON)
    int asyncError = 0; ///< 63028 (variables do not match the template's)
    QString body;       ///< the text body with the variables substituted
    QString category;   ///< approval category (WhatsApp template fee)
};

/// The Content API of the twin (content v1): POST/GET /v1/Content, GET/DELETE
/// /v1/Content/{HX}, POST /v1/Content/{HX}/ApprovalRequests/whatsapp, GET
/// /v1/Content/{HX}/ApprovalRequests. A WhatsApp approval request is "received" and becomes
/// "approved" ApprovalDelayMs of twin time later.
class TwinContent
{
public:
    static constexpr qint64 ApprovalDelayMs = 60000;

    explicit TwinContent(const TwinContext &context);

    std::optional<TwinResponse> handle(const TwinRequest &request);
    ContentRender render(const QString &contentSid, const QString &variablesJson) const;
    const ContentTemplate *find(const QString &sid) const;

private:
    TwinResponse create(const QByteArray &body);
    TwinResponse requestApproval(ContentTemplate &content, const QByteArray &body);
    QJsonObject toJson(const ContentTemplate &content) const;
    QJsonObject approvalJson(const ContentTemplate &content) const;
    QString approvalStatus(const ContentTemplate &content) const;
    QString url(const QString &path) const;

    const TwinContext &m_context;
    std::map<QString, ContentTemplate> m_templates;
    QList<QString> m_order;
};

} // namespace Vortex::Core::Twin
