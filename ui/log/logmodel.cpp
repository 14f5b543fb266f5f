// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "logmodel.h"

#include "core/console/consoletypes.h"
#include "core/twilio/errordictionary.h"
#include "ui/models/messagestatusstyle.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>
#include <QThread>

#include <algorithm>

namespace Vortex::Ui {

using Core::Store::TrafficCount;
using Core::Store::TrafficPage;
using Core::Store::TrafficQuery;
using Core::Store::TrafficRow;

namespace {

constexpr int PreviewChars = 120;

MessageStatusStyle::Tone callTone(const QString &status)
{
    if (status == QLatin1String("completed"))
        return MessageStatusStyle::Tone::Good;
    if (status == QLatin1String("failed"))
        return MessageStatusStyle::Tone::Bad;
    if (status == QLatin1String("busy") || status == QLatin1String("no-answer")
        || status == QLatin1String("canceled"))
        return MessageStatusStyle::Tone::Warning;
    if (status == QLatin1String("queued") || status == QLatin1String("initiated")
        || status == QLatin1String("ringing") || status == QLatin1String("in-progress"))
        return MessageStatusStyle::Tone::InFlight;
    return MessageStatusStyle::Tone::Neutral;
}

/// The tone's colour, lightened on dark palettes so that it reads on both.
QColor toneColour(MessageStatusStyle::Tone tone)
{
    const QColor base = MessageStatusStyle::colour(tone);
    const QPalette palette = QApplication::palette();
    const bool dark = palette.color(QPalette::Window).lightness()
                      < palette.color(QPalette::WindowText).lightness();
    return dark ? base.lighter(160) : base;
}

QThread *startWorker(TrafficQuery *worker, const QString &name, QObject *owner)
{
    auto *thread = new QThread(owner);
    thread->setObjectName(name);
    worker->moveToThread(thread);
    // The worker's SQLite connection belongs to its thread: it is closed there, on finished.
    QObject::connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    thread->start();
    return thread;
}

} // namespace

LogModel::LogModel(const QString &databasePath, QObject *parent)
    : QAbstractTableModel(parent)
{
    m_strings.append(QString()); // id 0: empty
    m_stringIds.insert(QString(), 0);
    m_pageWorker = new TrafficQuery(databasePath);
    m_countWorker = new TrafficQuery(databasePath);
    connect(m_pageWorker, &TrafficQuery::pageReady, this, &LogModel::onPage, Qt::QueuedConnection);
    connect(m_countWorker, &TrafficQuery::countReady, this, &LogModel::onCount,
            Qt::QueuedConnection);
    connect(
        m_countWorker, &TrafficQuery::rowReady, this,
        [this](quint64 requestId, const TrafficRow &row, bool found) {
            if (requestId == m_detailsRequest && found)
                Q_EMIT detailsReady(row);
        },
        Qt::QueuedConnection);
    connect(
        m_countWorker, &TrafficQuery::distinctReady, this,
        [this](const QString &column, const QStringList &values) {
            if (column == QLatin1String("region"))
                Q_EMIT regionsReady(values);
        },
        Qt::QueuedConnection);
    m_pageThread = startWorker(m_pageWorker, QStringLiteral("log-pages"), this);
    m_countThread = startWorker(m_countWorker, QStringLiteral("log-counts"), this);
}

LogModel::~LogModel()
{
    for (QThread *thread : {m_pageThread, m_countThread}) {
        thread->quit();
        thread->wait();
    }
}

void LogModel::setPageSizes(int first, int further)
{
    m_firstPage = std::max(1, first);
    m_pageSize = std::max(1, further);
}

void LogModel::setScanBudget(int rows)
{
    QMetaObject::invokeMethod(
        m_pageWorker, [worker = m_pageWorker, rows] { worker->setScanBudget(rows); },
        Qt::QueuedConnection);
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogModel::sidOf(const Row &row)
{
    const qsizetype cut = row.text.indexOf('\n');
    return QString::fromLatin1(cut < 0 ? row.text : row.text.left(cut));
}

QString LogModel::sidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? sidOf(m_rows.at(row)) : QString();
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_rows.size()
        || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    const QString &status = string(row.status);
    switch (role) {
    case SidRole:
        return sidOf(row);
    case StatusRole:
        return status;
    case ChannelRole:
        return string(row.channel);
    case ErrorCodeRole:
        return row.errorCode;
    case IsCallRole:
        return row.call;
    case DateCreatedRole:
        return row.created == NoDate ? QDateTime()
                                     : QDateTime::fromMSecsSinceEpoch(row.created, Qt::UTC);
    default:
        break;
    }
    if (role == Qt::DecorationRole && index.column() == Status)
        return MessageStatusStyle::dotIcon(
            toneColour(row.call ? callTone(status) : MessageStatusStyle::tone(status)));
    if (role == Qt::ForegroundRole && index.column() == Error && row.errorCode != 0)
        return toneColour(MessageStatusStyle::Tone::Bad);
    if (role == Qt::ToolTipRole && index.column() == Error && row.errorCode != 0) {
        const auto info = Core::Twilio::ErrorDictionary::lookup(row.errorCode);
        return info.known ? QStringLiteral("%1 %2").arg(row.errorCode).arg(info.message)
                          : QString::number(row.errorCode);
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Size || index.column() == Price))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case Created:
        return row.created == NoDate
                   ? tr("Unknown")
                   : QLocale().toString(
                       QDateTime::fromMSecsSinceEpoch(row.created, Qt::UTC).toLocalTime(),
                       QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Channel: {
        const QString &channel = string(row.channel);
        if (channel == QLatin1String("voice"))
            return tr("Voice");
        if (channel == QLatin1String("whatsapp"))
            return tr("WhatsApp");
        return tr("SMS");
    }
    case Direction:
        return string(row.direction).startsWith(QLatin1String("inbound")) ? tr("Inbound")
                                                                          : tr("Outbound");
    case From:
        return string(row.from);
    case To:
        return string(row.to);
    case Region:
        return string(row.region);
    case Status:
        if (!row.call)
            return MessageStatusStyle::label(status);
        if (status == QLatin1String("completed"))
            return tr("Completed");
        if (status == QLatin1String("no-answer"))
            return tr("No answer");
        if (status == QLatin1String("busy"))
            return tr("Busy");
        if (status == QLatin1String("ringing"))
            return tr("Ringing");
        if (status == QLatin1String("in-progress"))
            return tr("In progress");
        if (status == QLatin1String("initiated"))
            return tr("Initiated");
        return MessageStatusStyle::label(status);
    case Error: {
        if (row.errorCode == 0)
            return QString();
        const auto info = Core::Twilio::ErrorDictionary::lookup(row.errorCode);
        return info.known ? QStringLiteral("%1 · %2").arg(row.errorCode).arg(info.message)
                          : QString::number(row.errorCode);
    }
    case Size:
        if (row.call)
            return row.size > 0 ? tr("%1 s").arg(row.size) : QString();
        return row.size > 0 ? QString::number(row.size) : QString();
    case Price:
        return string(row.price);
    case Body: {
        const qsizetype cut = row.text.indexOf('\n');
        return cut < 0 ? QString() : QString::fromUtf8(row.text.mid(cut + 1));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Created:
        return tr("Created");
    case Channel:
        return tr("Channel");
    case Direction:
        return tr("Direction");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Region:
        return tr("Region");
    case Status:
        return tr("Status");
    case Error:
        return tr("Error");
    case Size:
        return tr("Segments / s");
    case Price:
        return tr("Price");
    case Body:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

bool LogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void LogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_pending)
        return;
    if (!m_started) {
        m_started = true;
        ++m_countRequest;
        QMetaObject::invokeMethod(
            m_countWorker,
            [worker = m_countWorker, id = m_countRequest, filter = m_filter] {
                worker->requestCount(id, filter);
            },
            Qt::QueuedConnection);
    }
    m_fetchReceived = 0;
    setPending(true);
    requestPage();
}

void LogModel::requestPage()
{
    const int limit = m_rows.isEmpty() ? m_firstPage : m_pageSize;
    ++m_pageRequest;
    QMetaObject::invokeMethod(
        m_pageWorker,
        [worker = m_pageWorker, id = m_pageRequest, filter = m_filter, cursor = m_cursor, limit] {
            worker->requestPage(id, filter, cursor, limit);
        },
        Qt::QueuedConnection);
}

void LogModel::setPending(bool pending)
{
    if (m_pending == pending)
        return;
    m_pending = pending;
    Q_EMIT loadingChanged(pending);
}

void LogModel::setFilter(const Core::Store::TrafficFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_rows.squeeze();
    m_liveSids.clear();
    m_cursor = {};
    m_atEnd = false;
    m_started = false;
    m_count = -1;
    m_error.clear();
    ++m_pageRequest; // a page still on its way belongs to the old filter
    endResetModel();
    setPending(false);
    fetchMore({});
}

void LogModel::reload()
{
    setFilter(m_filter);
}

void LogModel::onPage(const TrafficPage &page)
{
    if (page.requestId != m_pageRequest)
        return;
    if (!page.error.isEmpty()) {
        m_error = page.error;
        m_atEnd = true; // nothing more to fetch until reload()
        setPending(false);
        Q_EMIT queryFailed(page.error);
        return;
    }
    QList<Row> fresh;
    fresh.reserve(page.rows.size());
    for (const TrafficRow &row : page.rows) {
        if (!m_liveSids.isEmpty() && m_liveSids.contains(row.sid))
            continue;
        fresh.append(compact(row));
    }
    m_cursor = page.next;
    m_atEnd = page.atEnd;
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows.append(std::move(fresh));
        endInsertRows();
    }
    m_fetchReceived += int(page.rows.size());
    Q_EMIT pageArrived(int(page.rows.size()));
    // A search page may come back short after its bounded scan: fetch on until half a page
    // arrived, so that the view (which asks again only when scrolled) gets something to show.
    const int wanted = m_rows.size() <= page.rows.size() ? m_firstPage : m_pageSize;
    if (!m_atEnd && m_fetchReceived < wanted / 2) {
        requestPage();
        return;
    }
    setPending(false);
}

void LogModel::onCount(const TrafficCount &count)
{
    if (count.requestId != m_countRequest)
        return;
    if (!count.error.isEmpty()) {
        Q_EMIT queryFailed(count.error);
        return;
    }
    m_count = count.count;
    m_countAtLeast = count.atLeast;
    Q_EMIT countChanged(m_count, m_countAtLeast);
}

void LogModel::requestDetails(const QString &sid)
{
    ++m_detailsRequest;
    QMetaObject::invokeMethod(
        m_countWorker,
        [worker = m_countWorker, id = m_detailsRequest, sid] { worker->requestRow(id, sid); },
        Qt::QueuedConnection);
}

void LogModel::requestRegions()
{
    QMetaObject::invokeMethod(
        m_countWorker,
        [worker = m_countWorker] { worker->requestDistinct(QStringLiteral("region")); },
        Qt::QueuedConnection);
}

int LogModel::intern(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const auto it = m_stringIds.constFind(text);
    if (it != m_stringIds.constEnd())
        return *it;
    const qint32 id = qint32(m_strings.size());
    m_strings.append(text);
    m_stringIds.insert(text, id);
    return id;
}

LogModel::Row LogModel::compact(const TrafficRow &row)
{
    Row r;
    r.created = row.dateCreated.isValid() ? row.dateCreated.toMSecsSinceEpoch() : NoDate;
    r.text = row.sid.toLatin1();
    if (!row.body.isEmpty()) {
        r.text.append('\n');
        r.text.append(row.body.left(PreviewChars).toUtf8());
    }
    r.text.squeeze();
    r.from = intern(row.from);
    r.to = intern(row.to);
    r.status = intern(row.status);
    r.direction = intern(row.direction);
    r.channel = intern(row.channel);
    r.region = intern(row.region);
    r.price
        = intern(row.price.isEmpty() ? QString() : row.price + QLatin1Char(' ') + row.priceUnit);
    r.errorCode = row.errorCode;
    r.call = row.kind == TrafficRow::Kind::Call;
    r.size = r.call ? row.durationS : row.numSegments;
    return r;
}

int LogModel::insertionPoint(qint64 created, const QString &sid) const
{
    // First row that is older than (created, sid).
    const QByteArray key = sid.toLatin1();
    auto older = [&](const Row &row) {
        if (row.created != created)
            return row.created < created;
        const qsizetype cut = row.text.indexOf('\n');
        const QByteArrayView rowSid
            = cut < 0 ? QByteArrayView(row.text) : QByteArrayView(row.text).first(cut);
        return rowSid < QByteArrayView(key);
    };
    const auto it = std::partition_point(m_rows.cbegin(), m_rows.cend(),
                                         [&](const Row &row) { return !older(row); });
    return int(it - m_rows.cbegin());
}

void LogModel::onMessageChanged(const Core::MessageRecord &record)
{
    if (record.sid.isEmpty())
        return;
    const TrafficRow row = TrafficRow::fromMessage(record);
    const qint64 created = row.dateCreated.isValid() ? row.dateCreated.toMSecsSinceEpoch() : NoDate;
    const int at = insertionPoint(created, row.sid);
    if (at > 0 && sidOf(m_rows.at(at - 1)) == row.sid) {
        // Loaded already: the engine sends the merged record, so it replaces the row's fields.
        m_rows[at - 1] = compact(row);
        Q_EMIT dataChanged(index(at - 1, 0), index(at - 1, ColumnCount - 1));
        return;
    }
    if (!m_filter.matches(row))
        return;
    // Older than everything loaded while more is to come: a later page brings it.
    if (at == m_rows.size() && !m_atEnd)
        return;
    beginInsertRows({}, at, at);
    m_rows.insert(at, compact(row));
    endInsertRows();
    m_liveSids.insert(row.sid);
    if (m_count >= 0) {
        ++m_count;
        Q_EMIT countChanged(m_count, m_countAtLeast);
    }
}

} // namespace Vortex::Ui
