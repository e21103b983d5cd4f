// Network measures on the hand-computed fixture (networkfixture.h): the pure
// computation on plain data, and the same figures read from a real project
// per wave and over all waves; node measures and the layout through igraph.
#include "networkfixture.h"

#include "network/network.h"
#include "network/ties.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace crosscut;
using namespace crosscut::test;
using network::GroupMeasures;
using network::NetworkMeasures;
using network::NetworkSpec;

namespace {

const GroupMeasures &group(const NetworkMeasures &m, const QString &name)
{
    for (const GroupMeasures &g : m.groups)
        if (g.group == name)
            return g;
    static const GroupMeasures none;
    ADD_FAILURE() << "no group " << name.toStdString();
    return none;
}

struct Imported : NetworkProject {
    std::unique_ptr<Project> project = open();
    Imported()
    {
        auto input = network::readTieCsv(tiesCsv);
        EXPECT_TRUE(input.ok()) << input.message().toStdString();
        auto added = network::addTies(*project, *input, QStringLiteral("ties.csv"));
        EXPECT_TRUE(added.ok()) << added.message().toStdString();
        EXPECT_EQ(*added, 10);  // 12 rows, two of them repeats of A-B
    }
    NetworkMeasures measure(const std::optional<QString> &wave)
    {
        auto m = network::measure(*project, NetworkSpec{QStringLiteral("pop"), wave, std::nullopt});
        EXPECT_TRUE(m.ok()) << m.message().toStdString();
        return m.ok() ? *m : NetworkMeasures{};
    }
};

}  // namespace

// Wave 2019: cases A..G (H has neither a tie nor a value) = 7; ties A-B,
// A-C, A-D, C-D, D-F, E-F = 6; density 6 / (7*6/2) = 2/7.
// Degrees: A 3, B 1, C 2, D 3, E 1, F 2, G 0.
TEST(NetworkMeasures, Wave2019MatchesTheHandComputedFigures)
{
    Imported f;
    const NetworkMeasures m = f.measure(QStringLiteral("2019"));
    EXPECT_EQ(m.wave, std::optional(QStringLiteral("2019")));
    EXPECT_EQ(m.cases, 7);
    EXPECT_EQ(m.ties, 6);
    EXPECT_DOUBLE_EQ(m.density, 2.0 / 7.0);
    ASSERT_EQ(m.groups.size(), 3);
    EXPECT_EQ(m.groups[0].group, QStringLiteral("LGBT"));  // sorted
    EXPECT_EQ(m.groups[1].group, QStringLiteral("PWUD"));
    EXPECT_EQ(m.groups[2].group, QStringLiteral("SW"));

    // LGBT {E}: mean 1/1; E's one tie (E-F, F has no value) is outside: 1/1;
    // E = 1 (E-F), I = 0: (1 - 0) / 1 = 1.
    const GroupMeasures &lgbt = group(m, QStringLiteral("LGBT"));
    EXPECT_EQ(lgbt.cases, 1);
    EXPECT_DOUBLE_EQ(lgbt.meanTies, 1.0);
    EXPECT_DOUBLE_EQ(*lgbt.crossRatio, 1.0);
    EXPECT_DOUBLE_EQ(*lgbt.eiIndex, 1.0);
    // PWUD {C, D}: mean (2 + 3) / 2 = 5/2; C: A-C out of C-D, A-C = 1/2;
    // D: A-D, D-F out of A-D, C-D, D-F = 2/3; mean (1/2 + 2/3) / 2 = 7/12;
    // E = A-C, A-D, D-F = 3, I = C-D = 1: (3 - 1) / 4 = 1/2.
    const GroupMeasures &pwud = group(m, QStringLiteral("PWUD"));
    EXPECT_EQ(pwud.cases, 2);
    EXPECT_DOUBLE_EQ(pwud.meanTies, 5.0 / 2.0);
    EXPECT_DOUBLE_EQ(*pwud.crossRatio, 7.0 / 12.0);
    EXPECT_DOUBLE_EQ(*pwud.eiIndex, 1.0 / 2.0);
    // SW {A, B, G}: mean (3 + 1 + 0) / 3 = 4/3 (G, with no tie, counts as 0);
    // A: A-C, A-D out of 3 = 2/3; B: 0/1; G has no tie and is left out of
    // the ratio: (2/3 + 0) / 2 = 1/3; E = A-C, A-D = 2, I = A-B = 1: 1/3.
    const GroupMeasures &sw = group(m, QStringLiteral("SW"));
    EXPECT_EQ(sw.cases, 3);
    EXPECT_DOUBLE_EQ(sw.meanTies, 4.0 / 3.0);
    EXPECT_DOUBLE_EQ(*sw.crossRatio, 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(*sw.eiIndex, 1.0 / 3.0);
}

// Wave 2022: cases A..G = 7 (D and G by their value only); ties A-B, A-E,
// C-E, A-F = 4; density 4/21. Degrees: A 3, B 1, C 1, D 0, E 2, F 1, G 0.
TEST(NetworkMeasures, Wave2022MatchesTheHandComputedFigures)
{
    Imported f;
    const NetworkMeasures m = f.measure(QStringLiteral("2022"));
    EXPECT_EQ(m.cases, 7);
    EXPECT_EQ(m.ties, 4);
    EXPECT_DOUBLE_EQ(m.density, 4.0 / 21.0);
    // LGBT {E}: mean 2; A-E, C-E both outside: 1; E = 2, I = 0: 1.
    EXPECT_DOUBLE_EQ(group(m, QStringLiteral("LGBT")).meanTies, 2.0);
    EXPECT_DOUBLE_EQ(*group(m, QStringLiteral("LGBT")).crossRatio, 1.0);
    EXPECT_DOUBLE_EQ(*group(m, QStringLiteral("LGBT")).eiIndex, 1.0);
    // PWUD {C, D}: mean (1 + 0) / 2 = 1/2; only C is tied: C-E outside, 1/1;
    // E = 1, I = 0: 1.
    EXPECT_DOUBLE_EQ(group(m, QStringLiteral("PWUD")).meanTies, 1.0 / 2.0);
    EXPECT_DOUBLE_EQ(*group(m, QStringLiteral("PWUD")).crossRatio, 1.0);
    EXPECT_DOUBLE_EQ(*group(m, QStringLiteral("PWUD")).eiIndex, 1.0);
    // SW {A, B, G}: mean (3 + 1 + 0) / 3 = 4/3; A: A-E, A-F of 3 = 2/3; B:
    // 0/1: 1/3; E = A-E, A-F = 2, I = A-B = 1: 1/3.
    EXPECT_DOUBLE_EQ(group(m, QStringLiteral("SW")).meanTies, 4.0 / 3.0);
    EXPECT_DOUBLE_EQ(*group(m, QStringLiteral("SW")).crossRatio, 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(*group(m, QStringLiteral("SW")).eiIndex, 1.0 / 3.0);
}

// All waves: A-B of 2019 and A-B of 2022 are two ties; 6 + 4 = 10 ties,
// density 10/21. Degrees: A 6, B 2, C 3, D 3, E 3, F 3, G 0 (sum 20).
TEST(NetworkMeasures, WithoutAWaveEveryWaveCountsAndAPairInTwoWavesIsTwoTies)
{
    Imported f;
    const NetworkMeasures m = f.measure(std::nullopt);
    EXPECT_FALSE(m.wave.has_value());
    EXPECT_EQ(m.cases, 7);
    EXPECT_EQ(m.ties, 10);
    EXPECT_DOUBLE_EQ(m.density, 10.0 / 21.0);
    // LGBT {E}: mean 3; E-F, A-E, C-E all outside: 1; E = 3, I = 0: 1.
    EXPECT_DOUBLE_EQ(group(m, QStringLiteral("LGBT")).meanTies, 3.0);
    EXPECT_DOUBLE_EQ(*group(m, QStringLiteral("LGBT")).eiIndex, 1.0);
    // PWUD {C, D}: mean (3 + 3) / 2 = 3; C: A-C, C-E of 3 = 2/3; D: A-D, D-F
    // of 3 = 2/3: 2/3; E = A-C, A-D, D-F, C-E = 4, I = C-D = 1: 3/5.
    EXPECT_DOUBLE_EQ(group(m, QStringLiteral("PWUD")).meanTies, 3.0);
    EXPECT_DOUBLE_EQ(*group(m, QStringLiteral("PWUD")).crossRatio, 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(*group(m, QStringLiteral("PWUD")).eiIndex, 3.0 / 5.0);
    // SW {A, B, G}: mean (6 + 2 + 0) / 3 = 8/3; A: 4 of 6 outside = 2/3; B:
    // 0/2: 1/3; E = A-C, A-D, A-E, A-F = 4, I = A-B twice = 2: 2/6 = 1/3.
    EXPECT_DOUBLE_EQ(group(m, QStringLiteral("SW")).meanTies, 8.0 / 3.0);
    EXPECT_DOUBLE_EQ(*group(m, QStringLiteral("SW")).crossRatio, 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(*group(m, QStringLiteral("SW")).eiIndex, 1.0 / 3.0);
}

// The pure computation on plain data: a group whose members have no tie has
// no ratio and no E-I index; a network of one case has density 0.
TEST(NetworkMeasures, PlainDataUntiedGroupAndTinyNetworks)
{
    network::NetworkGraph g;
    g.caseIds = {1, 2, 3, 4};
    g.names = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    g.groups = {QStringLiteral("x"), QStringLiteral("x"), QString(), QStringLiteral("y")};
    g.edges = {network::GraphEdge{0, 1, {}, {}, 1}, network::GraphEdge{1, 2, {}, {}, 2}};
    const NetworkMeasures m = network::computeMeasures(g);
    EXPECT_EQ(m.cases, 4);
    EXPECT_EQ(m.ties, 2);
    EXPECT_DOUBLE_EQ(m.density, 2.0 / 6.0);
    ASSERT_EQ(m.groups.size(), 2);
    // x {a, b}: mean (1 + 2) / 2 = 3/2; a: 0/1, b: b-c (c has no value) 1/2:
    // 1/4; E = b-c = 1, I = a-b = 1: 0.
    EXPECT_DOUBLE_EQ(m.groups[0].meanTies, 3.0 / 2.0);
    EXPECT_DOUBLE_EQ(*m.groups[0].crossRatio, 1.0 / 4.0);
    EXPECT_DOUBLE_EQ(*m.groups[0].eiIndex, 0.0);
    // y {d}: no tie at all.
    EXPECT_EQ(m.groups[1].group, QStringLiteral("y"));
    EXPECT_DOUBLE_EQ(m.groups[1].meanTies, 0.0);
    EXPECT_FALSE(m.groups[1].crossRatio.has_value());
    EXPECT_FALSE(m.groups[1].eiIndex.has_value());

    network::NetworkGraph one;
    one.caseIds = {7};
    one.names = {QStringLiteral("solo")};
    one.groups = {QStringLiteral("x")};
    EXPECT_DOUBLE_EQ(network::computeMeasures(one).density, 0.0);
    EXPECT_EQ(network::computeMeasures(network::NetworkGraph{}).cases, 0);
}

TEST(NetworkMeasures, KindSelectsTiesOfThatKindOnly)
{
    Imported f;
    auto input = QList<network::TieInput>{{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("2019"), QStringLiteral("referrals"), 2},
                                          {QStringLiteral("B"), QStringLiteral("G"), QStringLiteral("2019"), QStringLiteral("referrals"), 3}};
    ASSERT_EQ(*network::addTies(*f.project, input, QStringLiteral("kinds.csv")), 2);  // A-B of kind '' is another tie
    auto m = network::measure(*f.project, NetworkSpec{QStringLiteral("pop"), QStringLiteral("2019"), QStringLiteral("referrals")});
    ASSERT_TRUE(m.ok());
    // Cases: A, B, G tied, C, D, E by value = 6; ties 2; density 2/15.
    EXPECT_EQ(m->cases, 6);
    EXPECT_EQ(m->ties, 2);
    EXPECT_DOUBLE_EQ(m->density, 2.0 / 15.0);
    // SW {A, B, G}: mean (1 + 2 + 1) / 3 = 4/3; all ties inside: ratio 0, E-I -1.
    EXPECT_DOUBLE_EQ(group(*m, QStringLiteral("SW")).meanTies, 4.0 / 3.0);
    EXPECT_DOUBLE_EQ(*group(*m, QStringLiteral("SW")).crossRatio, 0.0);
    EXPECT_DOUBLE_EQ(*group(*m, QStringLiteral("SW")).eiIndex, -1.0);
    EXPECT_EQ(network::kinds(*f.project), (QStringList{QString(), QStringLiteral("referrals")}));
    EXPECT_EQ(network::waves(*f.project), (QStringList{QStringLiteral("2019"), QStringLiteral("2022")}));
}

TEST(NetworkMeasures, AnUnknownGroupAttributeIsRefusedNamingTheKnownOnes)
{
    Imported f;
    auto m = network::measure(*f.project, NetworkSpec{QStringLiteral("Population"), std::nullopt, std::nullopt});
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.error().kind, ErrorKind::NotFound);
    EXPECT_TRUE(m.message().contains(QStringLiteral("\"Population\""))) << m.message().toStdString();
    EXPECT_TRUE(m.message().contains(QStringLiteral("pop"))) << m.message().toStdString();
}

// Wave 2019 as a simple graph: B-A, A-C, A-D, C-D, D-F, F-E, and G alone.
// Betweenness (pairs through a case, each shortest path shared equally):
// A lies on B's only paths to C, D, F, E = 4; D on F's and E's paths to A,
// B, C = 6 (C-F goes C-D-F); F on E's to A, B, C, D = 4; the rest 0.
TEST(NetworkMeasures, NodeMeasuresDegreeBetweennessAndComponents)
{
    Imported f;
    auto nodes = network::nodeMeasures(*f.project, NetworkSpec{QStringLiteral("pop"), QStringLiteral("2019"), std::nullopt});
    ASSERT_TRUE(nodes.ok()) << nodes.message().toStdString();
    ASSERT_EQ(nodes->size(), 7);
    const QStringList names{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                            QStringLiteral("E"), QStringLiteral("F"), QStringLiteral("G")};
    const QList<int> degree{3, 1, 2, 3, 1, 2, 0};
    const QList<double> betweenness{4, 0, 0, 6, 0, 4, 0};
    const QList<int> component{1, 1, 1, 1, 1, 1, 2};
    for (qsizetype i = 0; i < 7; ++i) {
        SCOPED_TRACE(names[i].toStdString());
        EXPECT_EQ(nodes->at(i).name, names[i]);
        EXPECT_EQ(nodes->at(i).degree, degree[i]);
        EXPECT_DOUBLE_EQ(nodes->at(i).betweenness, betweenness[i]);
        EXPECT_EQ(nodes->at(i).component, component[i]);
    }
    EXPECT_EQ(nodes->at(5).group, QString());  // F has no value
    EXPECT_EQ(nodes->at(0).group, QStringLiteral("SW"));
}

// All waves: A-B twice is one edge for paths; degree still counts both ties.
TEST(NetworkMeasures, NodeDegreeCountsTiesButPathsSeeOneEdgePerPair)
{
    Imported f;
    auto nodes = network::nodeMeasures(*f.project, NetworkSpec{QStringLiteral("pop"), std::nullopt, std::nullopt});
    ASSERT_TRUE(nodes.ok());
    EXPECT_EQ(nodes->at(0).degree, 6);  // A
    EXPECT_EQ(nodes->at(1).degree, 2);  // B: A-B in 2019 and in 2022
    // B's only neighbour is A, so B lies on no shortest path.
    EXPECT_DOUBLE_EQ(nodes->at(1).betweenness, 0.0);
}

TEST(NetworkMeasures, LayoutIsDeterministicForASeed)
{
    Imported f;
    const NetworkSpec spec{QStringLiteral("pop"), std::nullopt, std::nullopt};
    auto first = network::layout(*f.project, spec, 7);
    auto again = network::layout(*f.project, spec, 7);
    auto other = network::layout(*f.project, spec, 8);
    ASSERT_TRUE(first.ok() && again.ok() && other.ok()) << first.message().toStdString();
    ASSERT_EQ(first->size(), 7);
    bool differs = false;
    for (qsizetype i = 0; i < first->size(); ++i) {
        EXPECT_TRUE(std::isfinite(first->at(i).x) && std::isfinite(first->at(i).y));
        EXPECT_EQ(first->at(i).caseId, again->at(i).caseId);
        EXPECT_DOUBLE_EQ(first->at(i).x, again->at(i).x);
        EXPECT_DOUBLE_EQ(first->at(i).y, again->at(i).y);
        differs = differs || first->at(i).x != other->at(i).x;
    }
    EXPECT_TRUE(differs);
    // Tied cases end up nearer each other than the untied G is to them.
    auto distance = [&](int a, int b) {
        return std::hypot(first->at(a).x - first->at(b).x, first->at(a).y - first->at(b).y);
    };
    EXPECT_LT(distance(0, 1), distance(0, 6));
}
