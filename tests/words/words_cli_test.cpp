// crosscut-cli words on a project made with the real CLI.
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace crosscut::test;

namespace {

QString u(const char *utf8) { return QString::fromUtf8(utf8); }

class WordsCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        project = dir.path(QStringLiteral("p.crosscut"));
        ASSERT_EQ(runCli({QStringLiteral("init"), project, QStringLiteral("--template"), QStringLiteral("empty")}).exitCode, 0);
        const QString a = dir.writeFile(QStringLiteral("a.txt"), "Peer educators help the peer educators.\nМы равные 👍");
        const QString b = dir.writeFile(QStringLiteral("b.txt"), "Peer support. Peer educators");
        const CliResult r = runCli({QStringLiteral("import"), project, a, b});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    CliResult words(QStringList args)
    {
        args.prepend(project);
        args.prepend(QStringLiteral("words"));
        return runCli(args);
    }
    TempDir dir;
    QString project;
};

}  // namespace

TEST_F(WordsCli, CsvCountsWithEnglishStopWordsByDefault)
{
    const CliResult r = words({});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // "the" is an English stop word; Cyrillic and emoji are words.
    EXPECT_EQ(r.out, u("word,count,documents\r\n"
                       "peer,4,2\r\n"
                       "educators,3,2\r\n"
                       "help,1,1\r\n"
                       "support,1,1\r\n"
                       "мы,1,1\r\n"
                       "равные,1,1\r\n"
                       "👍,1,1\r\n"));
}

TEST_F(WordsCli, PhrasesPerDocumentAsMarkdownAndJson)
{
    CliResult r = words({QStringLiteral("--ngram"), QStringLiteral("2"), QStringLiteral("--by"), QStringLiteral("document"),
                         QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("ngram")).toInt(), 2);
    EXPECT_EQ(o.value(QStringLiteral("documents")).toInt(), 2);
    EXPECT_EQ(o.value(QStringLiteral("groups")).toArray(), (QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
    const QJsonArray list = o.value(QStringLiteral("words")).toArray();
    // peer educators: 2 in a, 1 in b; "help the" and "the peer" edge on a stop word;
    // "support peer" crosses a sentence end, "educators мы" a line break.
    ASSERT_EQ(list.size(), 4);
    EXPECT_EQ(list[0].toObject(), (QJsonObject{{QStringLiteral("word"), QStringLiteral("peer educators")},
                                               {QStringLiteral("count"), 3},
                                               {QStringLiteral("documents"), 2},
                                               {QStringLiteral("groups"), QJsonArray{2, 1}}}));
    QStringList rest;
    for (int i = 1; i < list.size(); ++i)
        rest << list[i].toObject().value(QStringLiteral("word")).toString();
    EXPECT_EQ(rest, (QStringList{u("educators help"), u("peer support"), u("мы равные")}));

    r = words({QStringLiteral("--top"), QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("md")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("| peer | 4 | 2 |"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("| educators | 3 | 2 |"))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("help")));
}

TEST_F(WordsCli, StopWordFilesLanguagesAndNone)
{
    const QString list = dir.writeFile(QStringLiteral("mine.txt"), "# ours\nPeer\nмы\n");
    CliResult r = words({QStringLiteral("--stopwords"), QStringLiteral("en,") + list, QStringLiteral("--no-emoji")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, u("word,count,documents\r\neducators,3,2\r\nhelp,1,1\r\nsupport,1,1\r\nравные,1,1\r\n"));

    r = words({QStringLiteral("--stopwords"), QStringLiteral("none"), QStringLiteral("--top"), QStringLiteral("3")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, u("word,count,documents\r\npeer,4,2\r\neducators,3,2\r\nhelp,1,1\r\n"));
}

TEST_F(WordsCli, BadOptionsExitWithUsageAndMissingThingsWithNotFound)
{
    const QByteArray before = readAll(project);
    CliResult r = words({QStringLiteral("--ngram"), QStringLiteral("4")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--ngram"))) << r.err.toStdString();
    r = words({QStringLiteral("--stopwords"), QStringLiteral("klingon")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("klingon"))) << r.err.toStdString();
    r = words({QStringLiteral("--by"), QStringLiteral("country")});
    EXPECT_EQ(r.exitCode, 2);
    r = words({QStringLiteral("--format"), QStringLiteral("xml")});
    EXPECT_EQ(r.exitCode, 2);
    r = words({QStringLiteral("--set"), QStringLiteral("Kenya")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Kenya"))) << r.err.toStdString();
    r = words({QStringLiteral("--code"), QStringLiteral("Nope")});
    EXPECT_EQ(r.exitCode, 3);
    r = words({QStringLiteral("--by"), QStringLiteral("case:Country")});
    EXPECT_EQ(r.exitCode, 3);
    r = words({QStringLiteral("--stopwords"), dir.path(QStringLiteral("missing.txt"))});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(readAll(project), before);  // counting writes nothing
}
