// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "core/store/database.h"

#include <QHash>
#include <QString>

#include <memory>

namespace Vortex::Core::Kpi {

/// Where the KPIs come from and where their rollups live.
struct KpiSources
{
    QString messagesPath; ///< the console's message store (console.sqlite), read only
    QString pagingPath;   ///< the paging store (paging.sqlite), read only; may be empty
    QString kpiPath;      ///< kpi.sqlite, written by KpiRollup alone

    /// kpi.sqlite beside \a messagesPath.
    static QString defaultKpiPath(const QString &messagesPath);
};

/// What one update did.
struct RollupUpdate
{
    bool rebuilt = false;       ///< everything was recomputed
    int hoursRecomputed = 0;    ///< hours of messages recomputed
    qint64 messagesScanned = 0; ///< message and call rows read
    qint64 timelineScanned = 0; ///< timeline rows read
};

/// Maintains kpi.sqlite: hourly rollups of the console's messages (per region × channel ×
/// sender × status class: counts, billed counts and cost; delivery-latency histograms) and
/// per-incident acknowledgement and blocked-number rows from the paging store. Updates are
/// incremental: a watermark on the message rowids (an upsert gives a row a new rowid) names
/// the hours to recompute, and a watermark on the append-only timeline ids the paging rows to
/// apply. The engine's stores are opened read only and never written. Use from one thread.
class KpiRollup
{
public:
    explicit KpiRollup(KpiSources sources);
    ~KpiRollup();
    KpiRollup(const KpiRollup &) = delete;
    KpiRollup &operator=(const KpiRollup &) = delete;

    /// Opens (creating) kpi.sqlite on the calling thread.
    Result<Done, QString> open();
    void close();

    /// Applies what changed in the sources since the last update (everything the first time,
    /// or when the sources were replaced or the KPI definitions changed).
    Result<RollupUpdate, QString> update();
    /// Recomputes everything from the sources.
    Result<RollupUpdate, QString> rebuild();

    /// This thread's connection to kpi.sqlite (for KpiQuery).
    QSqlDatabase connection() const;
    const KpiSources &sources() const { return m_sources; }

private:
    struct Source;
    Result<RollupUpdate, QString> run(bool full);
    Result<Done, QString> updateMessages(bool full, RollupUpdate &stats);
    Result<Done, QString> updatePaging(bool full, RollupUpdate &stats);
    Result<Done, QString> recomputeHours(qint64 firstHour, qint64 endHour, bool clear,
                                         RollupUpdate &stats);
    QString regionOf(const QString &address);
    Result<QString, QString> state(const QString &name) const;
    Result<Done, QString> setState(const QString &name, const QString &value);

    KpiSources m_sources;
    Store::Database m_db;
    std::unique_ptr<Source> m_messages;
    std::unique_ptr<Source> m_paging;
    bool m_wrote = false;              ///< this update changed kpi.sqlite
    QHash<QString, QString> m_regions; ///< number → ISO region (libphonenumber is slow)
};

} // namespace Vortex::Core::Kpi
