// libFuzzer harness: the survey readers (survey/surveytable.h), CSV or XLSX
// by CROSSCUT_FUZZ_FORMAT. Bytes that are not a zip become the first
// worksheet of a workbook with a workbook part and shared strings.

#include "fuzzinput.h"

#include "survey/surveytable.h"

#include <cstdlib>

using namespace crosscut;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString format = QStringLiteral(CROSSCUT_FUZZ_FORMAT);
    Result<survey::SurveyTable> table =
        format == QLatin1String("xlsx")
            ? survey::readSurveyXlsx(fuzz::writeZipInput(
                  data, size, format, QStringLiteral("xl/worksheets/sheet1.xml"),
                  {{QStringLiteral("xl/workbook.xml"),
                    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets>"
                    "<sheet name=\"S\" sheetId=\"1\"/></sheets></workbook>"},
                   {QStringLiteral("xl/sharedStrings.xml"), "<sst><si><t>a</t></si><si><r><t>b</t></r></si></sst>"},
                   {QStringLiteral("xl/styles.xml"), "<styleSheet><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"
                                                     "</cellXfs></styleSheet>"}}))
            : survey::readSurveyCsv(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)),
                                    QStringLiteral("input.csv"));
    if (!table) {
        if (table.message().isEmpty())
            std::abort();  // every refusal says why
        return 0;
    }
    int previous = 0;
    for (const survey::SurveyTable::Row &row : table->rows) {
        if (row.cells.size() != table->headers.size() || row.line <= previous)
            std::abort();  // every row as wide as the header, lines moving forward
        previous = row.line;
    }
    return 0;
}
