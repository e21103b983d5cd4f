// The workbench as a first-time user sees it: a start page without empty
// docks around it, docks back (as the user left them) with a project, a
// Tools menu with real items, and an analysis dock tall enough for the
// whole conceptual-model matrix of the demo at 1366×768.
#include "uitestsupport.h"

#include "document/documentview.h"
#include "matrix/matrixpanel.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

QDockWidget *dock(ui::MainWindow &window, const char *name)
{
    return window.findChild<QDockWidget *>(QString::fromLatin1(name));
}

}  // namespace

TEST(WorkbenchLayout, StartPageStandsAloneAndDocksReturnAsLeft)
{
    Workbench wb(QStringLiteral("Interviewer: Hello.\nAinura: Hi.\n"));
    for (const char *name : {"documentsDock", "codebookDock", "analysisDock"})
        EXPECT_TRUE(dock(*wb.window, name)->isVisible()) << name;

    // The user closes the codebook dock, then the project.
    dock(*wb.window, "codebookDock")->close();
    wb.window->closeProject();
    for (const char *name : {"documentsDock", "codebookDock", "analysisDock"})
        EXPECT_FALSE(dock(*wb.window, name)->isVisible()) << name << " shown around the start page";

    ASSERT_TRUE(wb.window->openProject(wb.path));
    EXPECT_TRUE(dock(*wb.window, "documentsDock")->isVisible());
    EXPECT_TRUE(dock(*wb.window, "analysisDock")->isVisible());
    EXPECT_FALSE(dock(*wb.window, "codebookDock")->isVisible()) << "the user's choice was forgotten";
}

TEST(WorkbenchLayout, ToolsMenuChecksTheProject)
{
    Workbench wb(QStringLiteral("Interviewer: Hello.\nAinura: Hi.\n"));
    QMenu *tools = wb.window->toolsMenu();
    ASSERT_NE(tools, nullptr);
    ASSERT_FALSE(tools->actions().isEmpty()) << "an empty Tools menu";
    QAction *check = wb.window->findChild<QAction *>(QStringLiteral("checkProject"));
    ASSERT_NE(check, nullptr);
    EXPECT_TRUE(tools->actions().contains(check));
    EXPECT_TRUE(check->isEnabled());
    const IntegrityReport report = wb.window->checkProject();
    EXPECT_TRUE(report.ok()) << report.problems.join(u'\n').toStdString();
    EXPECT_FALSE(report.passed.isEmpty());
    wb.window->closeProject();
    EXPECT_FALSE(check->isEnabled());
}

TEST(WorkbenchLayout, DemoOpensOnLeadershipByPopulationWithTheWholeMatrixVisibleAt1366)
{
    const QString demo = ui::MainWindow::demoProjectPath();
    if (demo.isEmpty())
        GTEST_SKIP() << "the demo project was not built (resources/demo)";
    TempDir dir;
    const QString copy = dir.path(QStringLiteral("demo.crosscut"));
    ASSERT_TRUE(QFile::copy(demo, copy));
    ui::MainWindow window;
    window.setInteractive(false);
    window.resize(1366, 768);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.openProject(copy)) << window.lastError().toStdString();
    QTabWidget *tabs = window.bottomTabs();
    auto *matrix = tabs->findChild<ui::MatrixPanel *>();
    ASSERT_NE(matrix, nullptr);
    tabs->setCurrentWidget(matrix);
    QTest::qWait(400);  // the dock is fitted once the window is laid out
    EXPECT_EQ(matrix->request().rows.dimension, QStringLiteral("Leadership"));
    EXPECT_EQ(matrix->request().columns.dimension, QStringLiteral("Population served"));

    QTableView *view = matrix->findChild<QTableView *>();
    ASSERT_NE(view, nullptr);
    ASSERT_GT(view->model()->rowCount(), 0);
    const int needed = view->verticalHeader()->length();
    EXPECT_GE(view->viewport()->height(), needed) << "rows of the matrix hidden below the dock's edge";
    // The transcript keeps a usable height: no analysis tab may ask for so
    // much that the dock squeezes it (the message names their minimum heights).
    QStringList minimums;
    for (int i = 0; i < tabs->count(); ++i)
        minimums << QStringLiteral("%1 %2").arg(tabs->tabText(i)).arg(tabs->widget(i)->minimumSizeHint().height());
    EXPECT_GE(window.documentView()->height(), 200) << minimums.join(QStringLiteral(", ")).toStdString();
}
