// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "messagespanel.h"

#include <ui/models/messagesmodel.h>
#include <ui/models/messagessortfiltermodel.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace Vortex::Ui {

namespace {

const QString settingsGroup = QStringLiteral("ui/messagesPanel");
const QString headerKey = QStringLiteral("headerState");

} // namespace

MessagesPanel::MessagesPanel(MessagesModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new MessagesSortFilterModel(this))
    , m_statusCombo(new QComboBox(this))
    , m_searchEdit(new QLineEdit(this))
    , m_countLabel(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("messagesPanel"));
    m_proxy->setSourceModel(model);

    using Filter = MessagesSortFilterModel::StatusFilter;
    m_statusCombo->setObjectName(QStringLiteral("statusFilter"));
    m_statusCombo->setAccessibleName(tr("Status filter"));
    m_statusCombo->addItem(tr("All statuses"), QVariant::fromValue(Filter::All));
    m_statusCombo->addItem(tr("In flight"), QVariant::fromValue(Filter::InFlight));
    m_statusCombo->addItem(tr("Delivered"), QVariant::fromValue(Filter::Delivered));
    m_statusCombo->addItem(tr("Failed or undelivered"), QVariant::fromValue(Filter::Problems));
    m_statusCombo->addItem(tr("Inbound replies"), QVariant::fromValue(Filter::Inbound));

    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search number, text or SID"));
    m_searchEdit->setAccessibleName(tr("Search messages"));
    m_searchEdit->setClearButtonEnabled(true);
    m_countLabel->setObjectName(QStringLiteral("messageCount"));

    m_view->setObjectName(QStringLiteral("messagesTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MessagesModel::TimeCreatedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);

    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_statusCombo);
    filterBar->addWidget(m_searchEdit, 1);
    filterBar->addWidget(m_countLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterBar);
    layout->addWidget(m_view, 1);

    connect(m_statusCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatusFilter(m_statusCombo->currentData().value<Filter>()); });
    connect(m_searchEdit, &QLineEdit::textChanged, m_proxy,
            &MessagesSortFilterModel::setTextFilter);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MessagesPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MessagesPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MessagesPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MessagesPanel::updateCount);

    restoreState();
    updateCount();
}

MessagesPanel::~MessagesPanel()
{
    saveState();
}

void MessagesPanel::saveState() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(headerKey, m_view->horizontalHeader()->saveState());
}

void MessagesPanel::restoreState()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    const QByteArray state = settings.value(headerKey).toByteArray();
    if (state.isEmpty() || !m_view->horizontalHeader()->restoreState(state)) {
        m_view->setColumnWidth(MessagesModel::TimeCreatedColumn, 170);
        m_view->setColumnWidth(MessagesModel::ToColumn, 130);
        m_view->setColumnWidth(MessagesModel::FromColumn, 130);
        m_view->setColumnWidth(MessagesModel::ErrorColumn, 220);
    }
}

void MessagesPanel::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_countLabel->setText(shown == total ? tr("%n message(s)", nullptr, total)
                                         : tr("%1 of %n message(s)", nullptr, total).arg(shown));
}

} // namespace Vortex::Ui

#include "moc_messagespanel.cpp"
