// analysis/memoHistory: a memo's earlier versions from the operation log.
#include "memosfixture.h"

#include "analysis/memolist.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::analysis;
using namespace crosscut::test;

namespace {

QStringList texts(const QList<MemoVersion> &versions)
{
    QStringList out;
    for (const MemoVersion &v : versions)
        out << v.text;
    return out;
}

}  // namespace

TEST(MemoHistory, EditedTwiceGivesBothEarlierTextsAndSurvivesUndo)
{
    MemosProject p;
    const Id memo = p.codeMemo;
    p.project->setCurrentCoder(QStringLiteral("amina"));
    ASSERT_TRUE(p.project->updateMemo(memo, QStringLiteral("Scope"), QStringLiteral("Second text")).ok());
    ASSERT_TRUE(p.project->updateMemo(memo, QStringLiteral("Scope, final"), QStringLiteral("Third text")).ok());

    Result<QList<MemoVersion>> h = memoHistory(*p.project, memo);
    ASSERT_TRUE(h.ok()) << h.message().toStdString();
    ASSERT_EQ(h->size(), 3);
    EXPECT_EQ(texts(*h), (QStringList{QStringLiteral("Includes peer-led groups & networks."), QStringLiteral("Second text"),
                                      QStringLiteral("Third text")}));
    EXPECT_EQ(h->at(0).title, QStringLiteral("Scope <of> the code"));
    EXPECT_EQ(h->at(0).coder, QStringLiteral("bogdan"));
    EXPECT_EQ(h->at(1).coder, QStringLiteral("amina"));
    EXPECT_EQ(h->at(2).title, QStringLiteral("Scope, final"));
    EXPECT_FALSE(h->at(2).undone);
    EXPECT_FALSE(h->at(0).at.isEmpty());

    // Undo the last edit: the versions stay, the undone one is marked, the
    // memo holds the second text again.
    ASSERT_TRUE(p.project->undo().ok());
    h = memoHistory(*p.project, memo);
    ASSERT_TRUE(h.ok());
    ASSERT_EQ(h->size(), 3);
    EXPECT_EQ(h->at(1).text, QStringLiteral("Second text"));
    EXPECT_FALSE(h->at(1).undone);
    EXPECT_TRUE(h->at(2).undone);
    EXPECT_EQ(p.project->memos(MemoTarget::Code, p.kpLed).value(0).text, QStringLiteral("Second text"));

    // Reopened from disk, after a redo: the same history.
    ASSERT_TRUE(p.project->redo().ok());
    p.project.reset();
    p.project = openProject(p.path);
    h = memoHistory(*p.project, memo);
    ASSERT_TRUE(h.ok());
    EXPECT_EQ(texts(*h), (QStringList{QStringLiteral("Includes peer-led groups & networks."), QStringLiteral("Second text"),
                                      QStringLiteral("Third text")}));
    EXPECT_FALSE(h->at(2).undone);

    // Restoring the first version is an ordinary edit: a fourth version.
    ASSERT_TRUE(p.project->updateMemo(memo, h->at(0).title, h->at(0).text).ok());
    h = memoHistory(*p.project, memo);
    ASSERT_EQ(h->size(), 4);
    EXPECT_EQ(h->at(3).text, QStringLiteral("Includes peer-led groups & networks."));
}

TEST(MemoHistory, AMemoThatReusesADeletedMemosIdHasItsOwnHistory)
{
    MemosProject p;
    const Id last = p.scalar(QStringLiteral("SELECT max(id) FROM memo")).toLongLong();
    ASSERT_TRUE(p.project->updateMemo(last, QStringLiteral("old"), QStringLiteral("old text")).ok());
    ASSERT_TRUE(p.project->deleteMemo(last).ok());
    const Result<Id> fresh = p.project->addMemo(MemoTarget::Project, std::nullopt, QStringLiteral("new"), QStringLiteral("new text"));
    ASSERT_TRUE(fresh.ok());
    ASSERT_EQ(*fresh, last);  // SQLite gave the id again
    Result<QList<MemoVersion>> h = memoHistory(*p.project, *fresh);
    ASSERT_TRUE(h.ok());
    EXPECT_EQ(texts(*h), QStringList{QStringLiteral("new text")});
}

TEST(MemoHistory, UnknownMemoIsAClearError)
{
    MemosProject p;
    const Result<QList<MemoVersion>> h = memoHistory(*p.project, 4242);
    ASSERT_FALSE(h.ok());
    EXPECT_EQ(h.error().kind, ErrorKind::NotFound);
    EXPECT_TRUE(h.message().contains(QStringLiteral("4242")));
}
