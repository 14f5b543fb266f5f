// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/store/trafficquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStringList>

class QThread;

namespace Vortex::Core {
struct MessageRecord;
}

namespace Vortex::Ui {

/// The messages and calls log as a table: rows come page by page (canFetchMore/fetchMore)
/// from a TrafficQuery on a worker thread and arrive by queued signal, so the UI thread never
/// waits on SQLite. A second worker counts matches and answers details, so that a slow count
/// never holds up a page. Rows are kept compact (interned numbers, a body preview) so that a
/// scrolled-through year stays in memory; details are read from the store on demand.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Created,
        Channel,
        Direction,
        From,
        To,
        Region,
        Status,
        Error,
        Size,
        Price,
        Body,
        ColumnCount
    };
    enum Role {
        SidRole = Qt::UserRole + 1, ///< QString
        StatusRole,                 ///< Twilio's status string
        ChannelRole,                ///< "sms", "whatsapp", "voice"
        ErrorCodeRole,              ///< int
        IsCallRole,                 ///< bool
        DateCreatedRole,            ///< QDateTime (UTC)
    };

    /// Reads \a databasePath (the console's store) on its own threads. Nothing is read until
    /// reload(), setFilter() or fetchMore().
    explicit LogModel(const QString &databasePath, QObject *parent = nullptr);
    ~LogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Shows the rows \a filter selects, newest first (a reset, then the first page).
    void setFilter(const Core::Store::TrafficFilter &filter);
    Core::Store::TrafficFilter filter() const { return m_filter; }
    /// Reads the first page again with the current filter.
    void reload();

    /// A page is being read.
    bool isLoading() const { return m_pending; }
    /// Every matching row is in the model.
    bool atEnd() const { return m_atEnd; }
    /// The last count (-1 until one arrived); see countChanged().
    qint64 matchCount() const { return m_count; }
    QString lastError() const { return m_error; }

    /// Rows asked for by the first page and by each further fetchMore().
    void setPageSizes(int first, int further);
    /// Passed on to the page worker (see TrafficQuery::setScanBudget; tests).
    void setScanBudget(int rows);

    QString sidAt(int row) const;
    /// Reads the whole row of \a sid; answers with detailsReady().
    void requestDetails(const QString &sid);
    /// Reads the regions present in the store; answers with regionsReady().
    void requestRegions();

public Q_SLOTS:
    /// A live update from the engine: changes a loaded row in place, or inserts a new one at
    /// its place in the order when it matches the filter.
    void onMessageChanged(const Vortex::Core::MessageRecord &record);

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// \a atLeast: the count stopped at TrafficQuery::CountCap (searches).
    void countChanged(qint64 count, bool atLeast);
    /// A page was added (\a rows may be 0 for a search page that found nothing in its scan).
    void pageArrived(int rows);
    void detailsReady(const Vortex::Core::Store::TrafficRow &row);
    void regionsReady(const QStringList &regions);
    void queryFailed(const QString &message);

private:
    /// One row as kept in memory: about 100 bytes plus the preview.
    struct Row
    {
        qint64 created = 0; ///< ms since the epoch; NoDate when unknown
        QByteArray text;    ///< SID (Latin-1), '\n', body preview (UTF-8)
        qint32 from = 0;    ///< interned strings
        qint32 to = 0;
        qint32 status = 0;
        qint32 direction = 0;
        qint32 channel = 0;
        qint32 region = 0;
        qint32 price = 0;
        qint32 errorCode = 0;
        qint32 size = 0; ///< segments, or a call's seconds
        bool call = false;
    };
    static constexpr qint64 NoDate = std::numeric_limits<qint64>::min();

    Row compact(const Core::Store::TrafficRow &row);
    int intern(const QString &text);
    const QString &string(qint32 id) const { return m_strings.at(id); }
    static QString sidOf(const Row &row);
    /// Where a row with this key belongs (the order is created DESC, sid DESC).
    int insertionPoint(qint64 created, const QString &sid) const;
    void requestPage();
    void onPage(const Core::Store::TrafficPage &page);
    void onCount(const Core::Store::TrafficCount &count);
    void setPending(bool pending);

    QThread *m_pageThread = nullptr;
    QThread *m_countThread = nullptr;
    Core::Store::TrafficQuery *m_pageWorker = nullptr;
    Core::Store::TrafficQuery *m_countWorker = nullptr;

    Core::Store::TrafficFilter m_filter;
    QList<Row> m_rows;
    QStringList m_strings;
    QHash<QString, qint32> m_stringIds;
    QSet<QString> m_liveSids; ///< rows that came live, so that a page does not add them twice
    Core::Store::TrafficCursor m_cursor;
    bool m_started = false;
    bool m_atEnd = false;
    bool m_pending = false;
    int m_fetchReceived = 0;
    int m_firstPage = 200;
    int m_pageSize = 1000;
    quint64 m_pageRequest = 0;
    quint64 m_countRequest = 0;
    quint64 m_detailsRequest = 0;
    qint64 m_count = -1;
    bool m_countAtLeast = false;
    QString m_error;
};

} // namespace Vortex::Ui
