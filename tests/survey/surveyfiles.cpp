#include "surveyfiles.h"

#include <quazip.h>
#include <quazipfile.h>

#include <gtest/gtest.h>

namespace crosscut::test {

void writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries)
{
    QuaZip zip(path);
    ASSERT_TRUE(zip.open(QuaZip::mdCreate)) << path.toStdString();
    for (const auto &[name, bytes] : entries) {
        QuaZipFile file(&zip);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
        file.write(bytes);
        file.close();
    }
    zip.close();
    ASSERT_EQ(zip.getZipError(), 0);
}

namespace {

const QByteArray kSheetRows =
    // Header: shared strings, an inline string, a rich shared string.
    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
    "<c r=\"C1\" t=\"inlineStr\"><is><t>Founded</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>Staff</t></is></c>"
    "<c r=\"E1\" t=\"s\"><v>2</v></c><c r=\"F1\" t=\"inlineStr\"><is><t>Member</t></is></c></row>"
    // A date in a built-in format (14), a number, an inline answer with a line break, a boolean.
    "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>ORG-01</t></is></c><c r=\"B2\" t=\"s\"><v>3</v></c>"
    "<c r=\"C2\" s=\"1\"><v>44927</v></c><c r=\"D2\"><v>12</v></c>"
    "<c r=\"E2\" t=\"inlineStr\"><is><r><t xml:space=\"preserve\">Silos. </t></r><r><t>Донори\nчекали</t></r></is></c>"
    "<c r=\"F2\" t=\"b\"><v>1</v></c></row>"
    // A gap (B3 absent), a custom date format, a decimal, an empty answer cell.
    "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>ORG-02</t></is></c>"
    "<c r=\"C3\" s=\"2\"><v>44958</v></c><c r=\"D3\" s=\"3\"><v>3.5</v></c><c r=\"E3\" t=\"inlineStr\"><is><t></t></is></c>"
    "<c r=\"F3\" t=\"b\"><v>0</v></c></row>"
    // Cells without references, in order from A.
    "<row r=\"4\"><c t=\"inlineStr\"><is><t>ORG-03</t></is></c><c t=\"s\"><v>3</v></c><c s=\"1\"><v>45000</v></c>"
    "<c><v>7</v></c><c t=\"inlineStr\"><is><t>Trust 🤝 took years</t></is></c><c t=\"b\"><v>1</v></c></row>";

}  // namespace

void writeSurveyXlsx(const QString &path) { writeSurveyXlsx(path, kSheetRows); }

void writeSurveyXlsx(const QString &path, const QByteArray &sheetRows)
{
    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    writeZip(path,
             {{QStringLiteral("[Content_Types].xml"),
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
               "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
               "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"},
              {QStringLiteral("xl/workbook.xml"),
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel
                   + "\"><workbookPr/><sheets><sheet name=\"Responses\" sheetId=\"1\" r:id=\"rId7\"/>"
                     "<sheet name=\"Notes\" sheetId=\"2\" r:id=\"rId8\"/></sheets></workbook>"},
              {QStringLiteral("xl/_rels/workbook.xml.rels"),
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
               "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
               "<Relationship Id=\"rId8\" Type=\"ws\" Target=\"worksheets/sheet1.xml\"/>"
               "<Relationship Id=\"rId7\" Type=\"ws\" Target=\"/xl/worksheets/responses.xml\"/></Relationships>"},
              {QStringLiteral("xl/sharedStrings.xml"),
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + main
                   + "\" count=\"4\" uniqueCount=\"4\"><si><t>id</t></si><si><t>Country</t></si>"
                     "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Q7 – What </t></r><r><t>made collaboration hard?</t></r>"
                     "<rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh></si><si><t>Kenya</t></si></sst>"},
              {QStringLiteral("xl/styles.xml"),
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + main
                   + "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy;@\"/></numFmts>"
                     "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
                     "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
                     "<xf numFmtId=\"164\" applyNumberFormat=\"1\"/><xf numFmtId=\"2\"/></cellXfs></styleSheet>"},
              {QStringLiteral("xl/worksheets/responses.xml"),
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + main + "\"><sheetData>" + sheetRows
                   + "</sheetData></worksheet>"},
              {QStringLiteral("xl/worksheets/sheet1.xml"),
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + main
                   + "\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>not this sheet</t></is></c></row>"
                     "</sheetData></worksheet>"}});
}

QByteArray surveyCsv()
{
    return QByteArray("\xEF\xBB\xBF")
           + "id;Country;Founded;Staff;Q7 – What made collaboration hard?;Partners\r\n"
             "ORG-01;Kenya;2019-03-01;12;\"Working in silos; \"\"protectionism\"\".\r\nDonors pushed us apart.\";\"ORG-02; ORG-03\"\r\n"
             "ORG-02;Nepal;2021-11-15;4;;ORG-01\r\n"
             "ORG-03;Kenya;;30;Трудно доверять 🤝 партнёрам;\"ORG-01\nORG-02,ORG-01\"\r\n"
             "ORG-04;Ukraine;2020-06-30;;\"Identity politics\";\r\n";
}

}  // namespace crosscut::test
