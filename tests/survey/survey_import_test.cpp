// A survey into a real project: cases, typed case attributes, documents of
// open answers whose turns are linked to the respondents' cases; coding an
// answer feeds the matrix by case attribute; one undo removes it all; a bad
// file changes nothing.
#include "surveyfiles.h"

#include "project/project.h"
#include "support/testsupport.h"
#include "survey/surveycolumns.h"
#include "survey/surveyimport.h"
#include "survey/surveyties.h"
#include "text/codepoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::survey;
using namespace crosscut::test;

namespace {

const QString kQ7 = QStringLiteral("Q7 – What made collaboration hard?");

struct SurveyProject {
    TempDir dir;
    QString path = dir.path(QStringLiteral("survey.crosscut"));
    std::unique_ptr<Project> project = createProject(path, QStringLiteral("intersectional"));
    SurveyTable table;

    SurveyProject()
    {
        auto read = readSurveyTable(dir.writeFile(QStringLiteral("partners.csv"), surveyCsv()));
        EXPECT_TRUE(read.ok()) << read.message().toStdString();
        if (read.ok())
            table = *read;
    }
    SurveyImportOptions plan(const QString &wave = {}) const
    {
        QList<ColumnPlan> columns;
        for (int c = 0; c < table.columnCount(); ++c)
            columns.append({ColumnRole::Closed, detectType(table, c)});
        columns[0].role = ColumnRole::Identifier;
        columns[4].role = ColumnRole::Open;
        columns[5].role = ColumnRole::Ties;
        return {columns, wave};
    }
    QString value(const QString &caseName, const QString &attribute)
    {
        const auto c = project->findCase(caseName);
        return c ? project->attributeValues(AttributeScope::Case, c->id).value(attribute) : QStringLiteral("<no case>");
    }
    AttributeType type(const QString &attribute)
    {
        for (const Attribute &a : project->attributes(AttributeScope::Case))
            if (a.name == attribute)
                return a.type;
        ADD_FAILURE() << "no attribute " << attribute.toStdString();
        return AttributeType::Text;
    }
};

}  // namespace

TEST(SurveyColumns, DetectsNumberDateCategoryAndText)
{
    SurveyProject p;
    EXPECT_EQ(detectType(p.table, 1), AttributeType::Category);  // Kenya, Nepal, Kenya, Ukraine
    EXPECT_EQ(detectType(p.table, 2), AttributeType::Date);      // ISO dates and an empty cell
    EXPECT_EQ(detectType(p.table, 3), AttributeType::Number);    // 12, 4, 30 and an empty cell
    EXPECT_EQ(detectType(p.table, 4), AttributeType::Text);      // answers, all different
    auto dates = readSurveyCsv("id,when,n\nA,2023-02-30,1\nB,2023-01-01,x\n", QStringLiteral("s.csv"));
    ASSERT_TRUE(dates.ok());
    EXPECT_EQ(detectType(*dates, 1), AttributeType::Text);  // 30 February is no date
    EXPECT_EQ(detectType(*dates, 2), AttributeType::Text);

    const QList<ColumnPlan> suggested = suggestPlan(p.table);
    EXPECT_EQ(suggested[0].role, ColumnRole::Identifier);
    EXPECT_EQ(suggested[1].role, ColumnRole::Closed);
    EXPECT_EQ(suggested[4].role, ColumnRole::Open);
}

TEST(SurveyColumns, FindsAColumnByHeaderOrItsFirstWord)
{
    SurveyProject p;
    EXPECT_EQ(*findColumn(p.table, kQ7), 4);
    EXPECT_EQ(*findColumn(p.table, QStringLiteral("Q7")), 4);
    EXPECT_EQ(*findColumn(p.table, QStringLiteral("country")), 1);
    auto missing = findColumn(p.table, QStringLiteral("Q9"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
    EXPECT_TRUE(missing.message().startsWith(QStringLiteral("partners.csv has no column \"Q9\" (columns: \"id\", \"Country\"")))
        << missing.message().toStdString();
    EXPECT_EQ(waveName(QStringLiteral("Q3"), QStringLiteral("baseline")), QStringLiteral("Q3 [baseline]"));
    EXPECT_EQ(waveName(QStringLiteral("Q3"), QString()), QStringLiteral("Q3"));
}

TEST(SurveyTies, SplitsTheNamedOrganisationsIntoTies)
{
    EXPECT_EQ(splitTieNames(QStringLiteral(" ORG-02; ORG-03,\nORG-02;;  Alliance  Ukraine ")),
              (QStringList{QStringLiteral("ORG-02"), QStringLiteral("ORG-03"), QStringLiteral("Alliance Ukraine")}));
    SurveyProject p;
    const QList<SurveyTie> ties = surveyTies(p.table, 0, 5, QStringLiteral("baseline"));
    // ORG-01 → 02, 03; ORG-02 → 01; ORG-03 → 01, 02 (01 once); ORG-04 names none.
    ASSERT_EQ(ties.size(), 5);
    EXPECT_EQ(ties[0].from, QStringLiteral("ORG-01"));
    EXPECT_EQ(ties[0].to, QStringLiteral("ORG-02"));
    EXPECT_EQ(ties[0].wave, QStringLiteral("baseline"));
    EXPECT_EQ(ties[0].line, 2);
    EXPECT_EQ(ties[1].to, QStringLiteral("ORG-03"));
    EXPECT_EQ(ties[3].from, QStringLiteral("ORG-03"));
    EXPECT_EQ(ties[3].to, QStringLiteral("ORG-01"));
    EXPECT_EQ(ties[4].to, QStringLiteral("ORG-02"));
    EXPECT_EQ(ties[4].line, 5);
    auto self = readSurveyCsv("id,partners\nA,\"A, B\"\n", QStringLiteral("s.csv"));
    ASSERT_TRUE(self.ok());
    ASSERT_EQ(surveyTies(*self, 0, 1, {}).size(), 1);  // naming oneself is no tie
}

TEST(SurveyImport, MakesCasesTypedAttributesAndAnswerTurnsLinkedToCases)
{
    SurveyProject p;
    // An organisation already in the project is reused, its attributes kept.
    ASSERT_TRUE(p.project->addCase(QStringLiteral("ORG-02")).ok());
    const Id org2 = p.project->findCase(QStringLiteral("ORG-02"))->id;
    ASSERT_TRUE(p.project->setAttribute(AttributeScope::Case, org2, QStringLiteral("Region"), QStringLiteral("Asia")).ok());

    auto report = importSurvey(*p.project, p.table, p.plan());
    ASSERT_TRUE(report.ok()) << report.message().toStdString();
    EXPECT_EQ(report->respondents, 4);
    EXPECT_EQ(report->newCases, 3);
    EXPECT_EQ(report->attributes, 3);  // Country, Founded, Staff (Partners are ties)
    EXPECT_EQ(report->values, 4 + 3 + 3);
    EXPECT_EQ(report->answers, 3);
    ASSERT_EQ(report->documents.size(), 1);

    EXPECT_EQ(p.project->cases().size(), 4);
    EXPECT_EQ(p.project->findCase(QStringLiteral("ORG-02"))->id, org2);
    EXPECT_EQ(p.value(QStringLiteral("ORG-02"), QStringLiteral("Region")), QStringLiteral("Asia"));
    EXPECT_EQ(p.value(QStringLiteral("ORG-02"), QStringLiteral("Country")), QStringLiteral("Nepal"));
    EXPECT_EQ(p.value(QStringLiteral("ORG-01"), QStringLiteral("Founded")), QStringLiteral("2019-03-01"));
    EXPECT_EQ(p.value(QStringLiteral("ORG-04"), QStringLiteral("Staff")), QString());  // no answer, no value
    EXPECT_EQ(p.type(QStringLiteral("Country")), AttributeType::Category);
    EXPECT_EQ(p.type(QStringLiteral("Founded")), AttributeType::Date);
    EXPECT_EQ(p.type(QStringLiteral("Staff")), AttributeType::Number);
    for (const Attribute &a : p.project->attributes())
        EXPECT_NE(a.name, QStringLiteral("Partners"));

    const auto doc = p.project->findDocument(kQ7);
    ASSERT_TRUE(doc.has_value());
    EXPECT_EQ(doc->kind, kSurveyDocumentKind);
    EXPECT_EQ(doc->sourceFile, QStringLiteral("partners.csv"));
    const QString answer1 = QStringLiteral("Working in silos; \"protectionism\".\nDonors pushed us apart.");
    const QString answer3 = QStringLiteral("Трудно доверять 🤝 партнёрам");
    const QString answer4 = QStringLiteral("Identity politics");
    // Each answer after its respondent's label, as in a transcript; a blank line between answers.
    EXPECT_EQ(p.project->documentText(doc->id), QStringLiteral("ORG-01: ") + answer1 + QStringLiteral("\n\nORG-03: ") + answer3
                                                     + QStringLiteral("\n\nORG-04: ") + answer4);
    const QList<SpeakerTurn> turns = p.project->speakerTurns(doc->id);
    ASSERT_EQ(turns.size(), 3);
    const qint64 start3 = 8 + codePointCount(answer1) + 2 + 8;
    EXPECT_EQ(turns[0].start, 8);
    EXPECT_EQ(turns[0].end, 8 + codePointCount(answer1));
    EXPECT_EQ(turns[1].start, start3);
    EXPECT_EQ(turns[1].end, start3 + 27);  // 27 code points; the emoji is two UTF-16 units
    EXPECT_EQ(turns[2].start, start3 + 27 + 2 + 8);
    EXPECT_EQ(turns[2].end, doc->length);
    EXPECT_EQ(turns[1].speaker, QStringLiteral("ORG-03"));
    EXPECT_EQ(turns[1].caseId, p.project->findCase(QStringLiteral("ORG-03"))->id);
    EXPECT_EQ(p.project->documentSlice(doc->id, turns[1].start, turns[1].end), answer3);
}

TEST(SurveyImport, ACodedAnswerCountsInTheMatrixByCaseAttribute)
{
    SurveyProject p;
    ASSERT_TRUE(importSurvey(*p.project, p.table, p.plan()).ok());
    const auto doc = p.project->findDocument(kQ7);
    ASSERT_TRUE(doc.has_value());
    const QList<SpeakerTurn> turns = p.project->speakerTurns(doc->id);
    auto silos = p.project->resolveCodePath(QStringLiteral("Collaboration/Challenges/Working in silos"));
    if (!silos.ok()) {
        auto made = p.project->addCode(std::nullopt, CodeSpec{QStringLiteral("Silos")});
        ASSERT_TRUE(made.ok());
        silos = *made;
    }
    // ORG-01 (Kenya): part of its answer; ORG-03 (Kenya) and ORG-04 (Ukraine): whole answers.
    ASSERT_TRUE(p.project->applyCode(doc->id, turns[0].start, turns[0].start + 16, *silos).ok());
    ASSERT_TRUE(p.project->applyCode(doc->id, turns[1].start, turns[1].end, *silos).ok());
    ASSERT_TRUE(p.project->applyCode(doc->id, turns[2].start, turns[2].end, *silos).ok());
    const QString code = p.project->codePath(*silos);
    p.project.reset();
    const CliResult r = runCli({QStringLiteral("matrix"), p.path, QStringLiteral("--rows"), QStringLiteral("attribute:case:Country"),
                                QStringLiteral("--cols"), QStringLiteral("codes:") + code, QStringLiteral("--format"),
                                QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject m = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray rows = m.value(QStringLiteral("rows")).toArray();
    const QJsonArray cells = m.value(QStringLiteral("cells")).toArray();
    ASSERT_EQ(rows.size(), cells.size()) << r.out.toStdString();
    QHash<QString, int> byCountry;
    for (qsizetype i = 0; i < rows.size(); ++i)
        byCountry.insert(rows[i].toString(), cells[i].toArray().at(0).toInt());
    EXPECT_EQ(byCountry.value(QStringLiteral("Kenya")), 2) << r.out.toStdString();
    EXPECT_EQ(byCountry.value(QStringLiteral("Ukraine")), 1) << r.out.toStdString();
    EXPECT_EQ(byCountry.value(QStringLiteral("Nepal")), 0) << r.out.toStdString();
}

TEST(SurveyImport, OneUndoRemovesTheWholeImportAndRedoBringsItBack)
{
    SurveyProject p;
    const int attributesBefore = static_cast<int>(p.project->attributes().size());
    const int documentsBefore = static_cast<int>(p.project->documents().size());
    const QString lastBefore = p.project->undoLabel();
    ASSERT_TRUE(importSurvey(*p.project, p.table, p.plan()).ok());
    EXPECT_EQ(p.project->undoLabel(), QStringLiteral("Import survey partners.csv"));
    ASSERT_TRUE(p.project->undo().ok());
    EXPECT_TRUE(p.project->cases().isEmpty());
    EXPECT_EQ(p.project->attributes().size(), attributesBefore);
    EXPECT_EQ(p.project->documents().size(), documentsBefore);
    EXPECT_EQ(p.project->undoLabel(), lastBefore);
    ASSERT_TRUE(p.project->redo().ok());
    EXPECT_EQ(p.project->cases().size(), 4);
    EXPECT_EQ(p.project->speakerTurns(p.project->findDocument(kQ7)->id).size(), 3);
}

TEST(SurveyImport, TwoWavesLiveSideBySide)
{
    SurveyProject p;
    ASSERT_TRUE(importSurvey(*p.project, p.table, p.plan(QStringLiteral("baseline"))).ok());
    // The same wave again would make a second document of the same name.
    auto again = importSurvey(*p.project, p.table, p.plan(QStringLiteral("baseline")));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::Conflict);
    EXPECT_TRUE(again.message().contains(QStringLiteral("exists already"))) << again.message().toStdString();
    ASSERT_TRUE(importSurvey(*p.project, p.table, p.plan(QStringLiteral("endline"))).ok());
    EXPECT_EQ(p.project->cases().size(), 4);  // the same respondents
    EXPECT_TRUE(p.project->findDocument(kQ7 + QStringLiteral(" [baseline]")).has_value());
    EXPECT_TRUE(p.project->findDocument(kQ7 + QStringLiteral(" [endline]")).has_value());
    EXPECT_EQ(p.value(QStringLiteral("ORG-01"), QStringLiteral("Staff [baseline]")), QStringLiteral("12"));
    EXPECT_EQ(p.value(QStringLiteral("ORG-01"), QStringLiteral("Staff [endline]")), QStringLiteral("12"));
    EXPECT_EQ(p.type(QStringLiteral("Founded [endline]")), AttributeType::Date);
}

TEST(SurveyImport, RefusesBadIdentifiersAndValuesNamingTheCellAndChangesNothing)
{
    SurveyProject p;
    const qsizetype operations = p.project->history().size();
    auto dup = readSurveyCsv("id,Staff\nA,1\nB,2\n\"A\",3\n", QStringLiteral("dup.csv"));
    ASSERT_TRUE(dup.ok());
    SurveyImportOptions plan{{{ColumnRole::Identifier, AttributeType::Text}, {ColumnRole::Closed, AttributeType::Number}}, {}};
    auto refused = importSurvey(*p.project, *dup, plan);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.message(), QStringLiteral("dup.csv line 4: identifier \"A\" is given twice (first at dup.csv line 2)"));

    auto empty = readSurveyCsv("id,Staff\nA,1\n,2\n", QStringLiteral("empty.csv"));
    ASSERT_TRUE(empty.ok());
    refused = importSurvey(*p.project, *empty, plan);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.message(), QStringLiteral("empty.csv line 3: the identifier (\"id\") is empty"));

    auto words = readSurveyCsv("id,Staff\nA,1\nB,many\n", QStringLiteral("words.csv"));
    ASSERT_TRUE(words.ok());
    refused = importSurvey(*p.project, *words, plan);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.message(), QStringLiteral("words.csv line 3: \"many\" in column \"Staff\" is not a number"));

    TempDir dir;
    const QString xlsx = dir.path(QStringLiteral("gap.xlsx"));
    writeSurveyXlsx(xlsx, "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c>"
                          "<c r=\"B1\" t=\"inlineStr\"><is><t>Staff</t></is></c></row>"
                          "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\"><v>5</v></c></row>"
                          "<row r=\"7\"><c r=\"B7\"><v>6</v></c></row>");
    auto sheet = readSurveyTable(xlsx);
    ASSERT_TRUE(sheet.ok()) << sheet.message().toStdString();
    refused = importSurvey(*p.project, *sheet, plan);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.message(), QStringLiteral("gap.xlsx Responses!A7: the identifier (\"id\") is empty"));

    EXPECT_TRUE(p.project->cases().isEmpty());
    EXPECT_EQ(p.project->history().size(), operations);
}
