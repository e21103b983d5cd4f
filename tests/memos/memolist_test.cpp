// analysis/memolist.h: every memo with what it is attached to and its
// context, filtered and sorted, following the project's changes.
#include "memosfixture.h"

#include "analysis/memolist.h"

#include <QThread>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::analysis;
using namespace crosscut::test;

namespace {

const MemoEntry *find(const QList<MemoEntry> &list, MemoKind kind)
{
    for (const MemoEntry &e : list)
        if (e.kind == kind)
            return &e;
    return nullptr;
}

QStringList titles(const QList<MemoEntry> &list)
{
    QStringList out;
    for (const MemoEntry &e : list)
        out << e.title;
    return out;
}

}  // namespace

TEST(MemoList, ListsEveryKindWithItsTargetAndContext)
{
    MemosProject p;
    const QList<MemoEntry> all = listMemos(*p.project, {}, MemoSort::Created);
    ASSERT_EQ(all.size(), 6);  // five memos and the flag (its memo and its row are one entry)

    const MemoEntry *project = find(all, MemoKind::Project);
    ASSERT_TRUE(project);
    EXPECT_EQ(project->attachedTo, p.project->name());
    EXPECT_EQ(project->author, QStringLiteral("amina"));

    const MemoEntry *document = find(all, MemoKind::Document);
    ASSERT_TRUE(document);
    EXPECT_EQ(document->attachedTo, QStringLiteral("interview-a"));

    const MemoEntry *code = find(all, MemoKind::Code);
    ASSERT_TRUE(code);
    EXPECT_EQ(code->attachedTo, QStringLiteral("Leadership/Key population-led"));
    EXPECT_EQ(code->author, QStringLiteral("bogdan"));

    const MemoEntry *quote = find(all, MemoKind::Quote);
    ASSERT_TRUE(quote);
    EXPECT_EQ(quote->context, QStringLiteral("We lead outreach to sex workers."));  // code points 24..56, past the emoji
    EXPECT_EQ(quote->attachedTo, QStringLiteral("interview-a [24–56]"));
    EXPECT_EQ(quote->documentId, p.docA);
    EXPECT_EQ(quote->start, 24);
    EXPECT_EQ(quote->end, 56);

    const MemoEntry *kase = find(all, MemoKind::Case);
    ASSERT_TRUE(kase);
    EXPECT_EQ(kase->attachedTo, QStringLiteral("Айгуль"));
    EXPECT_EQ(kase->context, QStringLiteral("Peer educator, Bishkek"));

    const MemoEntry *flag = find(all, MemoKind::LiveFlag);
    ASSERT_TRUE(flag);
    EXPECT_EQ(flag->attachedTo, QStringLiteral("FGD Bishkek · 00:01:01"));
    EXPECT_EQ(flag->context, QStringLiteral("ask about funding"));
    EXPECT_EQ(flag->targetId, p.session);
    EXPECT_TRUE(flag->editable());
    EXPECT_TRUE(flag->flagId.has_value());
    // The flag's memo is not listed a second time as a document memo.
    int documents = 0;
    for (const MemoEntry &e : all)
        documents += e.kind == MemoKind::Document ? 1 : 0;
    EXPECT_EQ(documents, 1);

    // One memo read alone is the same entry.
    const std::optional<MemoEntry> one = memoEntry(*p.project, *flag->memoId);
    ASSERT_TRUE(one);
    EXPECT_EQ(one->kind, MemoKind::LiveFlag);
    EXPECT_EQ(one->attachedTo, flag->attachedTo);
    EXPECT_FALSE(memoEntry(*p.project, 9999).has_value());
}

TEST(MemoList, FiltersByKindAuthorDateAndSearch)
{
    MemosProject p;
    MemoFilter f;
    f.kinds = {MemoKind::Quote, MemoKind::Code};
    EXPECT_EQ(titles(listMemos(*p.project, f, MemoSort::Title)),
              (QStringList{QStringLiteral("Outreach"), QStringLiteral("Scope <of> the code")}));
    f.kinds = {MemoKind::LiveFlag};
    EXPECT_EQ(listMemos(*p.project, f).size(), 1);

    f = {};
    f.author = QStringLiteral("amina");
    EXPECT_EQ(titles(listMemos(*p.project, f, MemoSort::Title)),
              (QStringList{QStringLiteral("Analysis plan"), QStringLiteral("Setting"), QStringLiteral("Айгуль")}));

    // Case-insensitive, with full case folding, in text, title and context.
    f = {};
    f.search = QStringLiteral("ЛИДЕР");
    EXPECT_EQ(titles(listMemos(*p.project, f)), (QStringList{QStringLiteral("Айгуль")}));
    f.search = QStringLiteral("straße");  // folds as "strasse"
    EXPECT_EQ(titles(listMemos(*p.project, f)), (QStringList{QStringLiteral("Outreach")}));
    f.search = QStringLiteral("SEX WORKERS");  // the quote's text is its context
    EXPECT_EQ(titles(listMemos(*p.project, f)), (QStringList{QStringLiteral("Outreach")}));
    f.search = QStringLiteral("funding");  // the flag's note
    ASSERT_EQ(listMemos(*p.project, f).size(), 1);
    EXPECT_EQ(listMemos(*p.project, f).first().kind, MemoKind::LiveFlag);
    f.search = QStringLiteral("nowhere in any memo");
    EXPECT_TRUE(listMemos(*p.project, f).isEmpty());

    // Dates: the day of the last change (UTC).
    const QDate today = QDateTime::currentDateTimeUtc().date();
    f = {};
    f.since = today;
    EXPECT_EQ(listMemos(*p.project, f).size(), 6);
    f.since = today.addDays(1);
    EXPECT_TRUE(listMemos(*p.project, f).isEmpty());
    f = {};
    f.until = today.addDays(-1);
    EXPECT_TRUE(listMemos(*p.project, f).isEmpty());
    f.until = today;
    f.kinds = {MemoKind::Case};
    EXPECT_EQ(listMemos(*p.project, f).size(), 1);
}

TEST(MemoList, SortsByColumnBothWays)
{
    MemosProject p;
    MemoFilter f;
    f.kinds = {MemoKind::Project, MemoKind::Document, MemoKind::Case};
    EXPECT_EQ(titles(listMemos(*p.project, f, MemoSort::Title, true)),
              (QStringList{QStringLiteral("Айгуль"), QStringLiteral("Setting"), QStringLiteral("Analysis plan")}));
    QList<MemoEntry> all = listMemos(*p.project, {}, MemoSort::Author);
    EXPECT_EQ(all.first().author, QStringLiteral("amina"));
    EXPECT_EQ(all.last().author, QStringLiteral("bogdan"));
    // Modified: an edit moves a memo to the end (made a few milliseconds
    // later: timestamps have millisecond resolution, ties go by id).
    QThread::msleep(5);
    ASSERT_TRUE(p.project->updateMemo(p.projectMemo, QStringLiteral("Analysis plan"), QStringLiteral("Revised.")).ok());
    all = listMemos(*p.project, {}, MemoSort::Modified);
    EXPECT_EQ(all.last().memoId, p.projectMemo);
    all = listMemos(*p.project, {}, MemoSort::Modified, true);
    EXPECT_EQ(all.first().memoId, p.projectMemo);
}

TEST(MemoList, FlagWhoseMemoIsDeletedStaysReadOnly)
{
    MemosProject p;
    MemoFilter f;
    f.kinds = {MemoKind::LiveFlag};
    const MemoEntry flag = listMemos(*p.project, f).value(0);
    ASSERT_TRUE(flag.memoId);
    ASSERT_TRUE(p.project->deleteMemo(*flag.memoId).ok());
    const QList<MemoEntry> after = listMemos(*p.project, f);
    ASSERT_EQ(after.size(), 1);
    EXPECT_FALSE(after.first().editable());
    EXPECT_EQ(after.first().flagId, flag.flagId);
    EXPECT_EQ(after.first().text, QStringLiteral("ask about funding"));
    EXPECT_EQ(after.first().attachedTo, QStringLiteral("FGD Bishkek · 00:01:01"));
}

TEST(MemoList, FollowsTargetRenames)
{
    MemosProject p;
    ASSERT_TRUE(p.project->renameDocument(p.docA, QStringLiteral("Интервью A")).ok());
    const Id leadership = p.project->resolveCodePath(QStringLiteral("Leadership")).value();
    ASSERT_TRUE(p.project->renameCode(leadership, QStringLiteral("Who leads")).ok());
    EXPECT_EQ(memoEntry(*p.project, p.quoteMemo)->attachedTo, QStringLiteral("Интервью A [24–56]"));
    EXPECT_EQ(memoEntry(*p.project, p.documentMemo)->attachedTo, QStringLiteral("Интервью A"));
    EXPECT_EQ(memoEntry(*p.project, p.codeMemo)->attachedTo, QStringLiteral("Who leads/Key population-led"));
}

TEST(MemoList, KindKeys)
{
    for (MemoKind k : kAllMemoKinds)
        EXPECT_EQ(memoKindFromKey(memoKindKey(k)), k);
    EXPECT_EQ(memoKindFromKey(QStringLiteral(" Live-Flag ")), MemoKind::LiveFlag);
    EXPECT_FALSE(memoKindFromKey(QStringLiteral("note")).has_value());
}
