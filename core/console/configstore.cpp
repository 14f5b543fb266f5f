// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "configstore.h"

#include "core/paging/sqlitepagingstore.h"

#include <QSet>

#include <algorithm>

namespace Vortex::Core {

using Paging::EscalationPolicy;
using Paging::Recipient;

namespace {

template<typename T>
void sortById(QList<T> &items)
{
    std::sort(items.begin(), items.end(), [](const T &a, const T &b) { return a.id < b.id; });
}

template<typename T>
const T *findById(const QList<T> &items, const QString &id)
{
    for (const T &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

template<typename T>
QList<T> merged(const QList<T> &current, const QList<T> &upserts, const QStringList &removals)
{
    QList<T> out;
    for (const T &item : current) {
        if (!removals.contains(item.id) && !findById(upserts, item.id))
            out.append(item);
    }
    for (const T &item : upserts) {
        if (!removals.contains(item.id))
            out.append(item);
    }
    sortById(out);
    return out;
}

QString displayName(const QString &name, const QString &id)
{
    return name.trimmed().isEmpty() ? QStringLiteral("\"%1\"").arg(id)
                                    : QStringLiteral("%1 (%2)").arg(name.trimmed(), id);
}

} // namespace

const Recipient *PagingConfigSnapshot::findRecipient(const QString &id) const
{
    return findById(recipients, id);
}

const EscalationPolicy *PagingConfigSnapshot::findPolicy(const QString &id) const
{
    return findById(policies, id);
}

bool PagingConfigChange::isEmpty() const
{
    return upsertRecipients.isEmpty() && removeRecipients.isEmpty() && upsertPolicies.isEmpty()
           && removePolicies.isEmpty();
}

ConfigStore::ConfigStore(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{
    qRegisterMetaType<PagingConfigSnapshot>();
    qRegisterMetaType<PagingConfigChange>();
    qRegisterMetaType<PagingConfigSaveResult>();
}

ConfigStore::~ConfigStore()
{
    if (m_store)
        m_store->close();
}

PagingConfigSnapshot ConfigStore::applied(const PagingConfigSnapshot &current,
                                          const PagingConfigChange &change)
{
    PagingConfigSnapshot out;
    out.recipients = merged(current.recipients, change.upsertRecipients, change.removeRecipients);
    out.policies = merged(current.policies, change.upsertPolicies, change.removePolicies);
    return out;
}

QStringList ConfigStore::validate(const PagingConfigSnapshot &current,
                                  const PagingConfigChange &change)
{
    QStringList problems;
    QSet<QString> seen;
    for (const Recipient &recipient : change.upsertRecipients) {
        const QString who = displayName(recipient.name, recipient.id);
        if (seen.contains(recipient.id))
            problems.append(tr("Recipient %1 is saved twice in one change.").arg(who));
        if (change.removeRecipients.contains(recipient.id))
            problems.append(tr("Recipient %1 is both saved and deleted.").arg(who));
        seen.insert(recipient.id);
        for (const QString &problem : recipient.validate())
            problems.append(tr("Recipient %1: %2").arg(who, problem));
    }
    seen.clear();
    for (const EscalationPolicy &policy : change.upsertPolicies) {
        const QString which = displayName(policy.name, policy.id);
        if (seen.contains(policy.id))
            problems.append(tr("Escalation policy %1 is saved twice in one change.").arg(which));
        if (change.removePolicies.contains(policy.id))
            problems.append(tr("Escalation policy %1 is both saved and deleted.").arg(which));
        seen.insert(policy.id);
        for (const QString &problem : policy.validate())
            problems.append(tr("Escalation policy %1: %2").arg(which, problem));
    }

    const PagingConfigSnapshot after = applied(current, change);
    for (const EscalationPolicy &policy : after.policies) {
        for (qsizetype t = 0; t < policy.tiers.size(); ++t) {
            for (const QString &recipientId : policy.tiers.at(t).recipientIds) {
                if (after.findRecipient(recipientId))
                    continue;
                const Recipient *removed = current.findRecipient(recipientId);
                if (removed && change.removeRecipients.contains(recipientId))
                    problems.append(
                        tr("%1 cannot be deleted: the escalation policy \"%2\" pages them in "
                           "tier %3. Remove them from that policy first.")
                            .arg(displayName(removed->name, recipientId), policy.name)
                            .arg(t + 1));
                else
                    problems.append(tr("Escalation policy \"%1\" pages \"%2\" in tier %3, but "
                                       "there is no recipient with that id.")
                                        .arg(policy.name, recipientId)
                                        .arg(t + 1));
            }
        }
    }
    if (after.policies.isEmpty() && !current.policies.isEmpty())
        problems.append(tr("The last escalation policy cannot be deleted: new incidents would "
                           "page nobody."));
    return problems;
}

Result<Paging::SqlitePagingStore *, QString> ConfigStore::store()
{
    if (m_store)
        return m_store.get();
    if (m_databasePath.isEmpty())
        return fail(tr("This console runs without a paging engine, so there is no paging "
                       "configuration to edit."));
    auto store = std::make_unique<Paging::SqlitePagingStore>(m_databasePath);
    if (auto opened = store->open(); !opened)
        return fail(tr("The paging store could not be opened: %1").arg(opened.error()));
    m_store = std::move(store);
    return m_store.get();
}

Result<PagingConfigSnapshot, QString> ConfigStore::read()
{
    auto opened = store();
    if (!opened)
        return fail(opened.error());
    Paging::SqlitePagingStore *db = opened.value();
    auto recipients = db->recipients();
    if (!recipients)
        return fail(tr("The recipients could not be read: %1").arg(recipients.error()));
    auto policies = db->policies();
    if (!policies)
        return fail(tr("The escalation policies could not be read: %1").arg(policies.error()));
    PagingConfigSnapshot snapshot{recipients.value(), policies.value()};
    sortById(snapshot.recipients);
    sortById(snapshot.policies);
    return snapshot;
}

Result<PagingConfigSnapshot, QStringList> ConfigStore::write(const PagingConfigChange &change)
{
    auto opened = store();
    if (!opened)
        return fail(QStringList{opened.error()});
    Paging::SqlitePagingStore *db = opened.value();
    // Read, check and write in one transaction, so the checks see what the write replaces.
    if (auto begun = db->begin(); !begun)
        return fail(QStringList{tr("The paging store is busy: %1").arg(begun.error())});
    auto current = read();
    if (!current) {
        db->rollback();
        return fail(QStringList{current.error()});
    }
    if (const QStringList problems = validate(current.value(), change); !problems.isEmpty()) {
        db->rollback();
        return fail(problems);
    }
    auto writeAll = [&]() -> Result<Done, QString> {
        for (const Recipient &recipient : change.upsertRecipients) {
            if (auto done = db->upsertRecipient(recipient); !done)
                return fail(done.error());
        }
        for (const EscalationPolicy &policy : change.upsertPolicies) {
            if (auto done = db->upsertPolicy(policy); !done)
                return fail(done.error());
        }
        for (const QString &id : change.removePolicies) {
            if (auto done = db->removePolicy(id); !done)
                return fail(done.error());
        }
        for (const QString &id : change.removeRecipients) {
            if (auto done = db->removeRecipient(id); !done)
                return fail(done.error());
        }
        return db->commit();
    };
    if (auto written = writeAll(); !written) {
        if (db->inTransaction())
            db->rollback();
        return fail(QStringList{tr("Nothing was saved: %1").arg(written.error())});
    }
    return applied(current.value(), change);
}

void ConfigStore::load()
{
    auto snapshot = read();
    if (!snapshot) {
        Q_EMIT loaded({}, snapshot.error());
        return;
    }
    Q_EMIT loaded(snapshot.value(), QString());
}

void ConfigStore::save(quint64 requestId, const PagingConfigChange &change)
{
    PagingConfigSaveResult result;
    result.requestId = requestId;
    auto written = write(change);
    if (written) {
        result.ok = true;
        result.snapshot = written.value();
    } else {
        result.problems = written.error();
        auto stored = read();
        if (stored)
            result.snapshot = stored.value();
    }
    Q_EMIT saved(result);
}

} // namespace Vortex::Core
