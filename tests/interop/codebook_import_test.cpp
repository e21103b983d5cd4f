// Codebook (.qdc) import: merge by name path, conflicts reported, Taguette's
// empty <Sets/> accepted; export valid against Codebook.xsd.
#include "interop/refiqda.h"
#include "interoptestsupport.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <QFile>

using namespace crosscut;
using namespace crosscut::test;

TEST(RefiCodebook, TaguetteCodebookWithEmptySetsImportsAndMerges)
{
    if (refiSamplesDir().isEmpty())
        GTEST_SKIP() << "../shared/refi-qda is absent; the real-sample tests need it";
    const QString qdc = refiSamplesDir() + QStringLiteral("/taguette-1.4.1_uto_tag_codebook.qdc");
    TempDir dir;
    auto project = createProject(dir.path(QStringLiteral("p.crosscut")));
    auto first = interop::importCodebook(*project, qdc);
    ASSERT_TRUE(first.ok()) << first.message().toStdString();
    EXPECT_EQ(first->codes, 3);
    EXPECT_EQ(first->origin, QStringLiteral("Taguette 1.4.1"));
    EXPECT_EQ(project->codes().size(), 3);
    EXPECT_TRUE(project->resolveCodePath(QStringLiteral("xsd:element name")).ok());
    // Importing it again adds nothing and reports nothing.
    auto second = interop::importCodebook(*project, qdc);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->codes, 0);
    EXPECT_TRUE(second->conflicts.isEmpty());
    EXPECT_EQ(project->codes().size(), 3);
}

TEST(RefiCodebook, MergeByNamePathReportsConflicts)
{
    TempDir dir;
    auto project = createProject(dir.path(QStringLiteral("p.crosscut")));
    auto parent = project->addCode(std::nullopt, CodeSpec{QStringLiteral("Leadership"), QStringLiteral("#112233")});
    ASSERT_TRUE(parent.ok());
    ASSERT_TRUE(project->addCode(*parent, CodeSpec{QStringLiteral("Key population-led"), QStringLiteral("#445566")}).ok());
    const QString qdc = dir.writeFile(QStringLiteral("c.qdc"),
        "<?xml version=\"1.0\"?><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"X\"><Codes>"
        "<Code guid=\"11111111-1111-1111-1111-111111111111\" name=\"Leadership\" isCodable=\"false\" color=\"#112233\">"
        "<Code guid=\"22222222-2222-2222-2222-222222222222\" name=\"Key population-led\" isCodable=\"true\" color=\"#ABC\"/>"
        "<Code guid=\"33333333-3333-3333-3333-333333333333\" name=\"Provider-led\" isCodable=\"true\"><Description>d</Description></Code>"
        "</Code></Codes><Sets><Set guid=\"44444444-4444-4444-4444-444444444444\" name=\"S\">"
        "<MemberCode guid=\"33333333-3333-3333-3333-333333333333\"/></Set></Sets></CodeBook>");
    auto summary = interop::importCodebook(*project, qdc);
    ASSERT_TRUE(summary.ok()) << summary.message().toStdString();
    EXPECT_EQ(summary->codes, 1);
    ASSERT_EQ(summary->conflicts.size(), 1);
    EXPECT_TRUE(summary->conflicts.first().startsWith(QStringLiteral("Leadership/Key population-led: the codebook has colour #aabbcc")))
        << summary->conflicts.first().toStdString();
    auto added = project->resolveCodePath(QStringLiteral("Leadership/Provider-led"));
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(project->code(*added)->description, QStringLiteral("d"));
    EXPECT_EQ(project->code(*project->resolveCodePath(QStringLiteral("Leadership/Key population-led")))->color,
              QStringLiteral("#445566"));
    EXPECT_EQ(summary->sets, 1);
    // One undoable operation.
    ASSERT_TRUE(project->undo().ok());
    EXPECT_EQ(project->codes().size(), 2);
}

TEST(RefiCodebook, MalformedCodebookChangesNothing)
{
    TempDir dir;
    auto project = createProject(dir.path(QStringLiteral("p.crosscut")));
    const QString qdc = dir.writeFile(QStringLiteral("bad.qdc"),
                                      "<?xml version=\"1.0\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">\n<Codes><Code name=\"a\">\n</Codes>");
    auto summary = interop::importCodebook(*project, qdc);
    ASSERT_FALSE(summary.ok());
    EXPECT_TRUE(summary.message().contains(QStringLiteral("line 4"))) << summary.message().toStdString();
    EXPECT_TRUE(project->codes().isEmpty());
}

TEST(RefiCodebook, ExportValidatesAgainstCodebookXsd)
{
    if (refiSchemaDir().isEmpty())
        GTEST_SKIP() << "../shared/refi-qda is absent; the schema is needed";
    TempDir dir;
    auto project = createProject(dir.path(QStringLiteral("p.crosscut")), QStringLiteral("intersectional"));
    const QString qdc = dir.path(QStringLiteral("out.qdc"));
    ASSERT_TRUE(interop::exportCodebook(*project, qdc).ok());
    EXPECT_EQ(xmllintErrors(qdc, refiSchemaDir() + QStringLiteral("/Codebook.xsd")), QString());
    // Reading it back into an empty project gives the same tree.
    auto other = createProject(dir.path(QStringLiteral("q.crosscut")));
    auto summary = interop::importCodebook(*other, qdc);
    ASSERT_TRUE(summary.ok()) << summary.message().toStdString();
    ASSERT_EQ(other->codes().size(), project->codes().size());
    for (const Code &c : project->codes()) {
        auto id = other->resolveCodePath(project->codePath(c.id));
        ASSERT_TRUE(id.ok()) << project->codePath(c.id).toStdString();
        EXPECT_EQ(other->code(*id)->isDimension, c.isDimension);
        EXPECT_EQ(other->code(*id)->color.toLower(), c.color.toLower());
    }
}
