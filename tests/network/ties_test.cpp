// Tie files and adding ties: one tie per pair and wave whichever side
// reported it, all or nothing with the line named, one undoable operation.
#include "networkfixture.h"

#include "network/ties.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

QList<network::TieInput> read(const TempDir &dir, const QByteArray &content, QString *error = nullptr)
{
    auto ties = network::readTieCsv(dir.writeFile(QStringLiteral("t.csv"), content));
    if (error)
        *error = ties.message();
    return ties.ok() ? *ties : QList<network::TieInput>{};
}

}  // namespace

TEST(NetworkTies, ReadsTheFixtureWithItsLineNumbers)
{
    NetworkProject f;
    auto ties = network::readTieCsv(f.tiesCsv);
    ASSERT_TRUE(ties.ok()) << ties.message().toStdString();
    ASSERT_EQ(ties->size(), 12);
    EXPECT_EQ(ties->at(0).from, QStringLiteral("A"));  // after the BOM
    EXPECT_EQ(ties->at(0).line, 2);
    EXPECT_EQ(ties->at(3).from, QStringLiteral("A"));  // "A", quoted
    EXPECT_EQ(ties->at(3).to, QStringLiteral("D"));
    EXPECT_EQ(ties->at(11).wave, QStringLiteral("2022"));
    EXPECT_EQ(ties->at(11).line, 13);
}

TEST(NetworkTies, SemicolonsAnyColumnOrderAndKinds)
{
    TempDir dir;
    QString error;
    const auto ties = read(dir, "Kind;Wave;TO;From\n\"joint; advocacy\";1;B;A\nreferrals;1;\"C, Ltd\";A\n", &error);
    ASSERT_EQ(ties.size(), 2) << error.toStdString();
    EXPECT_EQ(ties[0].kind, QStringLiteral("joint; advocacy"));
    EXPECT_EQ(ties[0].from, QStringLiteral("A"));
    EXPECT_EQ(ties[0].to, QStringLiteral("B"));
    EXPECT_EQ(ties[1].to, QStringLiteral("C, Ltd"));
    EXPECT_EQ(ties[1].wave, QStringLiteral("1"));
    // Without wave and kind columns both are ''.
    const auto plain = read(dir, "from,to\nA,B\n");
    ASSERT_EQ(plain.size(), 1);
    EXPECT_TRUE(plain[0].wave.isEmpty());
    EXPECT_TRUE(plain[0].kind.isEmpty());
}

TEST(NetworkTies, BadFilesAreRefusedNamingTheLine)
{
    TempDir dir;
    QString error;
    EXPECT_TRUE(read(dir, "from,to,wave\nA,B,1\nA,,1\n", &error).isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("line 3: the to field is empty"))) << error.toStdString();
    EXPECT_TRUE(read(dir, "from,to,wave\nA,B,1\nA,C\n", &error).isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("line 3: expected 3 fields, found 2"))) << error.toStdString();
    EXPECT_TRUE(read(dir, "from,to,wave\nA,B,\n", &error).isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("line 2: the wave field is empty"))) << error.toStdString();
    EXPECT_TRUE(read(dir, "from,too\nA,B\n", &error).isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("line 1: unknown column \"too\""))) << error.toStdString();
    EXPECT_TRUE(read(dir, "to,wave\nA,1\n", &error).isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("must name from and to"))) << error.toStdString();
    EXPECT_TRUE(read(dir, "", &error).isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("is empty"))) << error.toStdString();
    EXPECT_TRUE(read(dir, "from,to\nA,\"B\n", &error).isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("line 2"))) << error.toStdString();
}

TEST(NetworkTies, OnePairOneWaveIsOneTieWhicheverSideReportedIt)
{
    NetworkProject f;
    auto p = f.open();
    const int before = static_cast<int>(p->history().size());
    auto added = network::addTies(*p, *network::readTieCsv(f.tiesCsv), QStringLiteral("ties.csv"));
    ASSERT_TRUE(added.ok()) << added.message().toStdString();
    EXPECT_EQ(*added, 10);
    EXPECT_EQ(p->history().size(), before + 1);  // one operation
    EXPECT_EQ(p->history().first().label, QStringLiteral("Add ties from ties.csv"));
    const auto all = network::ties(*p);
    ASSERT_EQ(all.size(), 10);
    for (const network::Tie &t : all)
        EXPECT_LT(t.a, t.b);
    EXPECT_EQ(network::ties(*p, QStringLiteral("2019")).size(), 6);
    EXPECT_EQ(network::ties(*p, QStringLiteral("2022")).size(), 4);

    // Again, and from the other side: nothing new, no error, no operation.
    auto again = network::addTies(*p, {{QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("2019"), {}, 2}},
                                  QStringLiteral("again.csv"));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, 0);
    EXPECT_EQ(p->history().size(), before + 1);
    EXPECT_EQ(network::ties(*p).size(), 10);
}

TEST(NetworkTies, AnUnknownCaseOrASelfTieRefusesEverythingWithTheLine)
{
    NetworkProject f;
    auto p = f.open();
    const int before = static_cast<int>(p->history().size());
    QList<network::TieInput> input{{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("1"), {}, 2},
                                   {QStringLiteral("A"), QStringLiteral("Nobody"), QStringLiteral("1"), {}, 3}};
    auto unknown = network::addTies(*p, input, QStringLiteral("bad.csv"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.message().contains(QStringLiteral("bad.csv line 3: no case named \"Nobody\"")))
        << unknown.message().toStdString();
    input[1] = {QStringLiteral("C"), QStringLiteral("C"), QStringLiteral("1"), {}, 7};
    auto self = network::addTies(*p, input, QStringLiteral("bad.csv"));
    ASSERT_FALSE(self.ok());
    EXPECT_TRUE(self.message().contains(QStringLiteral("line 7: a tie of \"C\" with itself"))) << self.message().toStdString();
    input[1] = {QStringLiteral("C"), QString(), QStringLiteral("1"), {}, 0};  // no line: its position
    auto empty = network::addTies(*p, input, QStringLiteral("dialog"));
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.message().contains(QStringLiteral("tie 2: the to field is empty"))) << empty.message().toStdString();
    EXPECT_TRUE(network::ties(*p).isEmpty());
    EXPECT_EQ(p->history().size(), before);
}

TEST(NetworkTies, AnImportIsUndoneAndRedoneAsOneOperation)
{
    NetworkProject f;
    {
        auto p = f.open();
        ASSERT_EQ(*network::addTies(*p, *network::readTieCsv(f.tiesCsv), QStringLiteral("ties.csv")), 10);
    }
    auto p = f.open();  // undo works across a reopen: it reads the log
    ASSERT_TRUE(p->canUndo());
    EXPECT_EQ(p->undoLabel(), QStringLiteral("Add ties from ties.csv"));
    ASSERT_TRUE(p->undo().ok());
    EXPECT_TRUE(network::ties(*p).isEmpty());
    EXPECT_EQ(p->cases().size(), 8);  // the cases stay
    ASSERT_TRUE(p->redo().ok());
    EXPECT_EQ(network::ties(*p).size(), 10);
    EXPECT_EQ(network::ties(*p, QStringLiteral("2022")).size(), 4);
}

TEST(NetworkTies, RemovingTiesIsOneUndoableOperation)
{
    NetworkProject f;
    auto p = f.open();
    ASSERT_EQ(*network::addTies(*p, *network::readTieCsv(f.tiesCsv), QStringLiteral("ties.csv")), 10);
    const auto wave2022 = network::ties(*p, QStringLiteral("2022"));
    QList<Id> ids;
    for (const network::Tie &t : wave2022)
        ids.append(t.id);
    ASSERT_TRUE(network::removeTies(*p, ids).ok());
    EXPECT_EQ(network::ties(*p).size(), 6);
    EXPECT_EQ(network::waves(*p), QStringList{QStringLiteral("2019")});
    EXPECT_FALSE(network::removeTies(*p, {999999}).ok());
    ASSERT_TRUE(p->undo().ok());
    EXPECT_EQ(network::ties(*p).size(), 10);
}
