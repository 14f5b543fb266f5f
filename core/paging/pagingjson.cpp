// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "pagingjson.h"

#include "pagingstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <initializer_list>
#include <limits>

namespace Vortex::Core::Paging {

namespace {

// JSON numbers are doubles: integers beyond 2^53 do not survive, so ids stay below that.
constexpr double MaxSafeInteger = 9007199254740991.0;

const char *const DayNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

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

QString timeToJson(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

/// Collects the first error while a parser walks a document, so every read can be written as
/// a plain assignment and checked once at the end of an object.
class Errors
{
public:
    void add(const QString &path, const QString &text)
    {
        if (m_error.isEmpty())
            m_error = path + QStringLiteral(": ") + text;
    }
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

private:
    QString m_error;
};

/// Typed reads of one JSON object's keys; absent keys give the fallback, wrong types an error.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, Errors &errors,
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

    QString pathOf(const QString &key) const { return childPath(m_path, key); }

    QString string(const char *key, const QString &fallback = {})
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

    bool boolean(const char *key, bool fallback)
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

    qint64 int64(const char *key, qint64 fallback)
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

    int integer(const char *key, int fallback)
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

    std::optional<int> optionalInteger(const char *key)
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

    QDateTime dateTime(const char *key)
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

    QJsonArray array(const char *key)
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

    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }

    void expected(const char *key, const QString &text)
    {
        m_errors.add(pathOf(QString::fromLatin1(key)), text);
    }

private:
    static std::optional<qint64> integral(const QJsonValue &value, double min, double max)
    {
        if (!value.isDouble())
            return std::nullopt;
        const double number = value.toDouble();
        if (std::floor(number) != number || number < min || number > max)
            return std::nullopt;
        return static_cast<qint64>(number);
    }

    QJsonObject m_object;
    QString m_path;
    Errors &m_errors;
};

/// The object at \a path inside an array, or an error.
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

template<typename E>
E enumValue(Reader &reader, const char *key, E fallback,
            std::optional<E> (*fromName)(const QString &), const QString &choices)
{
    if (!reader.has(key))
        return fallback;
    const QString name = reader.string(key);
    const std::optional<E> value = fromName(name);
    if (!value) {
        reader.expected(key,
                        QCoreApplication::translate("PagingJson", "expected one of %1, not \"%2\"")
                            .arg(choices, name));
        return fallback;
    }
    return *value;
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

QJsonObject senderToJson(const Sender &sender)
{
    return {{QStringLiteral("kind"), senderKindName(sender.kind)},
            {QStringLiteral("address"), sender.address}};
}

const QString SenderKindChoices
    = QStringLiteral("short_code, long_code, alphanumeric, messaging_service, whatsapp");
const QString ChannelChoices = QStringLiteral("sms, voice, whatsapp");

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
                                       .arg(ChannelChoices, name));
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

/// Runs \a read on the whole object and turns the first error into a failure.
template<typename T, typename Read>
Result<T, QString> parseObject(const QJsonObject &json, Read read)
{
    Errors errors;
    T value = read(json, QString(), errors);
    if (errors.failed())
        return fail(errors.error());
    return value;
}

// --- Incidents, timeline, steps, deliveries ---------------------------------------------------

Incident readIncident(const QJsonObject &json, const QString &path, Errors &errors)
{
    Reader reader(json, path, errors,
                  {"id", "code", "severity", "title", "summary", "link", "runbook", "source",
                   "dedupKey", "policyId", "state", "createdAt", "updatedAt", "acknowledgedAt",
                   "resolvedAt", "snoozedUntil", "actor"});
    Incident incident;
    incident.id = reader.int64("id", 0);
    incident.code = reader.string("code");
    incident.severity = enumValue(reader, "severity", incident.severity, &severityFromName,
                                  QStringLiteral("sev1, sev2, sev3, sev4"));
    incident.title = reader.string("title");
    incident.summary = reader.string("summary");
    incident.link = reader.string("link");
    incident.runbook = reader.string("runbook");
    incident.source = reader.string("source");
    incident.dedupKey = reader.string("dedupKey");
    incident.policyId = reader.string("policyId");
    incident.state = enumValue(reader, "state", incident.state, &incidentStateFromName,
                               QStringLiteral("triggered, acknowledged, snoozed, resolved"));
    incident.createdAt = reader.dateTime("createdAt");
    incident.updatedAt = reader.dateTime("updatedAt");
    incident.acknowledgedAt = reader.dateTime("acknowledgedAt");
    incident.resolvedAt = reader.dateTime("resolvedAt");
    incident.snoozedUntil = reader.dateTime("snoozedUntil");
    incident.actor = reader.string("actor");
    return incident;
}

TimelineEntry readTimelineEntry(const QJsonObject &json, const QString &path, Errors &errors)
{
    Reader reader(json, path, errors,
                  {"id", "incidentId", "at", "kind", "recipientId", "channel", "sid", "status",
                   "errorCode", "detail"});
    TimelineEntry entry;
    entry.id = reader.int64("id", 0);
    entry.incidentId = reader.int64("incidentId", 0);
    entry.at = reader.dateTime("at");
    entry.kind = reader.string("kind");
    entry.recipientId = reader.string("recipientId");
    entry.channel = reader.string("channel");
    entry.sid = reader.string("sid");
    entry.status = reader.string("status");
    entry.errorCode = reader.optionalInteger("errorCode");
    entry.detail = reader.string("detail");
    return entry;
}

EscalationStep readStep(const QJsonObject &json, const QString &path, Errors &errors)
{
    Reader reader(
        json, path, errors,
        {"id", "incidentId", "kind", "round", "tier", "recipientId", "dueAt", "done", "cancelled"});
    EscalationStep step;
    step.id = reader.int64("id", 0);
    step.incidentId = reader.int64("incidentId", 0);
    step.kind = enumValue(reader, "kind", step.kind, &stepKindFromName,
                          QStringLiteral("page_tier, voice_follow_up, snooze_expiry"));
    step.round = reader.integer("round", 0);
    step.tier = reader.integer("tier", 0);
    step.recipientId = reader.string("recipientId");
    step.dueAt = reader.dateTime("dueAt");
    step.done = reader.boolean("done", false);
    step.cancelled = reader.boolean("cancelled", false);
    return step;
}

Delivery readDelivery(const QJsonObject &json, const QString &path, Errors &errors)
{
    Reader reader(json, path, errors,
                  {"id",
                   "incidentIds",
                   "recipientId",
                   "channel",
                   "to",
                   "sender",
                   "senderIndex",
                   "body",
                   "contentSid",
                   "contentVariables",
                   "validitySeconds",
                   "state",
                   "createdAt",
                   "notBefore",
                   "submitAttemptAt",
                   "submittedAt",
                   "lastCheckedAt",
                   "attempts",
                   "sid",
                   "status",
                   "errorCode",
                   "answeredBy",
                   "delayReason"});
    Delivery delivery;
    delivery.id = reader.int64("id", 0);
    const QJsonArray ids = reader.array("incidentIds");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QJsonValue value = ids.at(i);
        const double number = value.toDouble(-1);
        if (!value.isDouble() || std::floor(number) != number || number < 0
            || number > MaxSafeInteger) {
            errors.add(itemPath(reader.pathOf(QStringLiteral("incidentIds")), i),
                       QCoreApplication::translate("PagingJson", "expected an incident id"));
            continue;
        }
        delivery.incidentIds.append(static_cast<qint64>(number));
    }
    delivery.recipientId = reader.string("recipientId");
    delivery.channel
        = enumValue(reader, "channel", delivery.channel, &channelFromName, ChannelChoices);
    delivery.to = reader.string("to");
    if (reader.has("sender")) {
        const QString at = reader.pathOf(QStringLiteral("sender"));
        delivery.sender
            = readSender(objectItem(json.value(QStringLiteral("sender")), at, errors), at, errors);
    }
    delivery.senderIndex = reader.integer("senderIndex", 0);
    delivery.body = reader.string("body");
    delivery.contentSid = reader.string("contentSid");
    if (const QJsonValue variables = json.value(QStringLiteral("contentVariables"));
        variables.isObject())
        delivery.contentVariables = variables.toObject();
    else if (!variables.isUndefined())
        reader.expected("contentVariables",
                        QCoreApplication::translate("PagingJson", "expected an object"));
    delivery.validitySeconds = reader.integer("validitySeconds", 0);
    delivery.state = enumValue(reader, "state", delivery.state, &deliveryStateFromName,
                               QStringLiteral("pending, submitting, submitted, failed, cancelled"));
    delivery.createdAt = reader.dateTime("createdAt");
    delivery.notBefore = reader.dateTime("notBefore");
    delivery.submitAttemptAt = reader.dateTime("submitAttemptAt");
    delivery.submittedAt = reader.dateTime("submittedAt");
    delivery.lastCheckedAt = reader.dateTime("lastCheckedAt");
    delivery.attempts = reader.integer("attempts", 0);
    delivery.sid = reader.string("sid");
    delivery.status = reader.string("status");
    delivery.errorCode = reader.optionalInteger("errorCode");
    delivery.answeredBy = reader.string("answeredBy");
    delivery.delayReason = reader.string("delayReason");
    return delivery;
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

QJsonObject toJson(const Incident &incident)
{
    return {{QStringLiteral("id"), incident.id},
            {QStringLiteral("code"), incident.code},
            {QStringLiteral("severity"), severityName(incident.severity)},
            {QStringLiteral("title"), incident.title},
            {QStringLiteral("summary"), incident.summary},
            {QStringLiteral("link"), incident.link},
            {QStringLiteral("runbook"), incident.runbook},
            {QStringLiteral("source"), incident.source},
            {QStringLiteral("dedupKey"), incident.dedupKey},
            {QStringLiteral("policyId"), incident.policyId},
            {QStringLiteral("state"), incidentStateName(incident.state)},
            {QStringLiteral("createdAt"), dateToJson(incident.createdAt)},
            {QStringLiteral("updatedAt"), dateToJson(incident.updatedAt)},
            {QStringLiteral("acknowledgedAt"), dateToJson(incident.acknowledgedAt)},
            {QStringLiteral("resolvedAt"), dateToJson(incident.resolvedAt)},
            {QStringLiteral("snoozedUntil"), dateToJson(incident.snoozedUntil)},
            {QStringLiteral("actor"), incident.actor}};
}

Result<Incident, QString> incidentFromJson(const QJsonObject &json)
{
    return parseObject<Incident>(json, &readIncident);
}

QJsonObject toJson(const TimelineEntry &entry)
{
    return {{QStringLiteral("id"), entry.id},
            {QStringLiteral("incidentId"), entry.incidentId},
            {QStringLiteral("at"), dateToJson(entry.at)},
            {QStringLiteral("kind"), entry.kind},
            {QStringLiteral("recipientId"), entry.recipientId},
            {QStringLiteral("channel"), entry.channel},
            {QStringLiteral("sid"), entry.sid},
            {QStringLiteral("status"), entry.status},
            {QStringLiteral("errorCode"), optionalToJson(entry.errorCode)},
            {QStringLiteral("detail"), entry.detail}};
}

Result<TimelineEntry, QString> timelineEntryFromJson(const QJsonObject &json)
{
    return parseObject<TimelineEntry>(json, &readTimelineEntry);
}

QJsonObject toJson(const EscalationStep &step)
{
    return {{QStringLiteral("id"), step.id},
            {QStringLiteral("incidentId"), step.incidentId},
            {QStringLiteral("kind"), stepKindName(step.kind)},
            {QStringLiteral("round"), step.round},
            {QStringLiteral("tier"), step.tier},
            {QStringLiteral("recipientId"), step.recipientId},
            {QStringLiteral("dueAt"), dateToJson(step.dueAt)},
            {QStringLiteral("done"), step.done},
            {QStringLiteral("cancelled"), step.cancelled}};
}

Result<EscalationStep, QString> escalationStepFromJson(const QJsonObject &json)
{
    return parseObject<EscalationStep>(json, &readStep);
}

QJsonObject toJson(const Delivery &delivery)
{
    QJsonArray ids;
    for (qint64 id : delivery.incidentIds)
        ids.append(id);
    return {{QStringLiteral("id"), delivery.id},
            {QStringLiteral("incidentIds"), ids},
            {QStringLiteral("recipientId"), delivery.recipientId},
            {QStringLiteral("channel"), channelName(delivery.channel)},
            {QStringLiteral("to"), delivery.to},
            {QStringLiteral("sender"), senderToJson(delivery.sender)},
            {QStringLiteral("senderIndex"), delivery.senderIndex},
            {QStringLiteral("body"), delivery.body},
            {QStringLiteral("contentSid"), delivery.contentSid},
            {QStringLiteral("contentVariables"), delivery.contentVariables},
            {QStringLiteral("validitySeconds"), delivery.validitySeconds},
            {QStringLiteral("state"), deliveryStateName(delivery.state)},
            {QStringLiteral("createdAt"), dateToJson(delivery.createdAt)},
            {QStringLiteral("notBefore"), dateToJson(delivery.notBefore)},
            {QStringLiteral("submitAttemptAt"), dateToJson(delivery.submitAttemptAt)},
            {QStringLiteral("submittedAt"), dateToJson(delivery.submittedAt)},
            {QStringLiteral("lastCheckedAt"), dateToJson(delivery.lastCheckedAt)},
            {QStringLiteral("attempts"), delivery.attempts},
            {QStringLiteral("sid"), delivery.sid},
            {QStringLiteral("status"), delivery.status},
            {QStringLiteral("errorCode"), optionalToJson(delivery.errorCode)},
            {QStringLiteral("answeredBy"), delivery.answeredBy},
            {QStringLiteral("delayReason"), delivery.delayReason}};
}

Result<Delivery, QString> deliveryFromJson(const QJsonObject &json)
{
    return parseObject<Delivery>(json, &readDelivery);
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
