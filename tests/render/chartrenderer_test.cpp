// Charts drawn headless: PNG and SVG files exist with the asked size and
// carry their labels; series colours are distinct.
#include "reportfixture.h"
#include "support/testsupport.h"

#include "render/chartrenderer.h"

#include <QFileInfo>
#include <QImage>
#include <QSet>

#include <gtest/gtest.h>

namespace crosscut {
namespace {

using render::ChartOptions;
using render::ChartType;

analysis::Table sample()
{
    analysis::Table t;
    t.title = QStringLiteral("Leadership × Population served");
    t.rowHeader = QStringLiteral("Leadership");
    t.columnHeader = QStringLiteral("Population served");
    t.rows = {{QStringLiteral("Provider-led"), 1, QStringLiteral("#59a14f")}, {QStringLiteral("Key population-led"), 2, QStringLiteral("#e15759")}};
    t.columns = {{QStringLiteral("Sex workers"), 3, QStringLiteral("#888888")},
                 {QStringLiteral("Люди, живущие с ВИЧ"), 4, QStringLiteral("#888888")},
                 {QStringLiteral("LGBT people"), 5, QString()}};
    t.cells = {{3, 5, 0}, {12, 1, 7}};
    return t;
}

class ChartRenderer : public ::testing::Test {
protected:
    void SetUp() override { test::ensureGuiApplication(); }
};

TEST_F(ChartRenderer, EveryTypeWritesPngOfTheAskedSize)
{
    test::TempDir dir;
    for (const QString &name : {QStringLiteral("bar"), QStringLiteral("stacked"), QStringLiteral("grouped"), QStringLiteral("heatmap")}) {
        const auto type = render::chartTypeFromString(name);
        ASSERT_TRUE(type.has_value());
        const QString path = dir.path(name + QStringLiteral(".png"));
        const auto status = render::writeChart(path, sample(), ChartOptions{*type, {}, {900, 500}});
        ASSERT_TRUE(status.ok()) << status.message().toStdString();
        QImage image(path);
        ASSERT_FALSE(image.isNull()) << name.toStdString();
        EXPECT_EQ(image.size(), QSize(900, 500));
        // Something was drawn: far more than a blank page's colours.
        QSet<QRgb> colors;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colors.insert(image.pixel(x, y));
        EXPECT_GT(colors.size(), 20) << name.toStdString();
        EXPECT_GT(QFileInfo(path).size(), 5000);
    }
}

TEST_F(ChartRenderer, SvgCarriesSizeAndLabels)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("chart.svg"));
    ASSERT_TRUE(render::writeChart(path, sample(), ChartOptions{ChartType::Stacked, QStringLiteral("Who leads"), {1000, 600}}).ok());
    const QString svg = QString::fromUtf8(test::readAll(path));
    EXPECT_TRUE(svg.contains(QStringLiteral("<svg")));
    EXPECT_TRUE(svg.contains(QStringLiteral("viewBox=\"0 0 1000 600\""))) << svg.left(600).toStdString();
    EXPECT_TRUE(svg.contains(QStringLiteral("Who leads")));
    EXPECT_TRUE(svg.contains(QStringLiteral("Key population-led")));
    EXPECT_TRUE(svg.contains(QStringLiteral("Люди, живущие с ВИЧ")));
}

TEST_F(ChartRenderer, ColourBlindSafePaletteByDefaultCodeColoursOnRequestWhenDistinct)
{
    const auto t = sample();
    // By default the Okabe–Ito palette, whatever the codes' colours: similar
    // code colours (four pinks) must not make series indistinguishable.
    const auto safe = render::seriesColors(t.rows);
    ASSERT_EQ(safe.size(), 2);
    EXPECT_EQ(safe.at(0), QColor(0x00, 0x72, 0xB2));
    EXPECT_EQ(safe.at(1), QColor(0xE6, 0x9F, 0x00));
    // On request, the codes' own colours when all are set and distinct.
    const auto rowColors = render::seriesColors(t.rows, render::SeriesColours::Codes);
    EXPECT_EQ(rowColors.at(0), QColor(QStringLiteral("#59a14f")));
    EXPECT_EQ(rowColors.at(1), QColor(QStringLiteral("#e15759")));
    // Default grey and missing colours fall back to the palette, all distinct.
    const auto colColors = render::seriesColors(t.columns, render::SeriesColours::Codes);
    ASSERT_EQ(colColors.size(), 3);
    EXPECT_EQ(QSet<QRgb>({colColors.at(0).rgb(), colColors.at(1).rgb(), colColors.at(2).rgb()}).size(), 3);
    EXPECT_NE(colColors.at(0), QColor(QStringLiteral("#888888")));
}

TEST_F(ChartRenderer, UnknownFormatAndMissingFolderLeaveNoFile)
{
    test::TempDir dir;
    const QString gif = dir.path(QStringLiteral("chart.gif"));
    auto status = render::writeChart(gif, sample(), {});
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind, ErrorKind::Unsupported);
    EXPECT_FALSE(QFileInfo::exists(gif));
    const QString missing = dir.path(QStringLiteral("nope/chart.png"));
    status = render::writeChart(missing, sample(), {});
    ASSERT_FALSE(status.ok());
    EXPECT_FALSE(QFileInfo::exists(missing));
}

TEST_F(ChartRenderer, EmptyTableStillDraws)
{
    analysis::Table empty;
    empty.title = QStringLiteral("Nothing coded yet");
    const QImage image = render::chartImage(empty, ChartOptions{ChartType::Heatmap, {}, {400, 300}});
    EXPECT_EQ(image.size(), QSize(400, 300));
}

}  // namespace
}  // namespace crosscut
