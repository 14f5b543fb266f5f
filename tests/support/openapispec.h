// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Vortex::Test {

/// One OpenAPI 3 document (Twilio's twilio-oai specs) and a small validator for the JSON
/// responses of its operations: `$ref` (#/components/schemas/…), `type`, `nullable`, `enum`,
/// `required`, `properties` (unknown properties are errors unless `additionalProperties`
/// allows them), `items`, `minLength`/`maxLength`/`pattern`, and the date formats
/// (`date-time` ISO 8601, `date-time-rfc-2822`, `date`). A type or null that the schema
/// forbids but the operation's own documented examples show at the same place is accepted
/// (see shownInExamples()). Tests only.
class OpenApiSpec
{
public:
    /// Loads a spec file; on failure isValid() is false and error() says why.
    explicit OpenApiSpec(const QString &fileName);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString fileName() const { return m_fileName; }

    /// The path template ("/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json") that a
    /// concrete request path (or a template itself) matches for \a method; empty if none.
    QString findOperation(const QByteArray &method, const QString &path) const;
    /// The response schema of an operation for \a httpStatus (an empty object when the spec
    /// gives the status without a body, e.g. 204); nullopt-like: *found = false when the spec
    /// does not list that status.
    QJsonObject responseSchema(const QByteArray &method, const QString &pathTemplate,
                               int httpStatus, bool *found) const;

    /// Validates \a body (the raw response) of \a method on \a path (concrete or template)
    /// answered with \a httpStatus. Returns readable problems ("$.messages[0].price: expected
    /// string, got number"); empty means the body conforms.
    QStringList validateResponse(const QByteArray &method, const QString &path, int httpStatus,
                                 const QByteArray &body) const;
    /// Validates one JSON value against \a schema (refs resolved in this document).
    QStringList validate(const QJsonValue &value, const QJsonObject &schema,
                         const QString &where = QStringLiteral("$")) const;

private:
    struct Operation
    {
        QString pathTemplate;
        QRegularExpression pattern;
        int literalLength = 0; ///< more literal characters wins when several templates match
    };

    /// JSON types seen at each path ("$.items[].price") in an operation's documented examples.
    using ExampleTypes = QHash<QString, QSet<QString>>;
    struct Run
    {
        QStringList *errors;
        const ExampleTypes *examples; ///< may be null
    };

    QJsonObject resolve(const QJsonObject &schema, QString *problem) const;
    void check(const QJsonValue &value, const QJsonObject &schema, const QString &where,
               const Run &run, int depth) const;
    /// True when the operation's own examples show \a value's JSON type at \a where: Twilio's
    /// examples are recorded answers, and where they contradict the schema (a "number" price
    /// sent as a string, packages the schema does not mark nullable sent as null) the twin
    /// follows the examples, as Twilio does.
    bool shownInExamples(const QJsonValue &value, const QString &where, const Run &run) const;
    void checkString(const QString &text, const QJsonObject &schema, const QString &where,
                     QStringList *errors) const;
    void checkObject(const QJsonObject &object, const QJsonObject &schema, const QString &where,
                     const Run &run, int depth) const;

    QString m_fileName;
    QString m_error;
    QJsonObject m_paths;
    QJsonObject m_schemas;
    QList<Operation> m_operations;
};

} // namespace Vortex::Test
