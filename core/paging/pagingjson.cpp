// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The paging configuration's JSON: recipients (with their routing), escalation policies and the
// configuration file; the shared field readers. The records' JSON is in pagingjson_records.cpp.
#include "pagingjson.h"

#include "pagingjson_p.h"
#include "pagingstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>
#include <utility>

namespace Vortex::Core::Paging {

namespace {

const char *const DayNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

const QString SenderKindChoices
    = QStringLiteral("short_code, long_code, alphanumeric, messaging_service, whatsapp");

} // namespace

namespace JsonDetail {

QString childPath(const QString &base, const QString &key)
{
    return base.isEmpty() ? key : base + QLatin1Char('.') + key;
}

QString itemPath(const QString &base, qsizetype index)
{
    return base + QStringLiteral("[%1]").arg(index);
}

QJsonValue dateToJson(const QDateTime &value)
{
    if (!value.isValid())
        return QJsonValue::Null;
    return value.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue optionalToJson(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

Reader::Reader(const QJsonObject &object, QString path, Errors &errors,
               std::initializer_list<const char *> known)
    : m_object(object)
    , m_path(std::move(path))
    , m_errors(errors)
{
    QSet<QString> allowed;
    for (const char *key : known)
        allowed.insert(QString::fromLatin1(key));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            m_errors.add(pathOf(it.key()),
                         QCoreApplication::translate("PagingJson", "unknown key"));
    }
}

QString Reader::string(const char *key, const QString &fallback)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined())
        return fallback;
    if (!value.isString()) {
        expected(key, QCoreApplication::translate("PagingJson", "expected a string"));
        return fallback;
    }
    return value.toString();
}

bool Reader::boolean(const char *key, bool fallback)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        expected(key, QCoreApplication::translate("PagingJson", "expected true or false"));
        return fallback;
    }
    return value.toBool();
}

qint64 Reader::int64(const char *key, qint64 fallback)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined())
        return fallback;
    const auto number = integral(value, -MaxSafeInteger, MaxSafeInteger);
    if (!number) {
        expected(key, QCoreApplication::translate("PagingJson", "expected an integer"));
        return fallback;
    }
    return *number;
}

int Reader::integer(const char *key, int fallback)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined())
        return fallback;
    const auto number
        = integral(value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    if (!number) {
        expected(key, QCoreApplication::translate("PagingJson", "expected an integer"));
        return fallback;
    }
    return static_cast<int>(*number);
}

std::optional<int> Reader::optionalInteger(const char *key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const auto number
        = integral(value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    if (!number) {
        expected(key, QCoreApplication::translate("PagingJson", "expected an integer or null"));
        return std::nullopt;
    }
    return static_cast<int>(*number);
}

QDateTime Reader::dateTime(const char *key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    QDateTime parsed;
    if (value.isString())
        parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    // A date without "Z" or an offset would silently mean the machine's local time.
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime) {
        expected(key, QCoreApplication::translate(
                          "PagingJson", "expected an ISO 8601 date and time with a time zone "
                                        "(\"2024-05-01T02:00:00.000Z\") or null"));
        return {};
    }
    return parsed.toUTC();
}

QJsonArray Reader::array(const char *key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        expected(key, QCoreApplication::translate("PagingJson", "expected an array"));
        return {};
    }
    return value.toArray();
}

void Reader::expected(const char *key, const QString &text)
{
    m_errors.add(pathOf(QString::fromLatin1(key)), text);
}

std::optional<qint64> Reader::integral(const QJsonValue &value, double min, double max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (std::floor(number) != number || number < min || number > max)
        return std::nullopt;
    return static_cast<qint64>(number);
}

QJsonObject objectItem(const QJsonValue &value, const QString &path, Errors &errors)
{
    if (!value.isObject()) {
        errors.add(path, QCoreApplication::translate("PagingJson", "expected an object"));
        return {};
    }
    return value.toObject();
}

QString stringItem(const QJsonValue &value, const QString &path, Errors &errors)
{
    if (!value.isString()) {
        errors.add(path, QCoreApplication::translate("PagingJson", "expected a string"));
        return {};
    }
    return value.toString();
}

QString channelChoices()
{
    return QStringLiteral("sms, voice, whatsapp");
}

QJsonObject senderToJson(const Sender &sender)
{
    return {{QStringLiteral("kind"), senderKindName(sender.kind)},
            {QStringLiteral("address"), sender.address}};
}

Sender readSender(const QJsonObject &json, const QString &path, Errors &errors)
{
    Reader reader(json, path, errors, {"kind", "address"});
    Sender sender;
    if (!reader.has("kind"))
        reader.expected("kind", QCoreApplication::translate("PagingJson", "missing"));
    sender.kind = enumValue(reader, "kind", sender.kind, &senderKindFromName, SenderKindChoices);
    sender.address = reader.string("address");
    return sender;
}

} // namespace JsonDetail

using namespace JsonDetail;

namespace {

QString timeToJson(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

QTime quietTime(Reader &reader, const char *key)
{
    static const QRegularExpression pattern(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
    const QString text = reader.string(key);
    if (!pattern.match(text).hasMatch()) {
        reader.expected(key, QCoreApplication::translate("PagingJson", "expected HH:MM"));
        return {};
    }
    return QTime::fromString(text, QStringLiteral("HH:mm"));
}

int dayFromName(Reader &reader, const char *key)
{
    const QString text = reader.string(key);
    for (int day = 1; day <= 7; ++day) {
        if (text == QLatin1String(DayNames[day - 1]))
            return day;
    }
    reader.expected(key, QCoreApplication::translate(
                             "PagingJson", "expected mon, tue, wed, thu, fri, sat or sun"));
    return 1;
}

QString dayName(int day)
{
    return day >= 1 && day <= 7 ? QString::fromLatin1(DayNames[day - 1]) : QString::number(day);
}

// --- Routing ---------------------------------------------------------------------------------

QJsonObject routingToJson(const RoutingPolicy &routing)
{
    QJsonArray channels;
    for (Channel channel : routing.channelOrder)
        channels.append(channelName(channel));
    QJsonArray quiet;
    for (const QuietWindow &window : routing.quietHours)
        quiet.append(QJsonObject{{QStringLiteral("day"), dayName(window.dayOfWeek)},
                                 {QStringLiteral("start"), timeToJson(window.start)},
                                 {QStringLiteral("end"), timeToJson(window.end)}});
    QJsonArray caps;
    for (const RateCap &cap : routing.rateCaps)
        caps.append(QJsonObject{{QStringLiteral("max"), cap.maxPages},
                                {QStringLiteral("minutes"), cap.windowMinutes}});
    QJsonArray routes;
    for (const SenderRoute &route : routing.senders) {
        QJsonArray senders;
        for (const Sender &sender : route.senders)
            senders.append(senderToJson(sender));
        routes.append(QJsonObject{{QStringLiteral("region"), route.region},
                                  {QStringLiteral("senders"), senders}});
    }
    return {{QStringLiteral("channelOrder"), channels},
            {QStringLiteral("quietHours"), quiet},
            {QStringLiteral("sev1OverridesQuietHours"), routing.sev1OverridesQuietHours},
            {QStringLiteral("rateCaps"), caps},
            {QStringLiteral("senders"), routes}};
}

RoutingPolicy readRouting(const QJsonObject &json, const QString &path, Errors &errors)
{
    Reader reader(json, path, errors,
                  {"channelOrder", "quietHours", "sev1OverridesQuietHours", "rateCaps", "senders"});
    RoutingPolicy routing;
    if (reader.has("channelOrder")) {
        routing.channelOrder.clear();
        const QJsonArray channels = reader.array("channelOrder");
        for (qsizetype i = 0; i < channels.size(); ++i) {
            const QString itemAt = itemPath(reader.pathOf(QStringLiteral("channelOrder")), i);
            const QString name = stringItem(channels.at(i), itemAt, errors);
            const auto channel = channelFromName(name);
            if (!channel) {
                errors.add(itemAt, QCoreApplication::translate("PagingJson",
                                                               "expected one of %1, not \"%2\"")
                                       .arg(channelChoices(), name));
                continue;
            }
            routing.channelOrder.append(*channel);
        }
    }
    const QJsonArray quiet = reader.array("quietHours");
    for (qsizetype i = 0; i < quiet.size(); ++i) {
        const QString at = itemPath(reader.pathOf(QStringLiteral("quietHours")), i);
        Reader window(objectItem(quiet.at(i), at, errors), at, errors, {"day", "start", "end"});
        QuietWindow parsed;
        parsed.dayOfWeek = dayFromName(window, "day");
        parsed.start = quietTime(window, "start");
        parsed.end = quietTime(window, "end");
        routing.quietHours.append(parsed);
    }
    routing.sev1OverridesQuietHours
        = reader.boolean("sev1OverridesQuietHours", routing.sev1OverridesQuietHours);
    const QJsonArray caps = reader.array("rateCaps");
    for (qsizetype i = 0; i < caps.size(); ++i) {
        const QString at = itemPath(reader.pathOf(QStringLiteral("rateCaps")), i);
        Reader cap(objectItem(caps.at(i), at, errors), at, errors, {"max", "minutes"});
        if (!cap.has("max"))
            cap.expected("max", QCoreApplication::translate("PagingJson", "missing"));
        if (!cap.has("minutes"))
            cap.expected("minutes", QCoreApplication::translate("PagingJson", "missing"));
        routing.rateCaps.append(RateCap{cap.integer("max", 0), cap.integer("minutes", 0)});
    }
    const QJsonArray routes = reader.array("senders");
    for (qsizetype i = 0; i < routes.size(); ++i) {
        const QString at = itemPath(reader.pathOf(QStringLiteral("senders")), i);
        Reader route(objectItem(routes.at(i), at, errors), at, errors, {"region", "senders"});
        SenderRoute parsed;
        parsed.region = route.string("region");
        const QJsonArray senders = route.array("senders");
        for (qsizetype j = 0; j < senders.size(); ++j) {
            const QString senderAt = itemPath(route.pathOf(QStringLiteral("senders")), j);
            parsed.senders.append(
                readSender(objectItem(senders.at(j), senderAt, errors), senderAt, errors));
        }
        routing.senders.append(parsed);
    }
    return routing;
}

// --- Recipients and policies -----------------------------------------------------------------

Recipient readRecipient(const QJsonObject &json, const QString &path, Errors &errors)
{
    Reader reader(json, path, errors,
                  {"id", "name", "role", "smsNumber", "voiceNumber", "whatsappNumber", "timeZone",
                   "language", "routing"});
    Recipient recipient;
    if (!reader.has("id"))
        reader.expected("id", QCoreApplication::translate("PagingJson", "missing"));
    recipient.id = reader.string("id");
    recipient.name = reader.string("name");
    recipient.role = reader.string("role");
    recipient.smsNumber = reader.string("smsNumber");
    recipient.voiceNumber = reader.string("voiceNumber");
    recipient.whatsappNumber = reader.string("whatsappNumber");
    recipient.timeZone = reader.string("timeZone", recipient.timeZone);
    recipient.language = reader.string("language", recipient.language);
    if (reader.has("routing")) {
        const QString at = reader.pathOf(QStringLiteral("routing"));
        recipient.routing = readRouting(
            objectItem(json.value(QStringLiteral("routing")), at, errors), at, errors);
    }
    return recipient;
}

EscalationPolicy readPolicy(const QJsonObject &json, const QString &path, Errors &errors)
{
    Reader reader(json, path, errors, {"id", "name", "tiers", "repeatCount", "voiceAfterMinutes"});
    EscalationPolicy policy;
    if (!reader.has("id"))
        reader.expected("id", QCoreApplication::translate("PagingJson", "missing"));
    policy.id = reader.string("id");
    policy.name = reader.string("name");
    const QJsonArray tiers = reader.array("tiers");
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        const QString at = itemPath(reader.pathOf(QStringLiteral("tiers")), i);
        Reader tier(objectItem(tiers.at(i), at, errors), at, errors, {"recipients", "waitMinutes"});
        EscalationTier parsed;
        const QJsonArray ids = tier.array("recipients");
        for (qsizetype j = 0; j < ids.size(); ++j)
            parsed.recipientIds.append(stringItem(
                ids.at(j), itemPath(tier.pathOf(QStringLiteral("recipients")), j), errors));
        parsed.waitMinutes = tier.integer("waitMinutes", parsed.waitMinutes);
        policy.tiers.append(parsed);
    }
    policy.repeatCount = reader.integer("repeatCount", policy.repeatCount);
    policy.voiceAfterMinutes = reader.integer("voiceAfterMinutes", policy.voiceAfterMinutes);
    return policy;
}

} // namespace

QJsonObject toJson(const Recipient &recipient)
{
    return {{QStringLiteral("id"), recipient.id},
            {QStringLiteral("name"), recipient.name},
            {QStringLiteral("role"), recipient.role},
            {QStringLiteral("smsNumber"), recipient.smsNumber},
            {QStringLiteral("voiceNumber"), recipient.voiceNumber},
            {QStringLiteral("whatsappNumber"), recipient.whatsappNumber},
            {QStringLiteral("timeZone"), recipient.timeZone},
            {QStringLiteral("language"), recipient.language},
            {QStringLiteral("routing"), routingToJson(recipient.routing)}};
}

Result<Recipient, QString> recipientFromJson(const QJsonObject &json)
{
    return parseObject<Recipient>(json, &readRecipient);
}

QJsonObject toJson(const EscalationPolicy &policy)
{
    QJsonArray tiers;
    for (const EscalationTier &tier : policy.tiers)
        tiers.append(QJsonObject{
            {QStringLiteral("recipients"), QJsonArray::fromStringList(tier.recipientIds)},
            {QStringLiteral("waitMinutes"), tier.waitMinutes}});
    return {{QStringLiteral("id"), policy.id},
            {QStringLiteral("name"), policy.name},
            {QStringLiteral("tiers"), tiers},
            {QStringLiteral("repeatCount"), policy.repeatCount},
            {QStringLiteral("voiceAfterMinutes"), policy.voiceAfterMinutes}};
}

Result<EscalationPolicy, QString> escalationPolicyFromJson(const QJsonObject &json)
{
    return parseObject<EscalationPolicy>(json, &readPolicy);
}

// --- The configuration file ------------------------------------------------------------------

Result<PagingConfig, QString> PagingConfig::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("PagingJson", "invalid JSON at offset %1: %2")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!document.isObject())
        return fail(
            QCoreApplication::translate("PagingJson", "expected a JSON object at the top level"));
    const QJsonObject root = document.object();
    Errors errors;
    Reader reader(root, QString(), errors, {"defaultPolicy", "recipients", "policies"});
    PagingConfig config;
    config.defaultPolicyId = reader.string("defaultPolicy");
    const QJsonArray recipients = reader.array("recipients");
    for (qsizetype i = 0; i < recipients.size() && !errors.failed(); ++i) {
        const QString at = itemPath(QStringLiteral("recipients"), i);
        config.recipients.append(
            readRecipient(objectItem(recipients.at(i), at, errors), at, errors));
    }
    const QJsonArray policies = reader.array("policies");
    for (qsizetype i = 0; i < policies.size() && !errors.failed(); ++i) {
        const QString at = itemPath(QStringLiteral("policies"), i);
        config.policies.append(readPolicy(objectItem(policies.at(i), at, errors), at, errors));
    }
    if (errors.failed())
        return fail(errors.error());
    return config;
}

Result<PagingConfig, QString> PagingConfig::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("PagingJson", "%1: cannot read: %2")
                        .arg(path, file.errorString()));
    auto config = fromJson(file.readAll());
    if (!config)
        return fail(path + QStringLiteral(": ") + config.error());
    return config;
}

QJsonObject PagingConfig::toJson() const
{
    QJsonArray recipientArray;
    for (const Recipient &recipient : recipients)
        recipientArray.append(Paging::toJson(recipient));
    QJsonArray policyArray;
    for (const EscalationPolicy &policy : policies)
        policyArray.append(Paging::toJson(policy));
    return {{QStringLiteral("defaultPolicy"), defaultPolicyId},
            {QStringLiteral("recipients"), recipientArray},
            {QStringLiteral("policies"), policyArray}};
}

QStringList PagingConfig::validate() const
{
    QStringList problems;
    QSet<QString> recipientIds;
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        const Recipient &recipient = recipients.at(i);
        const QString at = itemPath(QStringLiteral("recipients"), i);
        for (const QString &text : recipient.validate())
            problems.append(at + QLatin1Char('.') + text);
        if (recipientIds.contains(recipient.id))
            problems.append(at + QStringLiteral(".id: ")
                            + QCoreApplication::translate("PagingValidation",
                                                          "recipient \"%1\" is defined twice")
                                  .arg(recipient.id));
        recipientIds.insert(recipient.id);
    }
    QSet<QString> policyIds;
    for (qsizetype i = 0; i < policies.size(); ++i) {
        const EscalationPolicy &policy = policies.at(i);
        const QString at = itemPath(QStringLiteral("policies"), i);
        for (const QString &text : policy.validate())
            problems.append(at + QLatin1Char('.') + text);
        if (policyIds.contains(policy.id))
            problems.append(
                at + QStringLiteral(".id: ")
                + QCoreApplication::translate("PagingValidation", "policy \"%1\" is defined twice")
                      .arg(policy.id));
        policyIds.insert(policy.id);
        for (qsizetype t = 0; t < policy.tiers.size(); ++t) {
            const QStringList &ids = policy.tiers.at(t).recipientIds;
            for (qsizetype r = 0; r < ids.size(); ++r) {
                if (!ids.at(r).isEmpty() && !recipientIds.contains(ids.at(r)))
                    problems.append(at + QStringLiteral(".tiers[%1].recipients[%2]: ").arg(t).arg(r)
                                    + QCoreApplication::translate("PagingValidation",
                                                                  "no recipient has the id \"%1\"")
                                          .arg(ids.at(r)));
            }
        }
    }
    if (defaultPolicyId.isEmpty())
        problems.append(
            QStringLiteral("defaultPolicy: ")
            + QCoreApplication::translate("PagingValidation", "a default policy is needed"));
    else if (!policyIds.contains(defaultPolicyId))
        problems.append(
            QStringLiteral("defaultPolicy: ")
            + QCoreApplication::translate("PagingValidation", "no policy has the id \"%1\"")
                  .arg(defaultPolicyId));
    return problems;
}

Result<Done, QString> PagingConfig::saveTo(PagingStore &store) const
{
    const QStringList problems = validate();
    if (!problems.isEmpty())
        return fail(problems.join(QLatin1Char('\n')));
    if (auto begun = store.begin(); !begun)
        return begun;
    for (const Recipient &recipient : recipients) {
        if (auto saved = store.upsertRecipient(recipient); !saved) {
            store.rollback();
            return saved;
        }
    }
    for (const EscalationPolicy &policy : policies) {
        if (auto saved = store.upsertPolicy(policy); !saved) {
            store.rollback();
            return saved;
        }
    }
    return store.commit();
}

} // namespace Vortex::Core::Paging
