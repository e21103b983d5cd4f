// Removing a quote's last code from its stripe deletes the quote in the same
// operation; undo and redo name the coding and bring the document view to
// the text they changed.
#include "uitestsupport.h"

#include "coding/codingcontroller.h"
#include "document/documentview.h"
#include "document/stripemargin.h"

#include <QAction>
#include <QMenu>
#include <QScrollBar>
#include <QTest>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

// A long interview, so that the quote lies far below the first screen.
QString longText()
{
    QString text;
    for (int i = 0; i < 300; ++i)
        text += QStringLiteral("Interviewer: Question %1 about the clinic?\n").arg(i);
    text += QStringLiteral("Ainura: Health is a human right, not a favour 👍🏽.\n");
    for (int i = 0; i < 50; ++i)
        text += QStringLiteral("Ainura: More of the same %1.\n").arg(i);
    return text;
}

QAction *actionNamed(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions())
        if (a->text() == text)
            return a;
    return nullptr;
}

// The selection is on screen in the view.
bool selectionVisible(ui::DocumentView *view)
{
    return view->viewport()->rect().contains(view->cursorRect().center());
}

}  // namespace

TEST(CodingRemovalUi, RemovingTheLastCodeDeletesTheQuoteAndUndoShowsWhere)
{
    const QString text = longText();
    Workbench wb(text);
    Project &p = wb.project();
    NewDocument other;
    other.name = QStringLiteral("other");
    other.text = QStringLiteral("Another interview.\n");
    const Id otherDoc = *p.addDocument(other);
    const Id rights = wb.code(QStringLiteral("Perspective/Human rights"));
    const qint64 start = codePointCount(QStringView(text).left(text.indexOf(QStringLiteral("Health"))));
    const qint64 end = start + 26;  // "Health is a human right, n"… the span is exact, whatever it ends on
    const Result<Id> quote = p.applyCode(wb.document, start, end, rights);
    ASSERT_TRUE(quote.ok());

    ui::DocumentView *view = wb.window->documentView();
    view->revealQuote(*quote);
    const QRect stripe = view->stripeRect(*quote);
    ASSERT_FALSE(stripe.isNull());
    auto *margin = qobject_cast<ui::StripeMargin *>(view->margin());
    std::unique_ptr<QMenu> menu = margin->buildContextMenu(stripe.center());
    ASSERT_NE(menu, nullptr);
    QAction *remove = actionNamed(menu.get(), ui::StripeMargin::tr("Remove coding “%1”").arg(QStringLiteral("Human rights")));
    ASSERT_NE(remove, nullptr);
    remove->trigger();

    // No empty quote is left to count.
    EXPECT_FALSE(p.quote(*quote).has_value());
    EXPECT_TRUE(p.quotes(wb.document).isEmpty());
    EXPECT_TRUE(view->marks().isEmpty());
    EXPECT_EQ(p.undoLabel(), QStringLiteral("Remove coding Human rights"));
    EXPECT_EQ(wb.window->undoAction()->text(), QStringLiteral("&Undo Remove coding Human rights"));

    // Undo from elsewhere: the view comes back to the document and the span.
    wb.window->showDocument(otherDoc);
    ASSERT_EQ(view->documentId(), otherDoc);
    view->setFocus();
    QTest::keyClick(wb.window.get(), Qt::Key_Z, Qt::ControlModifier);
    ASSERT_TRUE(p.quote(*quote).has_value()) << wb.window->lastError().toStdString();
    EXPECT_EQ(p.codings(*quote).value(0).codeId, rights);
    EXPECT_EQ(view->documentId(), wb.document);
    EXPECT_EQ(view->selectedSpan(), (ui::CodePointSpan{start, end}));
    EXPECT_EQ(view->currentQuote(), *quote);
    EXPECT_GT(view->verticalScrollBar()->value(), 0);
    EXPECT_TRUE(selectionVisible(view));
    EXPECT_EQ(wb.window->redoAction()->text(), QStringLiteral("&Redo Remove coding Human rights"));

    // Redo from elsewhere, scrolled away: the span it emptied is shown again.
    wb.window->showDocument(otherDoc);
    QTest::keyClick(wb.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_FALSE(p.quote(*quote).has_value());
    EXPECT_EQ(view->documentId(), wb.document);
    EXPECT_EQ(view->selectedSpan(), (ui::CodePointSpan{start, end}));
    EXPECT_TRUE(selectionVisible(view));
}

TEST(CodingRemovalUi, QuickTaggingTheLastValueOffDeletesTheQuote)
{
    Workbench wb(QStringLiteral("Ainura: We decide, the community.\n"));
    const Id kpLed = wb.code(QStringLiteral("Leadership/Key population-led"));
    const Id provider = wb.code(QStringLiteral("Leadership/Provider-led"));
    wb.window->documentView()->selectSpan({8, 17});
    ASSERT_TRUE(wb.window->coding()->tagDimensionValue(kpLed).ok());
    const std::optional<Id> quote = wb.window->documentView()->currentQuote();
    ASSERT_TRUE(quote.has_value());
    // Another value of the same dimension replaces it, in one step, on the same quote.
    ASSERT_TRUE(wb.window->coding()->tagDimensionValue(provider).ok());
    ASSERT_TRUE(wb.project().quote(*quote).has_value());
    ASSERT_EQ(wb.project().codings(*quote).size(), 1);
    EXPECT_EQ(wb.project().codings(*quote)[0].codeId, provider);
    // Clicking it again takes it off, and the quote with it.
    ASSERT_TRUE(wb.window->coding()->tagDimensionValue(provider).ok());
    EXPECT_FALSE(wb.project().quote(*quote).has_value());
    wb.window->undoAction()->trigger();
    EXPECT_EQ(wb.project().codings(*quote).value(0).codeId, provider);
    wb.window->undoAction()->trigger();  // the swap, as one step
    EXPECT_EQ(wb.project().codings(*quote).value(0).codeId, kpLed);
    EXPECT_EQ(wb.project().codings(*quote).size(), 1);
}
