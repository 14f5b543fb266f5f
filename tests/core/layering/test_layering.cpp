// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// core/ must never depend on Qt Gui or Widgets: neither through its link interface nor through an
// include anywhere under core/.
#include "support/testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

TEST(Layering, CoreDoesNotLinkGuiOrWidgets)
{
    QFile file(QStringLiteral(VORTEX_CORE_LINK_FILE));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << VORTEX_CORE_LINK_FILE;
    const QString links = QString::fromUtf8(file.readAll());
    ASSERT_TRUE(links.contains(QStringLiteral("Qt6::Core")))
        << "link list looks wrong: " << links.toStdString();
    for (const char *forbidden : {"Qt6::Gui", "Qt6::Widgets", "Qt6::Charts", "Qt6::OpenGL"})
        EXPECT_FALSE(links.contains(QLatin1String(forbidden))) << forbidden;
}

TEST(Layering, CoreIncludesNoGuiHeaders)
{
    static const QRegularExpression guiInclude(QStringLiteral(
        R"(#\s*include\s*[<"](QtGui|QtWidgets|QtCharts|QWidget|QApplication|QGuiApplication|QIcon|QPixmap|QColor|QPainter|QImage|QFont|QAction|QDialog|QMainWindow)\b)"));
    const QString coreDir = Vortex::Test::sourceDir() + QStringLiteral("/core");
    QDirIterator it(coreDir, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
        const QString text = QString::fromUtf8(f.readAll());
        EXPECT_FALSE(guiInclude.match(text).hasMatch()) << path.toStdString();
        ++files;
    }
    EXPECT_GT(files, 5) << "core/ was not found at " << coreDir.toStdString();
}
