#include "viewsfixture.h"

#include "charts/chartspanel.h"
#include "charts/heatmapview.h"
#include "project/project.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QChartView>
#include <QImage>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;
using namespace crosscut::analysis;
using crosscut::ui::ChartsPanel;

namespace {
MatrixRequest request(const QString &rows, const QString &cols)
{
    MatrixRequest r;
    r.rows = AxisSpec::parse(rows).value();
    r.columns = AxisSpec::parse(cols).value();
    return r;
}
}  // namespace

TEST(ChartsPanel, SavesNonEmptyPngAndSvgOfEachKind)
{
    ViewsProject p;
    ChartsPanel panel(p.project.get());
    panel.resize(800, 600);
    panel.show();
    panel.setRequest(request(QStringLiteral("dimension:Leadership"), QStringLiteral("dimension:Population served")));
    for (ChartsPanel::Kind kind : {ChartsPanel::Kind::Bar, ChartsPanel::Kind::StackedBar, ChartsPanel::Kind::HeatMap}) {
        panel.setKind(kind);
        const QString stem = QStringLiteral("chart%1").arg(static_cast<int>(kind));
        const QString png = p.dir.path(stem + QStringLiteral(".png"));
        const QString svg = p.dir.path(stem + QStringLiteral(".svg"));
        ASSERT_TRUE(panel.saveImage(png, QSize(640, 480)).ok());
        ASSERT_TRUE(panel.saveImage(svg, QSize(640, 480)).ok());
        const QImage image(png);
        ASSERT_FALSE(image.isNull());
        EXPECT_EQ(image.size(), QSize(640, 480));
        // Something other than the white background was drawn.
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                coloured += image.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
        EXPECT_GT(coloured, 50) << stem.toStdString();
        const QByteArray svgText = readAll(svg);
        EXPECT_TRUE(svgText.contains("<svg")) << stem.toStdString();
        EXPECT_GT(svgText.size(), 1000);
    }
    panel.setKind(ChartsPanel::Kind::Bar);
    ASSERT_NE(panel.chartView()->chart(), nullptr);
    EXPECT_EQ(panel.chartView()->chart()->series().size(), 1);
    EXPECT_FALSE(panel.saveImage(p.dir.path(QStringLiteral("no/such/dir.png"))).ok());
}

TEST(ChartsPanel, GroupAveragesNeedACaseAttributeAndCodes)
{
    ViewsProject p;
    ChartsPanel panel(p.project.get());
    panel.setKind(ChartsPanel::Kind::GroupAverages);
    panel.setRequest(request(QStringLiteral("dimension:Leadership"), QStringLiteral("documents")));
    EXPECT_TRUE(panel.message().contains(QStringLiteral("case attribute")));

    const Id amina = p.project->addCase(QStringLiteral("Org A")).value();
    const Id bogdan = p.project->addCase(QStringLiteral("Org B")).value();
    ASSERT_TRUE(p.project->addDocumentToCase(p.docA, amina).ok());
    ASSERT_TRUE(p.project->addDocumentToCase(p.docB, bogdan).ok());
    ASSERT_TRUE(p.project->setAttribute(AttributeScope::Case, amina, QStringLiteral("population"), QStringLiteral("Sex workers")).ok());
    ASSERT_TRUE(p.project->setAttribute(AttributeScope::Case, bogdan, QStringLiteral("population"), QStringLiteral("PWUD")).ok());
    panel.setRequest(request(QStringLiteral("attribute:case:population"), QStringLiteral("dimension:Leadership")));
    ASSERT_NE(panel.chartView()->chart(), nullptr);
    EXPECT_EQ(panel.chartView()->chart()->series().size(), 1);
    EXPECT_TRUE(panel.saveImage(p.dir.path(QStringLiteral("groups.png"))).ok());
}

TEST(ChartsPanel, HeatMapFollowsProjectChanges)
{
    ViewsProject p;
    ChartsPanel panel(p.project.get());
    panel.setKind(ChartsPanel::Kind::HeatMap);
    panel.setRequest(request(QStringLiteral("dimension:Leadership"), QStringLiteral("documents")));
    const int kp = static_cast<int>(panel.heatMap()->table().rowLabels().indexOf(QStringLiteral("Provider-led")));
    ASSERT_GE(kp, 0);
    const double before = panel.heatMap()->table().cell(kp, 1);
    ASSERT_TRUE(p.project->applyCode(p.docB, 59, 75, p.providerLed).ok());
    EXPECT_EQ(panel.heatMap()->table().cell(kp, 1), before + 1);
}

// A chart in a background tab does not recompute on every change (that
// costs a second on a large project); it catches up when its tab is shown.
TEST(ChartsPanel, BackgroundTabCatchesUpWhenShown)
{
    ViewsProject p;
    QTabWidget tabs;
    auto *front = new QWidget;
    auto *panel = new ChartsPanel(p.project.get());
    tabs.addTab(front, QStringLiteral("front"));
    tabs.addTab(panel, QStringLiteral("chart"));
    panel->setKind(ChartsPanel::Kind::HeatMap);
    panel->setRequest(request(QStringLiteral("dimension:Leadership"), QStringLiteral("documents")));
    tabs.setCurrentWidget(panel);
    tabs.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&tabs));
    tabs.setCurrentWidget(front);
    ASSERT_FALSE(panel->isVisible());
    const int kp = static_cast<int>(panel->heatMap()->table().rowLabels().indexOf(QStringLiteral("Provider-led")));
    ASSERT_GE(kp, 0);
    const double before = panel->heatMap()->table().cell(kp, 1);
    ASSERT_TRUE(p.project->applyCode(p.docB, 59, 75, p.providerLed).ok());
    EXPECT_EQ(panel->heatMap()->table().cell(kp, 1), before);  // stale while hidden
    tabs.setCurrentWidget(panel);
    EXPECT_EQ(panel->heatMap()->table().cell(kp, 1), before + 1);
}

TEST(ChartsPanel, ColourBlindSafeSeriesByDefaultCodeColoursOnRequest)
{
    ViewsProject p;
    ChartsPanel panel(p.project.get());
    panel.resize(800, 600);
    panel.show();
    panel.setRequest(request(QStringLiteral("dimension:Leadership"), QStringLiteral("dimension:Population served")));
    panel.setKind(ChartsPanel::Kind::Bar);
    auto barColours = [&panel] {
        QMap<QString, QColor> out;
        auto *series = qobject_cast<QAbstractBarSeries *>(panel.chartView()->chart()->series().value(0));
        if (series)
            for (QBarSet *set : series->barSets())
                out.insert(set->label(), set->color());
        return out;
    };
    const QMap<QString, QColor> safe = barColours();
    ASSERT_EQ(safe.size(), 4);
    // Okabe–Ito, in column order: the four populations are told apart.
    EXPECT_EQ(safe.value(QStringLiteral("People who use drugs")), QColor(0x00, 0x72, 0xB2));
    EXPECT_EQ(safe.value(QStringLiteral("LGBT people")), QColor(0xE6, 0x9F, 0x00));
    QSet<QRgb> distinct;
    for (const QColor &c : safe)
        distinct.insert(c.rgb());
    EXPECT_EQ(distinct.size(), 4);

    auto *codeColours = panel.findChild<QCheckBox *>(QStringLiteral("codeColours"));
    ASSERT_NE(codeColours, nullptr);
    EXPECT_FALSE(codeColours->isChecked());
    QTest::mouseClick(codeColours, Qt::LeftButton, {}, QPoint(8, codeColours->height() / 2));
    ASSERT_TRUE(codeColours->isChecked());
    const QColor sexWorkers(p.project->code(p.sexWorkers)->color);
    EXPECT_EQ(barColours().value(QStringLiteral("Sex workers")), sexWorkers);
}

TEST(ChartsPanel, HeatMapShowsADashNotZeroForAnEmptyRow)
{
    ViewsProject p;
    ChartsPanel panel(p.project.get());
    panel.resize(800, 600);
    panel.show();
    MatrixRequest r = request(QStringLiteral("dimension:Leadership"), QStringLiteral("dimension:Population served"));
    r.normalization = Normalization::Row;
    panel.setRequest(r);
    panel.setKind(ChartsPanel::Kind::HeatMap);
    const Table &table = panel.heatMap()->table();
    // Provider-led quotes carry no population: a share of nothing.
    const int provider = static_cast<int>(table.rowLabels().indexOf(QStringLiteral("Provider-led")));
    const int kp = static_cast<int>(table.rowLabels().indexOf(QStringLiteral("Key population-led")));
    ASSERT_GE(provider, 0);
    ASSERT_GE(kp, 0);
    for (int c = 0; c < table.columnCount(); ++c) {
        EXPECT_TRUE(table.isUndefined(provider, c));
        EXPECT_FALSE(table.isUndefined(kp, c));
    }
    // Drawn grey with a dash; the defined row is shaded as before.
    const QImage image = panel.heatMap()->grab().toImage();
    int grey = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            grey += image.pixelColor(x, y) == QColor(0xee, 0xee, 0xee) ? 1 : 0;
    EXPECT_GT(grey, 1000);
    r.normalization = Normalization::None;
    panel.setRequest(r);
    EXPECT_FALSE(panel.heatMap()->table().isUndefined(provider, 0));
}
