// Golden tests of coverage, co-occurrence, profiles and group comparisons on
// the hand-computed fixture (analysisfixture.cpp).
#include "analysis/cooccurrence.h"
#include "analysis/coverage.h"
#include "analysis/groupcomparison.h"
#include "analysis/profiles.h"
#include "analysis/snapshot.h"
#include "analysisfixture.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::analysis;
using namespace crosscut::test;

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(QString::fromUtf8(i));
    return out;
}

}  // namespace

TEST(Coverage, UnitesOverlappingSpansPerDocument)
{
    AnalysisFixture f;
    CoverageRequest r;
    r.codes = list({"Leadership", "Collaboration"});
    auto c = computeCoverage(*f.project, r);
    ASSERT_TRUE(c.ok()) << c.message().toStdString();
    EXPECT_EQ(c->documentLengths, (QList<qint64>{80, 60, 50}));
    // alpha: Leadership on [0,20) ∪ [10,30) ∪ [32,38) ∪ [45,60) = 51 points;
    // Collaboration on [10,30) ∪ [50,55) = 25.
    EXPECT_EQ(c->coveredPoints, (QList<QList<qint64>>{{51, 25}, {30, 15}, {10, 0}}));
    EXPECT_NEAR(c->percent[0][0], 63.75, 1e-9);
    EXPECT_NEAR(c->percent[0][1], 31.25, 1e-9);
    EXPECT_NEAR(c->percent[1][0], 50.0, 1e-9);
    EXPECT_NEAR(c->percent[2][0], 20.0, 1e-9);
    const Table t = c->toTable();
    EXPECT_EQ(t.format, NumberFormat::Percent);
    EXPECT_EQ(t.rowLabels(), list({"alpha", "beta", "gamma"}));

    // Coder ben only: Leadership is Q2 [10,30) in alpha and Q5 [0,30) in beta.
    r.filter.coders = list({"ben"});
    auto b = computeCoverage(*f.project, r);
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(b->coveredPoints, (QList<QList<qint64>>{{20, 20}, {30, 0}, {0, 0}}));
}

TEST(Cooccurrence, CountsOverlappingQuotePairsAndCoefficient)
{
    AnalysisFixture f;
    CooccurrenceRequest r;
    r.codes = list({"Leadership/Provider-led", "Leadership/Key population-led", "Collaboration/Horizontal",
                    "Collaboration/Vertical", "Origin/Civil society"});
    auto c = computeCooccurrence(*f.project, r);
    ASSERT_TRUE(c.ok()) << c.message().toStdString();
    EXPECT_EQ(c->quoteCounts, (QList<qint64>{2, 5, 2, 1, 3}));
    // PL: Q3 Q5; KP: Q1 Q2 Q5 Q7 Q8; H: Q2 Q6; V: Q4; CS: Q1 Q5 Q8.
    // Overlaps: Q1–Q2 and Q3–Q4 (Q4 inside Q3).
    const QList<QList<qint64>> expected = {
        {2, 1, 0, 1, 1},  // PL–KP on Q5; PL–V via Q3⊃Q4; PL–CS on Q5
        {1, 5, 2, 0, 4},  // KP–H on Q2 and {Q1,Q2}; KP–CS on Q1, Q5, Q8 and {Q1,Q2}
        {0, 2, 2, 0, 1},  // H–CS via {Q1,Q2}
        {1, 0, 0, 1, 0},
        {1, 4, 1, 0, 3},
    };
    EXPECT_EQ(c->counts, expected);
    EXPECT_NEAR(c->coefficients[0][1], 1.0 / 6.0, 1e-9);
    EXPECT_NEAR(c->coefficients[0][3], 0.5, 1e-9);
    EXPECT_NEAR(c->coefficients[1][2], 0.4, 1e-9);
    EXPECT_NEAR(c->coefficients[1][4], 1.0, 1e-9);
    EXPECT_NEAR(c->coefficients[2][4], 0.25, 1e-9);
    EXPECT_NEAR(c->coefficients[2][3], 0.0, 1e-9);
    EXPECT_NEAR(c->coefficients[3][3], 1.0, 1e-9);
    EXPECT_EQ(c->coefficientTable().format, NumberFormat::Coefficient);

    // Coder amina: Q2 (ben) drops out, so KP–H and H–CS vanish.
    r.filter.coders = list({"amina"});
    auto a = computeCooccurrence(*f.project, r);
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->counts[1][2], 0);
    EXPECT_EQ(a->counts[1][4], 2);  // Q1, Q8 (Q5's Civil society is ben's)
    EXPECT_EQ(a->quoteCounts, (QList<qint64>{1, 4, 1, 1, 2}));
}

TEST(Cooccurrence, CodeByDocumentAndByCaseTables)
{
    AnalysisFixture f;
    auto snapshot = Snapshot::load(*f.project);
    ASSERT_TRUE(snapshot.ok());
    CooccurrenceRequest r;
    r.codes = list({"Leadership/Key population-led", "Collaboration"});
    auto counts = codeByDocumentTable(*snapshot, r, false);
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->columnLabels(), list({"alpha", "beta", "gamma"}));
    EXPECT_EQ(counts->cells, (QList<QList<double>>{{3, 1, 1}, {2, 1, 0}}));
    auto presence = codeByDocumentTable(*snapshot, r, true);
    ASSERT_TRUE(presence.ok());
    EXPECT_EQ(presence->cells, (QList<QList<double>>{{1, 1, 1}, {1, 1, 0}}));
    auto byCase = codeByCaseTable(*snapshot, r, false);
    ASSERT_TRUE(byCase.ok());
    EXPECT_EQ(byCase->columnLabels(), list({"Ana", "Bo", "Org X"}));
    EXPECT_EQ(byCase->cells, (QList<QList<double>>{{3, 0, 1}, {1, 1, 1}}));
    r.codes = list({"Nope"});
    EXPECT_FALSE(codeByCaseTable(*snapshot, r, true).ok());
}

TEST(Profiles, DistributionsHatShiftsAndBipolarPositions)
{
    AnalysisFixture f;
    ProfilesRequest r;
    r.groupAttribute = QStringLiteral("Population");
    auto p = computeProfiles(*f.project, r);
    ASSERT_TRUE(p.ok()) << p.message().toStdString();
    ASSERT_EQ(p->cases.size(), 3);
    const CaseProfile &ana = p->cases[0];
    EXPECT_EQ(ana.caseLabel.text, QStringLiteral("Ana"));
    EXPECT_EQ(ana.quoteCount, 3);
    ASSERT_EQ(ana.dimensions.size(), 2);
    EXPECT_EQ(ana.dimensions[0].dimension.text, QStringLiteral("Leadership"));
    EXPECT_EQ(ana.dimensions[0].quoteCounts, (QList<qint64>{0, 3}));
    EXPECT_EQ(ana.dimensions[1].quoteCounts, (QList<qint64>{0, 2, 0}));
    EXPECT_FALSE(ana.dimensions[0].hatShift);
    // Ana's positions: Q1 +1, Q2 +1 (Peer governance sits under Key
    // population-led), Q8 0.5 (explicit).
    ASSERT_TRUE(ana.dimensions[0].mean.has_value());
    EXPECT_NEAR(*ana.dimensions[0].mean, 2.5 / 3.0, 1e-9);
    EXPECT_NEAR(*ana.dimensions[0].spread, 0.2357022604, 1e-9);
    EXPECT_EQ(ana.dimensions[0].positionedQuotes, 3);
    EXPECT_FALSE(ana.dimensions[1].bipolar);
    EXPECT_FALSE(ana.dimensions[1].mean.has_value());

    const CaseProfile &orgX = p->cases[2];
    EXPECT_EQ(orgX.dimensions[0].quoteCounts, (QList<qint64>{1, 1}));
    EXPECT_NEAR(*orgX.dimensions[0].mean, 0.0, 1e-9);  // Q5 coded -1 and +1

    ASSERT_EQ(p->hatShifts.size(), 2);
    EXPECT_EQ(p->hatShifts[0].caseLabel.text, QStringLiteral("Org X"));
    EXPECT_EQ(p->hatShifts[0].dimension.text, QStringLiteral("Leadership"));
    EXPECT_EQ(p->hatShifts[0].quoteIds, f.quotes({"Q5"}));
    EXPECT_EQ(p->hatShifts[1].dimension.text, QStringLiteral("Origin"));
    ASSERT_EQ(p->hatShifts[1].values.size(), 2);
    EXPECT_EQ(p->hatShifts[1].values[0].text, QStringLiteral("Public sector"));
    EXPECT_EQ(p->hatShifts[1].quoteIds, f.quotes({"Q5", "Q6"}));

    ASSERT_EQ(p->groups.size(), 2);
    EXPECT_EQ(p->groups[0].group, QStringLiteral("People who use drugs"));
    EXPECT_EQ(p->groups[0].cases, 1);
    EXPECT_NEAR(p->groups[0].mean, -1.0, 1e-9);
    EXPECT_EQ(p->groups[1].group, QStringLiteral("Sex workers"));
    EXPECT_EQ(p->groups[1].cases, 2);
    EXPECT_EQ(p->groups[1].positionedQuotes, 4);
    EXPECT_NEAR(p->groups[1].mean, 0.625, 1e-9);
    EXPECT_NEAR(p->groups[1].spread, std::sqrt(0.171875), 1e-9);

    const Table dist = p->distributionTable();
    EXPECT_EQ(dist.columnCount(), 5);
    EXPECT_EQ(dist.columns[1].text, QStringLiteral("Leadership/Key population-led"));

    r.caseName = QStringLiteral("Bo");
    auto bo = computeProfiles(*f.project, r);
    ASSERT_TRUE(bo.ok());
    ASSERT_EQ(bo->cases.size(), 1);
    EXPECT_TRUE(bo->hatShifts.isEmpty());
    r.caseName = QStringLiteral("Nobody");
    EXPECT_FALSE(computeProfiles(*f.project, r).ok());
}

TEST(GroupComparison, AveragePerCaseWithN)
{
    AnalysisFixture f;
    GroupComparisonRequest r;
    r.groupAttribute = QStringLiteral("Population");
    r.code = QStringLiteral("Leadership/Key population-led");
    auto g = compareGroups(*f.project, r);
    ASSERT_TRUE(g.ok()) << g.message().toStdString();
    ASSERT_EQ(g->groups.size(), 2);
    EXPECT_EQ(g->groups[0].group, QStringLiteral("People who use drugs"));
    EXPECT_EQ(g->groups[0].cases, 1);
    EXPECT_DOUBLE_EQ(g->groups[0].mean, 0.0);
    EXPECT_EQ(g->groups[1].cases, 2);  // Ana 3, Org X 1
    EXPECT_EQ(g->groups[1].total, 4);
    EXPECT_DOUBLE_EQ(g->groups[1].mean, 2.0);
    EXPECT_DOUBLE_EQ(g->groups[1].spread, 1.0);

    r.measure = GroupMeasure::DistinctCodes;
    r.code.clear();
    auto d = compareGroups(*f.project, r);
    ASSERT_TRUE(d.ok());
    EXPECT_DOUBLE_EQ(d->groups[0].mean, 3.0);  // Bo: Provider-led, Public sector, Vertical
    EXPECT_DOUBLE_EQ(d->groups[1].mean, 4.5);  // Ana 4, Org X 5
    r.code = QStringLiteral("Collaboration");
    auto c = compareGroups(*f.project, r);
    ASSERT_TRUE(c.ok());
    EXPECT_DOUBLE_EQ(c->groups[1].mean, 1.0);  // Ana: Horizontal; Org X: Horizontal
    EXPECT_EQ(c->toTable().cell(1, 0), 2.0);

    r.groupAttribute = QStringLiteral("Country");  // a document attribute
    EXPECT_FALSE(compareGroups(*f.project, r).ok());
}

// A report leaves its interviewers out: an excluded case is in no group, has
// no profile and is no row of a cases axis; its quotes still count as quotes.
TEST(ExcludedCases, InNoGroupProfileOrCasesAxis)
{
    AnalysisFixture f;
    const Id ana = f.project->findCase(QStringLiteral("Ana"))->id;
    GroupComparisonRequest g;
    g.groupAttribute = QStringLiteral("Population");
    g.code = QStringLiteral("Leadership/Key population-led");
    g.excludedCases = {ana};
    auto groups = compareGroups(*f.project, g);
    ASSERT_TRUE(groups.ok()) << groups.message().toStdString();
    ASSERT_EQ(groups->groups.size(), 2);
    EXPECT_EQ(groups->groups[1].group, QStringLiteral("Sex workers"));
    EXPECT_EQ(groups->groups[1].cases, 1);  // Org X alone (Ana's 3 are gone)
    EXPECT_EQ(groups->groups[1].total, 1);

    ProfilesRequest p;
    p.groupAttribute = QStringLiteral("Population");
    p.excludedCases = {ana};
    auto profiles = computeProfiles(*f.project, p);
    ASSERT_TRUE(profiles.ok());
    QStringList names;
    for (const auto &c : profiles->cases)
        names.append(c.caseLabel.text);
    EXPECT_EQ(names, (QStringList{QStringLiteral("Bo"), QStringLiteral("Org X")}));
    for (const auto &shift : profiles->hatShifts)
        EXPECT_NE(shift.caseLabel.text, QStringLiteral("Ana"));

    MatrixRequest m;
    m.rows = *AxisSpec::parse(QStringLiteral("cases"));
    m.columns = *AxisSpec::parse(QStringLiteral("documents"));
    auto all = computeMatrix(*f.project, m);
    m.excludedCases = {ana};
    auto without = computeMatrix(*f.project, m);
    ASSERT_TRUE(all.ok() && without.ok());
    QStringList rows = all->rowLabels();
    rows.removeAll(QStringLiteral("Ana"));
    EXPECT_EQ(without->rowLabels(), rows);
    EXPECT_EQ(without->rowLabels().size(), all->rowLabels().size() - 1);
    // Counted in cases, Ana no longer counts in alpha; in quotes, a documents × dimension matrix is unchanged.
    m.rows = *AxisSpec::parse(QStringLiteral("documents"));
    m.columns = *AxisSpec::parse(QStringLiteral("dimension:Leadership"));
    m.unit = Unit::Quotes;
    auto quotesWithout = computeMatrix(*f.project, m);
    m.excludedCases.clear();
    auto quotesAll = computeMatrix(*f.project, m);
    ASSERT_TRUE(quotesWithout.ok() && quotesAll.ok());
    EXPECT_EQ(quotesWithout->counts, quotesAll->counts);
    m.unit = Unit::Cases;
    auto casesAll = computeMatrix(*f.project, m);
    m.excludedCases = {ana};
    auto casesWithout = computeMatrix(*f.project, m);
    ASSERT_TRUE(casesAll.ok() && casesWithout.ok());
    EXPECT_LT(casesWithout->grandTotal, casesAll->grandTotal);
}
