// View → Coders: all coders' codings, only mine, one chosen coder, or a
// comparison in a colour per coder, applied to the document view's
// highlights and stripes, the codebook counts and quote retrieval; a blind
// copy shows only its coder's work whatever is chosen.
#include "uitestsupport.h"

#include "codebook/codebookmodel.h"
#include "codebook/codebookpanel.h"
#include "coders/coderfilter.h"
#include "coders/coderlegend.h"
#include "coders/codersmenu.h"
#include "document/documentview.h"
#include "document/stripemargin.h"
#include "mainwindow/teamactions.h"
#include "project/projectwriter.h"
#include "retrieval/retrievalmodel.h"
#include "retrieval/retrievalpanel.h"
#include "settings/coderdialog.h"

#include <QAction>
#include <QMenu>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

// Emoji and Cyrillic before the codings: code points and UTF-16 differ.
const QString kText = QStringLiteral("Интервьюер 🙂: Кто решает?\nАйнура: Мы решаем сами, всем сообществом, каждый раз.\n");
constexpr qint64 kSharedStart = 35, kSharedEnd = 50;  // both coders
constexpr qint64 kOtherStart = 45, kOtherEnd = 70;    // Bakyt only, overlapping

struct TwoCoders {
    Workbench wb{kText};
    Id leadership = wb.code(QStringLiteral("Leadership/Key population-led"));
    Id belonging = wb.code(QStringLiteral("Collaboration/Benefits/Sense of belonging to a movement"));
    Id shared = 0, other = 0;

    TwoCoders()
    {
        Status s = wb.project().transact(QStringLiteral("Two coders"), [&](ProjectWriter &w) -> Status {
            auto a = w.coderId(QStringLiteral("Aigerim"));
            auto b = w.coderId(QStringLiteral("Bakyt"));
            auto q1 = w.findOrInsertQuote(wb.document, kSharedStart, kSharedEnd);
            auto q2 = w.findOrInsertQuote(wb.document, kOtherStart, kOtherEnd);
            if (!a || !b || !q1 || !q2)
                return makeError(ErrorKind::Invalid, QStringLiteral("setup"));
            shared = *q1;
            other = *q2;
            for (auto c : {w.insertCoding(*q1, leadership, *a), w.insertCoding(*q1, belonging, *b),
                           w.insertCoding(*q2, leadership, *b)})
                if (!c)
                    return c.error();
            return {};
        });
        EXPECT_TRUE(s.ok()) << s.message().toStdString();
        wb.project().setCurrentCoder(QStringLiteral("Aigerim"));
    }
    ui::DocumentView *view() { return wb.window->documentView(); }
    ui::CodersMenu *menu() { return wb.window->teamActions()->codersMenu(); }
    ui::CoderFilter *filter() { return wb.window->teamActions()->coderFilter(); }
    Id coder(const QString &name) { return wb.project().findCoder(name)->id; }
    QList<const ui::QuoteMark *> marksOf(Id quote)
    {
        QList<const ui::QuoteMark *> out;
        for (const ui::QuoteMark &m : view()->marks())
            if (m.quoteId == quote)
                out.append(&m);
        return out;
    }
    // The background the highlighter gave the text at code point `at`.
    QColor backgroundAt(qint64 at)
    {
        const int pos = view()->positions().toUtf16(at);
        const QTextBlock block = view()->document()->findBlock(pos);
        for (const QTextLayout::FormatRange &r : block.layout()->formats())
            if (block.position() + r.start <= pos && pos < block.position() + r.start + r.length
                && r.format.hasProperty(QTextFormat::BackgroundBrush))
                return r.format.background().color();
        return {};
    }
};

// The settings are shared by the whole run: each test starts from "all coders".
void resetChoice(ui::CoderFilter *filter) { filter->setView(ui::CoderView::All); }

}  // namespace

TEST(CoderView, AllCodersByDefault)
{
    TwoCoders t;
    ASSERT_NE(t.filter(), nullptr);
    resetChoice(t.filter());
    EXPECT_TRUE(t.menu()->allAction()->isChecked());
    ASSERT_EQ(t.marksOf(t.shared).size(), 1);
    EXPECT_EQ(t.marksOf(t.shared).first()->codes, (QList<Id>{t.leadership, t.belonging}));
    EXPECT_EQ(t.marksOf(t.other).size(), 1);
    EXPECT_TRUE(t.backgroundAt(kOtherEnd - 2).isValid());
    EXPECT_EQ(t.wb.window->codebook()->model()->quoteCount(t.leadership), 2);
}

TEST(CoderView, OnlyMineHidesTheOtherCodersHighlightAndStripe)
{
    TwoCoders t;
    resetChoice(t.filter());
    t.menu()->mineAction()->trigger();
    EXPECT_EQ(t.filter()->view(), ui::CoderView::Mine);
    EXPECT_TRUE(t.menu()->mineAction()->isChecked());
    // Aigerim's coding of the shared span stays; Bakyt's code on it and his
    // quote of his own go, stripe and highlight alike.
    ASSERT_EQ(t.marksOf(t.shared).size(), 1);
    EXPECT_EQ(t.marksOf(t.shared).first()->codes, QList<Id>{t.leadership});
    EXPECT_TRUE(t.marksOf(t.other).isEmpty());
    EXPECT_EQ(t.view()->mark(t.other), nullptr);
    EXPECT_TRUE(t.view()->stripeRect(t.other).isNull());
    EXPECT_FALSE(t.view()->stripeRect(t.shared).isNull());
    EXPECT_TRUE(t.backgroundAt(kSharedStart + 1).isValid());
    EXPECT_FALSE(t.backgroundAt(kOtherEnd - 2).isValid()) << "Bakyt's quote is still highlighted";
    // The codebook counts only Aigerim's codings.
    EXPECT_EQ(t.wb.window->codebook()->model()->quoteCount(t.leadership), 1);
    EXPECT_EQ(t.wb.window->codebook()->model()->quoteCount(t.belonging), 0);

    // Another coder chosen in the status bar: "mine" follows.
    auto *status = t.wb.window->findChild<ui::CoderStatus *>(QStringLiteral("coderStatus"));
    ASSERT_NE(status, nullptr);
    Q_EMIT status->coderChosen(QStringLiteral("Bakyt"));
    EXPECT_EQ(t.marksOf(t.shared).first()->codes, QList<Id>{t.belonging});
    EXPECT_EQ(t.marksOf(t.other).size(), 1);
    Q_EMIT status->coderChosen(QStringLiteral("Aigerim"));
    EXPECT_TRUE(t.marksOf(t.other).isEmpty());

    // A new coding of mine shows at once; back to all coders, all return.
    const Id mine = *t.wb.project().applyCode(t.wb.document, kOtherStart, kOtherEnd, t.belonging);
    EXPECT_EQ(mine, t.other);
    ASSERT_EQ(t.marksOf(t.other).size(), 1);
    EXPECT_EQ(t.marksOf(t.other).first()->codes, QList<Id>{t.belonging});
    t.menu()->allAction()->trigger();
    EXPECT_EQ(t.marksOf(t.other).first()->codes, (QList<Id>{t.leadership, t.belonging}));
    EXPECT_EQ(t.wb.window->codebook()->model()->quoteCount(t.leadership), 2);
}

TEST(CoderView, OneChosenCoderFromASubmenuThatFollowsNewCoders)
{
    TwoCoders t;
    resetChoice(t.filter());
    ASSERT_NE(t.menu()->coderAction(QStringLiteral("Aigerim")), nullptr);
    QAction *bakyt = t.menu()->coderAction(QStringLiteral("Bakyt"));
    ASSERT_NE(bakyt, nullptr);
    bakyt->trigger();
    EXPECT_TRUE(bakyt->isChecked());
    EXPECT_FALSE(t.menu()->allAction()->isChecked());
    EXPECT_EQ(t.filter()->shownCoder(), QStringLiteral("Bakyt"));
    ASSERT_EQ(t.marksOf(t.shared).size(), 1);
    EXPECT_EQ(t.marksOf(t.shared).first()->codes, QList<Id>{t.belonging});
    ASSERT_EQ(t.marksOf(t.other).size(), 1);

    // A third coder appears in the submenu as soon as they code.
    EXPECT_EQ(t.menu()->coderAction(QStringLiteral("Chynara")), nullptr);
    const qsizetype listed = t.menu()->oneCoderMenu()->actions().size();
    t.wb.project().setCurrentCoder(QStringLiteral("Chynara"));
    ASSERT_TRUE(t.wb.project().applyCode(t.wb.document, 0, 10, t.leadership).ok());
    EXPECT_NE(t.menu()->coderAction(QStringLiteral("Chynara")), nullptr);
    EXPECT_EQ(t.menu()->oneCoderMenu()->actions().size(), listed + 1);
    // Still Bakyt's view: Chynara's new quote is not shown.
    bakyt = t.menu()->coderAction(QStringLiteral("Bakyt"));  // the submenu was rebuilt
    ASSERT_NE(bakyt, nullptr);
    EXPECT_TRUE(bakyt->isChecked());
    EXPECT_EQ(t.view()->quoteAt(3), std::nullopt);
}

TEST(CoderView, CompareModeGivesEachCoderAStripeInTheirColourAndALegend)
{
    TwoCoders t;
    resetChoice(t.filter());
    EXPECT_FALSE(t.view()->coderLegend()->isVisible());
    t.menu()->compareAction()->trigger();
    EXPECT_TRUE(t.filter()->comparing());
    const Id aigerim = t.coder(QStringLiteral("Aigerim")), bakyt = t.coder(QStringLiteral("Bakyt"));
    const QColor aColor = t.filter()->colorOf(aigerim), bColor = t.filter()->colorOf(bakyt);
    EXPECT_NE(aColor, bColor);

    // The shared span: one mark per coder, each in the coder's colour, in
    // columns side by side.
    const QList<const ui::QuoteMark *> shared = t.marksOf(t.shared);
    ASSERT_EQ(shared.size(), 2);
    EXPECT_EQ(shared[0]->coderId, aigerim);
    EXPECT_EQ(shared[0]->coderName, QStringLiteral("Aigerim"));
    EXPECT_EQ(shared[0]->colors, QList<QColor>{aColor});
    EXPECT_EQ(shared[1]->coderId, bakyt);
    EXPECT_EQ(shared[1]->colors, QList<QColor>{bColor});
    EXPECT_NE(shared[0]->column, shared[1]->column);
    auto *margin = qobject_cast<ui::StripeMargin *>(t.view()->margin());
    ASSERT_NE(margin, nullptr);
    const QRect a = margin->stripeRect(int(shared[0] - t.view()->marks().data()));
    const QRect b = margin->stripeRect(int(shared[1] - t.view()->marks().data()));
    ASSERT_FALSE(a.isNull());
    ASSERT_FALSE(b.isNull());
    EXPECT_NE(a.left(), b.left());
    EXPECT_EQ(a.top(), b.top());
    // Bakyt's other quote is in his colour.
    ASSERT_EQ(t.marksOf(t.other).size(), 1);
    EXPECT_EQ(t.marksOf(t.other).first()->colors, QList<QColor>{bColor});

    // The legend names both coders of this document in their colours, above the text.
    ui::CoderLegend *legend = t.view()->coderLegend();
    EXPECT_TRUE(legend->isVisible());
    EXPECT_EQ(legend->entries(), (QList<ui::CoderLegend::Entry>{{QStringLiteral("Aigerim"), aColor},
                                                               {QStringLiteral("Bakyt"), bColor}}));
    EXPECT_GT(legend->height(), 0);
    EXPECT_LE(legend->geometry().bottom(), t.view()->viewport()->geometry().top());

    // Colours stay with their coders when a coder is added.
    t.wb.project().setCurrentCoder(QStringLiteral("Chynara"));
    ASSERT_TRUE(t.wb.project().applyCode(t.wb.document, 0, 10, t.leadership).ok());
    EXPECT_EQ(t.filter()->colorOf(aigerim), aColor);
    EXPECT_EQ(t.filter()->colorOf(bakyt), bColor);
    EXPECT_EQ(legend->entries().size(), 3);

    t.menu()->allAction()->trigger();
    EXPECT_FALSE(legend->isVisible());
    EXPECT_EQ(t.marksOf(t.shared).size(), 1);
}

TEST(CoderView, TheChoiceIsRememberedPerProject)
{
    TwoCoders t;
    t.menu()->coderAction(QStringLiteral("Bakyt"))->trigger();
    t.wb.window->closeProject();
    // Without a project: no Coders menu, no merge, no hand-out.
    EXPECT_FALSE(t.menu()->menuAction()->isEnabled());
    EXPECT_FALSE(t.wb.window->teamActions()->mergeAction()->isEnabled());
    EXPECT_FALSE(t.wb.window->teamActions()->handoutAction()->isEnabled());
    ASSERT_TRUE(t.wb.window->openProject(t.wb.path));
    EXPECT_TRUE(t.menu()->menuAction()->isEnabled());
    EXPECT_TRUE(t.wb.window->teamActions()->mergeAction()->isEnabled());
    EXPECT_TRUE(t.wb.window->teamActions()->handoutAction()->isEnabled());
    EXPECT_EQ(t.filter()->view(), ui::CoderView::One);
    EXPECT_EQ(t.filter()->chosenCoder(), QStringLiteral("Bakyt"));
    EXPECT_TRUE(t.menu()->coderAction(QStringLiteral("Bakyt"))->isChecked());
    resetChoice(t.filter());
}

TEST(CoderView, ABlindCopyShowsOnlyItsCoderWhateverIsChosen)
{
    TwoCoders t;
    t.menu()->compareAction()->trigger();
    // What team::handout writes into a blind copy (core/team/handout.h).
    Status s = t.wb.project().transact(QStringLiteral("Blind"), [](ProjectWriter &w) {
        return w.exec("INSERT OR REPLACE INTO project_info(key, value) VALUES ('blind_coder', ?)",
                      {QStringLiteral("Bakyt")});
    });
    ASSERT_TRUE(s.ok()) << s.message().toStdString();
    t.wb.window->closeProject();
    ASSERT_TRUE(t.wb.window->openProject(t.wb.path));
    t.wb.window->showDocument(t.wb.document);

    EXPECT_EQ(t.filter()->blindCoder(), QStringLiteral("Bakyt"));
    EXPECT_FALSE(t.filter()->comparing());
    EXPECT_FALSE(t.view()->coderLegend()->isVisible());
    ASSERT_EQ(t.marksOf(t.shared).size(), 1);
    EXPECT_EQ(t.marksOf(t.shared).first()->codes, QList<Id>{t.belonging});
    EXPECT_EQ(t.marksOf(t.shared).first()->coderName, QString());
    // Every other choice is disabled, saying why.
    for (QAction *a : {t.menu()->allAction(), t.menu()->mineAction(), t.menu()->compareAction(),
                       t.menu()->coderAction(QStringLiteral("Aigerim"))}) {
        EXPECT_FALSE(a->isEnabled()) << a->text().toStdString();
        EXPECT_TRUE(a->toolTip().contains(QStringLiteral("blind copy for Bakyt"))) << a->toolTip().toStdString();
    }
    QAction *bakyt = t.menu()->coderAction(QStringLiteral("Bakyt"));
    EXPECT_TRUE(bakyt->isEnabled());
    EXPECT_TRUE(bakyt->isChecked());
    // Even set directly, a choice does not show Aigerim's work.
    t.filter()->setView(ui::CoderView::All);
    EXPECT_EQ(t.marksOf(t.shared).first()->codes, QList<Id>{t.belonging});
    EXPECT_EQ(t.wb.window->codebook()->model()->quoteCount(t.leadership), 1);
}

TEST(CoderView, RetrievalListsOnlyTheChosenCodersQuotes)
{
    TwoCoders t;
    resetChoice(t.filter());
    QTabWidget *tabs = t.wb.window->bottomTabs();
    auto *retrieval = tabs->findChild<ui::RetrievalPanel *>();
    ASSERT_NE(retrieval, nullptr);
    tabs->setCurrentWidget(retrieval);
    retrieval->showCodes({t.leadership}, ui::QuoteQuery::Combine::Any);
    EXPECT_EQ(retrieval->model()->quoteIds(), (QList<Id>{t.shared, t.other}));
    t.menu()->coderAction(QStringLiteral("Aigerim"))->trigger();
    EXPECT_EQ(retrieval->model()->quoteIds(), QList<Id>{t.shared});
    t.menu()->mineAction()->trigger();
    EXPECT_EQ(retrieval->model()->quoteIds(), QList<Id>{t.shared});
    t.menu()->coderAction(QStringLiteral("Bakyt"))->trigger();
    EXPECT_EQ(retrieval->model()->quoteIds(), QList<Id>{t.other});
    // Comparing lists every coder's.
    t.menu()->compareAction()->trigger();
    EXPECT_EQ(retrieval->model()->quoteIds(), (QList<Id>{t.shared, t.other}));
    resetChoice(t.filter());
}

TEST(CoderView, AStripeOfOneCodersWorkRemovesOnlyThatCodersCodings)
{
    TwoCoders t;
    resetChoice(t.filter());
    auto *margin = qobject_cast<ui::StripeMargin *>(t.view()->margin());
    ASSERT_NE(margin, nullptr);
    auto stripeOf = [&](Id quote, int nth = 0) {
        const QList<const ui::QuoteMark *> marks = t.marksOf(quote);
        return marks.size() > nth ? margin->stripeRect(int(marks[nth] - t.view()->marks().data())).center() : QPoint();
    };
    auto actionNamed = [](QMenu *menu, const QString &text) -> QAction * {
        for (QAction *a : menu->actions())
            if (a->text() == text)
                return a;
        return nullptr;
    };
    const QString removeLeadership =
        ui::StripeMargin::tr("Remove coding “%1”").arg(QStringLiteral("Key population-led"));

    // Only mine: removing Key population-led from the shared quote takes
    // Aigerim's coding; Bakyt's codings of the quote stay.
    t.menu()->mineAction()->trigger();
    {
        std::unique_ptr<QMenu> menu = margin->buildContextMenu(stripeOf(t.shared));
        ASSERT_NE(menu, nullptr);
        EXPECT_EQ(actionNamed(menu.get(), ui::StripeMargin::tr("Delete quote")), nullptr);
        QAction *remove = actionNamed(menu.get(), removeLeadership);
        ASSERT_NE(remove, nullptr);
        remove->trigger();
    }
    const Id aigerim = t.coder(QStringLiteral("Aigerim")), bakyt = t.coder(QStringLiteral("Bakyt"));
    QList<Coding> left = t.wb.project().codings(t.shared);
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left.first().coderId, bakyt);
    EXPECT_TRUE(t.marksOf(t.shared).isEmpty());  // nothing of mine left there
    ASSERT_TRUE(t.wb.project().undo().ok());

    // Comparing: Bakyt's stripe of the shared quote removes Bakyt's codings only.
    t.menu()->compareAction()->trigger();
    ASSERT_EQ(t.marksOf(t.shared).size(), 2);
    {
        std::unique_ptr<QMenu> menu = margin->buildContextMenu(stripeOf(t.shared, 1));
        ASSERT_NE(menu, nullptr);
        QAction *remove = menu->findChild<QAction *>(QStringLiteral("removeCoderCodings"));
        ASSERT_NE(remove, nullptr);
        EXPECT_TRUE(remove->text().contains(QStringLiteral("Bakyt"))) << remove->text().toStdString();
        remove->trigger();
    }
    left = t.wb.project().codings(t.shared);
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left.first().coderId, aigerim);
    ASSERT_EQ(t.marksOf(t.shared).size(), 1);
    EXPECT_EQ(t.marksOf(t.shared).first()->coderId, aigerim);
    EXPECT_EQ(t.wb.project().codings(t.other).size(), 1);  // his other quote is untouched

    // Every coder's view keeps the old meaning: the code goes for all.
    ASSERT_TRUE(t.wb.project().undo().ok());
    t.menu()->allAction()->trigger();
    {
        std::unique_ptr<QMenu> menu = margin->buildContextMenu(stripeOf(t.shared));
        ASSERT_NE(menu, nullptr);
        EXPECT_NE(actionNamed(menu.get(), ui::StripeMargin::tr("Delete quote")), nullptr);
    }
}
