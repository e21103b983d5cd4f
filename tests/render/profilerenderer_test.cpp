// Positional profiles drawn: the dot plot puts each positioned quote at its
// place on the axis (read back from the PNG's pixels and the SVG's circles),
// the grid outlines hat shifts, profileBlocks holds the figures and bullets,
// and `crosscut-cli profiles --draw` refuses bad input and writes nothing.
#include "reportfixture.h"
#include "support/testsupport.h"

#include "project/projectwriter.h"
#include "render/profilerenderer.h"
#include "render/reportcontent.h"
#include "render/reportdata.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QImage>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <cmath>

namespace crosscut {
namespace {

using analysis::ProfilesResult;
using render::CaseRange;
using render::DotPanel;

// Cases (one interview each, intersectional template):
//   Akinyi   three quotes: Key population-led (+1) twice, Provider-led (-1)
//            once → mean 1/3, a hat shift on Leadership; one quote also
//            Civil society (+1 on Origin)
//   Bakyt    one quote, Key population-led at an explicit position 0.5
//   Chandra  one quote, Sex workers only: no position on Leadership
class ProfileDrawing : public ::testing::Test {
protected:
    void SetUp() override
    {
        test::ensureGuiApplication();
        m_path = m_dir.path(QStringLiteral("profiles.crosscut"));
        auto project = test::createProject(m_path, QStringLiteral("intersectional"));
        ASSERT_TRUE(project);
        Project &p = *project;
        p.setCurrentCoder(QStringLiteral("leila"));
        const Id kpLed = code(p, "Leadership/Key population-led");
        const Id providerLed = code(p, "Leadership/Provider-led");
        const Id civil = code(p, "Origin/Civil society");
        const Id sexWorkers = code(p, "Population served/Sex workers");
        const QString text = QStringLiteral("We decide. The ministry decides. Peers lead. Nothing more.");
        const Id akinyi = interview(p, QStringLiteral("akinyi"), QStringLiteral("Akinyi"), text);
        const Id bakyt = interview(p, QStringLiteral("bakyt"), QStringLiteral("Bakyt"), text);
        const Id chandra = interview(p, QStringLiteral("chandra"), QStringLiteral("Chandra"), text);
        apply(p, akinyi, 0, 10, kpLed);
        apply(p, akinyi, 0, 10, civil);
        apply(p, akinyi, 11, 32, providerLed);
        apply(p, akinyi, 33, 44, kpLed);
        const Status s = p.transact(QStringLiteral("Code at a position"), [&](ProjectWriter &w) -> Status {
            auto coder = w.coderId(QStringLiteral("leila"));
            if (!coder)
                return coder.error();
            auto q = w.findOrInsertQuote(bakyt, 0, 10);
            if (!q)
                return q.error();
            if (auto r = w.insertCoding(*q, kpLed, *coder, 0.5); !r)
                return r.error();
            return {};
        });
        ASSERT_TRUE(s.ok()) << s.message().toStdString();
        apply(p, chandra, 0, 10, sexWorkers);

        auto result = analysis::computeProfiles(p, {});
        ASSERT_TRUE(result.ok()) << result.message().toStdString();
        m_profiles = *result;
        ASSERT_EQ(m_profiles.cases.size(), 3);
        m_leadership = render::dimensionIndex(m_profiles, QStringLiteral("Leadership"));
        m_origin = render::dimensionIndex(m_profiles, QStringLiteral("Origin"));
        m_population = render::dimensionIndex(m_profiles, QStringLiteral("population served"));
        ASSERT_GE(m_leadership, 0);
        ASSERT_GE(m_origin, 0);
        ASSERT_GE(m_population, 0);
    }

    static Id code(Project &p, const char *path)
    {
        auto id = p.resolveCodePath(QString::fromUtf8(path));
        EXPECT_TRUE(id.ok()) << path;
        return id.ok() ? *id : 0;
    }
    static Id interview(Project &p, const QString &name, const QString &caseName, const QString &text)
    {
        auto doc = p.addDocument({name, QStringLiteral("interview"), text, {}, {}});
        EXPECT_TRUE(doc.ok()) << doc.message().toStdString();
        auto c = p.addCase(caseName);
        EXPECT_TRUE(c.ok()) << c.message().toStdString();
        EXPECT_TRUE(p.addDocumentToCase(*doc, *c).ok());
        return *doc;
    }
    static void apply(Project &p, Id doc, qint64 start, qint64 end, Id c)
    {
        auto q = p.applyCode(doc, start, end, c);
        EXPECT_TRUE(q.ok()) << q.message().toStdString();
    }

    test::TempDir m_dir;
    QString m_path;
    ProfilesResult m_profiles;
    int m_leadership = -1;
    int m_origin = -1;
    int m_population = -1;
};

// A pixel of the 2× image at logical point (x, y).
QColor pixel(const QImage &image, qreal x, qreal y)
{
    const qreal s = image.devicePixelRatio();
    return image.pixelColor(static_cast<int>(std::lround(x * s)), static_cast<int>(std::lround(y * s)));
}

bool bluish(const QColor &c) { return c.blue() - c.red() > 60 && c.red() < 200; }
bool vermillion(const QColor &c) { return c.red() - c.blue() > 100 && c.green() < 160; }
bool dark(const QColor &c) { return c.red() < 90 && c.green() < 90 && c.blue() < 90; }

TEST_F(ProfileDrawing, PositionsComeFromTheProfilesRule)
{
    const auto &akinyi = m_profiles.cases[0].dimensions[m_leadership];
    ASSERT_EQ(m_profiles.cases[0].caseLabel.text, QStringLiteral("Akinyi"));
    ASSERT_EQ(akinyi.positions.size(), 3);
    QList<double> positions;
    for (const auto &q : akinyi.positions)
        positions.append(q.position);
    std::sort(positions.begin(), positions.end());
    EXPECT_EQ(positions, (QList<double>{-1.0, 1.0, 1.0}));
    EXPECT_EQ(akinyi.positionedQuotes, akinyi.positions.size());
    ASSERT_TRUE(akinyi.mean);
    EXPECT_NEAR(*akinyi.mean, 1.0 / 3.0, 1e-9);
    const auto &bakyt = m_profiles.cases[1].dimensions[m_leadership];
    ASSERT_EQ(bakyt.positions.size(), 1);
    EXPECT_DOUBLE_EQ(bakyt.positions[0].position, 0.5);
    EXPECT_TRUE(m_profiles.cases[2].dimensions[m_leadership].positions.isEmpty());
    EXPECT_EQ(render::positionedDimensions(m_profiles), (QList<int>{std::min(m_origin, m_leadership), std::max(m_origin, m_leadership)}));
}

TEST_F(ProfileDrawing, DotsSitAtTheirPositionsAndTheMeanAtTheMean)
{
    const QList<DotPanel> panels{DotPanel{m_leadership, CaseRange{0, 3}}};
    const QImage image = render::dotPlotImage(m_profiles, panels, 2.0);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.devicePixelRatio(), 2.0);
    const auto layouts = render::dotPlotLayout(m_profiles, panels, render::kDotPlotWidth);
    ASSERT_EQ(layouts.size(), 1);
    const auto &l = layouts[0];
    EXPECT_DOUBLE_EQ(l.minimum, -1.0);
    EXPECT_DOUBLE_EQ(l.maximum, 1.0);
    ASSERT_EQ(l.rowCentres.size(), 3);
    // The positive pole is at the right end of the axis, the negative at the left.
    EXPECT_GT(l.xOf(1.0), render::kDotPlotWidth * 0.9);
    EXPECT_LT(l.xOf(-1.0), l.xOf(0.0));
    const qreal akinyi = l.rowCentres[0];
    EXPECT_TRUE(bluish(pixel(image, l.xOf(1.0), akinyi))) << pixel(image, l.xOf(1.0), akinyi).name().toStdString();
    EXPECT_TRUE(bluish(pixel(image, l.xOf(-1.0), akinyi)));
    // No quote at 0 or -0.5 in Akinyi's row.
    EXPECT_FALSE(bluish(pixel(image, l.xOf(-0.5), akinyi)));
    EXPECT_TRUE(vermillion(pixel(image, l.xOf(1.0 / 3.0), akinyi))) << pixel(image, l.xOf(1.0 / 3.0), akinyi).name().toStdString();
    EXPECT_FALSE(vermillion(pixel(image, l.xOf(-0.5), akinyi)));
    // Bakyt: one quote at 0.5, its mean on it.
    EXPECT_TRUE(vermillion(pixel(image, l.xOf(0.5), l.rowCentres[1])));
    EXPECT_FALSE(bluish(pixel(image, l.xOf(-1.0), l.rowCentres[1])));
    // Chandra: no dot anywhere along the row.
    for (qreal x = l.axisLeft - 6; x <= l.axisRight + 6; x += 1)
        ASSERT_FALSE(bluish(pixel(image, x, l.rowCentres[2]))) << x;
}

TEST_F(ProfileDrawing, SvgHasOneCirclePerPositionedQuote)
{
    const QString path = m_dir.path(QStringLiteral("dots.svg"));
    const Status written = render::writeDotPlot(path, m_profiles, {DotPanel{m_leadership, CaseRange{0, 3}}});
    ASSERT_TRUE(written.ok()) << written.message().toStdString();
    const QString svg = QString::fromUtf8(test::readAll(path));
    // Akinyi 3 + Bakyt 1, and the legend's sample dot.
    EXPECT_EQ(svg.count(QStringLiteral("<circle")), 4 + 1) << svg.left(2000).toStdString();
    EXPECT_TRUE(svg.contains(QStringLiteral("Provider-led")));
    EXPECT_TRUE(svg.contains(QStringLiteral("Key population-led")));
    EXPECT_TRUE(svg.contains(QStringLiteral("no positioned quote")));
    // Two panels: their circles add up.
    const QString both = m_dir.path(QStringLiteral("both.svg"));
    ASSERT_TRUE(render::writeDotPlot(both, m_profiles,
                                     {DotPanel{m_leadership, CaseRange{0, 3}}, DotPanel{m_origin, CaseRange{0, 3}}})
                    .ok());
    EXPECT_EQ(QString::fromUtf8(test::readAll(both)).count(QStringLiteral("<circle")), 4 + 1 + 1 + 1);
}

TEST_F(ProfileDrawing, GridOutlinesTheHatShiftAndNamesBothValues)
{
    const QList<int> dims{m_leadership, m_origin, m_population};
    const QImage image = render::gridImage(m_profiles, CaseRange{0, 3}, dims, 2.0);
    const auto l = render::gridLayout(m_profiles, CaseRange{0, 3}, dims, render::kGridWidth);
    ASSERT_EQ(l.rows.size(), 3);
    ASSERT_EQ(l.columns.size(), 3);
    // Akinyi speaks from both Leadership values: two chips, a taller row, the cell outlined.
    EXPECT_GT(l.rows[0].height(), l.rows[1].height());
    const QRectF shift = l.cell(0, 0);
    EXPECT_TRUE(dark(pixel(image, shift.left() + 1.5, shift.center().y()))) << pixel(image, shift.left() + 1.5, shift.center().y()).name().toStdString();
    EXPECT_TRUE(dark(pixel(image, shift.right() - 1.5, shift.center().y())));
    // Bakyt's Leadership cell and Akinyi's Origin cell hold one value: no outline.
    const QRectF single = l.cell(1, 0);
    EXPECT_FALSE(dark(pixel(image, single.left() + 1.5, single.center().y())));
    const QRectF origin = l.cell(0, 1);
    EXPECT_FALSE(dark(pixel(image, origin.left() + 1.5, origin.center().y())));

    const QString path = m_dir.path(QStringLiteral("grid.svg"));
    ASSERT_TRUE(render::writeGrid(path, m_profiles, CaseRange{0, 3}, {m_leadership}).ok());
    const QString svg = QString::fromUtf8(test::readAll(path));
    EXPECT_TRUE(svg.contains(QStringLiteral(">Provider-led<"))) << svg.toStdString();
    EXPECT_TRUE(svg.contains(QStringLiteral(">Key population-led<")));
    EXPECT_TRUE(svg.contains(QStringLiteral(">Akinyi<")));
}

TEST_F(ProfileDrawing, ProfileBlocksHaveAFigurePerDimensionAndABulletPerShift)
{
    auto project = test::openProject(m_path);
    ASSERT_TRUE(project);
    auto data = render::collectReport(*project, {});
    ASSERT_TRUE(data.ok()) << data.message().toStdString();
    const auto blocks = render::profileBlocks(*data);
    int dotFigures = 0;
    int gridFigures = 0;
    QStringList bullets;
    int headings = 0;
    for (const auto &block : blocks) {
        if (const auto *f = std::get_if<render::ReportFigure>(&block)) {
            EXPECT_FALSE(f->image.isNull());
            EXPECT_LE(f->widthMm, 170);
            EXPECT_EQ(f->image.devicePixelRatio(), 2.0);
            if (f->alt.startsWith(QStringLiteral("Dot plot")))
                ++dotFigures;
            else
                ++gridFigures;
        } else if (const auto *p = std::get_if<render::ReportParagraph>(&block)) {
            if (p->bullet) {
                QString text;
                for (const auto &run : p->text)
                    text += run.text;
                bullets.append(text);
            }
        } else if (const auto *h = std::get_if<render::ReportHeading>(&block)) {
            EXPECT_EQ(h->level, 2);
            ++headings;
        }
    }
    EXPECT_EQ(headings, 3);
    // Leadership and Origin have positioned quotes; the other bipolar dimensions none.
    EXPECT_EQ(dotFigures, 2);
    EXPECT_EQ(dotFigures, render::positionedDimensions(data->profiles).size());
    // Nine dimensions, at most six per grid image.
    EXPECT_EQ(gridFigures, 2);
    EXPECT_EQ(bullets.size(), data->profiles.hatShifts.size());  // one case, one shift: one bullet
    EXPECT_EQ(bullets, (QStringList{QStringLiteral("Akinyi: Leadership \u2014 Provider-led, Key population-led (3 quotes)")}));
}

TEST(ProfileSplit, LargeProjectsSplitIntoImagesOfAtMost25Cases)
{
    EXPECT_EQ(render::splitRange(45, 25).size(), 2);
    EXPECT_EQ(render::splitRange(45, 25)[0].count, 23);
    EXPECT_EQ(render::splitRange(45, 25)[1].first, 23);
    EXPECT_EQ(render::splitRange(45, 25)[1].count, 22);
    EXPECT_EQ(render::splitRange(25, 25).size(), 1);
    EXPECT_TRUE(render::splitRange(0, 25).isEmpty());

    test::ensureGuiApplication();
    test::TempDir dir;
    auto project = test::createProject(dir.path(QStringLiteral("large.crosscut")), QStringLiteral("intersectional"));
    ASSERT_TRUE(project);
    Project &p = *project;
    p.setCurrentCoder(QStringLiteral("leila"));
    const Id kpLed = *p.resolveCodePath(QStringLiteral("Leadership/Key population-led"));
    const Id providerLed = *p.resolveCodePath(QStringLiteral("Leadership/Provider-led"));
    for (int i = 0; i < 45; ++i) {
        auto doc = p.addDocument({QStringLiteral("interview-%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("interview"),
                                  QStringLiteral("One thing. Another thing."), {}, {}});
        ASSERT_TRUE(doc.ok());
        auto c = p.addCase(QStringLiteral("Partner %1").arg(i, 2, 10, QLatin1Char('0')));
        ASSERT_TRUE(c.ok());
        ASSERT_TRUE(p.addDocumentToCase(*doc, *c).ok());
        ASSERT_TRUE(p.applyCode(*doc, 0, 10, kpLed).ok());
        if (i % 3 == 0) {
            ASSERT_TRUE(p.applyCode(*doc, 11, 25, providerLed).ok());
        }
    }
    auto data = render::collectReport(p, {});
    ASSERT_TRUE(data.ok()) << data.message().toStdString();
    int dotFigures = 0;
    int bullets = 0;
    for (const auto &block : render::profileBlocks(*data)) {
        if (const auto *f = std::get_if<render::ReportFigure>(&block); f && f->alt.startsWith(QStringLiteral("Dot plot"))) {
            ++dotFigures;
            EXPECT_TRUE(f->caption.contains(QStringLiteral("of 45"))) << f->caption.toStdString();
            // At most 25 rows of 34 px and the panel's head and foot: a height from the content.
            EXPECT_LT(f->image.height() / f->image.devicePixelRatio(), 25 * 34 + 160);
            EXPECT_GT(f->image.height() / f->image.devicePixelRatio(), 22 * 34);
        }
        if (const auto *para = std::get_if<render::ReportParagraph>(&block); para && para->bullet)
            ++bullets;
    }
    EXPECT_EQ(dotFigures, 2);  // Leadership only, in two images
    EXPECT_EQ(bullets, 15);    // every third partner shifts hats
}

class ProfileDrawingCli : public ProfileDrawing {};

TEST_F(ProfileDrawingCli, DrawsDotsAndGridToPngAndSvg)
{
    const QString dots = m_dir.path(QStringLiteral("dots.png"));
    auto r = test::runCli({QStringLiteral("profiles"), m_path, QStringLiteral("--draw"), QStringLiteral("dots"),
                           QStringLiteral("--out"), dots, QStringLiteral("--dimension"), QStringLiteral("leadership")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QImage image(dots);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), 2 * render::kDotPlotWidth);
    const QString grid = m_dir.path(QStringLiteral("grid.svg"));
    r = test::runCli({QStringLiteral("profiles"), m_path, QStringLiteral("--draw"), QStringLiteral("grid"), QStringLiteral("--out"), grid});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(test::readAll(grid)).contains(QStringLiteral(">Chandra<")));
    // Without --dimension, dots draws every bipolar dimension with positions: Leadership and Origin.
    const QString all = m_dir.path(QStringLiteral("all.svg"));
    r = test::runCli({QStringLiteral("profiles"), m_path, QStringLiteral("--draw"), QStringLiteral("dots"), QStringLiteral("--out"), all});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(test::readAll(all)).count(QStringLiteral("<circle")), 4 + 1 + 1 + 1);
    // The tables still come from the same command.
    r = test::runCli({QStringLiteral("profiles"), m_path, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("\"hatShifts\"")));
}

TEST_F(ProfileDrawingCli, RefusesBadInputAndWritesNothing)
{
    const QByteArray before = test::readAll(m_path);
    const QString out = m_dir.path(QStringLiteral("refused.png"));
    auto r = test::runCli({QStringLiteral("profiles"), m_path, QStringLiteral("--draw"), QStringLiteral("pie"), QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--draw must be dots"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));

    r = test::runCli({QStringLiteral("profiles"), m_path, QStringLiteral("--draw"), QStringLiteral("dots"), QStringLiteral("--out"), out,
                      QStringLiteral("--dimension"), QStringLiteral("Hats")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no dimension named \"Hats\""))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Leadership")));
    EXPECT_FALSE(QFileInfo::exists(out));

    r = test::runCli({QStringLiteral("profiles"), m_path, QStringLiteral("--draw"), QStringLiteral("dots"), QStringLiteral("--out"), out,
                      QStringLiteral("--dimension"), QStringLiteral("Population served")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a bipolar dimension"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));

    const QString pdf = m_dir.path(QStringLiteral("refused.pdf"));
    r = test::runCli({QStringLiteral("profiles"), m_path, QStringLiteral("--draw"), QStringLiteral("grid"), QStringLiteral("--out"), pdf});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_FALSE(QFileInfo::exists(pdf));

    r = test::runCli({QStringLiteral("profiles"), m_path, QStringLiteral("--draw"), QStringLiteral("grid")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--out"))) << r.err.toStdString();
    EXPECT_EQ(test::readAll(m_path), before);
}

}  // namespace
}  // namespace crosscut

namespace crosscut {

// The demo's partners shift hats on several dimensions each: the report lists
// them one bullet per case, each bullet naming every dimension of that case.
TEST(ProfileBlocks, HatShiftsAreOneBulletPerCaseNamingEachDimension)
{
    test::ensureGuiApplication();
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.crosscut"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(CROSSCUT_DEMO_PROJECT), path)) << "build the demo target first";
    auto project = test::openProject(path);
    ASSERT_TRUE(project);
    auto data = render::collectReport(*project, {});
    ASSERT_TRUE(data.ok()) << data.message().toStdString();
    QMap<QString, QStringList> dimensionsOf;  // case → the dimensions it shifts on
    for (const auto &shift : data->profiles.hatShifts)
        dimensionsOf[shift.caseLabel.text].append(shift.dimension.text);
    ASSERT_LT(dimensionsOf.size(), data->profiles.hatShifts.size());  // some case shifts on two dimensions or more
    QStringList bullets;
    for (const auto &block : render::profileBlocks(*data))
        if (const auto *p = std::get_if<render::ReportParagraph>(&block); p && p->bullet)
            bullets.append(render::toPlainString(p->text));
    ASSERT_EQ(bullets.size(), dimensionsOf.size());
    for (const QString &bullet : std::as_const(bullets)) {
        const QString who = bullet.section(QStringLiteral(": "), 0, 0);
        ASSERT_TRUE(dimensionsOf.contains(who)) << bullet.toStdString();
        for (const QString &dimension : dimensionsOf.value(who))
            EXPECT_TRUE(bullet.contains(dimension + QStringLiteral(" \u2014 "))) << bullet.toStdString();
    }
}

}  // namespace crosscut
