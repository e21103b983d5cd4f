// The evaluation report written as PDF, ODT, HTML and XLSX and parsed back:
// pdftotext finds the matrix labels and the Cyrillic, Devanagari and Urdu
// quotes; content.xml and the sheet XML hold the numbers.
#include "reportfixture.h"
#include "support/testsupport.h"

#include "render/reportdata.h"
#include "render/reportcontent.h"
#include "render/reportformats.h"
#include "render/reportwriter.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace crosscut {
namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext may break lines anywhere; compare with whitespace removed.
QString squeeze(QString text) { return text.remove(QRegularExpression(QStringLiteral("\\s+"))); }

// pdftotext gives ligatures (ﬁ) and Arabic presentation forms, wrapped in
// bidi controls: fold them back to the logical characters.
QString logical(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC);
    return folded.remove(QRegularExpression(QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]")));
}

class Report : public ::testing::Test {
protected:
    void SetUp() override
    {
        test::ensureGuiApplication();
        m_project = test::createReportProject(m_dir.path(QStringLiteral("report.crosscut")));
        ASSERT_TRUE(m_project);
        render::ReportOptions options;
        options.date = QDate(2026, 11, 23);
        auto data = render::collectReport(*m_project, options);
        ASSERT_TRUE(data.ok()) << data.message().toStdString();
        m_data = *data;
    }

    test::TempDir m_dir;
    std::unique_ptr<Project> m_project;
    render::ReportData m_data;
};

TEST_F(Report, DefaultMatrixIsLeadershipByPopulationServed)
{
    const auto &m = m_data.matrix;
    EXPECT_EQ(m.rowTitle, QStringLiteral("Leadership"));
    EXPECT_EQ(m.columnTitle, QStringLiteral("Population served"));
    EXPECT_EQ(m.rowLabels(), (QStringList{QStringLiteral("Provider-led"), QStringLiteral("Key population-led")}));
    // Columns: People who use drugs, LGBT people, Sex workers, People living with HIV.
    EXPECT_EQ(m.counts, (QList<QList<qint64>>{{0, 0, 1, 1}, {0, 2, 1, 1}}));
    EXPECT_EQ(m_data.documents, 4);
    EXPECT_EQ(m_data.cases, 4);
    EXPECT_EQ(m_data.coders.size(), 2);
    // Every non-empty cell has its quotes, at most quotesPerCell.
    EXPECT_EQ(m_data.cells.size(), 5);
    for (const auto &cell : m_data.cells)
        EXPECT_LE(cell.quotes.size(), 3);
    // Two cases speak from both sides of Leadership.
    EXPECT_EQ(m_data.profiles.hatShifts.size(), 2);
    ASSERT_TRUE(m_data.groupAverages.has_value());
    EXPECT_EQ(m_data.groupAverages->rowCount(), 2);  // Africa, Asia
}

TEST_F(Report, PdfTextHasLabelsAndNonLatinQuotes)
{
    const QString path = m_dir.path(QStringLiteral("report.pdf"));
    const auto status = render::writeReport(path, m_data);
    ASSERT_TRUE(status.ok()) << status.message().toStdString();
    EXPECT_TRUE(test::readAll(path).startsWith("%PDF"));
    const QString text =
        logical(run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")}));
    const QString flat = squeeze(text);
    for (const QString &label : {QStringLiteral("Key population-led"), QStringLiteral("Provider-led"), QStringLiteral("LGBT people"),
                                 QStringLiteral("People living with HIV"), QStringLiteral("Conceptual-model matrix"),
                                 QStringLiteral("Positional profiles"), QStringLiteral("Codebook"), QStringLiteral("amina")})
        EXPECT_TRUE(flat.contains(squeeze(label))) << label.toStdString();
    EXPECT_TRUE(flat.contains(squeeze(QString::fromUtf8(test::kRussianQuote)))) << text.toStdString();
    // Devanagari conjuncts and pre-base vowels do not map back one to one in
    // the PDF's text layer; the words without them do (the glyphs were
    // checked by eye in pdftoppm renders).
    EXPECT_TRUE(text.contains(QStringLiteral("हामी"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("समुदायको")));
    // Urdu comes back in logical order, word by word.
    for (const QString &word : QString::fromUtf8(test::kUrduQuote).split(QLatin1Char(' ')))
        EXPECT_TRUE(text.contains(word)) << word.toStdString();
    // The fonts with the glyphs are embedded.
    const QString fonts = run(QStringLiteral("pdffonts"), {path});
    EXPECT_TRUE(fonts.contains(QStringLiteral("Arabic")) || fonts.contains(QStringLiteral("Urdu"))) << fonts.toStdString();
    EXPECT_TRUE(fonts.contains(QStringLiteral("Devanagari"))) << fonts.toStdString();
}

TEST_F(Report, OdtContentHoldsTheMatrixAndQuotes)
{
    const QString path = m_dir.path(QStringLiteral("report.odt"));
    ASSERT_TRUE(render::writeReport(path, m_data).ok());
    const QString content = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
    EXPECT_TRUE(content.contains(QStringLiteral("Key population-led")));
    EXPECT_TRUE(content.contains(QStringLiteral("People living with HIV")));
    EXPECT_TRUE(content.contains(QString::fromUtf8(test::kUrduQuote)));
    EXPECT_TRUE(content.contains(QString::fromUtf8(test::kRussianQuote)));
    // Counts with row %: Key population-led × LGBT people is 2 of 4 quotes.
    EXPECT_TRUE(content.contains(QStringLiteral("(50.0%)"))) << content.left(3000).toStdString();
    // The charts travel inside the file.
    const QString list = run(QStringLiteral("unzip"), {QStringLiteral("-l"), path});
    EXPECT_TRUE(list.contains(QStringLiteral("Pictures/"))) << list.toStdString();
    EXPECT_TRUE(content.contains(QStringLiteral("draw:name=\"figure-2.png\"")));
}

TEST_F(Report, HtmlIsSelfContained)
{
    const QString path = m_dir.path(QStringLiteral("report.html"));
    ASSERT_TRUE(render::writeReport(path, m_data).ok());
    const QString html = QString::fromUtf8(test::readAll(path));
    EXPECT_TRUE(html.contains(QStringLiteral("data:image/png;base64,")));
    EXPECT_TRUE(html.contains(QStringLiteral("dir=\"rtl\"")));
    EXPECT_TRUE(html.contains(QString::fromUtf8(test::kNepaliQuote)));
    EXPECT_TRUE(html.contains(QStringLiteral("23 November 2026")));
}

TEST_F(Report, XlsxHasMatrixPercentagesAndQuotes)
{
    const QString path = m_dir.path(QStringLiteral("report.xlsx"));
    const auto status = render::writeReport(path, m_data);
    ASSERT_TRUE(status.ok()) << status.message().toStdString();
    const QString workbook = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/workbook.xml")});
    EXPECT_TRUE(workbook.contains(QStringLiteral("name=\"About\"")));
    EXPECT_TRUE(workbook.contains(QStringLiteral("name=\"Quotes\"")));
    // Sheet 2 is the count matrix with its Total column; sheet 3 row %.
    const QString counts = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet2.xml")});
    EXPECT_TRUE(counts.contains(QStringLiteral("<v>4</v>")));  // Key population-led total
    EXPECT_TRUE(counts.contains(QStringLiteral("<v>2</v>")));
    const QString pct = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet3.xml")});
    EXPECT_TRUE(pct.contains(QStringLiteral("<v>0.5</v>"))) << pct.toStdString();
    EXPECT_TRUE(pct.contains(QStringLiteral("<v>0.25</v>")));
    const QString strings = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/sharedStrings.xml")});
    EXPECT_TRUE(strings.contains(QString::fromUtf8(test::kUrduQuote)));
    EXPECT_TRUE(strings.contains(QStringLiteral("Key population-led × LGBT people")));
}

TEST_F(Report, QuotesPerCellIsHonoured)
{
    render::ReportOptions options;
    options.quotesPerCell = 0;
    auto none = render::collectReport(*m_project, options);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->cells.isEmpty());
    EXPECT_FALSE(render::reportDocumentHtml(render::buildReportDocument(*none), render::ReportImages::Embedded).contains(QStringLiteral("Representative quotes")));
    options.quotesPerCell = 1;
    auto one = render::collectReport(*m_project, options);
    ASSERT_TRUE(one.ok());
    for (const auto &cell : one->cells)
        EXPECT_EQ(cell.quotes.size(), 1);
}

// Kenya is coded by both coders (different sentences): the methods section
// reports their agreement over that one document, and only over it.
TEST_F(Report, AgreementSectionCoversTheDoubleCodedDocumentsOnly)
{
    const auto &a = m_data.agreement;
    ASSERT_EQ(a.pairs.size(), 1);
    EXPECT_EQ(a.pairs[0].coderA, QStringLiteral("amina"));
    EXPECT_EQ(a.pairs[0].coderB, QStringLiteral("oleg"));
    EXPECT_EQ(a.pairs[0].documents, 1);
    // Amina coded Kenya key-population-led, Oleg did not: kappa is exactly 0
    // (Po = Pe when one coder coded nothing), and the characters are Kenya's.
    const auto kp = std::find_if(a.codes.cbegin(), a.codes.cend(), [](const team::CodeAgreement &c) {
        return c.path == QStringLiteral("Leadership/Key population-led");
    });
    ASSERT_NE(kp, a.codes.cend());
    ASSERT_TRUE(kp->kappa.has_value());
    EXPECT_DOUBLE_EQ(*kp->kappa, 0.0);
    EXPECT_EQ(kp->b, 0);
    const auto kenya = m_project->findDocument(QStringLiteral("kenya-collective"));
    ASSERT_TRUE(kenya);
    EXPECT_EQ(kp->total, kenya->length);

    const QString html = render::reportDocumentHtml(render::buildReportDocument(m_data), render::ReportImages::Embedded);
    EXPECT_TRUE(html.contains(QStringLiteral("Inter-coder agreement")));
    EXPECT_TRUE(html.contains(QStringLiteral("amina × oleg")));

    // One coder: no section.
    test::TempDir dir;
    auto single = test::createProject(dir.path(QStringLiteral("one.crosscut")), QStringLiteral("intersectional"));
    const Id doc = *single->addDocument({QStringLiteral("d"), DocumentKind::Interview, QStringLiteral("Text here."), {}, {}, false});
    ASSERT_TRUE(single->applyCode(doc, 0, 4, *single->resolveCodePath(QStringLiteral("Leadership/Provider-led"))).ok());
    render::ReportOptions options;
    auto data = render::collectReport(*single, options);
    ASSERT_TRUE(data.ok()) << data.message().toStdString();
    EXPECT_TRUE(data->agreement.empty());
    EXPECT_FALSE(render::reportDocumentHtml(render::buildReportDocument(*data), render::ReportImages::Embedded).contains(QStringLiteral("Inter-coder agreement")));
}

// A cu-alpha that is undefined names the document where a coder's values
// overlap; a redacted report leaves the document's name out of the section.
TEST_F(Report, RedactedAgreementSectionNamesNoDocument)
{
    const auto kenya = m_project->findDocument(QStringLiteral("kenya-collective"));
    ASSERT_TRUE(kenya);
    m_project->setCurrentCoder(QStringLiteral("amina"));
    ASSERT_TRUE(m_project->applyCode(kenya->id, 0, 10, *m_project->resolveCodePath(QStringLiteral("Leadership/Provider-led"))).ok());

    auto agreementPart = [](const QString &html) {
        const qsizetype from = html.indexOf(QStringLiteral("Inter-coder agreement</h1>"));
        const qsizetype to = html.indexOf(QStringLiteral("Codebook</h1>"));
        EXPECT_GE(from, 0);
        EXPECT_GT(to, from);
        return html.mid(from, to - from);
    };
    render::ReportOptions options;
    options.date = QDate(2026, 11, 23);
    auto plain = render::collectReport(*m_project, options);
    ASSERT_TRUE(plain.ok()) << plain.message().toStdString();
    const QString plainPart = agreementPart(render::reportDocumentHtml(render::buildReportDocument(*plain), render::ReportImages::Embedded));
    EXPECT_TRUE(plainPart.contains(QStringLiteral("overlapping"))) << plainPart.toStdString();
    EXPECT_TRUE(plainPart.contains(QStringLiteral("kenya-collective")));

    options.redact = true;
    auto redacted = render::collectReport(*m_project, options);
    ASSERT_TRUE(redacted.ok()) << redacted.message().toStdString();
    const QString part = agreementPart(render::reportDocumentHtml(render::buildReportDocument(*redacted), render::ReportImages::Embedded));
    EXPECT_TRUE(part.contains(QStringLiteral("overlapping"))) << part.toStdString();
    for (const Document &d : m_project->documents())
        EXPECT_FALSE(part.contains(d.name)) << d.name.toStdString() << " in: " << part.toStdString();
}

TEST_F(Report, BadAxisIsAnError)
{
    render::ReportOptions options;
    options.rows = QStringLiteral("dimension:No such dimension");
    EXPECT_FALSE(render::collectReport(*m_project, options).ok());
    options.rows = QStringLiteral("nonsense:spec");
    EXPECT_FALSE(render::collectReport(*m_project, options).ok());
}

}  // namespace
}  // namespace crosscut
