// The KWIC panel, driven offscreen: hits listed with their context, sorted
// by the words beside the keyword, right-to-left rows laid out as they read,
// selected rows coded a sentence each in one undoable operation, and a
// double-click asking the workbench to open the hit.
#include "viewsfixture.h"

#include "kwic/kwicpanel.h"
#include "project/project.h"

#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;
using crosscut::ui::KwicPanel;

namespace {

void waitForHits(KwicPanel &panel)
{
    for (int i = 0; i < 200 && panel.searching(); ++i)
        QTest::qWait(5);
}

}  // namespace

TEST(KwicPanel, CodesSelectedRowsSentencesInOneUndoStep)
{
    ViewsProject p;
    KwicPanel panel(p.project.get());
    panel.resize(1000, 400);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy opened(&panel, &KwicPanel::openQuoteRequested);
    QTest::keyClicks(panel.queryEdit(), QStringLiteral("outreach"));
    QTest::keyClick(panel.queryEdit(), Qt::Key_Return);
    waitForHits(panel);
    ASSERT_EQ(panel.table()->model()->rowCount(), 2) << panel.statusText().toStdString();

    // Sorted by the left context, descending: "…themselves." (b) before "We lead" (a).
    panel.table()->sortByColumn(KwicPanel::LeftColumn, Qt::DescendingOrder);
    ASSERT_TRUE(panel.hitAt(0));
    EXPECT_EQ(panel.hitAt(0)->documentId, p.docB);
    EXPECT_EQ(panel.hitAt(1)->documentId, p.docA);
    panel.table()->sortByColumn(KwicPanel::LeftColumn, Qt::AscendingOrder);
    EXPECT_EQ(panel.hitAt(0)->documentId, p.docA);
    // The left context is right-aligned, so the keywords line up.
    const QModelIndex left = panel.table()->model()->index(0, KwicPanel::LeftColumn);
    EXPECT_EQ(left.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight, int(Qt::AlignRight));

    // Double-click: the hit, in code points (docA: "Мы 🙂 лидеры сообщества. We lead " is 32).
    const QModelIndex keyword = panel.table()->model()->index(0, KwicPanel::KeywordColumn);
    const QRect cell = panel.table()->visualRect(keyword);
    // QTest sends the double-click event alone: the first click comes before it.
    QTest::mouseClick(panel.table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(panel.table()->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.at(0).at(0).toLongLong(), p.docA);
    EXPECT_EQ(opened.at(0).at(1).toLongLong(), 32);
    EXPECT_EQ(opened.at(0).at(2).toLongLong(), 40);

    // Select both rows (click, then shift-click) and code their sentences.
    const Id activism = p.code(QStringLiteral("Perceived role/Activism"));
    panel.codeBox()->setCurrentIndex(panel.codeBox()->findData(activism));
    clickCell(panel.table(), panel.table()->model()->index(0, KwicPanel::RightColumn));
    const QRect second = panel.table()->visualRect(panel.table()->model()->index(1, KwicPanel::RightColumn));
    QTest::mouseClick(panel.table()->viewport(), Qt::LeftButton, Qt::ShiftModifier, second.center());
    ASSERT_EQ(panel.table()->selectionModel()->selectedRows().size(), 2);
    ASSERT_TRUE(panel.codeButton()->isEnabled());
    const int codingsBefore = p.scalar(QStringLiteral("SELECT count(*) FROM coding")).toInt();
    QTest::mouseClick(panel.codeButton(), Qt::LeftButton);
    EXPECT_EQ(p.scalar(QStringLiteral("SELECT count(*) FROM coding")).toInt(), codingsBefore + 2);
    QStringList quoted;
    for (const Quote &q : p.project->quotes())
        if (p.scalar(QStringLiteral("SELECT count(*) FROM coding WHERE quote_id = ? AND code_id = ?"), {q.id, activism})
                .toInt())
            quoted.append(p.project->quoteText(q));
    quoted.sort();
    EXPECT_EQ(quoted, (QStringList{QStringLiteral("Outreach matters."), QStringLiteral("We lead outreach to sex workers.")}));
    ASSERT_TRUE(p.project->undo().ok());
    EXPECT_EQ(p.scalar(QStringLiteral("SELECT count(*) FROM coding")).toInt(), codingsBefore);
}

TEST(KwicPanel, RightToLeftHitsReadAsTheTextReads)
{
    ViewsProject p;
    NewDocument urdu;
    urdu.name = QStringLiteral("interview-ur");
    urdu.text = QString::fromUtf8("ہم برادری کے ساتھ ہیں۔");
    ASSERT_TRUE(p.project->addDocument(urdu).ok());
    KwicPanel panel(p.project.get());
    panel.showKeyword(QString::fromUtf8("برادری"));
    waitForHits(panel);
    ASSERT_EQ(panel.table()->model()->rowCount(), 1) << panel.statusText().toStdString();
    const search::SearchHit *hit = panel.hitAt(0);
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->start, 3);
    EXPECT_EQ(hit->end, 9);
    EXPECT_EQ(panel.queryEdit()->text(), QString::fromUtf8("برادری"));
    // What follows the keyword stands on its left, in a right-to-left isolate.
    const QString left = panel.table()->model()->index(0, KwicPanel::LeftColumn).data().toString();
    const QString right = panel.table()->model()->index(0, KwicPanel::RightColumn).data().toString();
    EXPECT_EQ(left, QChar(0x2067) + QString::fromUtf8(" کے ساتھ ہیں۔") + QChar(0x2069));
    EXPECT_EQ(right, QChar(0x2067) + QString::fromUtf8("ہم ") + QChar(0x2069));
}
