#include "viewsfixture.h"

#include "project/project.h"
#include "retrieval/retrievalmodel.h"
#include "retrieval/retrievalpanel.h"
#include "util/csv.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QListWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;
using crosscut::ui::QuoteQuery;
using crosscut::ui::RetrievalPanel;

namespace {

void check(RetrievalPanel &panel, Id code, bool on)
{
    for (int i = 0; i < panel.codeList()->count(); ++i) {
        QListWidgetItem *item = panel.codeList()->item(i);
        if (item->data(Qt::UserRole).toLongLong() == code) {
            // Click the item's check box as a user would.
            panel.codeList()->scrollToItem(item);
            const QRect rect = panel.codeList()->visualItemRect(item);
            QTest::mouseClick(panel.codeList()->viewport(), Qt::LeftButton, Qt::NoModifier,
                              QPoint(rect.left() + 10, rect.center().y()));
            if ((item->checkState() == Qt::Checked) != on)  // style put the box elsewhere
                item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            return;
        }
    }
    FAIL() << "code not listed";
}

}  // namespace

TEST(RetrievalPanel, ListsQuotesOfACodeWithItsDescendants)
{
    ViewsProject p;
    RetrievalPanel panel(p.project.get());
    panel.resize(1000, 600);
    panel.show();
    check(panel, p.kpLed, true);
    EXPECT_EQ(panel.model()->quoteIds(), (QList<Id>{p.q1, p.q2, p.q4}));
    // The parent dimension carries every value below it.
    check(panel, p.kpLed, false);
    check(panel, p.code(QStringLiteral("Leadership")), true);
    EXPECT_EQ(panel.model()->quoteIds(), (QList<Id>{p.q1, p.q2, p.q3, p.q4}));
    ASSERT_EQ(panel.model()->loadedCount(), 4);
    EXPECT_EQ(panel.model()->excerpt(0).text, QStringLiteral("Мы 🙂 лидеры сообщества."));
}

TEST(RetrievalPanel, AndOrOfCodes)
{
    ViewsProject p;
    RetrievalPanel panel(p.project.get());
    panel.show();
    check(panel, p.kpLed, true);
    check(panel, p.sexWorkers, true);
    panel.combineBox()->setCurrentIndex(panel.combineBox()->findData(static_cast<int>(QuoteQuery::Combine::Any)));
    EXPECT_EQ(panel.model()->quoteIds(), (QList<Id>{p.q1, p.q2, p.q4}));
    panel.combineBox()->setCurrentIndex(panel.combineBox()->findData(static_cast<int>(QuoteQuery::Combine::All)));
    EXPECT_EQ(panel.model()->quoteIds(), (QList<Id>{p.q2}));

    check(panel, p.sexWorkers, false);
    check(panel, p.drugs, true);
    EXPECT_EQ(panel.model()->quoteIds(), (QList<Id>{p.q4}));
}

TEST(RetrievalPanel, FiltersByCoderAndDocument)
{
    ViewsProject p;
    RetrievalPanel panel(p.project.get());
    panel.show();
    check(panel, p.kpLed, true);
    const auto bogdan = p.project->findCoder(QStringLiteral("bogdan"));
    ASSERT_TRUE(bogdan);
    panel.coderBox()->setCurrentIndex(panel.coderBox()->findData(bogdan->id));
    EXPECT_EQ(panel.model()->quoteIds(), (QList<Id>{p.q4}));
    panel.coderBox()->setCurrentIndex(0);
    panel.documentBox()->setCurrentIndex(panel.documentBox()->findData(p.docA));
    EXPECT_EQ(panel.model()->quoteIds(), (QList<Id>{p.q1, p.q2}));
}

TEST(RetrievalPanel, ClickOpensTheQuoteInCodePoints)
{
    ViewsProject p;
    RetrievalPanel panel(p.project.get());
    panel.resize(1000, 600);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.showCodes({p.providerLed}, QuoteQuery::Combine::Any);
    QList<std::tuple<Id, qint64, qint64>> opened;
    QObject::connect(&panel, &RetrievalPanel::openQuoteRequested, &panel,
                     [&](Id doc, qint64 start, qint64 end) { opened.append({doc, start, end}); });
    clickCell(panel.view(), panel.model()->index(0, 2));
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first(), std::make_tuple(p.docA, qint64(57), qint64(83)));
}

TEST(RetrievalPanel, FollowsProjectChanges)
{
    ViewsProject p;
    RetrievalPanel panel(p.project.get());
    panel.showCodes({p.sexWorkers}, QuoteQuery::Combine::Any);
    EXPECT_EQ(panel.model()->quoteIds(), (QList<Id>{p.q2}));
    ASSERT_TRUE(p.project->applyCodeToQuote(p.q3, p.sexWorkers).ok());
    EXPECT_EQ(panel.model()->quoteIds(), (QList<Id>{p.q2, p.q3}));
    ASSERT_TRUE(p.project->undo().ok());
    EXPECT_EQ(panel.model()->quoteIds(), (QList<Id>{p.q2}));
}

TEST(RetrievalPanel, LoadsLargeListsInBatches)
{
    ViewsProject p;
    QList<Id> many;
    for (int i = 0; i < 1000; ++i)
        many.append(i % 2 ? p.q1 : p.q4);
    ui::RetrievalModel model(p.project.get());
    model.setQuoteIds(many);
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), ui::RetrievalModel::BatchSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 1000);
}

TEST(RetrievalPanel, ShowsAGivenListAndExportsItAsCsv)
{
    ViewsProject p;
    RetrievalPanel panel(p.project.get());
    panel.showQuotes({p.q4, p.q1}, QStringLiteral("cell"));
    EXPECT_EQ(panel.model()->quoteIds(), (QList<Id>{p.q4, p.q1}));
    const QString path = p.dir.path(QStringLiteral("quotes.csv"));
    ASSERT_TRUE(panel.exportCsv(path).ok());
    const auto rows = csv::readFile(path);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 3);
    EXPECT_EQ(rows->at(0).fields.first(), QStringLiteral("document"));
    EXPECT_EQ(rows->at(1).fields.mid(0, 3), (QStringList{QStringLiteral("interview-b"), QStringLiteral("0"), QStringLiteral("58")}));
    EXPECT_EQ(rows->at(2).fields.at(4), QStringLiteral("Мы 🙂 лидеры сообщества."));
    // A path that cannot be written is an error, and nothing is left behind.
    EXPECT_FALSE(panel.exportCsv(p.dir.path(QStringLiteral("missing/dir/quotes.csv"))).ok());
}

TEST(RetrievalPanel, TheQuoteColumnTakesTheWidthAndWrapsToThreeLines)
{
    ViewsProject p;
    RetrievalPanel panel(p.project.get());
    panel.resize(1000, 420);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.showQuotes({p.q1, p.q2, p.q3, p.q4}, QStringLiteral("Key population-led × Sex workers"));
    QApplication::processEvents();
    QTableView *view = panel.view();
    QHeaderView *header = view->horizontalHeader();
    using M = ui::RetrievalModel;
    const int quote = header->sectionSize(M::QuoteColumn);
    EXPECT_GE(quote, view->viewport()->width() * 45 / 100) << "the quote column is squeezed";
    for (int c : {M::DocumentColumn, M::SpeakerColumn, M::CodesColumn, M::CodersColumn}) {
        EXPECT_FALSE(header->isSectionHidden(c)) << c;
        EXPECT_LT(header->sectionSize(c), quote / 2) << c;
    }
    // The speaker stays beside the quote; the context is in its tooltip.
    EXPECT_FALSE(header->isSectionHidden(M::SpeakerColumn));
    EXPECT_TRUE(header->isSectionHidden(M::ContextColumn));
    EXPECT_FALSE(panel.model()->data(panel.model()->index(0, M::QuoteColumn), Qt::ToolTipRole).toString().isEmpty());
    // Three lines of text per row; the coders column no longer takes the rest.
    EXPECT_GE(view->rowHeight(0), 3 * view->fontMetrics().lineSpacing());
    EXPECT_FALSE(header->stretchLastSection());
    int total = 0;
    for (int c = 0; c < M::ColumnCount; ++c)
        total += header->isSectionHidden(c) ? 0 : header->sectionSize(c);
    EXPECT_LE(total, view->viewport()->width() + 1) << "a horizontal scrollbar";
}
