// Removing codings: a quote left without codes goes in the same operation,
// quick tagging swaps a dimension's value in one step, and undo/redo say
// where in which document they changed something.
#include "project/integrity.h"
#include "project/project.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

struct Coded {
    TempDir dir;
    QString path = dir.path(QStringLiteral("r.crosscut"));
    std::unique_ptr<Project> p = createProject(path, QStringLiteral("intersectional"));
    Id doc = 0;

    Coded()
    {
        doc = *p->addDocument({QStringLiteral("kenya"), DocumentKind::Interview,
                               QStringLiteral("We run it ourselves 😀.\nThe ministry pays.\n"), {}, {}, true});
    }
    Id code(const char *path) { return *p->resolveCodePath(QString::fromUtf8(path)); }
    qint64 count(const char *sqlText)
    {
        return p->database().scalar(QString::fromUtf8(sqlText))->toLongLong();
    }
};

}  // namespace

TEST(CodingRemoval, LastCodingTakesTheQuoteAndItsMemoInOneUndoableOperation)
{
    Coded f;
    const Id rights = f.code("Perspective/Human rights");
    const Id quote = *f.p->applyCode(f.doc, 3, 6, rights);
    ASSERT_TRUE(f.p->addMemo(MemoTarget::Quote, quote, QStringLiteral("why"), QStringLiteral("said twice")).ok());
    const int operations = int(f.p->history().size());

    ASSERT_TRUE(f.p->removeCoding(quote, rights).ok());
    EXPECT_FALSE(f.p->quote(quote).has_value());
    EXPECT_EQ(f.count("SELECT count(*) FROM quote"), 0);
    EXPECT_EQ(f.count("SELECT count(*) FROM memo"), 0);
    EXPECT_EQ(f.p->history().size(), operations + 1);  // one operation
    EXPECT_EQ(f.p->undoLabel(), QStringLiteral("Remove coding Human rights"));

    ASSERT_TRUE(f.p->undo().ok());
    ASSERT_TRUE(f.p->quote(quote).has_value());
    EXPECT_EQ(f.p->codings(quote).value(0).codeId, rights);
    EXPECT_EQ(f.count("SELECT count(*) FROM memo WHERE target_kind = 'quote'"), 1);
    EXPECT_EQ(f.p->undoLabel(), QStringLiteral("Write memo"));  // the step before, not half of it
    ASSERT_TRUE(f.p->replayedSpan().has_value());
    EXPECT_EQ(f.p->replayedSpan()->document, f.doc);
    EXPECT_EQ(f.p->replayedSpan()->start, 3);
    EXPECT_EQ(f.p->replayedSpan()->end, 6);

    // Redo removes the quote again and still names where it was.
    ASSERT_TRUE(f.p->redo().ok());
    EXPECT_FALSE(f.p->quote(quote).has_value());
    ASSERT_TRUE(f.p->replayedSpan().has_value());
    EXPECT_EQ(f.p->replayedSpan()->start, 3);
    EXPECT_EQ(f.p->replayedSpan()->end, 6);
    EXPECT_TRUE(checkIntegrity(*f.p).ok());
}

TEST(CodingRemoval, QuoteWithAnotherCodeStaysAndAMissingCodingChangesNothing)
{
    Coded f;
    const Id rights = f.code("Perspective/Human rights");
    const Id kpLed = f.code("Leadership/Key population-led");
    const Id quote = *f.p->applyCode(f.doc, 0, 2, rights);
    ASSERT_TRUE(f.p->applyCodeToQuote(quote, kpLed).ok());
    ASSERT_TRUE(f.p->removeCoding(quote, rights).ok());
    ASSERT_TRUE(f.p->quote(quote).has_value());
    EXPECT_EQ(f.p->codings(quote).size(), 1);

    const int operations = int(f.p->history().size());
    ASSERT_TRUE(f.p->removeCoding(quote, rights).ok());  // no longer there
    EXPECT_EQ(f.p->history().size(), operations);
    EXPECT_TRUE(f.p->quote(quote).has_value());
    EXPECT_FALSE(f.p->removeCoding(quote + 100, kpLed).ok());
}

TEST(CodingRemoval, DeletingACodeDeletesTheQuotesOnlyItHeld)
{
    Coded f;
    const Id rights = f.code("Perspective/Human rights");
    const Id kpLed = f.code("Leadership/Key population-led");
    const Id alone = *f.p->applyCode(f.doc, 0, 2, rights);
    const Id shared = *f.p->applyCode(f.doc, 3, 6, rights);
    ASSERT_TRUE(f.p->applyCodeToQuote(shared, kpLed).ok());
    ASSERT_TRUE(f.p->deleteCode(f.code("Perspective")).ok());
    EXPECT_FALSE(f.p->quote(alone).has_value());
    EXPECT_TRUE(f.p->quote(shared).has_value());
    ASSERT_TRUE(f.p->undo().ok());
    EXPECT_TRUE(f.p->quote(alone).has_value());
    EXPECT_EQ(f.p->codings(shared).size(), 2);
}

TEST(CodingRemoval, SettingADimensionValueReplacesTheOtherInOneStep)
{
    Coded f;
    const Id medical = f.code("Perspective/Medical");
    const Id rights = f.code("Perspective/Human rights");
    const Id quote = *f.p->applyCode(f.doc, 3, 6, medical);
    ASSERT_TRUE(f.p->setDimensionValue(quote, rights).ok());
    ASSERT_TRUE(f.p->quote(quote).has_value());  // never emptied on the way
    const QList<Coding> codings = f.p->codings(quote);
    ASSERT_EQ(codings.size(), 1);
    EXPECT_EQ(codings[0].codeId, rights);
    ASSERT_TRUE(f.p->undo().ok());
    EXPECT_EQ(f.p->codings(quote).value(0).codeId, medical);
    EXPECT_EQ(f.p->codings(quote).size(), 1);
    EXPECT_FALSE(f.p->setDimensionValue(quote, f.code("Perspective")).ok());  // a dimension is no value
}

TEST(CodingRemoval, UndoingACodingNamesTheSpanItRemoved)
{
    Coded f;
    const Id global = f.code("Organisation type/Global");
    ASSERT_TRUE(f.p->applyCode(f.doc, 24, 36, global).ok());
    ASSERT_TRUE(f.p->renameCode(global, QStringLiteral("Worldwide")).ok());
    ASSERT_TRUE(f.p->undo().ok());  // a rename touches no text
    EXPECT_FALSE(f.p->replayedSpan().has_value());
    ASSERT_TRUE(f.p->undo().ok());
    ASSERT_TRUE(f.p->replayedSpan().has_value());
    EXPECT_EQ(f.p->replayedSpan()->document, f.doc);
    EXPECT_EQ(f.p->replayedSpan()->start, 24);
    EXPECT_EQ(f.p->replayedSpan()->end, 36);
}
