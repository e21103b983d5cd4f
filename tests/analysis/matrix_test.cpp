// Golden matrix tests on the hand-computed fixture (analysisfixture.cpp).
#include "analysis/matrix.h"
#include "analysisfixture.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::analysis;
using namespace crosscut::test;

namespace {

using Counts = QList<QList<qint64>>;

MatrixResult matrix(AnalysisFixture &f, const char *rows, const char *cols, Unit unit = Unit::Quotes,
                    Normalization n = Normalization::None, Filter filter = {})
{
    MatrixRequest r;
    r.rows = *AxisSpec::parse(QString::fromUtf8(rows));
    r.columns = *AxisSpec::parse(QString::fromUtf8(cols));
    r.unit = unit;
    r.normalization = n;
    r.filter = std::move(filter);
    auto m = computeMatrix(*f.project, r);
    EXPECT_TRUE(m.ok()) << m.message().toStdString();
    return m.ok() ? *m : MatrixResult{};
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(QString::fromUtf8(i));
    return out;
}

void expectValues(const MatrixResult &m, const QList<QList<double>> &expected)
{
    ASSERT_EQ(m.values.size(), expected.size());
    for (qsizetype r = 0; r < expected.size(); ++r) {
        ASSERT_EQ(m.values[r].size(), expected[r].size());
        for (qsizetype c = 0; c < expected[r].size(); ++c)
            EXPECT_NEAR(m.values[r][c], expected[r][c], 0.01) << "cell " << r << "," << c;
    }
}

}  // namespace

TEST(MatrixSpec, ParsesEveryKindAndRefusesBadOnes)
{
    EXPECT_EQ(AxisSpec::parse(QStringLiteral("dimension:Leadership"))->kind, AxisSpec::Kind::Dimension);
    auto codes = AxisSpec::parse(QStringLiteral("codes:A/B, C\\,D ,#3"));
    ASSERT_TRUE(codes.ok());
    EXPECT_EQ(codes->codes, list({"A/B", "C,D", "#3"}));
    auto attr = AxisSpec::parse(QStringLiteral("attribute:case:Level"));
    ASSERT_TRUE(attr.ok());
    EXPECT_EQ(attr->attribute, QStringLiteral("Level"));
    EXPECT_EQ(attr->scope, AttributeScope::Case);
    EXPECT_FALSE(AxisSpec::parse(QStringLiteral("attribute:Country"))->scope.has_value());
    EXPECT_EQ(AxisSpec::parse(QStringLiteral("documents"))->kind, AxisSpec::Kind::Documents);
    EXPECT_EQ(AxisSpec::parse(QStringLiteral("cases"))->kind, AxisSpec::Kind::Cases);
    EXPECT_EQ(AxisSpec::parse(QStringLiteral("codes:A\\,B,C"))->toString(), QStringLiteral("codes:A\\,B,C"));
    for (const char *bad : {"dimension:", "codes:", "codes:A,,B", "attribute:", "rows", "dimensions:X", ""})
        EXPECT_FALSE(AxisSpec::parse(QString::fromUtf8(bad)).ok()) << bad;
    EXPECT_FALSE(AttributeCondition::parse(QStringLiteral("=x")).ok());
    EXPECT_EQ(AttributeCondition::parse(QStringLiteral("case:Population=Sex workers"))->value, QStringLiteral("Sex workers"));
}

TEST(Matrix, DimensionByDimensionCountsQuotesWithNestedCodesAndZeroColumn)
{
    AnalysisFixture f;
    const MatrixResult m = matrix(f, "dimension:Leadership", "dimension:Origin");
    EXPECT_EQ(m.rowLabels(), list({"Provider-led", "Key population-led"}));
    EXPECT_EQ(m.columnLabels(), list({"Public sector", "Civil society", "Private sector"}));
    EXPECT_EQ(m.counts, (Counts{{1, 1, 0}, {0, 3, 0}}));
    EXPECT_EQ(m.rowTotals, (QList<qint64>{2, 3}));
    EXPECT_EQ(m.columnTotals, (QList<qint64>{1, 4, 0}));
    EXPECT_EQ(m.grandTotal, 5);
    // Drill-down: Key population-led × Civil society is Q1, Q5 and Q8.
    EXPECT_EQ(m.quoteIds[1][1], f.quotes({"Q1", "Q5", "Q8"}));
    EXPECT_EQ(m.quoteIds[0][0], f.quotes({"Q3"}));
    EXPECT_TRUE(m.quoteIds[0][2].isEmpty());
    EXPECT_EQ(m.rows[0].id, f.project->resolveCodePath(QStringLiteral("Leadership/Provider-led")).value());
}

TEST(Matrix, ZeroRowsAreListedInCodebookOrder)
{
    AnalysisFixture f;
    const MatrixResult m = matrix(f, "dimension:Origin", "dimension:Leadership");
    EXPECT_EQ(m.rowLabels(), list({"Public sector", "Civil society", "Private sector"}));
    EXPECT_EQ(m.counts, (Counts{{1, 0}, {1, 3}, {0, 0}}));
}

TEST(Matrix, UnitsDocumentsAndCasesCountDistinct)
{
    AnalysisFixture f;
    EXPECT_EQ(matrix(f, "dimension:Leadership", "dimension:Origin", Unit::Documents).counts,
              (Counts{{1, 1, 0}, {0, 2, 0}}));  // KP × CS: alpha (Q1, Q8), beta (Q5)
    EXPECT_EQ(matrix(f, "dimension:Leadership", "dimension:Origin", Unit::Cases).counts,
              (Counts{{1, 1, 0}, {0, 2, 0}}));  // KP × CS: Ana (Q1, Q8), Org X (Q5)
    // documents × Leadership counted in cases: gamma's quote has no case.
    const MatrixResult byCase = matrix(f, "documents", "dimension:Leadership", Unit::Cases);
    EXPECT_EQ(byCase.rowLabels(), list({"alpha", "beta", "gamma"}));
    EXPECT_EQ(byCase.counts, (Counts{{1, 1}, {1, 1}, {0, 0}}));
    EXPECT_EQ(matrix(f, "documents", "dimension:Leadership").counts, (Counts{{1, 3}, {1, 1}, {0, 1}}));
}

TEST(Matrix, CasesAxisUsesSpeakerTurnsAndDocumentCases)
{
    AnalysisFixture f;
    const MatrixResult m = matrix(f, "cases", "dimension:Leadership");
    EXPECT_EQ(m.rowLabels(), list({"Ana", "Bo", "Org X"}));
    EXPECT_EQ(m.counts, (Counts{{0, 3}, {1, 0}, {1, 1}}));
    EXPECT_EQ(matrix(f, "cases", "dimension:Leadership", Unit::Documents).counts, (Counts{{0, 1}, {1, 0}, {1, 1}}));
}

TEST(Matrix, CodesSpecCarriesDescendants)
{
    AnalysisFixture f;
    const MatrixResult m = matrix(f, "codes:Collaboration,Collaboration/Horizontal", "documents");
    EXPECT_EQ(m.rowLabels(), list({"Collaboration", "Collaboration/Horizontal"}));
    EXPECT_EQ(m.counts, (Counts{{2, 1, 0}, {1, 1, 0}}));
}

TEST(Matrix, DocumentAttributeValuesSorted)
{
    AnalysisFixture f;
    const MatrixResult m = matrix(f, "attribute:Country", "dimension:Leadership");
    EXPECT_EQ(m.rowLabels(), list({"Kenya", "Nepal"}));
    EXPECT_EQ(m.counts, (Counts{{1, 4}, {1, 1}}));
    EXPECT_EQ(matrix(f, "attribute:Country", "dimension:Leadership", Unit::Documents).counts, (Counts{{1, 2}, {1, 1}}));
}

TEST(Matrix, CaseAttributeTakesTheQuotesCases)
{
    AnalysisFixture f;
    const MatrixResult m = matrix(f, "attribute:Population", "dimension:Leadership");
    EXPECT_EQ(m.rowLabels(), list({"People who use drugs", "Sex workers"}));
    EXPECT_EQ(m.counts, (Counts{{1, 0}, {1, 4}}));
    EXPECT_EQ(matrix(f, "attribute:Population", "dimension:Leadership", Unit::Cases).counts, (Counts{{1, 0}, {1, 2}}));
}

TEST(Matrix, AmbiguousAttributeUsesBothScopesUnlessScoped)
{
    AnalysisFixture f;
    const MatrixResult both = matrix(f, "attribute:Level", "dimension:Leadership");
    EXPECT_EQ(both.rowLabels(), list({"local", "national", "regional"}));
    EXPECT_EQ(both.counts, (Counts{{1, 1}, {1, 3}, {1, 0}}));
    const MatrixResult cases = matrix(f, "attribute:case:Level", "dimension:Leadership");
    EXPECT_EQ(cases.rowLabels(), list({"regional"}));
    EXPECT_EQ(cases.counts, (Counts{{1, 0}}));
    EXPECT_EQ(matrix(f, "attribute:document:Level", "dimension:Leadership").rowLabels(), list({"local", "national"}));
}

TEST(Matrix, CoderFilterCountsOnlyThatCodersCodings)
{
    AnalysisFixture f;
    Filter amina;
    amina.coders = list({"amina"});
    EXPECT_EQ(matrix(f, "dimension:Leadership", "dimension:Origin", Unit::Quotes, Normalization::None, amina).counts,
              (Counts{{1, 0, 0}, {0, 2, 0}}));
    Filter ben;
    ben.coders = list({"ben"});
    EXPECT_EQ(matrix(f, "dimension:Leadership", "dimension:Origin", Unit::Quotes, Normalization::None, ben).counts,
              (Counts{{0, 1, 0}, {0, 0, 0}}));
    // Without code axes a coder filter still keeps only quotes that coder coded.
    EXPECT_EQ(matrix(f, "documents", "cases", Unit::Quotes, Normalization::None, ben).counts,
              (Counts{{1, 0, 0}, {0, 0, 1}, {0, 0, 0}}));
}

TEST(Matrix, DocumentAndAttributeFiltersApplyBeforeCounting)
{
    AnalysisFixture f;
    Filter beta;
    beta.documents = list({"beta"});
    EXPECT_EQ(matrix(f, "dimension:Leadership", "dimension:Origin", Unit::Quotes, Normalization::None, beta).counts,
              (Counts{{0, 1, 0}, {0, 1, 0}}));
    EXPECT_EQ(matrix(f, "documents", "dimension:Leadership", Unit::Quotes, Normalization::None, beta).rowLabels(),
              list({"beta"}));
    Filter kenya;
    kenya.where.append(*AttributeCondition::parse(QStringLiteral("Country=Kenya")));
    EXPECT_EQ(matrix(f, "dimension:Leadership", "dimension:Origin", Unit::Quotes, Normalization::None, kenya).counts,
              (Counts{{1, 0, 0}, {0, 2, 0}}));
    Filter sexWorkers;
    sexWorkers.where.append(*AttributeCondition::parse(QStringLiteral("case:Population=Sex workers")));
    EXPECT_EQ(matrix(f, "dimension:Leadership", "dimension:Origin", Unit::Quotes, Normalization::None, sexWorkers).counts,
              (Counts{{0, 1, 0}, {0, 3, 0}}));
}

TEST(Matrix, Normalisations)
{
    AnalysisFixture f;
    // counts {{1, 1, 0}, {0, 3, 0}}: row totals 2, 3; column totals 1, 4, 0; total 5
    expectValues(matrix(f, "dimension:Leadership", "dimension:Origin", Unit::Quotes, Normalization::Row),
                 {{50, 50, 0}, {0, 100, 0}});
    expectValues(matrix(f, "dimension:Leadership", "dimension:Origin", Unit::Quotes, Normalization::Column),
                 {{100, 25, 0}, {0, 75, 0}});
    expectValues(matrix(f, "dimension:Leadership", "dimension:Origin", Unit::Quotes, Normalization::Total),
                 {{20, 20, 0}, {0, 60, 0}});
    const MatrixResult none = matrix(f, "dimension:Leadership", "dimension:Origin");
    expectValues(none, {{1, 1, 0}, {0, 3, 0}});
    const Table t = matrix(f, "dimension:Leadership", "dimension:Origin", Unit::Quotes, Normalization::Row).toTable(true);
    EXPECT_EQ(t.format, NumberFormat::Percent);
    EXPECT_DOUBLE_EQ(t.cell(1, 1), 100.0);
}

TEST(Matrix, UnknownNamesAreClearErrors)
{
    AnalysisFixture f;
    auto run = [&f](const char *rows, Filter filter = {}) {
        MatrixRequest r;
        r.rows = *AxisSpec::parse(QString::fromUtf8(rows));
        r.columns = *AxisSpec::parse(QStringLiteral("documents"));
        r.filter = filter;
        return computeMatrix(*f.project, r);
    };
    auto dim = run("dimension:Nope");
    ASSERT_FALSE(dim.ok());
    EXPECT_TRUE(dim.message().contains(QStringLiteral("Nope")));
    EXPECT_FALSE(run("dimension:Collaboration/Vertical").ok());  // no values
    EXPECT_FALSE(run("codes:Leadership,Missing").ok());
    auto attr = run("attribute:Region");
    ASSERT_FALSE(attr.ok());
    EXPECT_EQ(attr.error().kind, ErrorKind::NotFound);
    EXPECT_FALSE(run("attribute:case:Country").ok());
    Filter coder;
    coder.coders = list({"nobody"});
    EXPECT_FALSE(run("cases", coder).ok());
    Filter doc;
    doc.documents = list({"delta"});
    EXPECT_FALSE(run("cases", doc).ok());
}

TEST(Matrix, DrillDownGivesTextSpeakerAndContext)
{
    AnalysisFixture f;
    auto excerpts = quoteExcerpts(*f.project, f.quotes({"Q1", "Q3"}), 5);
    ASSERT_TRUE(excerpts.ok()) << excerpts.message().toStdString();
    ASSERT_EQ(excerpts->size(), 2);
    const QuoteExcerpt &q1 = excerpts->at(0);
    EXPECT_EQ(q1.documentName, QStringLiteral("alpha"));
    EXPECT_EQ(q1.speaker, QStringLiteral("Ana"));
    EXPECT_EQ(q1.start, 0);
    EXPECT_EQ(q1.end, 20);
    EXPECT_TRUE(q1.text.startsWith(QString::fromUtf8("😀")));
    EXPECT_EQ(q1.text.size(), 21);  // 20 code points, the emoji is two UTF-16 units
    EXPECT_TRUE(q1.before.isEmpty());
    EXPECT_EQ(q1.after.size(), 5);
    EXPECT_TRUE(q1.codes.contains(QStringLiteral("Leadership/Key population-led")));
    EXPECT_EQ(q1.coders, QStringList{QStringLiteral("amina")});
    const QuoteExcerpt &q3 = excerpts->at(1);
    EXPECT_EQ(q3.speaker, QStringLiteral("Bo"));
    EXPECT_EQ(q3.before.size(), 5);
    EXPECT_FALSE(quoteExcerpts(*f.project, {9999}).ok());
}
