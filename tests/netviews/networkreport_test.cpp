// The report's "Collaboration network" section: present with ties, its
// numbers those of computeMeasures, in HTML, PDF (text and a rendered page)
// and XLSX; absent without ties; --network-group through the CLI.
#include "netviewsfixture.h"

#include "network/measuretable.h"
#include "render/reportdata.h"
#include "render/reportcontent.h"
#include "render/reportformats.h"
#include "render/reportwriter.h"

#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace crosscut {
namespace {

render::ReportData collect(Project &project, const QString &networkGroup = {})
{
    render::ReportOptions options;
    options.networkGroup = networkGroup;
    options.date = QDate(2026, 12, 1);
    auto data = render::collectReport(project, options);
    EXPECT_TRUE(data.ok()) << data.message().toStdString();
    return data.ok() ? *data : render::ReportData();
}

TEST(NetworkReport, SectionHoldsTheMeasuresOfEachWave)
{
    test::NetViewsProject p;
    const render::ReportData data = collect(*p.project, QStringLiteral("Population served"));
    ASSERT_TRUE(data.network.has_value());
    const QString html = render::reportDocumentHtml(render::buildReportDocument(data), render::ReportImages::Embedded);
    EXPECT_TRUE(html.contains(QStringLiteral(". Collaboration network</h1>")));
    EXPECT_TRUE(html.contains(QStringLiteral("Between baseline and endline the mean number of ties per case rose from")))
        << data.network->summary.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("too small to compare"))) << data.network->summary.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("alt=\"Collaboration network by Population served\"")));

    // The table's numbers are computeMeasures' of each wave.
    auto graphs = network::readWaves(*p.project, QStringLiteral("Population served"));
    ASSERT_TRUE(graphs.ok());
    const network::NetworkMeasures baseline = network::computeMeasures(graphs->at(0));
    const network::NetworkMeasures endline = network::computeMeasures(graphs->at(1));
    for (int g = 0; g < baseline.groups.size(); ++g) {
        const auto &b = baseline.groups.at(g);
        const auto &e = endline.groups.at(g);
        const QString row = QStringLiteral("<tr><td><b>%1 (n=%2)</b></td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
                                .arg(b.group)
                                .arg(b.cases)
                                .arg(QString::number(b.meanTies, 'f', 2), QString::number(e.meanTies, 'f', 2));
        EXPECT_TRUE(html.contains(row)) << row.toStdString();
    }
    // SW sex workers' organisations by hand: 1.50 at baseline, 2.00 at endline.
    EXPECT_TRUE(html.contains(QStringLiteral("<b>SW (n=2)</b></td><td align=\"right\">1.50</td><td align=\"right\">2.00</td>")));
    // PLHIV has no tie at baseline: its cross-group ratio has no value.
    EXPECT_TRUE(html.contains(QStringLiteral("<b>PLHIV (n=1)</b></td><td align=\"right\">—</td><td align=\"right\">1.000</td>")));
}

TEST(NetworkReport, DefaultsToAGroupAndIsLeftOutWithoutTies)
{
    test::NetViewsProject p;
    const render::ReportData data = collect(*p.project);
    ASSERT_TRUE(data.network.has_value());
    EXPECT_FALSE(data.network->groupAttribute.isEmpty());

    test::NetViewsProject none(false);
    const render::ReportData without = collect(*none.project);
    EXPECT_FALSE(without.network.has_value());
    EXPECT_FALSE(render::reportDocumentHtml(render::buildReportDocument(without), render::ReportImages::Embedded).contains(QStringLiteral("Collaboration network")));

    render::ReportOptions bad;
    bad.networkGroup = QStringLiteral("Colour");
    const auto refused = render::collectReport(*p.project, bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("--network-group"))) << refused.message().toStdString();
}

TEST(NetworkReport, PdfShowsTheSectionWithItsDrawing)
{
    test::NetViewsProject p;
    const render::ReportData data = collect(*p.project, QStringLiteral("Population served"));
    const QString pdf = p.dir.path(QStringLiteral("report.pdf"));
    ASSERT_TRUE(render::writeReport(pdf, data).ok());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString all = QString::fromUtf8(text.readAllStandardOutput());
    ASSERT_TRUE(all.contains(QStringLiteral("Collaboration network"))) << "pdftotext found no section";
    // The page of the section, rendered: it carries the drawing's colours
    // (the first group's blue), not only black text.
    const QStringList pages = all.split(QLatin1Char('\f'));
    int page = 0;
    for (int i = 0; i < pages.size(); ++i)
        if (pages.at(i).contains(QStringLiteral("Collaboration network")) && pages.at(i).contains(QStringLiteral("grouped by")))
            page = i + 1;
    ASSERT_GT(page, 0);
    QProcess render;
    const QString prefix = p.dir.path(QStringLiteral("page"));
    render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                                              QString::number(page), QStringLiteral("-l"), QString::number(page),
                                              QStringLiteral("-singlefile"), pdf, prefix});
    ASSERT_TRUE(render.waitForFinished(60000));
    const QImage image(prefix + QStringLiteral(".png"));
    ASSERT_FALSE(image.isNull());
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            coloured += c.saturation() > 120 ? 1 : 0;
        }
    EXPECT_GT(coloured, 50) << "the network page has no drawing";
}

TEST(NetworkReport, CliTakesTheNetworkGroup)
{
    test::NetViewsProject p;
    p.project.reset();
    const QString html = p.dir.path(QStringLiteral("r.html"));
    const auto r = test::runCli({QStringLiteral("report"), p.path, QStringLiteral("--out"), html, QStringLiteral("--network-group"),
                                 QStringLiteral("Organisation type")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = QString::fromUtf8(test::readAll(html));
    EXPECT_TRUE(text.contains(QStringLiteral("grouped by <b>Organisation type</b>")));
    EXPECT_TRUE(text.contains(QStringLiteral("Alliance member (n=2)")));
    const QString refused = p.dir.path(QStringLiteral("refused.html"));
    const auto bad = test::runCli({QStringLiteral("report"), p.path, QStringLiteral("--out"), refused, QStringLiteral("--network-group"),
                                   QStringLiteral("Colour")});
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("Colour"))) << bad.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(refused));
    const QString xlsx = p.dir.path(QStringLiteral("r.xlsx"));
    const auto x = test::runCli({QStringLiteral("report"), p.path, QStringLiteral("--out"), xlsx});
    ASSERT_EQ(x.exitCode, 0) << x.err.toStdString();
    EXPECT_TRUE(test::readAll(xlsx).startsWith("PK"));
}

}  // namespace
}  // namespace crosscut
