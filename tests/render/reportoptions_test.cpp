// What collectReport takes: the title-page fields, further matrices, the
// sections left out, and roles (interviewers and facilitators are no cases
// of the evaluation), on a project imported from real transcript files; and
// the CLI flags that set them, refusing bad values without writing a file.
#include "rolesfixture.h"
#include "reportfixture.h"
#include "support/testsupport.h"

#include "render/reportdata.h"

#include <QFileInfo>
#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>

namespace crosscut {
namespace {

using render::ReportOptions;
using render::ReportSection;

QStringList labels(const QList<analysis::Label> &list)
{
    QStringList out;
    for (const analysis::Label &l : list)
        out.append(l.text);
    return out;
}

class ReportOptionsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        test::ensureGuiApplication();
        m_path = m_dir.path(QStringLiteral("roles.crosscut"));
        m_project = test::createRolesProject(m_path);
        ASSERT_TRUE(m_project);
    }

    render::ReportData collect(const ReportOptions &options)
    {
        auto data = render::collectReport(*m_project, options);
        EXPECT_TRUE(data.ok()) << data.message().toStdString();
        return data.ok() ? *data : render::ReportData();
    }

    Id caseId(const char *name)
    {
        const auto c = m_project->findCase(QString::fromLatin1(name));
        EXPECT_TRUE(c.has_value()) << name;
        return c ? c->id : 0;
    }

    test::TempDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
};

TEST_F(ReportOptionsTest, TitlePageFieldsAndLeftOutSectionsAreCopied)
{
    ReportOptions options;
    options.subtitle = QStringLiteral("Mid-term review");
    options.organisation = QStringLiteral("Regional alliance");
    options.author = QStringLiteral("Evaluation team");
    options.leftOut = {ReportSection::Codebook, ReportSection::Appendix};
    const auto data = collect(options);
    EXPECT_EQ(data.subtitle, options.subtitle);
    EXPECT_EQ(data.organisation, options.organisation);
    EXPECT_EQ(data.author, options.author);
    EXPECT_EQ(data.leftOut, options.leftOut);
}

TEST_F(ReportOptionsTest, SectionNamesRoundTrip)
{
    const auto sections = render::allReportSections();
    EXPECT_EQ(sections.size(), 11);
    QSet<QString> names;
    for (const ReportSection s : sections) {
        const QString name = render::toString(s);
        EXPECT_FALSE(name.isEmpty());
        names.insert(name);
        EXPECT_EQ(render::reportSectionFromString(name), s) << name.toStdString();
        EXPECT_EQ(render::reportSectionFromString(QStringLiteral(" ") + name.toUpper()), s);
    }
    EXPECT_EQ(names.size(), sections.size());
    EXPECT_EQ(render::toString(ReportSection::Summary), QStringLiteral("summary"));
    EXPECT_FALSE(render::reportSectionFromString(QStringLiteral("conclusions")).has_value());
}

TEST_F(ReportOptionsTest, InterviewersAndFacilitatorsAreNoCases)
{
    ReportOptions options;
    options.groupAttribute = QStringLiteral("Country");
    const auto data = collect(options);
    // Five speakers, five cases on import; two of them are the evaluation team.
    ASSERT_EQ(m_project->cases().size(), 5);
    EXPECT_EQ(data.cases, 3);
    EXPECT_EQ(data.methods.excludedCases, 2);
    // As the project spells them (the facilitator's role is in lower case).
    EXPECT_EQ(data.methods.excludedRoles, (QStringList{QStringLiteral("facilitator"), QStringLiteral("Interviewer")}));

    QStringList profiled;
    for (const auto &c : data.profiles.cases)
        profiled.append(c.caseLabel.text);
    EXPECT_EQ(profiled, (QStringList{QStringLiteral("Akinyi"), QStringLiteral("Bakyt"), QStringLiteral("Nargis")}));
    for (const auto &shift : data.profiles.hatShifts)
        EXPECT_NE(shift.caseLabel.text, QStringLiteral("Interviewer"));

    // Kenya rests on Akinyi alone; no "(no value)" group for the facilitator.
    ASSERT_TRUE(data.groupAverages.has_value());
    EXPECT_EQ(labels(data.groupAverages->rows),
              (QStringList{QStringLiteral("Kenya (n=1)"), QStringLiteral("Kyrgyzstan (n=1)"), QStringLiteral("Pakistan (n=1)")}));
    EXPECT_EQ(data.groupAverageCases, (QList<int>{1, 1, 1}));
    // Kenya's Key population-led average is Akinyi's one quote, not (1 + 2) / 2
    // with the interviewer's two questions.
    const int kpLed = static_cast<int>(labels(data.groupAverages->columns).indexOf(QStringLiteral("Key population-led")));
    ASSERT_GE(kpLed, 0);
    EXPECT_DOUBLE_EQ(data.groupAverages->cell(0, kpLed), 1.0);

    // The quotes they speak still count.
    EXPECT_EQ(data.quotes, static_cast<int>(m_project->quotes().size()));
    EXPECT_EQ(data.matrix.grandTotal, 11);
}

TEST_F(ReportOptionsTest, NoRolesExcludedKeepsEveryCase)
{
    ReportOptions options;
    options.groupAttribute = QStringLiteral("Country");
    options.excludedRoles.clear();
    const auto data = collect(options);
    EXPECT_EQ(data.cases, 5);
    EXPECT_EQ(data.methods.excludedCases, 0);
    EXPECT_EQ(data.profiles.cases.size(), 5);
    ASSERT_TRUE(data.groupAverages.has_value());
    EXPECT_EQ(labels(data.groupAverages->rows), (QStringList{QStringLiteral("Kenya (n=2)"), QStringLiteral("Kyrgyzstan (n=1)"),
                                                             QStringLiteral("Pakistan (n=1)"), QStringLiteral("(no value) (n=1)")}));
    EXPECT_EQ(data.groupAverageCases, (QList<int>{2, 1, 1, 1}));
    const int kpLed = static_cast<int>(labels(data.groupAverages->columns).indexOf(QStringLiteral("Key population-led")));
    ASSERT_GE(kpLed, 0);
    EXPECT_DOUBLE_EQ(data.groupAverages->cell(0, kpLed), 1.5);
}

TEST_F(ReportOptionsTest, CasesAxisLeavesTheEvaluationTeamOut)
{
    ReportOptions options;
    options.rows = QStringLiteral("cases");
    options.columns = QStringLiteral("dimension:Leadership");
    options.moreMatrices = {{QStringLiteral("dimension:Population served"), QStringLiteral("dimension:Leadership"),
                             QStringLiteral("cases"), QStringLiteral("none")}};
    const auto data = collect(options);
    EXPECT_EQ(data.matrix.rowLabels(), (QStringList{QStringLiteral("Akinyi"), QStringLiteral("Bakyt"), QStringLiteral("Nargis")}));
    // Counted in cases: the interviewer's coded question adds no case to Sex workers × Key population-led.
    ASSERT_EQ(data.moreMatrices.size(), 1);
    const auto &m = data.moreMatrices.first().matrix;
    const int sexWorkers = static_cast<int>(m.rowLabels().indexOf(QStringLiteral("Sex workers")));
    const int kpLed = static_cast<int>(m.columnLabels().indexOf(QStringLiteral("Key population-led")));
    ASSERT_GE(sexWorkers, 0);
    ASSERT_GE(kpLed, 0);
    EXPECT_EQ(m.counts[sexWorkers][kpLed], 1);
}

TEST_F(ReportOptionsTest, FrameworkMatrixHasNoRowForTheEvaluationTeam)
{
    ReportOptions options;
    options.frameworkColumns = QStringLiteral("dimension:Leadership");
    const auto data = collect(options);
    ASSERT_TRUE(data.framework.has_value());
    QStringList rows;
    for (const auto &row : data.framework->rows)
        rows.append(row.text);
    EXPECT_EQ(rows, (QStringList{QStringLiteral("Akinyi"), QStringLiteral("Bakyt"), QStringLiteral("Nargis")}));
    EXPECT_EQ(data.framework->cells.size(), rows.size());
    options.excludedRoles.clear();
    const auto everyone = collect(options);
    ASSERT_TRUE(everyone.framework.has_value());
    EXPECT_EQ(everyone.framework->rows.size(), 5);  // with the interviewer and the facilitator
}

TEST_F(ReportOptionsTest, FurtherMatrixEqualsComputeMatrix)
{
    ReportOptions options;
    options.moreMatrices = {{QStringLiteral("attribute:Country"), QStringLiteral("dimension:Leadership"), QStringLiteral("cases"),
                             QStringLiteral("col")},
                            {QStringLiteral("documents"), QStringLiteral("dimension:Population served"), QStringLiteral("quotes"),
                             QStringLiteral("total")}};
    const auto data = collect(options);
    ASSERT_EQ(data.moreMatrices.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const auto &spec = options.moreMatrices.at(i);
        analysis::MatrixRequest request;
        request.rows = *analysis::AxisSpec::parse(spec.rows);
        request.columns = *analysis::AxisSpec::parse(spec.columns);
        request.unit = *analysis::unitFromString(spec.unit);
        request.normalization = *analysis::normalizationFromString(spec.normalisation);
        request.excludedCases = {caseId("Interviewer"), caseId("Facilitator")};
        auto expected = analysis::computeMatrix(*m_project, request);
        ASSERT_TRUE(expected.ok()) << expected.message().toStdString();
        const auto &extra = data.moreMatrices.at(i);
        EXPECT_EQ(extra.matrix.rowLabels(), expected->rowLabels());
        EXPECT_EQ(extra.matrix.columnLabels(), expected->columnLabels());
        EXPECT_EQ(extra.matrix.counts, expected->counts);
        EXPECT_EQ(extra.matrix.values, expected->values);
        EXPECT_EQ(extra.matrix.unit, request.unit);
        // Counts with a Total column; the shares are the asked normalisation.
        ASSERT_EQ(extra.counts.columnCount(), expected->columns.size() + 1);
        EXPECT_EQ(extra.counts.columns.last().text, QStringLiteral("Total"));
        for (int r = 0; r < extra.counts.rowCount(); ++r)
            EXPECT_EQ(extra.counts.cell(r, extra.counts.columnCount() - 1), static_cast<double>(expected->rowTotals[r]));
        EXPECT_EQ(extra.shares.cells, expected->values);
        EXPECT_EQ(extra.shares.format, analysis::NumberFormat::Percent);
        // Every non-empty cell has its quotes, from that cell.
        qsizetype nonEmpty = 0;
        for (const auto &row : expected->quoteIds)
            nonEmpty += std::count_if(row.begin(), row.end(), [](const QList<Id> &ids) { return !ids.isEmpty(); });
        EXPECT_EQ(extra.cells.size(), nonEmpty);
        for (const auto &cell : extra.cells) {
            const int r = static_cast<int>(expected->rowLabels().indexOf(cell.rowLabel));
            const int c = static_cast<int>(expected->columnLabels().indexOf(cell.columnLabel));
            ASSERT_GE(r, 0);
            ASSERT_GE(c, 0);
            for (const auto &q : cell.quotes)
                EXPECT_TRUE(expected->quoteIds[r][c].contains(q.quoteId));
        }
    }
    // Kyrgyzstan × Provider-led: Bakyt's one quote, one case.
    const auto &byCountry = data.moreMatrices.first().matrix;
    EXPECT_EQ(byCountry.rowLabels(), (QStringList{QStringLiteral("Kenya"), QStringLiteral("Kyrgyzstan"), QStringLiteral("Pakistan")}));
}

TEST_F(ReportOptionsTest, BadFurtherMatrixIsRefusedByFlag)
{
    const QList<std::tuple<render::ReportMatrixSpec, QString>> bad = {
        {{QStringLiteral("dimension:Leadership"), QStringLiteral("cases"), QStringLiteral("people"), QStringLiteral("row")},
         QStringLiteral("unit \"people\"")},
        {{QStringLiteral("dimension:Leadership"), QStringLiteral("cases"), QStringLiteral("quotes"), QStringLiteral("percent")},
         QStringLiteral("normalisation \"percent\"")},
        {{QStringLiteral("dimension:Nope"), QStringLiteral("cases"), QStringLiteral("quotes"), QStringLiteral("row")},
         QStringLiteral("Nope")},
        {{QStringLiteral("colours:red"), QStringLiteral("cases"), QStringLiteral("quotes"), QStringLiteral("row")},
         QStringLiteral("rows")},
        {{QStringLiteral("dimension:Leadership"), QString(), QStringLiteral("quotes"), QStringLiteral("row")},
         QStringLiteral("columns")},
    };
    for (const auto &[spec, says] : bad) {
        ReportOptions options;
        options.moreMatrices = {{QStringLiteral("cases"), QStringLiteral("documents"), QStringLiteral("quotes"), QStringLiteral("none")},
                                spec};
        auto data = render::collectReport(*m_project, options);
        ASSERT_FALSE(data.ok()) << says.toStdString();
        EXPECT_TRUE(data.message().startsWith(QStringLiteral("--matrix 2: "))) << data.message().toStdString();
        EXPECT_TRUE(data.message().contains(says)) << data.message().toStdString();
    }
}

TEST_F(ReportOptionsTest, QuotesOfACellSpreadOverSpeakers)
{
    // Key population-led × People living with HIV: five focus-group lines,
    // three by Nargis first; by document alone the three would all be hers.
    ReportOptions options;
    options.quotesPerCell = 3;
    const auto data = collect(options);
    const auto cell = std::find_if(data.cells.begin(), data.cells.end(), [](const render::CellQuotes &c) {
        return c.rowLabel == QLatin1String("Key population-led") && c.columnLabel == QLatin1String("People living with HIV");
    });
    ASSERT_NE(cell, data.cells.end());
    EXPECT_EQ(cell->quoteCount, 5);
    ASSERT_EQ(cell->quotes.size(), 3);
    QSet<Id> ids;
    QStringList speakers;
    for (const auto &q : cell->quotes) {
        ids.insert(q.quoteId);
        speakers.append(q.speaker);
    }
    EXPECT_EQ(ids.size(), 3);
    EXPECT_EQ(speakers, (QStringList{QStringLiteral("Nargis"), QStringLiteral("Bakyt"), QStringLiteral("Nargis")}));
    // In turn: Nargis's first line, Bakyt's first, then Nargis's second.
    EXPECT_EQ(cell->quotes.at(0).text, QString::fromUtf8(test::kFocusGroupPlhivLines[0]));
    EXPECT_EQ(cell->quotes.at(1).text, QString::fromUtf8(test::kFocusGroupPlhivLines[3]));
    EXPECT_EQ(cell->quotes.at(2).text, QString::fromUtf8(test::kFocusGroupPlhivLines[1]));

    // Key population-led × Sex workers holds the interviewer's two questions
    // and Akinyi's answer: both speakers are shown before a second question.
    const auto kenya = std::find_if(data.cells.begin(), data.cells.end(), [](const render::CellQuotes &c) {
        return c.rowLabel == QLatin1String("Key population-led") && c.columnLabel == QLatin1String("Sex workers");
    });
    ASSERT_NE(kenya, data.cells.end());
    ASSERT_EQ(kenya->quotes.size(), 3);
    EXPECT_EQ(kenya->quotes.at(0).speaker, QStringLiteral("Interviewer"));
    EXPECT_EQ(kenya->quotes.at(1).speaker, QStringLiteral("Akinyi"));
    EXPECT_EQ(kenya->quotes.at(2).speaker, QStringLiteral("Interviewer"));

    // Deterministic: the same choice again.
    const auto again = collect(options);
    ASSERT_EQ(again.cells.size(), data.cells.size());
    for (qsizetype i = 0; i < data.cells.size(); ++i)
        for (qsizetype q = 0; q < data.cells.at(i).quotes.size(); ++q)
            EXPECT_EQ(again.cells.at(i).quotes.at(q).quoteId, data.cells.at(i).quotes.at(q).quoteId);
}

// ---- the CLI flags -------------------------------------------------------

class ReportFlags : public ReportOptionsTest {
protected:
    void SetUp() override
    {
        ReportOptionsTest::SetUp();
        m_project.reset();  // the CLI opens the file itself
    }

    test::CliResult report(const QString &out, const QStringList &flags)
    {
        return test::runCli(QStringList{QStringLiteral("report"), m_path, QStringLiteral("--out"), out} + flags);
    }
};

TEST_F(ReportFlags, GoodFlagsWriteTheReport)
{
    const QString html = m_dir.path(QStringLiteral("report.html"));
    auto r = report(html, {QStringLiteral("--subtitle"), QStringLiteral("Mid-term review"), QStringLiteral("--organisation"),
                           QStringLiteral("Regional alliance"), QStringLiteral("--author"), QStringLiteral("Evaluation team"),
                           QStringLiteral("--matrix"), QStringLiteral("attribute:Country | dimension:Leadership | cases | col"),
                           QStringLiteral("--matrix"), QStringLiteral("documents|dimension:Population served"),
                           QStringLiteral("--leave-out"), QStringLiteral("codebook,appendix"), QStringLiteral("--group"),
                           QStringLiteral("Country")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QString text = QString::fromUtf8(test::readAll(html));
    EXPECT_TRUE(text.contains(QStringLiteral("<td width=\"30%\"><b>Cases</b></td><td>3</td>"))) << "three cases, not five";
    EXPECT_FALSE(text.contains(QStringLiteral("(no value)")));

    // --exclude-roles '' excludes none.
    r = report(html, {QStringLiteral("--exclude-roles"), QString(), QStringLiteral("--group"), QStringLiteral("Country")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    text = QString::fromUtf8(test::readAll(html));
    EXPECT_TRUE(text.contains(QStringLiteral("<td width=\"30%\"><b>Cases</b></td><td>5</td>")));
    EXPECT_TRUE(text.contains(QStringLiteral("(no value) (n=1)")));

    // Another role attribute and list.
    r = report(html, {QStringLiteral("--role-attribute"), QStringLiteral("Country"), QStringLiteral("--exclude-roles"),
                      QStringLiteral("kenya, Pakistan")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    text = QString::fromUtf8(test::readAll(html));
    EXPECT_TRUE(text.contains(QStringLiteral("<td width=\"30%\"><b>Cases</b></td><td>2</td>")));
}

TEST_F(ReportFlags, BadFlagsAreRefusedByNameAndWriteNothing)
{
    const QByteArray before = test::readAll(m_path);
    ASSERT_FALSE(before.isEmpty());
    const QList<std::tuple<QStringList, QString>> bad = {
        {{QStringLiteral("--matrix"), QStringLiteral("dimension:Leadership")}, QStringLiteral("--matrix")},
        {{QStringLiteral("--matrix"), QStringLiteral("dimension:Leadership | cases | people")}, QStringLiteral("unknown unit \"people\"")},
        {{QStringLiteral("--matrix"), QStringLiteral("dimension:Leadership | cases | quotes | row | extra")}, QStringLiteral("--matrix")},
        {{QStringLiteral("--matrix"), QStringLiteral("colours:red | cases")}, QStringLiteral("--matrix")},
        {{QStringLiteral("--leave-out"), QStringLiteral("codebook,conclusions")}, QStringLiteral("--leave-out: unknown section \"conclusions\"")},
        {{QStringLiteral("--role-attribute"), QStringLiteral("Job")}, QStringLiteral("--role-attribute")},
        {{QStringLiteral("--role-attribute"), QStringLiteral(" ")}, QStringLiteral("--role-attribute")},
    };
    for (const auto &[flags, says] : bad) {
        const QString out = m_dir.path(QStringLiteral("refused.html"));
        const auto r = report(out, flags);
        EXPECT_EQ(r.exitCode, 2) << flags.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(says)) << r.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(out)) << flags.join(QLatin1Char(' ')).toStdString();
        // export shares the options.
        const QString exported = m_dir.path(QStringLiteral("refused.pdf"));
        const auto e = test::runCli(QStringList{QStringLiteral("export"), m_path, QStringLiteral("--format"), QStringLiteral("pdf"),
                                                QStringLiteral("--out"), exported} + flags);
        EXPECT_EQ(e.exitCode, 2) << e.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(exported));
    }
    // A matrix naming an unknown dimension passes the syntax, fails on the project.
    const QString out = m_dir.path(QStringLiteral("unknown.html"));
    const auto r = report(out, {QStringLiteral("--matrix"), QStringLiteral("dimension:Nope | cases")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--matrix 1"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
    EXPECT_EQ(test::readAll(m_path), before);
}

}  // namespace
}  // namespace crosscut
