// Coding gestures on the real main window: select text with mouse and
// keyboard, apply codes by shortcut, number keys, quick tagging and the
// quick pick; undo and redo; stripes; quote bounds by keyboard. Each test
// checks the project file's rows, with exact code-point offsets.
#include "uitestsupport.h"

#include "coding/codingcontroller.h"
#include "coding/quickpick.h"
#include "coding/quicktagstrip.h"
#include "document/documentview.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

const QString kText = QStringLiteral(
    "Interviewer: How did the network start?\n"
    "Ainura: We started it ourselves \U0001F44F because nobody else would.\n"
    "Interviewer: And the clinics?\n"
    "Farida: یہ ہمارا حق ہے کہ ہم خود فیصلہ کریں\n"
    "Ainura: Мы сами решаем.\n");

qint64 cpIndexOf(const QString &needle)
{
    const qsizetype u = kText.indexOf(needle);
    return codePointCount(QStringView(kText).left(u));
}

QList<Quote> quotesWith(Project &project, Id code)
{
    QList<Quote> out;
    for (const Quote &q : project.quotes())
        for (const Coding &c : project.codings(q.id))
            if (c.codeId == code)
                out << q;
    return out;
}

}  // namespace

TEST(Coding, ShortcutCodesSelectionAroundEmojiWithExactOffsets)
{
    Workbench wb(kText);
    const Id kpLed = wb.code(QStringLiteral("Leadership/Key population-led"));
    ASSERT_TRUE(wb.project().setCodeShortcut(kpLed, QStringLiteral("Ctrl+Alt+K")).ok());

    // "ourselves 👏": 9 letters, a space and the emoji = 11 graphemes.
    const qint64 start = cpIndexOf(QStringLiteral("ourselves"));
    selectByKeys(*wb.window, start, 11);
    EXPECT_EQ(wb.window->documentView()->selectedSpan(), (ui::CodePointSpan{start, start + 11}));
    QTest::keyClick(wb.window.get(), Qt::Key_K, Qt::ControlModifier | Qt::AltModifier);

    const QList<Quote> quotes = quotesWith(wb.project(), kpLed);
    ASSERT_EQ(quotes.size(), 1) << wb.window->lastError().toStdString();
    EXPECT_EQ(quotes[0].start, start);
    EXPECT_EQ(quotes[0].end, start + 11);
    EXPECT_EQ(wb.project().quoteText(quotes[0]), QStringLiteral("ourselves \U0001F44F"));
    // The view shows it: one mark, and the quote is the current one.
    ASSERT_EQ(wb.window->documentView()->marks().size(), 1);
    EXPECT_EQ(wb.window->documentView()->currentQuote(), quotes[0].id);
}

TEST(Coding, UrduLineCodedWithShiftEnd)
{
    Workbench wb(kText);
    const Id rights = wb.code(QStringLiteral("Perspective/Human rights"));
    ASSERT_TRUE(wb.project().setCodeShortcut(rights, QStringLiteral("Ctrl+Alt+R")).ok());
    const qint64 start = cpIndexOf(QStringLiteral("یہ"));
    // The Urdu answer starts where the Latin "Farida: " run ends: one x for
    // two logical positions, so a click there is ambiguous by a pixel. Put
    // the cursor there as the Home key of a right-to-left line would.
    QTextCursor at(wb.window->documentView()->document());
    at.setPosition(wb.window->documentView()->positions().toUtf16(start));
    wb.window->documentView()->setTextCursor(at);
    QTest::keyClick(wb.window->documentView(), Qt::Key_End, Qt::ShiftModifier);
    QTest::keyClick(wb.window.get(), Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);

    const QList<Quote> quotes = quotesWith(wb.project(), rights);
    ASSERT_EQ(quotes.size(), 1) << wb.window->lastError().toStdString();
    EXPECT_EQ(quotes[0].start, start);
    EXPECT_EQ(quotes[0].end, cpIndexOf(QStringLiteral("\nAinura: Мы")));
    EXPECT_EQ(wb.project().quoteText(quotes[0]), QStringLiteral("یہ ہمارا حق ہے کہ ہم خود فیصلہ کریں"));
    // The Urdu paragraph is laid out right to left.
    const QTextBlock block = wb.window->documentView()->document()->findBlock(
        wb.window->documentView()->positions().toUtf16(start));
    EXPECT_EQ(block.blockFormat().layoutDirection(), Qt::RightToLeft);
}

TEST(Coding, UndoAndRedoByKeyboardNameTheOperation)
{
    Workbench wb(kText);
    const Id medical = wb.code(QStringLiteral("Perspective/Medical"));
    ASSERT_TRUE(wb.project().setCodeShortcut(medical, QStringLiteral("Ctrl+Alt+M")).ok());
    const qint64 start = cpIndexOf(QStringLiteral("clinics"));
    selectByKeys(*wb.window, start, 7);
    QTest::keyClick(wb.window.get(), Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
    ASSERT_EQ(quotesWith(wb.project(), medical).size(), 1);
    EXPECT_TRUE(wb.window->undoAction()->isEnabled());
    EXPECT_TRUE(wb.window->undoAction()->text().contains(wb.project().undoLabel()));
    EXPECT_FALSE(wb.project().undoLabel().isEmpty());

    QTest::keyClick(wb.window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(quotesWith(wb.project(), medical).isEmpty());
    EXPECT_TRUE(wb.window->documentView()->marks().isEmpty());
    EXPECT_TRUE(wb.window->redoAction()->isEnabled());

    QTest::keyClick(wb.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    const QList<Quote> back = quotesWith(wb.project(), medical);
    ASSERT_EQ(back.size(), 1);
    EXPECT_EQ(back[0].start, start);
    EXPECT_EQ(back[0].end, start + 7);
    EXPECT_EQ(wb.window->documentView()->marks().size(), 1);
}

TEST(Coding, UndoWorksAfterReopeningTheProject)
{
    Workbench wb(kText);
    const Id medical = wb.code(QStringLiteral("Perspective/Medical"));
    selectByKeys(*wb.window, cpIndexOf(QStringLiteral("clinics")), 7);
    ASSERT_TRUE(wb.window->coding()->applyCode(medical).ok());
    wb.window->closeProject();
    ASSERT_TRUE(wb.window->openProject(wb.path));
    EXPECT_TRUE(wb.window->undoAction()->isEnabled());
    wb.window->undoAction()->trigger();
    EXPECT_TRUE(quotesWith(wb.project(), medical).isEmpty());
}

TEST(Coding, QuickTaggingPutsOneValuePerDimensionOnTheSameQuote)
{
    Workbench wb(kText);
    const Id rights = wb.code(QStringLiteral("Perspective/Human rights"));
    const Id medical = wb.code(QStringLiteral("Perspective/Medical"));
    const Id kpLed = wb.code(QStringLiteral("Leadership/Key population-led"));
    const Id civil = wb.code(QStringLiteral("Origin/Civil society"));
    const qint64 start = cpIndexOf(QStringLiteral("We started"));
    selectByKeys(*wb.window, start, 10);

    ui::QuickTagStrip *strip = wb.window->quickTags();
    for (Id value : {medical, kpLed, civil}) {
        QAbstractButton *button = strip->button(value);
        ASSERT_NE(button, nullptr);
        QTest::mouseClick(button, Qt::LeftButton);
    }
    // Changing the perspective replaces Medical with Human rights.
    QTest::mouseClick(strip->button(rights), Qt::LeftButton);

    const QList<Quote> quotes = wb.project().quotes(wb.document);
    ASSERT_EQ(quotes.size(), 1);
    EXPECT_EQ(quotes[0].start, start);
    EXPECT_EQ(quotes[0].end, start + 10);
    QList<Id> codes;
    for (const Coding &c : wb.project().codings(quotes[0].id))
        codes << c.codeId;
    std::sort(codes.begin(), codes.end());
    QList<Id> expected{rights, kpLed, civil};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(codes, expected);
    EXPECT_TRUE(strip->button(rights)->isChecked());
    EXPECT_FALSE(strip->button(medical)->isChecked());

    // Clicking the chosen value again takes it off.
    QTest::mouseClick(strip->button(kpLed), Qt::LeftButton);
    EXPECT_TRUE(quotesWith(wb.project(), kpLed).isEmpty());
}

TEST(Coding, NumberKeysApplyRecentCodes)
{
    Workbench wb(kText);
    const Id medical = wb.code(QStringLiteral("Perspective/Medical"));
    const Id kpLed = wb.code(QStringLiteral("Leadership/Key population-led"));
    selectByKeys(*wb.window, cpIndexOf(QStringLiteral("network")), 7);
    ASSERT_TRUE(wb.window->coding()->applyCode(medical).ok());
    ASSERT_TRUE(wb.window->coding()->applyCode(kpLed).ok());
    // Recent: 1 = Key population-led, 2 = Medical.
    const qint64 start = cpIndexOf(QStringLiteral("Мы"));
    selectByKeys(*wb.window, start, 2);
    QTest::keyClick(wb.window->documentView(), Qt::Key_2);
    const QList<Quote> quotes = quotesWith(wb.project(), medical);
    ASSERT_EQ(quotes.size(), 2);
    EXPECT_EQ(quotes[1].start, start);
    EXPECT_EQ(quotes[1].end, start + 2);
}

TEST(Coding, QuickPickFiltersAndAppliesWithEnter)
{
    Workbench wb(kText);
    const Id kpLed = wb.code(QStringLiteral("Leadership/Key population-led"));
    const qint64 start = cpIndexOf(QStringLiteral("nobody"));
    selectByKeys(*wb.window, start, 6);
    QTimer::singleShot(0, wb.window.get(), [] {
        auto *pick = qobject_cast<ui::QuickPick *>(QApplication::activeModalWidget());
        ASSERT_NE(pick, nullptr);
        QTest::keyClicks(pick->filterEdit(), QStringLiteral("leader key"));
        QTest::keyClick(pick->filterEdit(), Qt::Key_Return);
    });
    const std::optional<Id> chosen = wb.window->quickPick();
    EXPECT_EQ(chosen, kpLed);
    const QList<Quote> quotes = quotesWith(wb.project(), kpLed);
    ASSERT_EQ(quotes.size(), 1);
    EXPECT_EQ(quotes[0].start, start);
    EXPECT_EQ(quotes[0].end, start + 6);
}

TEST(Coding, QuickPickRanksTheExactNameFirstAndAppliesIt)
{
    Workbench wb(kText);
    const Id rights = wb.code(QStringLiteral("Nature of advocacy/Rights"));
    const Id humanRights = wb.code(QStringLiteral("Perspective/Human rights"));
    const qint64 start = cpIndexOf(QStringLiteral("nobody"));
    selectByKeys(*wb.window, start, 6);
    QStringList listed;
    QTimer::singleShot(0, wb.window.get(), [&listed] {
        auto *pick = qobject_cast<ui::QuickPick *>(QApplication::activeModalWidget());
        ASSERT_NE(pick, nullptr);
        QTest::keyClicks(pick->filterEdit(), QStringLiteral("Rights"));
        for (int i = 0; i < pick->list()->count(); ++i)
            listed << pick->list()->item(i)->text();
        QTest::keyClick(pick->filterEdit(), Qt::Key_Return);
    });
    EXPECT_EQ(wb.window->quickPick(), rights);
    // Full paths; the exact name before the word prefix, although Perspective
    // comes first in the codebook.
    ASSERT_GE(listed.size(), 2);
    EXPECT_EQ(listed[0], QStringLiteral("Nature of advocacy/Rights"));
    EXPECT_EQ(listed[1], QStringLiteral("Perspective/Human rights"));
    EXPECT_EQ(quotesWith(wb.project(), rights).size(), 1);
    EXPECT_TRUE(quotesWith(wb.project(), humanRights).isEmpty());
}

TEST(Coding, QuickPickRankOrder)
{
    using ui::QuickPick;
    EXPECT_EQ(QuickPick::rank(QStringLiteral("Rights"), QStringLiteral("Nature of advocacy/Rights"),
                              QStringLiteral("rIGHTS")), 0);
    EXPECT_EQ(QuickPick::rank(QStringLiteral("Leadership"), QStringLiteral("Leadership"), QStringLiteral("lead")), 1);
    EXPECT_EQ(QuickPick::rank(QStringLiteral("Key population-led"), QStringLiteral("Leadership/Key population-led"),
                              QStringLiteral("led")), 2);
    EXPECT_EQ(QuickPick::rank(QStringLiteral("Human rights"), QStringLiteral("Perspective/Human rights"),
                              QStringLiteral("ights")), 3);
    EXPECT_EQ(QuickPick::rank(QStringLiteral("Key population-led"), QStringLiteral("Leadership/Key population-led"),
                              QStringLiteral("leader key")), 4);
    EXPECT_EQ(QuickPick::rank(QStringLiteral("Medical"), QStringLiteral("Perspective/Medical"), QStringLiteral("rights")), -1);

    // In the dialog, ties keep codebook order: both are substrings.
    Workbench wb(kText);
    ui::QuickPick pick(&wb.project(), wb.window.get());
    QTest::keyClicks(pick.filterEdit(), QStringLiteral("ights"));
    ASSERT_GE(pick.list()->count(), 2);
    EXPECT_EQ(pick.list()->item(0)->text(), QStringLiteral("Perspective/Human rights"));
    EXPECT_EQ(pick.list()->item(1)->text(), QStringLiteral("Nature of advocacy/Rights"));
    QTest::keyClicks(pick.filterEdit(), QStringLiteral("zzz"));
    EXPECT_EQ(pick.list()->count(), 0);
    EXPECT_EQ(pick.chosenCode(), std::nullopt);
}

TEST(Coding, CodeShortcutStillWorksAfterSwitchingProjects)
{
    Workbench wb(kText);
    const QString other = wb.dir.path(QStringLiteral("other.crosscut"));
    {
        auto second = createProject(other, QStringLiteral("intersectional"));
        const Id sw = *second->resolveCodePath(QStringLiteral("Population served/Sex workers"));
        ASSERT_TRUE(second->setCodeShortcut(sw, QStringLiteral("Ctrl+Shift+S")).ok());
    }
    const Id sexWorkers = wb.code(QStringLiteral("Population served/Sex workers"));
    ASSERT_TRUE(wb.project().setCodeShortcut(sexWorkers, QStringLiteral("Ctrl+Shift+S")).ok());

    ASSERT_TRUE(wb.window->openProject(other)) << wb.window->lastError().toStdString();
    ASSERT_TRUE(wb.window->openProject(wb.path)) << wb.window->lastError().toStdString();
    wb.window->showDocument(wb.document);

    // Exactly one action answers the key: the open project's.
    int answering = 0;
    for (const QAction *a : wb.window->findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+S")) && !a->associatedObjects().isEmpty())
            ++answering;
    EXPECT_EQ(answering, 1);

    const Id reopened = wb.code(QStringLiteral("Population served/Sex workers"));
    const qint64 start = cpIndexOf(QStringLiteral("nobody"));
    selectByKeys(*wb.window, start, 6);
    QTest::keyClick(wb.window->documentView(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    const QList<Quote> quotes = quotesWith(wb.project(), reopened);
    ASSERT_EQ(quotes.size(), 1) << wb.window->lastError().toStdString();
    EXPECT_EQ(quotes[0].start, start);
    EXPECT_EQ(quotes[0].end, start + 6);
}

TEST(Coding, StripeClickSelectsQuoteAndKeysMoveItsEdges)
{
    Workbench wb(kText);
    const Id medical = wb.code(QStringLiteral("Perspective/Medical"));
    const qint64 start = cpIndexOf(QStringLiteral("ourselves"));
    auto quote = wb.project().applyCode(wb.document, start, start + 9, medical);
    ASSERT_TRUE(quote.ok());
    ui::DocumentView *view = wb.window->documentView();
    view->moveCursor(QTextCursor::Start);
    ASSERT_EQ(view->currentQuote(), std::nullopt);

    const QRect stripe = view->stripeRect(*quote);
    ASSERT_FALSE(stripe.isNull());
    QTest::mouseClick(view->margin(), Qt::LeftButton, {}, stripe.center());
    EXPECT_EQ(view->currentQuote(), *quote);
    EXPECT_EQ(view->selectedSpan(), (ui::CodePointSpan{start, start + 9}));

    // Alt+Shift+Right takes in the space and then the whole emoji.
    QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
    // Ctrl+Alt+Shift+Right drops the first letter.
    QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    const auto q = wb.project().quote(*quote);
    ASSERT_TRUE(q.has_value());
    EXPECT_EQ(q->start, start + 1);
    EXPECT_EQ(q->end, start + 11);

    // Removing the coding from the stripe's menu asks the controller.
    Q_EMIT view->removeCodingRequested(*quote, medical);
    EXPECT_TRUE(quotesWith(wb.project(), medical).isEmpty());
}
