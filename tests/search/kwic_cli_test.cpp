// crosscut-cli kwic: output formats, sorting, bad arguments (exit 2,
// nothing changed), and --apply coding the hits' sentences in one operation.
#include "project/project.h"
#include "support/testsupport.h"

#include <QDir>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

struct KwicCliProject {
    TempDir dir;
    QString path = dir.path(QStringLiteral("cli.crosscut"));
    KwicCliProject()
    {
        EXPECT_EQ(runCli({QStringLiteral("init"), path, QStringLiteral("--template"), QStringLiteral("intersectional")})
                      .exitCode,
                  0);
        // B0 _1 apple2–6 .7 _8 A9 _10 Apple11–15 .16 _17 ہ18 م19 _20 ب21…ی26 _27 ہ28 ی29 ں30 ۔31
        // (capitals: a full stop before a lower-case letter ends no sentence)
        const QString text = QString::fromUtf8("B apple. A Apple. ہم برادری ہیں۔\n");
        const CliResult r = runCli({QStringLiteral("import"), path, dir.writeFile(QStringLiteral("t.txt"), text.toUtf8())});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
};

}  // namespace

TEST(KwicCli, JsonHasCodePointsContextAndSentence)
{
    KwicCliProject p;
    const CliResult r = runCli({QStringLiteral("kwic"), p.path, QStringLiteral("apple"), QStringLiteral("--whole-word"),
                                QStringLiteral("--width"), QStringLiteral("3"), QStringLiteral("--format"),
                                QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(hits.size(), 2);
    const QJsonObject second = hits.at(1).toObject();
    EXPECT_EQ(second.value(QStringLiteral("document")).toString(), QStringLiteral("t"));
    EXPECT_EQ(second.value(QStringLiteral("start")).toInt(), 11);
    EXPECT_EQ(second.value(QStringLiteral("end")).toInt(), 16);
    EXPECT_EQ(second.value(QStringLiteral("left")).toString(), QStringLiteral(" A "));
    EXPECT_EQ(second.value(QStringLiteral("keyword")).toString(), QStringLiteral("Apple"));
    EXPECT_EQ(second.value(QStringLiteral("right")).toString(), QString::fromUtf8(". ہ"));
    EXPECT_EQ(second.value(QStringLiteral("sentence_start")).toInt(), 9);
    EXPECT_EQ(second.value(QStringLiteral("sentence_end")).toInt(), 17);
}

TEST(KwicCli, CsvSortedByLeftContextAndMarkdown)
{
    KwicCliProject p;
    const CliResult r = runCli({QStringLiteral("kwic"), p.path, QStringLiteral("apple"), QStringLiteral("--sort"),
                                QStringLiteral("left")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = QString(r.out).remove(u'\r').split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[0], QStringLiteral("document,start,end,left,keyword,right,sentence_start,sentence_end"));
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("t,11,16,"))) << lines[1].toStdString();  // "A" sorts before "B"
    EXPECT_TRUE(lines[2].startsWith(QStringLiteral("t,2,7,"))) << lines[2].toStdString();

    const CliResult md = runCli({QStringLiteral("kwic"), p.path, QString::fromUtf8("برادری"), QStringLiteral("--format"),
                                 QStringLiteral("md"), QStringLiteral("--width"), QStringLiteral("3")});
    ASSERT_EQ(md.exitCode, 0) << md.err.toStdString();
    EXPECT_EQ(md.out, QString::fromUtf8("| left | keyword | right | document |\n|---:|:---:|:---|:---|\n"
                                        "| ہم  | **برادری** |  ہی | t |\n"));
}

TEST(KwicCli, BadArgumentsChangeNothing)
{
    KwicCliProject p;
    const QByteArray before = readAll(p.path);
    CliResult r = runCli({QStringLiteral("kwic"), p.path, QStringLiteral("apple"), QStringLiteral("--sort"),
                          QStringLiteral("sideways")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--sort must be left, right or document"))) << r.err.toStdString();
    r = runCli({QStringLiteral("kwic"), p.path, QStringLiteral("apple"), QStringLiteral("--width"), QStringLiteral("-4")});
    EXPECT_EQ(r.exitCode, 2);
    r = runCli({QStringLiteral("kwic"), p.path, QStringLiteral("apple"), QStringLiteral("--apply"),
                QStringLiteral("No such code")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(readAll(p.path), before);
}

TEST(KwicCli, ApplyCodesTheHitsSentencesInOneOperation)
{
    KwicCliProject p;
    const CliResult r = runCli({QStringLiteral("kwic"), p.path, QStringLiteral("apple"), QStringLiteral("--apply"),
                                QStringLiteral("Perceived role/Activism")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("2 new coding(s)"))) << r.out.toStdString();
    auto project = openProject(p.path);
    ASSERT_TRUE(project);
    QStringList quoted;
    for (const Quote &q : project->quotes())
        quoted.append(project->quoteText(q));
    quoted.sort();
    EXPECT_EQ(quoted, (QStringList{QStringLiteral("A Apple."), QStringLiteral("B apple.")}));
    ASSERT_TRUE(project->undo().ok());
    EXPECT_TRUE(project->quotes().isEmpty());
}

// search and kwic read the project without a trace (no -shm or -wal left,
// the file's bytes unchanged) and, while a window holds it for writing, say
// that it is locked and print no hits.
TEST(KwicCli, ReadingLeavesNoTraceAndAHeldProjectIsReportedLocked)
{
    KwicCliProject p;
    const QByteArray before = readAll(p.path);
    CliResult r = runCli({QStringLiteral("search"), p.path, QStringLiteral("apple")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.count(QLatin1Char('\n')), 3) << r.out.toStdString();  // header and two hits
    r = runCli({QStringLiteral("kwic"), p.path, QStringLiteral("apple")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QDir(p.dir.path(QString())).entryList(QDir::Files | QDir::Hidden, QDir::Name),
              (QStringList{QStringLiteral("cli.crosscut"), QStringLiteral("t.txt")}));
    EXPECT_EQ(readAll(p.path), before);

    auto writer = Project::open(p.path);
    ASSERT_TRUE(writer.ok()) << writer.message().toStdString();
    for (const char *command : {"search", "kwic"}) {
        r = runCli({QLatin1String(command), p.path, QStringLiteral("apple")});
        EXPECT_NE(r.exitCode, 0) << command;
        EXPECT_TRUE(r.err.contains(QLatin1String("locked"))) << command << ": " << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << command << ": " << r.out.toStdString();
    }
    writer->reset();  // the window closes it
    r = runCli({QStringLiteral("search"), p.path, QStringLiteral("apple")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
}
