// crosscut-cli chart, report and export run as the real binary, without a
// display: outputs exist and parse; bad input exits non-zero and leaves no file.
#include "reportfixture.h"
#include "support/testsupport.h"

#include "util/csv.h"

#include <QFileInfo>
#include <QImage>
#include <QProcess>

#include <gtest/gtest.h>

namespace crosscut {
namespace {

class RenderCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        test::ensureGuiApplication();
        m_path = m_dir.path(QStringLiteral("cli.crosscut"));
        auto project = test::createReportProject(m_path);
        ASSERT_TRUE(project);
    }

    QString out(const QString &name) const { return m_dir.path(name); }

    test::TempDir m_dir;
    QString m_path;
};

TEST_F(RenderCli, ReportInEveryFormat)
{
    for (const QString &suffix : {QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("html"), QStringLiteral("xlsx")}) {
        const QString file = out(QStringLiteral("report.") + suffix);
        const auto r = test::runCli({QStringLiteral("report"), m_path, QStringLiteral("--out"), file, QStringLiteral("--quotes-per-cell"),
                                     QStringLiteral("2"), QStringLiteral("--title"), QStringLiteral("Alliance evaluation 2026")});
        EXPECT_EQ(r.exitCode, 0) << suffix.toStdString() << ": " << r.err.toStdString();
        EXPECT_GT(QFileInfo(file).size(), 2000) << suffix.toStdString();
    }
    EXPECT_TRUE(test::readAll(out(QStringLiteral("report.pdf"))).startsWith("%PDF"));
    EXPECT_TRUE(test::readAll(out(QStringLiteral("report.odt"))).startsWith("PK"));
    EXPECT_TRUE(test::readAll(out(QStringLiteral("report.xlsx"))).startsWith("PK"));
    EXPECT_TRUE(QString::fromUtf8(test::readAll(out(QStringLiteral("report.html")))).contains(QStringLiteral("Alliance evaluation 2026")));
}

TEST_F(RenderCli, ReportWithChosenAxes)
{
    const QString file = out(QStringLiteral("origin.html"));
    const auto r = test::runCli({QStringLiteral("report"), m_path, QStringLiteral("--out"), file, QStringLiteral("--rows"),
                                 QStringLiteral("documents"), QStringLiteral("--cols"), QStringLiteral("dimension:Leadership")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString html = QString::fromUtf8(test::readAll(file));
    EXPECT_TRUE(html.contains(QStringLiteral("kenya-collective")));
}

TEST_F(RenderCli, ReportFailuresLeaveNoFile)
{
    const QString rtf = out(QStringLiteral("report.rtf"));
    auto r = test::runCli({QStringLiteral("report"), m_path, QStringLiteral("--out"), rtf});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("unknown output format"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(rtf));

    const QString missing = out(QStringLiteral("no-such-folder/report.pdf"));
    r = test::runCli({QStringLiteral("report"), m_path, QStringLiteral("--out"), missing});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("does not exist"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(missing));

    const QString bad = out(QStringLiteral("bad.pdf"));
    r = test::runCli({QStringLiteral("report"), m_path, QStringLiteral("--out"), bad, QStringLiteral("--rows"),
                      QStringLiteral("dimension:Nope")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_FALSE(QFileInfo::exists(bad));

    r = test::runCli({QStringLiteral("report"), m_path, QStringLiteral("--out"), bad, QStringLiteral("--quotes-per-cell"),
                      QStringLiteral("many")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(bad));
}

TEST_F(RenderCli, ChartPngAndSvg)
{
    const QString png = out(QStringLiteral("heat.png"));
    auto r = test::runCli({QStringLiteral("chart"), m_path, QStringLiteral("--rows"), QStringLiteral("dimension:Leadership"),
                           QStringLiteral("--cols"), QStringLiteral("dimension:Population served"), QStringLiteral("--type"),
                           QStringLiteral("heatmap"), QStringLiteral("--out"), png});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QImage(png).size(), QSize(1100, 680));

    const QString svg = out(QStringLiteral("stacked.svg"));
    r = test::runCli({QStringLiteral("chart"), m_path, QStringLiteral("--rows"), QStringLiteral("dimension:Leadership"),
                      QStringLiteral("--cols"), QStringLiteral("dimension:Population served"), QStringLiteral("--type"),
                      QStringLiteral("stacked"), QStringLiteral("--out"), svg});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(test::readAll(svg)).contains(QStringLiteral("People living with HIV")));

    const QString grouped = out(QStringLiteral("grouped.png"));
    r = test::runCli({QStringLiteral("chart"), m_path, QStringLiteral("--rows"), QStringLiteral("attribute:case:Region"),
                      QStringLiteral("--cols"), QStringLiteral("dimension:Leadership"), QStringLiteral("--type"),
                      QStringLiteral("grouped"), QStringLiteral("--out"), grouped, QStringLiteral("--width"), QStringLiteral("800"),
                      QStringLiteral("--height"), QStringLiteral("500")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QImage(grouped).size(), QSize(800, 500));
}

TEST_F(RenderCli, ChartBadInput)
{
    const QString png = out(QStringLiteral("x.png"));
    auto r = test::runCli({QStringLiteral("chart"), m_path, QStringLiteral("--rows"), QStringLiteral("dimension:Leadership"),
                           QStringLiteral("--cols"), QStringLiteral("documents"), QStringLiteral("--type"), QStringLiteral("pie"),
                           QStringLiteral("--out"), png});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(png));
    const QString jpg = out(QStringLiteral("x.jpg"));
    r = test::runCli({QStringLiteral("chart"), m_path, QStringLiteral("--rows"), QStringLiteral("dimension:Leadership"),
                      QStringLiteral("--cols"), QStringLiteral("documents"), QStringLiteral("--type"), QStringLiteral("bar"),
                      QStringLiteral("--out"), jpg});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_FALSE(QFileInfo::exists(jpg));
}

TEST_F(RenderCli, ExportCsvIsOneRowPerCoding)
{
    const QString file = out(QStringLiteral("codings.csv"));
    const auto r = test::runCli({QStringLiteral("export"), m_path, QStringLiteral("--format"), QStringLiteral("csv"),
                                 QStringLiteral("--out"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    auto rows = csv::readFile(file);
    ASSERT_TRUE(rows.ok()) << rows.message().toStdString();
    ASSERT_EQ(rows->size(), 1 + 12);  // header + 12 codings
    bool sawUrdu = false;
    for (const auto &row : *rows)
        sawUrdu = sawUrdu || row.fields.value(3) == QString::fromUtf8(test::kUrduQuote);
    EXPECT_TRUE(sawUrdu);
}

TEST_F(RenderCli, ExportReportFormatsAndFailures)
{
    const QString pdf = out(QStringLiteral("export.bin"));
    auto r = test::runCli({QStringLiteral("export"), m_path, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(test::readAll(pdf).startsWith("%PDF"));

    const QString rtf = out(QStringLiteral("export.rtf"));
    r = test::runCli({QStringLiteral("export"), m_path, QStringLiteral("--format"), QStringLiteral("rtf"), QStringLiteral("--out"), rtf});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("unknown export format"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(rtf));

    // DOCX is a report format: Word reads the same report as the PDF.
    const QString docx = out(QStringLiteral("export.docx"));
    r = test::runCli({QStringLiteral("export"), m_path, QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--out"), docx});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(test::readAll(docx).startsWith("PK"));

    // REFI-QDA (QuaZip) and XLSX (libxlsxwriter's minizip) live in one binary.
    const QString qdpx = out(QStringLiteral("project.qdpx"));
    r = test::runCli({QStringLiteral("export"), m_path, QStringLiteral("--format"), QStringLiteral("qdpx"), QStringLiteral("--out"), qdpx});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(test::readAll(qdpx).startsWith("PK"));
    const QString xlsx = out(QStringLiteral("project.xlsx"));
    r = test::runCli({QStringLiteral("export"), m_path, QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(test::readAll(xlsx).startsWith("PK"));

    const QString missing = out(QStringLiteral("gone/codings.csv"));
    r = test::runCli({QStringLiteral("export"), m_path, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), missing});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_FALSE(QFileInfo::exists(missing));
}

TEST_F(RenderCli, MatrixAsXlsxWithDrillDown)
{
    const QString xlsx = out(QStringLiteral("matrix.xlsx"));
    auto r = test::runCli({QStringLiteral("matrix"), m_path, QStringLiteral("--rows"), QStringLiteral("dimension:Leadership"),
                           QStringLiteral("--cols"), QStringLiteral("dimension:Population served"), QStringLiteral("--normalize"),
                           QStringLiteral("row"), QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml")});
    unzip.waitForFinished(30000);
    const QString rowPercent = QString::fromUtf8(unzip.readAllStandardOutput());
    EXPECT_TRUE(rowPercent.contains(QStringLiteral("<v>0.5</v>"))) << rowPercent.toStdString();  // 50 % as a fraction
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")});
    unzip.waitForFinished(30000);
    EXPECT_TRUE(QString::fromUtf8(unzip.readAllStandardOutput()).contains(QString::fromUtf8(test::kUrduQuote)));

    const QString none = out(QStringLiteral("none.xlsx"));
    r = test::runCli({QStringLiteral("matrix"), m_path, QStringLiteral("--rows"), QStringLiteral("dimension:Leadership"),
                      QStringLiteral("--cols"), QStringLiteral("documents"), QStringLiteral("--format"), QStringLiteral("xlsx")});
    EXPECT_EQ(r.exitCode, 2);
}

}  // namespace
}  // namespace crosscut
