// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "sqlitepagingstore.h"

#include "core/common/logging.h"
#include "pagingjson.h"
#include "sqlitepagingstore_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

#include <limits>
#include <memory>
#include <optional>

namespace Vortex::Core::Paging {

namespace {

QVariant nullInt64()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

namespace StoreDetail {

QString describe(const QSqlError &error)
{
    const QString text = error.text().trimmed();
    return text.isEmpty() ? QStringLiteral("unknown database error") : text;
}

QVariant msOrNull(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toMSecsSinceEpoch()) : nullInt64();
}

qint64 lowerBound(const QDateTime &since)
{
    return since.isValid() ? since.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

QDateTime fromMs(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<int> toOptionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<QJsonObject, QString> jsonObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(QStringLiteral("stored JSON is damaged: ") + error.errorString());
    return document.object();
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

} // namespace StoreDetail

using namespace StoreDetail;

namespace {

/// The (id, config) rows of a configuration table, each config parsed by \a parse; an error
/// names the first row that does not parse ("stored recipient alice: …").
template<typename T>
Result<QList<T>, QString> readConfigRows(QSqlQuery *q, const QString &noun,
                                         Result<T, QString> (*parse)(const QJsonObject &))
{
    Finish finish(q);
    QList<T> list;
    while (q->next()) {
        auto json = jsonObject(q->value(1).toString());
        auto parsed = json ? parse(json.value()) : Result<T, QString>(fail(json.error()));
        if (!parsed)
            return fail(QStringLiteral("stored %1 %2: %3")
                            .arg(noun, q->value(0).toString(), parsed.error()));
        list.append(parsed.value());
    }
    return list;
}

} // namespace

SqlitePagingStore::SqlitePagingStore(const QString &filePath)
    : m_db(filePath, QStringLiteral("paging"))
{}

SqlitePagingStore::~SqlitePagingStore()
{
    close();
}

Result<Done, QString> SqlitePagingStore::open()
{
    if (auto opened = m_db.open(); !opened)
        return opened;
    const auto version = m_db.schemaVersion();
    if (!version) {
        close();
        return fail(QStringLiteral("cannot read the paging store's schema version: ")
                    + version.error());
    }
    if (version.value() > latestVersion()) {
        close();
        return fail(QStringLiteral("paging store %1 has schema version %2, newer than this "
                                   "program's %3")
                        .arg(m_db.filePath())
                        .arg(version.value())
                        .arg(latestVersion()));
    }
    if (auto migrated = m_db.migrate(migrations()); !migrated) {
        close();
        return fail(QStringLiteral("cannot prepare paging store %1: %2")
                        .arg(m_db.filePath(), migrated.error()));
    }
    return Done{};
}

void SqlitePagingStore::close()
{
    if (m_inTransaction)
        rollback();
    // Statements must go before their connection is removed.
    m_queries.clear();
    m_db.close();
}

Result<Done, QString> SqlitePagingStore::begin()
{
    if (m_inTransaction)
        return fail(QStringLiteral("a paging store transaction is already open"));
    QSqlDatabase db = m_db.connection();
    if (!db.isOpen())
        return fail(QStringLiteral("the paging store is not open"));
    if (!db.transaction())
        return fail(QStringLiteral("cannot begin a transaction: ") + describe(db.lastError()));
    m_inTransaction = true;
    return Done{};
}

Result<Done, QString> SqlitePagingStore::commit()
{
    if (!m_inTransaction)
        return fail(QStringLiteral("no paging store transaction is open"));
    QSqlDatabase db = m_db.connection();
    if (!db.commit()) {
        const QString error = describe(db.lastError());
        rollback();
        return fail(QStringLiteral("cannot commit: ") + error);
    }
    m_inTransaction = false;
    return Done{};
}

void SqlitePagingStore::rollback()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    QSqlDatabase db = m_db.connection();
    if (!db.rollback())
        qCWarning(lcStore) << "paging store rollback failed:" << describe(db.lastError());
}

QSqlQuery *SqlitePagingStore::run(const QString &sql, const QVariantList &values,
                                  QString *error) const
{
    QSqlDatabase db = m_db.connection();
    if (!db.isOpen()) {
        *error = QStringLiteral("the paging store is not open");
        return nullptr;
    }
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto query = std::make_shared<QSqlQuery>(db);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            *error = describe(query->lastError());
            return nullptr;
        }
        it = m_queries.insert(sql, query);
    }
    QSqlQuery *query = it.value().get();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // Qt Sql binds a null QString as SQL NULL; text columns hold "" instead (NOT NULL).
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query->bindValue(static_cast<int>(i), QVariant(QStringLiteral("")));
        else
            query->bindValue(static_cast<int>(i), value);
    }
    if (!query->exec()) {
        *error = describe(query->lastError());
        query->finish();
        return nullptr;
    }
    return query;
}

Result<Done, QString> SqlitePagingStore::execute(const QString &sql, const QVariantList &values,
                                                 const QString &what)
{
    QString error;
    QSqlQuery *query = run(sql, values, &error);
    if (!query)
        return fail(QStringLiteral("cannot %1: %2").arg(what, error));
    query->finish();
    return Done{};
}

Result<qint64, QString> SqlitePagingStore::insertReturningId(const QString &sql,
                                                             const QVariantList &values,
                                                             const QString &what)
{
    QString error;
    QSqlQuery *query = run(sql + QStringLiteral(" RETURNING id"), values, &error);
    if (!query)
        return fail(QStringLiteral("cannot %1: %2").arg(what, error));
    Finish finish(query);
    if (!query->next())
        return fail(QStringLiteral("cannot %1: no id came back").arg(what));
    return query->value(0).toLongLong();
}

// --- Configuration ---------------------------------------------------------------------------

Result<QList<Recipient>, QString> SqlitePagingStore::recipients() const
{
    QString error;
    QSqlQuery *q = run(QStringLiteral("SELECT id, config FROM recipients ORDER BY id"), {}, &error);
    if (!q)
        return fail(QStringLiteral("cannot read recipients: ") + error);
    return readConfigRows<Recipient>(q, QStringLiteral("recipient"), &recipientFromJson);
}

Result<std::optional<Recipient>, QString> SqlitePagingStore::recipient(const QString &id) const
{
    QString error;
    QSqlQuery *q
        = run(QStringLiteral("SELECT id, config FROM recipients WHERE id = ?"), {id}, &error);
    if (!q)
        return fail(QStringLiteral("cannot read recipient: ") + error);
    return firstOf(readConfigRows<Recipient>(q, QStringLiteral("recipient"), &recipientFromJson));
}

Result<Done, QString> SqlitePagingStore::upsertRecipient(const Recipient &recipient)
{
    if (recipient.id.isEmpty())
        return fail(QStringLiteral("a recipient without an id cannot be stored"));
    return execute(QStringLiteral("INSERT INTO recipients (id, config) VALUES (?, ?) ON CONFLICT "
                                  "(id) DO UPDATE SET config = excluded.config"),
                   {recipient.id, jsonText(toJson(recipient))}, QStringLiteral("store recipient"));
}

Result<Done, QString> SqlitePagingStore::removeRecipient(const QString &id)
{
    return execute(QStringLiteral("DELETE FROM recipients WHERE id = ?"), {id},
                   QStringLiteral("remove recipient"));
}

Result<QList<EscalationPolicy>, QString> SqlitePagingStore::policies() const
{
    QString error;
    QSqlQuery *q = run(QStringLiteral("SELECT id, config FROM policies ORDER BY id"), {}, &error);
    if (!q)
        return fail(QStringLiteral("cannot read policies: ") + error);
    return readConfigRows<EscalationPolicy>(q, QStringLiteral("policy"), &escalationPolicyFromJson);
}

Result<std::optional<EscalationPolicy>, QString> SqlitePagingStore::policy(const QString &id) const
{
    QString error;
    QSqlQuery *q
        = run(QStringLiteral("SELECT id, config FROM policies WHERE id = ?"), {id}, &error);
    if (!q)
        return fail(QStringLiteral("cannot read policy: ") + error);
    return firstOf(
        readConfigRows<EscalationPolicy>(q, QStringLiteral("policy"), &escalationPolicyFromJson));
}

Result<Done, QString> SqlitePagingStore::upsertPolicy(const EscalationPolicy &policy)
{
    if (policy.id.isEmpty())
        return fail(QStringLiteral("a policy without an id cannot be stored"));
    return execute(QStringLiteral("INSERT INTO policies (id, config) VALUES (?, ?) ON CONFLICT "
                                  "(id) DO UPDATE SET config = excluded.config"),
                   {policy.id, jsonText(toJson(policy))}, QStringLiteral("store policy"));
}

Result<Done, QString> SqlitePagingStore::removePolicy(const QString &id)
{
    return execute(QStringLiteral("DELETE FROM policies WHERE id = ?"), {id},
                   QStringLiteral("remove policy"));
}

// --- Templates -------------------------------------------------------------------------------

Result<QList<PagingTemplate>, QString> SqlitePagingStore::templates() const
{
    QString error;
    QSqlQuery *q = run(QStringLiteral("SELECT kind, language, body, content_sid, "
                                      "content_variables FROM templates ORDER BY kind, language"),
                       {}, &error);
    if (!q)
        return fail(QStringLiteral("cannot read templates: ") + error);
    Finish finish(q);
    QList<PagingTemplate> list;
    while (q->next()) {
        const std::optional<TemplateKind> kind = templateKindFromName(q->value(0).toString());
        const QJsonDocument variables = QJsonDocument::fromJson(q->value(4).toString().toUtf8());
        if (!kind || (!q->value(4).toString().isEmpty() && !variables.isArray()))
            return fail(QStringLiteral("stored template %1/%2 cannot be read")
                            .arg(q->value(0).toString(), q->value(1).toString()));
        PagingTemplate t;
        t.kind = *kind;
        t.language = q->value(1).toString();
        t.body = q->value(2).toString();
        t.contentSid = q->value(3).toString();
        for (const QJsonValue &value : variables.array())
            t.contentVariables.append(value.toString());
        list.append(t);
    }
    return list;
}

Result<Done, QString> SqlitePagingStore::upsertTemplate(const PagingTemplate &tmpl)
{
    if (const QStringList problems = tmpl.validate(); !problems.isEmpty())
        return fail(QStringLiteral("template %1/%2 is not valid: %3")
                        .arg(templateKindName(tmpl.kind), tmpl.language,
                             problems.join(QStringLiteral(" "))));
    const QString variables
        = tmpl.contentVariables.isEmpty()
              ? QStringLiteral("")
              : QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tmpl.contentVariables))
                                      .toJson(QJsonDocument::Compact));
    return execute(
        QStringLiteral("INSERT INTO templates (kind, language, body, content_sid, "
                       "content_variables) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (kind, language) DO UPDATE SET "
                       "body = excluded.body, content_sid = excluded.content_sid, "
                       "content_variables = excluded.content_variables"),
        {templateKindName(tmpl.kind), tmpl.language, tmpl.body, tmpl.contentSid, variables},
        QStringLiteral("store template"));
}

Result<Done, QString> SqlitePagingStore::removeTemplate(TemplateKind kind, const QString &language)
{
    return execute(QStringLiteral("DELETE FROM templates WHERE kind = ? AND language = ?"),
                   {templateKindName(kind), language}, QStringLiteral("remove template"));
}

} // namespace Vortex::Core::Paging
