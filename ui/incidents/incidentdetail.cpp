// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "incidentdetail.h"

#include "escalationtimelinewidget.h"
#include "incidentsqueryrunner.h"
#include "incidentstyle.h"
#include "severitydelegate.h"
#include "timelinemodel.h"

#include <core/console/consoleengine.h>

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace Vortex::Ui {

using Core::ConsoleEngine;
using Core::EscalationPlan;
using Core::Paging::Incident;
using Core::Paging::IncidentState;
using Core::Paging::Severity;
using Core::Paging::TimelineEntry;

namespace {

const QString settingsGroup = QStringLiteral("ui/incidentDetail");

/// The severity chip of the header.
class SeverityChip : public QWidget
{
public:
    explicit SeverityChip(QWidget *parent)
        : QWidget(parent)
    {
        setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }

    void setSeverity(std::optional<Severity> severity)
    {
        m_severity = severity;
        setAccessibleName(severity ? IncidentStyle::severityDescription(*severity) : QString());
        setToolTip(accessibleName());
        update();
    }

    QSize sizeHint() const override
    {
        QFont bold = font();
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        return {metrics.horizontalAdvance(QStringLiteral("SEV0")) + metrics.height() + 4,
                metrics.height() + 6};
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (!m_severity)
            return;
        QPainter painter(this);
        SeverityDelegate::paintChip(&painter, QRectF(rect()).adjusted(1, 1, -1, -1), *m_severity,
                                    IncidentStyle::severityLabel(*m_severity), palette(), font());
    }

private:
    std::optional<Severity> m_severity;
};

QString linkHtml(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))) {
        return QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped());
    }
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

IncidentDetail::IncidentDetail(const PanelContext &context, IncidentsQueryRunner *runner,
                               QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_runner(runner ? runner : new IncidentsQueryRunner(context.pagingDatabasePath, this))
    , m_stack(new QStackedWidget(this))
    , m_escalation(new EscalationTimelineWidget(this))
    , m_timeline(new TimelineModel(this))
    , m_timelineView(new QTableView(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("incidentDetail"));
    setAccessibleName(tr("Incident detail"));

    auto *empty = new QLabel(tr("Select an incident to see its timeline."), m_stack);
    empty->setObjectName(QStringLiteral("incidentDetailEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setEnabled(false);

    auto *page = new QWidget(m_stack);
    auto *chip = new SeverityChip(page);
    chip->setObjectName(QStringLiteral("incidentSeverityChip"));
    m_chip = chip;
    m_code = new QLabel(page);
    m_code->setObjectName(QStringLiteral("incidentCodeLabel"));
    QFont strong = m_code->font();
    strong.setBold(true);
    m_code->setFont(strong);
    m_state = new QLabel(page);
    m_state->setObjectName(QStringLiteral("incidentStateLabel"));
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("incidentTitleLabel"));
    QFont big = strong;
    big.setPointSizeF(strong.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("incidentSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_link = new QLabel(page);
    m_link->setObjectName(QStringLiteral("incidentLinkLabel"));
    m_link->setTextFormat(Qt::RichText);
    m_link->setOpenExternalLinks(true);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_link->setAccessibleName(tr("Tracking link"));
    m_runbook = new QLabel(page);
    m_runbook->setObjectName(QStringLiteral("incidentRunbookLabel"));
    m_runbook->setTextFormat(Qt::RichText);
    m_runbook->setOpenExternalLinks(true);
    m_runbook->setWordWrap(true);
    m_runbook->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_runbook->setAccessibleName(tr("Runbook"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_chip);
    top->addWidget(m_code);
    top->addWidget(m_state);
    top->addStretch(1);
    auto *header = new QVBoxLayout;
    header->addLayout(top);
    header->addWidget(m_title);
    header->addWidget(m_summary);
    header->addWidget(m_link);
    header->addWidget(m_runbook);

    m_timelineView->setObjectName(QStringLiteral("timelineTable"));
    m_timelineView->setAccessibleName(tr("Incident timeline"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->setWordWrap(false);
    m_timelineView->verticalHeader()->hide();
    QHeaderView *timelineHeader = m_timelineView->horizontalHeader();
    timelineHeader->setStretchLastSection(true);
    timelineHeader->setSectionsMovable(true);
    // Wide enough for a full local time and the longer event names.
    const QFontMetrics metrics(m_timelineView->font());
    const int padding = metrics.height() * 2;
    timelineHeader->resizeSection(
        TimelineModel::TimeColumn,
        metrics.horizontalAdvance(IncidentStyle::localTime(QDateTime::currentDateTimeUtc()))
            + padding);
    timelineHeader->resizeSection(
        TimelineModel::EventColumn,
        metrics.horizontalAdvance(IncidentStyle::kindLabel(QStringLiteral("escalation.tier")))
            + padding);
    timelineHeader->resizeSection(TimelineModel::ChannelColumn,
                                  metrics.horizontalAdvance(QStringLiteral("WhatsApp")) + padding);
    timelineHeader->resizeSection(TimelineModel::StatusColumn,
                                  metrics.horizontalAdvance(QStringLiteral("Undelivered"))
                                      + padding * 2);

    m_splitter = new QSplitter(Qt::Vertical, page);
    m_splitter->setObjectName(QStringLiteral("incidentDetailSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_escalation);
    m_splitter->addWidget(m_timelineView);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(header);
    pageLayout->addWidget(m_splitter, 1);

    m_stack->addWidget(empty);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // Keep following the newest entry when the view was at the bottom.
    connect(m_timeline, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *bar = m_timelineView->verticalScrollBar();
        m_timelineView->setProperty("followBottom", bar->value() >= bar->maximum());
    });
    connect(m_timeline, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_timelineView->property("followBottom").toBool())
            m_timelineView->scrollToBottom();
    });

    connect(m_runner, &IncidentsQueryRunner::planReady, this, &IncidentDetail::applyPlan);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &IncidentDetail::tick);
    m_ticker->start();

    connectEngine();
    restoreState();
}

IncidentDetail::~IncidentDetail()
{
    saveState();
}

void IncidentDetail::connectEngine()
{
    ConsoleEngine *engine = m_context.engine;
    if (!engine)
        return;
    connect(
        engine, &ConsoleEngine::timelineAppended, this,
        [this](const TimelineEntry &entry) {
            if (m_incidentId == 0 || entry.incidentId != m_incidentId)
                return;
            m_timeline->append(entry);
            m_runner->requestPlan(m_incidentId);
        },
        Qt::QueuedConnection);
    connect(
        engine, &ConsoleEngine::incidentChanged, this,
        [this](const Incident &incident) {
            if (m_incidentId == 0 || incident.id != m_incidentId)
                return;
            updateHeader(incident);
            m_runner->requestPlan(m_incidentId);
        },
        Qt::QueuedConnection);
}

void IncidentDetail::setIncident(qint64 incidentId)
{
    if (incidentId == m_incidentId)
        return;
    m_incidentId = incidentId;
    m_incident.reset();
    m_timeline->setIncident(incidentId);
    m_escalation->clear();
    if (incidentId == 0) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_code->clear();
    m_state->clear();
    m_title->setText(tr("Loading…"));
    m_summary->clear();
    m_link->clear();
    m_runbook->clear();
    static_cast<SeverityChip *>(m_chip)->setSeverity(std::nullopt);
    m_stack->setCurrentIndex(1);
    m_runner->requestPlan(incidentId);
}

void IncidentDetail::showIncident(const Incident &incident)
{
    setIncident(incident.id);
    if (incident.id != 0)
        updateHeader(incident);
}

void IncidentDetail::updateHeader(const Incident &incident)
{
    if (m_incident && m_incident->updatedAt.isValid() && incident.updatedAt.isValid()
        && m_incident->updatedAt > incident.updatedAt)
        return; // an older answer than what the engine already told us
    m_incident = incident;
    static_cast<SeverityChip *>(m_chip)->setSeverity(incident.severity);
    m_code->setText(tr("#%1").arg(incident.code));
    QString state = IncidentStyle::stateLabel(incident.state);
    if (incident.state == IncidentState::Snoozed && incident.snoozedUntil.isValid())
        state = tr("Snoozed until %1").arg(IncidentStyle::localTime(incident.snoozedUntil));
    if (!incident.actor.isEmpty() && incident.state != IncidentState::Triggered)
        state = tr("%1 by %2").arg(state, incident.actor);
    m_state->setText(state);
    QPalette statePalette = m_state->palette();
    statePalette.setColor(QPalette::WindowText,
                          IncidentStyle::stateColour(incident.state, palette()));
    m_state->setPalette(statePalette);
    m_title->setText(incident.title);
    m_summary->setText(incident.summary);
    m_summary->setVisible(!incident.summary.isEmpty());
    m_link->setText(incident.link.isEmpty() ? QString()
                                            : tr("Link: %1").arg(linkHtml(incident.link)));
    m_link->setVisible(!incident.link.isEmpty());
    m_runbook->setText(
        incident.runbook.isEmpty() ? QString() : tr("Runbook: %1").arg(linkHtml(incident.runbook)));
    m_runbook->setVisible(!incident.runbook.isEmpty());
}

void IncidentDetail::applyPlan(qint64 incidentId, const EscalationPlan &plan)
{
    if (incidentId != m_incidentId)
        return;
    updateHeader(plan.incident);
    m_timeline->setRecipientNames(plan.recipientNames);
    m_timeline->setEntries(incidentId, plan.timeline);
    m_escalation->setPlan(plan);
    fitEscalation();
}

void IncidentDetail::fitEscalation()
{
    // Until the operator moves the splitter, the drawing gets the height its tiers need.
    const QList<int> sizes = m_splitter->sizes();
    if (m_userSized || sizes.size() != 2)
        return;
    const int total = sizes.at(0) + sizes.at(1);
    if (total <= 0)
        return;
    const int wanted = std::min(m_escalation->sizeHint().height(), total * 3 / 5);
    if (wanted != sizes.at(0))
        m_splitter->setSizes({wanted, total - wanted});
}

void IncidentDetail::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &IncidentDetail::fitEscalation);
}

void IncidentDetail::tick()
{
    if (m_incidentId != 0 && isVisible())
        m_escalation->setNow(QDateTime::currentDateTimeUtc());
}

void IncidentDetail::saveState() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(QStringLiteral("splitterState"), m_splitter->saveState());
    settings.setValue(QStringLiteral("timelineHeaderState"),
                      m_timelineView->horizontalHeader()->saveState());
}

void IncidentDetail::restoreState()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    const QByteArray splitter = settings.value(QStringLiteral("splitterState")).toByteArray();
    if (!splitter.isEmpty() && m_splitter->restoreState(splitter))
        m_userSized = true;
    const QByteArray header = settings.value(QStringLiteral("timelineHeaderState")).toByteArray();
    if (!header.isEmpty())
        m_timelineView->horizontalHeader()->restoreState(header);
}

} // namespace Vortex::Ui
