// import, attributes and search through the real crosscut-cli binary.
#include "importtestfiles.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

struct CliFixture {
    TempDir dir;
    QString project = dir.path(QStringLiteral("p.crosscut"));
    CliFixture()
    {
        EXPECT_EQ(runCli({QStringLiteral("init"), project}).exitCode, 0);
        dir.writeFile(QStringLiteral("kyiv.txt"),
                      QString::fromUtf8("Interviewer: Як ви працюєте? 😀\nOlena: Разом з громадою 👨‍👩‍👧, peer outreach.\n"
                                        "Interviewer: Дякую.\n")
                          .toUtf8());
        dir.writeFile(QStringLiteral("notes.md"), "# Notes\n\nThe *outreach* team met.\n");
    }
    CliResult import(const QStringList &files, const QStringList &extra = {})
    {
        QStringList args{QStringLiteral("import"), project};
        for (const QString &f : files)
            args.append(dir.path(f));
        return runCli(args + extra);
    }
};

}  // namespace

TEST(CliImport, ImportsFilesWithKindsAndTurns)
{
    CliFixture f;
    auto r = f.import({QStringLiteral("kyiv.txt"), QStringLiteral("notes.md")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("imported kyiv (interview, ")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("3 speaker turns")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("imported notes (interview, ")));
    auto project = openProject(f.project);
    EXPECT_EQ(project->documents().size(), 2);
    EXPECT_EQ(project->cases().size(), 2);
    EXPECT_EQ(project->documentText(project->findDocument(QStringLiteral("notes"))->id),
              QStringLiteral("Notes\n\nThe outreach team met."));
}

TEST(CliImport, KindOptionAndRefusals)
{
    CliFixture f;
    auto notes = f.import({QStringLiteral("notes.md")}, {QStringLiteral("--kind"), QStringLiteral("notes")});
    ASSERT_EQ(notes.exitCode, 0) << notes.err.toStdString();
    {
        auto project = openProject(f.project);
        EXPECT_EQ(project->findDocument(QStringLiteral("notes"))->kind, DocumentKind::Notes);
    }
    const QByteArray before = readAll(f.project);
    f.dir.writeFile(QStringLiteral("bin.txt"), QByteArray("\x7f" "ELF\x02\x01\x01\x00\x00\x00", 10));
    f.dir.writeFile(QStringLiteral("empty.txt"), {});
    struct Case {
        QStringList files;
        QStringList extra;
        QString message;
    };
    const QList<Case> cases = {
        {{QStringLiteral("kyiv.txt"), QStringLiteral("bin.txt")}, {}, QStringLiteral("bin.txt is a binary file")},
        {{QStringLiteral("kyiv.txt"), QStringLiteral("empty.txt")}, {}, QStringLiteral("empty.txt is empty")},
        {{QStringLiteral("kyiv.txt"), QStringLiteral("gone.txt")}, {}, QStringLiteral("gone.txt does not exist")},
        {{QStringLiteral("kyiv.txt"), QStringLiteral("notes.md")}, {}, QStringLiteral("already has a document named \"notes\"")},
        {{QStringLiteral("kyiv.txt")}, {QStringLiteral("--kind"), QStringLiteral("podcast")}, QStringLiteral("--kind must be")},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.message.toStdString());
        auto r = f.import(c.files, c.extra);
        EXPECT_GT(r.exitCode, 0);
        EXPECT_LT(r.exitCode, 128);
        EXPECT_TRUE(r.err.contains(c.message)) << r.err.toStdString();
        EXPECT_EQ(readAll(f.project), before);
    }
}

TEST(CliAttributes, DocumentAndCaseAttributesInOneTransaction)
{
    CliFixture f;
    ASSERT_EQ(f.import({QStringLiteral("kyiv.txt"), QStringLiteral("notes.md")}).exitCode, 0);
    f.dir.writeFile(QStringLiteral("docs.csv"), "document,attribute,value,type\r\nkyiv,Country,Ukraine,category\r\n"
                                                "kyiv,Interviews,3,number\r\nnotes,Country,Kenya,\r\n"
                                                "notes,Visited,2024-05-12,date\r\n");
    auto r = runCli({QStringLiteral("attributes"), f.project, QStringLiteral("--from"), f.dir.path(QStringLiteral("docs.csv"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    f.dir.writeFile(QStringLiteral("cases.csv"), "case,attribute,value\nOlena,Population,Sex workers\n");
    r = runCli({QStringLiteral("attributes"), f.project, QStringLiteral("--from"), f.dir.path(QStringLiteral("cases.csv"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    auto project = openProject(f.project);
    const auto kyiv = project->attributeValues(AttributeScope::Document, project->findDocument(QStringLiteral("kyiv"))->id);
    EXPECT_EQ(kyiv.value(QStringLiteral("Country")), QStringLiteral("Ukraine"));
    EXPECT_EQ(kyiv.value(QStringLiteral("Interviews")), QStringLiteral("3"));
    EXPECT_EQ(project->attributeValues(AttributeScope::Case, project->findCase(QStringLiteral("Olena"))->id)
                  .value(QStringLiteral("Population")),
              QStringLiteral("Sex workers"));
    bool sawNumber = false;
    for (const Attribute &a : project->attributes(AttributeScope::Document))
        sawNumber = sawNumber || (a.name == QStringLiteral("Interviews") && a.type == AttributeType::Number);
    EXPECT_TRUE(sawNumber);
}

TEST(CliAttributes, BadRowIsReportedByLineAndNothingIsWritten)
{
    CliFixture f;
    ASSERT_EQ(f.import({QStringLiteral("kyiv.txt")}).exitCode, 0);
    const QByteArray before = readAll(f.project);
    const QList<std::pair<QByteArray, QString>> cases = {
        {"document,attribute,value\nkyiv,Country,Ukraine\nlviv,Country,Ukraine\n", QStringLiteral("line 3: no document named \"lviv\"")},
        {"case,attribute,value\nOlena,Age,30\nNobody,Age,31\n", QStringLiteral("line 3: no case named \"Nobody\"")},
        {"document,attribute,value,type\nkyiv,Staff,12,number\n\"kyiv\",\"Staff\",\"twelve\",number\n",
         QStringLiteral("line 3: attribute \"Staff\": value \"twelve\" is not a number")},
        {"document,attribute,value,type\nkyiv,Since,2019,colour\n", QStringLiteral("line 2: type \"colour\" is not one of")},
        {"document,attribute,value,type\nkyiv,Since,last year,date\n", QStringLiteral("line 2: attribute \"Since\": value \"last year\" is not a date")},
        {"document,attribute,value\nkyiv,Country,Ukraine\n\"kyiv,Country,Ukraine\n", QStringLiteral("line 3")},
        {"name,attribute,value\nkyiv,Country,Ukraine\n", QStringLiteral("line 1: the header must be")},
    };
    for (const auto &[content, message] : cases) {
        SCOPED_TRACE(message.toStdString());
        const QString csv = f.dir.writeFile(QStringLiteral("bad.csv"), content);
        auto r = runCli({QStringLiteral("attributes"), f.project, QStringLiteral("--from"), csv});
        EXPECT_GT(r.exitCode, 0);
        EXPECT_LT(r.exitCode, 128);
        EXPECT_TRUE(r.err.contains(message)) << r.err.toStdString();
        EXPECT_EQ(readAll(f.project), before);
    }
}

TEST(CliSearch, CsvAndJsonHitsInCodePoints)
{
    CliFixture f;
    ASSERT_EQ(f.import({QStringLiteral("kyiv.txt"), QStringLiteral("notes.md")}).exitCode, 0);
    auto json = runCli({QStringLiteral("search"), f.project, QStringLiteral("outreach"), QStringLiteral("--format"),
                        QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonArray hits = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(hits.size(), 2);
    const QString kyiv = QString::fromUtf8("Interviewer: Як ви працюєте? 😀\nOlena: Разом з громадою 👨‍👩‍👧, peer outreach.\n");
    const qint64 start = static_cast<qint64>(kyiv.toStdU32String().find(U"outreach"));
    EXPECT_EQ(hits[0].toObject().value(QStringLiteral("document")).toString(), QStringLiteral("kyiv"));
    EXPECT_EQ(hits[0].toObject().value(QStringLiteral("start")).toInteger(), start);
    EXPECT_EQ(hits[0].toObject().value(QStringLiteral("end")).toInteger(), start + 8);
    EXPECT_TRUE(hits[0].toObject().value(QStringLiteral("before")).toString().contains(QString::fromUtf8("👨‍👩‍👧, peer ")));
    EXPECT_EQ(hits[1].toObject().value(QStringLiteral("document")).toString(), QStringLiteral("notes"));

    auto csvOut = runCli({QStringLiteral("search"), f.project, QString::fromUtf8("громадою")});
    ASSERT_EQ(csvOut.exitCode, 0) << csvOut.err.toStdString();
    const QStringList lines = csvOut.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0], QStringLiteral("document,start,end,text,context"));
    const qint64 g = static_cast<qint64>(kyiv.toStdU32String().find(U"громадою"));
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("kyiv,%1,%2,громадою,").arg(g).arg(g + 8))) << lines[1].toStdString();

    auto bad = runCli({QStringLiteral("search"), f.project, QStringLiteral("\"unterminated")});
    EXPECT_GT(bad.exitCode, 0);
    EXPECT_LT(bad.exitCode, 128);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("cannot search for"))) << bad.err.toStdString();
}
