// The report's front matter: the summary's sentences carry the matrix's own
// numbers (and stay sensible on an empty project, one row, ties and zero
// rows), the methods page names documents by kind and language (Cyrillic,
// Arabic-script Urdu, Devanagari), coders, codebook, dates, agreement and
// the cases left out by role; and the blocks the writers draw from them.
#include "reportfixture.h"
#include "rolesfixture.h"
#include "support/testsupport.h"

#include "render/reportcontent.h"
#include "render/reportdata.h"
#include "network/ties.h"
#include "text/scripts.h"

#include <QLocale>

#include <QFile>

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <numeric>

namespace crosscut {
namespace {

using render::ReportOptions;

render::ReportData collect(Project &project, const ReportOptions &options = {})
{
    auto data = render::collectReport(project, options);
    EXPECT_TRUE(data.ok()) << data.message().toStdString();
    return data.ok() ? *data : render::ReportData();
}

void expectNoNonsense(const QStringList &sentences)
{
    for (const QString &s : sentences) {
        EXPECT_FALSE(s.contains(QStringLiteral("nan"), Qt::CaseInsensitive)) << s.toStdString();
        EXPECT_FALSE(s.contains(QStringLiteral("inf"), Qt::CaseSensitive)) << s.toStdString();
        EXPECT_TRUE(s.endsWith(QLatin1Char('.'))) << s.toStdString();
        EXPECT_TRUE(s.at(0).isUpper() || s.at(0).isDigit()) << s.toStdString();
    }
}

// The runs' text (render::toPlainString lives with the writers).
QString plain(const render::ReportText &text)
{
    QString out;
    for (const auto &run : text)
        out += run.text;
    return out;
}

QString joined(const QStringList &sentences) { return sentences.join(QLatin1Char(' ')); }

QStringList blockTexts(const QList<render::ReportBlock> &blocks)
{
    QStringList out;
    for (const auto &block : blocks) {
        if (const auto *h = std::get_if<render::ReportHeading>(&block))
            out.append(h->text);
        else if (const auto *p = std::get_if<render::ReportParagraph>(&block))
            out.append(plain(p->text));
        else if (const auto *t = std::get_if<render::ReportTable>(&block))
            out.append(t->caption);
    }
    return out;
}

const render::ReportTable *tableCaptioned(const QList<render::ReportBlock> &blocks, const QString &caption)
{
    for (const auto &block : blocks)
        if (const auto *t = std::get_if<render::ReportTable>(&block); t && t->caption == caption)
            return t;
    return nullptr;
}

// The row of a two-column figure table whose first cell says `label`.
QString figure(const render::ReportTable &table, const QString &label)
{
    for (const auto &row : table.rows)
        if (row.size() == 2 && plain(row.at(0).text) == label)
            return plain(row.at(1).text);
    return {};
}

class FrontMatter : public ::testing::Test {
protected:
    void SetUp() override
    {
        test::ensureGuiApplication();
        m_project = test::createReportProject(m_dir.path(QStringLiteral("report.crosscut")));
        ASSERT_TRUE(m_project);
    }

    test::TempDir m_dir;
    std::unique_ptr<Project> m_project;
};

TEST_F(FrontMatter, SummaryNumbersAreTheMatrixCells)
{
    const auto data = collect(*m_project);
    const auto &m = data.matrix;
    ASSERT_GE(m.rows.size(), 2);
    ASSERT_GE(data.summary.size(), 3);
    ASSERT_LE(data.summary.size(), 6);
    expectNoNonsense(data.summary);

    // The two largest rows, from the matrix.
    QList<int> order(m.rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&m](int a, int b) { return m.rowTotals[a] > m.rowTotals[b]; });
    const int first = order[0], second = order[1];
    ASSERT_GT(m.rowTotals[first], m.rowTotals[second]);
    const QString lead = data.summary.at(0);
    EXPECT_TRUE(lead.startsWith(m.rows[first].text)) << lead.toStdString();
    EXPECT_TRUE(lead.contains(m.rows[second].text)) << lead.toStdString();
    EXPECT_TRUE(lead.contains(QStringLiteral(" %1 to %2").arg(m.rowTotals[first]).arg(m.rowTotals[second]))) << lead.toStdString();

    // The column where they differ most, with its two cells.
    int widest = 0;
    for (int c = 1; c < m.columns.size(); ++c)
        if (std::abs(m.counts[first][c] - m.counts[second][c]) > std::abs(m.counts[first][widest] - m.counts[second][widest]))
            widest = c;
    const QString gap = data.summary.at(1);
    EXPECT_TRUE(gap.contains(m.columns[widest].text)) << gap.toStdString();
    EXPECT_TRUE(gap.contains(QStringLiteral("%1 %2 to %3 %4")
                                 .arg(m.counts[first][widest])
                                 .arg(m.rows[first].text)
                                 .arg(m.counts[second][widest])
                                 .arg(m.rows[second].text)))
        << gap.toStdString();

    // The columns with the most quotes, all of them when tied.
    const qint64 most = *std::max_element(m.columnTotals.begin(), m.columnTotals.end());
    const QString columns = data.summary.at(2);
    for (int c = 0; c < m.columns.size(); ++c)
        EXPECT_EQ(columns.contains(m.columns[c].text), m.columnTotals[c] == most) << columns.toStdString();
    EXPECT_TRUE(columns.contains(QString::number(most)));

    // Hat shifts over the cases profiled.
    int shifting = 0;
    for (const auto &c : data.profiles.cases)
        shifting += std::any_of(c.dimensions.begin(), c.dimensions.end(), [](const auto &d) { return d.hatShift; }) ? 1 : 0;
    EXPECT_TRUE(joined(data.summary).contains(QStringLiteral("%1 of %2 cases").arg(shifting).arg(data.profiles.cases.size())))
        << joined(data.summary).toStdString();
}

TEST_F(FrontMatter, SummaryOnTiesOneRowAndZeroRows)
{
    ReportOptions options;
    // Population served × Leadership: LGBT people, Sex workers and People living with HIV have 2 each.
    options.rows = QStringLiteral("dimension:Population served");
    options.columns = QStringLiteral("dimension:Leadership");
    auto data = collect(*m_project, options);
    expectNoNonsense(data.summary);
    EXPECT_FALSE(joined(data.summary).contains(QStringLiteral("outnumber")));
    EXPECT_TRUE(data.summary.value(0).contains(QStringLiteral("LGBT people, Sex workers and People living with HIV are level")))
        << data.summary.value(0).toStdString();
    EXPECT_TRUE(data.summary.value(0).contains(QStringLiteral("2 quotes each")));

    // One row: no comparison, no gap.
    options.rows = QStringLiteral("codes:Leadership/Key population-led");
    options.columns = QStringLiteral("dimension:Population served");
    data = collect(*m_project, options);
    expectNoNonsense(data.summary);
    ASSERT_EQ(data.matrix.rows.size(), 1);
    EXPECT_EQ(data.summary.value(0), QStringLiteral("All 4 quotes in the %1 × Population served matrix are %2.")
                                         .arg(data.matrix.rowTitle, data.matrix.rows.first().text));
    EXPECT_FALSE(joined(data.summary).contains(QStringLiteral("gap")));

    // A row of zeros is outnumbered by "none".
    options.rows = QStringLiteral("codes:Leadership/Key population-led,Perspective/Medical");
    data = collect(*m_project, options);
    expectNoNonsense(data.summary);
    ASSERT_EQ(data.matrix.rowTotals, (QList<qint64>{4, 0}));
    EXPECT_EQ(data.summary.value(0), QStringLiteral("%1 quotes outnumber %2 ones 4 to none.")
                                         .arg(data.matrix.rows.at(0).text, data.matrix.rows.at(1).text));
}

TEST(FrontMatterEmpty, EmptyProjectGivesSentencesNotNonsense)
{
    test::ensureGuiApplication();
    test::TempDir dir;
    auto project = test::createProject(dir.path(QStringLiteral("empty.crosscut")), QStringLiteral("intersectional"));
    ASSERT_TRUE(project);
    const auto data = collect(*project);
    expectNoNonsense(data.summary);
    ASSERT_FALSE(data.summary.isEmpty());
    EXPECT_TRUE(data.summary.first().startsWith(QStringLiteral("No quote yet carries"))) << data.summary.first().toStdString();
    EXPECT_TRUE(data.methods.documentsByLanguage.isEmpty());
    EXPECT_FALSE(data.methods.firstImport.isValid());
    EXPECT_FALSE(data.methods.firstCoding.isValid());
    const auto summary = render::summaryBlocks(data);
    const auto methods = render::methodsBlocks(data);
    EXPECT_TRUE(blockTexts(methods).contains(QStringLiteral("The report draws on 0 documents.")));
    EXPECT_FALSE(blockTexts(methods).contains(QStringLiteral("Inter-coder agreement")));
    ASSERT_NE(tableCaptioned(summary, QStringLiteral("Key figures")), nullptr);
    EXPECT_EQ(figure(*tableCaptioned(summary, QStringLiteral("Key figures")), QStringLiteral("Documents")), QStringLiteral("0"));
}

TEST_F(FrontMatter, MethodsNameTheScriptsOfDocumentsWithoutLanguage)
{
    auto data = collect(*m_project);
    EXPECT_EQ(data.methods.documentsByLanguage,
              (QStringList{QStringLiteral("Arabic script (1)"), QStringLiteral("Cyrillic script (1)"),
                           QStringLiteral("Devanagari script (1)"), QStringLiteral("Latin script (1)")}));
    EXPECT_EQ(text::dominantScript(QString::fromUtf8(test::kUrduQuote)), QStringLiteral("Arabic"));
    EXPECT_EQ(text::dominantScript(QString::fromUtf8(test::kRussianQuote)), QStringLiteral("Cyrillic"));
    EXPECT_EQ(text::dominantScript(QString::fromUtf8("👍🏽 12, 13!")), QString());

    // A Language attribute wins over the script; two languages count under both.
    const auto russian = m_project->findDocument(QStringLiteral("kyrgyzstan-aids-centre"));
    const auto urdu = m_project->findDocument(QStringLiteral("pakistan-khwaja-sira"));
    ASSERT_TRUE(russian && urdu);
    ASSERT_TRUE(m_project->setAttribute(AttributeScope::Document, russian->id, QStringLiteral("Language"), QStringLiteral("Russian")).ok());
    ASSERT_TRUE(m_project->setAttribute(AttributeScope::Document, urdu->id, QStringLiteral("Language"), QStringLiteral("Urdu; English")).ok());
    data = collect(*m_project);
    const QStringList languages = data.methods.documentsByLanguage;
    EXPECT_TRUE(languages.contains(QStringLiteral("Russian (1)"))) << languages.join(QStringLiteral(", ")).toStdString();
    EXPECT_TRUE(languages.contains(QStringLiteral("Urdu (1)")));
    EXPECT_TRUE(languages.contains(QStringLiteral("English (1)")));
    EXPECT_FALSE(languages.contains(QStringLiteral("Cyrillic script (1)")));
    EXPECT_FALSE(languages.contains(QStringLiteral("Arabic script (1)")));
    EXPECT_TRUE(languages.contains(QStringLiteral("Devanagari script (1)")));

    const auto blocks = render::methodsBlocks(data);
    const auto *table = tableCaptioned(blocks, QStringLiteral("Documents by language"));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->rows.size(), languages.size() + 1);
    EXPECT_EQ(figure(*table, QStringLiteral("Russian")), QStringLiteral("1"));
}

TEST_F(FrontMatter, MethodsCountCodersCodesAndDates)
{
    const auto data = collect(*m_project);
    const auto &m = data.methods;
    EXPECT_EQ(m.documentsByKind, (QStringList{QStringLiteral("4 interviews")}));
    int codings = 0;
    QStringList coders;
    for (const auto &[coder, n] : m.coderCodings) {
        coders.append(coder);
        codings += n;
        auto found = m_project->findCoder(coder);
        ASSERT_TRUE(found.has_value());
    }
    EXPECT_EQ(coders, (QStringList{QStringLiteral("amina"), QStringLiteral("oleg")}));
    EXPECT_EQ(codings, m_project->codingCount());
    const auto codes = m_project->codes();
    EXPECT_EQ(m.codes, codes.size());
    EXPECT_EQ(m.dimensions, std::count_if(codes.begin(), codes.end(), [](const Code &c) { return !c.parentId && c.isDimension; }));
    EXPECT_GT(m.dimensions, 0);
    EXPECT_TRUE(m.firstImport.isValid());
    EXPECT_LE(m.firstImport, m.lastImport);
    EXPECT_TRUE(m.firstCoding.isValid());
    EXPECT_LE(m.firstCoding, m.lastCoding);
    EXPECT_EQ(m.excludedCases, 0);

    const QStringList texts = blockTexts(render::methodsBlocks(data));
    EXPECT_FALSE(texts.contains(QStringLiteral("Methods")));  // the report builder numbers and heads the section
    EXPECT_TRUE(std::any_of(texts.begin(), texts.end(), [](const QString &t) { return t.startsWith(QStringLiteral("The report draws on 4 documents: 4 interviews.")); }));
    EXPECT_TRUE(std::any_of(texts.begin(), texts.end(), [&m](const QString &t) {
        return t.startsWith(QStringLiteral("The codebook has %1 codes, among them %2 dimensions").arg(m.codes).arg(m.dimensions));
    }));
    // Kenya's interview is coded by both.
    ASSERT_FALSE(data.agreement.empty());
    EXPECT_TRUE(texts.contains(QStringLiteral("Inter-coder agreement")));
    const auto *coderTable = tableCaptioned(render::methodsBlocks(data), QStringLiteral("Coders"));
    ASSERT_NE(coderTable, nullptr);
    EXPECT_EQ(figure(*coderTable, QStringLiteral("amina")), QString::number(m.coderCodings.first().second));
}

TEST(FrontMatterRoles, BlocksNameTheCasesLeftOutAndTheAgreement)
{
    test::ensureGuiApplication();
    test::TempDir dir;
    auto project = test::createRolesProject(dir.path(QStringLiteral("roles.crosscut")));
    ASSERT_TRUE(project);
    const auto data = collect(*project);
    ASSERT_FALSE(data.agreement.empty());
    expectNoNonsense(data.summary);
    EXPECT_TRUE(joined(data.summary).contains(QStringLiteral("Inter-coder agreement between leila and tomas is "))) << joined(data.summary).toStdString();

    const auto summary = render::summaryBlocks(data);
    ASSERT_FALSE(summary.isEmpty());
    EXPECT_EQ(std::get_if<render::ReportHeading>(&summary.first()), nullptr);  // the report builder heads the section
    QStringList leads;
    for (const auto &block : summary)
        if (const auto *p = std::get_if<render::ReportParagraph>(&block); p && p->style == render::ReportParagraph::Style::Lead)
            leads.append(plain(p->text));
    EXPECT_EQ(leads, data.summary);
    const auto *figures = tableCaptioned(summary, QStringLiteral("Key figures"));
    ASSERT_NE(figures, nullptr);
    EXPECT_EQ(figure(*figures, QStringLiteral("Cases")), QStringLiteral("3 (2 left out by role)"));
    EXPECT_EQ(figure(*figures, QStringLiteral("Quotes")), QString::number(project->quotes().size()));
    for (const auto &row : figures->rows)
        EXPECT_EQ(row.size(), figures->rows.first().size());

    const QStringList methods = blockTexts(render::methodsBlocks(data));
    EXPECT_TRUE(methods.contains(QStringLiteral("Inter-coder agreement")));
    EXPECT_TRUE(std::any_of(methods.begin(), methods.end(), [](const QString &t) {
        return t.startsWith(QStringLiteral("leila and tomas, over 1 document they both coded"));
    })) << methods.join(QStringLiteral("\n")).toStdString();
    EXPECT_TRUE(std::any_of(methods.begin(), methods.end(), [](const QString &t) {
        return t.startsWith(QStringLiteral("2 cases are left out by role (facilitator and Interviewer)"));
    })) << methods.join(QStringLiteral("\n")).toStdString();
    EXPECT_TRUE(std::any_of(methods.begin(), methods.end(), [](const QString &t) {
        return t.startsWith(QStringLiteral("The report draws on 2 documents: 1 focus group and 1 interview."));
    })) << methods.join(QStringLiteral("\n")).toStdString();
}

TEST(FrontMatterRoles, SummaryStatesTheNetworkOfTwoWaves)
{
    test::ensureGuiApplication();
    test::TempDir dir;
    auto project = test::createRolesProject(dir.path(QStringLiteral("roles.crosscut")));
    ASSERT_TRUE(project);
    const QString csv = dir.writeFile(QStringLiteral("ties.csv"), "from,to,wave\nAkinyi,Nargis,1\nNargis,Bakyt,2\n"
                                                                  "Akinyi,Nargis,2\nAkinyi,Bakyt,2\n");
    auto ties = network::readTieCsv(csv);
    ASSERT_TRUE(ties.ok()) << ties.message().toStdString();
    ASSERT_TRUE(network::addTies(*project, *ties, QStringLiteral("ties.csv")).ok());
    const auto data = collect(*project);
    ASSERT_TRUE(data.network.has_value());
    ASSERT_EQ(data.network->waves.size(), 2);
    const auto &first = data.network->waves.first();
    const auto &last = data.network->waves.last();
    EXPECT_EQ(first.ties, 1);
    EXPECT_EQ(last.ties, 3);
    expectNoNonsense(data.summary);
    EXPECT_LE(data.summary.size(), 6);
    const QString expected = QStringLiteral("The collaboration network has 3 ties among %1 cases (density %2) in wave 2, against 1 tie in wave 1.")
                                 .arg(last.cases)
                                 .arg(QLocale::c().toString(last.density, 'f', 2));
    EXPECT_TRUE(data.summary.contains(expected)) << joined(data.summary).toStdString();
}

// The demo as an evaluator reports on it: the interviewer and the facilitator
// (Role Interviewer, Facilitator) are no cases, and form no "(no value)" group.
TEST(FrontMatterDemo, EvaluationTeamIsNoCaseOfTheDemo)
{
    test::ensureGuiApplication();
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.crosscut"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(CROSSCUT_DEMO_PROJECT), path)) << "build the demo target first";
    auto project = test::openProject(path);
    ASSERT_TRUE(project);
    ReportOptions options;
    options.groupAttribute = QStringLiteral("Country");
    const auto data = collect(*project, options);
    EXPECT_EQ(data.cases, static_cast<int>(project->cases().size()) - 2);
    EXPECT_EQ(data.methods.excludedRoles, (QStringList{QStringLiteral("Facilitator"), QStringLiteral("Interviewer")}));
    ASSERT_TRUE(data.groupAverages.has_value());
    for (const auto &row : data.groupAverages->rows)
        EXPECT_FALSE(row.text.startsWith(QStringLiteral("(no value)"))) << row.text.toStdString();
    int behind = 0;
    for (const int n : data.groupAverageCases)
        behind += n;
    EXPECT_EQ(behind, data.cases);
    ASSERT_GE(data.summary.size(), 3);
    ASSERT_LE(data.summary.size(), 6);
    expectNoNonsense(data.summary);
    // The demo's documents name their languages.
    EXPECT_TRUE(data.methods.documentsByLanguage.contains(QStringLiteral("English (9)")))
        << data.methods.documentsByLanguage.join(QStringLiteral(", ")).toStdString();
    for (const QString &line : blockTexts(render::summaryBlocks(data)) + blockTexts(render::methodsBlocks(data)))
        std::cout << "[ demo     ] " << line.toStdString() << "\n";
}

}  // namespace
}  // namespace crosscut
