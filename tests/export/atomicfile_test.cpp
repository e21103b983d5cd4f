// Export files are written whole or not at all, and failures say why.
#include "support/testsupport.h"

#include "export/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>
#include <unistd.h>

namespace crosscut {
namespace {

TEST(AtomicFile, WritesTheBytes)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("out.csv"));
    ASSERT_TRUE(exporting::writeAtomically(path, QByteArrayLiteral("a,b\r\n")).ok());
    EXPECT_EQ(test::readAll(path), QByteArrayLiteral("a,b\r\n"));
    // Overwriting replaces the content and leaves no temporary file beside it.
    ASSERT_TRUE(exporting::writeAtomically(path, QByteArrayLiteral("c\r\n")).ok());
    EXPECT_EQ(test::readAll(path), QByteArrayLiteral("c\r\n"));
    EXPECT_EQ(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

TEST(AtomicFile, MissingFolderIsNamedAndNothingIsWritten)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("no/such/folder/out.csv"));
    const auto status = exporting::writeAtomically(path, QByteArrayLiteral("x"));
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind, ErrorKind::Io);
    EXPECT_TRUE(status.message().contains(QStringLiteral("does not exist"))) << status.message().toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(AtomicFile, AFolderIsNotAFile)
{
    test::TempDir dir;
    const auto status = exporting::writeAtomically(dir.path(QString()), QByteArrayLiteral("x"));
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.message().contains(QStringLiteral("folder"))) << status.message().toStdString();
}

TEST(AtomicFile, UnwritableFolderKeepsThePreviousFile)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root may write anywhere";
    test::TempDir dir;
    const QString sub = dir.path(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(sub));
    const QString path = sub + QStringLiteral("/out.csv");
    ASSERT_TRUE(exporting::writeAtomically(path, QByteArrayLiteral("old")).ok());
    QFile::setPermissions(sub, QFile::ReadOwner | QFile::ExeOwner);
    const auto status = exporting::writeAtomically(path, QByteArrayLiteral("new"));
    QFile::setPermissions(sub, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.message().contains(QStringLiteral("permission denied"))) << status.message().toStdString();
    EXPECT_EQ(test::readAll(path), QByteArrayLiteral("old"));
}

TEST(AtomicFile, FileSystemThatRefusesFilesLeavesNothing)
{
    // /proc accepts no new files, even for root.
    const QString path = QStringLiteral("/proc/crosscut-export-test.csv");
    const auto status = exporting::writeAtomically(path, QByteArrayLiteral("x"));
    ASSERT_FALSE(status.ok());
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(AtomicFile, FormatFromSuffix)
{
    const QStringList allowed = {QStringLiteral("png"), QStringLiteral("svg")};
    EXPECT_EQ(*exporting::formatFromSuffix(QStringLiteral("/tmp/chart.PNG"), allowed), QStringLiteral("png"));
    const auto bad = exporting::formatFromSuffix(QStringLiteral("/tmp/chart.gif"), allowed);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, ErrorKind::Unsupported);
    EXPECT_TRUE(bad.message().contains(QStringLiteral(".png, .svg"))) << bad.message().toStdString();
    EXPECT_FALSE(exporting::formatFromSuffix(QStringLiteral("/tmp/chart"), allowed).ok());
}

}  // namespace
}  // namespace crosscut
