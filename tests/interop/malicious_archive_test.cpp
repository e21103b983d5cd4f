// A .qdpx is untrusted: hostile archives are refused with a clear message and
// leave no project file behind.
#include "interop/refiqda.h"
#include "interoptestsupport.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace crosscut;
using namespace crosscut::test;

namespace {

const QByteArray kGoodQde =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"t\" origin=\"test\">\n"
    "<Sources><TextSource guid=\"11111111-2222-3333-4444-555555555555\" name=\"doc\" "
    "plainTextPath=\"internal://11111111-2222-3333-4444-555555555555.txt\"/></Sources>\n"
    "</Project>\n";

QList<std::pair<QString, QByteArray>> goodEntries()
{
    return {{QStringLiteral("project.qde"), kGoodQde},
            {QStringLiteral("sources/11111111-2222-3333-4444-555555555555.txt"), QByteArray("hello")}};
}

// Imports `qdpx` and checks it was refused with a message containing `needle`
// and that neither the project nor its side files exist.
void expectRefused(const TempDir &dir, const QString &qdpx, const QString &needle, const interop::ImportOptions &options = {})
{
    const QString path = dir.path(QStringLiteral("out.crosscut"));
    auto summary = interop::importProject(qdpx, path, options);
    ASSERT_FALSE(summary.ok()) << "accepted " << qdpx.toStdString();
    EXPECT_TRUE(summary.message().contains(needle, Qt::CaseInsensitive))
        << "message: " << summary.message().toStdString() << "\nexpected to contain: " << needle.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
}

}  // namespace

TEST(RefiMalicious, GoodArchiveImports)
{
    TempDir dir;
    const QString qdpx = dir.path(QStringLiteral("good.qdpx"));
    writeRawZip(qdpx, goodEntries());
    auto summary = interop::importProject(qdpx, dir.path(QStringLiteral("ok.crosscut")));
    ASSERT_TRUE(summary.ok()) << summary.message().toStdString();
    EXPECT_EQ(summary->sources, 1);
}

TEST(RefiMalicious, ZipSlipDotDotIsRefused)
{
    TempDir dir;
    auto entries = goodEntries();
    entries.append({QStringLiteral("sources/../../evil.sh"), QByteArray("rm -rf ~")});
    const QString qdpx = dir.path(QStringLiteral("slip.qdpx"));
    writeRawZip(qdpx, entries);
    expectRefused(dir, qdpx, QStringLiteral("unsafe entry \"sources/../../evil.sh\""));
    EXPECT_FALSE(QFileInfo::exists(QDir(dir.path(QString())).absoluteFilePath(QStringLiteral("../evil.sh"))));
}

TEST(RefiMalicious, AbsoluteEntryIsRefused)
{
    TempDir dir;
    auto entries = goodEntries();
    entries.append({QStringLiteral("/tmp/crosscut-evil.txt"), QByteArray("x")});
    const QString qdpx = dir.path(QStringLiteral("abs.qdpx"));
    writeRawZip(qdpx, entries);
    expectRefused(dir, qdpx, QStringLiteral("absolute path"));
}

TEST(RefiMalicious, ZipBombIsRefused)
{
    TempDir dir;
    auto entries = goodEntries();
    // 64 MiB of zeros deflate to about 64 KiB; the cap is set below that here
    // so the test stays quick, while the default cap works the same way.
    entries[1].second = QByteArray(64 * 1024 * 1024, 'A');
    const QString qdpx = dir.path(QStringLiteral("bomb.qdpx"));
    writeRawZip(qdpx, entries);
    ASSERT_LT(QFileInfo(qdpx).size(), 1024 * 1024);
    interop::ImportOptions options;
    options.maxUncompressedBytes = 16 * 1024 * 1024;
    expectRefused(dir, qdpx, QStringLiteral("zip bomb"), options);
}

TEST(RefiMalicious, TooManyEntriesAreRefused)
{
    TempDir dir;
    auto entries = goodEntries();
    for (int i = 0; i < 50; ++i)
        entries.append({QStringLiteral("junk/%1").arg(i), QByteArray()});
    const QString qdpx = dir.path(QStringLiteral("many.qdpx"));
    writeRawZip(qdpx, entries);
    interop::ImportOptions options;
    options.maxEntries = 20;
    expectRefused(dir, qdpx, QStringLiteral("more than the limit of 20"), options);
}

TEST(RefiMalicious, XxePayloadIsRefused)
{
    TempDir dir;
    const QByteArray xxe =
        "<?xml version=\"1.0\"?>\n"
        "<!DOCTYPE Project [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
        "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&xxe;\"/>\n";
    const QString qdpx = dir.path(QStringLiteral("xxe.qdpx"));
    writeRawZip(qdpx, {{QStringLiteral("project.qde"), xxe}});
    expectRefused(dir, qdpx, QStringLiteral("DTD"));
}

TEST(RefiMalicious, MalformedXmlIsReportedWithLineAndColumn)
{
    TempDir dir;
    const QByteArray broken = "<?xml version=\"1.0\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"t\">\n<Users>\n</Project>\n";
    const QString qdpx = dir.path(QStringLiteral("broken.qdpx"));
    writeRawZip(qdpx, {{QStringLiteral("project.qde"), broken}});
    expectRefused(dir, qdpx, QStringLiteral("project.qde: line 4, column"));
}

TEST(RefiMalicious, TruncatedZipIsRefused)
{
    TempDir dir;
    const QString whole = dir.path(QStringLiteral("whole.qdpx"));
    writeRawZip(whole, goodEntries());
    QByteArray bytes = readAll(whole);
    const QString qdpx = dir.writeFile(QStringLiteral("truncated.qdpx"), bytes.left(bytes.size() / 2));
    expectRefused(dir, qdpx, QStringLiteral("truncated"));
}

TEST(RefiMalicious, MissingSourceFileIsRefused)
{
    TempDir dir;
    const QString qdpx = dir.path(QStringLiteral("missing.qdpx"));
    writeRawZip(qdpx, {{QStringLiteral("project.qde"), kGoodQde}});
    expectRefused(dir, qdpx, QStringLiteral("source \"doc\": its text file \"internal://11111111-2222-3333-4444-555555555555.txt\" is missing"));
}

TEST(RefiMalicious, NotAProjectAndExistingFileAreRefusedUntouched)
{
    TempDir dir;
    const QString notZip = dir.writeFile(QStringLiteral("plain.qdpx"), "just text, not a zip");
    expectRefused(dir, notZip, QStringLiteral("not a readable zip archive"));
    const QString noQde = dir.path(QStringLiteral("noqde.qdpx"));
    writeRawZip(noQde, {{QStringLiteral("readme.txt"), QByteArray("x")}});
    expectRefused(dir, noQde, QStringLiteral("no project.qde"));

    const QString good = dir.path(QStringLiteral("good.qdpx"));
    writeRawZip(good, goodEntries());
    const QString existing = dir.writeFile(QStringLiteral("mine.crosscut"), "precious");
    auto summary = interop::importProject(good, existing);
    ASSERT_FALSE(summary.ok());
    EXPECT_TRUE(summary.message().contains(QStringLiteral("exists already")));
    EXPECT_EQ(readAll(existing), QByteArray("precious"));
}

TEST(RefiMalicious, FailureDuringWritingLeavesNoProject)
{
    // A selection whose code is fine but whose text is not UTF-8 fails while
    // reading; a bad number in a Number variable fails while writing.
    TempDir dir;
    const QByteArray qde =
        "<?xml version=\"1.0\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"t\">"
        "<Sources><TextSource guid=\"11111111-2222-3333-4444-555555555555\" name=\"doc\" plainTextPath=\"a.txt\"/></Sources></Project>";
    const QString qdpx = dir.path(QStringLiteral("latin1.qdpx"));
    writeRawZip(qdpx, {{QStringLiteral("project.qde"), qde}, {QStringLiteral("sources/a.txt"), QByteArray("caf\xE9")}});
    expectRefused(dir, qdpx, QStringLiteral("not valid UTF-8"));
}
