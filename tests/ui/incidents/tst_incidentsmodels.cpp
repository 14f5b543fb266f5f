// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The incident panels' models (QAbstractItemModelTester, Fatal), styles, the escalation
// timeline widget, the raise dialog, and the board and detail reading a real paging store through
// their query worker (no engine).
#include <ui/incidents/escalationtimelinewidget.h>
#include <ui/incidents/incidentdetail.h>
#include <ui/incidents/incidentsboard.h>
#include <ui/incidents/incidentsfiltermodel.h>
#include <ui/incidents/incidentsmodel.h>
#include <ui/incidents/incidentstyle.h>
#include <ui/incidents/raiseincidentdialog.h>
#include <ui/incidents/timelinemodel.h>
#include <ui/models/messagestatusstyle.h>

#include <core/paging/sqlitepagingstore.h>
#include <core/twilio/errordictionary.h>

#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Vortex;
using Core::ActualEvent;
using Core::EscalationPlan;
using Core::IncidentSummary;
using Core::PlannedStep;
using Core::Paging::Incident;
using Core::Paging::IncidentState;
using Core::Paging::Severity;
using Core::Paging::StepKind;
using Core::Paging::TimelineEntry;
using Ui::IncidentsFilterModel;
using Ui::IncidentsModel;
using Ui::IncidentStyle;
using Ui::TimelineModel;

namespace {

const QDateTime T0(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

QDateTime minutes(int m)
{
    return T0.addSecs(qint64(m) * 60);
}

Incident makeIncident(qint64 id, Severity severity, IncidentState state, int createdAt)
{
    Incident i;
    i.id = id;
    i.code = QString::number(id + 10);
    i.severity = severity;
    i.state = state;
    i.title = QStringLiteral("Incident %1").arg(id);
    i.summary = QStringLiteral("Summary of %1").arg(id);
    i.source = QStringLiteral("vortex-iq");
    i.createdAt = minutes(createdAt);
    i.updatedAt = i.createdAt;
    return i;
}

IncidentSummary summaryOf(const Incident &incident, QStringList paged = {}, QDateTime next = {},
                          QString nextText = {})
{
    IncidentSummary s;
    s.incident = incident;
    s.pagedRecipients = std::move(paged);
    s.lastPageStatus = s.pagedRecipients.isEmpty() ? QString() : QStringLiteral("delivered");
    s.nextEscalationAt = std::move(next);
    s.nextEscalationText = std::move(nextText);
    return s;
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

QList<qint64> idsInOrder(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(IncidentsModel::IncidentIdRole).toLongLong();
    return ids;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf5, 0xf5, 0xf5));
    p.setColor(QPalette::WindowText, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, QColor(0x10, 0x10, 0x10));
    return p;
}

} // namespace

TEST(IncidentStyleTest, CountdownsAgesAndPaletteAwareSeverityColours)
{
    EXPECT_EQ(IncidentStyle::countdownText(222), QStringLiteral("in 3:42"));
    EXPECT_EQ(IncidentStyle::countdownText(3723), QStringLiteral("in 1:02:03"));
    EXPECT_EQ(IncidentStyle::countdownText(0), QStringLiteral("due now"));
    EXPECT_EQ(IncidentStyle::countdownText(-30), QStringLiteral("due now"));
    EXPECT_EQ(IncidentStyle::ageText(45), QStringLiteral("45 s"));
    EXPECT_EQ(IncidentStyle::ageText(180), QStringLiteral("3 min"));
    EXPECT_EQ(IncidentStyle::ageText(2 * 3600 + 5 * 60), QStringLiteral("2 h 05 min"));
    EXPECT_EQ(IncidentStyle::ageText(3 * 86400 + 4 * 3600), QStringLiteral("3 d 4 h"));
    EXPECT_EQ(IncidentStyle::kindLabel(QStringLiteral("page.status")),
              QStringLiteral("Page status"));
    EXPECT_EQ(IncidentStyle::kindLabel(QStringLiteral("x.new")), QStringLiteral("x.new"));

    const QPalette light = lightPalette();
    const QPalette dark = darkPalette();
    EXPECT_FALSE(IncidentStyle::isDark(light));
    EXPECT_TRUE(IncidentStyle::isDark(dark));
    for (Severity s : {Severity::Sev1, Severity::Sev2, Severity::Sev3, Severity::Sev4}) {
        const QColor onLight = IncidentStyle::severityColour(s, light);
        const QColor onDark = IncidentStyle::severityColour(s, dark);
        EXPECT_NE(onLight, onDark) << int(s);
        EXPECT_GT(onDark.lightness(), onLight.lightness()) << "lighter chips on dark palettes";
        // The chip's text contrasts with the chip.
        const QColor text = IncidentStyle::textOn(onLight);
        EXPECT_GT(std::abs(text.lightness() - onLight.lightness()), 80) << int(s);
    }
    const QColor sev1 = IncidentStyle::severityColour(Severity::Sev1, light);
    const QColor sev4 = IncidentStyle::severityColour(Severity::Sev4, light);
    EXPECT_GT(sev1.red(), sev1.green() + 100) << "sev1 is red";
    EXPECT_EQ(sev4.hslSaturation(), 0) << "sev4 is grey";
}

TEST(IncidentsModelTest, FollowsEngineAndWorkerWithoutResetsAndTicks)
{
    IncidentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setNow(minutes(10));

    Incident a = makeIncident(1, Severity::Sev1, IncidentState::Triggered, 0);
    EXPECT_TRUE(model.upsertIncident(a));
    EXPECT_FALSE(model.upsertIncident(a));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(cell(model, 0, IncidentsModel::SeverityColumn), QStringLiteral("SEV1"));
    EXPECT_EQ(cell(model, 0, IncidentsModel::CodeColumn), QStringLiteral("#11"));
    EXPECT_EQ(cell(model, 0, IncidentsModel::StateColumn), QStringLiteral("Triggered"));
    EXPECT_EQ(cell(model, 0, IncidentsModel::AgeColumn), QStringLiteral("10 min"));
    EXPECT_EQ(cell(model, 0, IncidentsModel::NextEscalationColumn), QStringLiteral("—"));

    // The worker's summary adds who was paged and the next step.
    const QDateTime next = minutes(10).addSecs(222);
    model.setSummaries(
        {summaryOf(a, {QStringLiteral("Alice Morgan")}, next, QStringLiteral("tier 2: Bob Carter")),
         summaryOf(makeIncident(2, Severity::Sev3, IncidentState::Resolved, -30))});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(cell(model, 0, IncidentsModel::PagedColumn), QStringLiteral("Alice Morgan"));
    EXPECT_EQ(cell(model, 0, IncidentsModel::NextEscalationColumn),
              QStringLiteral("in 3:42 · tier 2: Bob Carter"));

    // Ticking: the countdown and the age move, announced per column.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNow(minutes(11));
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(cell(model, 0, IncidentsModel::NextEscalationColumn),
              QStringLiteral("in 2:42 · tier 2: Bob Carter"));
    EXPECT_EQ(cell(model, 0, IncidentsModel::AgeColumn), QStringLiteral("11 min"));
    model.setNow(next.addSecs(5));
    EXPECT_TRUE(cell(model, 0, IncidentsModel::NextEscalationColumn).startsWith(u"due now"));

    // The engine acknowledges: state changes at once, no countdown for an acknowledged incident.
    a.state = IncidentState::Acknowledged;
    a.actor = QStringLiteral("alice");
    a.updatedAt = minutes(12);
    EXPECT_FALSE(model.upsertIncident(a));
    EXPECT_EQ(cell(model, 0, IncidentsModel::StateColumn), QStringLiteral("Acknowledged"));
    EXPECT_EQ(cell(model, 0, IncidentsModel::NextEscalationColumn), QStringLiteral("—"));
    EXPECT_EQ(model.index(0, IncidentsModel::PagedColumn).data().toString(),
              QStringLiteral("Alice Morgan"))
        << "paged people stay until the next summary";

    // A summary read before the ack does not take the state back.
    model.setSummaries(
        {summaryOf(makeIncident(1, Severity::Sev1, IncidentState::Triggered, 0),
                   {QStringLiteral("Alice Morgan")}, next, QStringLiteral("tier 2: Bob Carter")),
         summaryOf(makeIncident(2, Severity::Sev3, IncidentState::Resolved, -30))});
    EXPECT_EQ(cell(model, 0, IncidentsModel::StateColumn), QStringLiteral("Acknowledged"));

    // An open incident the engine reported stays even when a summary does not have it yet;
    // a resolved one that fell out of the summary goes.
    model.upsertIncident(makeIncident(3, Severity::Sev2, IncidentState::Triggered, 15));
    ASSERT_EQ(model.rowCount(), 3);
    model.setSummaries({summaryOf(a)});
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.rowOfId(2), -1);
    EXPECT_GE(model.rowOfId(3), 0);
    EXPECT_EQ(model.summaryById(3)->incident.title, QStringLiteral("Incident 3"));
    EXPECT_EQ(resets.count(), 0);
}

TEST(IncidentsFilterModelTest, BoardOrderAndFilters)
{
    IncidentsModel model;
    IncidentsFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(IncidentsModel::StateColumn, Qt::AscendingOrder);

    Incident resolved = makeIncident(1, Severity::Sev1, IncidentState::Resolved, 0);
    Incident ackedSev1 = makeIncident(2, Severity::Sev1, IncidentState::Acknowledged, 1);
    Incident oldSev1 = makeIncident(3, Severity::Sev1, IncidentState::Triggered, 2);
    Incident sev2 = makeIncident(4, Severity::Sev2, IncidentState::Triggered, 9);
    Incident newSev1 = makeIncident(5, Severity::Sev1, IncidentState::Triggered, 5);
    Incident snoozed = makeIncident(6, Severity::Sev3, IncidentState::Snoozed, 3);
    snoozed.title = QStringLiteral("Bounce rate up");
    model.setSummaries({summaryOf(resolved), summaryOf(ackedSev1), summaryOf(oldSev1),
                        summaryOf(sev2, {QStringLiteral("Bob Carter")}), summaryOf(newSev1),
                        summaryOf(snoozed)});

    // Open (the default): triggered (sev1 youngest first, then sev2), acknowledged, snoozed.
    EXPECT_EQ(idsInOrder(proxy), (QList<qint64>{5, 3, 4, 2, 6}));
    proxy.setStateFilter(IncidentsFilterModel::StateFilter::All);
    EXPECT_EQ(idsInOrder(proxy), (QList<qint64>{5, 3, 4, 2, 6, 1}));
    proxy.setStateFilter(IncidentsFilterModel::StateFilter::Unacknowledged);
    EXPECT_EQ(idsInOrder(proxy), (QList<qint64>{5, 3, 4}));

    proxy.setSeverityFilter(1);
    EXPECT_EQ(idsInOrder(proxy), (QList<qint64>{5, 3}));
    proxy.setSeverityFilter(4);
    proxy.setStateFilter(IncidentsFilterModel::StateFilter::Open);

    // Search: code with or without '#', title words, people; every word must match.
    proxy.setTextFilter(QStringLiteral("#14"));
    EXPECT_EQ(idsInOrder(proxy), (QList<qint64>{4}));
    proxy.setTextFilter(QStringLiteral("bob"));
    EXPECT_EQ(idsInOrder(proxy), (QList<qint64>{4}));
    proxy.setTextFilter(QStringLiteral("bounce RATE"));
    EXPECT_EQ(idsInOrder(proxy), (QList<qint64>{6}));
    proxy.setTextFilter(QStringLiteral("bounce nothing"));
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setTextFilter(QString());

    // A live change re-sorts: acknowledging the newest sev1 moves it down.
    newSev1.state = IncidentState::Acknowledged;
    newSev1.updatedAt = minutes(20);
    model.upsertIncident(newSev1);
    EXPECT_EQ(idsInOrder(proxy), (QList<qint64>{3, 4, 5, 2, 6}));

    // Other columns sort by their own values, ties in board order.
    proxy.sort(IncidentsModel::SeverityColumn, Qt::AscendingOrder);
    EXPECT_EQ(idsInOrder(proxy), (QList<qint64>{3, 5, 2, 4, 6}));
    proxy.sort(IncidentsModel::AgeColumn, Qt::AscendingOrder);
    EXPECT_EQ(idsInOrder(proxy), (QList<qint64>{4, 5, 6, 3, 2})) << "youngest first";
}

TEST(TimelineModelTest, LoadsAppendsLiveAndExplainsErrors)
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto entry = [](qint64 id, qint64 incident, const char *kind, int minute) {
        TimelineEntry e;
        e.id = id;
        e.incidentId = incident;
        e.kind = QString::fromLatin1(kind);
        e.at = minutes(minute);
        return e;
    };
    TimelineEntry failed = entry(3, 7, "page.status", 2);
    failed.recipientId = QStringLiteral("alice");
    failed.channel = QStringLiteral("sms");
    failed.sid = QStringLiteral("SM0123456789abcdef0123456789abcdef");
    failed.status = QStringLiteral("undelivered");
    failed.errorCode = 30003;
    failed.detail = QStringLiteral("Undelivered");

    // Live entries may arrive before the load; the load adds only what is missing.
    EXPECT_FALSE(model.append(entry(1, 7, "incident.triggered", 0))) << "no incident yet";
    model.setIncident(7);
    EXPECT_TRUE(model.append(failed));
    EXPECT_FALSE(model.append(failed));
    EXPECT_FALSE(model.append(entry(9, 8, "incident.triggered", 0))) << "another incident";
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setEntries(
        7, {entry(1, 7, "incident.triggered", 0), entry(2, 7, "page.submitted", 1), failed});
    EXPECT_EQ(resets.count(), 0);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.entry(0).id, 1);
    EXPECT_EQ(model.entry(2).id, 3);
    EXPECT_TRUE(model.append(entry(4, 7, "incident.acknowledged", 3)));
    EXPECT_EQ(model.index(3, 0).data(TimelineModel::KindRole).toString(),
              QStringLiteral("incident.acknowledged"));
    EXPECT_EQ(cell(model, 3, TimelineModel::EventColumn), QStringLiteral("Acknowledged"));

    model.setRecipientNames({{QStringLiteral("alice"), QStringLiteral("Alice Morgan")}});
    EXPECT_EQ(cell(model, 2, TimelineModel::RecipientColumn), QStringLiteral("Alice Morgan"));
    EXPECT_EQ(cell(model, 2, TimelineModel::ChannelColumn), QStringLiteral("SMS"));
    EXPECT_EQ(cell(model, 2, TimelineModel::SidColumn), failed.sid);
    EXPECT_EQ(cell(model, 2, TimelineModel::StatusColumn), QStringLiteral("Undelivered"));
    const QString meaning = Core::Twilio::ErrorDictionary::lookup(30003).message;
    ASSERT_FALSE(meaning.isEmpty());
    EXPECT_EQ(cell(model, 2, TimelineModel::ErrorColumn), QStringLiteral("30003 — ") + meaning);
    EXPECT_EQ(model.index(2, 0).data(TimelineModel::ErrorCodeRole).toInt(), 30003);
    // Times in the operator's local time.
    EXPECT_TRUE(
        cell(model, 2, TimelineModel::TimeColumn)
            .endsWith(minutes(2).toLocalTime().time().toString(QStringLiteral("HH:mm:ss"))));

    model.setIncident(8);
    EXPECT_EQ(model.rowCount(), 0);
}

namespace {

EscalationPlan samplePlan(IncidentState state)
{
    EscalationPlan plan;
    plan.incident = makeIncident(1, Severity::Sev1, state, 0);
    plan.policyName = QStringLiteral("Operations");
    plan.tierLabels = {QStringLiteral("Tier 1: Alice Morgan"),
                       QStringLiteral("Tier 2: Bob Carter, Carla Neumann")};
    const auto step = [](StepKind kind, PlannedStep::Status status, int round, int tier, int due,
                         QStringList names, int wait = 0) {
        PlannedStep s;
        s.kind = kind;
        s.status = status;
        s.round = round;
        s.tier = tier;
        s.dueAt = minutes(due);
        s.recipientNames = std::move(names);
        s.recipientIds = s.recipientNames;
        s.waitMinutes = wait;
        s.stepId = status == PlannedStep::Status::Projected ? 0 : 1;
        return s;
    };
    using S = PlannedStep::Status;
    plan.planned
        = {step(StepKind::PageTier, S::Done, 0, 0, 0, {QStringLiteral("Alice Morgan")}, 5),
           step(StepKind::VoiceFollowUp, S::Cancelled, 0, 0, 5, {QStringLiteral("Alice Morgan")}),
           step(StepKind::PageTier, S::Pending, 0, 1, 5,
                {QStringLiteral("Bob Carter"), QStringLiteral("Carla Neumann")}, 10),
           step(StepKind::PageTier, S::Projected, 1, 0, 15, {QStringLiteral("Alice Morgan")}, 5)};
    const auto event = [](ActualEvent::Kind kind, const char *timelineKind, int minute, int tier,
                          const char *status = "") {
        ActualEvent e;
        e.kind = kind;
        e.timelineKind = QString::fromLatin1(timelineKind);
        e.at = minutes(minute);
        e.tier = tier;
        e.status = QString::fromLatin1(status);
        if (tier == 0) {
            e.recipientId = QStringLiteral("alice");
            e.recipientName = QStringLiteral("Alice Morgan");
            e.channel = QStringLiteral("sms");
        }
        return e;
    };
    plan.actual = {event(ActualEvent::Kind::Triggered, "incident.triggered", 0, -1),
                   event(ActualEvent::Kind::Page, "page.submitted", 0, 0, "queued"),
                   event(ActualEvent::Kind::PageStatus, "page.status", 2, 0, "delivered")};
    if (state == IncidentState::Resolved) {
        plan.incident.resolvedAt = minutes(4);
        plan.actual << event(ActualEvent::Kind::Acknowledged, "incident.acknowledged", 3, -1)
                    << event(ActualEvent::Kind::Resolved, "incident.resolved", 4, -1);
    }
    return plan;
}

const Ui::EscalationTimelineWidget::Item *
findItem(const QList<Ui::EscalationTimelineWidget::Item> &items,
         const std::function<bool(const Ui::EscalationTimelineWidget::Item &)> &match)
{
    for (const auto &item : items) {
        if (match(item))
            return &item;
    }
    return nullptr;
}

} // namespace

TEST(EscalationTimelineWidgetTest, DrawsPlannedHollowActualFilledNowAndTooltips)
{
    using Item = Ui::EscalationTimelineWidget::Item;
    Ui::EscalationTimelineWidget widget;
    widget.resize(800, 220);
    widget.setPalette(lightPalette());
    widget.setNow(minutes(8));
    EXPECT_TRUE(widget.items().isEmpty());
    widget.setPlan(samplePlan(IncidentState::Triggered));

    const QList<Item> items = widget.items();
    EXPECT_LE(widget.rangeStart(), minutes(0));
    EXPECT_GE(widget.rangeEnd(), minutes(20)) << "room for the projected round";
    // Planned: hollow; the pending tier as a bar with its wait, on row 2.
    const Item *pendingBar = findItem(items, [](const Item &i) {
        return i.planned && i.shape == Item::Shape::Bar && i.row == 1;
    });
    ASSERT_NE(pendingBar, nullptr);
    EXPECT_FALSE(pendingBar->filled);
    EXPECT_TRUE(pendingBar->toolTip.contains(QStringLiteral("Bob Carter")));
    const Item *projected = findItem(items, [](const Item &i) {
        return i.planned && i.penStyle == Qt::DashLine && i.shape == Item::Shape::Circle;
    });
    ASSERT_NE(projected, nullptr);
    EXPECT_TRUE(projected->toolTip.contains(QStringLiteral("if nobody acknowledges")));
    const Item *cancelledCall = findItem(items, [](const Item &i) {
        return i.planned && i.shape == Item::Shape::Triangle && i.penStyle == Qt::DotLine;
    });
    ASSERT_NE(cancelledCall, nullptr);
    // Actual: filled, coloured by status, on Alice's row.
    const Item *delivered = findItem(items, [](const Item &i) {
        return !i.planned && i.filled && i.shape == Item::Shape::Circle
               && i.toolTip.contains(QStringLiteral("Delivered"));
    });
    ASSERT_NE(delivered, nullptr);
    EXPECT_EQ(delivered->row, 0);
    EXPECT_EQ(delivered->colour, Ui::MessageStatusStyle::colour(QStringLiteral("delivered")));
    EXPECT_TRUE(delivered->toolTip.contains(QStringLiteral("Alice Morgan (SMS)")));
    EXPECT_LT(delivered->rect.center().x(), pendingBar->rect.left()) << "time runs left to right";
    // Now and raised lines.
    const Item *now
        = findItem(items, [](const Item &i) { return i.label == QStringLiteral("now"); });
    ASSERT_NE(now, nullptr);
    EXPECT_GT(now->rect.center().x(), delivered->rect.center().x());
    EXPECT_NE(findItem(items, [](const Item &i) { return i.label == QStringLiteral("raised"); }),
              nullptr);

    // Hovering a mark names it; empty space says nothing.
    EXPECT_EQ(widget.toolTipAt(delivered->rect.center().toPoint()), delivered->toolTip);
    EXPECT_EQ(widget.toolTipAt(QPoint(2, 2)), QString());

    // It paints on light and dark palettes; the filled marker is in its colour.
    for (const QPalette &palette : {lightPalette(), darkPalette()}) {
        widget.setPalette(palette);
        const QImage image = widget.grab().toImage();
        ASSERT_FALSE(image.isNull());
        const Item *marker = findItem(widget.items(), [](const Item &i) {
            return !i.planned && i.filled && i.toolTip.contains(QStringLiteral("Delivered"));
        });
        ASSERT_NE(marker, nullptr);
        const QColor pixel
            = image.pixelColor(marker->rect.center().toPoint() * image.devicePixelRatio());
        EXPECT_LT(std::abs(pixel.red() - marker->colour.red())
                      + std::abs(pixel.green() - marker->colour.green())
                      + std::abs(pixel.blue() - marker->colour.blue()),
                  40);
        EXPECT_EQ(image.pixelColor(1, 1), palette.color(QPalette::Base));
    }
    EXPECT_TRUE(widget.accessibleDescription().contains(QStringLiteral("1 pending")));
}

TEST(EscalationTimelineWidgetTest, ResolvedIncidentsEndAtTheirResolutionWithAckAndResolveMarks)
{
    using Item = Ui::EscalationTimelineWidget::Item;
    Ui::EscalationTimelineWidget widget;
    widget.resize(800, 220);
    widget.setNow(minutes(24 * 60)); // a day later
    widget.setPlan(samplePlan(IncidentState::Resolved));
    const QList<Item> items = widget.items();
    EXPECT_LT(widget.rangeEnd(), minutes(60)) << "not stretched to now";
    EXPECT_EQ(findItem(items, [](const Item &i) { return i.label == QStringLiteral("now"); }),
              nullptr);
    EXPECT_EQ(
        findItem(items, [](const Item &i) { return i.penStyle == Qt::DashLine && i.planned; }),
        nullptr)
        << "nothing is projected for a resolved incident";
    const Item *ack
        = findItem(items, [](const Item &i) { return i.label == QStringLiteral("ack"); });
    const Item *resolved
        = findItem(items, [](const Item &i) { return i.label == QStringLiteral("resolved"); });
    ASSERT_NE(ack, nullptr);
    ASSERT_NE(resolved, nullptr);
    EXPECT_LT(ack->rect.center().x(), resolved->rect.center().x());
    EXPECT_FALSE(widget.grab().isNull());
}

TEST(RaiseIncidentDialogTest, ValidatesAsTheOperatorTypesAndEmitsTheIncident)
{
    Ui::RaiseIncidentDialog dialog;
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    auto *link = dialog.findChild<QLineEdit *>(QStringLiteral("linkEdit"));
    auto *summary = dialog.findChild<QPlainTextEdit *>(QStringLiteral("summaryEdit"));
    auto *severity = dialog.findChild<QComboBox *>(QStringLiteral("severityCombo"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("raiseError"));
    auto *raise = dialog.findChild<QPushButton *>(QStringLiteral("raiseButton"));
    ASSERT_TRUE(title && link && summary && severity && error && raise);
    EXPECT_FALSE(raise->isEnabled());
    EXPECT_TRUE(error->text().isEmpty()) << "no scolding before typing";
    EXPECT_EQ(dialog.severity(), 2);

    link->setText(QStringLiteral("https://status.example.com/i/7"));
    EXPECT_FALSE(raise->isEnabled());
    EXPECT_EQ(error->text(), QStringLiteral("Give the incident a title."));
    title->setText(QStringLiteral("  Checkout down  "));
    EXPECT_TRUE(raise->isEnabled());
    EXPECT_TRUE(error->text().isEmpty());
    for (const char *bad : {"ftp://example.com/x", "status page", "https://"}) {
        link->setText(QString::fromLatin1(bad));
        EXPECT_FALSE(raise->isEnabled()) << bad;
        EXPECT_TRUE(error->text().contains(QStringLiteral("https://"))) << bad;
    }
    link->setText(QStringLiteral("https://status.example.com/i/7"));
    summary->setPlainText(QString(2001, QLatin1Char('x')));
    EXPECT_FALSE(raise->isEnabled());
    summary->setPlainText(QStringLiteral("p95 above 4 s"));
    severity->setCurrentIndex(severity->findData(1));

    QSignalSpy raised(&dialog, &Ui::RaiseIncidentDialog::raiseRequested);
    raise->click();
    ASSERT_EQ(raised.count(), 1);
    EXPECT_EQ(raised.first().at(0).toInt(), 1);
    EXPECT_EQ(raised.first().at(1).toString(), QStringLiteral("Checkout down"));
    EXPECT_EQ(raised.first().at(2).toString(), QStringLiteral("p95 above 4 s"));
    EXPECT_EQ(raised.first().at(3).toString(), QStringLiteral("https://status.example.com/i/7"));
    EXPECT_EQ(dialog.result(), int(QDialog::Accepted));
}

namespace {

/// A paging store on disk with two incidents, filled through the store API.
class StoreFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("paging.sqlite"));
        Core::Paging::SqlitePagingStore store(m_path);
        ASSERT_TRUE(store.open().ok());
        Core::Paging::Recipient alice;
        alice.id = QStringLiteral("alice");
        alice.name = QStringLiteral("Alice Morgan");
        alice.smsNumber = QStringLiteral("+447400123457");
        ASSERT_TRUE(store.upsertRecipient(alice).ok());
        Core::Paging::EscalationPolicy ops;
        ops.id = QStringLiteral("ops");
        ops.name = QStringLiteral("Operations");
        ops.tiers = {{{QStringLiteral("alice")}, 5}};
        ASSERT_TRUE(store.upsertPolicy(ops).ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_open = makeIncident(0, Severity::Sev2, IncidentState::Triggered, 0);
        m_open.code = QStringLiteral("17");
        m_open.title = QStringLiteral("Checkout slow");
        m_open.link = QStringLiteral("https://status.example.com/i/17");
        m_open.runbook = QStringLiteral("Restart the payment workers.");
        m_open.policyId = QStringLiteral("ops");
        m_open.createdAt = now.addSecs(-120);
        m_open.updatedAt = m_open.createdAt;
        ASSERT_TRUE(store.insertIncident(m_open).ok());
        Incident old = makeIncident(0, Severity::Sev4, IncidentState::Resolved, 0);
        old.createdAt = now.addDays(-1);
        old.resolvedAt = now.addDays(-1).addSecs(600);
        ASSERT_TRUE(store.insertIncident(old).ok());
        Core::Paging::EscalationStep step;
        step.incidentId = m_open.id;
        step.kind = StepKind::PageTier;
        step.tier = 0;
        step.dueAt = now.addSecs(3600);
        ASSERT_TRUE(store.insertStep(step).ok());
        for (const char *kind : {"incident.triggered", "escalation.tier"}) {
            TimelineEntry e;
            e.incidentId = m_open.id;
            e.kind = QString::fromLatin1(kind);
            e.at = m_open.createdAt;
            ASSERT_TRUE(store.appendTimeline(e).ok());
        }
        store.close();
    }

    QTemporaryDir m_dir;
    QString m_path;
    Incident m_open;
};

} // namespace

TEST_F(StoreFixture, BoardWithoutEngineListsTheStoreAndOffersNoActions)
{
    Ui::PanelContext context;
    context.pagingDatabasePath = m_path;
    Ui::IncidentsBoard board(context);
    board.resize(900, 400);
    board.show();
    IncidentsModel *model = board.model();
    ASSERT_TRUE(Vortex::Test::waitUntil([&] { return model->rowCount() == 2; }, 10000));
    // Open only by default: the resolved one is filtered away.
    ASSERT_EQ(board.proxy()->rowCount(), 1);
    auto *count = board.findChild<QLabel *>(QStringLiteral("incidentCount"));
    ASSERT_NE(count, nullptr);
    EXPECT_TRUE(count->text().startsWith(QStringLiteral("1 incident")))
        << count->text().toStdString();
    const QString next = cell(*board.proxy(), 0, IncidentsModel::NextEscalationColumn);
    EXPECT_TRUE(next.startsWith(QStringLiteral("in "))) << next.toStdString();
    EXPECT_TRUE(next.endsWith(QStringLiteral("tier 1: Alice Morgan"))) << next.toStdString();

    auto *stateFilter = board.findChild<QComboBox *>(QStringLiteral("incidentStateFilter"));
    ASSERT_NE(stateFilter, nullptr);
    stateFilter->setCurrentIndex(2);
    EXPECT_EQ(board.proxy()->rowCount(), 2);
    EXPECT_TRUE(count->text().startsWith(QStringLiteral("2 incident")));

    QSignalSpy current(&board, &Ui::IncidentsBoard::currentIncidentChanged);
    const qint64 resolvedId
        = board.model()->summary(board.model()->rowOfId(m_open.id) == 0 ? 1 : 0).incident.id;
    ASSERT_TRUE(board.selectIncident(resolvedId));
    ASSERT_TRUE(board.selectIncident(m_open.id));
    ASSERT_FALSE(current.isEmpty());
    EXPECT_EQ(current.last().at(0).toLongLong(), m_open.id);
    EXPECT_EQ(board.currentIncident()->code, QStringLiteral("17"));
    // Without an engine nothing can be done, and the status line says why.
    for (QAction *action : {board.acknowledgeAction(), board.resolveAction(), board.snoozeAction(),
                            board.escalateAction(), board.raiseAction()})
        EXPECT_FALSE(action->isEnabled()) << action->objectName().toStdString();
    EXPECT_FALSE(board.statusText().isEmpty());
    // Shortcuts as promised.
    EXPECT_TRUE(board.acknowledgeAction()->shortcuts().contains(QKeySequence(Qt::Key_A)));
    EXPECT_TRUE(board.acknowledgeAction()->shortcuts().contains(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)));
    EXPECT_EQ(board.resolveAction()->shortcut(), QKeySequence(Qt::Key_R));
    EXPECT_EQ(board.snoozeAction()->shortcut(), QKeySequence(Qt::Key_S));
    EXPECT_EQ(board.escalateAction()->shortcut(), QKeySequence(Qt::Key_E));
    EXPECT_EQ(board.raiseAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    EXPECT_EQ(board.snoozeMenu()->actions().size(), 4);
}

TEST_F(StoreFixture, DetailLoadsHeaderTimelineAndPlanFromTheWorker)
{
    Ui::PanelContext context;
    context.pagingDatabasePath = m_path;
    Ui::IncidentDetail detail(context);
    detail.resize(700, 500);
    detail.show();
    detail.setIncident(m_open.id);
    ASSERT_TRUE(
        Vortex::Test::waitUntil([&] { return detail.escalationTimeline()->hasPlan(); }, 10000));
    EXPECT_EQ(detail.timelineModel()->rowCount(), 2);
    EXPECT_EQ(cell(*detail.timelineModel(), 0, TimelineModel::EventColumn),
              QStringLiteral("Incident triggered"));
    const auto label = [&](const char *name) {
        auto *l = detail.findChild<QLabel *>(QString::fromLatin1(name));
        return l ? l->text() : QStringLiteral("<missing>");
    };
    EXPECT_EQ(label("incidentCodeLabel"), QStringLiteral("#17"));
    EXPECT_EQ(label("incidentTitleLabel"), QStringLiteral("Checkout slow"));
    EXPECT_EQ(label("incidentStateLabel"), QStringLiteral("Triggered"));
    EXPECT_TRUE(label("incidentLinkLabel")
                    .contains(QStringLiteral("<a href=\"https://status.example.com/i/17\">")));
    EXPECT_TRUE(label("incidentRunbookLabel").contains(QStringLiteral("Restart the payment")));
    const EscalationPlan plan = detail.escalationTimeline()->plan();
    ASSERT_EQ(plan.planned.size(), 1);
    EXPECT_EQ(plan.planned.first().status, PlannedStep::Status::Pending);
    EXPECT_EQ(plan.tierLabels, QStringList{QStringLiteral("Tier 1: Alice Morgan")});
    EXPECT_FALSE(detail.escalationTimeline()->items().isEmpty());

    detail.setIncident(0);
    EXPECT_EQ(detail.timelineModel()->rowCount(), 0);
    EXPECT_FALSE(detail.escalationTimeline()->hasPlan());
}
