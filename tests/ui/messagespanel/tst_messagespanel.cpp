// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include <ui/mainwindow/translations.h>
#include <ui/models/messagesmodel.h>
#include <ui/models/messagessortfiltermodel.h>
#include <ui/views/messagespanel.h>

#include <QApplication>

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using Vortex::Core::MessageRecord;
using Vortex::Ui::MessagesModel;
using Vortex::Ui::MessagesPanel;

namespace {

MessageRecord makeRecord(const QString &sid, const QString &status, const QString &to)
{
    MessageRecord rec;
    rec.sid = sid;
    rec.direction = QStringLiteral("outbound-api");
    rec.to = to;
    rec.from = QStringLiteral("+15005550006");
    rec.status = status;
    rec.body = QStringLiteral("[TEST] page");
    rec.dateCreated = QDateTime::currentDateTimeUtc();
    return rec;
}

} // namespace

TEST(MessagesPanel, FilterBarDrivesTheProxy)
{
    ASSERT_TRUE(Vortex::Ui::installTranslations(*qApp, QLocale(QLocale::English)));
    MessagesModel model;
    model.setRecords({makeRecord(QStringLiteral("SM1"), QStringLiteral("delivered"),
                                 QStringLiteral("+14155552671")),
                      makeRecord(QStringLiteral("SM2"), QStringLiteral("failed"),
                                 QStringLiteral("+447400123456"))});
    MessagesPanel panel(&model);
    panel.show();
    auto *view = panel.findChild<QTableView *>(QStringLiteral("messagesTable"));
    auto *combo = panel.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    auto *search = panel.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *count = panel.findChild<QLabel *>(QStringLiteral("messageCount"));
    ASSERT_TRUE(view && combo && search && count);
    EXPECT_EQ(view->model()->rowCount(), 2);
    EXPECT_EQ(count->text(), QStringLiteral("2 messages"));

    combo->setCurrentIndex(combo->findText(QStringLiteral("Failed or undelivered")));
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->index(0, 0).data(MessagesModel::SidRole).toString(),
              QStringLiteral("SM2"));
    combo->setCurrentIndex(0);
    QTest::keyClicks(search, QStringLiteral("415"));
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->index(0, 0).data(MessagesModel::SidRole).toString(),
              QStringLiteral("SM1"));
    EXPECT_TRUE(count->text().startsWith(QStringLiteral("1 of 2")));

    // Live updates appear without touching the filter bar.
    model.upsert(makeRecord(QStringLiteral("SM3"), QStringLiteral("queued"),
                            QStringLiteral("+14155550000")));
    EXPECT_EQ(view->model()->rowCount(), 2);
}

TEST(MessagesPanel, RemembersHeaderStateUnderUiGroup)
{
    MessagesModel model;
    {
        MessagesPanel panel(&model);
        panel.view()->horizontalHeader()->hideSection(MessagesModel::PriceColumn);
        panel.view()->horizontalHeader()->resizeSection(MessagesModel::ToColumn, 211);
    } // saved on destruction
    QSettings settings;
    EXPECT_FALSE(settings.value(QStringLiteral("ui/messagesPanel/headerState")).isNull());

    MessagesPanel restored(&model);
    EXPECT_TRUE(restored.view()->horizontalHeader()->isSectionHidden(MessagesModel::PriceColumn));
    EXPECT_EQ(restored.view()->horizontalHeader()->sectionSize(MessagesModel::ToColumn), 211);
}
