// The matrix a project opens on: the two dimensions most quotes carry
// together, on a real project file built with core's operations.
#include "analysis/snapshot.h"
#include "analysis/suggestedmatrix.h"
#include "project/project.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::analysis;

namespace {

struct Suggest {
    test::TempDir dir;
    std::unique_ptr<Project> project = test::createProject(dir.path(QStringLiteral("s.crosscut")),
                                                           QStringLiteral("intersectional"));
    Id doc = 0;
    Suggest()
    {
        NewDocument d;
        d.name = QStringLiteral("interview");
        d.text = QString(400, u'x');
        doc = project->addDocument(d).value();
    }
    Id code(const char *path) { return project->resolveCodePath(QString::fromUtf8(path)).value(); }
    // One quote at [start, start+5) carrying every code in `paths`.
    void quote(qint64 start, std::initializer_list<const char *> paths)
    {
        std::optional<Id> q;
        for (const char *p : paths) {
            if (!q)
                q = project->applyCode(doc, start, start + 5, code(p)).value();
            else
                ASSERT_TRUE(project->applyCodeToQuote(*q, code(p)).ok());
        }
    }
    MatrixRequest suggest() { return suggestedMatrix(Snapshot::load(*project).value()); }
};

}  // namespace

TEST(SuggestedMatrix, NothingCodedTogetherGivesTheFirstTwoDimensions)
{
    Suggest s;
    s.quote(0, {"Leadership/Key population-led"});
    const MatrixRequest r = s.suggest();
    EXPECT_EQ(r.rows.kind, AxisSpec::Kind::Dimension);
    EXPECT_EQ(r.rows.dimension, QStringLiteral("Perspective"));
    EXPECT_EQ(r.columns.dimension, QStringLiteral("Organisation scope"));
}

TEST(SuggestedMatrix, TheDimensionsMostQuotesCarryTogetherRowsInCodebookOrder)
{
    Suggest s;
    // Population served comes after Leadership in the codebook.
    s.quote(0, {"Population served/Sex workers", "Leadership/Key population-led"});
    s.quote(10, {"Leadership/Provider-led", "Population served/LGBT people"});
    // A value below a value still counts for its dimension; two values of one
    // dimension on a quote count once.
    s.quote(20, {"Leadership/Key population-led", "Leadership/Provider-led", "Population served/Sex workers"});
    s.quote(30, {"Perspective/Medical", "Origin/Civil society"});
    s.quote(40, {"Perspective/Medical", "Origin/Public sector"});
    const MatrixRequest r = s.suggest();
    EXPECT_EQ(r.rows.dimension, QStringLiteral("Leadership"));
    EXPECT_EQ(r.columns.kind, AxisSpec::Kind::Dimension);
    EXPECT_EQ(r.columns.dimension, QStringLiteral("Population served"));

    // A tie goes to the pair earlier in the codebook: Perspective × Origin.
    s.quote(50, {"Perspective/Human rights", "Origin/Civil society"});
    const MatrixRequest tie = s.suggest();
    EXPECT_EQ(tie.rows.dimension, QStringLiteral("Perspective"));
    EXPECT_EQ(tie.columns.dimension, QStringLiteral("Origin"));
}

TEST(SuggestedMatrix, WithoutDimensionsDocumentsAgainstDocuments)
{
    test::TempDir dir;
    auto project = test::createProject(dir.path(QStringLiteral("e.crosscut")), QStringLiteral("empty"));
    const MatrixRequest r = suggestedMatrix(Snapshot::load(*project).value());
    EXPECT_EQ(r.rows.kind, AxisSpec::Kind::Documents);
    EXPECT_EQ(r.columns.kind, AxisSpec::Kind::Documents);
}
