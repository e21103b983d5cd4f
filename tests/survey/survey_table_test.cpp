// Reading survey exports: CSV (RFC 4180 with ";" or ",", BOM, CRLF, quoted
// line breaks) and XLSX (shared and inline strings, numbers, booleans,
// dates, gaps), and refusing what is neither, naming the line or the cell.
#include "surveyfiles.h"

#include "support/testsupport.h"
#include "survey/surveytable.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::survey;
using namespace crosscut::test;

TEST(SurveyCsv, ReadsBomSemicolonsQuotedLineBreaksAndEmptyCells)
{
    TempDir dir;
    auto table = readSurveyTable(dir.writeFile(QStringLiteral("partners.csv"), surveyCsv()));
    ASSERT_TRUE(table.ok()) << table.message().toStdString();
    EXPECT_EQ(table->format, SurveyTable::Format::Csv);
    ASSERT_EQ(table->headers,
              (QStringList{QStringLiteral("id"), QStringLiteral("Country"), QStringLiteral("Founded"), QStringLiteral("Staff"),
                           QStringLiteral("Q7 – What made collaboration hard?"), QStringLiteral("Partners")}));
    ASSERT_EQ(table->rows.size(), 4);
    // The record of ORG-01 spans lines 2 and 3; each row knows where it starts.
    EXPECT_EQ(table->rows[0].line, 2);
    EXPECT_EQ(table->rows[1].line, 4);
    EXPECT_EQ(table->rows[2].line, 5);
    EXPECT_EQ(table->rows[3].line, 7);
    EXPECT_EQ(table->rows[0].cells[4], QStringLiteral("Working in silos; \"protectionism\".\r\nDonors pushed us apart."));
    EXPECT_EQ(table->rows[1].cells[4], QString());  // an empty cell
    EXPECT_EQ(table->rows[3].cells[3], QString());
    EXPECT_EQ(table->rows[2].cells[4], QStringLiteral("Трудно доверять 🤝 партнёрам"));
    EXPECT_EQ(table->rows[2].cells[5], QStringLiteral("ORG-01\nORG-02,ORG-01"));
    EXPECT_EQ(table->location(3, 0), QStringLiteral("partners.csv line 7"));
}

TEST(SurveyCsv, DetectsCommasOutsideQuotesInTheHeader)
{
    // Semicolons inside a quoted header do not make it a ";" file.
    auto table = readSurveyCsv("id,\"Q1; Q2; Q3\",Staff\nA,\"x;y\",3\n", QStringLiteral("s.csv"));
    ASSERT_TRUE(table.ok()) << table.message().toStdString();
    EXPECT_EQ(table->headers.size(), 3);
    EXPECT_EQ(table->rows[0].cells[1], QStringLiteral("x;y"));
}

TEST(SurveyCsv, RefusesARowOfTheWrongWidthNamingItsLine)
{
    auto table = readSurveyCsv("id;Country\nA;Kenya\n\"B\nb\";Nepal\nC;Kenya;extra\n", QStringLiteral("s.csv"));
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.message(), QStringLiteral("s.csv line 5: 3 fields where the header has 2"));
}

TEST(SurveyCsv, RefusesAnUnterminatedQuoteNamingItsLine)
{
    auto table = readSurveyCsv("id,Q1\nA,fine\nB,\"never closed\nC,x\n", QStringLiteral("s.csv"));
    ASSERT_FALSE(table.ok());
    EXPECT_TRUE(table.message().contains(QStringLiteral("s.csv line 3"))) << table.message().toStdString();
    EXPECT_TRUE(table.message().contains(QStringLiteral("never closed"))) << table.message().toStdString();
}

TEST(SurveyCsv, RefusesTwoColumnsOfOneName)
{
    auto table = readSurveyCsv("id,Q1,Q1\nA,x,y\n", QStringLiteral("s.csv"));
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.message(), QStringLiteral("s.csv line 1: columns B and C are both named \"Q1\""));
}

TEST(SurveyCsv, DecodesAUtf16Export)
{
    const QString text = QStringLiteral("id,x\nКиїв,1\n");
    QByteArray utf16("\xFF\xFE");
    for (const QChar c : text) {
        utf16.append(char(c.unicode() & 0xFF));
        utf16.append(char(c.unicode() >> 8));
    }
    auto table = readSurveyCsv(utf16, QStringLiteral("s.csv"));
    ASSERT_TRUE(table.ok()) << table.message().toStdString();
    EXPECT_EQ(table->rows[0].cells[0], QStringLiteral("Київ"));
}

TEST(SurveyXlsx, ReadsSharedAndInlineStringsNumbersBooleansDatesAndGaps)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("partners.xlsx"));
    writeSurveyXlsx(path);
    auto table = readSurveyTable(path);
    ASSERT_TRUE(table.ok()) << table.message().toStdString();
    EXPECT_EQ(table->format, SurveyTable::Format::Xlsx);
    EXPECT_EQ(table->sheetName, QStringLiteral("Responses"));  // the first sheet, through its relationship
    ASSERT_EQ(table->headers,
              (QStringList{QStringLiteral("id"), QStringLiteral("Country"), QStringLiteral("Founded"), QStringLiteral("Staff"),
                           QStringLiteral("Q7 – What made collaboration hard?"), QStringLiteral("Member")}));
    ASSERT_EQ(table->rows.size(), 3);
    EXPECT_EQ(table->rows[0].cells,
              (QStringList{QStringLiteral("ORG-01"), QStringLiteral("Kenya"), QStringLiteral("2023-01-01"), QStringLiteral("12"),
                           QStringLiteral("Silos. Донори\nчекали"), QStringLiteral("TRUE")}));
    // B3 is absent (a gap), E3 an empty inline string; 44958 in dd/mm/yyyy is a date.
    EXPECT_EQ(table->rows[1].cells,
              (QStringList{QStringLiteral("ORG-02"), QString(), QStringLiteral("2023-02-01"), QStringLiteral("3.5"), QString(),
                           QStringLiteral("FALSE")}));
    EXPECT_EQ(table->rows[2].cells[0], QStringLiteral("ORG-03"));
    EXPECT_EQ(table->rows[2].cells[2], QStringLiteral("2023-03-15"));
    EXPECT_EQ(table->rows[2].cells[4], QStringLiteral("Trust 🤝 took years"));
    EXPECT_EQ(table->rows[2].line, 4);
    EXPECT_EQ(table->location(1, 0), QStringLiteral("partners.xlsx Responses!A3"));
}

TEST(SurveyXlsx, RefusesAValueOutsideTheHeaderNamingTheCell)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("wide.xlsx"));
    writeSurveyXlsx(path, "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c></row>"
                          "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>"
                          "<row r=\"5\"><c r=\"A5\"><v>2</v></c><c r=\"C5\"><v>9</v></c></row>");
    auto table = readSurveyTable(path);
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.message(), QStringLiteral("wide.xlsx Responses!C5: a value in a column without a header"));
}

TEST(SurveyFiles, RefusesWhatIsNeitherCsvNorXlsx)
{
    TempDir dir;
    auto pdf = readSurveyTable(dir.writeFile(QStringLiteral("survey.pdf"), "%PDF-1.4\n"));
    ASSERT_FALSE(pdf.ok());
    EXPECT_EQ(pdf.message(), QStringLiteral("survey.pdf is not a survey Crosscut reads: give a .csv or .xlsx file"));

    auto fake = readSurveyTable(dir.writeFile(QStringLiteral("survey.xlsx"), "id,Q1\nA,b\n"));
    ASSERT_FALSE(fake.ok());
    EXPECT_EQ(fake.message(), QStringLiteral("survey.xlsx is not a valid XLSX file: it is not a zip archive"));

    const QString docx = dir.path(QStringLiteral("letter.xlsx"));
    writeZip(docx, {{QStringLiteral("word/document.xml"), "<w:document/>"}});
    auto zip = readSurveyTable(docx);
    ASSERT_FALSE(zip.ok());
    EXPECT_EQ(zip.message(), QStringLiteral("letter.xlsx is a zip archive but not an XLSX workbook (it has no xl/workbook.xml)"));

    auto binary = readSurveyTable(dir.writeFile(QStringLiteral("data.csv"), QByteArray("\x00\x01\x02\x03garbage\x00", 12)));
    ASSERT_FALSE(binary.ok());

    auto missing = readSurveyTable(dir.path(QStringLiteral("nowhere.csv")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);

    auto empty = readSurveyTable(dir.writeFile(QStringLiteral("empty.csv"), ""));
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.message().contains(QStringLiteral("empty"))) << empty.message().toStdString();
}
