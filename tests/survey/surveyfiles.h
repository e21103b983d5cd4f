#pragma once
// Survey files for the survey suites: a real XLSX workbook written part by
// part with QuaZip (shared strings with a rich-text and a phonetic run,
// inline strings, numbers, booleans, a built-in and a custom date format,
// an empty cell and a gap), and small CSV surveys.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace crosscut::test {

// Writes a zip of the given entries (name, bytes).
void writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries);

// The workbook: sheet "Responses", header id | Country | Founded | Staff |
// Q7 – What made collaboration hard? | Member; three respondents.
void writeSurveyXlsx(const QString &path);
// The same workbook with its own sheet rows (the <sheetData> content).
void writeSurveyXlsx(const QString &path, const QByteArray &sheetRows);

// A CSV survey of four organisations (UTF-8 BOM, ";" separators, CRLF, a
// quoted answer with a line break and doubled quotes, empty cells, dates):
// id;Country;Founded;Staff;Q7 – What made collaboration hard?;Partners
QByteArray surveyCsv();

}  // namespace crosscut::test
