#include "viewsfixture.h"

#include "project/project.h"
#include "search/hitfeed.h"
#include "search/searchpanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
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

// The first document's hits are in the table when the search returns; the
// others arrive a document at a time while the window stays responsive, and
// a new search drops the old one's remaining hits.
TEST(SearchPanel, FirstHitsShowAtOnceAndTheRestArriveDocumentByDocument)
{
    ViewsProject p;
    for (int i = 1; i <= 5; ++i) {
        NewDocument d;
        d.name = QStringLiteral("zz-%1").arg(i);
        d.text = QStringLiteral("Зебра 🦓 zebrafinch one.\nThen zebrafinch two, and Zebrafinch three.\n");
        ASSERT_TRUE(p.project->addDocument(d).ok());
    }
    SearchPanel panel(p.project.get());
    panel.hitFeed()->setSliceMilliseconds(0);  // one document a slice
    panel.resize(900, 500);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    QTest::keyClicks(panel.queryEdit(), QStringLiteral("zebrafinch"));
    QTest::keyClick(panel.queryEdit(), Qt::Key_Return);

    ASSERT_TRUE(panel.searching());
    ASSERT_EQ(panel.hits().size(), 3) << panel.statusText().toStdString();
    EXPECT_EQ(panel.results()->rowCount(), 3);
    EXPECT_EQ(panel.hits().at(0).documentName, QStringLiteral("zz-1"));
    EXPECT_EQ(panel.hits().at(0).start, 8);  // code points: the emoji is one
    EXPECT_EQ(panel.statusText(), QStringLiteral("3 hit(s) so far …"));
    EXPECT_FALSE(panel.codeButton()->isEnabled());  // not while hits are arriving

    // The rest arrive in four more batches, a document each, in order.
    QSignalSpy batches(panel.hitFeed(), &crosscut::ui::HitFeed::hitsArrived);
    QTRY_VERIFY(!panel.searching());
    ASSERT_EQ(batches.size(), 4);
    for (int b = 0; b < 4; ++b) {
        const auto batch = batches.at(b).at(0).value<QList<search::SearchHit>>();
        ASSERT_EQ(batch.size(), 3) << b;
        EXPECT_EQ(batch.at(0).documentName, QStringLiteral("zz-%1").arg(b + 2)) << b;
    }
    ASSERT_EQ(panel.hits().size(), 15);
    for (int i = 0; i < 15; ++i)
        EXPECT_EQ(panel.hits().at(i).documentName, QStringLiteral("zz-%1").arg(i / 3 + 1)) << i;
    EXPECT_EQ(panel.statusText(), QStringLiteral("15 hit(s)"));
    EXPECT_TRUE(panel.codeButton()->isEnabled());

    // A new search mid-way: only its own hits, none left over from the first.
    QTest::keyClick(panel.queryEdit(), Qt::Key_Return);
    ASSERT_TRUE(panel.searching());
    panel.queryEdit()->setText(QStringLiteral("outreach"));
    QTest::keyClick(panel.queryEdit(), Qt::Key_Return);
    QTRY_VERIFY(!panel.searching());
    EXPECT_EQ(panel.hits().size(), 2);
    for (const auto &hit : panel.hits())
        EXPECT_EQ(hit.text.toLower(), QStringLiteral("outreach"));
}
