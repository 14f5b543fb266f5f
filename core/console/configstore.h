// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "core/paging/pagingtypes.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace Vortex::Core {

namespace Paging {
class SqlitePagingStore;
}

/// The paging configuration as stored: every recipient and escalation policy, sorted by id.
struct PagingConfigSnapshot
{
    QList<Paging::Recipient> recipients;
    QList<Paging::EscalationPolicy> policies;

    const Paging::Recipient *findRecipient(const QString &id) const;
    const Paging::EscalationPolicy *findPolicy(const QString &id) const;
};

/// One edit of the paging configuration, applied in one transaction: upserts and removals.
struct PagingConfigChange
{
    QList<Paging::Recipient> upsertRecipients;
    QStringList removeRecipients;
    QList<Paging::EscalationPolicy> upsertPolicies;
    QStringList removePolicies;

    bool isEmpty() const;
};

/// The outcome of ConfigStore::save(): ok, or the problems that stopped it (nothing was written).
struct PagingConfigSaveResult
{
    quint64 requestId = 0;
    bool ok = false;
    QStringList problems;          ///< clear sentences for the operator, one per problem
    PagingConfigSnapshot snapshot; ///< the stored configuration after the save (or as it stays)
};

/// Reads and writes the recipients and escalation policies in the paging store, beside the
/// running engine: it has its own SQLite connection (WAL), and the engine reads recipients and
/// policies from its store every time it uses them, so a saved change applies to the next page,
/// escalation step or rate-cap decision without a restart.
///
/// Lives on a worker thread: create it, move it there and call its slots through queued
/// connections; it opens the store on first use on that thread and closes it when destroyed
/// (destroy it on the same thread, e.g. QThread::finished → deleteLater).
class ConfigStore : public QObject
{
    Q_OBJECT

public:
    explicit ConfigStore(QString databasePath, QObject *parent = nullptr);
    ~ConfigStore() override;

    /// Every problem that \a change would cause applied on top of \a current ("" none): each
    /// recipient's and policy's own validation, policies naming recipients that would not exist,
    /// recipients removed while a policy still pages them (naming the policy), removing the last
    /// policy, and ids upserted twice.
    static QStringList validate(const PagingConfigSnapshot &current,
                                const PagingConfigChange &change);
    /// \a current with \a change applied (no validation), sorted by id.
    static PagingConfigSnapshot applied(const PagingConfigSnapshot &current,
                                        const PagingConfigChange &change);

    /// Synchronous forms of the slots, for the thread the store lives on.
    Result<PagingConfigSnapshot, QString> read();
    /// Validates against the stored configuration and writes everything in one transaction;
    /// the error lists the problems (nothing is written then).
    Result<PagingConfigSnapshot, QStringList> write(const PagingConfigChange &change);

public Q_SLOTS:
    /// Answers with loaded().
    void load();
    /// Answers with saved().
    void save(quint64 requestId, const Vortex::Core::PagingConfigChange &change);

Q_SIGNALS:
    /// \a error is "" on success.
    void loaded(const Vortex::Core::PagingConfigSnapshot &snapshot, const QString &error);
    void saved(const Vortex::Core::PagingConfigSaveResult &result);

private:
    Result<Paging::SqlitePagingStore *, QString> store();

    QString m_databasePath;
    std::unique_ptr<Paging::SqlitePagingStore> m_store;
};

} // namespace Vortex::Core

Q_DECLARE_METATYPE(Vortex::Core::PagingConfigSnapshot)
Q_DECLARE_METATYPE(Vortex::Core::PagingConfigChange)
Q_DECLARE_METATYPE(Vortex::Core::PagingConfigSaveResult)
