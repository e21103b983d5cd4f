// render::drawNetwork on the fixture's network: colours, one circle per case
// in the SVG, the same place for a case in every wave.
#include "netviewsfixture.h"

#include "network/measuretable.h"
#include "render/chartrenderer.h"
#include "render/networkrenderer.h"

#include <QImage>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace crosscut {
namespace {

using render::NetworkScene;

NetworkScene sceneOf(Project &project, const QStringList &waves)
{
    auto graphs = network::readWaves(project, QStringLiteral("Population served"), waves);
    EXPECT_TRUE(graphs.ok()) << graphs.message().toStdString();
    auto scene = render::makeNetworkScene(*graphs, QStringLiteral("Population served"), QStringLiteral("Test network"));
    EXPECT_TRUE(scene.ok()) << scene.message().toStdString();
    return *scene;
}

TEST(NetworkRenderer, EachCaseIsDrawnInItsGroupsColour)
{
    test::NetViewsProject p;
    const NetworkScene scene = sceneOf(*p.project, {QStringLiteral("endline")});
    ASSERT_EQ(scene.panels.size(), 1);
    EXPECT_EQ(scene.groups, (QStringList{QStringLiteral("LGBT"), QStringLiteral("PLHIV"), QStringLiteral("PWUD"), QStringLiteral("SW")}));
    EXPECT_TRUE(scene.hasUngrouped);  // Jakarta Outreach
    const QSize size(1100, 860);
    const QImage image = render::networkImage(scene, size);
    const auto nodes = render::networkNodes(scene, QRectF(QPointF(0, 0), QSizeF(size)));
    ASSERT_EQ(nodes.size(), 7);
    QSet<QRgb> colours;
    for (const auto &n : nodes) {
        const QColor expected = render::groupColor(scene, n.group);
        const QColor drawn = image.pixelColor(n.centre.toPoint());
        EXPECT_EQ(drawn.rgb(), expected.rgb()) << n.group.toStdString() << " at " << n.centre.x() << "," << n.centre.y();
        colours.insert(expected.rgb());
    }
    EXPECT_EQ(colours.size(), 5);  // four groups and the grey of "(no value)"
    EXPECT_EQ(render::groupColor(scene, QString()).rgb(), render::noValueColor().rgb());
    // Larger for more ties: Kyiv Pride (3 endline ties) beside Positive Women (1).
    auto radius = [&](const QString &name) {
        for (const auto &n : nodes)
            if (n.caseId == p.cases.value(name))
                return n.radius;
        return 0.0;
    };
    EXPECT_GT(radius(QStringLiteral("Kyiv Pride")), radius(QStringLiteral("Positive Women Tbilisi")));
}

TEST(NetworkRenderer, SvgHasOneCirclePerCaseAndPanel)
{
    test::NetViewsProject p;
    const NetworkScene scene = sceneOf(*p.project, {});  // baseline and endline
    ASSERT_EQ(scene.panels.size(), 2);
    const QByteArray svg = render::networkSvg(scene, QSize(1500, 820));
    QXmlStreamReader xml(svg);
    int circles = 0;
    bool title = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && (xml.name() == QLatin1String("ellipse") || xml.name() == QLatin1String("circle")))
            ++circles;
        if (xml.isCharacters() && xml.text().contains(QLatin1String("Kyiv Pride")))
            title = true;
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    // Every case with a value is in both waves' networks, Jakarta Outreach
    // (no value) in both through its tie with Kyiv Pride: 7 + 7.
    EXPECT_EQ(circles, scene.panels.at(0).caseIds.size() + scene.panels.at(1).caseIds.size());
    EXPECT_EQ(circles, 14);
    EXPECT_TRUE(title) << "the case names are written as labels";
}

TEST(NetworkRenderer, ACaseStandsAtTheSamePlaceInBothWaves)
{
    test::NetViewsProject p;
    const NetworkScene scene = sceneOf(*p.project, {QStringLiteral("baseline"), QStringLiteral("endline")});
    const QRectF area(0, 0, 1500, 820);
    const auto nodes = render::networkNodes(scene, area);
    QHash<Id, QPointF> first, second;
    for (const auto &n : nodes)
        (n.panel == 0 ? first : second).insert(n.caseId, n.centre);
    ASSERT_EQ(first.size(), 7);
    ASSERT_EQ(second.size(), 7);
    const QPointF shift = second.value(p.cases.value(QStringLiteral("Kyiv Pride"))) - first.value(p.cases.value(QStringLiteral("Kyiv Pride")));
    EXPECT_GT(shift.x(), 500);  // the second panel is to the right
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        const QPointF d = second.value(it.key()) - it.value();
        EXPECT_NEAR(d.x(), shift.x(), 1e-6);
        EXPECT_NEAR(d.y(), 0.0, 1e-6);
    }
    // The same layout as one wave drawn alone would not give: the baseline
    // graph alone has other positions (its ties differ), so the scene used
    // the union.
    const NetworkScene alone = sceneOf(*p.project, {QStringLiteral("baseline")});
    bool differs = false;
    for (auto it = scene.positions.cbegin(); it != scene.positions.cend(); ++it)
        differs = differs || (alone.positions.value(it.key()) - it.value()).manhattanLength() > 1e-6;
    EXPECT_TRUE(differs);
}

TEST(NetworkRenderer, WritesPngAndSvgAndRefusesOtherSuffixes)
{
    test::NetViewsProject p;
    const NetworkScene scene = sceneOf(*p.project, {});
    const QString png = p.dir.path(QStringLiteral("n.png"));
    ASSERT_TRUE(render::writeNetwork(png, scene, QSize(900, 600)).ok());
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(900, 600));
    const QString jpg = p.dir.path(QStringLiteral("n.jpg"));
    const Status refused = render::writeNetwork(jpg, scene, QSize(900, 600));
    EXPECT_FALSE(refused.ok());
    EXPECT_FALSE(QFileInfo::exists(jpg));
}

// An E-I index below zero hangs below the zero line; an undefined cell draws no bar.
TEST(NetworkRenderer, GroupedBarsGoBelowZero)
{
    analysis::Table t;
    t.title = QStringLiteral("E-I index");
    t.rows = {analysis::Label{QStringLiteral("SW (n=2)"), std::nullopt, QString()},
              analysis::Label{QStringLiteral("PLHIV (n=1)"), std::nullopt, QString()}};
    t.columns = {analysis::Label{QStringLiteral("baseline"), std::nullopt, QString()},
                 analysis::Label{QStringLiteral("endline"), std::nullopt, QString()}};
    t.cells = {{-0.5, 0.5}, {0.0, 0.5}};
    t.undefined = {{false, false}, {true, false}};
    t.format = analysis::NumberFormat::Coefficient;
    render::ChartOptions options;
    options.type = render::ChartType::Grouped;
    const QImage image = render::chartImage(t, options);
    const QList<QColor> colours = render::seriesColors(t.columns);
    int baselineBelow = 0, baselineAbove = 0, endlineAbove = 0, endlineBelow = 0;
    const int middle = image.height() / 2;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb c = image.pixel(x, y);
            if (c == colours.at(0).rgb())
                (y > middle + 30 ? baselineBelow : y < middle - 30 ? baselineAbove : baselineBelow) += 1;
            if (c == colours.at(1).rgb())
                (y < middle - 30 ? endlineAbove : y > middle + 30 ? endlineBelow : endlineAbove) += 1;
        }
    EXPECT_GT(baselineBelow, 2000);  // SW's -0.5 bar (the legend's swatch is above)
    EXPECT_LT(baselineAbove, 400);   // only the legend swatch: PLHIV's undefined baseline has no bar
    EXPECT_GT(endlineAbove, 4000);   // two +0.5 bars
    EXPECT_EQ(endlineBelow, 0);
}

}  // namespace
}  // namespace crosscut
