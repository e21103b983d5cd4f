// The report's "Framework matrix" section: cases × the report's code
// columns, each cell the analysts' summary and its supporting-quote count,
// gaps marked; in HTML and in the XLSX workbook.
#include "reportfixture.h"
#include "support/testsupport.h"

#include "analysis/framework.h"
#include "render/reportdata.h"
#include "render/reportcontent.h"
#include "render/reportformats.h"
#include "render/reportwriter.h"

#include <QProcess>

#include <gtest/gtest.h>

namespace crosscut {
namespace {

TEST(FrameworkReport, SectionShowsSummariesCountsAndGaps)
{
    test::ensureGuiApplication();
    test::TempDir dir;
    auto project = test::createReportProject(dir.path(QStringLiteral("report.crosscut")));
    ASSERT_TRUE(project);
    render::ReportOptions options;
    options.date = QDate(2026, 12, 1);
    auto plain = render::collectReport(*project, options);
    ASSERT_TRUE(plain.ok()) << plain.message().toStdString();
    ASSERT_TRUE(plain->framework.has_value());
    const analysis::FrameworkResult &f = *plain->framework;
    EXPECT_EQ(f.rowTitle, QStringLiteral("Cases"));
    EXPECT_EQ(f.columnTitle, QStringLiteral("Population served"));
    ASSERT_FALSE(f.rows.isEmpty());
    // Summarise the first cell that has quotes.
    int row = -1, column = -1;
    for (int r = 0; r < f.rows.size() && row < 0; ++r)
        for (int c = 0; c < f.columns.size(); ++c)
            if (!f.cell(r, c).quoteIds.isEmpty()) {
                row = r;
                column = c;
                break;
            }
    ASSERT_GE(row, 0);
    const qsizetype supporting = f.cell(row, column).quoteIds.size();
    ASSERT_TRUE(analysis::setFrameworkSummary(*project, analysis::FrameworkRows::Cases, *f.rows[row].id, *f.columns[column].id,
                                              QStringLiteral("Serves peers across borders"))
                    .ok());
    auto data = render::collectReport(*project, options);
    ASSERT_TRUE(data.ok());
    ASSERT_GT(data->framework->gapCount(), 0);
    const QString html = render::reportDocumentHtml(render::buildReportDocument(*data), render::ReportImages::Embedded);
    EXPECT_TRUE(html.contains(QStringLiteral("Framework matrix")));
    EXPECT_TRUE(html.contains(QStringLiteral("Serves peers across borders <font color=\"#666666\">(%1 quote").arg(supporting)))
        << "summary with its count";
    EXPECT_TRUE(html.contains(QStringLiteral("<i>gap</i>")));

    const QString xlsx = dir.path(QStringLiteral("report.xlsx"));
    ASSERT_TRUE(render::writeReport(xlsx, *data).ok());
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")});
    ASSERT_TRUE(unzip.waitForFinished(30000));
    const QString strings = QString::fromUtf8(unzip.readAllStandardOutput());
    EXPECT_TRUE(strings.contains(QStringLiteral("Serves peers across borders (%1 quote").arg(supporting))) << strings.left(400).toStdString();

    options.frameworkColumns = QStringLiteral("none");
    auto without = render::collectReport(*project, options);
    ASSERT_TRUE(without.ok());
    EXPECT_FALSE(without->framework.has_value());
    EXPECT_FALSE(render::reportDocumentHtml(render::buildReportDocument(*without), render::ReportImages::Embedded).contains(QStringLiteral("Framework matrix")));
    options.frameworkColumns = QStringLiteral("attribute:Country");
    auto refused = render::collectReport(*project, options);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("--framework")));
}

}  // namespace
}  // namespace crosscut
