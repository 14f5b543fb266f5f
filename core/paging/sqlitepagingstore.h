// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/store/database.h"
#include "pagingstore.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

namespace Vortex::Core::Paging {

/// PagingStore on a SQLite file (WAL, synchronous=FULL, migrations; see docs/paging-store.md).
/// The SQL is portable (no SQLite-only functions; timestamps are INTEGER milliseconds since the
/// epoch, UTC) so that a PostgreSQL store can share it. Used from the thread that opened it.
class SqlitePagingStore : public PagingStore
{
public:
    explicit SqlitePagingStore(const QString &filePath);
    ~SqlitePagingStore() override;
    SqlitePagingStore(const SqlitePagingStore &) = delete;
    SqlitePagingStore &operator=(const SqlitePagingStore &) = delete;

    /// Opens the file (creating it if missing) and migrates the schema. A file that is not a
    /// SQLite database, or one written by a newer schema, gives an error and stays untouched.
    Result<Done, QString> open() override;
    void close() override;

    /// Starts a transaction; an error if one is already open. Calls made outside a transaction
    /// commit on their own.
    Result<Done, QString> begin() override;
    /// Commits; on failure the transaction is rolled back and the error returned.
    Result<Done, QString> commit() override;
    void rollback() override;
    bool inTransaction() const { return m_inTransaction; }

    Result<QList<Recipient>, QString> recipients() const override;
    Result<std::optional<Recipient>, QString> recipient(const QString &id) const override;
    Result<Done, QString> upsertRecipient(const Recipient &recipient) override;
    Result<Done, QString> removeRecipient(const QString &id) override;
    Result<QList<EscalationPolicy>, QString> policies() const override;
    Result<std::optional<EscalationPolicy>, QString> policy(const QString &id) const override;
    Result<Done, QString> upsertPolicy(const EscalationPolicy &policy) override;
    Result<Done, QString> removePolicy(const QString &id) override;

    Result<QList<PagingTemplate>, QString> templates() const override;
    Result<Done, QString> upsertTemplate(const PagingTemplate &tmpl) override;
    Result<Done, QString> removeTemplate(TemplateKind kind, const QString &language) override;

    Result<Done, QString> insertIncident(Incident &incident) override;
    Result<Done, QString> updateIncident(const Incident &incident) override;
    Result<std::optional<Incident>, QString> incident(qint64 id) const override;
    Result<std::optional<Incident>, QString> openIncidentByCode(const QString &code) const override;
    Result<std::optional<Incident>, QString>
    openIncidentByDedupKey(const QString &key) const override;
    Result<QList<Incident>, QString> openIncidents() const override;
    Result<QList<Incident>, QString> recentIncidents(int limit) const override;
    Result<QStringList, QString> reservedCodes(const QDateTime &closedAfter) const override;

    Result<Done, QString> appendTimeline(TimelineEntry &entry) override;
    Result<QList<TimelineEntry>, QString> timeline(qint64 incidentId) const override;

    Result<Done, QString> insertStep(EscalationStep &step) override;
    Result<Done, QString> updateStep(const EscalationStep &step) override;
    Result<QList<EscalationStep>, QString> pendingSteps() const override;
    Result<QList<EscalationStep>, QString> steps(qint64 incidentId) const override;

    Result<Done, QString> insertDelivery(Delivery &delivery) override;
    Result<Done, QString> updateDelivery(const Delivery &delivery) override;
    Result<std::optional<Delivery>, QString> delivery(qint64 id) const override;
    Result<std::optional<Delivery>, QString> deliveryBySid(const QString &sid) const override;
    Result<QList<Delivery>, QString> openDeliveries() const override;
    Result<QList<Delivery>, QString> deliveriesForIncident(qint64 incidentId) const override;
    Result<QList<Delivery>, QString> deliveriesTo(const QString &number,
                                                  const QDateTime &since) const override;
    Result<QList<QDateTime>, QString> submittedTimes(const QString &recipientId,
                                                     const QDateTime &since) const override;

    Result<Done, QString> setOptedOut(const QString &sender, const QString &number, bool optedOut,
                                      const QDateTime &at) override;
    Result<QStringList, QString> optedOutSenders(const QString &number) const override;

    Result<Done, QString> recordPassiveReply(const QString &number, const QDateTime &at) override;
    Result<int, QString> passiveRepliesSince(const QString &number,
                                             const QDateTime &since) const override;

    Result<qint64, QString> relayCursor() const override;
    Result<Done, QString> setRelayCursor(qint64 cursor) override;

    QString filePath() const { return m_db.filePath(); }

private:
    /// A prepared statement for \a sql (cached per store), bound to \a values and executed;
    /// nullptr with \a error set on failure. Callers read it, then finish() it.
    QSqlQuery *run(const QString &sql, const QVariantList &values, QString *error) const;
    Result<Done, QString> execute(const QString &sql, const QVariantList &values,
                                  const QString &what);
    Result<qint64, QString> insertReturningId(const QString &sql, const QVariantList &values,
                                              const QString &what);
    Result<QList<Incident>, QString> selectIncidents(const QString &where,
                                                     const QVariantList &values) const;
    Result<QList<Delivery>, QString> selectDeliveries(const QString &where,
                                                      const QVariantList &values) const;
    Result<Done, QString> writeDeliveryIncidents(const Delivery &delivery);

    Store::Database m_db;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
    bool m_inTransaction = false;
};

} // namespace Vortex::Core::Paging
