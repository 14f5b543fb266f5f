// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "routingform.h"

#include "editorstyle.h"
#include "quiethoursgrid.h"
#include "ratecapsmodel.h"
#include "sendersmodel.h"

#include <QCheckBox>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Vortex::Ui {

using Core::Paging::Channel;
using Core::Paging::RateCap;
using Core::Paging::RoutingPolicy;
using Core::Paging::Sender;
using Core::Paging::SenderKind;
using Core::Paging::SenderRoute;

namespace {

QLabel *errorLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->hide();
    return label;
}

QPushButton *button(const QString &text, const QString &objectName, const QString &accessible)
{
    auto *b = new QPushButton(text);
    b->setObjectName(objectName);
    b->setAccessibleName(accessible);
    return b;
}

QString channelText(Channel channel)
{
    switch (channel) {
    case Channel::Sms:
        return RoutingForm::tr("SMS");
    case Channel::Voice:
        return RoutingForm::tr("Voice call");
    case Channel::WhatsApp:
        return RoutingForm::tr("WhatsApp");
    }
    return {};
}

QString regionText(const QString &region)
{
    return region == u"*" ? RoutingForm::tr("* (every other region)") : region;
}

} // namespace

RoutingForm::RoutingForm(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildChannels());
    layout->addWidget(buildQuietHours());
    layout->addWidget(buildRateCaps());
    layout->addWidget(buildSenders());
}

QWidget *RoutingForm::buildChannels()
{
    auto *box = new QGroupBox(tr("Channel order"));
    auto *layout = new QVBoxLayout(box);
    auto *hint
        = new QLabel(tr("Checked channels are tried from the top; a channel needs a number."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *row = new QHBoxLayout;
    m_channels = new QListWidget;
    m_channels->setObjectName(QStringLiteral("channelList"));
    m_channels->setAccessibleName(tr("Channel order"));
    m_channels->setDragDropMode(QAbstractItemView::InternalMove);
    m_channels->setMaximumHeight(m_channels->sizeHintForRow(0) * 4 + 80);
    row->addWidget(m_channels, 1);
    auto *buttons = new QVBoxLayout;
    auto *up = button(tr("Move up"), QStringLiteral("channelUpButton"), tr("Move channel up"));
    auto *down
        = button(tr("Move down"), QStringLiteral("channelDownButton"), tr("Move channel down"));
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addStretch();
    row->addLayout(buttons);
    layout->addLayout(row);
    m_channelsError = errorLabel(QStringLiteral("channelsError"));
    layout->addWidget(m_channelsError);

    connect(up, &QPushButton::clicked, this, [this] { moveChannel(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveChannel(1); });
    connect(m_channels, &QListWidget::itemChanged, this, [this] { channelsEdited(); });
    connect(m_channels->model(), &QAbstractItemModel::rowsMoved, this,
            [this] { channelsEdited(); });
    return box;
}

QWidget *RoutingForm::buildQuietHours()
{
    auto *box = new QGroupBox(tr("Quiet hours"));
    auto *layout = new QVBoxLayout(box);
    m_zoneLabel = new QLabel;
    m_zoneLabel->setObjectName(QStringLiteral("quietZoneLabel"));
    m_zoneLabel->setWordWrap(true);
    layout->addWidget(m_zoneLabel);
    m_grid = new QuietHoursGrid;
    m_grid->setObjectName(QStringLiteral("quietHoursGrid"));
    layout->addWidget(m_grid);
    m_quietNote = new QLabel(tr("Some stored windows do not start or end on a half hour; the grid "
                                "shows them widened, and painting saves them as shown."));
    m_quietNote->setObjectName(QStringLiteral("quietHoursNote"));
    m_quietNote->setWordWrap(true);
    m_quietNote->hide();
    layout->addWidget(m_quietNote);
    auto *row = new QHBoxLayout;
    m_sev1Override = new QCheckBox(tr("Sev1 incidents page during quiet hours"));
    m_sev1Override->setObjectName(QStringLiteral("sev1OverrideCheck"));
    row->addWidget(m_sev1Override, 1);
    auto *clear = button(tr("Clear"), QStringLiteral("quietClearButton"), tr("Clear quiet hours"));
    row->addWidget(clear);
    layout->addLayout(row);
    m_quietError = errorLabel(QStringLiteral("quietHoursError"));
    layout->addWidget(m_quietError);

    connect(m_grid, &QuietHoursGrid::weekEdited, this, [this](const QuietWeek &week) {
        m_value.quietHours = week.windows();
        m_quietNote->hide();
        Q_EMIT edited();
    });
    connect(clear, &QPushButton::clicked, this, [this] {
        m_grid->setWeek(QuietWeek());
        m_value.quietHours.clear();
        m_quietNote->hide();
        Q_EMIT edited();
    });
    connect(m_sev1Override, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading)
            return;
        m_value.sev1OverridesQuietHours = on;
        Q_EMIT edited();
    });
    return box;
}

QWidget *RoutingForm::buildRateCaps()
{
    auto *box = new QGroupBox(tr("Rate caps"));
    auto *layout = new QVBoxLayout(box);
    auto *hint = new QLabel(tr("Every cap holds at once; pages over a cap wait and are bundled, "
                               "never dropped."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *row = new QHBoxLayout;
    m_capsModel = new RateCapsModel(this);
    m_capsTable = new QTableView;
    m_capsTable->setObjectName(QStringLiteral("rateCapsTable"));
    m_capsTable->setAccessibleName(tr("Rate caps"));
    m_capsTable->setModel(m_capsModel);
    m_capsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_capsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_capsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_capsTable->setMaximumHeight(150);
    row->addWidget(m_capsTable, 1);
    auto *buttons = new QVBoxLayout;
    auto *add = button(tr("Add cap"), QStringLiteral("addCapButton"), tr("Add rate cap"));
    auto *remove
        = button(tr("Remove cap"), QStringLiteral("removeCapButton"), tr("Remove rate cap"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    row->addLayout(buttons);
    layout->addLayout(row);
    m_capsError = errorLabel(QStringLiteral("rateCapsError"));
    layout->addWidget(m_capsError);

    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_capsModel->appendCap(RateCap{3, 15});
        m_capsTable->setCurrentIndex(m_capsModel->index(row, RateCapsModel::MaxPages));
    });
    connect(remove, &QPushButton::clicked, this,
            [this] { m_capsModel->removeCap(m_capsTable->currentIndex().row()); });
    connect(m_capsModel, &RateCapsModel::capsEdited, this, [this] {
        m_value.rateCaps = m_capsModel->caps();
        Q_EMIT edited();
    });
    return box;
}

QWidget *RoutingForm::buildSenders()
{
    auto *box = new QGroupBox(tr("Senders by destination region"));
    auto *layout = new QVBoxLayout(box);
    auto *hint = new QLabel(tr("Each region (ISO code such as GB, or * for every other region) "
                               "lists its senders in fallback order: the first that can carry "
                               "the channel is used, the next one when it fails."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *row = new QHBoxLayout;

    auto *regionColumn = new QVBoxLayout;
    m_regions = new QListWidget;
    m_regions->setObjectName(QStringLiteral("regionList"));
    m_regions->setAccessibleName(tr("Regions"));
    m_regions->setMaximumWidth(200);
    regionColumn->addWidget(m_regions);
    auto *regionRow = new QHBoxLayout;
    m_regionEdit = new QLineEdit;
    m_regionEdit->setObjectName(QStringLiteral("regionEdit"));
    m_regionEdit->setAccessibleName(tr("New region"));
    m_regionEdit->setPlaceholderText(tr("GB, US or *"));
    m_regionEdit->setMaxLength(2);
    auto *addRegionButton = button(tr("Add"), QStringLiteral("addRegionButton"), tr("Add region"));
    regionRow->addWidget(m_regionEdit);
    regionRow->addWidget(addRegionButton);
    regionColumn->addLayout(regionRow);
    auto *removeRegion
        = button(tr("Remove region"), QStringLiteral("removeRegionButton"), tr("Remove region"));
    regionColumn->addWidget(removeRegion);
    row->addLayout(regionColumn);

    m_sendersModel = new SendersModel(this);
    m_sendersTable = new QTableView;
    m_sendersTable->setObjectName(QStringLiteral("sendersTable"));
    m_sendersTable->setAccessibleName(tr("Senders in fallback order"));
    m_sendersTable->setModel(m_sendersModel);
    m_sendersTable->setItemDelegate(new SenderKindDelegate(m_sendersTable));
    m_sendersTable->horizontalHeader()->setStretchLastSection(true);
    m_sendersTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sendersTable->setSelectionMode(QAbstractItemView::SingleSelection);
    row->addWidget(m_sendersTable, 1);
    auto *buttons = new QVBoxLayout;
    auto *add = button(tr("Add sender"), QStringLiteral("addSenderButton"), tr("Add sender"));
    auto *remove
        = button(tr("Remove sender"), QStringLiteral("removeSenderButton"), tr("Remove sender"));
    auto *up = button(tr("Move up"), QStringLiteral("senderUpButton"), tr("Move sender up"));
    auto *down
        = button(tr("Move down"), QStringLiteral("senderDownButton"), tr("Move sender down"));
    for (QPushButton *b : {add, remove, up, down})
        buttons->addWidget(b);
    buttons->addStretch();
    row->addLayout(buttons);
    layout->addLayout(row);
    m_sendersError = errorLabel(QStringLiteral("sendersError"));
    layout->addWidget(m_sendersError);

    connect(m_regions, &QListWidget::currentRowChanged, this, [this](int row) { showRegion(row); });
    connect(addRegionButton, &QPushButton::clicked, this, [this] { addRegion(); });
    connect(m_regionEdit, &QLineEdit::returnPressed, this, [this] { addRegion(); });
    connect(removeRegion, &QPushButton::clicked, this, [this] {
        const int row = m_regions->currentRow();
        if (row < 0 || row >= m_value.senders.size())
            return;
        m_value.senders.removeAt(row);
        delete m_regions->takeItem(row);
        showRegion(m_regions->currentRow());
        Q_EMIT edited();
    });
    connect(add, &QPushButton::clicked, this, [this] {
        if (m_region < 0)
            return;
        const int row = m_sendersModel->appendSender(Sender{SenderKind::LongCode, QString()});
        const QModelIndex address = m_sendersModel->index(row, SendersModel::Address);
        m_sendersTable->setCurrentIndex(address);
        m_sendersTable->edit(address);
    });
    connect(remove, &QPushButton::clicked, this,
            [this] { m_sendersModel->removeSender(m_sendersTable->currentIndex().row()); });
    auto move = [this](int delta) {
        const QModelIndex current = m_sendersTable->currentIndex();
        const int row = m_sendersModel->moveSender(current.row(), delta);
        m_sendersTable->setCurrentIndex(m_sendersModel->index(row, std::max(0, current.column())));
    };
    connect(up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(down, &QPushButton::clicked, this, [move] { move(1); });
    connect(m_sendersModel, &SendersModel::sendersEdited, this, [this] {
        if (m_region < 0 || m_region >= m_value.senders.size())
            return;
        m_value.senders[m_region].senders = m_sendersModel->senders();
        Q_EMIT edited();
    });
    return box;
}

void RoutingForm::setRouting(const RoutingPolicy &routing, const QString &timeZone)
{
    m_loading = true;
    m_value = routing;
    m_channels->clear();
    QList<Channel> order = routing.channelOrder;
    for (Channel channel : {Channel::Sms, Channel::Voice, Channel::WhatsApp}) {
        if (!order.contains(channel))
            order.append(channel);
    }
    for (Channel channel : order) {
        auto *item = new QListWidgetItem(channelText(channel), m_channels);
        item->setData(Qt::UserRole, int(channel));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                       | Qt::ItemIsDragEnabled);
        item->setCheckState(routing.channelOrder.contains(channel) ? Qt::Checked : Qt::Unchecked);
    }
    bool exact = true;
    m_grid->setWeek(QuietWeek::fromWindows(routing.quietHours, &exact));
    m_quietNote->setVisible(!exact);
    m_sev1Override->setChecked(routing.sev1OverridesQuietHours);
    m_capsModel->setCaps(routing.rateCaps);
    m_regions->clear();
    for (const SenderRoute &route : routing.senders)
        m_regions->addItem(regionText(route.region));
    m_region = -1;
    m_loading = false;
    m_regions->setCurrentRow(routing.senders.isEmpty() ? -1 : 0);
    showRegion(m_regions->currentRow());
    setTimeZone(timeZone);
}

void RoutingForm::setTimeZone(const QString &timeZone)
{
    m_timeZone = timeZone;
    const QTimeZone zone(timeZone.toUtf8());
    m_grid->setTimeZone(zone);
    updateZoneLabel();
}

void RoutingForm::updateZoneLabel()
{
    const QTimeZone zone(m_timeZone.toUtf8());
    if (!zone.isValid()) {
        m_zoneLabel->setText(tr("Times are in the recipient's time zone (choose one above)."));
        return;
    }
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(zone);
    const int offset = zone.offsetFromUtc(now);
    const QString sign = offset < 0 ? QStringLiteral("−") : QStringLiteral("+");
    const QString utc = QStringLiteral("UTC%1%2:%3")
                            .arg(sign)
                            .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                            .arg((std::abs(offset) % 3600) / 60, 2, 10, QLatin1Char('0'));
    m_zoneLabel->setText(
        tr("Times are in %1 (%2); it is %3 there now. Drag to paint quiet "
           "hours, drag from a quiet cell to erase.")
            .arg(m_timeZone, utc, QLocale().toString(now, QStringLiteral("ddd HH:mm"))));
}

void RoutingForm::channelsEdited()
{
    if (m_loading)
        return;
    QList<Channel> order;
    for (int row = 0; row < m_channels->count(); ++row) {
        const QListWidgetItem *item = m_channels->item(row);
        if (item->checkState() == Qt::Checked)
            order.append(Channel(item->data(Qt::UserRole).toInt()));
    }
    if (order == m_value.channelOrder)
        return;
    m_value.channelOrder = order;
    Q_EMIT edited();
}

void RoutingForm::moveChannel(int delta)
{
    const int row = m_channels->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_channels->count())
        return;
    QListWidgetItem *item = m_channels->takeItem(row);
    m_channels->insertItem(target, item);
    m_channels->setCurrentRow(target);
    channelsEdited();
}

void RoutingForm::showRegion(int row)
{
    m_region = row >= 0 && row < m_value.senders.size() ? row : -1;
    m_sendersModel->setSenders(m_region >= 0 ? m_value.senders.at(m_region).senders
                                             : QList<Sender>{});
    m_sendersTable->setEnabled(m_region >= 0);
    updateSenderProblems();
}

void RoutingForm::addRegion()
{
    const QString region = m_regionEdit->text().trimmed().toUpper();
    if (region.isEmpty())
        return;
    for (qsizetype i = 0; i < m_value.senders.size(); ++i) {
        if (m_value.senders.at(i).region == region) {
            m_regions->setCurrentRow(int(i));
            return;
        }
    }
    m_value.senders.append(SenderRoute{region, {}});
    m_regions->addItem(regionText(region));
    m_regionEdit->clear();
    m_regions->setCurrentRow(m_regions->count() - 1);
    Q_EMIT edited();
}

void RoutingForm::setProblems(const QList<FieldProblem> &problems)
{
    m_problems = problems;
    EditorStyle::showFieldError(m_channelsError,
                                problemsFor(problems, QStringLiteral("routing.channelOrder")));
    EditorStyle::showFieldError(m_quietError,
                                problemsFor(problems, QStringLiteral("routing.quietHours")));
    EditorStyle::showFieldError(m_capsError,
                                problemsFor(problems, QStringLiteral("routing.rateCaps")));
    QHash<int, QString> capRows;
    for (const FieldProblem &problem : problems) {
        if (problem.field() == u"routing.rateCaps" && problem.index() >= 0)
            capRows[problem.index()]
                += (capRows.contains(problem.index()) ? QStringLiteral("\n") : QString())
                   + problem.text;
    }
    m_capsModel->setProblems(capRows);
    EditorStyle::showFieldError(m_sendersError,
                                problemsFor(problems, QStringLiteral("routing.senders")));
    updateSenderProblems();
}

void RoutingForm::updateSenderProblems()
{
    QHash<int, QString> rows;
    for (const FieldProblem &problem : std::as_const(m_problems)) {
        if (problem.field() == u"routing.senders" && problem.index() == m_region
            && problem.subIndex() >= 0)
            rows[problem.subIndex()] = problem.text;
    }
    m_sendersModel->setProblems(rows);
}

} // namespace Vortex::Ui
