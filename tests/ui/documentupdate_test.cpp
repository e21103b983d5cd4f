// The document view updates only the quotes a change touches. After every
// kind of change (apply, second code, remove one coding, move, recolour,
// delete, undo, redo, a change in another document) its marks must equal
// what a fresh view of the same document shows.
#include "uitestsupport.h"

#include "codebook/codebookmodel.h"
#include "codebook/codebookpanel.h"
#include "document/documentview.h"
#include "live/livesession.h"
#include "mainwindow/documentlistmodel.h"
#include "mainwindow/documentlistpanel.h"

#include <QCoreApplication>
#include <QTextBlock>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

// Marks as a comparable list: quote, span in both units, blocks, codes, colours.
QStringList describe(const ui::DocumentView &view)
{
    QStringList out;
    for (const ui::QuoteMark &m : view.marks()) {
        QStringList colors;
        for (const QColor &c : m.colors)
            colors << c.name();
        QStringList codes;
        for (Id c : m.codes)
            codes << QString::number(c);
        out << QStringLiteral("%1 %2-%3 [%4-%5] b%6-%7 codes %8 colors %9 names %10")
                   .arg(m.quoteId)
                   .arg(m.start)
                   .arg(m.end)
                   .arg(m.utf16Start)
                   .arg(m.utf16End)
                   .arg(m.firstBlock)
                   .arg(m.lastBlock)
                   .arg(codes.join(u','), colors.join(u','), m.names.join(u','));
    }
    return out;
}

void expectMatchesFreshView(ui::MainWindow &window)
{
    QCoreApplication::processEvents();
    ui::DocumentView *view = window.documentView();
    ui::DocumentView fresh(window.project(), nullptr);
    fresh.showDocument(view->documentId());
    EXPECT_EQ(describe(*view), describe(fresh));
    for (const ui::QuoteMark &m : view->marks())
        EXPECT_EQ(view->mark(m.quoteId), &m);
}

}  // namespace

TEST(DocumentUpdate, IncrementalChangesMatchAFreshView)
{
    Workbench wb(QStringLiteral("Ainura: Мы сами решили 👍🏽 open the clinic.\nFarida: یہ ہمارا فیصلہ تھا\n"
                                "Interviewer: And funding?\nAinura: समुदाय नेतृत्व came first.\n"));
    Project &p = wb.project();
    const Id kpLed = wb.code(QStringLiteral("Leadership/Key population-led"));
    const Id rights = wb.code(QStringLiteral("Nature of advocacy/Rights"));
    ui::DocumentView *view = wb.window->documentView();
    ASSERT_EQ(view->documentId(), wb.document);

    const auto q1 = p.applyCode(wb.document, 8, 21, kpLed);
    ASSERT_TRUE(q1.ok());
    expectMatchesFreshView(*wb.window);
    ASSERT_EQ(view->marks().size(), 1);

    const auto q2 = p.applyCode(wb.document, 50, 70, rights);
    ASSERT_TRUE(q2.ok());
    ASSERT_TRUE(p.applyCodeToQuote(*q1, rights).ok());
    expectMatchesFreshView(*wb.window);
    EXPECT_EQ(view->mark(*q1)->codes, (QList<Id>{kpLed, rights}));

    // A removed coding no longer names its quote: the view still finds it.
    ASSERT_TRUE(p.removeCoding(*q1, kpLed).ok());
    expectMatchesFreshView(*wb.window);
    EXPECT_EQ(view->mark(*q1)->codes, QList<Id>{rights});

    ASSERT_TRUE(p.setQuoteBounds(*q2, 40, 90).ok());
    expectMatchesFreshView(*wb.window);
    EXPECT_EQ(view->mark(*q2)->start, 40);
    EXPECT_LT(view->mark(*q1), view->mark(*q2));  // kept in start order

    ASSERT_TRUE(p.setCodeColor(rights, QStringLiteral("#336699")).ok());
    expectMatchesFreshView(*wb.window);
    EXPECT_EQ(view->mark(*q2)->colors.value(0), QColor(QStringLiteral("#336699")));

    ASSERT_TRUE(p.deleteQuote(*q2).ok());
    expectMatchesFreshView(*wb.window);
    EXPECT_EQ(view->mark(*q2), nullptr);

    ASSERT_TRUE(p.undo().ok());  // the quote comes back with its coding
    expectMatchesFreshView(*wb.window);
    ASSERT_NE(view->mark(*q2), nullptr);
    ASSERT_TRUE(p.redo().ok());
    expectMatchesFreshView(*wb.window);
    EXPECT_EQ(view->mark(*q2), nullptr);

    // A quote in another document leaves this view alone.
    NewDocument other;
    other.name = QStringLiteral("other");
    other.text = QStringLiteral("Another transcript, long enough to code.");
    const auto otherDoc = p.addDocument(other);
    ASSERT_TRUE(otherDoc.ok());
    const QStringList before = describe(*view);
    ASSERT_TRUE(p.applyCode(*otherDoc, 0, 7, kpLed).ok());
    QCoreApplication::processEvents();
    EXPECT_EQ(describe(*view), before);

    // Deleting a code (its codings go unlisted) falls back to a full reload.
    ASSERT_TRUE(p.deleteCode(rights).ok());
    expectMatchesFreshView(*wb.window);
    for (const ui::QuoteMark &m : view->marks())
        EXPECT_FALSE(m.codes.contains(rights));
}

TEST(DocumentUpdate, CountsFollowCodingsAndQuotes)
{
    Workbench wb(QStringLiteral("Ainura: we decided ourselves, and the clinic followed us later on.\n"));
    Project &p = wb.project();
    const Id kpLed = wb.code(QStringLiteral("Leadership/Key population-led"));
    ui::CodebookModel *codebook = wb.window->codebook()->model();
    ui::DocumentListModel *documents = wb.window->findChild<ui::DocumentListPanel *>()->model();
    const int row = documents->rowOf(wb.document);
    auto quotesShown = [&] { return documents->index(row, ui::DocumentListModel::QuotesColumn).data().toInt(); };

    const auto q1 = p.applyCode(wb.document, 0, 6, kpLed);
    const auto q2 = p.applyCode(wb.document, 8, 15, kpLed);
    ASSERT_TRUE(q1.ok() && q2.ok());
    EXPECT_EQ(codebook->quoteCount(kpLed), 2);  // counted in at once
    EXPECT_EQ(quotesShown(), 2);

    ASSERT_TRUE(p.deleteQuote(*q1).ok());
    QCoreApplication::processEvents();  // deletions are recounted once, after the burst
    EXPECT_EQ(codebook->quoteCount(kpLed), 1);
    EXPECT_EQ(quotesShown(), 1);
    EXPECT_EQ(documents->totalQuotes(), 1);

    ASSERT_TRUE(p.undo().ok());
    QCoreApplication::processEvents();
    EXPECT_EQ(codebook->quoteCount(kpLed), 2);
    EXPECT_EQ(quotesShown(), 2);
}

TEST(DocumentUpdate, LiveCommitsAppendToTheShownSessionAndMatchAFreshView)
{
    Workbench wb(QStringLiteral("An interview.\n"));
    Project &p = wb.project();
    const Id rights = wb.code(QStringLiteral("Nature of advocacy/Rights"));
    auto session = live::LiveSession::start(p, {QStringLiteral("FGD shown"), {}, {}, {}},
                                            {{QStringLiteral("Ravi"), {}, {}, {}}, {QStringLiteral("زینب"), {}, {}, {}}}, {});
    ASSERT_TRUE(session.ok());
    const Id doc = (*session)->documentId();
    ASSERT_TRUE((*session)->commit(QStringLiteral("Ravi"), QStringLiteral("first 🤝"), 0, {rights}).ok());
    wb.window->showDocument(doc);
    ui::DocumentView *view = wb.window->documentView();
    QTextDocument *shown = view->document();

    // Each commit appends to the shown text: its first block survives (a
    // reload would replace every block and drop this marker with them).
    struct Marker : QTextBlockUserData {
        bool *alive;
        explicit Marker(bool *flag) : alive(flag) { *alive = true; }
        ~Marker() override { *alive = false; }
    };
    bool firstBlockKept = false;
    shown->firstBlock().setUserData(new Marker(&firstBlockKept));
    for (int i = 0; i < 6; ++i) {
        const QString said = i % 2 ? QStringLiteral("ہم ساتھ ہیں %1").arg(i) : QStringLiteral("peer outreach %1 👍🏽").arg(i);
        ASSERT_TRUE((*session)->commit(i % 2 ? QStringLiteral("زینب") : QStringLiteral("Ravi"), said, 0,
                                       i % 3 ? QList<Id>{} : QList<Id>{rights})
                        .ok());
        QCoreApplication::processEvents();
        EXPECT_TRUE(firstBlockKept) << i;
        EXPECT_EQ(view->toPlainText(), p.documentText(doc));
        EXPECT_EQ(view->positions().codePointLength(), p.document(doc)->length);
        expectMatchesFreshView(*wb.window);
    }
    // The document list follows: the session's length, its two speakers,
    // its quotes — as a list built afresh shows them.
    ui::DocumentListModel *listed = wb.window->findChild<ui::DocumentListPanel *>()->model();
    ui::DocumentListModel fresh(&p, nullptr);
    const int row = listed->rowOf(doc);
    ASSERT_GE(row, 0);
    for (int column : {int(ui::DocumentListModel::NameColumn), int(ui::DocumentListModel::SpeakersColumn),
                       int(ui::DocumentListModel::QuotesColumn)})
        EXPECT_EQ(listed->index(row, column).data(), fresh.index(fresh.rowOf(doc), column).data()) << column;
    EXPECT_EQ(listed->index(row, ui::DocumentListModel::SpeakersColumn).data().toInt(), 2);

    // An Urdu line reads right to left, as in a freshly opened view.
    const QTextBlock urdu = view->document()->findBlockByNumber(2);
    EXPECT_TRUE(urdu.text().contains(QStringLiteral("ہم ساتھ ہیں")));
    EXPECT_EQ(urdu.blockFormat().layoutDirection(), Qt::RightToLeft);

    // Undo is not an append: the view reloads and still matches.
    ASSERT_TRUE(p.undo().ok());
    QCoreApplication::processEvents();
    EXPECT_FALSE(firstBlockKept);
    EXPECT_EQ(view->toPlainText(), p.documentText(doc));
    expectMatchesFreshView(*wb.window);
}
