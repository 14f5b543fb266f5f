// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "openapispec.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Vortex::Test {

namespace {

constexpr int MaxDepth = 32; // guards against reference cycles

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

bool isRfc2822(const QString &text)
{
    // What Twilio's 2010 API sends: "Fri, 24 May 2019 17:44:50 +0000".
    static const QRegularExpression rfc(QStringLiteral(
        "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
        "\\d{4} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}$"));
    return rfc.match(text).hasMatch();
}

bool isIsoDateTime(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
    return iso.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

QString normalised(const QString &where)
{
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    QString path = where;
    return path.replace(index, QStringLiteral("[]"));
}

void collectTypes(const QJsonValue &value, const QString &where,
                  QHash<QString, QSet<QString>> *types)
{
    (*types)[where].insert(typeName(value));
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectTypes(it.value(), where + QLatin1Char('.') + it.key(), types);
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectTypes(item, where + QStringLiteral("[]"), types);
    }
}

} // namespace

OpenApiSpec::OpenApiSpec(const QString &fileName)
    : m_fileName(fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot open %1").arg(fileName);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        m_error = QStringLiteral("%1: %2").arg(fileName, parseError.errorString());
        return;
    }
    m_paths = document.object().value(QLatin1String("paths")).toObject();
    m_schemas = document.object()
                    .value(QLatin1String("components"))
                    .toObject()
                    .value(QLatin1String("schemas"))
                    .toObject();
    if (m_paths.isEmpty()) {
        m_error = QStringLiteral("%1 has no paths").arg(fileName);
        return;
    }
    static const QRegularExpression parameter(QStringLiteral("\\{[^}/]+\\}"));
    for (auto it = m_paths.begin(); it != m_paths.end(); ++it) {
        const QString path = it.key();
        QString regex = QStringLiteral("^");
        int literal = 0;
        qsizetype last = 0;
        auto matches = parameter.globalMatch(path);
        while (matches.hasNext()) {
            const QRegularExpressionMatch m = matches.next();
            const QString text = path.mid(last, m.capturedStart() - last);
            regex += QRegularExpression::escape(text) + QStringLiteral("[^/]+");
            literal += static_cast<int>(text.size());
            last = m.capturedEnd();
        }
        regex += QRegularExpression::escape(path.mid(last)) + QStringLiteral("$");
        literal += static_cast<int>(path.size() - last);
        m_operations.append({path, QRegularExpression(regex), literal});
    }
}

QString OpenApiSpec::findOperation(const QByteArray &method, const QString &path) const
{
    const QString verb = QString::fromLatin1(method).toLower();
    const QString bare = path.section(QLatin1Char('?'), 0, 0);
    if (m_paths.value(bare).toObject().contains(verb))
        return bare;
    const Operation *best = nullptr;
    for (const Operation &operation : m_operations) {
        if (!operation.pattern.match(bare).hasMatch()
            || !m_paths.value(operation.pathTemplate).toObject().contains(verb))
            continue;
        if (!best || operation.literalLength > best->literalLength)
            best = &operation;
    }
    return best ? best->pathTemplate : QString();
}

QJsonObject OpenApiSpec::responseSchema(const QByteArray &method, const QString &pathTemplate,
                                        int httpStatus, bool *found) const
{
    const QJsonObject responses = m_paths.value(pathTemplate)
                                      .toObject()
                                      .value(QString::fromLatin1(method).toLower())
                                      .toObject()
                                      .value(QLatin1String("responses"))
                                      .toObject();
    const QString key = QString::number(httpStatus);
    *found = responses.contains(key);
    return responses.value(key)
        .toObject()
        .value(QLatin1String("content"))
        .toObject()
        .value(QLatin1String("application/json"))
        .toObject()
        .value(QLatin1String("schema"))
        .toObject();
}

QStringList OpenApiSpec::validateResponse(const QByteArray &method, const QString &path,
                                          int httpStatus, const QByteArray &body) const
{
    const QString pathTemplate = findOperation(method, path);
    if (pathTemplate.isEmpty())
        return {QStringLiteral("%1 %2: no such operation in %3")
                    .arg(QString::fromLatin1(method), path, m_fileName)};
    bool found = false;
    const QJsonObject schema = responseSchema(method, pathTemplate, httpStatus, &found);
    const QString operation
        = QStringLiteral("%1 %2").arg(QString::fromLatin1(method), pathTemplate);
    if (!found)
        return {QStringLiteral("%1: status %2 is not a response of this operation")
                    .arg(operation)
                    .arg(httpStatus)};
    if (schema.isEmpty()) {
        if (!body.trimmed().isEmpty())
            return {QStringLiteral("%1 %2: expected no body, got %3 bytes")
                        .arg(operation)
                        .arg(httpStatus)
                        .arg(body.size())};
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isNull())
        return {QStringLiteral("%1 %2: body is not JSON (%3)")
                    .arg(operation)
                    .arg(httpStatus)
                    .arg(parseError.errorString())};
    const QJsonValue value
        = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    ExampleTypes examples;
    const QJsonObject documented = m_paths.value(pathTemplate)
                                       .toObject()
                                       .value(QString::fromLatin1(method).toLower())
                                       .toObject()
                                       .value(QLatin1String("responses"))
                                       .toObject()
                                       .value(QString::number(httpStatus))
                                       .toObject()
                                       .value(QLatin1String("content"))
                                       .toObject()
                                       .value(QLatin1String("application/json"))
                                       .toObject()
                                       .value(QLatin1String("examples"))
                                       .toObject();
    for (auto it = documented.begin(); it != documented.end(); ++it)
        collectTypes(it.value().toObject().value(QLatin1String("value")), QStringLiteral("$"),
                     &examples);
    QStringList errors;
    check(value, schema, QStringLiteral("$"), Run{&errors, &examples}, 0);
    return errors;
}

QStringList OpenApiSpec::validate(const QJsonValue &value, const QJsonObject &schema,
                                  const QString &where) const
{
    QStringList errors;
    check(value, schema, where, Run{&errors, nullptr}, 0);
    return errors;
}

QJsonObject OpenApiSpec::resolve(const QJsonObject &schema, QString *problem) const
{
    QJsonObject current = schema;
    bool nullable = schema.value(QLatin1String("nullable")).toBool();
    for (int hops = 0; current.contains(QLatin1String("$ref")); ++hops) {
        const QString ref = current.value(QLatin1String("$ref")).toString();
        static const QLatin1String prefix("#/components/schemas/");
        if (!ref.startsWith(prefix) || hops > MaxDepth) {
            *problem = QStringLiteral("unresolvable $ref %1").arg(ref);
            return {};
        }
        const QString name = ref.mid(prefix.size());
        if (!m_schemas.contains(name)) {
            *problem = QStringLiteral("unknown schema %1").arg(name);
            return {};
        }
        current = m_schemas.value(name).toObject();
        nullable = nullable || current.value(QLatin1String("nullable")).toBool();
    }
    if (nullable)
        current.insert(QLatin1String("nullable"), true);
    return current;
}

bool OpenApiSpec::shownInExamples(const QJsonValue &value, const QString &where,
                                  const Run &run) const
{
    return run.examples && run.examples->value(normalised(where)).contains(typeName(value));
}

void OpenApiSpec::check(const QJsonValue &value, const QJsonObject &rawSchema, const QString &where,
                        const Run &run, int depth) const
{
    QStringList *errors = run.errors;
    if (depth > MaxDepth) {
        errors->append(QStringLiteral("%1: schema nesting too deep").arg(where));
        return;
    }
    QString problem;
    const QJsonObject schema = resolve(rawSchema, &problem);
    if (!problem.isEmpty()) {
        errors->append(QStringLiteral("%1: %2").arg(where, problem));
        return;
    }
    if (value.isNull() || value.isUndefined()) {
        if (!schema.value(QLatin1String("nullable")).toBool() && !schema.isEmpty()
            && !shownInExamples(value, where, run))
            errors->append(QStringLiteral("%1: null but not nullable").arg(where));
        return;
    }
    QString type = schema.value(QLatin1String("type")).toString();
    const QString actual = typeName(value);
    if (!type.isEmpty() && type != actual && !(type == QLatin1String("integer") && value.isDouble())
        && shownInExamples(value, where, run))
        type = actual; // the documented examples send this type here
    if (type == QLatin1String("integer")) {
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number)
            errors->append(QStringLiteral("%1: expected integer, got %2").arg(where, actual));
    } else if (type == QLatin1String("number")) {
        if (!value.isDouble())
            errors->append(QStringLiteral("%1: expected number, got %2").arg(where, actual));
    } else if (type == QLatin1String("boolean")) {
        if (!value.isBool())
            errors->append(QStringLiteral("%1: expected boolean, got %2").arg(where, actual));
    } else if (type == QLatin1String("string")) {
        if (!value.isString())
            errors->append(QStringLiteral("%1: expected string, got %2").arg(where, actual));
        else
            checkString(value.toString(), schema, where, errors);
    } else if (type == QLatin1String("array")) {
        if (!value.isArray()) {
            errors->append(QStringLiteral("%1: expected array, got %2").arg(where, actual));
        } else if (schema.contains(QLatin1String("items"))) {
            const QJsonObject items = schema.value(QLatin1String("items")).toObject();
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                check(array.at(i), items, QStringLiteral("%1[%2]").arg(where).arg(i), run,
                      depth + 1);
        }
    } else if (type == QLatin1String("object")
               || (type.isEmpty() && schema.contains(QLatin1String("properties")))) {
        if (!value.isObject())
            errors->append(QStringLiteral("%1: expected object, got %2").arg(where, actual));
        else
            checkObject(value.toObject(), schema, where, run, depth);
    }
    // No type: any value (Twilio uses {} or "nullable" only for free-form fields).

    if (schema.contains(QLatin1String("enum"))) {
        const QJsonArray allowed = schema.value(QLatin1String("enum")).toArray();
        if (!allowed.contains(value)) {
            QStringList names;
            for (const QJsonValue &v : allowed)
                names.append(v.toVariant().toString());
            errors->append(
                QStringLiteral("%1: %2 is not one of [%3]")
                    .arg(where, value.toVariant().toString(), names.join(QLatin1String(", "))));
        }
    }
}

void OpenApiSpec::checkString(const QString &text, const QJsonObject &schema, const QString &where,
                              QStringList *errors) const
{
    const int length = static_cast<int>(text.size());
    if (schema.contains(QLatin1String("minLength"))
        && length < schema.value(QLatin1String("minLength")).toInt())
        errors->append(QStringLiteral("%1: \"%2\" shorter than %3")
                           .arg(where, text)
                           .arg(schema.value(QLatin1String("minLength")).toInt()));
    if (schema.contains(QLatin1String("maxLength"))
        && length > schema.value(QLatin1String("maxLength")).toInt())
        errors->append(QStringLiteral("%1: \"%2\" longer than %3")
                           .arg(where, text)
                           .arg(schema.value(QLatin1String("maxLength")).toInt()));
    if (schema.contains(QLatin1String("pattern"))) {
        const QRegularExpression pattern(schema.value(QLatin1String("pattern")).toString());
        if (pattern.isValid() && !pattern.match(text).hasMatch())
            errors->append(
                QStringLiteral("%1: \"%2\" does not match %3").arg(where, text, pattern.pattern()));
    }
    const QString format = schema.value(QLatin1String("format")).toString();
    if (format == QLatin1String("date-time") && !isIsoDateTime(text))
        errors->append(QStringLiteral("%1: \"%2\" is not an ISO 8601 date-time").arg(where, text));
    else if (format == QLatin1String("date-time-rfc-2822") && !isRfc2822(text))
        errors->append(QStringLiteral("%1: \"%2\" is not an RFC 2822 date").arg(where, text));
    else if (format == QLatin1String("date") && !QDate::fromString(text, Qt::ISODate).isValid())
        errors->append(QStringLiteral("%1: \"%2\" is not an ISO date").arg(where, text));
}

void OpenApiSpec::checkObject(const QJsonObject &object, const QJsonObject &schema,
                              const QString &where, const Run &run, int depth) const
{
    QStringList *errors = run.errors;
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    const QJsonArray required = schema.value(QLatin1String("required")).toArray();
    for (const QJsonValue &name : required) {
        if (!object.contains(name.toString()))
            errors->append(
                QStringLiteral("%1: required property %2 missing").arg(where, name.toString()));
    }
    const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
    // A schema without properties is free-form (e.g. "subresource_uris", "links").
    const bool extrasAllowed = properties.isEmpty() || additional.toBool() || additional.isObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString child = QStringLiteral("%1.%2").arg(where, it.key());
        if (properties.contains(it.key()))
            check(it.value(), properties.value(it.key()).toObject(), child, run, depth + 1);
        else if (additional.isObject())
            check(it.value(), additional.toObject(), child, run, depth + 1);
        else if (!extrasAllowed)
            errors->append(QStringLiteral("%1: unknown property").arg(child));
    }
}

} // namespace Vortex::Test
