// Ties travel with coder copies and merges: a hand-out carries the ties
// between the cases it holds; a merge unions ties by guid, then by (cases,
// wave, kind), so a tie two copies both report is one tie in the master.
#include "networkfixture.h"

#include "network/ties.h"
#include "team/handout.h"
#include "team/merge.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

QStringList tieNames(Project &p)
{
    QHash<Id, QString> names;
    for (const Case &c : p.cases())
        names.insert(c.id, c.name);
    QStringList out;
    for (const network::Tie &t : network::ties(p))
        out.append(names.value(t.a) + QLatin1Char('-') + names.value(t.b) + QLatin1Char('@') + t.wave);
    out.sort();
    return out;
}

}  // namespace

TEST(NetworkTiesTeam, MergeUnionsTiesByCasesWaveAndKind)
{
    NetworkProject master;  // cases A..H, no ties
    NetworkProject copy;    // the same case names, its own guids
    {
        auto c = copy.open();
        ASSERT_EQ(*network::addTies(*c, *network::readTieCsv(copy.tiesCsv), QStringLiteral("ties.csv")), 10);
    }
    NetworkProject other;   // a second copy: A-B of 2019 from B's side and one new tie
    {
        auto o = other.open();
        ASSERT_EQ(*network::addTies(*o, {{QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("2019"), {}, 1},
                                         {QStringLiteral("G"), QStringLiteral("H"), QStringLiteral("2022"), {}, 2}},
                                    QStringLiteral("other")),
                  2);
    }
    auto m = master.open();
    auto merged = team::mergeProjects(*m, {{copy.path, testKey()}, {other.path, testKey()}});
    ASSERT_TRUE(merged.ok()) << merged.message().toStdString();
    EXPECT_EQ(merged->ties, 11);
    EXPECT_TRUE(merged->lines().contains(QStringLiteral("added 11 ties"))) << merged->lines().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(network::ties(*m, QStringLiteral("2019")).size(), 6);
    EXPECT_EQ(network::ties(*m, QStringLiteral("2022")).size(), 5);
    EXPECT_TRUE(tieNames(*m).contains(QStringLiteral("G-H@2022")));

    // Again: nothing new.
    auto again = team::mergeProjects(*m, {{copy.path, testKey()}, {other.path, testKey()}});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->ties, 0);
    EXPECT_TRUE(again->changedNothing());
    // One undo takes the merged ties back.
    ASSERT_TRUE(m->undo().ok());
    EXPECT_TRUE(network::ties(*m).isEmpty());
}

TEST(NetworkTiesTeam, HandoutCarriesTheTiesBetweenItsCasesAndTheyMergeBackOnce)
{
    NetworkProject f;
    const QString copyPath = f.dir.path(QStringLiteral("ann.crosscut"));
    {
        auto p = f.open();
        // An interview with A, B and C speaking: the copy holds those cases.
        NewDocument doc;
        doc.name = QStringLiteral("interview");
        doc.text = QStringLiteral("A: one\nB: two\nC: three\n");
        doc.turns = {{0, 6, QStringLiteral("A"), {}, {}}, {7, 13, QStringLiteral("B"), {}, {}}, {14, 22, QStringLiteral("C"), {}, {}}};
        ASSERT_TRUE(p->addDocument(doc).ok());
        ASSERT_EQ(*network::addTies(*p, *network::readTieCsv(f.tiesCsv), QStringLiteral("ties.csv")), 10);
        team::HandoutOptions o;
        o.coder = QStringLiteral("ann");
        o.outPath = copyPath;
        o.outKey = testKey();
        auto r = team::handout(*p, o);
        ASSERT_TRUE(r.ok()) << r.message().toStdString();
    }
    {
        auto c = openProject(copyPath);
        // Among A, B, C: A-B (2019), A-C (2019), A-B (2022). A-D, C-E … need
        // cases the copy does not hold.
        EXPECT_EQ(tieNames(*c), (QStringList{QStringLiteral("A-B@2019"), QStringLiteral("A-B@2022"), QStringLiteral("A-C@2019")}));
        // The coder adds one between cases of the copy.
        ASSERT_EQ(*network::addTies(*c, {{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("2022"), {}, 1}},
                                    QStringLiteral("ann")),
                  1);
    }
    auto m = f.open();
    auto merged = team::mergeProjects(*m, {{copyPath, testKey()}});
    ASSERT_TRUE(merged.ok()) << merged.message().toStdString();
    EXPECT_EQ(merged->ties, 1);  // the three it was given are the master's own (same guids)
    EXPECT_EQ(network::ties(*m).size(), 11);
    EXPECT_TRUE(tieNames(*m).contains(QStringLiteral("B-C@2022")));
}
