// crosscut-cli memos: the real binary on a real project file.
#include "memosfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

TEST(MemosCli, ListsFilteredMemosAsJsonCsvAndMarkdown)
{
    MemosProject p;
    p.project.reset();  // the CLI opens the file itself
    CliResult r = runCli({QStringLiteral("memos"), p.path, QStringLiteral("--kind"), QStringLiteral("quote,live"),
                          QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray json = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(json.size(), 2);
    EXPECT_EQ(json.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("quote"));
    EXPECT_EQ(json.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("live"));
    EXPECT_EQ(json.at(1).toObject().value(QStringLiteral("attached_to")).toString(), QStringLiteral("FGD Bishkek · 00:01:01"));

    r = runCli({QStringLiteral("memos"), p.path, QStringLiteral("--author"), QStringLiteral("amina"), QStringLiteral("--search"),
                QStringLiteral("лидер"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines[1].contains(QStringLiteral(",case,Айгуль,Айгуль,\"Peer educator, Bishkek\",amina,")))
        << lines[1].toStdString();

    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const QString tomorrow = QDateTime::currentDateTimeUtc().date().addDays(1).toString(Qt::ISODate);
    r = runCli({QStringLiteral("memos"), p.path, QStringLiteral("--since"), today, QStringLiteral("--until"), today});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("## Analysis plan")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("> We lead outreach to sex workers.")));
    r = runCli({QStringLiteral("memos"), p.path, QStringLiteral("--since"), tomorrow, QStringLiteral("--format"),
                QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(QJsonDocument::fromJson(r.out.toUtf8()).array().isEmpty());
}

TEST(MemosCli, WritesHtmlToAFile)
{
    MemosProject p;
    p.project.reset();
    const QString out = p.dir.path(QStringLiteral("memos.html"));
    const CliResult r = runCli({QStringLiteral("memos"), p.path, QStringLiteral("--format"), QStringLiteral("html"),
                                QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString html = QString::fromUtf8(readAll(out));
    EXPECT_TRUE(html.contains(QStringLiteral("<blockquote dir=\"auto\">We lead outreach to sex workers.</blockquote>")));
    EXPECT_TRUE(r.out.isEmpty());

    const QString docx = p.dir.path(QStringLiteral("memos.docx"));
    const CliResult d = runCli({QStringLiteral("memos"), p.path, QStringLiteral("--kind"), QStringLiteral("quote"),
                                QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--out"), docx});
    ASSERT_EQ(d.exitCode, 0) << d.err.toStdString();
    EXPECT_TRUE(readAll(docx).startsWith("PK"));  // a zip package (its content: MemoExport.DocxHas…)
}

TEST(MemosCli, BadArgumentsAreRefusedAndChangeNothing)
{
    MemosProject p;
    p.project.reset();
    const QByteArray before = readAll(p.path);
    CliResult r = runCli({QStringLiteral("memos"), p.path, QStringLiteral("--kind"), QStringLiteral("quote,note")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("unknown memo kind \"note\""))) << r.err.toStdString();
    r = runCli({QStringLiteral("memos"), p.path, QStringLiteral("--since"), QStringLiteral("yesterday")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("YYYY-MM-DD")));
    r = runCli({QStringLiteral("memos"), p.path, QStringLiteral("--format"), QStringLiteral("pdf")});
    EXPECT_EQ(r.exitCode, 2);
    r = runCli({QStringLiteral("memos"), p.path, QStringLiteral("--format"), QStringLiteral("docx")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--out")));
    r = runCli({QStringLiteral("memos"), p.path, QStringLiteral("--author"), QStringLiteral("nobody")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("nobody")));
    r = runCli({QStringLiteral("memos"), p.dir.path(QStringLiteral("missing.crosscut"))});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_EQ(readAll(p.path), before);
}
