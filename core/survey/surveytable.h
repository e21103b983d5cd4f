#pragma once
// A survey export read into a grid of text cells: a header row of questions,
// then one row per respondent. CSV (RFC 4180, `,` or `;` detected from the
// header line, UTF-8 with or without BOM, other encodings decoded as
// import/textdecoding.h does) or XLSX (the first worksheet; shared and inline
// strings, numbers, booleans, dates as YYYY-MM-DD). Every row has exactly
// the header's width; a row that does not is refused with its line (CSV, the
// physical line the record starts on) or its cell (XLSX, "Sheet1!A7").

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace crosscut::survey {

struct SurveyTable {
    enum class Format { Csv, Xlsx };
    Format format = Format::Csv;
    QString fileName;   // base name, for messages
    QString sheetName;  // XLSX: the worksheet read
    QStringList headers;
    struct Row {
        int line = 0;  // CSV: physical line where the record starts; XLSX: the row number
        QStringList cells;  // headers.size() cells, trimmed
    };
    QList<Row> rows;

    int columnCount() const { return static_cast<int>(headers.size()); }
    // Where a cell is, for messages: "survey.csv line 7" or "Sheet1!C7".
    QString location(int row, int column) const;
    // The file and where the row starts: "survey.csv line 7" or "survey.xlsx Sheet1!A7".
    QString rowLocation(int row) const;
};

// Reads a CSV or XLSX file, chosen by its content (a zip is XLSX) and its
// name. A file that is neither, or a zip that is no workbook, is refused.
Result<SurveyTable> readSurveyTable(const QString &path);
Result<SurveyTable> readSurveyCsv(const QByteArray &bytes, const QString &fileName);
Result<SurveyTable> readSurveyXlsx(const QString &path);

// "A" for 0, "Z" for 25, "AA" for 26 …
QString columnLetters(int column);

}  // namespace crosscut::survey
