#include "viewsfixture.h"

#include "analysis/framework.h"
#include "framework/frameworkpanel.h"
#include "project/project.h"

#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;
using crosscut::ui::FrameworkPanel;

namespace {

analysis::FrameworkRequest documentsByLeadership()
{
    analysis::FrameworkRequest r;
    r.rows = analysis::FrameworkRows::Documents;
    r.columns = *analysis::AxisSpec::parse(QStringLiteral("dimension:Leadership"));
    return r;
}

}  // namespace

TEST(FrameworkPanel, EditsASummaryThatFollowsUndoAndShowsItsHistory)
{
    ViewsProject p;
    FrameworkPanel panel(p.project.get());
    panel.resize(1200, 600);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.setRequest(documentsByLeadership());
    ASSERT_TRUE(panel.errorText().isEmpty()) << panel.errorText().toStdString();
    QTableWidget *grid = panel.grid();
    ASSERT_EQ(grid->rowCount(), 2);
    ASSERT_EQ(grid->columnCount(), 2);
    EXPECT_EQ(grid->horizontalHeaderItem(0)->text(), QStringLiteral("Provider-led"));
    EXPECT_EQ(grid->verticalHeaderItem(1)->text(), QStringLiteral("interview-b"));
    // interview-b has no provider-led quote and no summary: a gap.
    EXPECT_EQ(grid->item(1, 0)->text(), QStringLiteral("gap"));
    EXPECT_TRUE(grid->item(0, 1)->text().contains(QStringLiteral("2 quote"))) << grid->item(0, 1)->text().toStdString();

    // Click interview-a × Key population-led: its two quotes are listed.
    clickCell(grid, grid->model()->index(0, 1));
    ASSERT_EQ(panel.quoteList()->count(), 2);
    EXPECT_TRUE(panel.quoteList()->item(0)->text().contains(QStringLiteral("лидеры сообщества")));
    QSignalSpy open(&panel, &FrameworkPanel::openQuoteRequested);
    const QRect first = panel.quoteList()->visualItemRect(panel.quoteList()->item(0));
    // QTest sends the double-click event alone: the first click comes before it.
    QTest::mouseClick(panel.quoteList()->viewport(), Qt::LeftButton, Qt::NoModifier, first.center());
    QTest::mouseDClick(panel.quoteList()->viewport(), Qt::LeftButton, Qt::NoModifier, first.center());
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.at(0).at(0).toLongLong(), p.docA);
    EXPECT_EQ(open.at(0).at(1).toLongLong(), 0);
    EXPECT_EQ(open.at(0).at(2).toLongLong(), 23);  // code points, not UTF-16 units (the emoji)

    // Write the summary and save it.
    EXPECT_FALSE(panel.saveButton()->isEnabled());
    panel.summaryEditor()->setFocus();
    QTest::keyClicks(panel.summaryEditor(), QStringLiteral("Leads as a community"));
    ASSERT_TRUE(panel.saveButton()->isEnabled());
    QTest::mouseClick(panel.saveButton(), Qt::LeftButton);
    EXPECT_EQ(p.scalar(QStringLiteral("SELECT text FROM framework_summary WHERE row_kind = 'document' AND row_id = ? "
                                      "AND code_id = ?"),
                       {p.docA, p.kpLed})
                  .toString(),
              QStringLiteral("Leads as a community"));
    EXPECT_EQ(p.project->undoLabel(), QStringLiteral("Edit summary interview-a × Key population-led"));
    EXPECT_TRUE(grid->item(0, 1)->text().startsWith(QStringLiteral("Leads as a community")));
    EXPECT_EQ(panel.historyList()->count(), 1);
    EXPECT_TRUE(panel.historyList()->item(0)->text().contains(QStringLiteral("amina")) ||
                panel.historyList()->item(0)->text().contains(p.project->currentCoder()));

    // A second version; then undo brings the first back into grid and editor.
    panel.summaryEditor()->selectAll();
    QTest::keyClicks(panel.summaryEditor(), QStringLiteral("Community leadership, clinic decides"));
    QTest::mouseClick(panel.saveButton(), Qt::LeftButton);
    EXPECT_EQ(panel.historyList()->count(), 2);
    ASSERT_TRUE(p.project->undo().ok());
    EXPECT_TRUE(grid->item(0, 1)->text().startsWith(QStringLiteral("Leads as a community")));
    EXPECT_EQ(panel.summaryEditor()->toPlainText(), QStringLiteral("Leads as a community"));
    EXPECT_EQ(panel.historyList()->count(), 1);

    // A coding elsewhere recomputes the quotes: the gap fills.
    ASSERT_TRUE(p.project->applyCode(p.docB, 59, 75, p.providerLed).ok());
    EXPECT_TRUE(grid->item(1, 0)->text().contains(QStringLiteral("1 quote"))) << grid->item(1, 0)->text().toStdString();
    // The selection and its summary survive the recompute.
    EXPECT_EQ(panel.summaryEditor()->toPlainText(), QStringLiteral("Leads as a community"));
}

TEST(FrameworkPanel, RefusesNonCodeColumnsAndExportsBySuffix)
{
    ViewsProject p;
    FrameworkPanel panel(p.project.get());
    analysis::FrameworkRequest bad = documentsByLeadership();
    bad.columns = *analysis::AxisSpec::parse(QStringLiteral("documents"));
    panel.setRequest(bad);
    EXPECT_TRUE(panel.errorText().contains(QStringLiteral("codes"))) << panel.errorText().toStdString();
    EXPECT_EQ(panel.grid()->rowCount(), 0);

    panel.setRequest(documentsByLeadership());
    ASSERT_TRUE(analysis::setFrameworkSummary(*p.project, analysis::FrameworkRows::Documents, p.docB, p.kpLed,
                                              QStringLiteral("Run by the community"))
                    .ok());
    EXPECT_TRUE(panel.grid()->item(1, 1)->text().startsWith(QStringLiteral("Run by the community")));
    const QString csvPath = p.dir.path(QStringLiteral("framework.csv"));
    ASSERT_TRUE(panel.exportTo(csvPath).ok());
    const QString csv = QString::fromUtf8(readAll(csvPath));
    EXPECT_TRUE(csv.contains(QStringLiteral("interview-b,,Run by the community (1 quote)"))) << csv.toStdString();
    const Status refused = panel.exportTo(p.dir.path(QStringLiteral("framework.pdf")));
    EXPECT_FALSE(refused.ok());
    EXPECT_FALSE(QFile::exists(p.dir.path(QStringLiteral("framework.pdf"))));
}
