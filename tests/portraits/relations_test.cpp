// Code relations (issue #19, item 4): Jaccard, "coded with both" and the
// network of codes, on the analysis fixture (tests/analysis/analysisfixture.cpp:
// its quotes Q1–Q8 are listed there).
//
// By hand:
//   Key population-led (KPL) is carried by Q1, Q2 (Peer governance), Q5,
//   Q7, Q8; Horizontal by Q2, Q6. Q2 carries both; Q1 [0,20) overlaps Q2
//   [10,30) in alpha; Q6 (beta [35,50)) overlaps no KPL quote. So
//   X(KPL, Horizontal) = {Q1, Q2}, n = 2 (Q2 itself, the pair {Q1, Q2}),
//   J = 2 / |{Q1, Q2, Q5, Q6, Q7, Q8}| = 1/3.
//   Provider-led (Q3, Q5) × Vertical (Q4): Q3 [45,60) overlaps Q4 [50,55):
//   X = {Q3, Q4}, n = 1, J = 2/3.
//   Civil society (Q1, Q5, Q8) × Public sector (Q3, Q6): no overlap, X = {}, J = 0.
//   KPL × Civil society: Q1, Q5, Q8 carry both, Q2 overlaps Q1: X = {Q1, Q2,
//   Q5, Q8}; either = 5 + 3 − 3 quotes carrying both = 5; J = 4/5.
//   With coder amina only, Horizontal is Q6 alone: X(KPL, Horizontal) = {}.
#include "analysis/cooccurrence.h"
#include "analysis/snapshot.h"
#include "network/codenetwork.h"

#include "../analysis/analysisfixture.h"

#include <gtest/gtest.h>

namespace crosscut::test {
namespace {

using namespace analysis;

const QString kpl = QStringLiteral("Leadership/Key population-led");
const QString horizontal = QStringLiteral("Collaboration/Horizontal");
const QString vertical = QStringLiteral("Collaboration/Vertical");
const QString providerLed = QStringLiteral("Leadership/Provider-led");
const QString civil = QStringLiteral("Origin/Civil society");
const QString publicSector = QStringLiteral("Origin/Public sector");

int indexOf(const CooccurrenceResult &r, const QString &path)
{
    for (qsizetype i = 0; i < r.codes.size(); ++i)
        if (r.codes[i].text == path)
            return static_cast<int>(i);
    ADD_FAILURE() << "no code " << path.toStdString();
    return 0;
}

TEST(CodeRelations, CodedWithBothByHand)
{
    AnalysisFixture f;
    auto s = Snapshot::load(*f.project);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(*quotesCodedWithBoth(*s, kpl, horizontal), f.quotes({"Q1", "Q2"}));
    EXPECT_EQ(*quotesCodedWithBoth(*s, horizontal, kpl), f.quotes({"Q1", "Q2"}));
    EXPECT_EQ(*quotesCodedWithBoth(*s, providerLed, vertical), f.quotes({"Q3", "Q4"}));
    EXPECT_TRUE(quotesCodedWithBoth(*s, civil, publicSector)->isEmpty());
    // A code with one below it: Peer governance lies in KPL.
    EXPECT_EQ(*quotesCodedWithBoth(*s, kpl, kpl + QStringLiteral("/Peer governance")), f.quotes({"Q1", "Q2"}));
    // The diagonal: the code's own quotes.
    EXPECT_EQ(*quotesCodedWithBoth(*s, kpl, kpl), f.quotes({"Q1", "Q2", "Q5", "Q7", "Q8"}));
    Filter amina;
    amina.coders = {QStringLiteral("amina")};
    EXPECT_TRUE(quotesCodedWithBoth(*s, kpl, horizontal, amina)->isEmpty());
}

TEST(CodeRelations, UnknownCodeIsAnError)
{
    AnalysisFixture f;
    auto ids = quotesCodedWithBoth(*f.project, kpl, QStringLiteral("Nowhere"));
    ASSERT_FALSE(ids.ok());
    EXPECT_TRUE(ids.message().contains(QStringLiteral("Nowhere"))) << ids.message().toStdString();
}

TEST(CodeRelations, JaccardByHand)
{
    AnalysisFixture f;
    auto r = computeCooccurrence(*f.project, {});
    ASSERT_TRUE(r.ok());
    const int k = indexOf(*r, kpl), h = indexOf(*r, horizontal), v = indexOf(*r, vertical), p = indexOf(*r, providerLed),
              c = indexOf(*r, civil), ps = indexOf(*r, publicSector);
    EXPECT_EQ(r->counts[k][h], 2);
    EXPECT_EQ(r->withBoth[k][h], 2);
    EXPECT_DOUBLE_EQ(r->jaccard[k][h], 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(r->jaccard[h][k], 1.0 / 3.0);
    EXPECT_EQ(r->counts[p][v], 1);
    EXPECT_DOUBLE_EQ(r->jaccard[p][v], 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(r->jaccard[c][ps], 0.0);
    EXPECT_EQ(r->withBoth[k][c], 4);
    EXPECT_DOUBLE_EQ(r->jaccard[k][c], 0.8);
    EXPECT_DOUBLE_EQ(r->jaccard[k][k], 1.0);
    EXPECT_EQ(r->withBoth[k][k], 5);
}

TEST(CodeRelations, JaccardAgreesWithTheDrillDownEverywhere)
{
    AnalysisFixture f;
    auto s = Snapshot::load(*f.project);
    ASSERT_TRUE(s.ok());
    auto r = computeCooccurrence(*s, {});
    ASSERT_TRUE(r.ok());
    for (qsizetype a = 0; a < r->codes.size(); ++a) {
        for (qsizetype b = 0; b < r->codes.size(); ++b) {
            auto both = quotesCodedWithBoth(*s, r->codes[a].text, r->codes[b].text);
            ASSERT_TRUE(both.ok());
            EXPECT_EQ(r->withBoth[a][b], both->size()) << r->codes[a].text.toStdString() << " × " << r->codes[b].text.toStdString();
            EXPECT_GE(r->jaccard[a][b], 0.0);
            EXPECT_LE(r->jaccard[a][b], 1.0);
        }
    }
}

TEST(CodeRelations, NetworkOfCodesAboveAThreshold)
{
    AnalysisFixture f;
    auto r = computeCooccurrence(*f.project, {});
    ASSERT_TRUE(r.ok());
    auto edgeCount = [&](const network::CodeNetwork &n, const QString &x, const QString &y) -> qint64 {
        const int vx = static_cast<int>(n.graph.names.indexOf(x));
        const int vy = static_cast<int>(n.graph.names.indexOf(y));
        for (qsizetype e = 0; e < n.graph.edges.size(); ++e) {
            const auto &edge = n.graph.edges[e];
            if ((edge.a == vx && edge.b == vy) || (edge.a == vy && edge.b == vx))
                return n.counts[e];
        }
        return 0;
    };
    auto one = network::codeNetwork(*r, 1);
    ASSERT_TRUE(one.ok()) << one.message().toStdString();
    // Private sector has no quote: no vertex.
    EXPECT_FALSE(one->graph.names.contains(QStringLiteral("Origin/Private sector")));
    EXPECT_TRUE(one->graph.names.contains(kpl));
    EXPECT_EQ(one->positions.size(), one->graph.names.size());
    EXPECT_EQ(edgeCount(*one, kpl, horizontal), 2);
    EXPECT_EQ(edgeCount(*one, providerLed, vertical), 1);
    EXPECT_EQ(edgeCount(*one, civil, publicSector), 0);
    auto two = network::codeNetwork(*r, 2);
    ASSERT_TRUE(two.ok());
    EXPECT_EQ(edgeCount(*two, kpl, horizontal), 2);
    EXPECT_EQ(edgeCount(*two, providerLed, vertical), 0);
    EXPECT_LT(two->graph.edges.size(), one->graph.edges.size());
    // The same seed, the same layout.
    auto again = network::codeNetwork(*r, 1);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->positions.first().x, one->positions.first().x);
}

}  // namespace
}  // namespace crosscut::test
