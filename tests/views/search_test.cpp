#include "viewsfixture.h"

#include "project/project.h"
#include "search/searchpanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;
using crosscut::ui::SearchPanel;

TEST(SearchPanel, SearchThenAutoCodeCreatesCodings)
{
    ViewsProject p;
    SearchPanel panel(p.project.get());
    panel.resize(900, 500);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    QTest::keyClicks(panel.queryEdit(), QStringLiteral("outreach"));
    QTest::keyClick(panel.queryEdit(), Qt::Key_Return);
    ASSERT_EQ(panel.hits().size(), 2) << panel.statusText().toStdString();
    EXPECT_EQ(panel.results()->rowCount(), 2);

    const Id activism = p.code(QStringLiteral("Perceived role/Activism"));
    const int before = p.scalar(QStringLiteral("SELECT count(*) FROM coding")).toInt();
    // Code only the first hit, widened to its sentence.
    panel.results()->item(1, 0)->setCheckState(Qt::Unchecked);
    panel.codeBox()->setCurrentIndex(panel.codeBox()->findData(activism));
    panel.expandBox()->setCurrentIndex(1);
    QTest::mouseClick(panel.codeButton(), Qt::LeftButton);

    EXPECT_EQ(p.scalar(QStringLiteral("SELECT count(*) FROM coding")).toInt(), before + 1);
    EXPECT_EQ(p.scalar(QStringLiteral("SELECT count(*) FROM coding WHERE code_id = ?"), {activism}).toInt(), 1);
    const QVariant quote = p.scalar(QStringLiteral("SELECT quote_id FROM coding WHERE code_id = ?"), {activism});
    const auto coded = p.project->quote(quote.toLongLong());
    ASSERT_TRUE(coded);
    EXPECT_EQ(p.project->quoteText(*coded), QStringLiteral("We lead outreach to sex workers."));

    // All at once, one undo step.
    panel.results()->item(1, 0)->setCheckState(Qt::Checked);
    panel.expandBox()->setCurrentIndex(0);
    EXPECT_EQ(panel.codeChecked(), 2);
    ASSERT_TRUE(p.project->undo().ok());
    EXPECT_EQ(p.scalar(QStringLiteral("SELECT count(*) FROM coding WHERE code_id = ?"), {activism}).toInt(), 1);
}

TEST(SearchPanel, BadQueryIsReportedAndCodesNothing)
{
    ViewsProject p;
    SearchPanel panel(p.project.get());
    panel.queryEdit()->setText(QStringLiteral("\"unbalanced"));
    panel.runSearch();
    EXPECT_TRUE(panel.hits().isEmpty());
    EXPECT_FALSE(panel.codeButton()->isEnabled());
    EXPECT_EQ(panel.codeChecked(), 0);
}
