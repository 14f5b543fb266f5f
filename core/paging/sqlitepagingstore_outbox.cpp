// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// SqlitePagingStore: the outbox (deliveries and their incident links), opt-outs, passive replies
// and the relay cursor.
#include "sqlitepagingstore.h"
#include "sqlitepagingstore_p.h"

#include <QJsonDocument>

namespace Vortex::Core::Paging {

using namespace StoreDetail;

namespace {

// Twilio statuses after which a page's status no longer changes (messages and calls).
const QVariantList FinalStatuses = {
    QStringLiteral("delivered"), QStringLiteral("undelivered"), QStringLiteral("failed"),
    QStringLiteral("read"),      QStringLiteral("canceled"),    QStringLiteral("completed"),
    QStringLiteral("busy"),      QStringLiteral("no-answer"),
};

const QString DeliveryColumns = QStringLiteral(
    "id, recipient_id, channel, to_number, sender_kind, sender_address, sender_index, body,"
    " validity_seconds, state, created_at, not_before, submit_attempt_at, submitted_at,"
    " last_checked_at, attempts, sid, status, error_code, answered_by, delay_reason,"
    " content_sid, content_variables");

QString variablesText(const QJsonObject &variables)
{
    if (variables.isEmpty())
        return QStringLiteral("");
    return QString::fromUtf8(QJsonDocument(variables).toJson(QJsonDocument::Compact));
}

QVariantList deliveryValues(const Delivery &delivery)
{
    return {delivery.recipientId,
            channelName(delivery.channel),
            delivery.to,
            senderKindName(delivery.sender.kind),
            delivery.sender.address,
            delivery.senderIndex,
            delivery.body,
            delivery.validitySeconds,
            deliveryStateName(delivery.state),
            msOrNull(delivery.createdAt),
            msOrNull(delivery.notBefore),
            msOrNull(delivery.submitAttemptAt),
            msOrNull(delivery.submittedAt),
            msOrNull(delivery.lastCheckedAt),
            delivery.attempts,
            delivery.sid,
            delivery.status,
            optionalInt(delivery.errorCode),
            delivery.answeredBy,
            delivery.delayReason,
            delivery.contentSid,
            variablesText(delivery.contentVariables)};
}

Delivery readDelivery(const QSqlQuery &q)
{
    Delivery delivery;
    delivery.id = q.value(0).toLongLong();
    delivery.recipientId = q.value(1).toString();
    delivery.channel = channelFromName(q.value(2).toString()).value_or(delivery.channel);
    delivery.to = q.value(3).toString();
    delivery.sender.kind = senderKindFromName(q.value(4).toString()).value_or(delivery.sender.kind);
    delivery.sender.address = q.value(5).toString();
    delivery.senderIndex = q.value(6).toInt();
    delivery.body = q.value(7).toString();
    delivery.validitySeconds = q.value(8).toInt();
    delivery.state = deliveryStateFromName(q.value(9).toString()).value_or(delivery.state);
    delivery.createdAt = fromMs(q.value(10));
    delivery.notBefore = fromMs(q.value(11));
    delivery.submitAttemptAt = fromMs(q.value(12));
    delivery.submittedAt = fromMs(q.value(13));
    delivery.lastCheckedAt = fromMs(q.value(14));
    delivery.attempts = q.value(15).toInt();
    delivery.sid = q.value(16).toString();
    delivery.status = q.value(17).toString();
    delivery.errorCode = toOptionalInt(q.value(18));
    delivery.answeredBy = q.value(19).toString();
    delivery.delayReason = q.value(20).toString();
    delivery.contentSid = q.value(21).toString();
    delivery.contentVariables = QJsonDocument::fromJson(q.value(22).toString().toUtf8()).object();
    return delivery;
}

/// A delivery's incidents, in bundle order.
const QString IncidentLinksSql = QStringLiteral(
    "SELECT incident_id FROM delivery_incidents WHERE delivery_id = ? ORDER BY position");

qint64 incidentIdOf(const QSqlQuery &q)
{
    return q.value(0).toLongLong();
}

} // namespace

// --- Outbox ----------------------------------------------------------------------------------

Result<Done, QString> SqlitePagingStore::writeDeliveryIncidents(const Delivery &delivery)
{
    // Most updates (a status, a SID) leave the bundle as it is: rewrite the links only when
    // they changed.
    QString error;
    QSqlQuery *q = run(IncidentLinksSql, {delivery.id}, &error);
    if (!q)
        return fail(QStringLiteral("cannot read a delivery's incidents: ") + error);
    if (readRows(q, &incidentIdOf) == delivery.incidentIds)
        return Done{};
    auto removed = execute(QStringLiteral("DELETE FROM delivery_incidents WHERE delivery_id = ?"),
                           {delivery.id}, QStringLiteral("update a delivery's incidents"));
    if (!removed)
        return removed;
    for (qsizetype i = 0; i < delivery.incidentIds.size(); ++i) {
        auto added = execute(QStringLiteral("INSERT INTO delivery_incidents (delivery_id, "
                                            "incident_id, position) VALUES (?, ?, ?)"),
                             {delivery.id, delivery.incidentIds.at(i), static_cast<int>(i)},
                             QStringLiteral("link a delivery to its incidents"));
        if (!added)
            return added;
    }
    return Done{};
}

Result<Done, QString> SqlitePagingStore::insertDelivery(Delivery &delivery)
{
    // The row and its incident links land together, inside the caller's transaction or ours.
    const bool own = !m_inTransaction;
    if (own) {
        if (auto begun = begin(); !begun)
            return begun;
    }
    auto id = insertReturningId(QStringLiteral("INSERT INTO deliveries (")
                                    + DeliveryColumns.section(QLatin1Char(','), 1).trimmed()
                                    + QStringLiteral(") VALUES (") + placeholders(22)
                                    + QLatin1Char(')'),
                                deliveryValues(delivery), QStringLiteral("store delivery"));
    if (!id) {
        if (own)
            rollback();
        return fail(id.error());
    }
    Delivery stored = delivery;
    stored.id = id.value();
    if (auto linked = writeDeliveryIncidents(stored); !linked) {
        if (own)
            rollback();
        return linked;
    }
    if (own) {
        if (auto committed = commit(); !committed)
            return committed;
    }
    delivery.id = stored.id;
    return Done{};
}

Result<Done, QString> SqlitePagingStore::updateDelivery(const Delivery &delivery)
{
    const bool own = !m_inTransaction;
    if (own) {
        if (auto begun = begin(); !begun)
            return begun;
    }
    auto abort = [&](const QString &error) -> Result<Done, QString> {
        if (own)
            rollback();
        return fail(error);
    };
    QVariantList values = deliveryValues(delivery);
    values.append(delivery.id);
    QString error;
    QSqlQuery *q = run(QStringLiteral("UPDATE deliveries SET recipient_id = ?, channel = ?, "
                                      "to_number = ?, sender_kind = ?, sender_address = ?, "
                                      "sender_index = ?, body = ?, validity_seconds = ?, "
                                      "state = ?, created_at = ?, not_before = ?, "
                                      "submit_attempt_at = ?, submitted_at = ?, "
                                      "last_checked_at = ?, attempts = ?, sid = ?, status = ?, "
                                      "error_code = ?, answered_by = ?, delay_reason = ?, "
                                      "content_sid = ?, content_variables = ? WHERE id = ?"),
                       values, &error);
    if (!q)
        return abort(QStringLiteral("cannot update delivery: ") + error);
    const int affected = q->numRowsAffected();
    q->finish();
    if (affected != 1)
        return abort(
            QStringLiteral("cannot update delivery %1: no such delivery").arg(delivery.id));
    if (auto linked = writeDeliveryIncidents(delivery); !linked)
        return abort(linked.error());
    if (own)
        return commit();
    return Done{};
}

Result<QList<Delivery>, QString>
SqlitePagingStore::selectDeliveries(const QString &where, const QVariantList &values) const
{
    QString error;
    QSqlQuery *q = run(QStringLiteral("SELECT ") + DeliveryColumns
                           + QStringLiteral(" FROM deliveries ") + where,
                       values, &error);
    if (!q)
        return fail(QStringLiteral("cannot read deliveries: ") + error);
    QList<Delivery> list = readRows(q, &readDelivery);
    for (Delivery &delivery : list) {
        QSqlQuery *links = run(IncidentLinksSql, {delivery.id}, &error);
        if (!links)
            return fail(QStringLiteral("cannot read a delivery's incidents: ") + error);
        delivery.incidentIds = readRows(links, &incidentIdOf);
    }
    return list;
}

Result<std::optional<Delivery>, QString> SqlitePagingStore::delivery(qint64 id) const
{
    return firstOf(selectDeliveries(QStringLiteral("WHERE id = ?"), {id}));
}

Result<std::optional<Delivery>, QString> SqlitePagingStore::deliveryBySid(const QString &sid) const
{
    if (sid.isEmpty())
        return std::optional<Delivery>();
    return firstOf(selectDeliveries(QStringLiteral("WHERE sid = ? ORDER BY id"), {sid}));
}

Result<QList<Delivery>, QString> SqlitePagingStore::openDeliveries() const
{
    QVariantList values
        = {deliveryStateName(DeliveryState::Pending), deliveryStateName(DeliveryState::Submitting),
           deliveryStateName(DeliveryState::Submitted)};
    values.append(FinalStatuses);
    return selectDeliveries(
        QStringLiteral("WHERE state IN (?, ?) OR (state = ? AND status NOT IN (")
            + placeholders(FinalStatuses.size()) + QStringLiteral(")) ORDER BY id"),
        values);
}

Result<QList<Delivery>, QString> SqlitePagingStore::deliveriesForIncident(qint64 incidentId) const
{
    return selectDeliveries(QStringLiteral("WHERE id IN (SELECT delivery_id FROM "
                                           "delivery_incidents WHERE incident_id = ?) ORDER BY id"),
                            {incidentId});
}

Result<QList<Delivery>, QString> SqlitePagingStore::deliveriesTo(const QString &number,
                                                                 const QDateTime &since) const
{
    return selectDeliveries(QStringLiteral("WHERE to_number = ? AND created_at >= ? "
                                           "ORDER BY created_at DESC, id DESC"),
                            {number, lowerBound(since)});
}

Result<QList<QDateTime>, QString> SqlitePagingStore::submittedTimes(const QString &recipientId,
                                                                    const QDateTime &since) const
{
    // One row per delivery, so a bundle of several incidents counts once. Every page that
    // reached Twilio counts, also one that failed there afterwards: the carrier saw it.
    QString error;
    QSqlQuery *q = run(QStringLiteral("SELECT submitted_at FROM deliveries WHERE recipient_id = ? "
                                      "AND submitted_at IS NOT NULL AND submitted_at >= ? "
                                      "ORDER BY submitted_at, id"),
                       {recipientId, lowerBound(since)}, &error);
    if (!q)
        return fail(QStringLiteral("cannot read submission times: ") + error);
    return readRows(q, [](const QSqlQuery &row) { return fromMs(row.value(0)); });
}

// --- Opt-outs, passive replies, relay cursor -------------------------------------------------

Result<Done, QString> SqlitePagingStore::setOptedOut(const QString &sender, const QString &number,
                                                     bool optedOut, const QDateTime &at)
{
    // A late STOP must not undo a newer START (and the other way round): the newer time wins.
    return execute(QStringLiteral("INSERT INTO opt_outs (sender, phone_number, opted_out, "
                                  "changed_at) VALUES (?, ?, ?, ?) ON CONFLICT (sender, "
                                  "phone_number) DO UPDATE SET opted_out = excluded.opted_out, "
                                  "changed_at = excluded.changed_at WHERE excluded.changed_at IS "
                                  "NULL OR opt_outs.changed_at IS NULL OR opt_outs.changed_at <= "
                                  "excluded.changed_at"),
                   {sender, number, optedOut, msOrNull(at)}, QStringLiteral("store opt-out"));
}

Result<QStringList, QString> SqlitePagingStore::optedOutSenders(const QString &number) const
{
    QString error;
    QSqlQuery *q = run(QStringLiteral("SELECT sender FROM opt_outs WHERE phone_number = ? AND "
                                      "opted_out = ? ORDER BY sender"),
                       {number, true}, &error);
    if (!q)
        return fail(QStringLiteral("cannot read opt-outs: ") + error);
    return readRows(q, [](const QSqlQuery &row) { return row.value(0).toString(); });
}

Result<Done, QString> SqlitePagingStore::recordPassiveReply(const QString &number,
                                                            const QDateTime &at)
{
    if (!at.isValid())
        return fail(QStringLiteral("a passive reply needs a time"));
    return execute(
        QStringLiteral("INSERT INTO passive_replies (phone_number, sent_at) VALUES (?, ?)"),
        {number, at.toMSecsSinceEpoch()}, QStringLiteral("record passive reply"));
}

Result<int, QString> SqlitePagingStore::passiveRepliesSince(const QString &number,
                                                            const QDateTime &since) const
{
    QString error;
    QSqlQuery *q = run(QStringLiteral("SELECT COUNT(*) FROM passive_replies WHERE phone_number = "
                                      "? AND sent_at >= ?"),
                       {number, lowerBound(since)}, &error);
    if (!q)
        return fail(QStringLiteral("cannot count passive replies: ") + error);
    Finish finish(q);
    return q->next() ? q->value(0).toInt() : 0;
}

Result<qint64, QString> SqlitePagingStore::relayCursor() const
{
    QString error;
    QSqlQuery *q = run(QStringLiteral("SELECT value FROM meta WHERE name = ?"),
                       {QStringLiteral("relay_cursor")}, &error);
    if (!q)
        return fail(QStringLiteral("cannot read the relay cursor: ") + error);
    Finish finish(q);
    return q->next() ? q->value(0).toString().toLongLong() : qint64(0);
}

Result<Done, QString> SqlitePagingStore::setRelayCursor(qint64 cursor)
{
    return execute(QStringLiteral("INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT "
                                  "(name) DO UPDATE SET value = excluded.value"),
                   {QStringLiteral("relay_cursor"), QString::number(cursor)},
                   QStringLiteral("store the relay cursor"));
}

} // namespace Vortex::Core::Paging
