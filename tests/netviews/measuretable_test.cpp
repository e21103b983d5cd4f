// network::measureTable: the groups × waves tables of the three measures are
// computeMeasures of each wave, with the group sizes in the labels.
#include "netviewsfixture.h"

#include "network/measuretable.h"

#include <gtest/gtest.h>

namespace crosscut {
namespace {

TEST(MeasureTable, CellsAreEachWavesMeasures)
{
    test::NetViewsProject p;
    auto graphs = network::readWaves(*p.project, QStringLiteral("Population served"));
    ASSERT_TRUE(graphs.ok()) << graphs.message().toStdString();
    ASSERT_EQ(graphs->size(), 2);
    QList<network::NetworkMeasures> waves;
    for (const auto &g : *graphs)
        waves.append(network::computeMeasures(g));
    for (const network::Measure m : {network::Measure::MeanTies, network::Measure::CrossRatio, network::Measure::EiIndex}) {
        const analysis::Table t = network::measureTable(waves, m, QStringLiteral("Population served"));
        EXPECT_EQ(t.columnLabels(), (QStringList{QStringLiteral("baseline"), QStringLiteral("endline")}));
        ASSERT_EQ(t.rowCount(), 4) << network::toString(m).toStdString();
        for (int r = 0; r < t.rowCount(); ++r) {
            for (int c = 0; c < 2; ++c) {
                const network::GroupMeasures &g = waves.at(c).groups.at(r);
                EXPECT_TRUE(t.rows.at(r).text.startsWith(g.group + QStringLiteral(" (n=")));
                const std::optional<double> expected = m == network::Measure::MeanTies ? std::optional(g.meanTies)
                                                        : m == network::Measure::CrossRatio ? g.crossRatio
                                                                                            : g.eiIndex;
                EXPECT_EQ(t.isUndefined(r, c), !expected.has_value());
                if (expected) {
                    EXPECT_DOUBLE_EQ(t.cell(r, c), *expected);
                }
            }
        }
    }
    // By hand: sex workers' organisations have 3 ties between 2 at baseline
    // (Alma 2, Nairobi 1) and 4 at endline; the one PLHIV organisation shows
    // as a small group and has no tie at baseline (its ratio undefined).
    const analysis::Table mean = network::measureTable(waves, network::Measure::MeanTies, QStringLiteral("Population served"));
    EXPECT_EQ(mean.rowLabels(), (QStringList{QStringLiteral("LGBT (n=1)"), QStringLiteral("PLHIV (n=1)"), QStringLiteral("PWUD (n=2)"),
                                             QStringLiteral("SW (n=2)")}));
    EXPECT_DOUBLE_EQ(mean.cell(3, 0), 1.5);
    EXPECT_DOUBLE_EQ(mean.cell(3, 1), 2.0);
    const analysis::Table cross = network::measureTable(waves, network::Measure::CrossRatio, QStringLiteral("Population served"));
    EXPECT_TRUE(cross.isUndefined(1, 0));
    EXPECT_DOUBLE_EQ(cross.cell(1, 1), 1.0);
}

TEST(MeasureTable, ReadWavesRefusesAnUnknownWaveOrAttribute)
{
    test::NetViewsProject p;
    const auto wave = network::readWaves(*p.project, QStringLiteral("Population served"), {QStringLiteral("midline")});
    ASSERT_FALSE(wave.ok());
    EXPECT_TRUE(wave.message().contains(QStringLiteral("baseline, endline"))) << wave.message().toStdString();
    const auto attribute = network::readWaves(*p.project, QStringLiteral("Colour"));
    ASSERT_FALSE(attribute.ok());
    EXPECT_TRUE(attribute.message().contains(QStringLiteral("Organisation type"))) << attribute.message().toStdString();
}

}  // namespace
}  // namespace crosscut
