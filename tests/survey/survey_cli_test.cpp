// crosscut-cli survey and attributes --create-cases, through the real binary
// on real project files.
#include "surveyfiles.h"

#include "support/testsupport.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

QString initProject(const TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("p.crosscut"));
    const CliResult r = runCli({QStringLiteral("init"), path, QStringLiteral("--template"), QStringLiteral("empty")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return path;
}

}  // namespace

TEST(SurveyCli, ImportsACsvSurveyAsCasesAttributesAndAnswers)
{
    TempDir dir;
    const QString project = initProject(dir);
    const QString csv = dir.writeFile(QStringLiteral("partners.csv"), surveyCsv());
    CliResult r = runCli({QStringLiteral("survey"), project, csv, QStringLiteral("--id"), QStringLiteral("id"),
                          QStringLiteral("--open"), QStringLiteral("Q7"), QStringLiteral("--ties-column"), QStringLiteral("Partners"),
                          QStringLiteral("--wave"), QStringLiteral("baseline"), QStringLiteral("--type"), QStringLiteral("Staff=text")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // Five partner mentions, three distinct undirected ties (01–02, 01–03, 02–03).
    EXPECT_EQ(r.out, QStringLiteral("imported 4 respondents (4 new cases), 3 case attributes (10 values), 1 document of open "
                                    "answers (3 answers)\nadded 3 collaboration ties from \"Partners\"\n"))
        << r.out.toStdString();
    r = runCli({QStringLiteral("ties"), project, QStringLiteral("--wave"), QStringLiteral("baseline")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.count(QStringLiteral("ORG-0")), 6) << r.out.toStdString();
    r = runCli({QStringLiteral("attributes"), project});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Country [baseline],case,category,no"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Founded [baseline],case,date,no"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Staff [baseline],case,text,no"))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("Partners"))) << r.out.toStdString();
    // The answers are a document that quotes can be made in, by code point.
    r = runCli({QStringLiteral("search"), project, QStringLiteral("доверять"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Q7 – What made collaboration hard? [baseline]"))) << r.out.toStdString();
    // Two operations (the ties, then the survey): undo removes them.
    for (int i = 0; i < 2; ++i) {
        r = runCli({QStringLiteral("undo"), project});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    r = runCli({QStringLiteral("attributes"), project});
    EXPECT_EQ(r.out, QStringLiteral("name,scope,type,identifying\r\n"));
}

TEST(SurveyCli, ImportsAnXlsxSurvey)
{
    TempDir dir;
    const QString project = initProject(dir);
    const QString xlsx = dir.path(QStringLiteral("partners.xlsx"));
    writeSurveyXlsx(xlsx);
    CliResult r = runCli({QStringLiteral("survey"), project, xlsx, QStringLiteral("--id"), QStringLiteral("id"),
                          QStringLiteral("--open"), QStringLiteral("Q7 – What made collaboration hard?")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("imported 3 respondents (3 new cases), 4 case attributes (11 values), 1 document of open "
                                    "answers (2 answers)\n"))
        << r.out.toStdString();
    r = runCli({QStringLiteral("attributes"), project});
    EXPECT_TRUE(r.out.contains(QStringLiteral("Founded,case,date,no"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Staff,case,number,no"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Member,case,category,no"))) << r.out.toStdString();
}

TEST(SurveyCli, ABadRowAtTheEndLeavesTheProjectByteIdentical)
{
    TempDir dir;
    const QString project = initProject(dir);
    const QByteArray before = readAll(project);
    const QString bad = dir.writeFile(QStringLiteral("bad.csv"), surveyCsv() + "ORG-05;Georgia;2020-01-01\r\n");
    CliResult r = runCli({QStringLiteral("survey"), project, bad, QStringLiteral("--id"), QStringLiteral("id")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, QStringLiteral("crosscut-cli: bad.csv line 8: 3 fields where the header has 6\n"));
    EXPECT_EQ(readAll(project), before);

    const QString dup = dir.writeFile(QStringLiteral("dup.csv"), surveyCsv() + "ORG-02;Georgia;;;;\r\n");
    r = runCli({QStringLiteral("survey"), project, dup, QStringLiteral("--id"), QStringLiteral("id"), QStringLiteral("--open"),
                QStringLiteral("Q7")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, QStringLiteral("crosscut-cli: dup.csv line 8: identifier \"ORG-02\" is given twice (first at dup.csv line 4)\n"));
    EXPECT_EQ(readAll(project), before);

    const QString good = dir.writeFile(QStringLiteral("good.csv"), surveyCsv());
    r = runCli({QStringLiteral("survey"), project, good, QStringLiteral("--id"), QStringLiteral("respondent")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("crosscut-cli: --id: good.csv has no column \"respondent\" (columns: \"id\""))) << r.err.toStdString();
    r = runCli({QStringLiteral("survey"), project, good, QStringLiteral("--id"), QStringLiteral("id"), QStringLiteral("--open"),
                QStringLiteral("Q8")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--open: good.csv has no column \"Q8\""))) << r.err.toStdString();
    r = runCli({QStringLiteral("survey"), project, good});
    EXPECT_EQ(r.exitCode, 2);
    const QString pdf = dir.writeFile(QStringLiteral("survey.pdf"), "%PDF-1.4\n");
    r = runCli({QStringLiteral("survey"), project, pdf, QStringLiteral("--id"), QStringLiteral("id")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("give a .csv or .xlsx file"))) << r.err.toStdString();
    EXPECT_EQ(readAll(project), before);
}

TEST(SurveyCli, HelpExplainsWaves)
{
    const CliResult r = runCli({QStringLiteral("--help")});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("crosscut-cli survey PROJECT FILE.csv|FILE.xlsx --id COLUMN"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("--wave W names attributes and documents \"Q3 [W]\""))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("--create-cases"))) << r.out.toStdString();
}

TEST(SurveyCli, AttributesCreateCasesMakesTheMissingOrganisations)
{
    TempDir dir;
    const QString project = initProject(dir);
    const QString file = dir.writeFile(QStringLiteral("orgs.csv"),
                                       "case,attribute,value,type\n"
                                       "Alliance Kenya,Country,Kenya,category\n"
                                       "Alliance Kenya,Staff,12,number\n"
                                       "Nepal LGBT Forum,Country,Nepal,\n");
    const QByteArray before = readAll(project);
    CliResult r = runCli({QStringLiteral("attributes"), project, QStringLiteral("--from"), file});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, QStringLiteral("crosscut-cli: %1 line 2: no case named \"Alliance Kenya\"; line 4: no case named "
                                    "\"Nepal LGBT Forum\"; add --create-cases to create them; nothing was changed\n")
                         .arg(file));
    EXPECT_EQ(readAll(project), before);

    r = runCli({QStringLiteral("attributes"), project, QStringLiteral("--from"), file, QStringLiteral("--create-cases")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("created 2 cases\nset 3 attribute values\n"));
    {
        auto p = openProject(project);
        ASSERT_EQ(p->cases().size(), 2);
        const auto kenya = p->findCase(QStringLiteral("Alliance Kenya"));
        ASSERT_TRUE(kenya.has_value());
        EXPECT_EQ(p->attributeValues(AttributeScope::Case, kenya->id).value(QStringLiteral("Staff")), QStringLiteral("12"));
        EXPECT_EQ(p->history(10).size(), 1);  // one operation
    }
    // All or none: a bad row after a missing case creates nothing.
    const QString bad = dir.writeFile(QStringLiteral("bad.csv"),
                                      "case,attribute,value,type\nGlobal Fund,Staff,40,number\nGlobal Fund,Staff,many,\n");
    const QByteArray middle = readAll(project);
    r = runCli({QStringLiteral("attributes"), project, QStringLiteral("--from"), bad, QStringLiteral("--create-cases")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("line 3"))) << r.err.toStdString();
    EXPECT_EQ(readAll(project), middle);
    // Undo removes the cases with their values.
    r = runCli({QStringLiteral("undo"), project});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(openProject(project)->cases().isEmpty());
    // Documents do not take --create-cases.
    const QString docs = dir.writeFile(QStringLiteral("docs.csv"), "document,attribute,value\nx,Country,Kenya\n");
    r = runCli({QStringLiteral("attributes"), project, QStringLiteral("--from"), docs, QStringLiteral("--create-cases")});
    EXPECT_EQ(r.exitCode, 2);
}
