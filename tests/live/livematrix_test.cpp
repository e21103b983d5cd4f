// After the session, its codes are in the conceptual-model matrix next to the
// interviews: speaker turns carry the roster's cases (and their attributes),
// so a Leadership × Population served crosstab counts live utterances with
// interview quotes, documents × Leadership shows both documents, and a drill
// into a cell returns the live quote's text from the appended chunks.
#include "analysis/matrix.h"
#include "live/livesession.h"
#include "support/testsupport.h"
#include "text/codepoints.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

qint64 cell(const analysis::MatrixResult &m, const QString &row, const QString &column)
{
    const qsizetype r = m.rowLabels().indexOf(row);
    const qsizetype c = m.columnLabels().indexOf(column);
    EXPECT_GE(r, 0) << row.toStdString();
    EXPECT_GE(c, 0) << column.toStdString();
    return r >= 0 && c >= 0 ? m.counts[r][c] : -1;
}

}  // namespace

TEST(LiveMatrix, SessionCodesCountNextToTheInterviews)
{
    TempDir dir;
    auto project = createProject(dir.path(QStringLiteral("matrix.crosscut")), QStringLiteral("intersectional"));
    const Id kpLed = *project->resolveCodePath(QStringLiteral("Leadership/Key population-led"));
    const Id provider = *project->resolveCodePath(QStringLiteral("Leadership/Provider-led"));

    // An interview with an Ainura turn, her case saying "Sex workers".
    NewDocument interview;
    interview.name = QStringLiteral("Interview Bishkek");
    interview.text = QStringLiteral("Ainura: Мы сами ведём программу.\n");
    interview.turns = {{0, codePointCount(interview.text) - 1, QStringLiteral("Ainura"), {}, {}}};
    const Id interviewId = *project->addDocument(interview);
    ASSERT_TRUE(project->setAttribute(AttributeScope::Case, project->findCase(QStringLiteral("Ainura"))->id,
                                      QStringLiteral("Population served"), QStringLiteral("Sex workers"))
                    .ok());
    ASSERT_TRUE(project->applyCode(interviewId, 8, 31, kpLed).ok());

    // A live session: two participants with their own attributes.
    auto roster = live::parseRosterCsv("pseudonym,key,Population served\nRavi,1,People who use drugs\n"
                                       "Айгуль,2,Sex workers\n",
                                       QStringLiteral("roster.csv"));
    ASSERT_TRUE(roster.ok());
    auto session = live::LiveSession::start(*project, {QStringLiteral("FGD Osh"), {}, {}, {}}, *roster, {});
    ASSERT_TRUE(session.ok());
    ASSERT_TRUE((*session)->commit(QStringLiteral("Ravi"), QStringLiteral("the clinic decides for us"), 0, {provider}).ok());
    ASSERT_TRUE((*session)->commit(QStringLiteral("Айгуль"), QStringLiteral("we run it ourselves 🤝"), 0, {kpLed}).ok());
    ASSERT_TRUE((*session)->commit(QStringLiteral("Ravi"), QStringLiteral("peers reach us first"), 0, {kpLed}).ok());

    analysis::MatrixRequest request;
    request.rows = *analysis::AxisSpec::parse(QStringLiteral("dimension:Leadership"));
    request.columns = *analysis::AxisSpec::parse(QStringLiteral("attribute:Population served"));
    auto m = analysis::computeMatrix(*project, request);
    ASSERT_TRUE(m.ok()) << m.message().toStdString();
    EXPECT_EQ(cell(*m, QStringLiteral("Key population-led"), QStringLiteral("Sex workers")), 2);  // interview + Айгуль
    EXPECT_EQ(cell(*m, QStringLiteral("Key population-led"), QStringLiteral("People who use drugs")), 1);
    EXPECT_EQ(cell(*m, QStringLiteral("Provider-led"), QStringLiteral("People who use drugs")), 1);
    EXPECT_EQ(m->grandTotal, 4);

    request.rows = *analysis::AxisSpec::parse(QStringLiteral("documents"));
    request.columns = *analysis::AxisSpec::parse(QStringLiteral("dimension:Leadership"));
    auto byDocument = analysis::computeMatrix(*project, request);
    ASSERT_TRUE(byDocument.ok());
    EXPECT_EQ(cell(*byDocument, QStringLiteral("FGD Osh"), QStringLiteral("Key population-led")), 2);
    EXPECT_EQ(cell(*byDocument, QStringLiteral("Interview Bishkek"), QStringLiteral("Key population-led")), 1);

    // Drilling into a cell reads the live quote's words from the chunks.
    const qsizetype r = byDocument->rowLabels().indexOf(QStringLiteral("FGD Osh"));
    const qsizetype c = byDocument->columnLabels().indexOf(QStringLiteral("Provider-led"));
    ASSERT_EQ(byDocument->quoteIds[r][c].size(), 1);
    const auto quote = project->quote(byDocument->quoteIds[r][c].first());
    ASSERT_TRUE(quote);
    EXPECT_EQ(project->quoteText(*quote), QStringLiteral("the clinic decides for us"));
}
