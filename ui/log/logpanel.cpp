// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "logpanel.h"

#include "core/console/consoleengine.h"
#include "core/store/trafficquery.h"
#include "logdetailspane.h"
#include "logmodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Vortex::Ui {

using Core::Store::TrafficFilter;
using Core::Store::TrafficRow;

namespace {

constexpr int DebounceMs = 300;
const auto HeaderStateKey = QLatin1String("ui/logPanel/headerState");
const auto SplitterStateKey = QLatin1String("ui/logPanel/splitterState");

QLineEdit *filterEdit(QWidget *parent, const QString &name, const QString &placeholder,
                      const QString &accessible)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(accessible);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

LogPanel::LogPanel(const PanelContext &context, QWidget *parent)
    : QWidget(parent)
    , m_model(new LogModel(context.messagesDatabasePath, this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("logPanel"));
    setAccessibleName(tr("Messages and calls log"));

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("logStatusFilter"));
    m_status->setAccessibleName(tr("Status"));
    const auto add = [this](const QString &label, const QStringList &statuses) {
        m_status->addItem(label, statuses);
    };
    add(tr("All statuses"), {});
    add(tr("Delivered or read"), {QStringLiteral("delivered"), QStringLiteral("read")});
    add(tr("Problems"), {QStringLiteral("undelivered"), QStringLiteral("failed")});
    add(tr("Undelivered"), {QStringLiteral("undelivered")});
    add(tr("Failed"), {QStringLiteral("failed")});
    add(tr("In flight"),
        {QStringLiteral("accepted"), QStringLiteral("scheduled"), QStringLiteral("queued"),
         QStringLiteral("sending"), QStringLiteral("sent"), QStringLiteral("initiated"),
         QStringLiteral("ringing"), QStringLiteral("in-progress")});
    add(tr("Received"), {QStringLiteral("received")});
    add(tr("Calls answered"), {QStringLiteral("completed")});
    add(tr("Calls not answered"),
        {QStringLiteral("no-answer"), QStringLiteral("busy"), QStringLiteral("canceled")});

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("logChannelFilter"));
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->addItem(tr("All channels"), QString());
    m_channel->addItem(tr("SMS"), QStringLiteral("sms"));
    m_channel->addItem(tr("WhatsApp"), QStringLiteral("whatsapp"));
    m_channel->addItem(tr("Voice"), QStringLiteral("voice"));

    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("logRegionFilter"));
    m_region->setAccessibleName(tr("Region"));
    m_region->addItem(tr("All regions"), QString());

    m_recipient = filterEdit(this, QStringLiteral("logRecipientFilter"), tr("Recipient"),
                             tr("Recipient number"));
    m_sender = filterEdit(this, QStringLiteral("logSenderFilter"), tr("Sender"), tr("Sender"));
    m_errorCode
        = filterEdit(this, QStringLiteral("logErrorFilter"), tr("Error code"), tr("Error code"));
    m_errorCode->setValidator(new QIntValidator(0, 99999, m_errorCode));
    m_errorCode->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12);
    m_search = filterEdit(this, QStringLiteral("logSearch"),
                          tr("Search SID, number or text (Ctrl+F)"), tr("Search"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("logCount"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status);
    bar->addWidget(m_channel);
    bar->addWidget(m_region);
    bar->addWidget(m_recipient);
    bar->addWidget(m_sender);
    bar->addWidget(m_errorCode);
    bar->addWidget(m_search, 2);
    bar->addWidget(m_count);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("logTable"));
    m_view->setAccessibleName(tr("Messages and calls"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Uniform rows: the view never measures a million rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(LogModel::Created, digit * 21);
    m_view->setColumnWidth(LogModel::Channel, digit * 10);
    m_view->setColumnWidth(LogModel::Direction, digit * 10);
    m_view->setColumnWidth(LogModel::From, digit * 17);
    m_view->setColumnWidth(LogModel::To, digit * 24);
    m_view->setColumnWidth(LogModel::Region, digit * 7);
    m_view->setColumnWidth(LogModel::Status, digit * 14);
    m_view->setColumnWidth(LogModel::Error, digit * 26);
    m_view->setColumnWidth(LogModel::Size, digit * 9);
    m_view->setColumnWidth(LogModel::Price, digit * 12);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("logPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setWordWrap(true);

    m_details = new LogDetailsPane(this);
    auto *tableArea = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_placeholder);
    tableLayout->addWidget(m_view, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("logSplitter"));
    splitter->addWidget(tableArea);
    splitter->addWidget(m_details);
    // About 60/40: the details pane needs room for the message body and the error text.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    auto *findAction = new QAction(tr("Search the log"), this);
    findAction->setObjectName(QStringLiteral("actionLogSearch"));
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(findAction);
    auto *reloadAction = new QAction(tr("Reload the log"), this);
    reloadAction->setObjectName(QStringLiteral("actionLogReload"));
    reloadAction->setShortcut(QKeySequence::Refresh);
    reloadAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(reloadAction, &QAction::triggered, this, [this] {
        m_model->reload();
        m_model->requestRegions();
    });
    addAction(reloadAction);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &LogPanel::applyFilter);
    for (QComboBox *combo : {m_status, m_channel, m_region})
        connect(combo, &QComboBox::currentIndexChanged, this, &LogPanel::applyFilter);
    for (QLineEdit *edit : {m_recipient, m_sender, m_errorCode, m_search}) {
        connect(edit, &QLineEdit::textEdited, this, &LogPanel::scheduleApply);
        connect(edit, &QLineEdit::returnPressed, this, &LogPanel::applyFilter);
        // The clear button does not count as an edit.
        connect(edit, &QLineEdit::textChanged, this, [this](const QString &text) {
            if (text.isEmpty())
                scheduleApply();
        });
    }

    connect(m_model, &LogModel::loadingChanged, this, &LogPanel::updatePlaceholder);
    connect(m_model, &LogModel::modelReset, this, &LogPanel::updatePlaceholder);
    connect(m_model, &LogModel::rowsInserted, this, &LogPanel::updatePlaceholder);
    connect(m_model, &LogModel::countChanged, this, &LogPanel::updateCount);
    connect(m_model, &LogModel::queryFailed, this, [this](const QString &message) {
        m_placeholder->setText(tr("The log cannot be read: %1").arg(message));
        m_placeholder->setVisible(true);
    });
    connect(m_model, &LogModel::regionsReady, this, [this](const QStringList &regions) {
        const QString current = m_region->currentData().toString();
        QSignalBlocker block(m_region);
        while (m_region->count() > 1)
            m_region->removeItem(1);
        for (const QString &region : regions) {
            const QString country = QLocale::territoryToString(QLocale::codeToTerritory(region));
            m_region->addItem(country.isEmpty() ? region
                                                : QStringLiteral("%1 · %2").arg(region, country),
                              region);
        }
        m_region->setCurrentIndex(std::max(0, m_region->findData(current)));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showDetailsFor(current); });
    connect(m_model, &LogModel::detailsReady, m_details, &LogDetailsPane::showRow);
    connect(m_model, &LogModel::modelReset, m_details, &LogDetailsPane::clear);

    if (context.engine)
        connect(context.engine, &Core::ConsoleEngine::messageChanged, m_model,
                &LogModel::onMessageChanged, Qt::QueuedConnection);

    restoreState();
    m_model->reload();
    m_model->requestRegions();
    updatePlaceholder();
}

LogPanel::~LogPanel()
{
    saveState();
}

TrafficFilter LogPanel::currentFilter() const
{
    TrafficFilter filter;
    filter.statuses = m_status->currentData().toStringList();
    filter.channel = m_channel->currentData().toString();
    filter.region = m_region->currentData().toString();
    filter.recipient = m_recipient->text().trimmed().remove(QLatin1Char(' '));
    filter.sender = m_sender->text().trimmed();
    bool ok = false;
    const int code = m_errorCode->text().trimmed().toInt(&ok);
    if (ok)
        filter.errorCode = code;
    filter.search = m_search->text().trimmed();
    return filter;
}

void LogPanel::scheduleApply()
{
    m_debounce->start();
}

void LogPanel::applyFilter()
{
    m_debounce->stop();
    const TrafficFilter filter = currentFilter();
    if (filter == m_model->filter())
        return;
    m_count->clear();
    m_model->setFilter(filter);
}

void LogPanel::updatePlaceholder()
{
    if (!m_model->lastError().isEmpty())
        return;
    if (m_model->rowCount() > 0) {
        m_placeholder->setVisible(false);
        return;
    }
    if (m_model->isLoading() || !m_model->atEnd()) {
        m_placeholder->setText(tr("Loading messages and calls…"));
    } else if (m_model->filter().isEmpty()) {
        m_placeholder->setText(tr("No messages or calls yet."));
    } else {
        m_placeholder->setText(tr("No messages or calls match these filters."));
    }
    m_placeholder->setVisible(true);
}

void LogPanel::updateCount(qint64 count, bool atLeast)
{
    const QString number = QLocale().toString(count);
    m_count->setText(atLeast ? tr("%1+ rows").arg(number)
                             : tr("%n row(s)", nullptr, int(std::min<qint64>(count, INT_MAX))));
    if (!atLeast && count > 9999)
        m_count->setText(tr("%1 rows").arg(number));
}

void LogPanel::showDetailsFor(const QModelIndex &index)
{
    const QString sid = index.isValid() ? m_model->sidAt(index.row()) : QString();
    if (sid.isEmpty()) {
        m_details->clear();
        return;
    }
    m_model->requestDetails(sid);
}

void LogPanel::saveState() const
{
    QSettings settings;
    settings.setValue(HeaderStateKey, m_view->horizontalHeader()->saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("logSplitter")))
        settings.setValue(SplitterStateKey, splitter->saveState());
}

void LogPanel::restoreState()
{
    QSettings settings;
    const QByteArray header = settings.value(HeaderStateKey).toByteArray();
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
    const QByteArray split = settings.value(SplitterStateKey).toByteArray();
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("logSplitter"));
        splitter && !split.isEmpty())
        splitter->restoreState(split);
}

} // namespace Vortex::Ui
