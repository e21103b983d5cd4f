// The codebook panel: counts follow codings, drops move codes and code
// dragged selections, double-click applies, rename by editing, delete.
#include "uitestsupport.h"

#include "codebook/codebookmodel.h"
#include "codebook/codebookpanel.h"
#include "document/documentview.h"
#include "document/spanmime.h"
#include "mainwindow/documentlistmodel.h"
#include "mainwindow/documentlistpanel.h"

#include <QLineEdit>
#include <QMimeData>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {
const QString kText = QStringLiteral("Sex workers run the clinic now.\nThe ministry pays for it \U0001F60A.\n");
}

TEST(Codebook, DraggedSelectionDroppedOnCodeCodesIt)
{
    Workbench wb(kText);
    const Id global = wb.code(QStringLiteral("Organisation type/Global"));
    selectByKeys(*wb.window, 32, 12);  // "The ministry"
    ui::DocumentView *view = wb.window->documentView();
    const ui::CodePointSpan span = view->selectedSpan();
    ASSERT_EQ(span, (ui::CodePointSpan{32, 44}));

    QMimeData mime;
    ui::spanmime::write(&mime, {wb.document, span.start, span.end});
    ui::CodebookModel *model = wb.window->codebook()->model();
    const QModelIndex target = model->indexOf(global);
    ASSERT_TRUE(model->canDropMimeData(&mime, Qt::CopyAction, -1, -1, target));
    ASSERT_TRUE(model->dropMimeData(&mime, Qt::CopyAction, -1, -1, target));

    const QList<Quote> quotes = wb.project().quotes(wb.document);
    ASSERT_EQ(quotes.size(), 1);
    EXPECT_EQ(quotes[0].start, 32);
    EXPECT_EQ(quotes[0].end, 44);
    EXPECT_EQ(wb.project().codings(quotes[0].id).value(0).codeId, global);
    // The count column follows the new coding.
    EXPECT_EQ(model->indexOf(global, ui::CodebookModel::CountColumn).data().toInt(), 1);
    // And a drop on no code at all is refused.
    EXPECT_FALSE(model->canDropMimeData(&mime, Qt::CopyAction, -1, -1, QModelIndex()));
}

TEST(Codebook, DraggingACodeMovesIt)
{
    Workbench wb(kText);
    const Id collaboration = wb.code(QStringLiteral("Collaboration"));
    const Id global = wb.code(QStringLiteral("Organisation type/Global"));
    ui::CodebookModel *model = wb.window->codebook()->model();
    std::unique_ptr<QMimeData> mime(model->mimeData({model->indexOf(global)}));
    ASSERT_NE(mime, nullptr);
    model->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, model->indexOf(collaboration));
    EXPECT_EQ(wb.project().code(global)->parentId, collaboration);
    const QModelIndex moved = model->indexOf(global);
    EXPECT_EQ(moved.parent(), model->indexOf(collaboration));
    EXPECT_EQ(moved.row(), 0);
    // A code cannot be dropped into its own child.
    const Id typeDim = wb.code(QStringLiteral("Organisation type"));
    const Id local = wb.code(QStringLiteral("Organisation type/Local"));
    std::unique_ptr<QMimeData> parentMime(model->mimeData({model->indexOf(typeDim)}));
    model->dropMimeData(parentMime.get(), Qt::MoveAction, 0, 0, model->indexOf(local));
    EXPECT_FALSE(wb.project().code(typeDim)->parentId.has_value());
}

TEST(Codebook, DoubleClickAppliesTheCodeToTheSelection)
{
    Workbench wb(kText);
    const Id sw = wb.code(QStringLiteral("Population served/Sex workers"));
    selectByKeys(*wb.window, 0, 11);
    QTreeView *tree = wb.window->codebook()->tree();
    const QModelIndex index = wb.window->codebook()->model()->indexOf(sw);
    tree->scrollTo(index);
    const QRect r = tree->visualRect(index);
    ASSERT_FALSE(r.isEmpty());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, r.center());
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, r.center());
    const QList<Quote> quotes = wb.project().quotes(wb.document);
    ASSERT_EQ(quotes.size(), 1) << wb.window->lastError().toStdString();
    EXPECT_EQ(quotes[0].start, 0);
    EXPECT_EQ(quotes[0].end, 11);
}

TEST(Codebook, RenameRecolourAndDeleteFollowTheProject)
{
    Workbench wb(kText);
    const Id sw = wb.code(QStringLiteral("Population served/Sex workers"));
    ASSERT_TRUE(wb.project().applyCode(wb.document, 0, 11, sw).ok());
    ui::CodebookModel *model = wb.window->codebook()->model();
    EXPECT_TRUE(model->setData(model->indexOf(sw), QStringLiteral("Sex workers' organisations"), Qt::EditRole));
    EXPECT_EQ(wb.project().code(sw)->name, QStringLiteral("Sex workers' organisations"));
    EXPECT_EQ(model->indexOf(sw).data().toString(), QStringLiteral("Sex workers' organisations"));

    ASSERT_TRUE(wb.project().setCodeColor(sw, QStringLiteral("#123456")).ok());
    EXPECT_EQ(wb.window->documentView()->marks().value(0).colors.value(0), QColor(QStringLiteral("#123456")));

    wb.window->codebook()->deleteCode(sw, false);
    EXPECT_FALSE(wb.project().code(sw).has_value());
    EXPECT_FALSE(model->indexOf(sw).isValid());
    EXPECT_EQ(wb.project().codingCount(), 0);
    wb.window->undoAction()->trigger();
    EXPECT_TRUE(model->indexOf(sw).isValid());
    EXPECT_EQ(model->quoteCount(sw), 1);
}

TEST(DocumentList, ShowsKindSpeakersQuotesAndFilters)
{
    Workbench wb(QStringLiteral("Anna: one.\nBoris: two.\nAnna: three.\n"));
    ASSERT_TRUE(wb.project().setAttribute(AttributeScope::Document, wb.document, QStringLiteral("Country"),
                                          QStringLiteral("Kyrgyzstan")).ok());
    ui::DocumentListModel *model = wb.window->documentList()->model();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->headerData(ui::DocumentListModel::FirstAttributeColumn, Qt::Horizontal, Qt::DisplayRole),
              QStringLiteral("Country"));
    EXPECT_EQ(model->index(0, ui::DocumentListModel::FirstAttributeColumn).data(), QStringLiteral("Kyrgyzstan"));
    const Id code = wb.code(QStringLiteral("Perspective/Mixed"));
    ASSERT_TRUE(wb.project().applyCode(wb.document, 0, 4, code).ok());
    EXPECT_EQ(model->index(0, ui::DocumentListModel::QuotesColumn).data().toInt(), 1);
    wb.window->documentList()->filter()->setText(QStringLiteral("tajik"));
    EXPECT_EQ(wb.window->documentList()->table()->model()->rowCount(), 0);
    wb.window->documentList()->filter()->setText(QStringLiteral("kyrgyz"));
    EXPECT_EQ(wb.window->documentList()->table()->model()->rowCount(), 1);
    EXPECT_TRUE(wb.window->windowTitle().contains(QStringLiteral("interview")));
}
