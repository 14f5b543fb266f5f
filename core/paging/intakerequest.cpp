// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "intakerequest.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QUrl>

#include <cmath>

namespace Vortex::Core::Paging {

namespace {

constexpr qsizetype kMaxKey = 200;
constexpr qsizetype kMaxTitle = 200;
constexpr qsizetype kMaxSummary = 2000;
constexpr qsizetype kMaxRunbook = 4000;
constexpr qsizetype kMaxLink = 2000;
constexpr qsizetype kMaxShort = 200; ///< source, policy, actor
constexpr qsizetype kMaxCode = 32;
constexpr int kMaxSnoozeMinutes = 1440;

QString tr(const char *message)
{
    return QCoreApplication::translate("IntakeRequest", message);
}

// The severity names are parsed here rather than through severityFromName() so that the
// intake does not depend on the paging store's sources.
std::optional<Severity> severityFromText(const QString &name)
{
    for (Severity s : {Severity::Sev1, Severity::Sev2, Severity::Sev3, Severity::Sev4}) {
        if (name == QStringLiteral("sev%1").arg(int(s)))
            return s;
    }
    return std::nullopt;
}

QString severityText(Severity severity)
{
    return QStringLiteral("sev%1").arg(int(severity));
}

/// Reads an optional string field: absent or null leaves \a out empty; anything but a string is
/// an error naming the field.
QString readString(const QJsonObject &o, const char *key, QString *out)
{
    const QJsonValue value = o.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        return tr(QT_TRANSLATE_NOOP("IntakeRequest", "%1 must be a string"))
            .arg(QLatin1String(key));
    *out = value.toString();
    return {};
}

QString lengthError(const char *key, qsizetype max)
{
    return tr(QT_TRANSLATE_NOOP("IntakeRequest", "%1 must be at most %2 characters"))
        .arg(QLatin1String(key))
        .arg(max);
}

QString emptyError(const char *key)
{
    return tr(QT_TRANSLATE_NOOP("IntakeRequest", "%1 must not be empty")).arg(QLatin1String(key));
}

} // namespace

QString IntakeRequest::actionName(Action action)
{
    switch (action) {
    case Action::Raise:
        return QStringLiteral("raise");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Resolve:
        return QStringLiteral("resolve");
    case Action::Acknowledge:
        return QStringLiteral("acknowledge");
    case Action::Snooze:
        return QStringLiteral("snooze");
    }
    return {};
}

std::optional<IntakeRequest::Action> IntakeRequest::actionFromName(const QString &name)
{
    for (Action action :
         {Action::Raise, Action::Update, Action::Resolve, Action::Acknowledge, Action::Snooze}) {
        if (name == actionName(action))
            return action;
    }
    return std::nullopt;
}

Result<IntakeRequest, QString> IntakeRequest::fromJson(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(tr(QT_TRANSLATE_NOOP("IntakeRequest", "the body is not valid JSON: %1"))
                        .arg(error.errorString()));
    if (!document.isObject())
        return fail(tr(QT_TRANSLATE_NOOP("IntakeRequest", "the body must be a JSON object")));
    return fromJsonObject(document.object());
}

Result<IntakeRequest, QString> IntakeRequest::fromJsonObject(const QJsonObject &o)
{
    IntakeRequest request;
    const QJsonValue action = o.value(QLatin1String("action"));
    if (action.isUndefined() || action.isNull())
        return fail(tr(QT_TRANSLATE_NOOP("IntakeRequest", "action is missing")));
    if (!action.isString())
        return fail(tr(QT_TRANSLATE_NOOP("IntakeRequest", "action must be a string")));
    const auto parsedAction = actionFromName(action.toString());
    if (!parsedAction)
        return fail(tr(QT_TRANSLATE_NOOP(
            "IntakeRequest", "action must be one of raise, update, resolve, acknowledge, snooze")));
    request.action = *parsedAction;

    QString severity;
    const std::pair<const char *, QString *> strings[] = {
        {"dedup_key", &request.dedupKey}, {"severity", &severity},
        {"title", &request.title},        {"summary", &request.summary},
        {"link", &request.link},          {"runbook", &request.runbook},
        {"source", &request.source},      {"policy", &request.policyId},
        {"code", &request.code},          {"actor", &request.actor},
    };
    for (const auto &[key, target] : strings) {
        const QString problem = readString(o, key, target);
        if (!problem.isEmpty())
            return fail(problem);
    }
    // An explicitly given but blank title would wipe the incident's title on update.
    if (o.value(QLatin1String("title")).isString() && request.title.trimmed().isEmpty())
        return fail(emptyError("title"));
    if (o.contains(QLatin1String("severity")) && !o.value(QLatin1String("severity")).isNull()) {
        request.severity = severityFromText(severity);
        if (!request.severity)
            return fail(tr(QT_TRANSLATE_NOOP("IntakeRequest",
                                             "severity must be one of sev1, sev2, sev3, sev4")));
    }
    const QJsonValue minutes = o.value(QLatin1String("minutes"));
    if (!minutes.isUndefined() && !minutes.isNull()) {
        const double value = minutes.toDouble(std::nan(""));
        if (!minutes.isDouble() || std::floor(value) != value || value < -1e9 || value > 1e9)
            return fail(tr(QT_TRANSLATE_NOOP("IntakeRequest", "minutes must be a whole number")));
        request.minutes = int(value);
    }
    const QString problem = request.validate();
    if (!problem.isEmpty())
        return fail(problem);
    return request;
}

QString IntakeRequest::validate() const
{
    const bool hasKey = !dedupKey.isEmpty();
    if (dedupKey.size() > kMaxKey)
        return lengthError("dedup_key", kMaxKey);
    if (title.size() > kMaxTitle)
        return lengthError("title", kMaxTitle);
    if (summary.size() > kMaxSummary)
        return lengthError("summary", kMaxSummary);
    if (runbook.size() > kMaxRunbook)
        return lengthError("runbook", kMaxRunbook);
    if (code.size() > kMaxCode)
        return lengthError("code", kMaxCode);
    for (const auto &[key, value] : {std::pair{"source", &source}, std::pair{"policy", &policyId},
                                     std::pair{"actor", &actor}}) {
        if (value->size() > kMaxShort)
            return lengthError(key, kMaxShort);
    }
    if (!link.isEmpty()) {
        const QUrl url(link, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (link.size() > kMaxLink)
            return lengthError("link", kMaxLink);
        if (!url.isValid() || url.isRelative() || url.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return tr(QT_TRANSLATE_NOOP("IntakeRequest", "link must be an absolute http(s) URL"));
    }
    if (minutes && (*minutes < 1 || *minutes > kMaxSnoozeMinutes))
        return tr(QT_TRANSLATE_NOOP("IntakeRequest", "minutes must be between 1 and %1"))
            .arg(kMaxSnoozeMinutes);

    switch (action) {
    case Action::Raise:
        if (!hasKey)
            return tr(QT_TRANSLATE_NOOP("IntakeRequest", "dedup_key is required to raise"));
        if (!severity)
            return tr(QT_TRANSLATE_NOOP("IntakeRequest", "severity is required to raise"));
        if (title.trimmed().isEmpty())
            return tr(QT_TRANSLATE_NOOP("IntakeRequest", "title is required to raise"));
        break;
    case Action::Update:
        if (!hasKey)
            return tr(QT_TRANSLATE_NOOP("IntakeRequest", "dedup_key is required to update"));
        break;
    case Action::Resolve:
    case Action::Acknowledge:
    case Action::Snooze:
        if (!hasKey && code.isEmpty())
            return tr(QT_TRANSLATE_NOOP("IntakeRequest", "dedup_key or code is required to %1"))
                .arg(actionName(action));
        break;
    }
    return {};
}

QJsonObject IntakeRequest::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("action"), actionName(action));
    const std::pair<const char *, const QString *> strings[] = {
        {"dedup_key", &dedupKey}, {"title", &title},     {"summary", &summary},
        {"link", &link},          {"runbook", &runbook}, {"source", &source},
        {"policy", &policyId},    {"code", &code},       {"actor", &actor},
    };
    for (const auto &[key, value] : strings) {
        if (!value->isEmpty())
            o.insert(QLatin1String(key), *value);
    }
    if (severity)
        o.insert(QLatin1String("severity"), severityText(*severity));
    if (minutes)
        o.insert(QLatin1String("minutes"), *minutes);
    return o;
}

} // namespace Vortex::Core::Paging
